"""`netwerk genogram`: its options; what it does is ``cli/drawings.py: genogram``."""

from __future__ import annotations

from pathlib import Path

import typer

from netwerkcli.cli import drawings
from netwerkcli.cli.app import app
from netwerkcli.messages import anoniem as anon_texts
from netwerkcli.messages import genogram as texts
from netwerkcli.messages import tekening as drawing_texts


@app.command("genogram", help=texts.HELP)
def genogram(
    bestand: Path = typer.Argument(..., help=texts.FILE_HELP, show_default=False),
    uitvoer: str | None = typer.Option(
        None, "--uitvoer", "-o", help=texts.OUTPUT_HELP, show_default=False, metavar="PAD"
    ),
    formaat: str | None = typer.Option(
        None, "--formaat", "-f", help=drawing_texts.FORMAT_HELP, metavar="FORMAAT"
    ),
    schaal: float | None = typer.Option(
        None, "--schaal", help=drawing_texts.SCALE_HELP, metavar="GETAL", show_default=False
    ),
    dpi: float | None = typer.Option(
        None, "--dpi", help=drawing_texts.DPI_HELP, metavar="GETAL", show_default=False
    ),
    anoniem: bool = typer.Option(False, "--anoniem", help=anon_texts.OPTION_HELP),
    generaties: int | None = typer.Option(
        None, "--generaties", "-g", help=texts.GENERATIONS_HELP, metavar="N", show_default=False
    ),
    compact: bool = typer.Option(False, "--compact", help=texts.COMPACT_HELP),
) -> None:
    drawings.genogram(
        bestand,
        uitvoer=uitvoer,
        formaat=formaat,
        schaal=schaal,
        dpi=dpi,
        anoniem=anoniem,
        generaties=generaties,
        compact=compact,
    )
