"""Lines drawn over the structure: emotional bonds, the link between a foster child's two
drawings, and the outlines of households.

A bond is a curve between two people that bulges away from the straight line until it passes
no other symbol and does not run along a partner line; when no such curve is found, the least
bad one is drawn and the caller warns. A household outline is the union of boxes around its
members, row by row (skipping anyone in between who is not a member), joined by bridges.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

from netwerkcli.render.genogram.metrics import NodeLabels
from netwerkcli.render.genogram.structure import Node
from netwerkcli.render.genogram.style import SIZES
from netwerkcli.render.svg import Point

S = SIZES.symbol
Rect = tuple[float, float, float, float]  # x0, y0, x1, y1
SAMPLES = 64


def symbol_rect(node: Node, margin: float = 0.0) -> Rect:
    half = (SIZES.pregnancy if node.is_pregnancy else S) / 2 + margin
    return (node.x - half, node.y - half, node.x + half, node.y + half)


def _inside(p: Point, r: Rect) -> bool:
    return r[0] < p[0] < r[2] and r[1] < p[1] < r[3]


def bezier(p0: Point, p1: Point, p2: Point, p3: Point, n: int = SAMPLES) -> list[Point]:
    out = []
    for i in range(n + 1):
        t = i / n
        a, b, c, d = (1 - t) ** 3, 3 * (1 - t) ** 2 * t, 3 * (1 - t) * t**2, t**3
        out.append(
            (
                a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0],
                a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1],
            )
        )
    return out


def route_curve(
    a: Node,
    b: Node,
    nodes: list[Node],
    partner_segments: list[tuple[Point, Point]],
    labels: dict[str, NodeLabels],
) -> tuple[list[Point], bool]:
    """A curve from a to b avoiding symbols and labels; True when it passes no symbol."""
    (ax, ay), (bx, by) = (a.x, a.y), (b.x, b.y)
    dx, dy = bx - ax, by - ay
    length = math.hypot(dx, dy) or 1.0
    nx, ny = -dy / length, dx / length
    if ny > 0 or (abs(ny) < 1e-9 and nx < 0):  # positive bulge goes up (or left)
        nx, ny = -nx, -ny
    start, end = symbol_rect(a, 3), symbol_rect(b, 3)
    base = max(36.0 if a.row != b.row else 60.0, 0.18 * length)
    bulges = [0.0] if a.row != b.row else []
    for step in (1.0, 1.6, 2.4, 3.4):
        bulges += [base * step, -base * step]
    box_lo = (min(ax, bx) - 4 * base, min(ay, by) - 4 * base)
    box_hi = (max(ax, bx) + 4 * base, max(ay, by) + 4 * base)
    close = [n for n in nodes if box_lo[0] < n.x < box_hi[0] and box_lo[1] < n.y < box_hi[1]]
    others = [n for n in close if n is not a and n is not b]
    near = [symbol_rect(n, 3) for n in others]
    clearance = [symbol_rect(n, 10) for n in others]  # preferred, not required
    texts = [  # crossing text costs a little; one's own years least (the bond starts there)
        (r, 0.4 if n is not a and n is not b else 0.3 if i == 0 else 0.08)
        for n in close
        for i, r in enumerate(labels[n.key].rects(n.x, n.y, symbol_rect(n)[2] - n.x))
    ]
    best: tuple[float, list[Point]] | None = None
    for h in bulges:
        c1 = (ax + dx / 3 + nx * h, ay + dy / 3 + ny * h)
        c2 = (ax + 2 * dx / 3 + nx * h, ay + 2 * dy / 3 + ny * h)
        pts = [p for p in bezier((ax, ay), c1, c2, (bx, by)) if not _inside(p, start)]
        pts = [p for p in pts if not _inside(p, end)]
        if len(pts) < 2:
            continue
        bad = sum(1 for p in pts for r in near if _inside(p, r))
        bad += _along_partner_lines(pts, partner_segments)
        cost = bad * 100 + sum(w for p in pts for r, w in texts if _inside(p, r))
        cost += sum(0.5 for p in pts for r in clearance if _inside(p, r))
        cost += abs(h) * 0.03  # the smallest detour that works
        if best is None or cost < best[0]:
            best = (cost, pts)
    if best is None:
        return [(ax, ay), (bx, by)], False
    return best[1], best[0] < 100  # below 100: it passes no symbol and no partner line


def _along_partner_lines(pts: list[Point], segments: list[tuple[Point, Point]]) -> int:
    """Count steps of the curve that run along a horizontal or vertical line (near it and
    nearly parallel): crossing a line is fine, lying on it is not."""
    count = 0
    for (x0, y0), (x1, y1) in segments:
        horizontal = abs(y1 - y0) < 0.5
        if not horizontal and abs(x1 - x0) >= 0.5:
            continue
        lo, hi = (min(x0, x1), max(x0, x1)) if horizontal else (min(y0, y1), max(y0, y1))
        for (px, py), (qx, qy) in itertools.pairwise(pts):
            if not horizontal:  # the same test with the axes swapped
                px, py, qx, qy = py, px, qy, qx
            level = y0 if horizontal else x0
            near = abs(py - level) < 8 and abs(qy - level) < 8 and lo - 2 <= px <= hi + 2
            if near and abs(qy - py) < 0.5 * abs(qx - px):
                count += 1
    return count


def offset(points: list[Point], d: float) -> list[Point]:
    """The polyline moved sideways by ``d`` (for parallel lines)."""
    out = []
    for i, (x, y) in enumerate(points):
        (x0, y0) = points[max(i - 1, 0)]
        (x1, y1) = points[min(i + 1, len(points) - 1)]
        tx, ty = x1 - x0, y1 - y0
        n = math.hypot(tx, ty) or 1.0
        out.append((x - ty / n * d, y + tx / n * d))
    return out


def resample(points: list[Point], step: float) -> list[Point]:
    """Points every ``step`` along the polyline."""
    out = [points[0]]
    carry = 0.0
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        seg = math.hypot(x1 - x0, y1 - y0)
        t = step - carry
        while t <= seg:
            out.append((x0 + (x1 - x0) * t / seg, y0 + (y1 - y0) * t / seg))
            t += step
        carry = seg - (t - step)
    if out[-1] != points[-1]:
        out.append(points[-1])
    return out


def zigzag(points: list[Point], amplitude: float, step: float) -> list[Point]:
    pts = resample(points, step)
    out = []
    for i, (x, y) in enumerate(pts):
        if i in (0, len(pts) - 1):
            out.append((x, y))
            continue
        (x0, y0), (x1, y1) = pts[i - 1], pts[i + 1]
        tx, ty = x1 - x0, y1 - y0
        n = math.hypot(tx, ty) or 1.0
        side = amplitude if i % 2 else -amplitude
        out.append((x - ty / n * side, y + tx / n * side))
    return out


def point_at(points: list[Point], fraction: float) -> tuple[Point, Point]:
    """The point at ``fraction`` of the length, and the unit direction there."""
    lengths = [math.hypot(b[0] - a[0], b[1] - a[1]) for a, b in itertools.pairwise(points)]
    goal = sum(lengths) * fraction
    for (a, b), seg in zip(itertools.pairwise(points), lengths, strict=True):
        if goal <= seg and seg > 0:
            t = goal / seg
            return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t), (
                (b[0] - a[0]) / seg,
                (b[1] - a[1]) / seg,
            )
        goal -= seg
    a, b = points[-2], points[-1]
    seg = math.hypot(b[0] - a[0], b[1] - a[1]) or 1.0
    return b, ((b[0] - a[0]) / seg, (b[1] - a[1]) / seg)


# -- households ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Outline:
    loops: list[list[Point]]
    label_at: Point


def household_outline(
    members: list[Node],
    rows: list[list[str]],
    nodes: dict[str, Node],
    labels: dict[str, NodeLabels],
    label_width: float = 0.0,
    inset: int = 0,
) -> Outline | None:
    """The outline; ``inset`` (0, 1, 2) makes overlapping households run apart."""
    if not members:
        return None
    keys = {m.key for m in members}
    pad = SIZES.household_pad - 2 * inset
    by_row: dict[int, list[Rect]] = {}
    for r, row in enumerate(rows):
        current: Rect | None = None
        for k in row:
            if k not in keys:
                if current:
                    by_row.setdefault(r, []).append(current)
                current = None
                continue
            n, lab = nodes[k], labels[k]
            box = (
                n.x - lab.left - pad,
                n.y - S / 2 - SIZES.years_font - 4 - pad,
                n.x + lab.right + pad,
                n.y + lab.below + pad + SIZES.household_label,
            )
            current = box if current is None else _merge(current, box)
        if current:
            by_row.setdefault(r, []).append(current)
    first = by_row[max(by_row)][0]  # the household's name goes in its lowest box
    if first[2] - first[0] < label_width + 14:
        by_row[max(by_row)][0] = (first[0], first[1], first[0] + label_width + 14, first[3])
    rects = [r for rs in by_row.values() for r in rs]
    blockers = [
        (
            n.x - labels[k].left,
            n.y - S / 2 - SIZES.years_font - 4,
            n.x + labels[k].right,
            n.y + labels[k].below,
        )
        for k, n in nodes.items()
        if k not in keys
    ]
    row_ids = sorted(by_row)
    for upper, lower in itertools.pairwise(row_ids):
        for low in by_row[lower]:
            up = min(by_row[upper], key=lambda u: _distance(u, low))
            rects.extend(_bridge(up, low, blockers))
    for r in row_ids:  # several boxes on one row: joined along the bottom strip
        boxes = sorted(by_row[r])
        for a, b in itertools.pairwise(boxes):
            y1 = min(a[3], b[3])
            rects.append((a[2] - 1, y1 - 12, b[0] + 1, y1))
    lowest = by_row[row_ids[-1]][0]
    return Outline(_outline(rects), (lowest[0] + 6, lowest[3] - 5))


def _merge(a: Rect, b: Rect) -> Rect:
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


def _distance(a: Rect, b: Rect) -> float:
    gap = max(a[0] - b[2], b[0] - a[2], 0.0)
    return gap


def _bridge(up: Rect, low: Rect, blockers: list[Rect]) -> list[Rect]:
    """Join a box to the one below by a column that passes nobody who is not a member."""
    w = 14.0
    lo, hi = max(up[0], low[0]), min(up[2], low[2])
    if hi - lo >= w:
        full = (lo, up[3] - 1, hi, low[1] + 1)
        if not any(_overlap(full, b) for b in blockers):
            return [full]
    lo_x, hi_x = min(up[0], low[0]) + w / 2, max(up[2], low[2]) - w / 2
    best: tuple[float, float] | None = None
    steps = max(1, int((hi_x - lo_x) / 4))
    for n in range(steps + 1):
        x = lo_x + (hi_x - lo_x) * n / steps
        column = (x - w / 2, up[3], x + w / 2, low[1])
        hits = sum(1 for b in blockers if _overlap(column, b))
        reach = _outside(x, up) + _outside(x, low)
        score = hits * 10_000 + reach
        if best is None or score < best[0]:
            best = (score, x)
    assert best is not None
    x = best[1]
    rects = [(x - w / 2, up[3] - 1, x + w / 2, low[1] + 1)]
    xu = min(max(x, up[0] + w / 2), up[2] - w / 2)
    if abs(xu - x) > 0.5:
        rects.append((min(x, xu) - w / 2, up[3] - 1, max(x, xu) + w / 2, up[3] + w))
    xl = min(max(x, low[0] + w / 2), low[2] - w / 2)
    if abs(xl - x) > 0.5:
        rects.append((min(x, xl) - w / 2, low[1] - w, max(x, xl) + w / 2, low[1] + 1))
    return rects


def _overlap(a: Rect, b: Rect) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _outside(x: float, r: Rect) -> float:
    return max(r[0] - x, x - r[2], 0.0)


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
        points = [(xs[i], ys[j]) for i, j in loop]
        loops.append(_simplify(points))
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
