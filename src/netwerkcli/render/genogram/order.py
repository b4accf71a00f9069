"""Left-to-right order on every row: a first order from a walk through the family, then a search.

The walk (``order_walk``) places each sibship together below its parents and each person's
parents above them, so a family that is a tree comes out without crossings. The search then
lowers the cost of ``cost`` row by row, sweeping down and up: it tries every good arrangement of
each unit, moves each block to its best place (sifting, with exact cost changes), and orders rows
of a few blocks exhaustively. Only when crossings remain does it try the last resort: someone of
another family standing between two partners (a split). The search is deterministic.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from functools import cache

from netwerkcli.model import Gezin
from netwerkcli.render.genogram.cost import W_CROSSING, Block, Evaluator
from netwerkcli.render.genogram.family import Facts, family_facts
from netwerkcli.render.genogram.order_state import OrderState
from netwerkcli.render.genogram.order_walk import SMALL_FAMILY, mirror, walk, walk_starts
from netwerkcli.render.genogram.structure import Structure
from netwerkcli.render.genogram.units import arrangements, build_units

EPS = 1e-9
EXACT_BLOCKS = 7  # rows of at most this many blocks are ordered exhaustively
FULL_SIFT = 24  # rows of at most this many blocks: every block may move anywhere
WINDOW = 6  # in bigger rows, this many places either way
MAX_SWEEPS = 8  # down and up the rows; big families (the walk orders trees well) fewer
BIG_SWEEPS = 3


@dataclass(eq=False, repr=False)
class Ordering:
    """The rows found by the search, with the blocks, the cost and the crossings left."""

    rows: list[list[str]]  # node keys per row, left to right
    blocks: list[list[Block]] = field(default_factory=list)
    cost: float = 0.0
    crossings: int = 0
    facts: Facts | None = None


def order_rows(s: Structure, gezin: Gezin) -> Ordering:
    f = family_facts(s, gezin)
    ev = Evaluator(f)
    units = build_units(f)
    options = {frozenset(u): arrangements(u, f, ev) for u in units}
    best: OrderState | None = None
    small = len(s.nodes) <= SMALL_FAMILY
    for start in walk_starts(f, units):
        walked = walk(f, units, options, start)
        for rows in [walked, mirror(walked)] if small else [walked]:
            state = OrderState(f, rows, ev)
            _search(state, options)
            if best is None or state.total() < best.total() - EPS:
                best = state
        if best is not None and best.crossings() == 0 and best.total() < W_CROSSING / 10:
            break
    if best is None:  # nobody to draw
        return Ordering([[] for _ in range(f.nrows)], [], 0.0, 0, f)
    return Ordering(
        [list(k) for k in best.keys],
        [list(r) for r in best.rows],
        best.total(),
        best.crossings(),
        f,
    )


# -- the search ----------------------------------------------------------------------------------


def _search(state: OrderState, options: dict[frozenset[str], list[Block]]) -> None:
    _sweeps(state, options)
    if state.crossings() == 0:
        return
    _regroup(state, options)
    for r in _rows_with_crossings(state):
        if len(state.rows[r]) <= EXACT_BLOCKS:
            _exact(state, r)
    _sweeps(state, options)
    if state.crossings() and _split(state):
        _sweeps(state, options)


def _regroup(state: OrderState, options: dict[frozenset[str], list[Block]]) -> None:
    """Where crossings remain, a branch of the family may stand on the wrong side as a whole
    (a sister and her children), which moving one block at a time cannot mend: sort the rows
    by where their parents stand (and then their children), search again, keep what is better."""
    for downward in (True, False, True):
        before = [list(r) for r in state.rows]
        cost = state.total()
        _barycentre_sweep(state, downward, options)
        _sweeps(state, options)
        if state.total() >= cost - EPS:
            for r, blocks in enumerate(before):
                state.set_row(r, blocks)
        if state.crossings() == 0:
            return


def _barycentre_sweep(
    state: OrderState, downward: bool, options: dict[frozenset[str], list[Block]]
) -> None:
    """Each row in turn sorted by the mean place of each block's parents' lines (downward) or
    children (upward), blocks without any keeping their place; each unit turned the way its
    members' parents (or children) stand."""
    nrows = len(state.rows)
    for r in range(1, nrows) if downward else range(nrows - 2, -1, -1):
        keys: list[tuple[float, int]] = []
        blocks = list(state.rows[r])
        for i, block in enumerate(blocks):
            places = {k: _places(state, r, k, downward) for k in block}
            candidates = options.get(frozenset(block), [])
            if len(candidates) > 1:
                blocks[i] = block = min(candidates, key=lambda c: _misturned(c, places))
            every = [p for k in block for p in places[k]]
            start = state.pos[block[0]]
            keys.append((sum(every) / len(every) if every else start + len(block) / 2, i))
        state.set_row(r, [blocks[i] for _, i in sorted(keys)])


def _places(state: OrderState, r: int, k: str, downward: bool) -> list[float]:
    """Where a person's lines go: the anchors of their parents (above), or their children."""
    f = state.f
    if downward:
        above = state.anchor[r - 1]
        return [above[ui][0] for ui in f.up_unions.get(k, ()) if ui in above]
    return [float(state.pos[c]) for ui in f.down_unions.get(k, ()) for c in f.kids_below(ui)]


def _misturned(block: Block, places: dict[str, list[float]]) -> int:
    """Pairs of people in the block whose lines go the other way round."""
    means = [sum(places[k]) / len(places[k]) for k in block if places[k]]
    return sum(1 for a, b in itertools.combinations(means, 2) if a > b)


def _sweeps(state: OrderState, options: dict[frozenset[str], list[Block]]) -> None:
    """Arrange and sift the rows down and up until nothing changes. A row whose last turn
    changed nothing is skipped as long as none of the rows its cost depends on has changed:
    the same search would find the same order."""
    nrows = len(state.rows)
    coupled = _coupled_rows(state)
    settled: dict[int, tuple[tuple[Block, ...], ...]] = {}
    for _ in range(MAX_SWEEPS if len(state.pos) <= SMALL_FAMILY else BIG_SWEEPS):
        changed = False
        for r in [*range(nrows), *reversed(range(nrows - 1))]:
            seen = tuple(tuple(state.rows[c]) for c in coupled[r])
            if settled.get(r) == seen:
                continue
            moved = _arrange(state, r, options)
            moved |= _sift(state, r)
            if moved:
                changed = True
                settled.pop(r, None)
            else:
                settled[r] = seen
        if not changed:
            return


def _coupled_rows(state: OrderState) -> list[tuple[int, ...]]:
    """Per row: the rows whose order its cost depends on (its neighbours, for the lines between
    them, and the rows of everyone sharing a term with its people: a household over three
    generations)."""
    f = state.f
    nrows = len(state.rows)
    out: list[tuple[int, ...]] = []
    for r in range(nrows):
        rows = {c for c in (r - 1, r, r + 1) if 0 <= c < nrows}
        for t in state.terms_of(state.keys[r]):
            members = state.groups.get(t) if t[0] != "union" else f.kids_below(t[1])
            rows.update(f.row_of[k] for k in members or ())
        out.append(tuple(sorted(rows)))
    return out


def _arrange(state: OrderState, r: int, options: dict[frozenset[str], list[Block]]) -> bool:
    changed = False
    for i in range(len(state.rows[r])):
        current = state.rows[r][i]
        candidates = options.get(frozenset(current), [])
        if len(candidates) < 2:
            continue
        cost = state.block_terms(r, current)  # weighed once, not again for each candidate
        for cand in candidates:
            if cand == current:
                continue
            state.put(r, i, cand)
            new = state.block_terms(r, cand)
            if new - cost < -EPS:
                current, cost, changed = cand, new, True
            else:
                state.put(r, i, current)
    return changed


def _sift(state: OrderState, r: int) -> bool:
    """Move each block to the place where the cost is lowest (exact changes, by swaps)."""
    row = state.rows[r]
    n = len(row)
    if n < 2:
        return False
    window = n if n <= FULL_SIFT else WINDOW
    changed = False
    blocks = list(row)
    if n > FULL_SIFT and not (state.band_crossings(r) or state.band_crossings(r + 1)):
        # a big row without crossings: only blocks that cost something can gain by moving
        blocks = [b for b in blocks if _costs_something(state, b)]
    for block in blocks:
        i = row.index(block)
        lo, hi = max(0, i - window), min(n - 1, i + window)
        cumulative, best, j = 0.0, (0.0, i), i
        while j > lo:
            cumulative += state.swap(r, j - 1)
            j -= 1
            if cumulative < best[0] - EPS:
                best = (cumulative, j)
        # back to where it stood: the same swaps undone, so nothing to cost (and every place
        # on the way was weighed already)
        while j < i:
            state.move(r, j)
            j += 1
        cumulative = 0.0
        while j < hi:
            cumulative += state.swap(r, j)
            j += 1
            if cumulative < best[0] - EPS:
                best = (cumulative, j)
        while j > best[1]:
            state.move(r, j - 1)
            j -= 1
        changed |= best[1] != i
    return changed


def _costs_something(state: OrderState, block: Block) -> bool:
    return state.ev.block_cost(block) > EPS or any(
        state.term_cost(t) > EPS for t in state.terms_of(block)
    )


@cache
def _sjt(n: int) -> list[int]:
    """Steinhaus–Johnson–Trotter: the neighbour swaps that visit every order of n things."""
    perm = list(range(n))
    direction = [-1] * n
    swaps: list[int] = []
    while True:
        mobile = -1
        for i, v in enumerate(perm):
            j = i + direction[v]
            if 0 <= j < n and perm[j] < v and (mobile < 0 or v > perm[mobile]):
                mobile = i
        if mobile < 0:
            return swaps
        v = perm[mobile]
        j = mobile + direction[v]
        perm[mobile], perm[j] = perm[j], perm[mobile]
        swaps.append(min(mobile, j))
        for w in range(v + 1, n):
            direction[w] = -direction[w]


def _exact(state: OrderState, r: int) -> None:
    """Every order of the row's blocks (with their arrangements as they are); keep the best."""
    cumulative = 0.0
    best = (0.0, list(state.rows[r]))
    for i in _sjt(len(state.rows[r])):
        cumulative += state.swap(r, i)
        if cumulative < best[0] - EPS:
            best = (cumulative, list(state.rows[r]))
    state.set_row(r, best[1])


def _rows_with_crossings(state: OrderState) -> list[int]:
    rows = set()
    for r in range(len(state.rows)):
        if state.band_crossings(r):
            rows.update({r - 1, r})
        if any(state.ev.routed_crossings(b) for b in state.rows[r]):
            rows.add(r)
    return sorted(x for x in rows if x >= 0)


def _split(state: OrderState) -> bool:
    """Last resort: someone of another family between two partners, where that removes a
    crossing. Returns whether anything changed."""
    changed = False
    for r in _rows_with_crossings(state):
        current = state.local(r)
        best: tuple[float, list[Block]] | None = None
        row = state.rows[r]
        for x in range(len(row)):
            guest = row[x]
            if len(guest) > 2:
                continue
            for h, host in enumerate(row):
                if h == x or len(host) < 2:
                    continue
                for gap in range(1, len(host)):
                    merged = (*host[:gap], *guest, *host[gap:])
                    blocks = [b for i, b in enumerate(row) if i != x]
                    blocks[blocks.index(host)] = merged
                    state.set_row(r, blocks)
                    cost = state.local(r)
                    if cost < current - W_CROSSING / 2 and (best is None or cost < best[0]):
                        best = (cost, list(blocks))
                    state.set_row(r, row)
        if best is not None:
            state.set_row(r, best[1])
            changed = True
    return changed
