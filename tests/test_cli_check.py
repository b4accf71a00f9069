"""`netwerk check` and `netwerk schema` as a user runs them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml
from typer.testing import CliRunner

from netwerkcli import __version__
from netwerkcli.cli.app import app
from paths import EXAMPLES, SPEC_DIR

runner = CliRunner()


def test_check_ok() -> None:
    result = runner.invoke(app, ["check", str(EXAMPLES / "de-vries.yaml")])
    assert result.exit_code == 0
    assert "de-vries.yaml: OK" in result.stdout


def test_check_several_files_reports_each(write) -> None:
    bad = write("versie: 1\ngezin: X\npersonen:\n  - {id: a, naam: A, geslacht: vrouw}\n")
    result = runner.invoke(app, ["check", str(EXAMPLES / "de-vries.yaml"), str(bad)])
    assert result.exit_code == 2
    assert "de-vries.yaml: OK" in result.stdout
    assert f"{bad}:4:" in result.stderr
    assert "kies m, v of x" in result.stderr
    assert "1 van de 2 bestanden" in result.stderr
    assert "Traceback" not in result.output


def test_check_warnings_exit_zero(write) -> None:
    path = write(
        "versie: 1\ngezin: X\nnetwerk:\n  - {id: b, naam: B, kring: buurt, cirkel: {belang: 1},"
        " toestemming: nee, steun: [oppas]}\n"
    )
    result = runner.invoke(app, ["check", str(path)])
    assert result.exit_code == 0
    assert "waarschuwing" in result.stderr
    assert "OK, met 1 waarschuwing" in result.stdout


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"", "leeg"),
        (b"\x00\x01\x02binary", "geen tekstbestand"),
        ("versie: 1\ngezin: Jos\xe9\n".encode("latin-1"), "UTF-8"),
        (b"versie: 1\ngezin: [X\n", "YAML"),
    ],
)
def test_check_bad_files_exit_2_without_traceback(write, content: bytes, fragment: str) -> None:
    result = runner.invoke(app, ["check", str(write(content))])
    assert result.exit_code == 2
    assert fragment in result.stderr
    assert "Traceback" not in result.output


def test_check_missing_file_and_directory(tmp_path: Path) -> None:
    result = runner.invoke(app, ["check", str(tmp_path / "nee.yaml"), str(tmp_path)])
    assert result.exit_code == 2
    assert "niet gevonden" in result.stderr
    assert "is een map" in result.stderr


def test_a_bug_shows_no_traceback_and_no_family_data(monkeypatch) -> None:
    """A failure inside netwerk shows its kind only: exit 1, no traceback, no names."""
    from netwerkcli import loader
    from netwerkcli.cli.boundary import DEBUG_ENV

    def broken(path: Path) -> None:
        raise ValueError("Noor Jansen, geboren 2012-03-14")

    monkeypatch.setattr(loader, "load_file", broken)
    monkeypatch.delenv(DEBUG_ENV, raising=False)
    result = runner.invoke(app, ["check", str(EXAMPLES / "de-vries.yaml")])
    assert result.exit_code == 1
    assert "ValueError" in result.stderr
    assert "Noor" not in result.output
    assert "Traceback" not in result.output
    assert app.pretty_exceptions_show_locals is False


def test_version_and_help_are_dutch() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and __version__ in result.stdout
    helptext = runner.invoke(app, ["--help"]).stdout
    assert "Opties" in helptext and "Toon deze hulp" in helptext
    assert "Show this message" not in helptext
    check_help = runner.invoke(app, ["check", "--help"]).stdout
    assert "Controleer" in check_help


def test_unknown_command_and_option_exit_2_in_dutch() -> None:
    result = runner.invoke(app, ["tekenen"])
    assert result.exit_code == 2
    assert "onbekende opdracht" in result.stderr
    result = runner.invoke(app, ["check", "--kleur"])
    assert result.exit_code == 2
    assert "onbekende optie" in result.stderr


def test_schema_validates_every_example_and_spec_example() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    documents = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in EXAMPLES.glob("*.yaml")]
    spec = SPEC_DIR / "gezin-yaml.md"
    if spec.exists():
        import re

        documents += [
            yaml.safe_load(t)
            for t in re.findall(r"```yaml\n(.*?)```", spec.read_text(encoding="utf-8"), re.S)
        ]
    for document in documents:
        # YAML dates arrive as date objects; the editor sees them as text
        text = json.loads(json.dumps(document, default=str))
        errors = list(validator.iter_errors(text))
        assert errors == [], errors[0].message


@pytest.mark.parametrize(
    "document",
    [
        {"versie": 1, "gezin": "X", "personen": [{"id": "a", "naam": "A", "ouder": ["b"]}]},
        {"versie": 1, "gezin": "X", "personen": [{"id": "a", "naam": "A", "geslacht": "vrouw"}]},
        {"versie": 2, "gezin": "X"},
        {"versie": 1},
        {
            "versie": 1,
            "gezin": "X",
            "netwerk": [{"id": "a", "naam": "A", "kring": "buurt", "cirkel": {"belang": 4}}],
        },
        {"versie": 1, "gezin": "X", "personen": [{"id": "Tante Amal", "naam": "A"}]},
    ],
)
def test_schema_refuses_what_the_loader_refuses(document: dict[str, object]) -> None:
    schema = json.loads(runner.invoke(app, ["schema"]).stdout)
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(document))


def test_schema_to_file(tmp_path: Path) -> None:
    target = tmp_path / "gezin.schema.json"
    result = runner.invoke(app, ["schema", "-o", str(target)])
    assert result.exit_code == 0
    assert json.loads(target.read_text(encoding="utf-8"))["title"]


def test_real_subprocess_run(write) -> None:
    """The installed command, as a shell runs it: module entry point, exit codes, streams."""
    ok = subprocess.run(
        [sys.executable, "-m", "netwerkcli", "check", str(EXAMPLES / "familie-haddad.yaml")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert ok.returncode == 0, ok.stderr
    assert "OK" in ok.stdout
    bad = write("versie: 1\ngezin: X\nkern: noor\n")
    failed = subprocess.run(
        [sys.executable, "-m", "netwerkcli", "check", str(bad)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert failed.returncode == 2
    assert f"{bad}:3:1: kern 'noor' bestaat niet" in failed.stderr
    assert "Traceback" not in failed.stderr
