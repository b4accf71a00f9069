"""How the sociogram looks, as data: one table per kind of thing, read by placement and drawing.

Change a colour, a shape or a size here and both the SVG and the DOT output follow. Sizes are in
pixels at 100 % zoom (SVG user units; the DOT output converts them to points).

Colours are the Okabe-Ito palette (readable with the common colour-vision deficiencies) plus two
greys; the kring is never told by colour alone, because the legend names each sector and the
sector's name is written on the outer edge of the drawing.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from netwerkcli.model import Kring


class Shape(StrEnum):
    CIRCLE = "circle"  # informal network
    SQUARE = "square"  # professionals: clearly distinct at a glance, also in black and white


@dataclass(frozen=True)
class KringStyle:
    fill: str
    stroke: str
    shape: Shape


# One row per kring, in the fixed order of the sectors (clockwise from the top).
KRING_STYLE: dict[Kring, KringStyle] = {
    Kring.FAMILIE: KringStyle("#E69F00", "#8a5f00", Shape.CIRCLE),
    Kring.VRIENDEN: KringStyle("#56B4E9", "#1f6f9c", Shape.CIRCLE),
    Kring.BUURT: KringStyle("#009E73", "#005e45", Shape.CIRCLE),
    Kring.SCHOOL: KringStyle("#F0E442", "#8c8420", Shape.CIRCLE),
    Kring.WERK: KringStyle("#B08850", "#6b4f26", Shape.CIRCLE),
    Kring.VERENIGING: KringStyle("#CC79A7", "#87456a", Shape.CIRCLE),
    Kring.GELOOF: KringStyle("#9C8AC8", "#5a4a8a", Shape.CIRCLE),
    Kring.HULPVERLENING: KringStyle("#0072B2", "#003d60", Shape.SQUARE),
    Kring.ONLINE: KringStyle("#A0A0A0", "#555555", Shape.CIRCLE),
    Kring.ANDERS: KringStyle("#D0D0D0", "#707070", Shape.CIRCLE),
}
SECTOR_ORDER: tuple[Kring, ...] = tuple(KRING_STYLE)


@dataclass(frozen=True)
class Sizes:
    symbol_radius: float = 8.0  # half the side of a person's circle or square
    badge_radius: float = 4.5  # the small marks for 'buitenland' and 'sociale media'
    name_font: float = 11.0  # never below 10: every name readable at 100 % zoom
    place_font: float = 10.0  # the country under the name of someone abroad
    role_font: float = 10.0  # the role (`relatie`: 'oma', 'buurvrouw') under the name
    label_gap: float = 2.0  # between symbol and name
    max_label_width: float = 132.0  # longer names are shortened with … (full name in the side note)
    centre_text_width: float = 170.0  # the case name and the household's names in the centre
    centre_max_names: int = 10  # more household members are counted, not named, in the centre
    kern_pad: float = 4.0  # between the kern's name and its double outline
    gap: float = 4.0  # free space kept around every person's box
    centre_font: float = 12.0
    centre_title_font: float = 13.0
    centre_min_radius: float = 62.0
    ring_font: float = 12.0
    sector_font: float = 12.0
    title_font: float = 18.0
    subtitle_font: float = 12.0
    legend_font: float = 11.0
    legend_width: float = 300.0
    margin: float = 24.0
    sector_label_space: float = 24.0  # between the outer ring and the page, for sector names
    start_radius: float = 200.0  # the outer radius tried first; grown until everyone fits
    growth: float = 1.08
    max_radius: float = 10000.0


SIZES = Sizes()


@dataclass(frozen=True)
class Colours:
    ring_stroke: str = "#606060"
    # the rings get lighter outwards, visibly (the legend shows the same tints)
    ring_fill: tuple[str, str, str] = ("#d9e4ef", "#e9eff6", "#f8fafc")
    nee_ring_stroke: str = "#c62828"  # the 'zeker niet' ring: red and dashed
    nee_ring_fill: str = "#fdecea"
    sector_line: str = "#d0d0d0"
    centre_fill: str = "#fff8e1"
    centre_stroke: str = "#8a5f00"
    no_consent: str = "#c62828"  # red cross through the symbol, red outline
    abroad: str = "#1565c0"
    online: str = "#6a1b9a"
    text: str = "#202020"
    muted: str = "#555555"


COLOURS = Colours()

# Dash patterns (SVG stroke-dasharray; DOT style) of the marks.
NEE_RING_DASH = "8 5"
NO_CONSENT_DASH = "3 2"


def css() -> str:
    """A stylesheet hook: class names people can restyle; the drawing does not depend on it."""
    return (
        "    .persoon text { fill: #202020; }\n"
        "    .cirkel text, .sector text { fill: #404040; }\n"
        "    .cirkel.nee text { fill: #c62828; }"
    )
