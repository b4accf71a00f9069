"""`netwerk genogram`: load the family file, build the genogram, write it, print its warnings."""

from __future__ import annotations

from pathlib import Path

import typer

from netwerkcli.cli.app import app
from netwerkcli.cli.common import drawing_target, load, named, shown, warn, write_drawing
from netwerkcli.messages import anoniem as anon_texts
from netwerkcli.messages import genogram as texts
from netwerkcli.messages import tekening as drawing_texts
from netwerkcli.render.genogram import build_genogram


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
) -> None:
    source = named(bestand, anoniem, uitvoer)
    target = drawing_target(source, uitvoer, formaat, "genogram", schaal=schaal, dpi=dpi)
    gezin = load(bestand, anoniem)
    drawing = build_genogram(gezin)
    warn(shown(bestand, anoniem), drawing.warnings)
    write_drawing(drawing, target, "genogram")
