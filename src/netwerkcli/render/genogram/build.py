"""Model → genogram scene: structure, rows, order, positions, connectors, overlays, warnings.

Pure: no I/O. The result draws itself as SVG (``draw``) and as DOT with pinned positions (``dot``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from netwerkcli.labels import Labels
from netwerkcli.messages import genogram as texts
from netwerkcli.model import Band, Gezin
from netwerkcli.render.genogram import connectors, geometry, routing
from netwerkcli.render.genogram.generations import assign_rows
from netwerkcli.render.genogram.metrics import NodeLabels, header_texts, measure, text_rect
from netwerkcli.render.genogram.order import order_rows
from netwerkcli.render.genogram.structure import Node, Structure, Union, build_structure
from netwerkcli.render.genogram.style import BOND, SIZES
from netwerkcli.render.svg import Point, text_width

S = SIZES.symbol
TITLE_ROOM = 52.0  # title and date line above the first row


@dataclass
class BondLine:
    band: Band
    a: str  # node keys; for a directed bond a = van, b = naar
    b: str
    points: list[Point]


@dataclass
class HouseholdLine:
    naam: str
    members: list[str]
    outline: routing.Outline


@dataclass
class Genogram:
    gezin: Gezin
    labels: Labels
    structure: Structure
    rows: list[list[str]]
    node_labels: dict[str, NodeLabels]
    relation_labels: dict[frozenset[str], str]
    partner_lines: list[connectors.PartnerLine]
    descents: list[connectors.Descent]
    bonds: list[BondLine]
    foster_links: list[tuple[str, str, list[Point]]]
    households: list[HouseholdLine]
    width: float
    height: float
    legend_top: float
    warnings: list[str] = field(default_factory=list)

    @property
    def nodes(self) -> dict[str, Node]:
        return self.structure.nodes

    def to_svg(self) -> str:
        from netwerkcli.render.genogram.draw import render_svg

        return render_svg(self)

    def to_dot(self) -> str:
        from netwerkcli.render.genogram.dot import render_dot

        return render_dot(self)


def build_genogram(
    gezin: Gezin, today: dt.date | None = None, labels: Labels | None = None
) -> Genogram:
    labels = labels or Labels(gezin, today)
    s = build_structure(gezin)
    warnings: list[str] = []
    if not s.nodes:
        warnings.append(texts.NO_PEOPLE)
    if not assign_rows(s):
        warnings.append(texts.GENERATIONS_INCONSISTENT)
    ordering = order_rows(s)
    rows = ordering.rows
    single = {u.parents[0] for u in s.unions if len(u.parents) == 1}
    right_twins = _right_twins(s, rows)
    node_labels = {k: measure(n, labels, k in single, k in right_twins) for k, n in s.nodes.items()}
    relation_labels = {frozenset((p.a, p.b)): relation_label(p.relatie) for p in s.pairs}
    # room on the partner line for its label, and for the slashes of a separation or divorce
    ended = {frozenset((p.a, p.b)) for p in s.pairs if p.soort is not None and p.soort.is_ended}
    widths = {
        k: max(text_width(v, SIZES.relation_font), 40.0 if k in ended else 0.0)
        for k, v in relation_labels.items()
    }
    top = SIZES.margin + TITLE_ROOM + S / 2 + SIZES.years_font + 8
    geometry.place(s, rows, node_labels, widths, top)
    partner_lines, descents = connectors.connect(s, rows, node_labels)
    # bonds may cross these horizontal lines, never run along them
    segments = [(pl.points[0], pl.points[-1]) for pl in partner_lines if not pl.routed]
    segments += [seg for d in descents for seg in connectors.descent_segments(d)]
    households = []
    for number, h in enumerate(gezin.huishoudens):
        members = [m for m in (_household_node(s, h.leden, i) for i in h.leden) if m is not None]
        naam = labels.household(h)
        width = text_width(naam, SIZES.household_font)
        outline = routing.household_outline(members, rows, s.nodes, node_labels, width, number % 3)
        if outline is not None:
            households.append(HouseholdLine(naam, [m.key for m in members], outline))
    # lines over the structure pass no text: names, years, places, partner and household labels
    text_boxes = [t.box() for t in header_texts(labels)]
    text_boxes += [t.box() for k, n in s.nodes.items() for t in node_labels[k].texts(n)]
    for pl in partner_lines:
        label = relation_labels.get(frozenset((pl.pair.a, pl.pair.b)), "")
        if label:
            text_boxes.append(text_rect(*pl.label_at, label, SIZES.relation_font, "middle"))
    for hl in households:
        text_boxes.append(text_rect(*hl.outline.label_at, hl.naam, SIZES.household_font))
    nodes = list(s.nodes.values())
    bonds = []
    for band in gezin.banden:
        a, b = _closest(s, band.personen[0], band.personen[1])
        if a is None or b is None:
            continue
        reach, bars = routing.bond_reach(BOND[band.soort], band.gericht)
        points, clean = routing.route_curve(a, b, nodes, segments, text_boxes, reach, bars)
        if not clean:
            warnings.append(
                texts.BOND_ROUTE_TEXT.format(a=labels.name(a.person), b=labels.name(b.person))
            )
        bonds.append(BondLine(band, a.key, b.key, points))
    foster_links = []
    for k, n in s.nodes.items():
        if n.foster_copy:
            main = s.nodes[n.person.id]
            points, _ = routing.route_curve(main, n, nodes, segments, text_boxes)
            foster_links.append((main.key, k, points))
    warnings += _quality_warnings(s, rows, partner_lines, descents, labels)
    right = max((n.x + node_labels[k].right for k, n in s.nodes.items()), default=0.0)
    bottom = max((n.y + node_labels[k].below for k, n in s.nodes.items()), default=top)
    for pl in partner_lines:
        bottom = max(bottom, *(p[1] + 16 for p in pl.points))
    for hl in households:
        bottom = max(bottom, *(p[1] for loop in hl.outline.loops for p in loop))
        right = max(right, *(p[0] for loop in hl.outline.loops for p in loop))
    for bl in bonds:
        bottom = max(bottom, *(p[1] for p in bl.points))
        right = max(right, *(p[0] for p in bl.points))
    width = max(right + SIZES.margin, 2 * SIZES.legend_column + 2 * SIZES.margin)
    legend_top = bottom + 30
    return Genogram(
        gezin,
        labels,
        s,
        rows,
        node_labels,
        relation_labels,
        partner_lines,
        descents,
        bonds,
        foster_links,
        households,
        width,
        legend_top,
        legend_top,
        warnings,
    )


def _right_twins(s: Structure, rows: list[list[str]]) -> set[str]:
    """Twins right of their fork: their years go to the right, clear of the twin line."""
    index = {k: i for row in rows for i, k in enumerate(row)}
    out: set[str] = set()
    for u in s.unions:
        groups: dict[str, list[str]] = {}
        for c in u.children:
            if s.nodes[c].person.tweeling:
                groups.setdefault(s.nodes[c].person.tweeling or "", []).append(c)
        for group in groups.values():
            ordered = sorted(group, key=index.__getitem__)
            out.update(ordered[(len(ordered) + 1) // 2 :])
    return out


def relation_label(relatie: object) -> str:
    from netwerkcli.model import Relatie

    if not isinstance(relatie, Relatie):
        return ""
    soort = relatie.soort.value
    parts = []
    start = texts.RELATION_START[soort]
    if relatie.van is not None:
        parts.append(f"{start} {relatie.van.jaar}".strip())
    elif soort == "verloofd":
        parts.append(start)
    end = texts.RELATION_END.get(soort)
    if end and relatie.tot is not None:
        parts.append(f"{end} {relatie.tot.jaar}")
    return " · ".join(parts)


def _closest(s: Structure, a_id: str, b_id: str) -> tuple[Node | None, Node | None]:
    """The drawings of two people that stand nearest each other (a foster child has two)."""
    a_all = [n for n in s.nodes.values() if n.person.id == a_id]
    b_all = [n for n in s.nodes.values() if n.person.id == b_id]
    best: tuple[float, Node, Node] | None = None
    for a in a_all:
        for b in b_all:
            d = abs(a.x - b.x) + abs(a.y - b.y)
            if best is None or d < best[0]:
                best = (d, a, b)
    return (best[1], best[2]) if best else (None, None)


def _household_node(s: Structure, leden: tuple[str, ...], id: str) -> Node | None:
    """A member's drawing; for a foster child, the one nearest the other members."""
    options = [n for n in s.nodes.values() if n.person.id == id]
    if len(options) <= 1:
        return options[0] if options else None
    others = [s.nodes[m] for m in leden if m != id and m in s.nodes]
    if not others:
        return options[0]
    return min(options, key=lambda n: sum(abs(n.x - o.x) + abs(n.y - o.y) for o in others))


def _names(labels: Labels, s: Structure, keys: tuple[str, ...]) -> str:
    return f" {texts.AND} ".join(labels.name(s.nodes[k].person) for k in keys)


def _quality_warnings(
    s: Structure,
    rows: list[list[str]],
    partner_lines: list[connectors.PartnerLine],
    descents: list[connectors.Descent],
    labels: Labels,
) -> list[str]:
    out: list[str] = []
    count = {k: len(s.partners_of(k)) for k in s.nodes}
    for pl in partner_lines:
        a, b = s.nodes[pl.pair.a], s.nodes[pl.pair.b]
        names = {"a": labels.name(a.person), "b": labels.name(b.person)}
        if a.row != b.row:
            out.append(texts.PARTNERS_ROWS.format(**names))
        elif pl.routed and count[a.key] < 3 and count[b.key] < 3:
            out.append(texts.PARTNERS_APART.format(**names))
    index = {k: i for row in rows for i, k in enumerate(row)}
    for u in s.unions:
        kids = [c for c in u.children if s.nodes[c].row == s.nodes[u.children[0]].row]
        ps = [index[c] for c in kids]
        if ps != sorted(ps):
            out.append(texts.BIRTH_ORDER.format(ouders=_names(labels, s, u.parents)))
        elif ps and max(ps) - min(ps) + 1 > len(ps) and _strangers(s, u, rows, index):
            out.append(texts.SIBSHIP_SPLIT.format(ouders=_names(labels, s, u.parents)))
    crossing = connectors.descent_crossings(descents)
    if crossing:
        who = sorted({_names(labels, s, d.union.parents) for pair in crossing for d in pair})
        out.append(texts.CROSSINGS.format(aantal=len(crossing), wie="; ".join(who)))
    return out


def _strangers(s: Structure, u: Union, rows: list[list[str]], index: dict[str, int]) -> bool:
    """Someone between the children who is neither a child nor a parentless partner of one."""
    row = rows[s.nodes[u.children[0]].row]
    ps = [index[c] for c in u.children if c in index]
    has_parents = {c for v in s.unions for c in v.children}
    partners = {p.other(c) for c in u.children for p in s.partners_of(c)}
    for k in row[min(ps) : max(ps) + 1]:
        if k in u.children:
            continue
        if k in partners and k not in has_parents:
            continue
        return True
    return False
