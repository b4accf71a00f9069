"""The genogram as Graphviz DOT with every position pinned (draw it with ``neato -n2``).

For ``--formaat dot``, for Graphviz's own formats (``--formaat jpg``) and for the golden files.
It shows what the SVG shows, from the layout's result (:class:`Genogram`): the people as nodes
with their symbols and texts, partner lines, parent–child lines and bonds as edges along the
SVG's own routes, households, and the legend. See :mod:`netwerkcli.render.dotlang`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from netwerkcli.messages import genogram as texts
from netwerkcli.model import BandSoort, Geslacht, RelatieSoort, Zwangerschap
from netwerkcli.render.dotlang import FONT_BOLD, FONT_ITALIC, INCH, Canvas, label, number
from netwerkcli.render.genogram import routing, shapes
from netwerkcli.render.genogram.classes import person_classes
from netwerkcli.render.genogram.legend import column_width, legend_entries, legend_height
from netwerkcli.render.genogram.metrics import header_texts
from netwerkcli.render.genogram.style import (
    BOND,
    DECEASED_FILL,
    DESCENT_LINE,
    FOSTER_LINK,
    HOUSEHOLD,
    INK,
    MUTED,
    PARTNER_LINE,
    SIZES,
)
from netwerkcli.render.svg import Point

if TYPE_CHECKING:
    from netwerkcli.render.genogram.build import BondLine, Genogram
    from netwerkcli.render.genogram.structure import Node

SHAPE = {Geslacht.MAN: "box", Geslacht.VROUW: "circle", Geslacht.X: "diamond"}
S = SIZES.symbol
SAMPLE = 18.0  # symbol size in the legend, as in the SVG


def render_dot(g: Genogram) -> str:
    height = g.legend_top + legend_height(g) + SIZES.margin  # the SVG's height
    c = Canvas("genogram", g.width, height)
    for t in header_texts(g.labels):
        font = FONT_BOLD if t.cls == "titel" else None
        colour = INK if t.cls == "titel" else MUTED
        c.text(f"kop-{t.cls}", t.x, t.y, t.text, t.size, t.anchor, fontname=font, fontcolor=colour)
    if not g.nodes:
        c.text("leeg", SIZES.margin, SIZES.margin + 90, texts.EMPTY_DRAWING, SIZES.name_font)
    for number_, h in enumerate(g.households):
        name = f"huishouden-{number_}"
        for i, loop in enumerate(h.outline.loops):
            c.curve(f"{name}-{i}", rounded(loop, 8), **_household_line())
        x, y = h.outline.label_at
        c.text(f"{name}-naam", x, y, h.naam, SIZES.household_font, **_household_text())
    for i, d in enumerate(g.descents):
        union = f"unie-{i}"
        style = DESCENT_LINE[d.union.kind]
        c.point(union, *d.drop[0])
        for child, points in d.child_lines:
            c.edge(
                union,
                f"persoon-{child}",
                _joined(d.drop, points),
                class_=f"afstamming {d.union.kind}",
                style=style.dot_style,
                penwidth=style.width,
                color=INK,
            )
        c.lines(f"{union}-eeneiig", [list(bar) for bar in d.twin_bars()], color=INK)
    for pl in g.partner_lines:
        _partner_line(c, g, pl)
    for main, copy, points in g.foster_links:
        c.edge(f"persoon-{main}", f"persoon-{copy}", points, **_foster_line())
    for b in g.bonds:
        _bond(c, b, f"persoon-{b.a}", f"persoon-{b.b}", b.points)
    for row in g.rows:
        for k in row:
            _person(c, g, g.nodes[k])
    _legend(c, g)
    return c.source()


def _household_line() -> dict[str, Any]:
    return {"class_": "huishouden", "style": "dashed", "color": HOUSEHOLD, "penwidth": 1.3}


def _household_text() -> dict[str, Any]:
    return {"fontname": FONT_ITALIC, "fontcolor": HOUSEHOLD, "class_": "label"}


def _foster_line() -> dict[str, Any]:
    return {"class_": "pleegkoppeling", "color": FOSTER_LINK, "penwidth": 0.9}


def _joined(*parts: Sequence[Point]) -> list[Point]:
    """Polylines end to end, without repeating a shared point."""
    out: list[Point] = []
    for part in parts:
        for point in part:
            if not out or out[-1] != point:
                out.append(point)
    return out


def _partner_line(c: Canvas, g: Genogram, pl: Any) -> None:
    a, b = pl.pair.a, pl.pair.b
    style = PARTNER_LINE[pl.pair.soort]
    soort = pl.pair.soort.value if pl.pair.soort else "onbekend"
    text = g.relation_labels.get(frozenset((a, b)), "")
    extra: dict[str, Any] = {}
    if text:
        x, y = pl.label_at
        extra = {"label": label(text), "lp": c.pos(x, y - 0.35 * SIZES.relation_font)}
    c.edge(
        f"persoon-{a}",
        f"persoon-{b}",
        pl.points,
        id=f"relatie-{a}-{b}",
        class_=f"relatie {soort}",
        style=style.dot_style,
        penwidth=style.width,
        color=INK,
        fontsize=SIZES.relation_font,
        **extra,
    )
    h = SIZES.slash
    slashes = [[(x - h * 0.45, y + h), (x + h * 0.45, y - h)] for x, y in pl.slash_at]
    c.lines(f"relatie-{a}-{b}-streep", slashes[: style.slashes], color=INK, penwidth=SIZES.stroke)


def _bond(c: Canvas, bond: BondLine | Any, a: str, b: str, points: list[Point]) -> None:
    """A bond along its route; ``bond`` needs ``band`` (its kind and direction)."""
    soort: BandSoort = bond.band.soort
    style = BOND[soort]
    attrs: dict[str, Any] = {
        "class_": f"band {soort.value}",
        "penwidth": style.width,
        "color": ":invis:".join([style.colour] * style.lines),  # parallel lines with a gap
        "style": "dotted" if style.dash else None,
    }
    route = routing.zigzag(points, SIZES.zigzag, SIZES.zigzag_step) if style.zigzag else points
    if bond.band.gericht:
        (ex, ey), (tx, ty) = routing.point_at(route, 1.0)
        short = [*route[:-1], (ex - tx * routing.ARROW, ey - ty * routing.ARROW)]
        c.edge(a, b, short, arrow_at=(ex, ey), dir="forward", **attrs)
    else:
        c.edge(a, b, route, **attrs)
    if style.bars:
        (mx, my), (tx, ty) = routing.point_at(points, 0.5)
        bars = []
        for shift in (-3.0, 3.0):
            x, y = mx + tx * shift, my + ty * shift
            bars.append([(x - ty * 7, y + tx * 7), (x + ty * 7, y - tx * 7)])
        c.lines(f"{a}-{b}-streep", bars, color=style.colour, penwidth=style.width)


def _person(c: Canvas, g: Genogram, n: Node) -> None:
    p = n.person
    name = f"persoon-{n.key}"
    lab = g.node_labels[n.key]
    common = {"id": name, "class_": person_classes(n, g.gezin.kern)}
    if p.zwangerschap is not None:
        _pregnancy(c, name, n.x, n.y, p.zwangerschap, p.geslacht, **common)
    else:
        age = lab.age if lab.age else ""
        _symbol(
            c,
            name,
            n.x,
            n.y,
            p.geslacht,
            S,
            deceased=p.is_overleden,
            dashed=p.onbekend,
            kern=p.id == g.gezin.kern,
            age=age,
            **common,
        )
        if p.adoptieouders or n.foster_copy:
            c.lines(
                f"{name}-haak", shapes.bracket_lines(n.x, n.y), color=INK, penwidth=SIZES.stroke
            )
    for i, t in enumerate(lab.texts(n)):
        if t.cls == "leeftijd":
            continue  # the symbol's own label
        c.text(
            f"{name}-{t.cls}-{i}",
            t.x,
            t.y,
            t.text,
            t.size,
            t.anchor,
            fontcolor=MUTED if t.cls in ("jaren", "land") else INK,
            fontname=FONT_ITALIC if t.cls == "land" else None,
            class_=t.cls,
        )


def _symbol(
    c: Canvas,
    name: str,
    x: float,
    y: float,
    geslacht: Geslacht,
    size: float,
    *,
    deceased: bool = False,
    dashed: bool = False,
    kern: bool = False,
    age: str = "",
    **attrs: Any,
) -> None:
    """A person's symbol: one node, one ``style`` (dashed and filled together)."""
    c.node(
        name,
        x,
        y,
        shape=SHAPE[geslacht],
        width=number(size / INCH),
        height=number(size / INCH),
        style="filled,dashed" if dashed else "filled",
        fillcolor=DECEASED_FILL if deceased else "white",
        color=INK,
        penwidth=SIZES.stroke,
        peripheries="2" if kern else None,
        label=label(age),
        fontsize=SIZES.age_font * size / S,
        fontcolor=INK,
        **attrs,
    )
    if deceased:
        c.lines(
            f"{name}-kruis", shapes.cross_lines(x, y, geslacht, size), color=MUTED, penwidth=1.2
        )


def _pregnancy(
    c: Canvas, name: str, x: float, y: float, kind: Zwangerschap, geslacht: Geslacht, **attrs: Any
) -> None:
    size = SIZES.pregnancy
    side = number(size / INCH)
    if kind is Zwangerschap.ZWANGER:
        c.node(
            name,
            x,
            y,
            shape="triangle",
            width=side,
            height=side,
            label="",
            color=INK,
            penwidth=SIZES.stroke,
            **attrs,
        )
    elif kind is Zwangerschap.MISKRAAM:
        small = number(size * 0.55 / INCH)
        c.node(
            name,
            x,
            y,
            shape="circle",
            width=small,
            height=small,
            label="",
            style="filled",
            fillcolor=INK,
            color=INK,
            **attrs,
        )
    elif kind is Zwangerschap.ABORTUS:
        c.node(name, x, y, shape="point", width="0.03", color=INK, label="", **attrs)
        r = size / 2 * 0.6
        strokes = [[(x - r, y - r), (x + r, y + r)], [(x - r, y + r), (x + r, y - r)]]
        c.lines(f"{name}-kruis", strokes, color=INK, penwidth=SIZES.stroke * 1.4)
    else:  # doodgeboren: a small symbol with an X
        _symbol(c, name, x, y, geslacht, size, deceased=True, **attrs)


def rounded(loop: list[Point], r: float) -> list[Point]:
    """The control points of a closed cubic B-spline through ``loop`` with rounded corners."""
    n = len(loop)
    out: list[Point] = []
    for i in range(n):
        a, b, c = loop[i - 1], loop[i], loop[(i + 1) % n]
        p, q = _toward(b, a, r), _toward(b, c, r)
        if out:
            out += [out[-1], p, p]  # the straight side up to this corner
        else:
            out.append(p)
        # the corner: a quadratic curve p–b–q as a cubic one
        out += [_lerp(p, b, 2 / 3), _lerp(q, b, 2 / 3), q]
    return [*out, out[-1], out[0], out[0]]


def _toward(a: Point, b: Point, d: float) -> Point:
    length = ((b[0] - a[0]) ** 2 + (b[1] - a[1]) ** 2) ** 0.5 or 1.0
    d = min(d, length / 2)
    return (a[0] + (b[0] - a[0]) * d / length, a[1] + (b[1] - a[1]) * d / length)


def _lerp(a: Point, b: Point, t: float) -> Point:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def _legend(c: Canvas, g: Genogram) -> None:
    entries = legend_entries(g)
    if not entries:
        return
    width = column_width(g)
    columns = max(1, int((g.width - 2 * SIZES.margin) // width))
    per_column = -(-len(entries) // columns)
    x0, y0 = SIZES.margin, g.legend_top
    c.text("legenda", x0, y0 + 12, texts.LEGEND_TITLE, SIZES.legend_font + 1, fontname=FONT_BOLD)
    for i, key in enumerate(entries):
        col, row = divmod(i, per_column)
        x = x0 + col * width
        y = y0 + 26 + row * SIZES.legend_row + SIZES.legend_row / 2
        _sample(c, f"legenda-{key}", key, x, y)
        c.text(
            f"legenda-{key}-tekst",
            x + SIZES.legend_sample + 8,
            y + 4,
            texts.LEGEND[key],
            SIZES.legend_font,
        )


def _sample(c: Canvas, name: str, key: str, x: float, y: float) -> None:
    """The legend's sample of ``key``, drawn as the drawing draws it."""
    cx, x1 = x + SIZES.legend_sample / 2, x + SIZES.legend_sample
    line = [(x, y), (x1, y)]
    if key in ("man", "vrouw", "x", "overleden", "kern", "onbekend"):
        geslacht = {
            "vrouw": Geslacht.VROUW,
            "kern": Geslacht.VROUW,
            "x": Geslacht.X,
            "onbekend": Geslacht.X,
        }.get(key, Geslacht.MAN)
        _symbol(
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
        _pregnancy(c, name, cx, y, Zwangerschap(key), Geslacht.X)
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
        c.line(name, line, **_foster_line())
    elif key.startswith("band-"):
        ends = (f"{name}-van", f"{name}-naar")
        for end, (px, py) in zip(ends, line, strict=True):
            c.point(end, px, py)
        _bond(c, _Sample(BandSoort(key[5:])), *ends, line)
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
