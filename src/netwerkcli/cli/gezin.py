"""Commands for the family file: `netwerk check` and `netwerk schema`."""

from __future__ import annotations

from pathlib import Path

import typer

from netwerkcli import console
from netwerkcli.cli.app import app
from netwerkcli.errors import ExitCode, InvalidFile
from netwerkcli.loader import load_file
from netwerkcli.messages import gezin as texts
from netwerkcli.schema import schema_text


@app.command("check", help=texts.CHECK_HELP)
def check(
    bestanden: list[Path] = typer.Argument(..., help=texts.CHECK_FILES_HELP, show_default=False),
) -> None:
    invalid = 0
    for path in bestanden:
        try:
            loaded = load_file(path)
        except InvalidFile as exc:
            invalid += 1
            console.problems(exc.problems)
            continue
        console.problems(loaded.warnings)
        if loaded.warnings:
            console.success(
                texts.CHECK_OK_WARNINGS.format(bestand=path, aantal=len(loaded.warnings))
            )
        else:
            console.success(texts.CHECK_OK.format(bestand=path))
    if invalid:
        if len(bestanden) > 1:
            console.error(texts.CHECK_SUMMARY.format(fout=invalid, totaal=len(bestanden)))
        raise typer.Exit(ExitCode.INPUT)


@app.command("schema", help=texts.SCHEMA_HELP)
def schema(
    uitvoer: Path | None = typer.Option(None, "--uitvoer", "-o", help=texts.SCHEMA_OUT_HELP),
) -> None:
    text = schema_text()
    if uitvoer is None:
        console.data(text.rstrip("\n"))
        return
    from netwerkcli.render.output import write_file

    write_file(uitvoer, text.encode("utf-8"), mode=0o644)  # the schema holds no family data
    console.info(texts.SCHEMA_WRITTEN.format(pad=uitvoer))
