"""The docs cannot drift: README commands run, every file key is documented, help is Dutch."""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from netwerkcli.cli.app import app
from netwerkcli.fields import RECORDS
from paths import EXAMPLES, ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
runner = CliRunner()


def code_blocks(text: str, lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", text, re.S)


def test_readme_opens_with_exactly_two_commands() -> None:
    head = README.split("\n## ", 1)[0]
    blocks = code_blocks(head, "sh")
    assert len(blocks) == 2
    install, tests = (b.strip() for b in blocks)
    assert "\n" not in install and "\n" not in tests
    assert install.startswith("python3 -m venv .venv") and "netwerk genogram examples/" in install
    assert tests.startswith("python3 -m venv .venv") and tests.endswith(".venv/bin/pytest")


def readme_commands() -> list[str]:
    commands = []
    for block in code_blocks(README, "console"):
        commands += [line[2:] for line in block.splitlines() if line.startswith("$ .venv/bin/")]
    return commands


# How netwerk is started in each kind of code block after the README's two opening commands,
# which install it into .venv without activating it: by the venv's own path.
STARTED_AS = {"sh": ".venv/bin/netwerk", "console": ".venv/bin/netwerk"}
STARTED_AS_ON_WINDOWS = ".venv\\Scripts\\netwerk"


def test_every_netwerk_example_works_after_the_two_commands() -> None:
    blocks = re.findall(r"```(\w*)\n(.*?)```", README, re.S)
    seen = 0
    for lang, block in blocks:
        for line in block.splitlines():
            command = line.strip().removeprefix("$ ")
            for program in re.findall(r"(?:^|&&|;|\|)\s*(\S*netwerk)(?=\s|$)", command):
                seen += 1
                expected = STARTED_AS_ON_WINDOWS if lang == "powershell" else STARTED_AS[lang]
                assert program == expected, (lang, line)
    assert seen >= 15
    # in the prose, a command is never shown as a bare `netwerk ...` either
    prose = re.sub(r"```.*?```", "", README, flags=re.S)
    assert not re.findall(r"`netwerk [^`]*`", prose)
    # and the venv's path is explained, for Windows and with pipx too
    for words in ("pipx install .", "source .venv/bin/activate", ".venv\\Scripts\\activate"):
        assert words in prose, words


def test_readme_says_where_data_is_kept_and_who_can_read_it() -> None:
    for words in ("0600", "0700", "reflecties", "LOCALAPPDATA", "Lettertype", "DejaVu Sans"):
        assert words in README, words


@pytest.mark.parametrize("command", readme_commands())
def test_readme_command_runs(command: str, tmp_path: Path, monkeypatch) -> None:
    shutil.copytree(EXAMPLES, tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NETWERK_MAP", str(tmp_path / "reflecties"))
    args = shlex.split(command)[1:]
    if args[:1] == ["reflect"] and "--rol" in args and args[-1] != "--rol":
        # an interactive session: answer the first question, then stop (the README's own words)
        from netwerkcli.cli import reflect as reflect_cli

        monkeypatch.setattr(reflect_cli, "stdin_is_terminal", lambda: True)
        result = runner.invoke(app, args, input="Een antwoord\n\n:stop\n")
        assert result.exit_code in (0, 130), result.output
        return
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output


def test_readme_main_command_draws_the_example(tmp_path: Path, monkeypatch) -> None:
    shutil.copytree(EXAMPLES, tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    install = code_blocks(README, "sh")[0].strip()
    command = install.split(".venv/bin/netwerk ", 1)[1]
    result = runner.invoke(app, shlex.split(command))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "examples" / "de-vries-genogram.svg").read_text().startswith("<?xml")


def test_every_key_of_the_file_format_is_documented() -> None:
    doc = (ROOT / "docs" / "gezinsbestand.md").read_text(encoding="utf-8")
    for fields in RECORDS.values():
        for field in fields:
            assert f"| `{field.key}` |" in doc, field.key


def test_every_command_has_dutch_help() -> None:
    top = runner.invoke(app, ["--help"], prog_name="netwerk").stdout
    assert "Gebruik: netwerk [OPTIES] OPDRACHT" in top
    commands = re.findall(r"^  (\w+)\s{2,}", top.split("Opdrachten:", 1)[1], re.M)
    assert {"check", "schema", "genogram", "sociogram", "reflect"} <= set(commands)
    for command in commands:
        text = runner.invoke(app, [command, "--help"], prog_name="netwerk").stdout
        assert "Gebruik: netwerk" in text, command
        for english in ("Show this message", "[OPTIONS]", "<bool>", "<path>", "Usage:"):
            assert english not in text, (command, english)
