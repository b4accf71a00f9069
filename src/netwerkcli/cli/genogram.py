"""`netwerk genogram`: load the family file, build the genogram, write it, print its warnings."""

from __future__ import annotations

from pathlib import Path

import typer

from netwerkcli import console
from netwerkcli.cli.app import app
from netwerkcli.cli.common import drawing_target, load, named, shown, warn, write_drawing
from netwerkcli.messages import anoniem as anon_texts
from netwerkcli.messages import genogram as texts
from netwerkcli.messages import tekening as drawing_texts

WIDE = 2200.0  # wider than this, names print below 6 pt on A3: suggest --compact


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
    from netwerkcli.collector import collector_paused
    from netwerkcli.labels import Labels
    from netwerkcli.render.estimate import genogram_floor
    from netwerkcli.render.genogram import build_genogram
    from netwerkcli.render.genogram.scope import around_kern, fold_branches, left_out
    from netwerkcli.render.output import Formaat, refuse_large_png

    source = named(bestand, anoniem, uitvoer)
    target = drawing_target(source, uitvoer, formaat, "genogram", schaal=schaal, dpi=dpi)
    gezin = load(bestand, anoniem)
    notes = []
    if generaties is not None:
        gezin, outside = around_kern(gezin, generaties)
        if outside:
            weg = texts.people(outside)
            notes.append(texts.GENERATIONS_NOTE.format(aantal=generaties, weg=weg))
            console.info(texts.GENERATIONS_LEFT_OUT.format(weg=weg))
    folded: dict[str, int] = {}
    if compact:
        before = gezin
        gezin, folded = fold_branches(gezin)
        count = left_out(before, gezin, folded)
        if count:
            notes.append(texts.FOLDED_NOTE.format(weg=texts.people(count)))
            console.info(texts.FOLDED_LEFT_OUT.format(weg=texts.people(count)))
    labels = Labels(gezin, note="; ".join(notes)) if notes else None
    if target.formaat == Formaat.PNG:  # too large for a PNG: said before the layout, not after
        refuse_large_png(target, genogram_floor(gezin))
    with collector_paused():  # the layout's objects all live until the drawing is written
        drawing = build_genogram(gezin, labels=labels, folded=folded)
        if drawing.width > WIDE and not compact and target.formaat in ("pdf", "png"):
            console.info(texts.WIDE_HINT)
        warn(shown(bestand, anoniem), drawing.warnings)
        write_drawing(drawing, target, "genogram")
