"""Plane geometry for drawn lines: curves, strokes along a path, and tests on segments and boxes."""

from __future__ import annotations

import functools
import itertools
import math

from netwerkcli.render.svg import Point

Rect = tuple[float, float, float, float]  # x0, y0, x1, y1
Segment = tuple[Point, Point]


@functools.cache
def bezier_weights(n: int) -> tuple[tuple[float, float, float, float], ...]:
    out = []
    for i in range(n + 1):
        t = i / n
        out.append(((1 - t) ** 3, 3 * (1 - t) ** 2 * t, 3 * (1 - t) * t**2, t**3))
    return tuple(out)


def bezier(p0: Point, p1: Point, p2: Point, p3: Point, n: int) -> list[Point]:
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = p0, p1, p2, p3
    return [
        (a * x0 + b * x1 + c * x2 + d * x3, a * y0 + b * y1 + c * y2 + d * y3)
        for a, b, c, d in bezier_weights(n)
    ]


def estimate(p0: Point, c1: Point, c2: Point, p3: Point) -> float:
    """About the length of a Bézier curve: between its chord and its control polygon."""
    polygon = math.dist(p0, c1) + math.dist(c1, c2) + math.dist(c2, p3)
    return (polygon + math.dist(p0, p3)) / 2


def length(points: list[Point]) -> float:
    return sum(map(math.dist, points, points[1:]))


def straight(p: Point, q: Point, step: float = 4.0) -> list[Point]:
    n = max(1, int(math.dist(p, q) / step))
    return [(p[0] + (q[0] - p[0]) * t / n, p[1] + (q[1] - p[1]) * t / n) for t in range(n + 1)]


def toward(p: Point, q: Point, d: float) -> Point:
    size = math.dist(p, q) or 1.0
    return (p[0] + (q[0] - p[0]) * d / size, p[1] + (q[1] - p[1]) * d / size)


def rounded_polyline(corners: list[Point], radius: float) -> list[Point]:
    """The polyline with each corner replaced by a curve that starts ``radius`` before it."""
    if len(corners) < 3:
        return [p for c, d in itertools.pairwise(corners) for p in straight(c, d)]
    out = [corners[0]]
    for prev, here, nxt in zip(corners, corners[1:], corners[2:], strict=False):
        r1 = min(radius, math.dist(prev, here) / 2)
        r2 = min(radius, math.dist(here, nxt) / 2)
        p = toward(here, prev, r1)
        q = toward(here, nxt, r2)
        out += straight(out[-1], p)[1:]
        out += bezier(p, toward(p, here, r1 * 0.55), toward(q, here, r2 * 0.55), q, 12)[1:]
    out += straight(out[-1], corners[-1])[1:]
    return out


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
    lengths = [math.dist(a, b) for a, b in itertools.pairwise(points)]
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
    seg = math.dist(a, b) or 1.0
    return b, ((b[0] - a[0]) / seg, (b[1] - a[1]) / seg)


def grow(r: Rect, d: float) -> Rect:
    return (r[0] - d, r[1] - d, r[2] + d, r[3] + d)


def boxes_meet(a: Rect, b: Rect) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def inside(p: Point, r: Rect) -> bool:
    return r[0] < p[0] < r[2] and r[1] < p[1] < r[3]


def segment_box(seg: Segment) -> Rect:
    (x0, y0), (x1, y1) = seg
    return (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))


def through(seg: Segment, r: Rect) -> bool:
    """Does the segment pass through the inside of the box? (Liang–Barsky clipping.)"""
    (ax, ay), (bx, by) = seg
    dx, dy = bx - ax, by - ay
    t0, t1 = 0.0, 1.0
    for p, q in ((-dx, ax - r[0]), (dx, r[2] - ax), (-dy, ay - r[1]), (dy, r[3] - ay)):
        if p == 0:
            if q <= 0:
                return False
        else:
            t = q / p
            if p < 0:
                t0 = max(t0, t)
            else:
                t1 = min(t1, t)
    return t0 < t1 - 1e-9


def cross(p: Segment, q: Segment) -> bool:
    """Do two segments properly cross? (The four orientations written out, p's two only when
    q's already differ: this runs for every line near every piece of a bond.)"""
    (px0, py0), (px1, py1) = p
    (qx0, qy0), (qx1, qy1) = q
    qx, qy = qx1 - qx0, qy1 - qy0
    if not (qx * (py0 - qy0) - qy * (px0 - qx0)) * (qx * (py1 - qy0) - qy * (px1 - qx0)) < 0:
        return False
    px, py = px1 - px0, py1 - py0
    return (px * (qy0 - py0) - py * (qx0 - px0)) * (px * (qy1 - py0) - py * (qx1 - px0)) < 0


def along(p: Segment, q: Segment, near: float = 8.0) -> float:
    """How far segment p runs alongside segment q: nearly parallel (within ~27°) and closer
    than ``near``, measured along q."""
    (ax, ay), (bx, by) = q
    qx, qy = bx - ax, by - ay
    size = math.hypot(qx, qy)
    (px0, py0), (px1, py1) = p
    plen = math.hypot(px1 - px0, py1 - py0)
    if size < 1e-9 or plen < 1e-9:
        return 0.0
    ux, uy = qx / size, qy / size
    if abs((px1 - px0) * uy - (py1 - py0) * ux) > 0.45 * plen:
        return 0.0
    # signed distance from q's line and position along it, at both ends of p
    d0 = (px0 - ax) * uy - (py0 - ay) * ux
    d1 = (px1 - ax) * uy - (py1 - ay) * ux
    s0 = (px0 - ax) * ux + (py0 - ay) * uy
    s1 = (px1 - ax) * ux + (py1 - ay) * uy
    if abs(d1 - d0) < 1e-9:
        if abs(d0) >= near:
            return 0.0
        lo_t, hi_t = 0.0, 1.0
    else:  # the part of p where |d| < near
        ta, tb = sorted(((-near - d0) / (d1 - d0), (near - d0) / (d1 - d0)))
        lo_t, hi_t = max(ta, 0.0), min(tb, 1.0)
        if lo_t >= hi_t:
            return 0.0
    sa, sb = s0 + (s1 - s0) * lo_t, s0 + (s1 - s0) * hi_t
    lo, hi = max(min(sa, sb), 0.0), min(max(sa, sb), size)
    return max(0.0, hi - lo)


def _point_segment(p: Point, seg: Segment) -> float:
    (ax, ay), (bx, by) = seg
    dx, dy = bx - ax, by - ay
    size = dx * dx + dy * dy
    t = 0.0 if size == 0 else max(0.0, min(1.0, ((p[0] - ax) * dx + (p[1] - ay) * dy) / size))
    return math.hypot(p[0] - ax - t * dx, p[1] - ay - t * dy)


def distance(p: Segment, q: Segment) -> float:
    """The shortest distance between two segments (0 when they cross)."""
    if cross(p, q):
        return 0.0
    return min(
        _point_segment(p[0], q),
        _point_segment(p[1], q),
        _point_segment(q[0], p),
        _point_segment(q[1], p),
    )
