"""How the genogram looks, as data: sizes, line styles and colours in one table each.

Change a value here and the SVG, the DOT output and the legend follow. Sizes are in pixels at
100 % zoom (SVG user units; the DOT output converts them to points). Bond colours are from the
Okabe-Ito palette, readable with the common colour-vision deficiencies; a bond's kind is never
told by colour alone (each has its own line pattern, named in the legend).
"""

from __future__ import annotations

from dataclasses import dataclass

from netwerkcli.model import BandSoort, RelatieSoort


class Sizes:
    """The genogram's measures in pixels.

    A plain class, read-only through its empty ``__slots__``: as a dataclass, its 34 fields made
    ``dataclasses`` write and compile an ``__init__`` at every start (issue 11)."""

    __slots__ = ()

    symbol: float = 40.0  # side of a square, diameter of a circle, width of a diamond
    pregnancy: float = 22.0  # the smaller symbols of pregnancies
    kern_inset: float = 4.0  # distance of the second border of the kern
    name_font: float = 12.0
    name_line: float = 14.0  # distance between the two lines of a wrapped name
    name_max_width: float = 96.0  # wider names wrap to two lines, then shrink
    min_name_font: float = 9.0
    age_font: float = 14.0
    years_font: float = 10.0
    place_font: float = 10.0
    relation_font: float = 9.5
    label_gap: float = 3.0  # between a symbol and its labels
    gap: float = 18.0  # free space between the label boxes of neighbours in a row
    row_pitch: float = 170.0  # distance between the centres of two generations
    sibship_rise: float = 34.0  # sibship line: this far above the top of the children's symbols
    sibship_step: float = 12.0  # extra rise of a second sibship line whose span overlaps
    single_parent_reach: float = 10.0  # the line of a single parent leaves beside the name
    route_drop: float = 8.0  # a partner line routed around runs this far below the labels
    bracket: float = 6.0  # adoption brackets stand this far out from the symbol
    twin_bar: float = 0.5  # the bar of identical twins: at this fraction of the fork
    slash: float = 5.5  # half length of a divorce or separation slash
    bond_offset: float = 3.0  # distance of the parallel lines of 'hecht'
    zigzag: float = 4.0  # amplitude of a zigzag
    zigzag_step: float = 7.0
    household_pad: float = 7.0
    household_label: float = 15.0  # room at the bottom of a household for its name
    household_font: float = 10.0
    margin: float = 30.0
    title_font: float = 16.0
    legend_font: float = 11.0
    legend_row: float = 24.0
    legend_column: float = 250.0
    legend_sample: float = 44.0  # width of the sample drawing of a legend entry
    stroke: float = 1.6


SIZES = Sizes()

INK = "#222222"
MUTED = "#777777"
FOSTER_LINK = "#999999"
HOUSEHOLD = "#5a7d9a"
DECEASED_FILL = "#f2f2f2"


@dataclass(frozen=True, eq=False, repr=False)
class LineStyle:
    """How a partner line, or a line from parents to a child, is drawn."""

    dash: str | None = None  # SVG stroke-dasharray
    width: float = SIZES.stroke
    slashes: int = 0  # marks across a partner line (separation 1, divorce 2)
    dot_style: str = "solid"  # the Graphviz style of the same line


PARTNER_LINE: dict[RelatieSoort | None, LineStyle] = {
    None: LineStyle(),  # parents of a child without an entry in `relaties`
    RelatieSoort.GETROUWD: LineStyle(),
    RelatieSoort.GEREGISTREERD: LineStyle(),
    RelatieSoort.SAMENWONEND: LineStyle(dash="8 4", dot_style="dashed"),
    RelatieSoort.RELATIE: LineStyle(dash="2 3", dot_style="dotted"),
    RelatieSoort.VERLOOFD: LineStyle(dash="5 3", width=1.0, dot_style="dashed"),
    # broken up without a divorce: the line of a couple that did not marry, with one slash
    RelatieSoort.UIT_ELKAAR: LineStyle(dash="8 4", slashes=1, dot_style="dashed"),
    RelatieSoort.GESCHEIDEN: LineStyle(slashes=2),
}

# The line from parents to a child, by kind of parenthood (the class `afstamming <kind>`).
DESCENT_LINE: dict[str, LineStyle] = {
    "biologisch": LineStyle(),
    "adoptie": LineStyle(dash="7 4", dot_style="dashed"),
    "pleeg": LineStyle(dash="2 3", dot_style="dotted"),
    "donor": LineStyle(dash="9 3 2 3", width=1.2, dot_style="dashed"),
}


@dataclass(frozen=True, eq=False, repr=False)
class BondStyle:
    """How an emotional bond is drawn."""

    colour: str
    lines: int = 1  # parallel lines
    dash: str | None = None
    zigzag: bool = False
    width: float = 1.6
    bars: bool = False  # a line broken by two bars (cut-off)
    arrow: bool = False  # towards `naar`


BOND: dict[BandSoort, BondStyle] = {
    BandSoort.HECHT: BondStyle("#009E73", lines=2),
    BandSoort.ZEER_HECHT: BondStyle("#009E73", lines=3),
    BandSoort.AFSTANDELIJK: BondStyle("#0072B2", dash="2 4"),
    BandSoort.CONFLICT: BondStyle("#D55E00", zigzag=True),
    BandSoort.VIJANDIG: BondStyle("#D55E00", zigzag=True, width=3.2),
    BandSoort.VERBROKEN: BondStyle("#555555", bars=True),
    BandSoort.MISHANDELING: BondStyle("#CC0000", zigzag=True, width=2.0, arrow=True),
}
