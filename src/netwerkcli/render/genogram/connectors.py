"""Connectors: partner lines, lines from parents to children, twin forks; and the crossing check.

Partner lines (see ``partnerlines``) run at the height of the symbols' centres, or around those
between two partners who do not stand side by side. Children hang from their union's anchor
(see ``geometry``) by a sibship line, oldest left; lines of several unions to one child arrive
side by side. Sibship lines of one band that overlap (or nearly touch) stand at different
heights (their levels and where the lines reach a child are decided first, see ``sibships``).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from netwerkcli.render.genogram.family import Facts, drop_parent
from netwerkcli.render.genogram.geometry import Rows
from netwerkcli.render.genogram.metrics import NodeLabels
from netwerkcli.render.genogram.partnerlines import Heights as Heights
from netwerkcli.render.genogram.partnerlines import PartnerLine as PartnerLine
from netwerkcli.render.genogram.partnerlines import label_place, partner_line
from netwerkcli.render.genogram.sibships import child_ends, twin_groups
from netwerkcli.render.genogram.structure import Structure, Union
from netwerkcli.render.genogram.style import SIZES
from netwerkcli.render.svg import Point

S = SIZES.symbol


@dataclass(eq=False, repr=False)
class Descent:
    """The lines from one union down to its children."""

    union: Union
    drop: list[Point]  # from the parents to the sibship line
    sibship: tuple[Point, Point] | None  # the horizontal line (None for a single child below)
    child_lines: list[tuple[str, list[Point]]]  # node key, points from the sibship line down
    twins: list[tuple[str, str]] = field(default_factory=list)  # identical twins (outer two)

    @property
    def start(self) -> Point:
        """Where the lines begin: at the parents, or on the couple's sibship line."""
        if self.drop:
            return self.drop[0]
        return self.child_lines[0][1][0]

    def twin_bars(self) -> list[tuple[Point, Point]]:
        lines = dict(self.child_lines)
        return [
            (_along(lines[a], SIZES.twin_bar), _along(lines[b], SIZES.twin_bar))
            for a, b in self.twins
        ]


def connect(
    s: Structure,
    f: Facts,
    plan: Rows,
    labels: dict[str, NodeLabels],
    heights: Heights,
    route: dict[frozenset[str], int],
    sib: dict[int, int],
    relation_labels: dict[frozenset[str], str],
) -> tuple[list[PartnerLine], list[Descent]]:
    x = {k: n.x for k, n in s.nodes.items()}
    lines = [
        partner_line(s, plan, labels, heights, route, pair, relation_labels) for pair in s.pairs
    ]
    by_pair = {frozenset((p.pair.a, p.pair.b)): p for p in lines}
    ends = child_ends(f, x)
    descents: list[Descent] = []
    drawn: dict[int, Descent] = {}
    order = sorted(range(len(f.unions)), key=lambda i: (not f.leads(i), i))
    for ui in order:
        if ui in f.joins:
            start = _drop_start(s, f, plan, ui, by_pair, x)
            descents.append(_joining(f, ui, start, drawn[f.joins[ui]]))
        elif ui in f.co_lead:
            descents.append(_co_union(s, f, ui, drawn[f.co_lead[ui]], ends))
        else:
            start = _drop_start(s, f, plan, ui, by_pair, x)
            drawn[ui] = _descent(s, f, plan, ui, start, heights, sib, ends)
            descents.append(drawn[ui])
    for line in lines:
        if line.routed and not line.above:
            _hop(line, descents, relation_labels.get(frozenset((line.pair.a, line.pair.b)), ""))
    return lines, descents


HOP = 6.0  # half width and height of the hop of a routed line over a crossing line


def _hop(line: PartnerLine, descents: list[Descent], text: str) -> None:
    """Where a parent–child line must cross a routed partner line (three partners with
    children: see docs/genogram.md), the partner line hops over it, so the two do not read as
    joined, and its label and slashes keep clear of it. The crossing stays a crossing, and is
    warned about."""
    own = frozenset((line.pair.a, line.pair.b))
    if len(line.points) != 6:
        return
    (x0, y), (x1, _) = line.points[2], line.points[3]
    lo, hi = sorted((x0, x1))
    xs = sorted(
        p[0]
        for d in descents
        if frozenset(d.union.parents) != own
        for p, q in descent_segments(d)
        if abs(p[0] - q[0]) < 0.01
        and min(p[1], q[1]) < y < max(p[1], q[1])
        and lo + HOP < p[0] < hi - HOP
    )
    if not xs:
        return
    children = any(frozenset(d.union.parents) == own for d in descents)
    lines = [line.anchor[0], *xs] if children else xs
    centre = label_place(lo, hi, lines, text)
    line.label_at = (centre, line.label_at[1])
    line.slash_at = [(centre - 3, y), (centre + 3, y)]
    hops: list[Point] = []
    for x in xs:
        hops += [(x - HOP, y), (x - HOP * 0.6, y - HOP), (x + HOP * 0.6, y - HOP), (x + HOP, y)]
    if x0 > x1:
        hops.reverse()
    line.points[3:3] = hops


def _co_union(
    s: Structure, f: Facts, ui: int, lead: Descent, ends: dict[tuple[int, str], float]
) -> Descent:
    """Adopted or foster children of a couple with children of their own: their lines (in
    their own style) come down from the couple's one sibship line."""
    y_sib = lead.drop[-1][1]
    lines = []
    for c in f.kids[ui]:
        n = s.nodes[c]
        end = n.x + ends.get((ui, c), 0.0)
        lines.append((c, [(end, y_sib), (end, n.y - symbol_half(s, c))]))
    return Descent(f.unions[ui], [], None, lines)


def _joining(f: Facts, ui: int, start: list[Point], joined: Descent) -> Descent:
    """A donor of all the children of one union: a line from beside the donor (``start``, see
    ``_drop_start``) to the nearer end of that union's sibship line."""
    ax = start[-1][0]
    y_sib = joined.drop[-1][1]
    xs = [joined.drop[-1][0], *(pts[0][0] for _, pts in joined.child_lines)]
    end = max(xs) if ax > sum(xs) / len(xs) else min(xs)
    return Descent(f.unions[ui], [*start, (ax, y_sib), (end, y_sib)], None, [])


def _drop_start(
    s: Structure,
    f: Facts,
    plan: Rows,
    ui: int,
    by_pair: dict[frozenset[str], PartnerLine],
    x: dict[str, float],
) -> list[Point]:
    """Where a union's line to its children starts: beside a single parent or a donor (a short
    level piece from the symbol to the anchor), or on the couple's partner line."""
    u = f.unions[ui]
    anchor = plan.anchor(ui, x)
    if anchor.single:
        p = s.nodes[drop_parent(f, u)]
        low = p.y + S * 0.3
        return [(p.x + anchor.side * S * 0.4, low), (anchor.x, low)]
    line = by_pair[frozenset(u.parents)]
    return [(line.anchor[0], line.anchor[1])]


def _descent(
    s: Structure,
    f: Facts,
    plan: Rows,
    ui: int,
    start: list[Point],
    heights: Heights,
    sib: dict[int, int],
    ends: dict[tuple[int, str], float],
) -> Descent:
    """The lines of one union: its drop (from ``start``, see ``_drop_start``), its sibship line
    (over the couple's children of every kind) and the lines to its own children."""
    nodes = s.nodes
    u = f.unions[ui]
    drop = list(start)
    ax = drop[-1][0]
    main = f.kids_below(ui)
    child_row = f.drop_row[ui] + 1
    everyone = f.sibship.get(ui, main)
    if main:
        top_y = min(nodes[c].y - symbol_half(s, c) for c in everyone)
    else:
        top_y = heights.rows[min(child_row, len(heights.rows) - 1)] - S / 2
    rise = SIZES.sibship_rise + heights.rise[min(child_row, len(heights.rise) - 1)]
    y_sib = top_y - rise - sib.get(ui, 0) * SIZES.sibship_step
    child_lines: list[tuple[str, list[Point]]] = []
    twins = twin_groups(plan, ui)
    tops: list[float] = [ax]
    for c in main:
        n = nodes[c]
        end = n.x + ends.get((ui, c), 0.0)
        group = twins.get(n.person.tweeling or "", [])
        top = (end, n.y - symbol_half(s, c))
        if len(group) > 1:
            fork = sum(nodes[g].x for g in group) / len(group)
            child_lines.append((c, [(fork, y_sib), top]))
            tops.append(fork)
        else:
            child_lines.append((c, [(end, y_sib), top]))
            tops.append(end)
    identical = [
        (group[0], group[-1])
        for group in twins.values()
        if len(group) > 1 and any(nodes[g].person.eeneiig for g in group)
    ]
    for c in u.children:  # children on another row than their siblings (rare): around
        if c not in main:
            n = nodes[c]
            y_mid = n.y - symbol_half(s, c) - SIZES.sibship_rise + 8
            child_lines.append((c, [(ax, y_sib), (ax, y_mid), (n.x, y_mid), (n.x, n.y - S / 2)]))
    others = [c for c in everyone if c not in main]
    tops += [
        nodes[c].x + ends.get((v, c), 0.0)
        for c in others
        for v in f.arriving(c)
        if f.co_lead.get(v) == ui
    ]
    lo, hi = min(tops), max(tops)
    sibship = ((lo, y_sib), (hi, y_sib)) if hi - lo > 0.5 else None
    drop.append((ax, y_sib))
    return Descent(u, drop, sibship, child_lines, identical)


def symbol_half(s: Structure, key: str) -> float:
    return SIZES.pregnancy / 2 if s.nodes[key].is_pregnancy else S / 2


def _along(points: list[Point], f: float) -> Point:
    (x0, y0), (x1, y1) = points[0], points[-1]
    return (x0 + (x1 - x0) * f, y0 + (y1 - y0) * f)


# -- checks --------------------------------------------------------------------------------------

Segment = tuple[Point, Point]


def descent_segments(d: Descent) -> list[Segment]:
    segs = list(itertools.pairwise(d.drop))
    if d.sibship:
        segs.append(d.sibship)
    for _, pts in d.child_lines:
        segs.extend(itertools.pairwise(pts))
    return segs


def partner_segments(pl: PartnerLine) -> list[Segment]:
    return list(itertools.pairwise(pl.points))


def _orient(a: Point, b: Point, c: Point) -> float:
    return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])


def segments_cross(p: Segment, q: Segment) -> bool:
    """A proper crossing, or two horizontal or vertical lines lying on each other."""
    d1, d2 = _orient(q[0], q[1], p[0]), _orient(q[0], q[1], p[1])
    d3, d4 = _orient(p[0], p[1], q[0]), _orient(p[0], p[1], q[1])
    eps = 1e-6
    if ((d1 > eps and d2 < -eps) or (d1 < -eps and d2 > eps)) and (
        (d3 > eps and d4 < -eps) or (d3 < -eps and d4 > eps)
    ):
        return True
    for axis in (0, 1):
        other = 1 - axis
        if (
            abs(p[0][other] - p[1][other]) < 0.01
            and abs(q[0][other] - q[1][other]) < 0.01
            and abs(p[0][other] - q[0][other]) < 0.5
        ):
            lo = max(min(p[0][axis], p[1][axis]), min(q[0][axis], q[1][axis]))
            hi = min(max(p[0][axis], p[1][axis]), max(q[0][axis], q[1][axis]))
            if hi - lo > 1.0:
                return True
    return False


def _box(segs: list[Segment]) -> tuple[float, float, float, float]:
    xs = [c[0] for seg in segs for c in seg]
    ys = [c[1] for seg in segs for c in seg]
    return (min(xs), min(ys), max(xs), max(ys))


def _boxes_meeting(boxes: dict[int, tuple[float, float, float, float]]) -> list[tuple[int, int]]:
    """The pairs of boxes that meet (within 1), in order: a sweep from left to right, which
    compares only boxes that overlap in x, not every pair."""
    pairs: list[tuple[int, int]] = []
    order = sorted(boxes, key=lambda i: boxes[i][0])
    for n, i in enumerate(order):
        _, y0, x1, y1 = boxes[i]
        for j in order[n + 1 :]:
            box = boxes[j]
            if box[0] > x1 + 1:
                break
            if y0 <= box[3] + 1 and box[1] <= y1 + 1:
                pairs.append((i, j) if i < j else (j, i))
    return sorted(pairs)


def drawn_crossings(
    descents: list[Descent], partner_lines: list[PartnerLine]
) -> list[tuple[object, object]]:
    """Pairs of drawn lines that cross or lie on each other: parent–child lines of different
    unions, and a parent–child line with a partner line that is not its own."""
    items: list[tuple[object, list[Segment], frozenset[str] | None]] = []
    for d in descents:
        items.append((d, descent_segments(d), frozenset(d.union.parents)))
    for pl in partner_lines:
        items.append((pl, partner_segments(pl), None))
    boxes = {i: _box(segs) for i, (_, segs, _) in enumerate(items) if segs}
    found: list[tuple[object, object]] = []
    for i, j in _boxes_meeting(boxes):
        (a, sa, pa), (b, sb, pb) = items[i], items[j]
        if pa is None and pb is None:
            continue  # two partner lines: routed lines nest by construction
        if pa is None or pb is None:
            own = pa if pa is not None else pb
            line = a if pa is None else b
            assert isinstance(line, PartnerLine)
            if own == frozenset((line.pair.a, line.pair.b)):
                continue
        if any(segments_cross(p, q) for p in sa for q in sb):
            found.append((a, b))
    return found
