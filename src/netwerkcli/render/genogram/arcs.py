"""The curves a bond may take between two people, shortest (by estimate) first, and where a
curve leaves and reaches the two symbols.

Arcs bulge to either side by growing amounts, each end leaving its symbol straight or bent
outwards; other curves pass a waypoint, or leave one symbol and arrive at the other in a chosen
direction. A bond tries only the first few, so each curve's estimated length (``paths.estimate``
of its pieces) is worked out from shared pieces, with the same numbers in the same order as for
the curve itself (tests/test_genogram_arcs.py holds it to the plain list), and its control points
only when it is tried.
"""

from __future__ import annotations

import bisect
import itertools
import math
from dataclasses import dataclass

from netwerkcli.model import Geslacht
from netwerkcli.render.genogram.paths import Rect
from netwerkcli.render.genogram.structure import Node
from netwerkcli.render.genogram.style import SIZES
from netwerkcli.render.svg import Point

S = SIZES.symbol
BULGES = (0.6, 1.0, 1.3, 1.6, 2.0, 2.4, 2.9, 3.4, 4.2)  # times the base bulge, either side
WAYPOINTS_ALONG = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
WAYPOINTS_ASIDE = tuple(k / 2 for k in range(-7, 8))
WAYPOINT = 1.08  # a single arc reads better: a curve through a waypoint counts a bit longer
# directions in which a bond may leave a symbol: never level (the partner lines are there)
EXITS = tuple(
    (math.cos(math.radians(a)), math.sin(math.radians(a))) for a in (35, 90, 145, 215, 270, 325)
)
EXIT_LENGTHS = (1.2 * S, 2.2 * S)
# where the curve aims in the two symbols, sideways: straight at them, or both a bit aside
SHIFTS = ((0.0, 0.0), (S * 0.3, S * 0.3), (-S * 0.3, -S * 0.3))

Controls = tuple[Point, ...]  # 4 points: one Bézier piece; 7 points: two, through a waypoint


class Arcs:
    """Every candidate curve from a to b: ``sizes[i]`` is curve i's estimated length (a curve
    through a waypoint or with chosen exits counts WAYPOINT times longer), ``order`` the curves
    shortest first (equal ones in the order they are made), ``controls(i)`` its control points."""

    def __init__(self, a: Node, b: Node) -> None:
        (ax, ay), (bx, by) = (a.x, a.y), (b.x, b.y)
        self.a, self.b = (ax, ay), (bx, by)
        self.dx, self.dy = dx, dy = bx - ax, by - ay
        size = math.hypot(dx, dy) or 1.0
        self.ux, self.uy = ux, uy = dx / size, dy / size
        nx, ny = -uy, ux
        if ny > 0 or (abs(ny) < 1e-9 and nx < 0):  # positive bulge goes up (or left)
            nx, ny = -nx, -ny
        self.nx, self.ny = nx, ny
        self.base = max(36.0 if a.row != b.row else 60.0, 0.18 * size)
        heights = [0.0] if a.row != b.row else []
        for step in BULGES:
            heights += [self.base * step, -self.base * step]
        self.heights = heights
        self.handles = (size / 3, 0.0, -S)
        # on one row a curve through a waypoint always bends
        self.asides = [k for k in WAYPOINTS_ASIDE if k or a.row != b.row]
        self.starts = [(ax + s1, ay) for s1, _ in SHIFTS]
        self.ends = [(bx + s2, by) for _, s2 in SHIFTS]
        self.sizes = self._bulge_sizes() + self._waypoint_sizes() + self._exit_sizes()
        self.order = sorted(range(len(self.sizes)), key=self.sizes.__getitem__)

    def from_size(self, minimum: float) -> list[int]:
        """The curves (shortest first) whose estimated length is at least ``minimum``."""
        ranked = [self.sizes[i] for i in self.order]
        return self.order[bisect.bisect_left(ranked, minimum) :]

    def controls(self, i: int) -> Controls:
        """Curve i's control points (i counts as the estimates do: arcs, waypoints, exits)."""
        bulges = len(self.heights) * 27
        waypoints = len(WAYPOINTS_ALONG) * len(self.asides) * 3
        if i < bulges:
            height, rest = divmod(i, 27)
            first, rest = divmod(rest, 9)
            second, shift = divmod(rest, 3)
            return self._bulge(self.heights[height], first, second, shift)
        if i < bulges + waypoints:
            along, rest = divmod(i - bulges, len(self.asides) * 3)
            aside, shift = divmod(rest, 3)
            return self._waypoint(WAYPOINTS_ALONG[along], self.asides[aside], shift)
        out, rest = divmod(i - bulges - waypoints, 24)
        into, rest = divmod(rest, 4)
        return self._exits(out, into, *divmod(rest, 2))

    # -- the curves, one at a time (with the very sums the estimates below use) --------------

    def _bulge(self, h: float, first: int, second: int, shift: int) -> Controls:
        ux, uy, nx, ny = self.ux, self.uy, self.nx, self.ny
        h1, h2 = self.handles[first], self.handles[second]
        p0, p3 = self.starts[shift], self.ends[shift]
        c1 = (p0[0] + ux * h1 + nx * h, p0[1] + uy * h1 + ny * h)
        c2 = (p3[0] - ux * h2 + nx * h, p3[1] - uy * h2 + ny * h)
        return (p0, c1, c2, p3)

    def _waypoint(self, f: float, k: float, shift: int) -> Controls:
        (ax, ay), ux, uy = self.a, self.ux, self.uy
        p0, p3 = self.starts[shift], self.ends[shift]
        w = (ax + self.dx * f + self.nx * self.base * k, ay + self.dy * f + self.ny * self.base * k)
        first, second = math.dist(p0, w) / 3, math.dist(w, p3) / 3
        c1 = (p0[0] + (w[0] - p0[0]) / 3, p0[1] + (w[1] - p0[1]) / 3)
        c2 = (w[0] - ux * first, w[1] - uy * first)
        c3 = (w[0] + ux * second, w[1] + uy * second)
        c4 = (p3[0] + (w[0] - p3[0]) / 3, p3[1] + (w[1] - p3[1]) / 3)
        return (p0, c1, c2, w, c3, c4, p3)

    def _exits(self, out: int, into: int, first: int, second: int) -> Controls:
        """Leave one symbol and arrive at the other in a chosen direction (past one's own name)."""
        (ax, ay), (bx, by) = self.a, self.b
        (d1x, d1y), (d2x, d2y) = EXITS[out], EXITS[into]
        l1, l2 = EXIT_LENGTHS[first], EXIT_LENGTHS[second]
        return (self.a, (ax + d1x * l1, ay + d1y * l1), (bx + d2x * l2, by + d2y * l2), self.b)

    # -- estimated lengths, all at once --------------------------------------------------------

    def _bulge_sizes(self) -> list[float]:
        ux, uy, nx, ny = self.ux, self.uy, self.nx, self.ny
        hypot = math.hypot
        chords = [math.dist(p, q) for p, q in zip(self.starts, self.ends, strict=True)]
        sizes: list[float] = []
        for h in self.heights:
            nxh, nyh = nx * h, ny * h
            # each end's control point and its distance to the end, by handle and shift
            heads = [
                [
                    (cx, cy, hypot(p0x - cx, p0y - cy))
                    for p0x, p0y in self.starts
                    for cx, cy in ((p0x + ux * h1 + nxh, p0y + uy * h1 + nyh),)
                ]
                for h1 in self.handles
            ]
            tails = [
                [
                    (cx, cy, hypot(cx - p3x, cy - p3y))
                    for p3x, p3y in self.ends
                    for cx, cy in ((p3x - ux * h2 + nxh, p3y - uy * h2 + nyh),)
                ]
                for h2 in self.handles
            ]
            for head, tail in itertools.product(heads, tails):
                for (c1x, c1y, d01), (c2x, c2y, d23), chord in zip(head, tail, chords, strict=True):
                    sizes.append((d01 + hypot(c1x - c2x, c1y - c2y) + d23 + chord) / 2)
        return sizes

    def _waypoint_sizes(self) -> list[float]:
        (ax, ay), ux, uy, dx, dy = self.a, self.ux, self.uy, self.dx, self.dy
        nx, ny, base = self.nx, self.ny, self.base
        hypot = math.hypot
        sizes: list[float] = []
        for f, k in itertools.product(WAYPOINTS_ALONG, self.asides):
            wx, wy = ax + dx * f + nx * base * k, ay + dy * f + ny * base * k
            for (p0x, p0y), (p3x, p3y) in zip(self.starts, self.ends, strict=True):
                before, after = hypot(p0x - wx, p0y - wy), hypot(wx - p3x, wy - p3y)
                first, second = before / 3, after / 3
                c1x, c1y = p0x + (wx - p0x) / 3, p0y + (wy - p0y) / 3
                c2x, c2y = wx - ux * first, wy - uy * first
                c3x, c3y = wx + ux * second, wy + uy * second
                c4x, c4y = p3x + (wx - p3x) / 3, p3y + (wy - p3y) / 3
                one = hypot(p0x - c1x, p0y - c1y) + hypot(c1x - c2x, c1y - c2y)
                one = (one + hypot(c2x - wx, c2y - wy) + before) / 2
                two = hypot(wx - c3x, wy - c3y) + hypot(c3x - c4x, c3y - c4y)
                two = (two + hypot(c4x - p3x, c4y - p3y) + after) / 2
                sizes.append((one + two) * WAYPOINT)
        return sizes

    def _exit_sizes(self) -> list[float]:
        (ax, ay), (bx, by) = self.a, self.b
        hypot = math.hypot
        chord = hypot(ax - bx, ay - by)
        heads = [
            (cx, cy, hypot(ax - cx, ay - cy))
            for dx, dy in EXITS
            for length in EXIT_LENGTHS
            for cx, cy in ((ax + dx * length, ay + dy * length),)
        ]
        tails = [
            (cx, cy, hypot(cx - bx, cy - by))
            for dx, dy in EXITS
            for length in EXIT_LENGTHS
            for cx, cy in ((bx + dx * length, by + dy * length),)
        ]
        # in the order of (exit, arrival, exit length, arrival length)
        return [
            (d01 + hypot(c1x - c2x, c1y - c2y) + d23 + chord) / 2 * WAYPOINT
            for out, into in itertools.product(range(len(EXITS)), repeat=2)
            for first, second in itertools.product(range(2), repeat=2)
            for (c1x, c1y, d01), (c2x, c2y, d23) in (
                (heads[out * 2 + first], tails[into * 2 + second]),
            )
        ]


def symbol_rect(node: Node, margin: float = 0.0) -> Rect:
    half = (SIZES.pregnancy if node.is_pregnancy else S) / 2 + margin
    return (node.x - half, node.y - half, node.x + half, node.y + half)


@dataclass(frozen=True, repr=False)
class Shape:
    """A symbol's outline: centre, half size and form (circle, square or diamond)."""

    x: float
    y: float
    half: float
    form: str

    def holds(self, p: Point) -> bool:
        dx, dy = abs(p[0] - self.x), abs(p[1] - self.y)
        if self.form == "circle":
            return dx * dx + dy * dy < self.half * self.half
        if self.form == "square":
            return dx < self.half and dy < self.half
        return dx + dy < self.half


def shape_of(node: Node) -> Shape:
    half = (SIZES.pregnancy if node.is_pregnancy else S) / 2
    if node.is_pregnancy or node.person.geslacht is Geslacht.VROUW:
        form = "circle"
    elif node.person.geslacht is Geslacht.MAN:
        form = "square"
    else:
        form = "diamond"
    return Shape(node.x, node.y, half, form)


def in_symbol(node: Node, p: Point) -> bool:
    """Is the point inside the person's symbol (its real shape)?"""
    return shape_of(node).holds(p)


def trim(pts: list[Point], a: Node, b: Node) -> list[Point]:
    """The part of a curve between the two symbols, starting and ending exactly on their
    outlines."""
    sa, sb = shape_of(a), shape_of(b)
    start = 0
    while start < len(pts) - 1 and sa.holds(pts[start + 1]):
        start += 1
    end = len(pts) - 1
    while end > start and sb.holds(pts[end - 1]):
        end -= 1
    if end - start < 1:
        return []
    head = _edge(sa, pts[start], pts[start + 1])
    tail = _edge(sb, pts[end], pts[end - 1])
    return [head, *pts[start + 1 : end], tail]


def _edge(shape: Shape, p: Point, q: Point) -> Point:
    """Where the segment from p to q leaves the symbol (p inside or on it, q outside)."""
    if not shape.holds(p):
        return p
    lo, hi = 0.0, 1.0
    for _ in range(12):
        mid = (lo + hi) / 2
        m = (p[0] + (q[0] - p[0]) * mid, p[1] + (q[1] - p[1]) * mid)
        if shape.holds(m):
            lo = mid
        else:
            hi = mid
    return (p[0] + (q[0] - p[0]) * hi, p[1] + (q[1] - p[1]) * hi)
