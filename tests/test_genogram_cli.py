"""`netwerk genogram` as a user runs it: formats, default file name, stdout, warnings, errors."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from netwerkcli.cli.app import app
from paths import EXAMPLES, ROOT
from svgtools import groups, parse

runner = CliRunner()
DATA = ROOT / "tests" / "data" / "genogram"


@pytest.fixture
def example(tmp_path: Path) -> Path:
    path = tmp_path / "gezin.yaml"
    shutil.copy(EXAMPLES / "de-vries.yaml", path)
    return path


def test_default_output_next_to_the_input(example: Path) -> None:
    result = runner.invoke(app, ["genogram", str(example)])
    assert result.exit_code == 0, result.output
    out = example.with_name("gezin-genogram.svg")
    assert out.exists()
    assert len(groups(parse(out.read_bytes()), "persoon")) == 8
    assert "gezin-genogram.svg" in result.stderr


@pytest.mark.parametrize(
    ("name", "formaat", "magic"),
    [
        ("uit.svg", None, b"<?xml"),
        ("uit.png", None, b"\x89PNG"),
        ("uit.pdf", None, b"%PDF"),
        ("uit.dot", None, b"graph "),
        ("uit.tekening", "png", b"\x89PNG"),
        ("uit.svg", "png", None),
    ],
)
def test_format_from_extension_or_option(
    example: Path, name: str, formaat: str | None, magic: bytes | None
) -> None:
    out = example.with_name(name)
    args = ["genogram", str(example), "-o", str(out)]
    if formaat:
        args += ["--formaat", formaat]
    result = runner.invoke(app, args)
    if magic is None:  # --formaat that does not match the extension
        assert result.exit_code == 2
        assert "Traceback" not in result.output
        return
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(magic)


def test_formaat_option_without_o(example: Path) -> None:
    result = runner.invoke(app, ["genogram", str(example), "--formaat", "dot"])
    assert result.exit_code == 0
    assert example.with_name("gezin-genogram.dot").read_text(encoding="utf-8").startswith("graph")


def test_stdout(example: Path) -> None:
    result = runner.invoke(app, ["genogram", str(example), "-o", "-"])
    assert result.exit_code == 0
    assert result.stdout.startswith("<?xml")
    assert not list(example.parent.glob("*.svg"))


def test_unknown_format_is_a_dutch_message(example: Path) -> None:
    result = runner.invoke(app, ["genogram", str(example), "--formaat", "docx"])
    assert result.exit_code == 2
    assert 'onbekend formaat "docx"' in result.stderr
    assert "Traceback" not in result.output


def test_bad_file_exit_2_draws_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "gezin.yaml"
    bad.write_text("versie: 1\ngezin: X\npersonen:\n  - {id: a, naam: A, geslacht: vrouw}\n")
    result = runner.invoke(app, ["genogram", str(bad)])
    assert result.exit_code == 2
    assert f"{bad}:4:" in result.stderr
    assert not list(tmp_path.glob("*.svg"))


def test_layout_warnings_go_to_stderr(tmp_path: Path) -> None:
    path = tmp_path / "leeg.yaml"
    shutil.copy(DATA / "leeg.yaml", path)
    result = runner.invoke(app, ["genogram", str(path)])
    assert result.exit_code == 0
    assert "waarschuwing: het bestand bevat geen personen" in result.stderr
    assert path.with_name("leeg-genogram.svg").exists()


def test_help_is_dutch() -> None:
    result = runner.invoke(app, ["genogram", "--help"])
    assert result.exit_code == 0
    assert "Teken het genogram" in result.stdout and "--formaat" in result.stdout


def test_real_subprocess(example: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "netwerkcli", "genogram", str(example), "-o", "-"],
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert b"persoon-noor" in done.stdout


DOC = (ROOT / "docs" / "genogram.md").read_text(encoding="utf-8")


def doc_commands() -> list[str]:
    import re

    blocks = re.findall(r"```console\n(.*?)```", DOC, re.S)
    return [line[2:] for b in blocks for line in b.splitlines() if line.startswith("$ netwerk ")]


@pytest.mark.parametrize("command", doc_commands())
def test_commands_in_the_docs_run(command: str, tmp_path: Path, monkeypatch) -> None:
    import shlex

    shutil.copytree(EXAMPLES, tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, shlex.split(command)[1:])
    assert result.exit_code == 0, result.output


def test_docs_regeneration_command_is_the_one_in_the_golden_test() -> None:
    assert "NETWERK_GOLDEN=1 .venv/bin/pytest tests/test_genogram_golden.py" in DOC
