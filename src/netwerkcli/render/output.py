"""Output of a drawing: format choice, default file name, conversion and safe writing.

Shared by the genogram and the sociogram. A drawing is anything with ``to_svg()`` and
``to_dot()``. SVG and DOT need nothing but Python; PNG and PDF are converted from the SVG by
:mod:`netwerkcli.render.convert` (pip alone is enough). Any other format that Graphviz knows
(``jpg``, ``gif``, ``ps``, ...) is drawn by Graphviz from the DOT text with ``neato -n2``, so it
shows the same positions; that needs Graphviz on the computer.

Writing never harms the user's files: only regular files are written (never a device or a
pipe), never the family file itself and never any ``.yaml``/``.yml`` file; a drawing holds family
data, so it is written readable for its owner only (0600).
"""

from __future__ import annotations

import os
import stat
import sys
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from netwerkcli import fileio
from netwerkcli.errors import NetwerkError, RuntimeFailure
from netwerkcli.messages import tekening as texts


class Formaat(StrEnum):
    SVG = "svg"
    PNG = "png"
    PDF = "pdf"
    DOT = "dot"


BINARY = frozenset({"png", "pdf"})
TEXT_FORMATS = frozenset({"svg", "dot", "plain", "plain-ext", "xdot", "json", "json0", "canon"})
ALIASES = {"gv": Formaat.DOT, "jpeg": "jpg", "tiff": "tif"}
# Graphviz formats that open a window or need a particular system instead of writing a file
NOT_A_FILE = frozenset({"gtk", "x11", "xlib", "tk", "cgimage", "svg_inline"})
PROTECTED_SUFFIXES = frozenset({".yaml", ".yml"})
DRAWING_MODE = 0o600


class Drawing(Protocol):
    def to_svg(self) -> str: ...

    def to_dot(self) -> str: ...


@dataclass(frozen=True)
class Target:
    """Where a drawing goes: a file, or stdout when ``path`` is None.

    ``formaat`` is one of :class:`Formaat` or the name of a Graphviz output format; ``scale``
    the pixels per unit of a PNG (None: the default).
    """

    path: Path | None
    formaat: str
    scale: float | None = None

    def describe(self) -> str:
        return "stdout" if self.path is None else str(self.path)


def graphviz_formats() -> frozenset[str]:
    """Graphviz's output formats that make a file, besides netwerk's own four."""
    from graphviz import FORMATS

    return frozenset(FORMATS) - set(Formaat) - NOT_A_FILE - set(ALIASES)


def choose_target(
    source: Path, output: str | None, formaat: str | None, kind: str, question: str | None = None
) -> Target:
    """Decide file and format from ``-o`` and ``--formaat``.

    No ``-o``: next to the input as ``<naam>-<kind>.<formaat>`` (``gezin-genogram.svg``), with the
    question added for a sociogram (``gezin-sociogram-helpen.svg``). ``-o -``: stdout.
    """
    chosen = parse_formaat(formaat) if formaat else None
    if output == "-":
        return Target(None, chosen or Formaat.SVG)
    if output is None:
        fmt = chosen or Formaat.SVG
        suffix = f"-{kind}" + (f"-{question}" if question else "")
        path = source.with_name(f"{source.stem}{suffix}.{fmt}")
        check_output_path(path, source)
        return Target(path, fmt)
    path = Path(output)
    check_output_path(path, source)
    from_extension = _formaat_of(path)
    if chosen and from_extension and chosen != from_extension:
        raise NetwerkError(
            texts.FORMAT_CONFLICT.format(formaat=chosen, bestand=path.name),
            texts.FORMAT_CONFLICT_HINT,
        )
    resolved = chosen or from_extension
    if resolved is None:
        raise NetwerkError(texts.UNKNOWN_EXTENSION.format(bestand=path.name), texts.FORMATS_HINT)
    return Target(path, resolved)


def parse_formaat(value: str) -> str:
    name = value.strip().lower().lstrip(".")
    name = ALIASES.get(name, name)
    if name in set(Formaat):
        return Formaat(name)
    if name in graphviz_formats():
        return name
    raise NetwerkError(texts.UNKNOWN_FORMAT.format(formaat=value), texts.FORMATS_HINT)


def _formaat_of(path: Path) -> str | None:
    try:
        return parse_formaat(path.suffix) if path.suffix else None
    except NetwerkError:
        return None


def check_output_path(path: Path, source: Path | None = None) -> None:
    """Refuse a path that would harm the user's files: see the module's docstring."""
    if path.suffix.lower() in PROTECTED_SUFFIXES:
        raise NetwerkError(texts.OUTPUT_IS_YAML.format(pad=path), texts.OUTPUT_IS_YAML_HINT)
    try:
        info = path.stat()
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise NetwerkError(texts.WRITE_FAILED.format(pad=path, reden=exc.strerror)) from None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise NetwerkError(texts.OUTPUT_IS_DIR.format(pad=path))
    if info is not None and not stat.S_ISREG(info.st_mode):
        raise NetwerkError(texts.OUTPUT_NOT_A_FILE.format(pad=path), texts.OUTPUT_NOT_A_FILE_HINT)
    if info is not None and source is not None and _same_file(path, source):
        raise NetwerkError(texts.OUTPUT_IS_INPUT.format(pad=path), texts.OUTPUT_IS_YAML_HINT)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def refuse_large_png(target: Target, floor: tuple[float, float]) -> None:
    """Before the layout: refuse a PNG whose drawing will be at least ``floor`` units large
    and is too large for a PNG already (see ``render/estimate.py``)."""
    if target.formaat != Formaat.PNG:
        return
    from netwerkcli.render import convert

    convert.check_png_size(*floor, target.scale or convert.DEFAULT_SCALE, at_least=True)


def export(drawing: Drawing, formaat: str, schaal: float | None = None) -> bytes:
    """The drawing as bytes in the chosen format (``schaal``: pixels per unit of a PNG)."""
    if formaat == Formaat.DOT:
        return drawing.to_dot().encode("utf-8")
    if formaat == Formaat.SVG:
        return drawing.to_svg().encode("utf-8")
    if formaat == Formaat.PNG:
        from netwerkcli.render import convert

        return convert.to_png(drawing.to_svg(), schaal or convert.DEFAULT_SCALE)
    if formaat == Formaat.PDF:
        from netwerkcli.render import convert

        return convert.to_pdf(drawing.to_svg())
    return with_graphviz(drawing.to_dot(), formaat)


def with_graphviz(dot: str, formaat: str) -> bytes:
    """Graphviz draws the DOT text as given (``neato -n2``: our positions, no layout)."""
    import graphviz

    try:
        data: bytes = graphviz.pipe(
            "neato", formaat, dot.encode("utf-8"), neato_no_op=2, quiet=True
        )
    except graphviz.ExecutableNotFound:
        raise RuntimeFailure(
            texts.NO_GRAPHVIZ.format(formaat=formaat), texts.NO_GRAPHVIZ_HINT
        ) from None
    except graphviz.CalledProcessError:  # this Graphviz lacks the format, or failed on it
        raise RuntimeFailure(texts.GRAPHVIZ_FAILED.format(formaat=formaat)) from None
    return data


def write(data: bytes, target: Target) -> None:
    """Write atomically to the file, or to stdout; refuse binary output on a terminal."""
    if target.path is None:
        if target.formaat not in TEXT_FORMATS and sys.stdout.isatty():
            raise NetwerkError(texts.BINARY_TO_TERMINAL.format(formaat=target.formaat))
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    write_file(target.path, data, DRAWING_MODE)


def write_file(path: Path, data: bytes, mode: int = DRAWING_MODE) -> None:
    """Write ``data`` to a regular file in one step (never over a YAML file, a device or a
    pipe), with Dutch messages for every failure."""
    check_output_path(path)
    fileio.write_file(path, data, mode)
