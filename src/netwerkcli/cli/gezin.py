"""Commands for the family file: `netwerk check` and `netwerk schema`."""

from __future__ import annotations

from pathlib import Path

import typer

from netwerkcli import console
from netwerkcli.cli.app import app
from netwerkcli.cli.checkfiles import check_files
from netwerkcli.messages import gezin as texts


@app.command("check", help=texts.CHECK_HELP)
def check(
    bestanden: list[Path] = typer.Argument(..., help=texts.CHECK_FILES_HELP, show_default=False),
) -> None:
    code = check_files(bestanden)
    if code:
        raise typer.Exit(code)


@app.command("schema", help=texts.SCHEMA_HELP)
def schema(
    uitvoer: Path | None = typer.Option(None, "--uitvoer", "-o", help=texts.SCHEMA_OUT_HELP),
) -> None:
    from netwerkcli.schema import schema_text

    text = schema_text()
    if uitvoer is None:
        console.data(text.rstrip("\n"))
        return
    from netwerkcli.render.output import write_file

    write_file(uitvoer, text.encode("utf-8"), mode=0o644)  # the schema holds no family data
    console.info(texts.SCHEMA_WRITTEN.format(pad=uitvoer))
