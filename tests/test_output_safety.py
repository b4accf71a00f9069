"""No command ever harms a file: not the family file, not any YAML file, not a device or a pipe."""

from __future__ import annotations

import json
import os
import shutil
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from netwerkcli.cli.app import app
from paths import EXAMPLES

runner = CliRunner()
FORMATS = ["svg", "png", "pdf", "dot", "jpg"]  # jpg: one of Graphviz's own formats
DRAWING_COMMANDS = [["genogram"], ["sociogram"], ["sociogram", "--alle"]]


@pytest.fixture
def family(tmp_path: Path) -> Path:
    path = tmp_path / "gezin.yaml"
    shutil.copy(EXAMPLES / "de-vries.yaml", path)
    return path


def run(*args: str | Path, input: str | None = None):
    result = runner.invoke(app, [str(a) for a in args], input=input)
    assert "Traceback" not in result.output
    return result


def refused(result, *words: str) -> None:
    assert result.exit_code == 2, result.output
    for word in words:
        assert word in result.stderr


@pytest.mark.parametrize("formaat", FORMATS)
@pytest.mark.parametrize("command", DRAWING_COMMANDS, ids=" ".join)
def test_no_drawing_over_the_family_file_or_any_yaml(
    family: Path, command: list[str], formaat: str
) -> None:
    before = family.read_bytes()
    other = family.with_name("ander.yml")
    other.write_text("versie: 1\n", encoding="utf-8")
    for target in (family, other, family.with_name("nieuw.YAML")):
        result = run(*command, family, "-f", formaat, "-o", target)
        refused(result, "netwerk schrijft nooit over")
    refused(run(*command, family, "-o", family), "gezinsbestand")
    assert family.read_bytes() == before
    assert other.read_text(encoding="utf-8") == "versie: 1\n"
    assert sorted(p.name for p in family.parent.iterdir()) == ["ander.yml", "gezin.yaml"]


@pytest.mark.parametrize("formaat", FORMATS)
def test_no_drawing_over_the_input_whatever_its_name(tmp_path: Path, formaat: str) -> None:
    source = tmp_path / f"gezin.{formaat}"  # a family file with an unusual name
    shutil.copy(EXAMPLES / "de-vries.yaml", source)
    link = tmp_path / f"link.{formaat}"
    link.symlink_to(source)
    before = source.read_bytes()
    for command in DRAWING_COMMANDS[:2]:
        refused(run(*command, source, "-o", source), "gezinsbestand dat het leest")
        refused(run(*command, source, "-o", link), "gezinsbestand dat het leest")
    assert source.read_bytes() == before and link.is_symlink()


@pytest.mark.parametrize("formaat", FORMATS)
@pytest.mark.parametrize("command", DRAWING_COMMANDS[:2], ids=" ".join)
def test_devices_and_pipes_are_refused(
    family: Path, tmp_path: Path, command: list[str], formaat: str
) -> None:
    fifo = tmp_path / "pijp"
    os.mkfifo(fifo)
    for target in ("/dev/null", fifo):
        refused(run(*command, family, "-f", formaat, "-o", target), "geen gewoon bestand")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_schema_is_never_written_over_yaml_or_a_device(tmp_path: Path) -> None:
    family = tmp_path / "gezin.yaml"
    shutil.copy(EXAMPLES / "de-vries.yaml", family)
    before = family.read_bytes()
    refused(run("schema", "-o", family), "netwerk schrijft nooit over")
    refused(run("schema", "-o", "/dev/null"), "geen gewoon bestand")
    refused(run("schema", "-o", tmp_path / "mist" / "map" / "s.json"), "bestaat niet")
    refused(run("schema", "-o", tmp_path), "is een map")
    assert family.read_bytes() == before
    written = run("schema", "-o", tmp_path / "s.json")
    assert written.exit_code == 0 and (tmp_path / "s.json").read_text().startswith("{")


def test_reflection_exports_are_never_written_over_yaml(tmp_path: Path) -> None:
    folder = tmp_path / "reflecties"
    text = "casus: K-1\nantwoorden:\n  passie: 5\n  dialoog: 6\n"
    made = run("reflect", "--rol", "houding", "--antwoorden", "-", "--map", folder, input=text)
    assert made.exit_code == 0, made.output
    [session] = [json.loads(p.read_text(encoding="utf-8"))["id"] for p in folder.glob("*.json")]
    family = tmp_path / "gezin.yaml"
    shutil.copy(EXAMPLES / "de-vries.yaml", family)
    before = family.read_bytes()
    for args, words in (
        (["reflecties", "exporteer", session, "-o", family], "netwerk schrijft nooit over"),
        (["reflecties", "exporteer", session, "-f", "json", "-o", "/dev/null"], "geen gewoon"),
        (["reflecties", "trend", "--grafiek", family], "netwerk schrijft nooit over"),
    ):
        refused(run(*args, "--map", folder), words)
    assert family.read_bytes() == before
