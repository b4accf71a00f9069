"""Model → genogram scene: structure, rows, order, positions, connectors, overlays, warnings.

Pure: no I/O. The result draws itself as SVG (``draw``) and as DOT with pinned positions (``dot``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field

from netwerkcli.labels import Labels
from netwerkcli.messages import genogram as texts
from netwerkcli.model import Band, Gezin, Relatie
from netwerkcli.render.genogram import (
    connectors,
    geometry,
    overlays,
    partnerlines,
    placement,
    quality,
    sibships,
)
from netwerkcli.render.genogram.family import Facts, drop_parent
from netwerkcli.render.genogram.generations import assign_rows
from netwerkcli.render.genogram.households import MARKER_ROOM, HouseholdDrawing, plan_households
from netwerkcli.render.genogram.metrics import NodeLabels, measure
from netwerkcli.render.genogram.order import order_rows
from netwerkcli.render.genogram.structure import Node, Structure, build_structure
from netwerkcli.render.genogram.style import SIZES
from netwerkcli.render.svg import Point, text_width

S = SIZES.symbol
TITLE_ROOM = 52.0  # title and date line above the first row
ROUTE_STEP = 14.0  # between two routed partner lines of one row
ROUTE_STEP_LABELLED = 28.0  # when they carry labels (below the line)


@dataclass(eq=False, repr=False)
class BondLine:
    """An emotional bond as drawn: its kind, the two people and the curve between them."""

    band: Band
    a: str  # node keys; for a directed bond a = van, b = naar
    b: str
    points: list[Point]


@dataclass(eq=False, repr=False)
class Genogram:
    """A laid-out genogram: everything the SVG and the DOT export draw, with the warnings."""

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
    households: list[HouseholdDrawing]
    width: float
    height: float
    legend_top: float
    warnings: list[str] = field(default_factory=list)
    folded: dict[str, int] = field(default_factory=dict)  # stand-ins for folded branches

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
    gezin: Gezin,
    today: dt.date | None = None,
    labels: Labels | None = None,
    folded: dict[str, int] | None = None,
) -> Genogram:
    """The genogram of a family; ``folded`` names the stand-ins of folded branches (see
    ``scope.fold_branches``) with the number of people each stands for."""
    labels = labels or Labels(gezin, today)
    s = build_structure(gezin)
    warnings: list[str] = []
    if not s.nodes:
        warnings.append(texts.NO_PEOPLE)
    if not assign_rows(s):
        warnings.append(texts.GENERATIONS_INCONSISTENT)
    ordering = order_rows(s, gezin)
    f = ordering.facts
    assert f is not None
    rows = ordering.rows
    plan = geometry.Rows(f, rows, {})
    node_labels = _measure(s, f, plan, labels)
    plan.labels = node_labels
    relation_labels = {frozenset((p.a, p.b)): relation_label(p.relatie) for p in s.pairs}
    # room on the partner line for its label, and for the slashes of a separation or divorce
    ended = {frozenset((p.a, p.b)) for p in s.pairs if p.soort is not None and p.soort.is_ended}
    widths = {
        k: max(text_width(v, SIZES.relation_font), 40.0 if k in ended else 0.0)
        for k, v in relation_labels.items()
    }
    x = placement.place(plan, widths)
    households = plan_households(_households(gezin, f, labels), rows, x, node_labels)
    for h in households:
        if not h.outlined:  # a numbered house below each member's name
            for k in h.members:
                lab = node_labels[k]
                node_labels[k] = dataclasses.replace(lab, below=lab.below + MARKER_ROOM)
    route = partnerlines.route_levels(plan)
    sib = sibships.sibship_levels(f, plan, x, sibships.child_ends(f, x))
    top = SIZES.margin + TITLE_ROOM + S / 2 + SIZES.years_font + 8 + (15 if labels.note else 0)
    heights = _heights(f, plan, node_labels, route, sib, relation_labels, top)
    for k, n in s.nodes.items():
        n.x, n.y = x[k], heights.rows[n.row]
    partner_lines, descents = connectors.connect(
        s, f, plan, node_labels, heights, route, sib, relation_labels
    )
    drawn = overlays.draw_overlays(
        s, gezin, labels, rows, node_labels, relation_labels, partner_lines, descents, households
    )
    warnings += drawn.warnings
    warnings += quality.warnings(s, f, plan, partner_lines, descents, labels)
    g = Genogram(
        gezin,
        labels,
        s,
        rows,
        node_labels,
        relation_labels,
        partner_lines,
        descents,
        [BondLine(band, a, b, pts) for band, a, b, pts in drawn.bonds],
        drawn.foster_links,
        households,
        0.0,
        0.0,
        0.0,
        warnings,
        dict(folded or {}),
    )
    _extent(g, top)
    return g


def _measure(s: Structure, f: Facts, plan: geometry.Rows, labels: Labels) -> dict[str, NodeLabels]:
    couples = {ui for unions in f.couple_unions.values() for ui in unions}
    singles = {drop_parent(f, u) for i, u in enumerate(s.unions) if i not in couples}
    right_twins = _right_twins(plan)
    incoming = sibships.incoming_lines(f)
    return {
        k: measure(
            n,
            labels,
            plan.single_side(k) if k in singles else 0.0,
            k in right_twins,
            incoming.get(k, 0),
        )
        for k, n in s.nodes.items()
    }


def _households(gezin: Gezin, f: Facts, labels: Labels) -> list[tuple[str, list[str], float]]:
    out = []
    for h in gezin.huishoudens:
        members = [f.home_node(id, h.leden) for id in h.leden if id in f.s.nodes]
        naam = labels.household(h)
        out.append((naam, members, text_width(naam, SIZES.household_font)))
    return out


def _heights(
    f: Facts,
    plan: geometry.Rows,
    labels: dict[str, NodeLabels],
    route: dict[frozenset[str], int],
    sib: dict[int, int],
    relation_labels: dict[frozenset[str], str],
    top: float,
) -> connectors.Heights:
    """Row centres: at least a row pitch apart, and more where routed partner lines and sibship
    lines at several heights need the room; a row with partner lines above it gets that room
    above it (its sibship lines rise)."""
    n = len(plan.rows)
    below = [max((labels[k].below for k in row), default=S / 2) for row in plan.rows]
    lowest: list[int] = [-1] * n
    labelled = [False] * n
    highest: list[int] = [-1] * n  # of the lines above the row
    above_labelled = [False] * n
    for pair, level in route.items():
        r = f.row_of[next(iter(pair))]
        if pair in plan.above:
            highest[r] = max(highest[r], level)
            above_labelled[r] = above_labelled[r] or bool(relation_labels.get(pair))
            continue
        lowest[r] = max(lowest[r], level)
        labelled[r] = labelled[r] or bool(relation_labels.get(pair))
    step = [ROUTE_STEP_LABELLED if lab else ROUTE_STEP for lab in labelled]
    above_step = [0.0] * n
    room = [0.0] * n  # from the centres up to the lines above the row and their labels
    for r in range(n):
        if highest[r] >= 0:
            room[r], above_step[r] = partnerlines.above_room(highest[r] + 1, above_labelled[r])
    rise = [max(0.0, h - S / 2 - SIZES.sibship_rise) for h in room]
    ys = [top + max(0.0, room[0] - (S / 2 + SIZES.years_font + 8))] if n else []
    for r in range(1, n):
        levels = [sib.get(ui, 0) for ui in f.unions_into_row[r]]
        need = below[r - 1] + SIZES.route_drop + rise[r]
        if lowest[r - 1] >= 0:
            need += lowest[r - 1] * step[r - 1] + (20 if labelled[r - 1] else 0) + 14
        need += max(levels, default=0) * SIZES.sibship_step + SIZES.sibship_rise + S / 2 + 6
        ys.append(ys[-1] + max(SIZES.row_pitch, need))
    return connectors.Heights(ys, below, step, above_step, rise)


def _extent(g: Genogram, top: float) -> None:
    """Width of the drawing and where the legend starts."""
    labels = g.node_labels
    right = max((n.x + labels[k].right for k, n in g.nodes.items()), default=0.0)
    bottom = max((n.y + labels[k].below for k, n in g.nodes.items()), default=top)
    points = [p for pl in g.partner_lines for p in pl.points]
    points += [(x, y + 20) for pl in g.partner_lines for x, y in [pl.label_at]]
    points += [p for h in g.households for loop in h.loops for p in loop]
    points += [p for b in g.bonds for p in b.points]
    points += [p for _, _, pts in g.foster_links for p in pts]
    for px, py in points:
        right, bottom = max(right, px), max(bottom, py)
    g.width = max(right + SIZES.margin, 2 * SIZES.legend_column + 2 * SIZES.margin)
    g.legend_top = g.height = bottom + 30


def _right_twins(plan: geometry.Rows) -> set[str]:
    """Twins right of their fork: their years go to the right, clear of the twin line."""
    out: set[str] = set()
    for ui in range(len(plan.f.unions)):
        for group in sibships.twin_groups(plan, ui).values():
            ordered = sorted(group, key=plan.index.__getitem__)
            out.update(ordered[(len(ordered) + 1) // 2 :])
    return out


def relation_label(relatie: Relatie | None) -> str:
    if relatie is None:
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
