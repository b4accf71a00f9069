"""``netwerk sociogram``: the family's network in three circles, per question."""

from __future__ import annotations

from pathlib import Path

import typer

from netwerkcli import console
from netwerkcli.cli.app import app
from netwerkcli.cli.common import drawing_target, load, named, shown, warn, write_drawing
from netwerkcli.errors import NetwerkError, RuntimeFailure
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
    # the drawing's modules load only when the command runs (``netwerk --help`` stays quick)
    from netwerkcli.render.sociogram import build_sociograms, question, questions_for_all
    from netwerkcli.render.sociogram.placement import DoesNotFit
    from netwerkcli.render.sociogram.text import table

    if not alle:
        question(vraag)  # an unknown question is a usage error before the file is read
    if alle and uitvoer == "-" and not tekst:
        raise NetwerkError(texts.ALL_TO_STDOUT, texts.ALL_TO_STDOUT_HINT)
    family = load(gezin, anoniem)
    names = questions_for_all(family) if alle else [vraag]
    targets = {  # every file checked before the first drawing is made
        name: drawing_target(
            named(gezin, anoniem, uitvoer),
            _per_question(uitvoer, name, alle),
            formaat,
            "sociogram",
            name,
            schaal,
            dpi,
        )
        for name in ([] if tekst else names)
    }
    try:
        # placed once for all questions: the rings are sized for every question anyway
        drawings = build_sociograms(family, names, layout=not tekst)
    except DoesNotFit:
        raise RuntimeFailure(texts.DOES_NOT_FIT) from None
    for name, drawing in zip(names, drawings, strict=True):
        warn(shown(gezin, anoniem), drawing.warnings)
        if tekst:
            console.out.print(table(drawing))
            continue
        write_drawing(drawing, targets[name], "sociogram")


def per_question_path(uitvoer: str, name: str) -> str:
    """``x.svg`` becomes ``x-belang.svg``: one file per question with ``--alle``."""
    path = Path(uitvoer)
    return str(path.with_name(f"{path.stem}-{name}{path.suffix}"))


def _per_question(uitvoer: str | None, name: str, alle: bool) -> str | None:
    if uitvoer is None or not alle:
        return uitvoer
    return per_question_path(uitvoer, name)
