"""`netwerk genogram`: load the family file, build the genogram, write it, print its warnings."""

from __future__ import annotations

from pathlib import Path

import typer

from netwerkcli.cli.app import app
from netwerkcli.cli.common import drawing_target, load, warn, write_drawing
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
) -> None:
    target = drawing_target(bestand, uitvoer, formaat, "genogram", schaal=schaal, dpi=dpi)
    gezin = load(bestand)
    drawing = build_genogram(gezin)
    warn(bestand, drawing.warnings)
    write_drawing(drawing, target, "genogram")
