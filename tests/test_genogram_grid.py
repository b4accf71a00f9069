"""The grid search of a bond (where no curve qualifies): the cheapest way, and the block grid
that guides the search on a big grid. Both are written for speed; here they are held against
plain definitions on random grids."""

from __future__ import annotations

import heapq
import itertools
import math
import random

import pytest

from netwerkcli.render.genogram import grid as grid_module
from netwerkcli.render.genogram.grid import W_CROSSING, Grid


def random_grid(rnd: random.Random, cols: int, rows: int) -> Grid:
    grid = Grid(3.0, 0.0, 0.0, cols, rows)
    n = cols * rows
    walls = rnd.random() * 0.4
    for mask, share in (
        (grid.wall, walls),
        (grid.price, 0.1),
        (grid.alongside, 0.1),
        (grid.no_h, 0.05),
        (grid.no_v, 0.05),
    ):
        mask[:] = bytes(1 if rnd.random() < share else 0 for _ in range(n))
    inside = [j * cols + i for i in range(1, cols - 1) for j in range(1, rows - 1)]
    if len(inside) >= 2:
        grid.source, grid.target = rnd.sample(inside, 2)
        grid.wall[grid.source] = grid.wall[grid.target] = 0
    return grid


def step_cost(grid: Grid, k: int, n: int) -> float | None:
    """What a move from cell k to its neighbour n costs (None: not allowed)."""
    cols = grid.cols
    di, dj = n % cols - k % cols, n // cols - k // cols
    if dj == 0 and (grid.no_h[k] or grid.no_h[n]):
        return None
    if di == 0 and (grid.no_v[k] or grid.no_v[n]):
        return None
    step = math.sqrt(2.0) if di and dj else 1.0
    d = step
    if grid.price[n] and not grid.price[k]:
        d += W_CROSSING / grid.g / 3
    if grid.alongside[n]:
        d += 2.0 * step
    return d


def cheapest(grid: Grid) -> float | None:
    """Dijkstra over the cells inside the border: the cost of the cheapest way."""
    cols, rows = grid.cols, grid.rows
    best = {grid.source: 0.0}
    heap = [(0.0, grid.source)]
    while heap:
        d, k = heapq.heappop(heap)
        if k == grid.target:
            return d
        if d > best[k]:
            continue
        for di in (-1, 0, 1):
            for dj in (-1, 0, 1):
                i, j = k % cols + di, k // cols + dj
                n = j * cols + i
                if not (di or dj) or not (0 < i < cols - 1 and 0 < j < rows - 1) or grid.wall[n]:
                    continue
                cost = step_cost(grid, k, n)
                if cost is not None and d + cost < best.get(n, math.inf):
                    best[n] = d + cost
                    heapq.heappush(heap, (d + cost, n))
    return None


@pytest.mark.parametrize("seed", range(60))
def test_the_way_found_is_a_cheapest_way(seed: int) -> None:
    rnd = random.Random(seed)
    grid = random_grid(rnd, rnd.randint(3, 30), rnd.randint(3, 30))
    way = grid.shortest(cells=True)
    want = cheapest(grid)
    if want is None:
        assert way is None
        return
    assert way is not None and way[0] == grid.source and way[-1] == grid.target
    costs = [step_cost(grid, k, n) for k, n in itertools.pairwise(way)]
    assert None not in costs and not any(grid.wall[k] for k in way)
    assert sum(c for c in costs if c is not None) == pytest.approx(want)


def rings_round_target(grid: Grid) -> tuple[set[int], int]:
    """The cells a plain flood from the target reaches, and how many rings it grows."""
    cols, rows = grid.cols, grid.rows
    seen, ring, rings = {grid.target}, [grid.target], 0
    while True:
        more = []
        for k in ring:
            for n in (k + di + dj * cols for di in (-1, 0, 1) for dj in (-1, 0, 1)):
                inside = 0 < n % cols < cols - 1 and 0 < n // cols < rows - 1
                if n not in seen and inside and not grid.wall[n] and step_cost(grid, k, n):
                    seen.add(n)
                    more.append(n)
        if not more:
            return seen, rings
        ring, rings = more, rings + 1


@pytest.mark.parametrize("pocket", [3, 64])
def test_a_target_shut_in_a_pocket_is_found(pocket: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(grid_module, "POCKET", pocket)
    rnd = random.Random(pocket)
    found = 0
    for _ in range(200):
        grid = random_grid(rnd, rnd.randint(3, 30), rnd.randint(3, 30))
        if grid.source == grid.target:
            continue
        seen, rings = rings_round_target(grid)
        shut_in = grid.source not in seen and rings < pocket
        assert grid._shut_in(grid._closed(None)) == shut_in
        found += shut_in
    assert found >= 5  # the random grids do have pockets


def test_blocks_are_walls_only_when_all_their_cells_are() -> None:
    rnd = random.Random(7)
    for _ in range(100):
        grid = random_grid(rnd, rnd.randint(1, 40), rnd.randint(1, 40))
        f = 4
        blocks = grid._blocks(f)
        for bj in range(blocks.rows):
            for bi in range(blocks.cols):
                cells = [
                    j * grid.cols + i
                    for j in range(bj * f, min(bj * f + f, grid.rows))
                    for i in range(bi * f, min(bi * f + f, grid.cols))
                ]
                block = bj * blocks.cols + bi
                assert blocks.wall[block] == all(grid.wall[k] for k in cells)
                assert blocks.price[block] == any(grid.price[k] for k in cells)
