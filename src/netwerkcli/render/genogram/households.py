"""Households: who lives together, readable at a glance.

When the members stand together (on each row side by side with nobody else between them, on rows
that follow each other, each row's group overlapping the next one's by a good width), one dashed
outline goes round them, with the household's name inside. Otherwise an outline would have to
skip people or squeeze between them, and would mislead; then every member gets a small numbered
house below the name, and the legend says which number is which household.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from netwerkcli.render.genogram.metrics import NodeLabels
from netwerkcli.render.genogram.paths import Rect, Segment, boxes_meet
from netwerkcli.render.genogram.structure import Node
from netwerkcli.render.genogram.style import SIZES
from netwerkcli.render.svg import Point

S = SIZES.symbol
MIN_OVERLAP = 44.0  # the groups of two rows of one outline overlap at least this much
MARKER = 14.0  # size of the house marker
MARKER_ROOM = MARKER + 6.0  # room it takes below the name
CLEARANCE = 8.0  # an outline's edge keeps this far from a partner line running beside it


@dataclass(eq=False, repr=False)
class HouseholdDrawing:
    """A household as drawn: an outline round its members, or a numbered house marker
    below each one."""

    naam: str
    members: list[str]  # node keys
    number: int  # 1, 2, ... in the file's order
    spans: list[tuple[int, float, float]] = field(default_factory=list)  # outline: per row
    loops: list[list[Point]] = field(default_factory=list)  # the outline, when they stand together
    label_at: Point | None = None

    @property
    def outlined(self) -> bool:
        return bool(self.spans)

    def segments(self) -> list[Segment]:
        return [(loop[i - 1], loop[i]) for loop in self.loops for i in range(len(loop))]


def runs(members: list[str], rows: list[list[str]]) -> dict[int, list[list[str]]]:
    """Per row, the members in groups that stand side by side with nobody else between."""
    keys = set(members)
    out: dict[int, list[list[str]]] = {}
    for r, row in enumerate(rows):
        current: list[str] = []
        for k in row:
            if k in keys:
                current.append(k)
            elif current:
                out.setdefault(r, []).append(current)
                current = []
        if current:
            out.setdefault(r, []).append(current)
    return out


def _spans(
    members: list[str], rows: list[list[str]], x: dict[str, float], labels: dict[str, NodeLabels]
) -> list[tuple[int, float, float]] | None:
    """Per row (consecutive rows, top first) the x extent of the members' boxes, or None when
    they do not stand together."""
    groups = runs(members, rows)
    if not groups or any(len(g) > 1 for g in groups.values()):
        return None
    row_ids = sorted(groups)
    if row_ids != list(range(row_ids[0], row_ids[-1] + 1)):
        return None
    pad = SIZES.household_pad
    spans = []
    for r in row_ids:
        group = groups[r][0]
        spans.append(
            (
                r,
                x[group[0]] - labels[group[0]].left - pad,
                x[group[-1]] + labels[group[-1]].right + pad,
            )
        )
    for (_, a0, a1), (_, b0, b1) in itertools.pairwise(spans):
        if min(a1, b1) - max(a0, b0) < MIN_OVERLAP:
            return None
    return spans


def plan_households(
    households: list[tuple[str, list[str], float]],
    rows: list[list[str]],
    x: dict[str, float],
    labels: dict[str, NodeLabels],
) -> list[HouseholdDrawing]:
    """Which households get an outline: those whose members stand together, unless an earlier
    outline is in the way (then markers). ``households``: name, member keys, name width."""
    out: list[HouseholdDrawing] = []
    taken: list[tuple[float, float, float]] = []  # (row or band + 0.5, x0, x1)
    for number, (naam, members, width) in enumerate(households, start=1):
        drawing = HouseholdDrawing(naam, members, number)
        spans = _spans(members, rows, x, labels)
        if spans is not None:
            r, x0, x1 = spans[-1]
            spans[-1] = (r, x0, max(x1, x0 + width + 14))
            shape = [(float(r), a, b) for r, a, b in spans] + [
                (up[0] + 0.5, max(up[1], low[1]), min(up[2], low[2]))
                for up, low in itertools.pairwise(spans)
            ]
            clash = any(
                s[0] == t[0] and s[1] < t[2] + 2 and t[1] < s[2] + 2 for s in shape for t in taken
            )
            if not clash:
                taken.extend(shape)
                drawing.spans = spans
        out.append(drawing)
    return out


def outline(
    drawing: HouseholdDrawing,
    nodes: dict[str, Node],
    labels: dict[str, NodeLabels],
    rows: list[list[str]],
    lines: list[Segment],
    texts: list[Rect],
) -> None:
    """The outline round a household that stands together, now that the rows have heights.
    Where a partner line (``lines``) runs close beside an edge, the edge moves off it (never
    through one of the ``texts``), so the dashed outline never lies along a line."""
    boxes: list[Rect] = []
    pad = SIZES.household_pad
    groups = runs(drawing.members, rows)
    for r, x0, x1 in drawing.spans:
        group = groups[r][0]
        y = nodes[group[0]].y
        boxes.append(
            (
                x0,
                y - S / 2 - SIZES.years_font - 4 - pad,
                x1,
                y + max(labels[k].below for k in group) + pad,
            )
        )
    x0, y0, x1, y1 = boxes[-1]  # the name goes in the lowest box
    boxes[-1] = (x0, y0, x1, y1 + SIZES.household_label)
    boxes = [_clear_of(box, lines, texts) for box in boxes]
    shape = boxes + [
        (max(up[0], low[0]), up[3] - 1, min(up[2], low[2]), low[1] + 1)
        for up, low in itertools.pairwise(boxes)
    ]
    drawing.loops = _outline(shape)
    drawing.label_at = (boxes[-1][0] + 6, boxes[-1][3] - 5)


def _clear_of(box: Rect, lines: list[Segment], texts: list[Rect]) -> Rect:
    """``box`` with each edge moved off the level or upright lines that run beside it (within
    CLEARANCE, along more than a few pixels): out past the line, or else in, or else as far
    from it as the texts around allow, never through a text."""
    x0, y0, x1, y1 = box
    for _ in range(4):  # a moved edge may come beside the next line
        moved = False
        for (ax, ay), (bx, by) in lines:
            if abs(ax - bx) < 0.5 and min(ay, by) < y1 - 4 and max(ay, by) > y0 + 4:
                if abs(ax - x0) < CLEARANCE - 0.5:
                    x0, moved = _free_place(ax, -1.0, True, (y0, y1), texts), True
                elif abs(ax - x1) < CLEARANCE - 0.5:
                    x1, moved = _free_place(ax, 1.0, True, (y0, y1), texts), True
            elif abs(ay - by) < 0.5 and min(ax, bx) < x1 - 4 and max(ax, bx) > x0 + 4:
                if abs(ay - y0) < CLEARANCE - 0.5:
                    y0, moved = _free_place(ay, -1.0, False, (x0, x1), texts), True
                elif abs(ay - y1) < CLEARANCE - 0.5:
                    y1, moved = _free_place(ay, 1.0, False, (x0, x1), texts), True
        if not moved:
            break
    return (x0, y0, x1, y1)


def _free_place(
    at: float, outward: float, upright: bool, span: tuple[float, float], texts: list[Rect]
) -> float:
    """Where an edge beside a line at ``at`` goes (an upright edge over ``span`` of y, or a level
    one over ``span`` of x): CLEARANCE outward, else inward, else nearer the line on either
    side (down to 4 px), the first place where it crosses no text."""
    lo, hi = span
    for distance in (CLEARANCE, 6.0, 4.0):
        for side in (outward, -outward):
            v = at + side * distance
            edge = (v, lo, v, hi) if upright else (lo, v, hi, v)
            if not any(boxes_meet(edge, t) for t in texts):
                return v
    return at + outward * CLEARANCE


def marker_at(node: Node, label: NodeLabels) -> Point:
    """Centre of a household marker: below the name (and place), in the room kept for it."""
    return (node.x, node.y + label.below - MARKER_ROOM + MARKER / 2 + 1)


def _outline(rects: list[Rect]) -> list[list[Point]]:
    """Boundary loops of the union of rectangles (on the grid of their edges)."""
    xs = sorted({v for r in rects for v in (r[0], r[2])})
    ys = sorted({v for r in rects for v in (r[1], r[3])})
    xi = {v: i for i, v in enumerate(xs)}
    yi = {v: i for i, v in enumerate(ys)}
    covered = set()
    for x0, y0, x1, y1 in rects:
        for i in range(xi[x0], xi[x1]):
            for j in range(yi[y0], yi[y1]):
                covered.add((i, j))
    edges: dict[tuple[int, int], tuple[int, int]] = {}
    for i, j in covered:  # clockwise edges with the inside on the right
        if (i, j - 1) not in covered:
            edges[(i, j)] = (i + 1, j)
        if (i + 1, j) not in covered:
            edges[(i + 1, j)] = (i + 1, j + 1)
        if (i, j + 1) not in covered:
            edges[(i + 1, j + 1)] = (i, j + 1)
        if (i - 1, j) not in covered:
            edges[(i, j + 1)] = (i, j)
    loops: list[list[Point]] = []
    while edges:
        start = min(edges)
        loop = [start]
        current = edges.pop(start)
        while current != start and current in edges:
            loop.append(current)
            current = edges.pop(current)
        loops.append(_simplify([(xs[i], ys[j]) for i, j in loop]))
    return loops


def _simplify(points: list[Point]) -> list[Point]:
    out: list[Point] = []
    n = len(points)
    for k in range(n):
        a, b, c = points[k - 1], points[k], points[(k + 1) % n]
        collinear = (a[0] == b[0] == c[0]) or (a[1] == b[1] == c[1])
        if not collinear:
            out.append(b)
    return out
