"""Genogram scene → SVG, in the structure of ``shared/spec/tekeningen.md``.

Every person is a ``<g id="persoon-…" class="persoon …">`` with its symbol in page coordinates
and its name as ``<text class="naam">``; partner lines, parent–child lines, bonds and households
are groups with the classes of the spec. Drawing order: households, lines, bonds, people, legend.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from netwerkcli.messages import genogram as texts
from netwerkcli.render.genogram import paths, shapes
from netwerkcli.render.genogram.bonds import ARROW
from netwerkcli.render.genogram.classes import person_classes
from netwerkcli.render.genogram.households import MARKER, marker_at
from netwerkcli.render.genogram.legend import draw_legend, legend_entries, legend_height
from netwerkcli.render.genogram.metrics import header_texts
from netwerkcli.render.genogram.style import (
    BOND,
    DESCENT_LINE,
    FOSTER_LINK,
    HOUSEHOLD,
    INK,
    MUTED,
    PARTNER_LINE,
    SIZES,
)
from netwerkcli.render.svg import Point, SvgDocument, path_from_points

if TYPE_CHECKING:
    from netwerkcli.render.genogram.build import BondLine, Genogram
    from netwerkcli.render.genogram.connectors import Descent, PartnerLine
    from netwerkcli.render.genogram.households import HouseholdDrawing
    from netwerkcli.render.genogram.structure import Node

S = SIZES.symbol


def render_svg(g: Genogram) -> str:
    legend = legend_entries(g)
    height = g.legend_top + legend_height(g, legend) + SIZES.margin
    doc = SvgDocument(g.width, height, g.labels.title())
    title, *lines = header_texts(g.labels)
    doc.text(
        title.x,
        title.y,
        title.text,
        font_size=title.size,
        font_weight="bold",
        fill=INK,
        class_=title.cls,
    )
    for line in lines:  # the date of the ages, and what the drawing leaves out
        doc.text(line.x, line.y, line.text, font_size=line.size, fill=MUTED, class_=line.cls)
    if not g.nodes:
        doc.text(
            SIZES.margin,
            SIZES.margin + 90,
            texts.EMPTY_DRAWING,
            font_size=SIZES.name_font,
            fill=INK,
            class_="leeg",
        )
    for h in g.households:
        _household(doc, g, h)
    for d in g.descents:
        _descent(doc, d)
    for pl in g.partner_lines:
        _partner(doc, g, pl)
    for main, copy, points in g.foster_links:
        with doc.group("pleegkoppeling", data_van=main, data_naar=copy):
            doc.path(path_from_points(points), fill="none", stroke=FOSTER_LINK, stroke_width=0.9)
    for bond in g.bonds:
        _bond(doc, bond)
    for row in g.rows:
        for k in row:
            _person(doc, g, g.nodes[k])
    draw_legend(doc, g, legend)
    return doc.to_string()


def _household(doc: SvgDocument, g: Genogram, h: HouseholdDrawing) -> None:
    """An outline round the members with the name inside, or a numbered house below each
    member's name (the legend names the number)."""
    with doc.group(
        "huishouden" + ("" if h.outlined else " markering"),
        data_leden=" ".join(h.members),
        data_nummer=str(h.number),
    ):
        for loop in h.loops:
            doc.path(
                _rounded(loop, 8),
                fill="none",
                stroke=HOUSEHOLD,
                stroke_width=1.3,
                stroke_dasharray="6 4",
            )
        if h.label_at is not None:
            x, y = h.label_at
            doc.text(
                x,
                y,
                h.naam,
                font_size=SIZES.household_font,
                fill=HOUSEHOLD,
                font_style="italic",
                class_="label",
            )
        if not h.outlined:
            for k in h.members:
                x, y = marker_at(g.nodes[k], g.node_labels[k])
                shapes.house(doc, x, y, MARKER, str(h.number))


def _person(doc: SvgDocument, g: Genogram, n: Node) -> None:
    p = n.person
    lab = g.node_labels[n.key]
    with doc.group(person_classes(n, g.gezin.kern, n.key in g.folded), id=f"persoon-{n.key}"):
        if n.key in g.folded:
            shapes.folded(doc, n.x, n.y)
        elif p.zwangerschap is not None:
            shapes.pregnancy(doc, n.x, n.y, p.zwangerschap, p.geslacht)
        else:
            shapes.symbol(doc, n.x, n.y, p.geslacht, deceased=p.is_overleden, dashed=p.onbekend)
            if p.id == g.gezin.kern:
                inner = S - 2 * SIZES.kern_inset
                shapes.symbol(doc, n.x, n.y, p.geslacht, inner, classes="symbool kern-rand")
            if p.is_overleden:
                shapes.cross(doc, n.x, n.y, p.geslacht, S)
            if p.adoptieouders:
                shapes.brackets(doc, n.x, n.y)
        for t in lab.texts(n):
            doc.text(
                t.x,
                t.y,
                t.text,
                font_size=t.size,
                text_anchor=t.anchor,
                fill=MUTED if t.cls in ("jaren", "land") else INK,
                font_style="italic" if t.cls == "land" else None,
                class_=t.cls,
            )


def _partner(doc: SvgDocument, g: Genogram, pl: PartnerLine) -> None:
    soort = pl.pair.soort
    style = PARTNER_LINE[soort]
    classes = f"relatie {soort.value if soort else 'onbekend'}"
    with doc.group(
        classes, id=f"relatie-{pl.pair.a}-{pl.pair.b}", data_partners=f"{pl.pair.a} {pl.pair.b}"
    ):
        doc.path(
            path_from_points(pl.points),
            fill="none",
            stroke=INK,
            stroke_width=style.width,
            stroke_dasharray=style.dash,
        )
        for sx, sy in pl.slash_at[: style.slashes]:
            h = SIZES.slash
            doc.line(
                (sx - h * 0.45, sy + h),
                (sx + h * 0.45, sy - h),
                stroke=INK,
                stroke_width=SIZES.stroke,
                class_="streep",
            )
        text = g.relation_labels.get(frozenset((pl.pair.a, pl.pair.b)), "")
        if text:
            x, y = pl.label_at
            doc.text(
                x,
                y,
                text,
                font_size=SIZES.relation_font,
                text_anchor="middle",
                fill=INK,
                class_="label",
            )


def _descent(doc: SvgDocument, d: Descent) -> None:
    style = DESCENT_LINE[d.union.kind]
    attrs: dict[str, str | float | None] = {
        "fill": "none",
        "stroke": INK,
        "stroke_width": style.width,
        "stroke_dasharray": style.dash,
    }
    with doc.group(
        f"afstamming {d.union.kind}",
        data_ouders=" ".join(d.union.parents),
        data_kinderen=" ".join(d.union.children),
    ):
        if len(d.drop) > 1:
            doc.path(path_from_points(d.drop), **attrs)
        if d.sibship:
            doc.line(d.sibship[0], d.sibship[1], **attrs)
        for _, pts in d.child_lines:
            doc.path(path_from_points(pts), **attrs)
        for a, b in d.twin_bars():
            doc.line(a, b, stroke=INK, stroke_width=SIZES.stroke, class_="eeneiig")


def _bond(doc: SvgDocument, bond: BondLine) -> None:
    style = BOND[bond.band.soort]
    pts = bond.points
    attrs: dict[str, str | float | None] = {
        "fill": "none",
        "stroke": style.colour,
        "stroke_width": style.width,
        "stroke_dasharray": style.dash,
        "stroke_linejoin": "round",
    }
    van, naar = (bond.a, bond.b) if bond.band.gericht else (None, None)
    with doc.group(
        f"band {bond.band.soort.value}",
        data_tussen=f"{bond.a} {bond.b}",
        data_van=van,
        data_naar=naar,
    ):
        if style.zigzag:
            doc.path(path_from_points(paths.zigzag(pts, SIZES.zigzag, SIZES.zigzag_step)), **attrs)
        elif style.lines > 1:
            spread = SIZES.bond_offset
            for i in range(style.lines):
                doc.path(
                    path_from_points(paths.offset(pts, (i - (style.lines - 1) / 2) * spread)),
                    **attrs,
                )
        else:
            doc.path(path_from_points(pts), **attrs)
        if style.bars:
            (mx, my), (tx, ty) = paths.point_at(pts, 0.5)
            for shift in (-3.0, 3.0):
                cx, cy = mx + tx * shift, my + ty * shift
                doc.line(
                    (cx - ty * 7, cy + tx * 7),
                    (cx + ty * 7, cy - tx * 7),
                    stroke=style.colour,
                    stroke_width=style.width,
                )
        if bond.band.gericht:
            (ex, ey), (tx, ty) = paths.point_at(pts, 1.0)
            size = ARROW
            bx, by = ex - tx * size, ey - ty * size
            doc.polygon(
                [
                    (ex, ey),
                    (bx - ty * size * 0.45, by + tx * size * 0.45),
                    (bx + ty * size * 0.45, by - tx * size * 0.45),
                ],
                fill=style.colour,
                stroke="none",
                class_="pijl",
            )


def _rounded(loop: list[Point], r: float) -> str:
    """A closed path through ``loop`` with rounded corners."""
    n = len(loop)
    parts = []
    for i in range(n):
        a, b, c = loop[i - 1], loop[i], loop[(i + 1) % n]
        ra = min(r, _dist(a, b) / 2)
        rc = min(r, _dist(b, c) / 2)
        p = _toward(b, a, ra)
        q = _toward(b, c, rc)
        parts.append(
            ("M" if i == 0 else "L")
            + f"{p[0]:.1f},{p[1]:.1f} Q{b[0]:.1f},{b[1]:.1f} {q[0]:.1f},{q[1]:.1f}"
        )
    return " ".join(parts) + " Z"


def _dist(a: Point, b: Point) -> float:
    return float(((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5)


def _toward(a: Point, b: Point, d: float) -> Point:
    length = _dist(a, b) or 1.0
    return (a[0] + (b[0] - a[0]) * d / length, a[1] + (b[1] - a[1]) * d / length)
