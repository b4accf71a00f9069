"""Output of a drawing: format choice, default file name, conversion and safe writing.

Shared by the genogram and the sociogram. A drawing is anything with ``to_svg()`` and
``to_dot()``. SVG and DOT need nothing but Python; PNG and PDF are converted from the SVG by
CairoSVG, which needs the system library cairo.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Protocol
from xml.sax.saxutils import escape, unescape

import arabic_reshaper  # type: ignore[import-untyped]
from bidi.algorithm import get_display  # type: ignore[import-untyped]

from netwerkcli.errors import NetwerkError, RuntimeFailure
from netwerkcli.fileio import atomic_write
from netwerkcli.messages import tekening as texts


class Formaat(StrEnum):
    SVG = "svg"
    PNG = "png"
    PDF = "pdf"
    DOT = "dot"


BINARY = (Formaat.PNG, Formaat.PDF)


class Drawing(Protocol):
    def to_svg(self) -> str: ...

    def to_dot(self) -> str: ...


@dataclass(frozen=True)
class Target:
    """Where a drawing goes: a file, or stdout when ``path`` is None."""

    path: Path | None
    formaat: Formaat

    def describe(self) -> str:
        return "stdout" if self.path is None else str(self.path)


def choose_target(
    source: Path, output: str | None, formaat: str | None, kind: str, question: str | None = None
) -> Target:
    """Decide file and format from ``-o`` and ``--formaat``.

    No ``-o``: next to the input as ``<naam>-<kind>.<formaat>`` (``gezin-genogram.svg``), with the
    question added for a sociogram (``gezin-sociogram-helpen.svg``). ``-o -``: stdout.
    """
    chosen = _parse_formaat(formaat) if formaat else None
    if output == "-":
        return Target(None, chosen or Formaat.SVG)
    if output is None:
        fmt = chosen or Formaat.SVG
        suffix = f"-{kind}" + (f"-{question}" if question else "")
        return Target(source.with_name(f"{source.stem}{suffix}.{fmt.value}"), fmt)
    path = Path(output)
    from_extension = _formaat_of(path)
    if chosen and from_extension and chosen is not from_extension:
        raise NetwerkError(
            texts.FORMAT_CONFLICT.format(formaat=chosen.value, bestand=path.name),
            texts.FORMAT_CONFLICT_HINT,
        )
    resolved = chosen or from_extension
    if resolved is None:
        raise NetwerkError(texts.UNKNOWN_EXTENSION.format(bestand=path.name), texts.FORMATS_HINT)
    if path.is_dir():
        raise NetwerkError(texts.OUTPUT_IS_DIR.format(pad=path))
    return Target(path, resolved)


def _parse_formaat(value: str) -> Formaat:
    try:
        return Formaat(value.lower().lstrip("."))
    except ValueError:
        raise NetwerkError(texts.UNKNOWN_FORMAT.format(formaat=value), texts.FORMATS_HINT) from None


def _formaat_of(path: Path) -> Formaat | None:
    try:
        return Formaat(path.suffix.lower().lstrip("."))
    except ValueError:
        return None


def export(drawing: Drawing, formaat: Formaat) -> bytes:
    """The drawing as bytes in the chosen format."""
    if formaat is Formaat.DOT:
        return drawing.to_dot().encode("utf-8")
    svg = drawing.to_svg()
    if formaat is Formaat.SVG:
        return svg.encode("utf-8")
    return convert_svg(svg, formaat)


RTL_TEXT = re.compile(r"(<text\b[^>]*>)([^<]*[\u0590-\u08ff\ufb1d-\ufefc][^<]*)(</text>)")


def visual_order(svg: str) -> str:
    """Arabic and Hebrew labels shaped and put in display order, for CairoSVG.

    Browsers shape right-to-left text themselves, so the SVG keeps the names as written; CairoSVG
    does not, and would print 'فاطمة' as separate letters in reverse. Only PNG and PDF use this.
    """

    def fix(match: re.Match[str]) -> str:
        text = unescape(match.group(2))
        shown = get_display(arabic_reshaper.reshape(text))
        return match.group(1) + escape(shown) + match.group(3)

    return RTL_TEXT.sub(fix, svg)


def convert_svg(svg: str, formaat: Formaat) -> bytes:
    svg = visual_order(svg)
    try:
        import cairosvg  # type: ignore[import-untyped]
    except (ImportError, OSError):  # OSError: the cairo library itself is missing
        raise RuntimeFailure(
            texts.NO_CAIRO.format(formaat=formaat.value), texts.NO_CAIRO_HINT
        ) from None
    try:
        if formaat is Formaat.PNG:
            data: bytes = cairosvg.svg2png(bytestring=svg.encode("utf-8"), output_width=None)
        else:
            data = cairosvg.svg2pdf(bytestring=svg.encode("utf-8"))
    except Exception as exc:  # the converter's own failure; never shows family data
        raise RuntimeFailure(
            texts.CONVERT_FAILED.format(formaat=formaat.value, soort=type(exc).__name__)
        ) from None
    return data


def write(data: bytes, target: Target) -> None:
    """Write atomically to the file, or to stdout; refuse binary output on a terminal."""
    if target.path is None:
        if target.formaat in BINARY and sys.stdout.isatty():
            raise NetwerkError(texts.BINARY_TO_TERMINAL.format(formaat=target.formaat.value))
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    if not target.path.parent.exists():
        raise NetwerkError(texts.NO_SUCH_DIR.format(map=target.path.parent))
    try:
        atomic_write(target.path, data)
    except PermissionError:
        raise NetwerkError(texts.NO_PERMISSION.format(pad=target.path)) from None
    except OSError as exc:
        raise RuntimeFailure(
            texts.WRITE_FAILED.format(pad=target.path, reden=exc.strerror)
        ) from None
