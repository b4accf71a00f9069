"""What ``netwerk genogram`` and ``netwerk sociogram`` do, without Typer: the Typer commands
(``cli/genogram.py``, ``cli/sociogram.py``) and the quick way (``cli/__init__.py``) both call
these functions, with the options' defaults as their own (``tests/test_cli_quick.py`` holds
the two to the same defaults).

Light at import, like the quick way itself: the loader and the drawing's modules load when the
command runs.
"""

from __future__ import annotations

from pathlib import Path

from netwerkcli import console
from netwerkcli.cli.common import drawing_target, load, named, shown, warn, write_drawing
from netwerkcli.errors import NetwerkError, RuntimeFailure
from netwerkcli.messages import genogram as genogram_texts
from netwerkcli.messages import sociogram as sociogram_texts

WIDE = 2200.0  # a genogram wider than this prints names below 6 pt on A3: suggest --compact


def genogram(
    bestand: Path,
    uitvoer: str | None = None,
    formaat: str | None = None,
    schaal: float | None = None,
    dpi: float | None = None,
    anoniem: bool = False,
    generaties: int | None = None,
    compact: bool = False,
) -> None:
    """Load the family file, build the genogram, write it, print its warnings."""
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
            weg = genogram_texts.people(outside)
            notes.append(genogram_texts.GENERATIONS_NOTE.format(aantal=generaties, weg=weg))
            console.info(genogram_texts.GENERATIONS_LEFT_OUT.format(weg=weg))
    folded: dict[str, int] = {}
    if compact:
        before = gezin
        gezin, folded = fold_branches(gezin)
        count = left_out(before, gezin, folded)
        if count:
            notes.append(genogram_texts.FOLDED_NOTE.format(weg=genogram_texts.people(count)))
            console.info(genogram_texts.FOLDED_LEFT_OUT.format(weg=genogram_texts.people(count)))
    labels = Labels(gezin, note="; ".join(notes)) if notes else None
    if target.formaat == Formaat.PNG:  # too large for a PNG: said before the layout, not after
        refuse_large_png(target, genogram_floor(gezin))
    with collector_paused():  # the layout's objects all live until the drawing is written
        drawing = build_genogram(gezin, labels=labels, folded=folded)
        if drawing.width > WIDE and not compact and target.formaat in ("pdf", "png"):
            console.info(genogram_texts.WIDE_HINT)
        warn(shown(bestand, anoniem), drawing.warnings)
        write_drawing(drawing, target, "genogram")


def sociogram(
    gezin: Path,
    vraag: str = "belang",
    alle: bool = False,
    uitvoer: str | None = None,
    formaat: str | None = None,
    schaal: float | None = None,
    dpi: float | None = None,
    tekst: bool = False,
    anoniem: bool = False,
) -> None:
    """Load the family file and draw its network in three circles, per question (or as text)."""
    from netwerkcli.render.sociogram import build_sociograms, question, questions_for_all
    from netwerkcli.render.sociogram.placement import DoesNotFit
    from netwerkcli.render.sociogram.text import table

    if not alle:
        question(vraag)  # an unknown question is a usage error before the file is read
    if alle and uitvoer == "-" and not tekst:
        raise NetwerkError(sociogram_texts.ALL_TO_STDOUT, sociogram_texts.ALL_TO_STDOUT_HINT)
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
        raise RuntimeFailure(sociogram_texts.DOES_NOT_FIT) from None
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
