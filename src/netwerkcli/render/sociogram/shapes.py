"""The parts of one person's drawing relative to the centre of their symbol.

Placement reserves exactly the space these parts take, and the SVG draws them at the same
offsets, so what is measured is what is drawn.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from netwerkcli.model import Kring
from netwerkcli.render.sociogram.placement import Box, Entry
from netwerkcli.render.sociogram.style import SIZES
from netwerkcli.render.svg import text_width

if TYPE_CHECKING:
    from netwerkcli.render.sociogram.build import Figure

R = SIZES.symbol_radius
B = SIZES.badge_radius
# Marks sit on the symbol's upper corners: 'buitenland' right, 'sociale media' left.
ABROAD_BADGE = (R + 2.5, -(R - 1.5))
ONLINE_BADGE = (-(R + 2.5), -(R - 1.5))
CROSS = R + 2.0  # half the length of the 'geen toestemming' cross-out line, per axis
BLOCK = Box(-(R + 2.5 + B + 1), -(R - 1.5 + B + 1), R + 2.5 + B + 1, CROSS + 1)
LINE_GAP = 1.5


@dataclass(frozen=True)
class Line:
    text: str
    baseline: float  # relative to the symbol's centre
    font: float
    place: bool  # the country line, drawn muted


def label_lines(figure: Figure) -> list[Line]:
    lines = []
    top = BLOCK.y1 + SIZES.label_gap
    for text in figure.lines:
        baseline = top + 0.8 * SIZES.name_font
        lines.append(Line(text, baseline, SIZES.name_font, False))
        top = baseline + 0.2 * SIZES.name_font + LINE_GAP
    if figure.place:
        baseline = top + 0.8 * SIZES.place_font
        lines.append(Line(figure.place, baseline, SIZES.place_font, True))
    return lines


def entry(figure: Figure) -> Entry:
    assert figure.ring is not None
    lines = label_lines(figure)
    half = max([BLOCK.x1] + [width(line.text, line.font) / 2 for line in lines])
    bottom = max([BLOCK.y1] + [line.baseline + 0.2 * line.font for line in lines])
    return Entry(figure.id, figure.kring, figure.ring, BLOCK, Box(-half, BLOCK.y0, half, bottom))


def sector_label_sizes() -> dict[Kring, tuple[float, float]]:
    return {k: (width(k.value, SIZES.sector_font) + 4, SIZES.sector_font * 1.25) for k in Kring}


def ring_label_size(name: str) -> tuple[float, float]:
    return width(name, SIZES.ring_font) + 6, SIZES.ring_font * 1.2


def width(text: str, font: float) -> float:
    """The estimated width of a label: generous, so that no two labels ever touch."""
    return max(text_width(text, font), 0.6 * len(text) * font)


def wrap(name: str, font: float, limit: float) -> tuple[str, ...]:
    """The name on one line, or two at a space; what still does not fit ends in '…'."""
    if width(name, font) <= limit:
        return (name,)
    words = name.split(" ")
    first = rest = ""
    for i in range(len(words), 0, -1):
        candidate = " ".join(words[:i])
        if width(candidate, font) <= limit:
            first = candidate
            rest = " ".join(words[i:])
            break
    if not first:
        return (_shorten(name, font, limit),)
    return (first, _shorten(rest, font, limit)) if rest else (first,)


def _shorten(text: str, font: float, limit: float) -> str:
    if width(text, font) <= limit:
        return text
    while text and width(text + "…", font) > limit:
        text = text[:-1]
    return text.rstrip() + "…"
