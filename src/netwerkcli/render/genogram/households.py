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
from netwerkcli.render.genogram.paths import Rect, Segment
from netwerkcli.render.genogram.structure import Node
from netwerkcli.render.genogram.style import SIZES
from netwerkcli.render.svg import Point

S = SIZES.symbol
MIN_OVERLAP = 44.0  # the groups of two rows of one outline overlap at least this much
MARKER = 14.0  # size of the house marker
MARKER_ROOM = MARKER + 6.0  # room it takes below the name


@dataclass
class HouseholdDrawing:
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
) -> None:
    """The outline round a household that stands together, now that the rows have heights."""
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
    shape = boxes + [
        (max(up[0], low[0]), up[3] - 1, min(up[2], low[2]), low[1] + 1)
        for up, low in itertools.pairwise(boxes)
    ]
    drawing.loops = _outline(shape)
    drawing.label_at = (boxes[-1][0] + 6, boxes[-1][3] - 5)


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
