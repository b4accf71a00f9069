"""Steps that several commands share: loading a family file, writing a drawing."""

from __future__ import annotations

from pathlib import Path

from netwerkcli import console
from netwerkcli.errors import Ernst, Probleem
from netwerkcli.loader import load_file
from netwerkcli.messages import tekening as texts
from netwerkcli.model import Gezin
from netwerkcli.render import output


def load(path: Path) -> Gezin:
    """Load and check a family file; print its warnings; raise InvalidFile on errors."""
    loaded = load_file(path)
    console.problems(loaded.warnings)
    return loaded.gezin


def warn(source: Path, warnings: list[str]) -> None:
    """A drawing's warnings, as ``bestand: waarschuwing: tekst`` like the file's own."""
    console.problems(Probleem(str(source), 0, 0, text, Ernst.WAARSCHUWING) for text in warnings)


def write_drawing(
    drawing: output.Drawing,
    source: Path,
    uitvoer: str | None,
    formaat: str | None,
    kind: str,
    question: str | None = None,
) -> output.Target:
    """Export ``drawing`` to the target that ``-o``/``--formaat`` choose, and say where it went."""
    target = output.choose_target(source, uitvoer, formaat, kind, question)
    output.write(output.export(drawing, target.formaat), target)
    if target.path is not None:
        console.info(texts.WRITTEN.format(wat=kind.capitalize(), pad=target.path))
    return target
