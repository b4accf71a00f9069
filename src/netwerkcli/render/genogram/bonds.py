"""Emotional bonds (and the link between a foster child's two drawings), routed over the drawing.

A bond is a curve from one person's symbol to the other's that never passes another symbol or any
text (names, years, places, partner and household labels, also the two people's own), never
crosses a partner line, never runs along any line, and is long enough to show its pattern. Of the
curves that qualify, the one with the fewest crossings of parent–child lines wins, then the
shortest. Curves bulge away from the straight way by growing amounts, or pass a waypoint; where
none qualifies, a search on a fine grid finds a way through narrow gaps, straightened and rounded.
What the drawing has is kept on a coarse grid so that every test looks only at what is near.
"""

from __future__ import annotations

import functools
import heapq
import itertools
import math
from collections import defaultdict
from dataclasses import dataclass
from typing import Literal, overload

from netwerkcli.model import Geslacht
from netwerkcli.render.genogram.arcs import Arcs, Controls
from netwerkcli.render.genogram.paths import (
    Rect,
    Segment,
    along,
    bezier,
    bezier_weights,
    boxes_meet,
    cross,
    distance,
    grow,
    length,
    rounded_polyline,
    segment_box,
    through,
)
from netwerkcli.render.genogram.structure import Node
from netwerkcli.render.genogram.style import SIZES, BondStyle
from netwerkcli.render.svg import Point

S = SIZES.symbol
CELL = 48.0  # the coarse grid of what is drawn
SAMPLES = 64  # points of a drawn curve
QUICK = 3.0  # cell size of the first look at a candidate
QUICK_SAMPLES = 48  # points of that first look
MIN_LENGTH = 40.0  # a bond shorter than this does not show its pattern (six zigzags)
W_CROSSING = 90.0  # a parent–child line crossed: worth this many pixels of detour
W_BOND_CROSSING = 25.0  # another bond crossed
ALONG = 10.0  # running alongside a line for longer than this is not allowed
OUTLINE_ALONG = 0.3  # alongside a household outline counts for this much
TRIES = 60  # arcs tried before the grid
MORE_TRIES = 400  # and after it
GRID = 3.0  # the fine grid; a coarse one (COARSE) is tried first
COARSE = 8.0
# grid searches in turn: round the two people (margin), other bonds as walls (strict), cell size
ATTEMPTS = (
    (80.0, False, COARSE),
    (60.0, False, GRID),
    (240.0, False, COARSE),
    (160.0, False, GRID),
    (400.0, False, GRID),
    (400.0, True, GRID),
)
GUIDED_FROM = 20000  # grids of more cells are searched along a way found on blocks of cells first
GUIDE_BLOCK = 4  # cells per side of such a block
GUIDE_REACH = 2  # blocks either side of that way that the fine search may use
ARROW = 9.0  # length of the arrowhead of a directed bond


def symbol_rect(node: Node, margin: float = 0.0) -> Rect:
    half = (SIZES.pregnancy if node.is_pregnancy else S) / 2 + margin
    return (node.x - half, node.y - half, node.x + half, node.y + half)


@dataclass(frozen=True)
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


@dataclass
class _Line:
    seg: Segment
    kind: str  # partner, descent, bond, outline
    box: Rect = (0.0, 0.0, 0.0, 0.0)  # the segment's box, grown by the 'alongside' distance


class Field:
    """What the drawing already has, for routing bonds over it."""

    def __init__(
        self,
        nodes: list[Node],
        texts: list[Rect],
        partner_lines: list[Segment],
        descent_lines: list[Segment],
        outlines: list[Segment],
    ) -> None:
        self.nodes = nodes
        self.texts = texts
        self.box_grid: dict[tuple[int, int], list[int]] = defaultdict(list)
        self.boxes: list[tuple[Rect, str | None]] = []  # rect, node key (None: a text)
        for n in nodes:
            self._add_box(symbol_rect(n), n.key)
        for t in texts:
            self._add_box(t, None)
        self.line_grid: dict[tuple[int, int], list[int]] = defaultdict(list)
        self.lines: list[_Line] = []
        for kind, segs in (("partner", partner_lines), ("descent", descent_lines)):
            for seg in segs:
                self._add_line(seg, kind)
        for seg in outlines:
            self._add_line(seg, "outline")
        self._bitmaps: dict[float, tuple[float, float, int, int, bytearray]] = {}

    def _bitmap(self, pad: float) -> tuple[float, float, int, int, bytearray]:
        """Every box grown by ``pad`` on a grid of QUICK pixels: a first, cheap look."""
        if pad not in self._bitmaps:
            boxes = [grow(r, pad) for r, _ in self.boxes] or [(0.0, 0.0, 1.0, 1.0)]
            x0, y0 = min(r[0] for r in boxes), min(r[1] for r in boxes)
            cols = int((max(r[2] for r in boxes) - x0) / QUICK) + 2
            rows = int((max(r[3] for r in boxes) - y0) / QUICK) + 2
            bits = bytearray(cols * rows)
            for r in boxes:  # cells wholly inside the box (the exact test comes after)
                i0, i1 = math.ceil((r[0] - x0) / QUICK), int((r[2] - x0) / QUICK)
                for j in range(math.ceil((r[1] - y0) / QUICK), int((r[3] - y0) / QUICK)):
                    start = j * cols
                    bits[start + i0 : start + i1] = b"\x01" * max(0, i1 - i0)
            self._bitmaps[pad] = (x0, y0, cols, rows, bits)
        return self._bitmaps[pad]

    def quick_reject(self, controls: Controls, pad: float, a: Node, b: Node) -> bool:
        """A point of the curve lies inside a symbol or a text (not near the two ends). The
        points are those of ``bezier`` at QUICK_SAMPLES per piece, every so many first."""
        x0, y0, cols, rows, bits = self._bitmap(pad)
        near = (S / 2 + pad + 2 * QUICK) ** 2
        ax, ay, bx, by = a.x, a.y, b.x, b.y
        pieces = [(controls[:4], _SWEEP)]
        if len(controls) == 7:  # the second piece's first point is the first piece's last
            pieces.append((controls[3:], _SWEEP_ON))
        for level in range(len(_SWEEP)):
            for ((x_0, y_0), (x_1, y_1), (x_2, y_2), (x_3, y_3)), sweep in pieces:
                for w0, w1, w2, w3 in sweep[level]:
                    x = w0 * x_0 + w1 * x_1 + w2 * x_2 + w3 * x_3
                    y = w0 * y_0 + w1 * y_1 + w2 * y_2 + w3 * y_3
                    if (x - ax) ** 2 + (y - ay) ** 2 < near or (x - bx) ** 2 + (y - by) ** 2 < near:
                        continue
                    i, j = int((x - x0) / QUICK), int((y - y0) / QUICK)
                    if 0 <= i < cols and 0 <= j < rows and bits[j * cols + i]:
                        return True
        return False

    @staticmethod
    def _cells(r: Rect) -> list[tuple[int, int]]:
        i0, i1 = math.floor(r[0] / CELL), math.floor(r[2] / CELL)
        j0, j1 = math.floor(r[1] / CELL), math.floor(r[3] / CELL)
        return [(i, j) for i in range(i0, i1 + 1) for j in range(j0, j1 + 1)]

    def _add_box(self, r: Rect, key: str | None) -> None:
        self.boxes.append((r, key))
        for c in self._cells(r):
            self.box_grid[c].append(len(self.boxes) - 1)

    def _add_line(self, seg: Segment, kind: str) -> None:
        box = grow(segment_box(seg), 9)
        self.lines.append(_Line(seg, kind, box))
        for c in self._cells(box):
            self.line_grid[c].append(len(self.lines) - 1)

    def add_bond(self, points: list[Point]) -> None:
        """A drawn bond: later bonds do not run along it (and cross it only when they must)."""
        for seg in itertools.pairwise([*points[:: max(1, len(points) // 24)], points[-1]]):
            self._add_line(seg, "bond")

    # -- judging a curve -----------------------------------------------------------------------

    def judge(
        self,
        pts: list[Point],
        pad: float,
        bars: float,
        minimum: float,
        ends: tuple[str, ...] = (),
        budget: float = ALONG,
    ) -> float | None:
        """The cost of a curve (its length plus its crossings), or None when it is not allowed.
        The symbols of ``ends`` are where it starts and ends (it is cut off at their outline)."""
        if len(pts) < 2:
            return None
        size = length(pts)
        if size < minimum:
            return None
        if min(pts)[0] < pad or min(pts, key=_y)[1] < pad:
            return None  # off the page
        segs = list(itertools.pairwise(pts))
        reaches = _reaches(len(segs), pad, bars)
        boxes = [_segment_box(seg, reach + 1) for seg, reach in zip(segs, reaches, strict=True)]
        if self._blocked(segs, boxes, reaches, ends):
            return None
        crossings = self._crossings(segs, boxes, pad, budget)
        return None if crossings is None else size + crossings

    def _blocked(
        self, segs: list[Segment], boxes: list[Rect], reaches: list[float], ends: tuple[str, ...]
    ) -> bool:
        """Does a piece pass through a symbol or a text (those of ``ends`` aside)? The pieces are
        looked at every so many first: a curve that runs into something is found out soon."""
        for n in coarse_first(len(segs)):
            box = boxes[n]
            for i in self._near(self.box_grid, box):
                rect, key = self.boxes[i]
                if key in ends:
                    continue
                if boxes_meet(box, rect) and through(segs[n], grow(rect, reaches[n])):
                    return True
        return False

    def _crossings(
        self, segs: list[Segment], boxes: list[Rect], pad: float, budget: float
    ) -> float | None:
        """What the lines crossed cost, or None where a piece comes near a partner line or the
        pieces run alongside lines for longer than ``budget`` (in order, as the sum grows)."""
        crossings = 0.0
        alongside = 0.0
        for seg, box in zip(segs, boxes, strict=True):
            for i in self._near(self.line_grid, box):
                line = self.lines[i]
                lb = line.box
                if not (box[0] < lb[2] and lb[0] < box[2] and box[1] < lb[3] and lb[1] < box[3]):
                    continue
                if line.kind == "partner" and distance(seg, line.seg) < pad:
                    return None  # over a partner line, or so near that a stroke touches it
                if cross(seg, line.seg):
                    crossings += W_CROSSING if line.kind == "descent" else W_BOND_CROSSING
                # a household's dashed outline may be followed a little way
                alongside += along(seg, line.seg) * (OUTLINE_ALONG if line.kind == "outline" else 1)
                if alongside > budget:
                    return None
        return crossings

    @staticmethod
    def _near(grid: dict[tuple[int, int], list[int]], r: Rect) -> list[int] | set[int]:
        i0, i1 = math.floor(r[0] / CELL), math.floor(r[2] / CELL)
        j0, j1 = math.floor(r[1] / CELL), math.floor(r[3] / CELL)
        if i0 == i1 and j0 == j1:  # the usual case: a short piece in one cell
            return grid.get((i0, j0), [])
        found: set[int] = set()
        for i in range(i0, i1 + 1):
            for j in range(j0, j1 + 1):
                found.update(grid.get((i, j), ()))
        return found

    # -- routing -------------------------------------------------------------------------------

    def route(
        self, a: Node, b: Node, reach: float = 1.0, bars: float = 0.0, minimum: float = MIN_LENGTH
    ) -> tuple[list[Point], bool]:
        """The best curve from a to b, and whether it is clean (False: the least bad one).

        First the shortest arcs; then a way on a grid; then the other arcs (most bonds find an
        arc or a way at once, and a hard one still gets every chance)."""
        pad = reach + 1.5
        arcs = Arcs(a, b)
        viable = arcs.from_size(minimum * 0.8)  # long enough to show
        found = self._best_arc(a, b, arcs, viable[:TRIES], pad, bars, minimum)
        if found is None:
            found = self._grid_route(a, b, pad, bars, minimum)
        if found is None:
            found = self._best_arc(a, b, arcs, viable[TRIES:MORE_TRIES], pad, bars, minimum)
        if found is not None:
            return found, True
        pts = self._trimmed(a, b, arcs.controls(arcs.order[0])) if arcs.order else []
        return (pts if len(pts) >= 2 else [(a.x, a.y), (b.x, b.y)]), False

    def _best_arc(
        self,
        a: Node,
        b: Node,
        arcs: Arcs,
        options: list[int],
        pad: float,
        bars: float,
        minimum: float,
    ) -> list[Point] | None:
        best: tuple[float, list[Point]] | None = None
        ends = (a.key, b.key)
        for option in options:
            if best is not None and arcs.sizes[option] * 0.95 >= best[0]:
                break  # longer than the best so far: nothing better follows
            controls = arcs.controls(option)
            if self.quick_reject(controls, pad, a, b):
                continue  # a first look already finds something in the way
            pts = trim(self._curve(controls, SAMPLES), a, b)
            cost = self.judge(pts, pad, bars, minimum, ends)
            if cost is not None and (best is None or cost < best[0]):
                best = (cost, pts)
        return best[1] if best else None

    @staticmethod
    def _curve(controls: tuple[Point, ...], n: int) -> list[Point]:
        pts = bezier(controls[0], controls[1], controls[2], controls[3], n)
        if len(controls) == 7:
            pts += bezier(controls[3], controls[4], controls[5], controls[6], n)[1:]
        return pts

    def _trimmed(
        self, a: Node, b: Node, controls: tuple[Point, ...], samples: int = 0
    ) -> list[Point]:
        return trim(self._curve(controls, samples or SAMPLES), a, b)

    def _grid_route(
        self, a: Node, b: Node, pad: float, bars: float, minimum: float
    ) -> list[Point] | None:
        """Where no curve qualifies: the cheapest way on a fine grid (walls: symbols, texts and
        partner lines; a parent–child line may be crossed at a price), straightened, rounded.
        Round the two people first, then wider; and where the way found runs alongside another
        bond, once more with the other bonds as walls."""
        # the bars of a cut-off bond need room in the middle only: first a way with that room
        # all along, then one with room for the line
        clearances = (max(pad, bars), pad) if bars > pad else (pad,)
        for margin, strict, cell in ATTEMPTS:
            for clearance in clearances:
                grid = _Grid.around(self, a, b, clearance, margin, strict, cell)
                cells = grid.guided() if grid.cols * grid.rows > GUIDED_FROM else None
                cells = cells or grid.shortest()
                if cells is None:
                    continue
                pts = self._smoothed(a, b, cells, pad, bars, minimum)
                if pts is not None:
                    return pts
        return None

    def _smoothed(
        self, a: Node, b: Node, cells: list[Point], pad: float, bars: float, minimum: float
    ) -> list[Point] | None:
        """The grid's way straightened (as far as a straight piece stays clean) and rounded."""
        turns = _turns(cells)
        corners = [turns[0]]
        i = 0
        while i < len(turns) - 1:
            j = i + 1
            while j + 1 < len(turns) and self._clean_straight(
                a, b, turns[i], turns[j + 1], max(pad, bars)
            ):
                j += 1
            corners.append(turns[j])
            i = j
        for radius in (40.0, 20.0, 8.0, 0.0):
            pts = trim(rounded_polyline(corners, radius), a, b)
            if self.judge(pts, pad, bars, minimum, (a.key, b.key)) is not None:
                return pts
        return None

    def _clean_straight(self, a: Node, b: Node, p: Point, q: Point, pad: float) -> bool:
        piece = trim([p, q], a, b) if in_symbol(a, p) or in_symbol(b, q) else [p, q]
        judged = self.judge(piece, pad, 0.0, 0.0, (a.key, b.key), budget=ALONG / 4)
        return len(piece) < 2 or judged is not None


def _y(p: Point) -> float:
    return p[1]


def _reaches(count: int, pad: float, bars: float) -> list[float]:
    """How far each of a curve's ``count`` pieces must stay from what is drawn: the bars of a
    cut-off bond need more room, in the middle only."""
    if bars <= pad:
        return [pad] * count
    middle = (count + 1) // 2
    return [bars if abs(n - middle) <= 2 else pad for n in range(count)]


def _segment_box(seg: Segment, d: float) -> Rect:
    """The segment's box grown by ``d`` (as ``grow(segment_box(seg), d)``)."""
    (x0, y0), (x1, y1) = seg
    return (min(x0, x1) - d, min(y0, y1) - d, max(x0, x1) + d, max(y0, y1) + d)


def coarse_levels(count: int) -> list[list[int]]:
    """0 .. count-1 in levels: every ``count``-th, then every half as many, and so on (each
    level only the ones not seen before)."""
    levels: list[list[int]] = []
    seen: set[int] = set()
    step = count
    while step >= 1:
        levels.append([i for i in range(0, count, step) if i not in seen])
        seen.update(levels[-1])
        step //= 2
    return levels


@functools.cache
def coarse_first(count: int) -> tuple[int, ...]:
    """0 .. count-1 with every so many first and the ones in between later."""
    return tuple(i for level in coarse_levels(count) for i in level)


def _sweep(skip_first: bool) -> list[list[tuple[float, float, float, float]]]:
    """The weights of ``bezier``'s points at QUICK_SAMPLES, coarse first, in levels."""
    weights = bezier_weights(QUICK_SAMPLES)
    return [
        [weights[k] for k in level if k or not skip_first] for level in coarse_levels(len(weights))
    ]


_SWEEP = _sweep(False)
_SWEEP_ON = _sweep(True)  # a second piece: without its first point


def _turns(cells: list[Point]) -> list[Point]:
    """The cells of a grid way where it changes direction (and its two ends): the straight runs
    in between are straight already."""
    if len(cells) < 3:
        return list(cells)
    turns = [cells[0]]
    for before, here, after in zip(cells, cells[1:], cells[2:], strict=False):
        if (here[0] - before[0], here[1] - before[1]) != (after[0] - here[0], after[1] - here[1]):
            turns.append(here)
    turns.append(cells[-1])
    return turns


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


class _Grid:
    """A fine grid around two people: walls, prices for crossing parent–child lines, and no
    moves alongside a line."""

    def __init__(self, cell: float, x0: float, y0: float, cols: int, rows: int) -> None:
        """An open grid of ``cols`` x ``rows`` cells of ``cell`` pixels from (x0, y0)."""
        self.g, self.x0, self.y0, self.cols, self.rows = cell, x0, y0, cols, rows
        n = cols * rows
        self.wall = bytearray(n)
        self.price = bytearray(n)
        self.alongside = bytearray(n)  # near another bond: each step there costs extra
        self.no_h, self.no_v = bytearray(n), bytearray(n)
        self.source = self.target = 0

    @classmethod
    def around(
        cls,
        field: Field,
        a: Node,
        b: Node,
        pad: float,
        margin: float,
        strict: bool = False,
        cell: float = GRID,
    ) -> _Grid:
        """The grid round two people with everything drawn so far on it."""
        g = cell
        x0 = max(min(a.x, b.x) - margin, 0.0)
        y0 = max(min(a.y, b.y) - margin, 0.0)
        cols = int((max(a.x, b.x) + margin - x0) / g) + 1
        rows = int((max(a.y, b.y) + margin - y0) / g) + 1
        grid = cls(g, x0, y0, cols, rows)
        grid._draw(field, a, b, pad, strict)
        return grid

    def _draw(self, field: Field, a: Node, b: Node, pad: float, strict: bool) -> None:
        g = self.g
        area = (self.x0, self.y0, self.x0 + self.cols * g, self.y0 + self.rows * g)
        for index in field._near(field.box_grid, grow(area, pad + g)):
            rect, key = field.boxes[index]
            if key in (a.key, b.key) or not boxes_meet(grow(rect, pad + g), area):
                continue
            self._fill(self.wall, grow(rect, pad + g * 0.75), 1)
        # off the page: the first columns and rows (the cells lie left of or above ``pad``)
        left = sum(1 for i in range(self.cols) if self.x0 + i * g < pad)
        top = sum(1 for j in range(self.rows) if self.y0 + j * g < pad)
        for j in range(self.rows):
            end = self.cols if j < top else left
            self.wall[j * self.cols : j * self.cols + end] = b"\x01" * end
        for index in field._near(field.line_grid, grow(area, 10)):
            line = field.lines[index]
            box = segment_box(line.seg)
            if not boxes_meet(grow(box, 10), area):
                continue
            if line.kind == "partner":
                self._fill(self.wall, grow(box, pad + g * 0.5), 1)
            elif line.kind == "descent":
                self._fill(self.price, grow(box, g * 0.6), 1)
                if box[2] - box[0] > 0.5 and box[3] - box[1] > 0.5:  # a twin's slanted line
                    self._near_line(line.seg, 8.0, self.alongside)
            elif line.kind == "bond":
                self._near_line(line.seg, 9.0, self.wall if strict else self.alongside)
            horizontal = box[3] - box[1] < 0.5
            if horizontal or box[2] - box[0] < 0.5:
                near = (
                    (box[0] - 2, box[1] - 8, box[2] + 2, box[3] + 8)
                    if horizontal
                    else (
                        box[0] - 8,
                        box[1] - 2,
                        box[2] + 8,
                        box[3] + 2,
                    )
                )
                self._fill(self.no_h if horizontal else self.no_v, near, 1)
        self.source = self.cell(a.x, a.y)
        self.target = self.cell(b.x, b.y)
        for node in (a, b):  # the way out of one's own symbol
            self._free(node)

    def _fill(self, mask: bytearray, r: Rect, value: int) -> None:
        """Mark the cells strictly inside ``r``."""
        g, cols = self.g, self.cols
        i0 = max(math.floor((r[0] - self.x0) / g) + 1, 0)
        i1 = min(math.ceil((r[2] - self.x0) / g) - 1, cols - 1)
        j0 = max(math.floor((r[1] - self.y0) / g) + 1, 0)
        j1 = min(math.ceil((r[3] - self.y0) / g) - 1, self.rows - 1)
        if i1 < i0:
            return
        run = bytes([value]) * (i1 - i0 + 1)
        for j in range(j0, j1 + 1):
            mask[j * cols + i0 : j * cols + i1 + 1] = run

    def _near_line(self, seg: Segment, d: float, mask: bytearray) -> None:
        """Mark the cells within ``d`` of a (slanted) segment."""
        (ax, ay), (bx, by) = seg
        size = math.hypot(bx - ax, by - ay) or 1.0
        g = self.g
        box = grow(segment_box(seg), d)
        for j in range(
            max(int((box[1] - self.y0) / g), 0), min(int((box[3] - self.y0) / g) + 2, self.rows)
        ):
            y = self.y0 + j * g
            for i in range(
                max(int((box[0] - self.x0) / g), 0), min(int((box[2] - self.x0) / g) + 2, self.cols)
            ):
                x = self.x0 + i * g
                t = max(0.0, min(1.0, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / size**2))
                if math.hypot(x - ax - t * (bx - ax), y - ay - t * (by - ay)) < d:
                    mask[j * self.cols + i] = 1

    def _free(self, node: Node) -> None:
        g = self.g
        r = symbol_rect(node, g)
        shape = shape_of(node)
        for j in range(
            max(int((r[1] - self.y0) / g), 0), min(int((r[3] - self.y0) / g) + 2, self.rows)
        ):
            for i in range(
                max(int((r[0] - self.x0) / g), 0), min(int((r[2] - self.x0) / g) + 2, self.cols)
            ):
                if shape.holds((self.x0 + i * g, self.y0 + j * g)):
                    self.wall[j * self.cols + i] = 0
                    self.price[j * self.cols + i] = 0
                    self.alongside[j * self.cols + i] = 0

    def cell(self, x: float, y: float) -> int:
        i = min(max(round((x - self.x0) / self.g), 0), self.cols - 1)
        j = min(max(round((y - self.y0) / self.g), 0), self.rows - 1)
        return j * self.cols + i

    def guided(self) -> list[Point] | None:
        """On a big grid: first a way on a grid of blocks of cells (a block is open when any of
        its cells is), then the fine way within a few blocks of it; None when that finds none
        (then the whole grid is searched)."""
        cols, rows, f = self.cols, self.rows, GUIDE_BLOCK
        coarse = _Grid(self.g * f, self.x0, self.y0, -(-cols // f), -(-rows // f))
        coarse.wall = bytearray([1]) * (coarse.cols * coarse.rows)
        for k in range(cols * rows):
            block = (k // cols // f) * coarse.cols + (k % cols) // f
            if not self.wall[k]:
                coarse.wall[block] = 0
            if self.price[k]:
                coarse.price[block] = 1
        coarse.source = (self.source // cols // f) * coarse.cols + (self.source % cols) // f
        coarse.target = (self.target // cols // f) * coarse.cols + (self.target % cols) // f
        way = coarse.shortest(cells=True)
        if way is None:
            return None
        near = bytearray([1]) * (cols * rows)  # 1: outside the corridor
        reach = GUIDE_REACH
        for block in way:
            bi, bj = block % coarse.cols, block // coarse.cols
            i0, i1 = max((bi - reach) * f, 0), min((bi + reach + 1) * f, cols)
            for j in range(max((bj - reach) * f, 0), min((bj + reach + 1) * f, rows)):
                near[j * cols + i0 : j * cols + i1] = bytes(i1 - i0)
        return self.shortest(outside=near)

    @overload
    def shortest(self, outside: bytearray | None = None) -> list[Point] | None: ...
    @overload
    def shortest(self, outside: None = None, *, cells: Literal[True]) -> list[int] | None: ...

    def shortest(
        self, outside: bytearray | None = None, cells: bool = False
    ) -> list[Point] | list[int] | None:
        """A* over the cells (8 neighbours); walls are never entered, a priced cell costs a toll
        on entry (crossing a parent–child line), a cell near another bond costs double. Cells
        marked in ``outside`` are not entered either; ``cells``: the way as cell numbers."""
        cols, rows = self.cols, self.rows
        n_cells = cols * rows
        tx, ty = self.target % cols, self.target // cols
        dist = [math.inf] * n_cells
        back = [-1] * n_cells
        closed = bytearray(self.wall)  # walls, and cells already settled
        if outside is not None:
            either = int.from_bytes(closed, "little") | int.from_bytes(outside, "little")
            closed = bytearray(either.to_bytes(n_cells, "little"))
        for i in range(cols):  # the border too: then no move needs a bounds check
            closed[i] = closed[n_cells - cols + i] = 1
        for j in range(rows):
            closed[j * cols] = closed[j * cols + cols - 1] = 1
        if closed[self.source] or closed[self.target]:
            return None  # an end on the border (the margins keep them inside): no way here
        dist[self.source] = 0.0
        heap = [(0.0, self.source)]
        toll = W_CROSSING / self.g / 3
        price, alongside = self.price, self.alongside
        no_h, no_v = self.no_h, self.no_v
        diagonal = math.sqrt(2.0)
        moves = [
            (dj * cols + di, diagonal if di and dj else 1.0, di == 0, dj == 0)
            for di in (-1, 0, 1)
            for dj in (-1, 0, 1)
            if di or dj
        ]
        hypot = math.hypot
        pop, push = heapq.heappop, heapq.heappush
        target = self.target
        while heap:
            _, k = pop(heap)
            if closed[k]:
                continue
            closed[k] = 1
            if k == target:
                break
            here = dist[k]
            priced = price[k]
            for offset, step, vertical, level in moves:
                n = k + offset
                if closed[n]:
                    continue
                if level and (no_h[k] or no_h[n]):
                    continue
                if vertical and (no_v[k] or no_v[n]):
                    continue
                d = here + step
                if price[n] and not priced:
                    d += toll
                if alongside[n]:
                    d += 2.0 * step
                if d < dist[n]:
                    dist[n] = d
                    back[n] = k
                    push(heap, (d + hypot(n % cols - tx, n // cols - ty), n))
        if dist[self.target] == math.inf:
            return None
        path = [self.target]
        while path[-1] != self.source:
            path.append(back[path[-1]])
        path.reverse()
        if cells:
            return path
        return [(self.x0 + k % cols * self.g, self.y0 + k // cols * self.g) for k in path]
