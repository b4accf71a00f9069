"""``netwerk sociogram``: its options; what it does is ``cli/drawings.py: sociogram``."""

from __future__ import annotations

from pathlib import Path

import typer

from netwerkcli.cli import drawings
from netwerkcli.cli.app import app
from netwerkcli.messages import anoniem as anon_texts
from netwerkcli.messages import sociogram as texts
from netwerkcli.messages import tekening as drawing_texts


@app.command("sociogram", help=texts.HELP)
def sociogram(
    gezin: Path = typer.Argument(..., help=texts.ARG_FILE, metavar="GEZIN.yaml"),
    vraag: str = typer.Option("belang", "--vraag", help=texts.OPT_VRAAG, metavar="NAAM"),
    alle: bool = typer.Option(False, "--alle", help=texts.OPT_ALLE),
    uitvoer: str | None = typer.Option(
        None, "--uitvoer", "-o", help=texts.OPT_UITVOER, metavar="PAD"
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
    tekst: bool = typer.Option(False, "--tekst", help=texts.OPT_TEKST),
    anoniem: bool = typer.Option(False, "--anoniem", help=anon_texts.OPTION_HELP),
) -> None:
    drawings.sociogram(
        gezin,
        vraag=vraag,
        alle=alle,
        uitvoer=uitvoer,
        formaat=formaat,
        schaal=schaal,
        dpi=dpi,
        tekst=tekst,
        anoniem=anoniem,
    )
