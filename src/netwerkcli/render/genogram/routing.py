"""Lines drawn over the structure: emotional bonds, the link between a foster child's two
drawings, and the outlines of households.

A bond is a curve between two people that bulges away from the straight line until it passes
no other symbol, no text (names, years, places, partner and household labels, also the two
people's own) and does not run along a partner line; the shortest such arc wins. When no arc is
clean, a search on a fine grid finds the shortest way through narrow gaps, straightened and
rounded; when there is none either, the least bad arc is drawn and the caller warns.

A household outline is the union of boxes around its members, row by row (skipping anyone in
between who is not a member), joined by bridges.
"""

from __future__ import annotations

import heapq
import itertools
import math
from dataclasses import dataclass

from netwerkcli.render.genogram.metrics import NodeLabels
from netwerkcli.render.genogram.structure import Node
from netwerkcli.render.genogram.style import SIZES, BondStyle
from netwerkcli.render.svg import Point

S = SIZES.symbol
Rect = tuple[float, float, float, float]  # x0, y0, x1, y1
SAMPLES = 64
BULGES = (0.6, 1.0, 1.3, 1.6, 2.0, 2.4, 2.9, 3.4, 4.2)  # times the base bulge, to either side
DETOUR = 0.05  # cost per pixel of length: the shortest clean curve wins
ALONG = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)  # waypoints: this far from a to b
ASIDE = tuple(k / 2 for k in range(-7, 8))  # and this far aside, times the base bulge
WAYPOINT = 1.08  # a single arc reads better: a curve through a waypoint counts a bit longer
GRID = 3.0  # cell size of the search for narrow ways
TRIES = 1500  # arcs tried, shortest first, before the search on the grid
FALLBACK = 400  # candidates weighed when no clean curve exists
ARROW = 9.0  # length of the arrowhead of a directed bond


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


def bond_reach(style: BondStyle, directed: bool) -> tuple[float, float]:
    """How far the drawn strokes of a bond reach beside its centre line, and how far the bars
    of a cut-off bond reach (in the middle only)."""
    if style.zigzag:
        reach = SIZES.zigzag + style.width / 2
    else:
        reach = (style.lines - 1) / 2 * SIZES.bond_offset + style.width / 2
    if directed:
        reach = max(reach, ARROW * 0.45 + style.width / 2)
    bars = 7.0 + style.width / 2 if style.bars else 0.0
    return reach, bars


def route_curve(
    a: Node,
    b: Node,
    nodes: list[Node],
    partner_segments: list[tuple[Point, Point]],
    texts: list[Rect],
    reach: float = 1.0,
    bars: float = 0.0,
) -> tuple[list[Point], bool]:
    """A curve from a to b that passes no other symbol, no text (``texts``, including the
    labels of a and b) and does not run along a partner line; True when one was found. The
    strokes drawn along the curve reach ``reach`` beside it (``bars`` in the middle).

    Candidates bulge to either side by growing amounts, and each end may leave its symbol
    straight or bent outwards (round one's own years or name); the shortest clean one wins,
    with a small preference for room around symbols. Without a clean one, the least bad."""
    (ax, ay), (bx, by) = (a.x, a.y), (b.x, b.y)
    dx, dy = bx - ax, by - ay
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    nx, ny = -uy, ux
    if ny > 0 or (abs(ny) < 1e-9 and nx < 0):  # positive bulge goes up (or left)
        nx, ny = -nx, -ny
    start, end = symbol_rect(a, 3), symbol_rect(b, 3)
    base = max(36.0 if a.row != b.row else 60.0, 0.18 * length)
    heights = [0.0] if a.row != b.row else []
    for step in BULGES:
        heights += [base * step, -base * step]
    handles = (length / 3, 0.0, -S)
    shifts = (0.0, S * 0.3, -S * 0.3)  # where the curve aims in the symbol, sideways
    options: list[tuple[float, tuple[Point, ...]]] = []  # (estimated length, control points)
    for h, h1, h2, s1, s2 in itertools.product(heights, handles, handles, shifts, shifts):
        p0, p3 = (ax + s1, ay), (bx + s2, by)
        c1 = (p0[0] + ux * h1 + nx * h, p0[1] + uy * h1 + ny * h)
        c2 = (p3[0] - ux * h2 + nx * h, p3[1] - uy * h2 + ny * h)
        options.append((_estimate(p0, c1, c2, p3), (p0, c1, c2, p3)))
    # through a waypoint: two pieces that meet smoothly, for the ways a single arc cannot take
    asides = [k for k in ASIDE if k or a.row != b.row]  # on one row: always a bend
    for f, k, s1, s2 in itertools.product(ALONG, asides, shifts, shifts):
        p0, p3 = (ax + s1, ay), (bx + s2, by)
        w = (ax + dx * f + nx * base * k, ay + dy * f + ny * base * k)
        first, second = math.dist(p0, w) / 3, math.dist(w, p3) / 3
        c1 = (p0[0] + (w[0] - p0[0]) / 3, p0[1] + (w[1] - p0[1]) / 3)
        c2 = (w[0] - ux * first, w[1] - uy * first)
        c3 = (w[0] + ux * second, w[1] + uy * second)
        c4 = (p3[0] + (w[0] - p3[0]) / 3, p3[1] + (w[1] - p3[1]) / 3)
        size = _estimate(p0, c1, c2, w) + _estimate(w, c3, c4, p3)
        options.append((size * WAYPOINT, (p0, c1, c2, w, c3, c4, p3)))
    options.sort(key=lambda o: o[0])

    def curve(controls: tuple[Point, ...], n: int = SAMPLES) -> list[Point]:
        pts = bezier(controls[0], controls[1], controls[2], controls[3], n)
        if len(controls) == 7:
            pts += bezier(controls[3], controls[4], controls[5], controls[6], n)[1:]
        return [p for p in pts if not _inside(p, start) and not _inside(p, end)]

    box_lo = (min(ax, bx) - 5 * base, min(ay, by) - 5 * base)
    box_hi = (max(ax, bx) + 5 * base, max(ay, by) + 5 * base)
    close = [n for n in nodes if box_lo[0] < n.x < box_hi[0] and box_lo[1] < n.y < box_hi[1]]
    others = [n for n in close if n is not a and n is not b]
    pad = reach + 1.5
    blocks = [symbol_rect(n, max(3.0, pad)) for n in others]
    blocks += [_grow(r, pad) for r in texts if _overlap(r, (*box_lo, *box_hi))]
    bar_blocks = [_grow(r, bars + 1.5) for r in blocks] if bars > reach else []
    clearance = [symbol_rect(n, 10 + reach) for n in others]  # preferred, not required
    best: tuple[float, list[Point]] | None = None
    for size, controls in options[:TRIES]:
        cost = size * DETOUR
        if best is not None and cost >= best[0]:
            break  # longer than the best clean one: nothing better follows
        if _hits(curve(controls, SAMPLES // 8), blocks, pad, [], first=True):
            continue  # a quick look at every eighth point already finds something in the way
        pts = curve(controls)
        if len(pts) < 2 or _hits(pts, blocks, pad, bar_blocks, first=True):
            continue
        if _along_partner_lines(pts, partner_segments):
            continue
        cost += sum(0.5 for p in pts for r in clearance if _inside(p, r))
        if best is None or cost < best[0]:
            best = (cost, pts)
    if best is not None:
        return best[1], True
    found = _grid_route(a, b, blocks, partner_segments, pad, bar_blocks, start, end)
    if found is not None:
        return found, True
    least: tuple[tuple[int, float], list[Point]] | None = None  # nothing clean: touch least
    for size, controls in options[:FALLBACK]:
        pts = curve(controls)
        if len(pts) < 2:
            continue
        bad = _hits(pts, blocks, pad, bar_blocks, first=False)
        key = (bad + 3 * _along_partner_lines(pts, partner_segments), size)
        if least is None or key < least[0]:
            least = (key, pts)
    return (least[1] if least else [(ax, ay), (bx, by)]), False


def _grid_route(
    a: Node,
    b: Node,
    blocks: list[Rect],
    partner_segments: list[tuple[Point, Point]],
    pad: float,
    bar_blocks: list[Rect],
    start: Rect,
    end: Rect,
) -> list[Point] | None:
    """Where no arc is clean: the shortest way on a fine grid (through narrow gaps between
    labels), straightened and then rounded; None when there is none either."""
    g = GRID
    margin = 120.0
    x0, y0 = max(min(a.x, b.x) - margin, 0.0), max(min(a.y, b.y) - margin, 0.0)
    cols = int((max(a.x, b.x) + margin - x0) / g) + 1
    rows = int((max(a.y, b.y) + margin - y0) / g) + 1
    blocked = bytearray(cols * rows)
    for r in blocks:
        i0, i1 = max(int((r[0] - x0) / g), 0), min(int((r[2] - x0) / g) + 1, cols - 1)
        j0, j1 = max(int((r[1] - y0) / g), 0), min(int((r[3] - y0) / g) + 1, rows - 1)
        for j in range(j0, j1 + 1):
            for i in range(i0, i1 + 1):
                if _inside((x0 + i * g, y0 + j * g), r):
                    blocked[j * cols + i] = 1
    for j in range(rows):  # off the page
        for i in range(cols):
            if x0 + i * g < pad or y0 + j * g < pad:
                blocked[j * cols + i] = 1
    # moves that would run along a line: horizontal near a horizontal one, vertical near a
    # vertical one
    no_h, no_v = bytearray(cols * rows), bytearray(cols * rows)
    for (sx0, sy0), (sx1, sy1) in partner_segments:
        horizontal, vertical = abs(sy1 - sy0) < 0.5, abs(sx1 - sx0) < 0.5
        if not (horizontal or vertical):
            continue
        lo_x, hi_x = min(sx0, sx1) - 2, max(sx0, sx1) + 2
        lo_y, hi_y = min(sy0, sy1) - 2, max(sy0, sy1) + 2
        if horizontal:
            lo_y, hi_y = sy0 - 8, sy0 + 8
        else:
            lo_x, hi_x = sx0 - 8, sx0 + 8
        mask = no_h if horizontal else no_v
        for j in range(max(int((lo_y - y0) / g), 0), min(int((hi_y - y0) / g) + 2, rows)):
            for i in range(max(int((lo_x - x0) / g), 0), min(int((hi_x - x0) / g) + 2, cols)):
                mask[j * cols + i] = 1

    def cell(x: float, y: float) -> int:
        return round((y - y0) / g) * cols + round((x - x0) / g)

    source, target = cell(a.x, a.y), cell(b.x, b.y)
    for r in (start, end):  # the way out of one's own symbol (past one's own age)
        for j in range(max(int((r[1] - y0) / g), 0), min(int((r[3] - y0) / g) + 2, rows)):
            for i in range(max(int((r[0] - x0) / g), 0), min(int((r[2] - x0) / g) + 2, cols)):
                if _inside((x0 + i * g, y0 + j * g), r):
                    blocked[j * cols + i] = 0
    tx, ty = target % cols, target // cols
    dist = {source: 0.0}
    back: dict[int, int] = {}
    heap = [(0.0, source)]
    steps = [(di, dj, math.hypot(di, dj)) for di in (-1, 0, 1) for dj in (-1, 0, 1) if di or dj]
    while heap:
        _, k = heapq.heappop(heap)
        if k == target:
            break
        i, j = k % cols, k // cols
        for di, dj, step in steps:
            ni, nj = i + di, j + dj
            if not (0 <= ni < cols and 0 <= nj < rows):
                continue
            n = nj * cols + ni
            if blocked[n] or (dj == 0 and (no_h[k] or no_h[n])):
                continue
            if di == 0 and (no_v[k] or no_v[n]):
                continue
            d = dist[k] + step
            if d < dist.get(n, math.inf):
                dist[n] = d
                back[n] = k
                heapq.heappush(heap, (d + math.hypot(ni - tx, nj - ty), n))
    if target not in dist:
        return None
    path = [target]
    while path[-1] != source:
        path.append(back[path[-1]])
    grid_pts = [(x0 + k % cols * g, y0 + k // cols * g) for k in reversed(path)]
    grid_pts[0], grid_pts[-1] = (a.x, a.y), (b.x, b.y)

    def clean(pts: list[Point]) -> bool:
        pts = [p for p in pts if not _inside(p, start) and not _inside(p, end)]
        return len(pts) < 2 or not (  # wholly inside the own symbols: nothing to see
            _hits(pts, blocks, pad, bar_blocks, first=True)
            or _along_partner_lines(pts, partner_segments)
        )

    corners = [grid_pts[0]]  # straightened: the furthest point in reach, again and again
    i = 0
    while i < len(grid_pts) - 1:
        j = len(grid_pts) - 1
        while j > i + 1 and not clean(_segment(grid_pts[i], grid_pts[j])):
            j -= 1
        corners.append(grid_pts[j])
        i = j
    for smooth in (_rounded_polyline(corners, r) for r in (40.0, 20.0, 8.0)):
        if clean(smooth):
            return [p for p in smooth if not _inside(p, start) and not _inside(p, end)]
    pts = [p for c, d in itertools.pairwise(corners) for p in _segment(c, d)[:-1]]
    pts = [p for p in [*pts, corners[-1]] if not _inside(p, start) and not _inside(p, end)]
    return pts if clean(pts) else None


def _segment(p: Point, q: Point) -> list[Point]:
    n = max(1, int(math.dist(p, q) / 4))
    return [(p[0] + (q[0] - p[0]) * t / n, p[1] + (q[1] - p[1]) * t / n) for t in range(n + 1)]


def _rounded_polyline(corners: list[Point], radius: float) -> list[Point]:
    """The polyline with each corner replaced by a curve that starts ``radius`` before it."""
    if len(corners) < 3:
        return [p for c, d in itertools.pairwise(corners) for p in _segment(c, d)]
    out = [corners[0]]
    for prev, here, nxt in zip(corners, corners[1:], corners[2:], strict=False):
        r1 = min(radius, math.dist(prev, here) / 2)
        r2 = min(radius, math.dist(here, nxt) / 2)
        p = _toward(here, prev, r1)
        q = _toward(here, nxt, r2)
        out += _segment(out[-1], p)[1:]
        out += bezier(p, _toward(p, here, r1 * 0.55), _toward(q, here, r2 * 0.55), q, 12)[1:]
    out += _segment(out[-1], corners[-1])[1:]
    return out


def _toward(p: Point, q: Point, d: float) -> Point:
    length = math.dist(p, q) or 1.0
    return (p[0] + (q[0] - p[0]) * d / length, p[1] + (q[1] - p[1]) * d / length)


def _hits(
    pts: list[Point], blocks: list[Rect], pad: float, bar_blocks: list[Rect], first: bool
) -> int:
    """Points on something (or off the page); with ``first``, stop at the first."""
    x0 = min(p[0] for p in pts)
    y0 = min(p[1] for p in pts)
    x1 = max(p[0] for p in pts)
    y1 = max(p[1] for p in pts)
    span = (x0, y0, x1, y1)
    near = [r for r in blocks if _overlap(r, span)]
    count = 0
    for p in pts:
        if p[0] < pad or p[1] < pad or any(_inside(p, r) for r in near):
            count += 1
            if first:
                return count
    if bar_blocks:
        middle = pts[len(pts) // 2 - 2 : len(pts) // 2 + 3]
        count += sum(1 for p in middle for r in bar_blocks if _inside(p, r))
    return count


def _estimate(p0: Point, c1: Point, c2: Point, p3: Point) -> float:
    """About the length of a Bézier curve: between its chord and its control polygon."""
    polygon = math.dist(p0, c1) + math.dist(c1, c2) + math.dist(c2, p3)
    return (polygon + math.dist(p0, p3)) / 2


def _grow(r: Rect, d: float) -> Rect:
    return (r[0] - d, r[1] - d, r[2] + d, r[3] + d)


def _length(pts: list[Point]) -> float:
    return sum(math.hypot(q[0] - p[0], q[1] - p[1]) for p, q in itertools.pairwise(pts))


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
