"""SVG to PNG and PDF with Typst (resvg and svg2pdf inside), with the fonts shipped in netwerk.

One path for both formats, installed by pip alone on Linux, macOS and Windows: the ``typst``
wheel holds the Rust libraries that draw the SVG (resvg) and write it as vector PDF (svg2pdf);
they shape Arabic and Hebrew and order right-to-left text themselves. Only the fonts in
``netwerkcli/fonts`` are used (no system fonts), so a drawing looks the same on every computer.
The evaluation behind this choice is in ``docs/keuzes.md``.

A PNG has ``schaal`` pixels per SVG unit (2 by default: sharp on paper and on a projector). A PDF
is one page of A4 or A3, portrait or landscape, whichever shows the drawing largest, with margins;
the drawing is scaled to fit and never enlarged beyond its natural size.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from html import unescape
from pathlib import Path
from typing import Literal

from netwerkcli.errors import NetwerkError, RuntimeFailure
from netwerkcli.messages import tekening as texts

FONT_DIR = Path(__file__).resolve().parent.parent / "fonts"

PT_PER_UNIT = 0.75  # an SVG unit is a CSS pixel: 1/96 inch = 0.75 pt
MM = 72 / 25.4
MARGIN = 15 * MM
PAPER = {"A4": (210 * MM, 297 * MM), "A3": (297 * MM, 420 * MM)}
# below this share of its natural size a drawing on A4 becomes hard to read: then A3
A4_READABLE = 0.7
DEFAULT_SCALE = 2.0
MAX_PIXELS_SIDE = 16_000
MAX_PIXELS = 80_000_000  # about 320 MB of memory while drawing

# The Typst document is fixed text: every value (the SVG too) comes in through sys.inputs, so
# nothing from the family file can ever be read as Typst markup.
TYPST_PAGE = """\
#set document(title: sys.inputs.title, date: none)
#set page(
  width: float(sys.inputs.page_width) * 1pt,
  height: float(sys.inputs.page_height) * 1pt,
  margin: float(sys.inputs.margin) * 1pt,
)
#align(center + horizon, image(
  bytes(sys.inputs.svg),
  format: "svg",
  width: float(sys.inputs.width) * 1pt,
))
"""

_SIZE = re.compile(r'<svg\b[^>]*?\bwidth="([\d.]+)"[^>]*?\bheight="([\d.]+)"')
_TITLE = re.compile(r"<title>([^<]*)</title>")


@dataclass(frozen=True)
class Page:
    """A PDF page: its paper, its size in points, and the drawing's share of its natural size."""

    paper: str
    landscape: bool
    width: float
    height: float
    scale: float


def svg_size(svg: str) -> tuple[float, float]:
    """Width and height of an SVG written by netwerk, in SVG units."""
    match = _SIZE.search(svg)
    if match is None:
        raise RuntimeFailure(texts.CONVERT_FAILED.format(formaat="svg", soort="geen maat"))
    return float(match.group(1)), float(match.group(2))


def choose_page(width: float, height: float) -> Page:
    """A4 or A3, portrait or landscape: the smallest paper on which the drawing reads well.

    On each sheet the orientation that shows the drawing largest wins; A4 is used unless the
    drawing would shrink below ``A4_READABLE`` of its natural size there (then A3, where it is
    √2 larger). A very wide tree therefore gets A3 landscape.
    """
    natural_w, natural_h = width * PT_PER_UNIT, height * PT_PER_UNIT
    best: Page | None = None
    for paper, (short, long) in PAPER.items():
        options = []
        for landscape in (False, True):
            page_w, page_h = (long, short) if landscape else (short, long)
            fit = min((page_w - 2 * MARGIN) / natural_w, (page_h - 2 * MARGIN) / natural_h, 1.0)
            options.append((fit, not landscape, landscape, page_w, page_h))
        fit, _, landscape, page_w, page_h = max(options)  # ties: portrait
        best = Page(paper, landscape, page_w, page_h, fit)
        if fit >= A4_READABLE:
            break
    assert best is not None
    return best


def png_size(width: float, height: float, scale: float) -> tuple[int, int]:
    return round(width * scale), round(height * scale)


def to_png(svg: str, scale: float = DEFAULT_SCALE) -> bytes:
    """The SVG as PNG with ``scale`` pixels per SVG unit; refused when it would be too large."""
    width, height = svg_size(svg)
    pixels_w, pixels_h = png_size(width, height, scale)
    if max(pixels_w, pixels_h) > MAX_PIXELS_SIDE or pixels_w * pixels_h > MAX_PIXELS:
        raise NetwerkError(
            texts.PNG_TOO_LARGE.format(breed=pixels_w, hoog=pixels_h), texts.PNG_TOO_LARGE_HINT
        )
    inputs = _inputs(svg, width, height, 0.0, width)
    return _compile(inputs, "png", ppi=72 * scale)


def to_pdf(svg: str) -> bytes:
    """The SVG on one page of A4 or A3 (see :func:`choose_page`), as vector PDF."""
    width, height = svg_size(svg)
    page = choose_page(width, height)
    drawing_width = width * PT_PER_UNIT * page.scale
    inputs = _inputs(svg, page.width, page.height, MARGIN, drawing_width)
    return _compile(inputs, "pdf")


def _inputs(
    svg: str, page_w: float, page_h: float, margin: float, drawing_w: float
) -> dict[str, str]:
    title = _TITLE.search(svg)
    return {
        "svg": svg,
        "title": unescape(title.group(1)) if title else "",
        "page_width": f"{page_w:.3f}",
        "page_height": f"{page_h:.3f}",
        "margin": f"{margin:.3f}",
        "width": f"{drawing_w:.3f}",
    }


def _compile(
    inputs: dict[str, str], formaat: Literal["png", "pdf"], ppi: float | None = None
) -> bytes:
    try:
        import typst
    except ImportError:  # a broken install: the wheel is a dependency
        raise RuntimeFailure(
            texts.NO_CONVERTER.format(formaat=formaat), texts.NO_CONVERTER_HINT
        ) from None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # Typst's warnings are about its own document
            # the stubs tie the source's type to the font paths' type; the library does not
            data = typst.compile(  # type: ignore[misc]
                TYPST_PAGE.encode("utf-8"),
                format=formaat,
                ppi=ppi,
                font_paths=[str(FONT_DIR)],
                ignore_system_fonts=True,
                sys_inputs=inputs,
            )
    except Exception as exc:  # the converter's own failure; its text could quote the drawing
        raise RuntimeFailure(
            texts.CONVERT_FAILED.format(formaat=formaat, soort=type(exc).__name__)
        ) from None
    if not isinstance(data, bytes):
        raise RuntimeFailure(texts.CONVERT_FAILED.format(formaat=formaat, soort="geen uitvoer"))
    return data
