"""Option values are checked as Typer checks them, without loading pydantic (cli/fastparams.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from netwerkcli.cli.app import app, fastparams

core: Any = pytest.importorskip("typer.core")
if not hasattr(core, "build_runtime_param"):  # Typer before 0.29 checks values without pydantic
    pytest.skip("this Typer has no pydantic checks to replace", allow_module_level=True)

runner = CliRunner()

VALUES = ["", "0", "2", "-3", "+4", " 5 ", "1.5", ".5", "5.", "1e3", "1_000", "abc", "nan", "-"]


def probe(annotation: Any) -> typer.Typer:
    """A one-command app whose option has ``annotation``; it prints what it received."""
    probe_app = typer.Typer()

    def command(waarde: Any = typer.Option(None, "--waarde")) -> None:
        print(repr(waarde))

    command.__annotations__["waarde"] = annotation | None

    probe_app.command()(command)
    return probe_app


def outcome(annotation: Any, value: str) -> tuple[int, str]:
    result = runner.invoke(probe(annotation), ["--waarde", value])
    return result.exit_code, result.stdout if result.exit_code == 0 else ""


@pytest.mark.parametrize("annotation", [str, int, float, Path, list[str], list[Path]])
def test_the_plain_check_agrees_with_typers_own(
    annotation: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    fastparams.install()
    plain = {value: outcome(annotation, value) for value in VALUES}
    monkeypatch.setattr(core, "build_runtime_param", fastparams.TYPER_CHECK)
    typers = {value: outcome(annotation, value) for value in VALUES}
    assert plain == typers


def test_a_wrong_number_gets_typers_message_in_dutch(tmp_path: Path) -> None:
    result = runner.invoke(app, ["genogram", str(tmp_path / "x.yaml"), "--schaal", "twee"])
    assert result.exit_code == 2
    assert "geen getal" in result.stderr
