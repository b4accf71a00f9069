"""The legend: generated from what the drawing uses, in Dutch, drawn with the drawing's shapes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from netwerkcli.messages import genogram as texts
from netwerkcli.model import BandSoort, Geslacht, RelatieSoort, Zwangerschap
from netwerkcli.render.genogram import paths, shapes
from netwerkcli.render.genogram.classes import person_classes
from netwerkcli.render.genogram.households import MARKER
from netwerkcli.render.genogram.style import (
    BOND,
    DESCENT_LINE,
    FOSTER_LINK,
    HOUSEHOLD,
    INK,
    PARTNER_LINE,
    SIZES,
    BondStyle,
)
from netwerkcli.render.svg import SvgDocument, path_from_points, text_width

if TYPE_CHECKING:
    from netwerkcli.render.genogram.build import Genogram

# person classes that have a legend entry of their own
PERSON_ENTRIES = {
    "man",
    "vrouw",
    "x",
    "overleden",
    "kern",
    "onbekend",
    "buitenland",
    "samengevouwen",
}
SAMPLE = 18.0  # symbol size in the legend


@dataclass(frozen=True, eq=False, repr=False)
class Entry:
    """One line of the legend: its sample and its text."""

    key: str  # a key of ``texts.LEGEND``, or ``huishouden-<n>`` for a household's marker
    text: str
    geslacht: Geslacht = Geslacht.X  # the shape its sample is drawn with, as in the drawing
    number: str = ""


def legend_entries(g: Genogram) -> list[Entry]:
    """Everything the drawing shows, in a fixed order, each sample drawn as in the drawing (the
    kern, a deceased or an unknown person with the shape of the first one drawn)."""
    used: dict[str, Geslacht] = {}
    for n in g.nodes.values():
        classes = person_classes(n, g.gezin.kern, n.key in g.folded).split()
        if "zwangerschap" in classes:  # a pregnancy's own symbol, not a sex
            used.setdefault(classes[classes.index("zwangerschap") + 1], n.person.geslacht)
            continue
        for c in classes:
            if c in PERSON_ENTRIES:
                used.setdefault(c, n.person.geslacht)
    for pl in g.partner_lines:
        used.setdefault(f"relatie-{pl.pair.soort.value if pl.pair.soort else ''}", Geslacht.X)
    for d in g.descents:
        used.setdefault(f"afstamming-{d.union.kind}", Geslacht.X)
        for c in d.union.children:
            if g.nodes[c].person.tweeling:
                used.setdefault("tweeling", Geslacht.X)
                if g.nodes[c].person.eeneiig:
                    used.setdefault("eeneiig", Geslacht.X)
    if g.foster_links:
        used.setdefault("pleegkoppeling", Geslacht.X)
    for b in g.bonds:
        used.setdefault(f"band-{b.band.soort.value}", Geslacht.X)
    if any(h.outlined for h in g.households):
        used.setdefault("huishouden", Geslacht.X)
    entries = [Entry(k, texts.LEGEND[k], used[k]) for k in texts.LEGEND if k in used]
    for h in g.households:
        if not h.outlined:
            text = texts.HOUSEHOLD_MARKER.format(nummer=h.number, naam=h.naam)
            entries.append(Entry(f"huishouden-{h.number}", text, Geslacht.X, str(h.number)))
    return entries


def column_width(entries: Sequence[Entry]) -> float:
    widest = max((text_width(e.text, SIZES.legend_font) for e in entries), default=0)
    return max(SIZES.legend_column, SIZES.legend_sample + 8 + widest + 24)


def columns(g: Genogram, width: float) -> int:
    """How many legend columns of ``width`` fit across the drawing."""
    return max(1, int((g.width - 2 * SIZES.margin) // width))


def legend_height(g: Genogram, entries: Sequence[Entry]) -> float:
    if not entries:
        return 0.0
    return 26 + _per_column(g, entries) * SIZES.legend_row


def _per_column(g: Genogram, entries: Sequence[Entry]) -> int:
    return -(-len(entries) // columns(g, column_width(entries)))


def places(g: Genogram, entries: Sequence[Entry]) -> list[tuple[Entry, float, float]]:
    """Each entry with where it goes (for the SVG and the DOT alike): the left end of its
    sample and the middle of its row, in columns top to bottom."""
    width, per_column = column_width(entries), _per_column(g, entries)
    out = []
    for i, entry in enumerate(entries):
        col, row = divmod(i, per_column)
        y = g.legend_top + 26 + row * SIZES.legend_row + SIZES.legend_row / 2
        out.append((entry, SIZES.margin + col * width, y))
    return out


def draw_legend(doc: SvgDocument, g: Genogram, entries: Sequence[Entry]) -> None:
    if not entries:
        return
    with doc.group("legenda", id="legenda"):
        doc.text(
            SIZES.margin,
            g.legend_top + 12,
            texts.LEGEND_TITLE,
            font_size=SIZES.legend_font + 1,
            font_weight="bold",
            fill=INK,
        )
        for entry, x, y in places(g, entries):
            with doc.group(f"legenda-item legenda-{entry.key}"):
                _sample(doc, entry, x, y)
                doc.text(
                    x + SIZES.legend_sample + 8,
                    y + 4,
                    entry.text,
                    font_size=SIZES.legend_font,
                    fill=INK,
                )


def _sample(doc: SvgDocument, entry: Entry, x: float, y: float) -> None:
    key = entry.key
    cx = x + SIZES.legend_sample / 2
    x1 = x + SIZES.legend_sample
    if key.startswith("huishouden-"):
        shapes.house(doc, cx, y, MARKER, entry.number)
    elif key == "samengevouwen":
        shapes.folded(doc, cx, y, SAMPLE)
    elif key in ("man", "vrouw", "x"):
        shapes.symbol(
            doc, cx, y, {"man": Geslacht.MAN, "vrouw": Geslacht.VROUW}.get(key, Geslacht.X), SAMPLE
        )
    elif key == "overleden":
        shapes.symbol(doc, cx, y, entry.geslacht, SAMPLE, deceased=True)
        shapes.cross(doc, cx, y, entry.geslacht, SAMPLE)
    elif key == "kern":
        shapes.symbol(doc, cx, y, entry.geslacht, SAMPLE)
        shapes.symbol(doc, cx, y, entry.geslacht, SAMPLE - 6)
    elif key == "onbekend":
        shapes.symbol(doc, cx, y, entry.geslacht, SAMPLE, dashed=True)
    elif key == "buitenland":
        doc.text(
            cx,
            y + 4,
            "land",
            font_size=SIZES.place_font,
            text_anchor="middle",
            font_style="italic",
            fill=INK,
        )
    elif key in {z.value for z in Zwangerschap}:
        shapes.pregnancy(doc, cx, y, Zwangerschap(key), Geslacht.X)
    elif key.startswith("relatie-"):
        soort = RelatieSoort(key[8:]) if key[8:] else None
        style = PARTNER_LINE[soort]
        doc.line((x, y), (x1, y), stroke=INK, stroke_width=style.width, stroke_dasharray=style.dash)
        for i in range(style.slashes):
            sx = cx - 3 + i * 6
            doc.line((sx - 3, y + 6), (sx + 3, y - 6), stroke=INK, stroke_width=SIZES.stroke)
    elif key.startswith("afstamming-"):
        style = DESCENT_LINE[key[11:]]
        doc.line(
            (cx, y - 9),
            (cx, y + 9),
            stroke=INK,
            stroke_width=style.width,
            stroke_dasharray=style.dash,
        )
    elif key in ("tweeling", "eeneiig"):
        doc.path(
            f"M{cx - 10},{y + 9} L{cx},{y - 9} L{cx + 10},{y + 9}",
            fill="none",
            stroke=INK,
            stroke_width=SIZES.stroke,
        )
        if key == "eeneiig":
            doc.line((cx - 5, y), (cx + 5, y), stroke=INK, stroke_width=SIZES.stroke)
    elif key == "pleegkoppeling":
        doc.line((x, y), (x1, y), stroke=FOSTER_LINK, stroke_width=0.9)
    elif key.startswith("band-"):
        _bond_sample(doc, BOND[BandSoort(key[5:])], x, y)
    elif key == "huishouden":
        doc.rect(
            x + 2,
            y - 9,
            SIZES.legend_sample - 4,
            18,
            rx=5,
            fill="none",
            stroke=HOUSEHOLD,
            stroke_dasharray="6 4",
        )


def _bond_sample(doc: SvgDocument, bond: BondStyle, x: float, y: float) -> None:
    """A bond's sample: its line pattern (zigzag, several lines, dashes), bars, arrowhead."""
    x1 = x + SIZES.legend_sample
    cx = x + SIZES.legend_sample / 2
    pts = [(x, y), (x1, y)]
    attrs: dict[str, str | float | None] = {
        "fill": "none",
        "stroke": bond.colour,
        "stroke_width": bond.width,
        "stroke_dasharray": bond.dash,
    }
    if bond.zigzag:
        doc.path(path_from_points(paths.zigzag(pts, SIZES.zigzag, SIZES.zigzag_step)), **attrs)
    elif bond.lines > 1:
        for i in range(bond.lines):
            offset = (i - (bond.lines - 1) / 2) * SIZES.bond_offset
            doc.path(path_from_points(paths.offset(pts, offset)), **attrs)
    else:
        doc.line(pts[0], pts[1], **attrs)
    if bond.bars:
        for sx in (cx - 3, cx + 3):
            doc.line((sx, y - 7), (sx, y + 7), stroke=bond.colour, stroke_width=bond.width)
    if bond.arrow:
        doc.polygon([(x1, y), (x1 - 9, y - 4), (x1 - 9, y + 4)], fill=bond.colour)
