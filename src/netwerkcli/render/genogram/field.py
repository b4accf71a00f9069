"""What a drawing already has, as bonds see it: the symbols and texts (boxes) and the lines
(partner, parent–child, household outlines, bonds drawn before), kept on a coarse grid so that
every test looks only at what is near, plus a quick bitmap of the boxes for a first, cheap look at
a candidate curve. ``Field.judge`` says whether a curve is allowed and what it costs: it passes no
symbol or text, comes near no partner line, runs along no line for long, and each line crossed
adds to its length. The routing over the field is in ``bonds``.
"""

from __future__ import annotations

import functools
import itertools
import math
import operator
from collections import defaultdict
from dataclasses import dataclass

from netwerkcli.render.genogram.arcs import Controls, S, symbol_rect
from netwerkcli.render.genogram.grid import W_CROSSING
from netwerkcli.render.genogram.paths import (
    Rect,
    Segment,
    along,
    bezier_weights,
    cross,
    distance,
    grow,
    length,
    segment_box,
    through,
)
from netwerkcli.render.genogram.structure import Node
from netwerkcli.render.svg import Point

CELL = 48.0  # the coarse grid of what is drawn
Cell = tuple[int, int]
Span = tuple[int, int, int, int]  # the cells a box meets: first and last column, first and last row
Piece = tuple[Rect, Span] | None  # a piece of a curve: box, cells
QUICK = 3.0  # cell size of the first look at a candidate
QUICK_SAMPLES = 48  # points of that first look
W_BOND_CROSSING = 25.0  # another bond crossed
ALONG = 10.0  # running alongside a line for longer than this is not allowed
OUTLINE_ALONG = 0.3  # alongside a household outline counts for this much
_Y = operator.itemgetter(1)


@dataclass(eq=False, repr=False)
class _Line:
    """A line already drawn, as bonds see it (a docstring: no signature made at import)."""

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
        # what the cells of a span hold, kept: the pieces of curves meet the same spans again
        # and again (the lines until a line is added)
        self._span_boxes: dict[Span, list[tuple[Rect, str | None]]] = {}
        self._span_lines: dict[Span, list[_Line]] = {}
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
            one = bytearray(b"\x01")  # runs as bytearrays: bytes would be copied at every use
            for r in boxes:  # cells wholly inside the box (the exact test comes after)
                i0, i1 = math.ceil((r[0] - x0) / QUICK), int((r[2] - x0) / QUICK)
                j0, j1 = math.ceil((r[1] - y0) / QUICK), int((r[3] - y0) / QUICK)
                if i1 - i0 <= j1 - j0:  # a column at a time (every cols-th cell) or a row
                    run = one * (j1 - j0)
                    for i in range(i0, i1):
                        bits[j0 * cols + i : j1 * cols + i : cols] = run
                else:
                    run = one * (i1 - i0)
                    for j in range(j0, j1):
                        bits[j * cols + i0 : j * cols + i1] = run
            self._bitmaps[pad] = (x0, y0, cols, rows, bits)
        return self._bitmaps[pad]

    def quick_reject(self, controls: Controls, pad: float, a: Node, b: Node) -> bool:
        """A point of the curve lies inside a symbol or a text (not near the two ends). The
        points are those of ``bezier`` at QUICK_SAMPLES per piece, every so many first. The
        curve's first and last point are its first and last control point: where one of those
        is near the two ends (as with every arc), it is not looked at."""
        x0, y0, cols, rows, bits = self._bitmap(pad)
        near = (S / 2 + pad + 2 * QUICK) ** 2
        ax, ay, bx, by = a.x, a.y, b.x, b.y
        (sx, sy), (ex, ey) = controls[0], controls[-1]
        first = (sx - ax) ** 2 + (sy - ay) ** 2 >= near and (sx - bx) ** 2 + (sy - by) ** 2 >= near
        last = (ex - ax) ** 2 + (ey - ay) ** 2 >= near and (ex - bx) ** 2 + (ey - by) ** 2 >= near
        # each piece's control points flat, and its sweep (the second piece's first point is
        # the first piece's last)
        if len(controls) == 4:
            pieces = [(*controls[0], *controls[1], *controls[2], *controls[3], _sweep(first, last))]
        else:
            pieces = [
                (*controls[0], *controls[1], *controls[2], *controls[3], _sweep(first, True)),
                (*controls[3], *controls[4], *controls[5], *controls[6], _sweep(False, last)),
            ]
        quick = QUICK
        for level in range(len(pieces[0][8])):
            for x_0, y_0, x_1, y_1, x_2, y_2, x_3, y_3, sweep in pieces:
                for w0, w1, w2, w3 in sweep[level]:
                    x = w0 * x_0 + w1 * x_1 + w2 * x_2 + w3 * x_3
                    y = w0 * y_0 + w1 * y_1 + w2 * y_2 + w3 * y_3
                    i, j = int((x - x0) / quick), int((y - y0) / quick)
                    if not (0 <= i < cols and 0 <= j < rows and bits[j * cols + i]):
                        continue
                    from_a, from_b = (x - ax) ** 2 + (y - ay) ** 2, (x - bx) ** 2 + (y - by) ** 2
                    if from_a >= near and from_b >= near:
                        return True  # in the way, and not near the two ends
        return False

    def _add_box(self, r: Rect, key: str | None) -> None:
        self.boxes.append((r, key))
        self._span_boxes.clear()
        for c in _cells(_span(r)):
            self.box_grid[c].append(len(self.boxes) - 1)

    def _add_line(self, seg: Segment, kind: str) -> None:
        box = grow(segment_box(seg), 9)
        self.lines.append(_Line(seg, kind, box))
        self._span_lines.clear()
        for c in _cells(_span(box)):
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
        if min(pts)[0] < pad or min(pts, key=_Y)[1] < pad:
            return None  # off the page
        segs = list(itertools.pairwise(pts))
        reaches = _reaches(len(segs), pad, bars)
        pieces: list[Piece] = [None] * len(segs)
        if self._blocked(segs, reaches, pieces, ends):
            return None
        crossings = self._crossings(segs, pieces, pad, budget)
        return None if crossings is None else size + crossings

    def _blocked(
        self,
        segs: list[Segment],
        reaches: list[float],
        pieces: list[Piece],
        ends: tuple[str, ...],
    ) -> bool:
        """Does a piece pass through a symbol or a text (those of ``ends`` aside)? The pieces are
        looked at every so many first: a curve that runs into something is found out soon.
        Each piece looked at gets its box (grown by its reach) and cells in ``pieces``."""
        spans, floor = self._span_boxes, math.floor
        for n in coarse_first(len(segs)):
            (x0, y0), (x1, y1) = segs[n]
            d = reaches[n] + 1  # grow(segment_box(seg), d), written out (saves two calls)
            b0, b2 = (x1 if x1 < x0 else x0) - d, (x1 if x1 > x0 else x0) + d
            b1, b3 = (y1 if y1 < y0 else y0) - d, (y1 if y1 > y0 else y0) + d
            box = (b0, b1, b2, b3)
            span = floor(b0 / CELL), floor(b2 / CELL), floor(b1 / CELL), floor(b3 / CELL)
            pieces[n] = (box, span)
            found = spans.get(span)
            if found is None:
                found = spans[span] = [self.boxes[i] for i in self._near(self.box_grid, span)]
            for rect, key in found:
                if not (b0 < rect[2] and rect[0] < b2 and b1 < rect[3] and rect[1] < b3):
                    continue  # the boxes do not meet
                if key not in ends and through(segs[n], grow(rect, reaches[n])):
                    return True
        return False

    def _crossings(
        self, segs: list[Segment], pieces: list[Piece], pad: float, budget: float
    ) -> float | None:
        """What the lines crossed cost, or None where a piece comes near a partner line or the
        pieces run alongside lines for longer than ``budget`` (in order, as the sum grows: the
        lines of a piece in the order of ``_near``)."""
        crossings = 0.0
        alongside = 0.0
        spans = self._span_lines
        for seg, piece in zip(segs, pieces, strict=True):
            assert piece is not None  # _blocked has looked at every piece
            box, span = piece
            found = spans.get(span)
            if found is None:
                found = spans[span] = [self.lines[i] for i in self._near(self.line_grid, span)]
            for line in found:
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

    def near_boxes(self, r: Rect) -> list[tuple[Rect, str | None]]:
        """The symbols and texts (rect, node key or None) that may meet ``r``."""
        return [self.boxes[i] for i in self._near(self.box_grid, _span(r))]

    def near_lines(self, r: Rect) -> list[_Line]:
        """The lines whose boxes may meet ``r``."""
        return [self.lines[i] for i in self._near(self.line_grid, _span(r))]

    @staticmethod
    def _near(grid: dict[tuple[int, int], list[int]], span: Span) -> list[int] | set[int]:
        """What the cells of ``span`` hold (in this order: the sums of ``_crossings`` keep it)."""
        cells = _cells(span)
        if len(cells) == 1:  # the usual case: a short piece in one cell
            return grid.get(cells[0], [])
        found: set[int] = set()
        for cell in cells:
            found.update(grid.get(cell, ()))
        return found


def _reaches(count: int, pad: float, bars: float) -> list[float]:
    """How far each of a curve's ``count`` pieces must stay from what is drawn: the bars of a
    cut-off bond need more room, in the middle only."""
    if bars <= pad:
        return [pad] * count
    middle = (count + 1) // 2
    return [bars if abs(n - middle) <= 2 else pad for n in range(count)]


def _span(r: Rect) -> Span:
    """The cells of the coarse grid that ``r`` meets."""
    floor = math.floor
    return floor(r[0] / CELL), floor(r[2] / CELL), floor(r[1] / CELL), floor(r[3] / CELL)


def _cells(span: Span) -> tuple[Cell, ...]:
    """The cells of ``span``, column by column."""
    i0, i1, j0, j1 = span
    if i0 == i1 and j0 == j1:
        return ((i0, j0),)
    return tuple((i, j) for i in range(i0, i1 + 1) for j in range(j0, j1 + 1))


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


@functools.cache
def _sweep(first: bool, last: bool) -> list[list[tuple[float, float, float, float]]]:
    """The weights of ``bezier``'s points at QUICK_SAMPLES, coarse first, in levels (every level
    kept, also when empty); with its first and its last point or without."""
    weights = bezier_weights(QUICK_SAMPLES)
    keep = range(0 if first else 1, len(weights) if last else len(weights) - 1)
    return [[weights[k] for k in level if k in keep] for level in coarse_levels(len(weights))]
