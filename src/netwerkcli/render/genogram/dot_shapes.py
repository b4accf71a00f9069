"""Shapes and line styles of the genogram's DOT text, shared by the drawing and its legend."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from netwerkcli.model import BandSoort, Geslacht, Zwangerschap
from netwerkcli.render.dotlang import FONT_BOLD, FONT_ITALIC, INCH, Canvas, label, number
from netwerkcli.render.genogram import paths, shapes
from netwerkcli.render.genogram.bonds import ARROW
from netwerkcli.render.genogram.households import MARKER
from netwerkcli.render.genogram.style import (
    BOND,
    DECEASED_FILL,
    FOSTER_LINK,
    HOUSEHOLD,
    INK,
    MUTED,
    SIZES,
)
from netwerkcli.render.svg import Point

if TYPE_CHECKING:
    from netwerkcli.render.genogram.build import BondLine

SHAPE = {Geslacht.MAN: "box", Geslacht.VROUW: "circle", Geslacht.X: "diamond"}
S = SIZES.symbol


def house(c: Canvas, name: str, x: float, y: float, number_: str) -> None:
    """A household marker: a small house with the household's number."""
    h = MARKER / 2
    outline = shapes.house_outline(x, y, MARKER)
    c.lines(name, [[*outline, outline[0]]], color=HOUSEHOLD, penwidth=1.2)
    c.text(
        f"{name}-nummer",
        x,
        y + h * 0.75,
        number_,
        MARKER * 0.62,
        "middle",
        fontname=FONT_BOLD,
        fontcolor=HOUSEHOLD,
        class_="huisnummer",
    )


def household_line() -> dict[str, Any]:
    return {"class_": "huishouden", "style": "dashed", "color": HOUSEHOLD, "penwidth": 1.3}


def household_text() -> dict[str, Any]:
    return {"fontname": FONT_ITALIC, "fontcolor": HOUSEHOLD, "class_": "label"}


def foster_line() -> dict[str, Any]:
    return {"class_": "pleegkoppeling", "color": FOSTER_LINK, "penwidth": 0.9}


def bond(c: Canvas, bond: BondLine | Any, a: str, b: str, points: list[Point]) -> None:
    """A bond along its route; ``bond`` needs ``band`` (its kind and direction)."""
    soort: BandSoort = bond.band.soort
    style = BOND[soort]
    attrs: dict[str, Any] = {
        "class_": f"band {soort.value}",
        "penwidth": style.width,
        "color": ":invis:".join([style.colour] * style.lines),  # parallel lines with a gap
        "style": "dotted" if style.dash else None,
    }
    route = paths.zigzag(points, SIZES.zigzag, SIZES.zigzag_step) if style.zigzag else points
    if bond.band.gericht:
        (ex, ey), (tx, ty) = paths.point_at(route, 1.0)
        short = [*route[:-1], (ex - tx * ARROW, ey - ty * ARROW)]
        c.edge(a, b, short, arrow_at=(ex, ey), dir="forward", **attrs)
    else:
        c.edge(a, b, route, **attrs)
    if style.bars:
        (mx, my), (tx, ty) = paths.point_at(points, 0.5)
        bars = []
        for shift in (-3.0, 3.0):
            x, y = mx + tx * shift, my + ty * shift
            bars.append([(x - ty * 7, y + tx * 7), (x + ty * 7, y - tx * 7)])
        c.lines(f"{a}-{b}-streep", bars, color=style.colour, penwidth=style.width)


def symbol(
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


def pregnancy(
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
        symbol(c, name, x, y, geslacht, size, deceased=True, **attrs)


def rounded(loop: list[Point], r: float) -> list[Point]:
    """The control points of a closed cubic B-spline through ``loop`` with rounded corners."""
    n = len(loop)
    out: list[Point] = []
    for i in range(n):
        a, b, c = loop[i - 1], loop[i], loop[(i + 1) % n]
        p, q = toward(b, a, r), toward(b, c, r)
        if out:
            out += [out[-1], p, p]  # the straight side up to this corner
        else:
            out.append(p)
        # the corner: a quadratic curve p–b–q as a cubic one
        out += [lerp(p, b, 2 / 3), lerp(q, b, 2 / 3), q]
    return [*out, out[-1], out[0], out[0]]


def toward(a: Point, b: Point, d: float) -> Point:
    length = ((b[0] - a[0]) ** 2 + (b[1] - a[1]) ** 2) ** 0.5 or 1.0
    d = min(d, length / 2)
    return (a[0] + (b[0] - a[0]) * d / length, a[1] + (b[1] - a[1]) * d / length)


def lerp(a: Point, b: Point, t: float) -> Point:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)
