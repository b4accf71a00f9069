"""No English reaches a user: mistakes on the command line and the completion commands in Dutch."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from netwerkcli.cli.app import app
from paths import EXAMPLES

runner = CliRunner()

# Words that occur in Typer's, click's and pydantic's English messages and not in Dutch ones.
ENGLISH = {
    "the", "you", "your", "did", "mean", "got", "unexpected", "missing", "invalid", "does",
    "not", "exist", "readable", "writable", "installed", "completion", "usage", "error", "try",
    "should", "be", "valid", "number", "unable", "parse", "string", "requires", "must",
    "please", "unknown", "such", "from", "value", "directory", "file", "path", "show", "this",
    "message", "and", "will", "take", "effect", "once", "restart", "supported", "option",
    "options", "argument", "arguments", "command", "commands", "no", "or", "with", "for",
    "to", "input", "choose", "aborted", "abort", "expected", "given",
}  # fmt: skip
PHRASES = ["Usage:", "Error", "Try '", "Did you mean", "Aborted", "Options", "Commands"]


def english_lines(text: str) -> list[str]:
    """Lines that read as English: two or more English words (quoted values left out)."""
    found = []
    for line in text.splitlines():
        # quoted values, paths and option names are the user's words, not sentences
        bare = re.sub(r"'[^']*'|\"[^\"]*\"|\S*/\S*|(?<!\w)--?[\w-]+", " ", line)
        words = re.findall(r"[A-Za-z]+", bare)
        if sum(w.lower() in ENGLISH for w in words) >= 2 or any(p in line for p in PHRASES):
            found.append(line)
    return found


def test_the_detector_sees_typers_english() -> None:
    for english in (
        "No such command 'genogrm'. Did you mean 'genogram'?",
        "Got unexpected extra argument(s) (b.yaml)",
        "Input should be a valid number, unable to parse string as a number",
        "Path 'gezin.yaml' is not readable.",
        "bash completion installed in /home/x/.bash_completions/netwerk.sh",
        "Completion will take effect once you restart the terminal",
    ):
        assert english_lines(english), english
    assert not english_lines("onverwacht extra argument: b.yaml")
    assert not english_lines("Aanvullen met Tab voor bash staat in /home/x/netwerk.sh.")


@pytest.fixture
def family(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path / "thuis"))
    monkeypatch.setenv("NETWERK_MAP", str(tmp_path / "reflecties"))
    (tmp_path / "thuis").mkdir()
    shutil.copy(EXAMPLES / "de-vries.yaml", tmp_path / "gezin.yaml")
    return tmp_path / "gezin.yaml"


MISTAKES = [
    # mistyped commands and options
    "genogrm gezin.yaml",
    "reflecties trnd",
    "genogram --formaatt svg gezin.yaml",
    "--versie",
    "-x",
    # extra and missing arguments
    "genogram gezin.yaml extra.yaml",
    "check",
    "genogram",
    "sociogram",
    "reflecties toon",
    "reflecties exporteer",
    "schema extra",
    # options without their value, and bad values
    "genogram gezin.yaml --formaat",
    "genogram gezin.yaml -o",
    "genogram gezin.yaml --schaal abc",
    "genogram gezin.yaml --dpi 1,5",
    "genogram gezin.yaml --formaat docx",
    "genogram gezin.yaml -o tekening.docx",
    "sociogram gezin.yaml --vraag",
    "sociogram gezin.yaml --vraag onbekend",
    "reflect --rol onbekend",
    "reflect --rol houding --casus 'naam met spaties'",
    "reflecties trend --rol",
    "reflecties exporteer 2020 --formaat pdf",
    # files that are not there or cannot be read
    "genogram bestaat-niet.yaml",
    "check bestaat-niet.yaml",
    "sociogram .",
    "check .",
    # the completion commands
    "--install-completion",
    "--show-completion",
    "--help",
    "genogram --help",
]


@pytest.mark.parametrize("command", MISTAKES)
def test_mistakes_are_answered_in_dutch(family: Path, command: str) -> None:
    import shlex

    result = runner.invoke(app, shlex.split(command), prog_name="netwerk")
    output = result.stdout + result.stderr
    assert "Traceback" not in output
    assert output.strip(), command
    if command == "--show-completion":  # a shell script: only its messages must be Dutch
        output = result.stderr
    assert not english_lines(output), (command, output)
    if command not in ("--install-completion", "--show-completion", "--help", "genogram --help"):
        assert result.exit_code == 2, (command, output)


def test_an_unreadable_family_file_is_named_in_dutch(
    family: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_access = os.access

    def no_reading(path: object, mode: int, *args: object, **kwargs: object) -> bool:
        if str(path).endswith("gezin.yaml"):
            return False
        return real_access(path, mode, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", no_reading)
    original = Path.open

    def refuse(self: Path, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        if self.name == "gezin.yaml":
            raise PermissionError(13, "Permission denied", str(self))
        return original(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", refuse)
    for command in (
        ["check", "gezin.yaml"],
        ["genogram", "gezin.yaml"],
        ["sociogram", "gezin.yaml"],
    ):
        result = runner.invoke(app, command, prog_name="netwerk")
        assert result.exit_code == 2, result.output
        assert "gezin.yaml" in result.stderr
        assert not english_lines(result.stdout + result.stderr), result.output


def test_installed_completion_says_so_in_dutch(family: Path) -> None:
    result = runner.invoke(
        app, ["--install-completion"], prog_name="netwerk", env={"SHELL": "bash"}
    )
    assert "Aanvullen met Tab" in result.stdout + result.stderr or result.exit_code == 1
    assert not english_lines(result.stdout + result.stderr)


@pytest.mark.parametrize("example", sorted(EXAMPLES.glob("*.yaml")), ids=lambda p: p.name)
def test_the_examples_are_commented_in_dutch(example: Path) -> None:
    comments = [
        line.split("#", 1)[1]
        for line in example.read_text(encoding="utf-8").splitlines()
        if "#" in line
    ]
    assert not english_lines("\n".join(comments))
