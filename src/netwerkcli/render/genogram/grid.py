"""The grid search for a bond where no curve qualifies: a fine grid round the two people with
walls (symbols, texts, partner lines), a price for crossing a parent–child line, extra cost near
another bond and no moves alongside a line; A* finds the cheapest way over it."""

from __future__ import annotations

import heapq
import math
from typing import TYPE_CHECKING, Literal, overload

from netwerkcli.render.genogram.arcs import shape_of, symbol_rect
from netwerkcli.render.genogram.paths import Rect, Segment, boxes_meet, grow, segment_box
from netwerkcli.render.genogram.structure import Node
from netwerkcli.render.svg import Point

if TYPE_CHECKING:
    from netwerkcli.render.genogram.field import Field

W_CROSSING = 90.0  # a parent–child line crossed: worth this many pixels of detour
GRID = 3.0  # the fine grid; a coarse one (COARSE) is tried first
COARSE = 8.0
GUIDED_FROM = 20000  # grids of more cells are searched along a way found on blocks of cells first
GUIDE_BLOCK = 4  # cells per side of such a block
GUIDE_REACH = 2  # blocks either side of that way that the fine search may use
POCKET = 64  # a target shut in a pocket is found in at most this many rounds of a flood


class Grid:
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
    ) -> Grid:
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
        for rect, key in field.near_boxes(grow(area, pad + g)):
            if key in (a.key, b.key) or not boxes_meet(grow(rect, pad + g), area):
                continue
            self._fill(self.wall, grow(rect, pad + g * 0.75), 1)
        # off the page: the first columns and rows (the cells lie left of or above ``pad``)
        left = sum(1 for i in range(self.cols) if self.x0 + i * g < pad)
        top = sum(1 for j in range(self.rows) if self.y0 + j * g < pad)
        for j in range(self.rows):
            end = self.cols if j < top else left
            self.wall[j * self.cols : j * self.cols + end] = b"\x01" * end
        for line in field.near_lines(grow(area, 10)):
            box = segment_box(line.seg)
            if boxes_meet(grow(box, 10), area):
                self._draw_line(line.seg, box, line.kind, pad, strict)
        self.source = self.cell(a.x, a.y)
        self.target = self.cell(b.x, b.y)
        for node in (a, b):  # the way out of one's own symbol
            self._free(node)

    def _draw_line(self, seg: Segment, box: Rect, kind: str, pad: float, strict: bool) -> None:
        """A line: a partner line is a wall, a parent–child line has a toll, near another bond
        is dearer (or a wall, ``strict``); and no move runs along a level or upright line."""
        g = self.g
        if kind == "partner":
            self._fill(self.wall, grow(box, pad + g * 0.5), 1)
        elif kind == "descent":
            self._fill(self.price, grow(box, g * 0.6), 1)
            if box[2] - box[0] > 0.5 and box[3] - box[1] > 0.5:  # a twin's slanted line
                self._near_line(seg, 8.0, self.alongside)
        elif kind == "bond":
            self._near_line(seg, 9.0, self.wall if strict else self.alongside)
        if box[3] - box[1] < 0.5:  # level
            self._fill(self.no_h, (box[0] - 2, box[1] - 8, box[2] + 2, box[3] + 8), 1)
        elif box[2] - box[0] < 0.5:  # upright
            self._fill(self.no_v, (box[0] - 8, box[1] - 2, box[2] + 8, box[3] + 2), 1)

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
        ex, ey = bx - ax, by - ay
        size = math.hypot(ex, ey) or 1.0
        square = size**2
        g, cols, hypot = self.g, self.cols, math.hypot
        box = grow(segment_box(seg), d)
        i0 = max(int((box[0] - self.x0) / g), 0)
        # each cell's x less ax, worked out once for all rows (the loop below is a hot one)
        xs = [self.x0 + i * g - ax for i in range(i0, min(int((box[2] - self.x0) / g) + 2, cols))]
        for j in range(
            max(int((box[1] - self.y0) / g), 0), min(int((box[3] - self.y0) / g) + 2, self.rows)
        ):
            dy = self.y0 + j * g - ay
            along = dy * ey
            for i, dx in enumerate(xs, j * cols + i0):
                t = (dx * ex + along) / square  # where along the segment, clamped to its ends
                t = 1.0 if t > 1.0 else t if t > 0.0 else 0.0
                if hypot(dx - t * ex, dy - t * ey) < d:
                    mask[i] = 1

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
        coarse = self._blocks(f)
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

    def _blocks(self, f: int) -> Grid:
        """The grid of blocks of f x f cells: a block is a wall when all its cells are, and has
        a toll when any of its cells has."""
        cols, rows = self.cols, self.rows
        coarse = Grid(self.g * f, self.x0, self.y0, -(-cols // f), -(-rows // f))
        for bj in range(coarse.rows):
            walled, priced = -1, 0  # by column, over the rows of the band: all walls, any toll
            for j in range(bj * f, min(bj * f + f, rows)):
                walled &= int.from_bytes(self.wall[j * cols : (j + 1) * cols], "little")
                priced |= int.from_bytes(self.price[j * cols : (j + 1) * cols], "little")
            walls, prices = walled.to_bytes(cols, "little"), priced.to_bytes(cols, "little")
            for bi in range(coarse.cols):
                block = bj * coarse.cols + bi
                coarse.wall[block] = 0 not in walls[bi * f : bi * f + f]
                coarse.price[block] = 1 in prices[bi * f : bi * f + f]
        return coarse

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
        closed = self._closed(outside)  # walls, and cells already settled
        if closed[self.source] or closed[self.target]:
            return None  # an end on the border (the margins keep them inside): no way here
        if self._shut_in(closed):
            return None  # the search would settle every cell it can reach before it knew
        back = self._search(closed)
        if back is None:
            return None
        path = [self.target]
        while path[-1] != self.source:
            path.append(back[path[-1]])
        path.reverse()
        if cells:
            return path
        cols = self.cols
        return [(self.x0 + k % cols * self.g, self.y0 + k // cols * self.g) for k in path]

    def _closed(self, outside: bytearray | None) -> bytearray:
        """The walls, the cells ``outside`` and the border (then no move needs a bounds check)."""
        cols, rows = self.cols, self.rows
        n_cells = cols * rows
        closed = bytearray(self.wall)
        if outside is not None:
            closed = _either(closed, outside)
        closed[:cols] = closed[n_cells - cols :] = b"\x01" * cols
        closed[::cols] = closed[cols - 1 :: cols] = b"\x01" * rows
        return closed

    def _shut_in(self, closed: bytearray) -> bool:
        """Whether the target lies in a small pocket without the source: the cells as bits of
        an int, flooded from the target a ring of neighbours a round (the moves of
        ``_search`` go both ways) until the flood stops growing or has had POCKET rounds."""
        cols = self.cols
        open_ = _bits(closed, _OPEN)
        open_h = open_ & ~_bits(self.no_h, _MARKED)  # where a level move may start and end
        open_v = open_ & ~_bits(self.no_v, _MARKED)
        seen, source = 1 << self.target, 1 << self.source
        for _ in range(POCKET):
            if seen & source:
                return False
            h, v, x = seen & open_h, seen & open_v, seen << 1 | seen >> 1
            more = (
                seen
                | (x << cols | x >> cols) & open_
                | (h << 1 | h >> 1) & open_h
                | (v << cols | v >> cols) & open_v
            )
            if more == seen:
                return True
            seen = more
        return False

    def _search(self, closed: bytearray) -> list[int] | None:
        """A* from source to target: the cell each cell was reached from, or None (no way).
        A cell's neighbours may be looked at in any order (the heap gives the same cells in the
        same order whatever the order they went in): first the four slanted moves, then the
        level and upright ones that may leave the cell. ``shut_h`` and ``shut_v``: the cells a
        level (upright) move may not enter, settled ones included."""
        cols, target = self.cols, self.target
        tx, ty = target % cols, target // cols
        dist = [math.inf] * len(closed)
        back = [-1] * len(closed)
        dist[self.source] = 0.0
        heap = [(0.0, self.source)]
        toll = W_CROSSING / self.g / 3
        price, alongside, no_h, no_v = self.price, self.alongside, self.no_h, self.no_v
        either = _either(price, alongside)  # a toll, or near another bond
        shut_h, shut_v = _either(closed, no_h), _either(closed, no_v)
        corners = (-cols - 1, -cols + 1, cols - 1, cols + 1)
        level, upright = [(-1, shut_h), (1, shut_h)], [(-cols, shut_v), (cols, shut_v)]
        straight = [level + upright, upright, level, []]  # by no_h + 2 * no_v of the cell
        diagonal = math.sqrt(2.0)
        twice = 2.0 * diagonal  # near another bond a step costs this much more
        hypot, pop, push = math.hypot, heapq.heappop, heapq.heappush
        # the two kinds of move have a loop each, with their step costs as constants: this is
        # the hottest loop of the bonds, and one loop over (offset, step, extra) costs more
        while heap:
            _, k = pop(heap)
            if closed[k]:
                continue
            closed[k] = shut_h[k] = shut_v[k] = 1
            if k == target:
                break
            here, priced = dist[k], price[k]
            for offset in corners:
                n = k + offset
                if closed[n]:
                    continue
                d = here + diagonal
                if either[n]:
                    if price[n] and not priced:
                        d += toll
                    if alongside[n]:
                        d += twice
                if d < dist[n]:
                    dist[n] = d
                    back[n] = k
                    push(heap, (d + hypot(n % cols - tx, n // cols - ty), n))
            for offset, shut in straight[no_h[k] + 2 * no_v[k]]:
                n = k + offset
                if shut[n]:
                    continue
                d = here + 1.0
                if either[n]:
                    if price[n] and not priced:
                        d += toll
                    if alongside[n]:
                        d += 2.0
                if d < dist[n]:
                    dist[n] = d
                    back[n] = k
                    push(heap, (d + hypot(n % cols - tx, n // cols - ty), n))
        return back if dist[target] < math.inf else None


_MARKED = bytes.maketrans(bytes(range(256)), b"0" + b"1" * 255)
_OPEN = bytes.maketrans(bytes(range(256)), b"1" + b"0" * 255)


def _bits(mask: bytearray, table: bytes) -> int:
    """A mask as an int, cell k as bit k: marked (or open) cells, by the ``table`` used."""
    return int(mask.translate(table)[::-1], 2)


def _either(one: bytearray, other: bytearray) -> bytearray:
    """Cell by cell: marked in one or the other."""
    both = int.from_bytes(one, "little") | int.from_bytes(other, "little")
    return bytearray(both.to_bytes(len(one), "little"))
