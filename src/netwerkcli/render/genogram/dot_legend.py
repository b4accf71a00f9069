"""The legend of the genogram's DOT text: the same entries and samples as the SVG's legend."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from netwerkcli.messages import genogram as texts
from netwerkcli.model import BandSoort, Geslacht, RelatieSoort, Zwangerschap
from netwerkcli.render.dotlang import FONT_BOLD, FONT_ITALIC, INCH, Canvas, number
from netwerkcli.render.genogram import dot_shapes as ds
from netwerkcli.render.genogram.legend import SAMPLE, Entry, places
from netwerkcli.render.genogram.style import BOND, DESCENT_LINE, HOUSEHOLD, INK, PARTNER_LINE, SIZES

if TYPE_CHECKING:
    from netwerkcli.render.genogram.build import Genogram


def draw_dot_legend(c: Canvas, g: Genogram, entries: Sequence[Entry]) -> None:
    if not entries:
        return
    c.text(
        "legenda",
        SIZES.margin,
        g.legend_top + 12,
        texts.LEGEND_TITLE,
        SIZES.legend_font + 1,
        fontname=FONT_BOLD,
    )
    for entry, x, y in places(g, entries):
        _sample(c, f"legenda-{entry.key}", entry, x, y)
        c.text(
            f"legenda-{entry.key}-tekst",
            x + SIZES.legend_sample + 8,
            y + 4,
            entry.text,
            SIZES.legend_font,
        )


def _sample(c: Canvas, name: str, entry: Entry, x: float, y: float) -> None:
    """The legend's sample of an entry, drawn as the drawing draws it."""
    key = entry.key
    cx, x1 = x + SIZES.legend_sample / 2, x + SIZES.legend_sample
    line = [(x, y), (x1, y)]
    if key.startswith("huishouden-"):
        ds.house(c, name, cx, y, entry.number)
    elif key in ("man", "vrouw", "x", "overleden", "kern", "onbekend"):
        geslacht = {"man": Geslacht.MAN, "vrouw": Geslacht.VROUW, "x": Geslacht.X}.get(
            key, entry.geslacht
        )
        ds.symbol(
            c,
            name,
            cx,
            y,
            geslacht,
            SAMPLE,
            deceased=key == "overleden",
            dashed=key == "onbekend",
            kern=key == "kern",
        )
    elif key == "buitenland":
        c.text(name, cx, y + 4, "land", SIZES.place_font, "middle", fontname=FONT_ITALIC)
    elif key in {z.value for z in Zwangerschap}:
        ds.pregnancy(c, name, cx, y, Zwangerschap(key), Geslacht.X)
    elif key.startswith("relatie-"):
        style = PARTNER_LINE[RelatieSoort(key[8:]) if key[8:] else None]
        c.line(name, line, style=style.dot_style, penwidth=style.width, color=INK)
        slashes = [[(sx - 3, y + 6), (sx + 3, y - 6)] for sx in (cx - 3, cx + 3)]
        c.lines(f"{name}-streep", slashes[: style.slashes], color=INK, penwidth=SIZES.stroke)
    elif key.startswith("afstamming-"):
        style = DESCENT_LINE[key[11:]]
        c.line(name, [(cx, y - 9), (cx, y + 9)], style=style.dot_style, penwidth=style.width)
    elif key in ("tweeling", "eeneiig"):
        c.line(name, [(cx - 10, y + 9), (cx, y - 9), (cx + 10, y + 9)], penwidth=SIZES.stroke)
        if key == "eeneiig":
            c.line(f"{name}-streep", [(cx - 5, y), (cx + 5, y)], penwidth=SIZES.stroke)
    elif key == "pleegkoppeling":
        c.line(name, line, **ds.foster_line())
    elif key.startswith("band-"):
        ends = (f"{name}-van", f"{name}-naar")
        for end, (px, py) in zip(ends, line, strict=True):
            c.point(end, px, py)
        ds.bond(c, _Sample(BandSoort(key[5:])), *ends, line)
    elif key == "huishouden":
        c.node(
            name,
            cx,
            y,
            shape="box",
            style="rounded,dashed",
            color=HOUSEHOLD,
            label="",
            width=number((SIZES.legend_sample - 4) / INCH),
            height=number(18 / INCH),
        )


class _Sample:
    """A legend sample of a bond: its kind, directed when the kind has an arrow."""

    def __init__(self, soort: BandSoort) -> None:
        self.band = self
        self.soort = soort
        self.gericht = BOND[soort].arrow
