"""Steps that several commands share: loading a family file, writing a drawing."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from netwerkcli import console
from netwerkcli.errors import Ernst, InvalidFile, NetwerkError, Probleem
from netwerkcli.loader import load_file
from netwerkcli.messages import anoniem as anon_texts
from netwerkcli.messages import tekening as texts
from netwerkcli.model import Gezin

if TYPE_CHECKING:
    from netwerkcli.render import output

SCALE_RANGE = (0.25, 10.0)
DPI_RANGE = (24.0, 1200.0)


def load(path: Path, anoniem: bool = False) -> Gezin:
    """Load and check a family file; print its warnings; raise InvalidFile on errors.

    With ``anoniem`` the family comes back pseudonymised, and no message names anyone: the
    file's warnings are counted, not shown, and its errors shown by position only.
    """
    if not anoniem:
        loaded = load_file(path)
        console.problems(loaded.warnings)
        return loaded.gezin
    from netwerkcli.anonymise import pseudonymise

    try:
        loaded = load_file(path)
    except InvalidFile as exc:
        console.problems(_hidden(p) for p in exc.problems)
        raise NetwerkError(
            anon_texts.INVALID.format(aantal=len(exc.problems)), anon_texts.INVALID_HINT
        ) from None
    if loaded.warnings:
        console.warning(anon_texts.WARNINGS_HIDDEN.format(aantal=len(loaded.warnings)))
    return pseudonymise(loaded.gezin)


def _hidden(problem: Probleem) -> Probleem:
    """A problem of the file as --anoniem shows it: where it is, not what it says."""
    text = problem.tekst if problem.regel == 0 else anon_texts.PROBLEM_HIDDEN
    return Probleem(anon_texts.SOURCE, problem.regel, problem.kolom, text, problem.ernst)


def shown(path: Path, anoniem: bool) -> Path:
    """How messages name the family file: its path, or 'gezinsbestand' with --anoniem."""
    return Path(anon_texts.SOURCE) if anoniem else path


def named(path: Path, anoniem: bool, uitvoer: object = None) -> Path:
    """The family file as the default output name sees it: with --anoniem and no ``-o`` it is
    'anoniem', so a file name with the family's name in it is not copied into the output's."""
    if anoniem and uitvoer is None:
        return path.with_name(anon_texts.OUTPUT_STEM + path.suffix)
    return path


def warn(source: Path, warnings: list[str]) -> None:
    """A drawing's warnings, as ``bestand: waarschuwing: tekst`` like the file's own."""
    console.problems(Probleem(str(source), 0, 0, text, Ernst.WAARSCHUWING) for text in warnings)


def drawing_target(
    source: Path,
    uitvoer: str | None,
    formaat: str | None,
    kind: str,
    question: str | None = None,
    schaal: float | None = None,
    dpi: float | None = None,
) -> output.Target:
    """Where and how a drawing goes, from ``-o``, ``--formaat``, ``--schaal`` and ``--dpi``.

    Called before the drawing is made, so that a wrong option or a refused file is reported at
    once (and never after a long layout).
    """
    from netwerkcli.render import output

    target = output.choose_target(source, uitvoer, formaat, kind, question)
    return output.Target(target.path, target.formaat, png_scale(schaal, dpi, target.formaat))


def write_drawing(drawing: output.Drawing, target: output.Target, kind: str) -> None:
    """Export ``drawing`` to ``target`` and say where it went."""
    from netwerkcli.render import output

    output.write(output.export(drawing, target.formaat, target.scale), target)
    if target.path is not None:
        console.info(texts.WRITTEN.format(wat=kind.capitalize(), pad=target.path))


def png_scale(schaal: float | None, dpi: float | None, formaat: str) -> float | None:
    """Pixels per unit from ``--schaal`` or ``--dpi`` (a unit is 1/96 inch); None: the default."""
    if schaal is None and dpi is None:
        return None
    if schaal is not None and dpi is not None:
        raise NetwerkError(texts.SCALE_AND_DPI)
    if formaat != "png":
        raise NetwerkError(texts.SCALE_ONLY_PNG.format(formaat=formaat), texts.SCALE_ONLY_PNG_HINT)
    if schaal is not None:
        _in_range(schaal, SCALE_RANGE, texts.SCALE_RANGE)
        return schaal
    assert dpi is not None
    _in_range(dpi, DPI_RANGE, texts.DPI_RANGE)
    return dpi / 96


def _in_range(value: float, bounds: tuple[float, float], message: str) -> None:
    low, high = bounds
    if not low <= value <= high:
        raise NetwerkError(message.format(laag=f"{low:g}", hoog=f"{high:g}", waarde=f"{value:g}"))
