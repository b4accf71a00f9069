"""Connectors: partner lines, lines from parents to children, twin forks; and the crossing check.

Partner lines run at the height of the symbols' centres; a partner who does not stand next to the
other (a third partner) is reached by a line routed below the labels. Children hang from the
middle of their parents' partner line by a sibship line, oldest left; lines of several unions
to one child arrive side by side. Sibship lines whose spans overlap are raised one step each.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from netwerkcli.render.genogram.metrics import NodeLabels
from netwerkcli.render.genogram.structure import PartnerPair, Structure, Union
from netwerkcli.render.genogram.style import SIZES
from netwerkcli.render.svg import Point

S = SIZES.symbol


@dataclass
class PartnerLine:
    pair: PartnerPair
    points: list[Point]  # from a to b
    anchor: Point  # where children's lines leave
    label_at: Point
    routed: bool = False
    slash_at: list[Point] = field(default_factory=list)


@dataclass
class Descent:
    union: Union
    drop: list[Point]  # from the parents to the sibship line
    sibship: tuple[Point, Point] | None  # the horizontal line (None for a single child below)
    child_lines: list[tuple[str, list[Point]]]  # node key, points from the sibship line down
    twins: list[tuple[str, str]] = field(default_factory=list)  # identical twins (outer two)

    def twin_bars(self) -> list[tuple[Point, Point]]:
        lines = dict(self.child_lines)
        return [
            (_along(lines[a], SIZES.twin_bar), _along(lines[b], SIZES.twin_bar))
            for a, b in self.twins
        ]


def connect(
    s: Structure, rows: list[list[str]], labels: dict[str, NodeLabels]
) -> tuple[list[PartnerLine], list[Descent]]:
    index = {k: i for row in rows for i, k in enumerate(row)}
    lines = _partner_lines(s, rows, labels, index)
    by_pair = {frozenset((p.pair.a, p.pair.b)): p for p in lines}
    descents = []
    seen: set[frozenset[str]] = set()
    ends = _child_ends(s)
    for u in sorted(s.unions, key=lambda u: u.kind != "biologisch"):
        shift = 0.0
        if frozenset(u.parents) in seen:
            mean = sum(s.nodes[c].x for c in u.children) / len(u.children)
            here = sum(s.nodes[p].x for p in u.parents) / len(u.parents)
            shift = SIZES.second_union_shift * (-1.0 if mean < here else 1.0)
        seen.add(frozenset(u.parents))
        if u.kind == "donor":
            descents.append(_donor(s, u))
        else:
            descents.append(_descent(s, u, by_pair, shift, ends))
    _stagger(s, [d for d in descents if d.union.kind != "donor"])
    return lines, descents


def symbol_half(s: Structure, key: str) -> float:
    return SIZES.pregnancy / 2 if s.nodes[key].is_pregnancy else S / 2


def _partner_lines(
    s: Structure, rows: list[list[str]], labels: dict[str, NodeLabels], index: dict[str, int]
) -> list[PartnerLine]:
    result: list[PartnerLine] = []
    route_level: dict[int, list[tuple[float, float]]] = {}
    for pair in s.pairs:
        a, b = s.nodes[pair.a], s.nodes[pair.b]
        if a.x > b.x:
            a, b = b, a
        if a.row != b.row:
            centre = ((a.x + b.x) / 2, (a.y + b.y) / 2)
            pts = (
                [(a.x, a.y + S / 2), (b.x, b.y - S / 2)] if a.y < b.y else [(a.x, a.y), (b.x, b.y)]
            )
            result.append(PartnerLine(pair, pts, centre, centre, routed=True))
            continue
        y = a.y
        if abs(index[a.key] - index[b.key]) == 1:
            x0, x1 = a.x + S / 2, b.x - S / 2
            mid = (a.x + b.x) / 2
            style_slashes = [(mid - 10, y), (mid - 16, y)]
            result.append(
                PartnerLine(pair, [(x0, y), (x1, y)], (mid, y), (mid, y - 9), False, style_slashes)
            )
            continue
        row = rows[a.row]
        lo, hi = sorted((index[a.key], index[b.key]))
        deepest = max(labels[k].below for k in row[lo : hi + 1])
        used = route_level.setdefault(a.row, [])
        level = sum(1 for (u0, u1) in used if not (u1 < a.x or b.x < u0))
        used.append((a.x, b.x))
        y_route = y + deepest + SIZES.route_drop + level * 7
        xa = a.x + max(S / 2, labels[a.key].name_half) + 6
        xb = b.x - max(S / 2, labels[b.key].name_half) - 6
        low = y + S * 0.3
        pts = [
            (a.x + S * 0.4, low),
            (xa, low),
            (xa, y_route),
            (xb, y_route),
            (xb, low),
            (b.x - S * 0.4, low),
        ]
        mid = (xa + xb) / 2
        slashes = [(mid - 12, y_route), (mid - 18, y_route)]
        result.append(PartnerLine(pair, pts, (mid, y_route), (mid, y_route + 12), True, slashes))
    return result


def _child_ends(s: Structure) -> dict[tuple[int, str], float]:
    """x offsets where the lines of several unions reach one child, so they stay apart."""
    by_child: dict[str, list[tuple[float, int]]] = {}
    for i, u in enumerate(s.unions):
        if u.kind == "donor":
            continue
        here = sum(s.nodes[p].x for p in u.parents) / len(u.parents)
        for c in u.children:
            by_child.setdefault(c, []).append((here, i))
    ends: dict[tuple[int, str], float] = {}
    for c, unions in by_child.items():
        if len(unions) > 1:
            unions.sort()
            spread = SIZES.symbol * 0.3
            for n, (_, i) in enumerate(unions):
                ends[(i, c)] = -spread + 2 * spread * n / (len(unions) - 1)
    return ends


def _donor(s: Structure, u: Union) -> Descent:
    """A donor is linked to each child by its own straight line (leaving beside the name), never
    by a sibship line: the donor is not one of the parents."""
    d = s.nodes[u.parents[0]]
    low = d.y + S * 0.3
    anchor = (d.x + S / 2 + SIZES.single_parent_reach, low)
    lines = []
    for c in u.children:
        child = s.nodes[c]
        lines.append((c, [anchor, (child.x + S * 0.3, child.y - S * 0.42)]))
    return Descent(u, [(d.x + S * 0.4, low), anchor], None, lines)


def _descent(
    s: Structure,
    u: Union,
    by_pair: dict[frozenset[str], PartnerLine],
    shift: float,
    ends: dict[tuple[int, str], float],
) -> Descent:
    """The lines of one union; ``shift`` moves the drop of a second union of the same parents."""
    nodes = s.nodes
    if len(u.parents) == 2 and frozenset(u.parents) in by_pair:
        ax, ay = by_pair[frozenset(u.parents)].anchor
        anchor = (ax + shift, ay)
        drop = [anchor]
    else:
        p = nodes[u.parents[0]]
        low = p.y + S * 0.3
        ax = p.x + S / 2 + SIZES.single_parent_reach + shift
        anchor = (ax, low)
        drop = [(p.x + S * 0.4, low), anchor]
    rows = sorted({nodes[c].row for c in u.children})
    main = [c for c in u.children if nodes[c].row == rows[0]] if rows else []
    top_y = min((nodes[c].y - symbol_half(s, c) for c in main), default=anchor[1])
    y_sib = top_y - SIZES.sibship_rise
    child_lines: list[tuple[str, list[Point]]] = []
    identical: list[tuple[str, str]] = []
    twins: dict[str, list[str]] = {}
    for c in main:
        label = nodes[c].person.tweeling
        if label:
            twins.setdefault(label, []).append(c)
    tops: list[float] = [anchor[0]]
    index = s.unions.index(u)
    for c in main:
        n = nodes[c]
        x = n.x + ends.get((index, c), 0.0)
        top = (x, n.y - symbol_half(s, c))
        group = twins.get(n.person.tweeling or "", [])
        if len(group) > 1:
            fork = sum(nodes[g].x for g in group) / len(group)
            child_lines.append((c, [(fork, y_sib), top]))
            tops.append(fork)
        else:
            child_lines.append((c, [(x, y_sib), top]))
            tops.append(x)
    for group in twins.values():
        if len(group) > 1 and any(nodes[g].person.eeneiig for g in group):
            identical.append((group[0], group[-1]))
    for c in u.children:  # children on another row than their siblings (rare): a direct line
        if c not in main:
            n = nodes[c]
            child_lines.append((c, [anchor, (n.x, n.y - symbol_half(s, c))]))
    lo, hi = min(tops), max(tops)
    sibship = ((lo, y_sib), (hi, y_sib)) if hi - lo > 0.5 else None
    drop.append((anchor[0], y_sib))
    return Descent(u, drop, sibship, child_lines, identical)


def _along(points: list[Point], f: float) -> Point:
    (x0, y0), (x1, y1) = points[0], points[-1]
    return (x0 + (x1 - x0) * f, y0 + (y1 - y0) * f)


def _stagger(s: Structure, descents: list[Descent]) -> None:
    """Sibship lines whose spans overlap on one row are raised one step each, so none overlap."""
    by_y: dict[float, list[Descent]] = {}
    for d in descents:
        by_y.setdefault(round(d.drop[-1][1], 1), []).append(d)
    for group in by_y.values():
        placed: list[tuple[float, float, int]] = []
        for d in sorted(group, key=lambda d: _span(d)):
            lo, hi = _span(d)
            taken = {lvl for (a, b, lvl) in placed if not (b + 8 < lo or hi + 8 < a)}
            level = next(i for i in range(len(group) + 1) if i not in taken)
            placed.append((lo, hi, level))
            if level:
                _raise(d, level * SIZES.sibship_step)


def _span(d: Descent) -> tuple[float, float]:
    xs = [d.drop[-1][0], *(pts[0][0] for _, pts in d.child_lines)]
    return (min(xs), max(xs))


def _raise(d: Descent, dy: float) -> None:
    y_old = d.drop[-1][1]
    y = y_old - dy
    d.drop[-1] = (d.drop[-1][0], y)
    if d.sibship:
        d.sibship = ((d.sibship[0][0], y), (d.sibship[1][0], y))
    d.child_lines = [
        (k, [(pts[0][0], y), *pts[1:]]) if abs(pts[0][1] - y_old) < 0.01 else (k, pts)
        for k, pts in d.child_lines
    ]


# -- checks --------------------------------------------------------------------------------------

Segment = tuple[Point, Point]


def descent_segments(d: Descent) -> list[Segment]:
    segs = list(itertools.pairwise(d.drop))
    if d.sibship:
        segs.append(d.sibship)
    for _, pts in d.child_lines:
        segs.extend(itertools.pairwise(pts))
    return segs


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


def descent_crossings(descents: list[Descent]) -> list[tuple[Descent, Descent]]:
    """Pairs of unions whose parent–child lines cross or lie on each other (donor lines, drawn
    straight to the child like a bond, are left out)."""
    descents = [d for d in descents if d.union.kind != "donor"]
    segs = [descent_segments(d) for d in descents]
    found = []
    for i in range(len(descents)):
        for j in range(i + 1, len(descents)):
            if any(segments_cross(p, q) for p in segs[i] for q in segs[j]):
                found.append((descents[i], descents[j]))
    return found
