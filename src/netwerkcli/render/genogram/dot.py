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
from netwerkcli.render.dotlang import FONT_BOLD, FONT_ITALIC, Canvas, label
from netwerkcli.render.genogram import dot_shapes as ds
from netwerkcli.render.genogram import shapes
from netwerkcli.render.genogram.classes import person_classes
from netwerkcli.render.genogram.dot_legend import draw_dot_legend
from netwerkcli.render.genogram.households import marker_at
from netwerkcli.render.genogram.legend import legend_entries, legend_height
from netwerkcli.render.genogram.metrics import header_texts
from netwerkcli.render.genogram.style import (
    DESCENT_LINE,
    INK,
    MUTED,
    PARTNER_LINE,
    SIZES,
)
from netwerkcli.render.svg import Point

if TYPE_CHECKING:
    from netwerkcli.render.genogram.build import Genogram
    from netwerkcli.render.genogram.structure import Node

S = SIZES.symbol


def render_dot(g: Genogram) -> str:
    legend = legend_entries(g)
    height = g.legend_top + legend_height(g, legend) + SIZES.margin  # the SVG's height
    c = Canvas("genogram", g.width, height)
    for t in header_texts(g.labels):
        font = FONT_BOLD if t.cls == "titel" else None
        colour = INK if t.cls == "titel" else MUTED
        c.text(f"kop-{t.cls}", t.x, t.y, t.text, t.size, t.anchor, fontname=font, fontcolor=colour)
    if not g.nodes:
        c.text("leeg", SIZES.margin, SIZES.margin + 90, texts.EMPTY_DRAWING, SIZES.name_font)
    for h in g.households:
        name = f"huishouden-{h.number}"
        for i, loop in enumerate(h.loops):
            c.curve(f"{name}-{i}", ds.rounded(loop, 8), **ds.household_line())
        if h.label_at is not None:
            x, y = h.label_at
            c.text(f"{name}-naam", x, y, h.naam, SIZES.household_font, **ds.household_text())
        if not h.outlined:
            for k in h.members:
                ds.house(c, f"{name}-{k}", *marker_at(g.nodes[k], g.node_labels[k]), str(h.number))
    for i, d in enumerate(g.descents):
        union = f"unie-{i}"
        style = DESCENT_LINE[d.union.kind]
        c.point(union, *d.start)
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
        c.edge(f"persoon-{main}", f"persoon-{copy}", points, **ds.foster_line())
    for b in g.bonds:
        ds.bond(c, b, f"persoon-{b.a}", f"persoon-{b.b}", b.points)
    for row in g.rows:
        for k in row:
            _person(c, g, g.nodes[k])
    draw_dot_legend(c, g, legend)
    return c.source()


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


def _person(c: Canvas, g: Genogram, n: Node) -> None:
    p = n.person
    name = f"persoon-{n.key}"
    lab = g.node_labels[n.key]
    common = {"id": name, "class_": person_classes(n, g.gezin.kern, n.key in g.folded)}
    if p.zwangerschap is not None:
        ds.pregnancy(c, name, n.x, n.y, p.zwangerschap, p.geslacht, **common)
    else:
        age = lab.age if lab.age else ""
        ds.symbol(
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
        if p.adoptieouders:
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
