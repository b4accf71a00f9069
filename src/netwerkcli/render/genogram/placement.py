"""Placement: x of every person from the order and the label widths.

x is found by a few rounds of 'stand under your parents, stand over your children': each person
gets a wanted place, and the row is solved exactly for the closest places that keep the order and
the minimum distances (isotonic regression by pooling adjacent violators). Partners who stand side
by side pull each other to their minimum distance. Minimum distances come from the estimated
widths of the labels, so labels never overlap; they widen where names are long. Where the
children of one union would reach past the line down to the next union's children, the parents
move apart and the rows are solved again, so each sibship stands under its own parents. Where a
union's line leaves its row comes from the plan of the rows (see ``geometry``).
"""

from __future__ import annotations

import itertools
import math
import operator
from collections.abc import Iterator, Mapping

from netwerkcli.render.genogram.family import Facts
from netwerkcli.render.genogram.geometry import DROP_CLEAR, Recipe, Rows
from netwerkcli.render.genogram.metrics import NodeLabels
from netwerkcli.render.genogram.style import SIZES

S = SIZES.symbol
WIDEN_ATTEMPTS = 30
SETTLED = 0.25  # pixels: a round that moves nobody further than this ends the solving
MAX_WIDENING = 400.0  # most extra room between two neighbours (beyond: sibship lines rise)
# While solving, x is one list in the order of the rows and people are their place in it: list
# indexing instead of dict lookups by name, and no list per person (with the one-pass pooling of
# _solve_row, half the instructions it took with dicts on 300 people).
# How a union's line leaves its row (see Rows.recipe) with the partners as places, and the recipe
Spot = tuple[int, int, int, float, Recipe]
# what pulls a person sideways: their place, the unions coming down to them, their own unions
# with the places of the outermost of those children, a partner beside them on the left and on
# the right (the index of the gap between them, -1 for none), how many wanted places that makes
# (a partner counts twice) and their weight (that many, 0.05 with none); a union is the index of
# its spot in the row's list of spots
Pull = tuple[int, tuple[int, ...], tuple[tuple[int, int, int], ...], int, int, int, float]
RowPulls = tuple[list[Spot], list[Pull]]  # see _pulls


class _Places(Mapping[str, float]):
    """x by name, read from the list of x (for ``Rows.anchor_of`` and ``_widen``)."""

    def __init__(self, place: dict[str, int], xs: list[float]) -> None:
        self.place, self.xs = place, xs

    def __getitem__(self, k: str) -> float:
        return self.xs[self.place[k]]

    def __iter__(self) -> Iterator[str]:
        return iter(self.place)

    def __len__(self) -> int:
        return len(self.place)


def place(plan: Rows, relation_widths: dict[frozenset[str], float]) -> dict[str, float]:
    """x of every node, the leftmost label at the left margin."""
    rows, labels = plan.rows, plan.labels
    gaps = [_gaps(r, labels, relation_widths, plan) for r in rows]
    names = [k for row in rows for k in row]
    x = dict(zip(names, _solve(plan, gaps, names), strict=True))
    left = min((x[k] - labels[k].left for row in rows for k in row), default=0.0)
    return {k: v - left + SIZES.margin for k, v in x.items()}


def _solve(plan: Rows, gaps: list[list[float]], names: list[str]) -> list[float]:
    """x of everyone (``names``, in the order of the rows): rounds of solving every row down and
    up until nobody moves against the others, then wider gaps where sibships overlap, again."""
    rows = plan.rows
    spot = {k: n for n, k in enumerate(names)}
    firsts = list(itertools.accumulate(map(len, rows), initial=0))  # each row's first place
    shifts = [_shift(g) for g in gaps]
    # each row starts at its least distances from its first person
    xs = [at for row, shift in zip(rows, shifts, strict=True) for at in shift[: len(row)]]
    view = _Places(spot, xs)
    pulls = [_pulls(row, plan, spot) for row in rows]
    rounds = 12
    added: dict[tuple[int, int], float] = {}  # extra room given per gap, capped
    attempts = WIDEN_ATTEMPTS if len(xs) <= 100 else 10 if len(xs) <= 400 else 4
    for _ in range(attempts):
        for _ in range(rounds):
            before = xs[:]
            for r in [*range(len(rows)), *reversed(range(len(rows)))]:
                solved = _solve_row(gaps[r], shifts[r], xs, plan, pulls[r], view)
                xs[firsts[r] : firsts[r + 1]] = solved
            if _settled(before, xs):
                break  # nobody moves against the others any more
        if not _widen(plan.f, plan, gaps, view, added):
            break
        shifts = [_shift(g) for g in gaps]
        rounds = 6
    return xs


def _settled(before: list[float], xs: list[float]) -> bool:
    """Did this round move everyone by about the same amount (a shift of the whole drawing
    changes nothing)?"""
    moves: list[float] = list(map(operator.sub, xs, before))
    if not moves:
        return True
    common = sorted(moves)[len(moves) // 2]
    # the largest |move - common|, from the extremes (the same float, without a pass per move)
    return max(max(moves) - common, common - min(moves)) < SETTLED


def _widen(
    f: Facts,
    plan: Rows,
    gaps: list[list[float]],
    x: Mapping[str, float],
    added: dict[tuple[int, int], float],
) -> bool:
    """Where the children of one union reach past the line down to the next union's children,
    move the parents further apart; True when something was widened (then solve again)."""
    widened = False
    margin = S * 0.3 + 10  # the lines of two unions to one child stand this far off centre
    for r in range(1, len(plan.rows)):
        spans = []
        for ui in f.unions_into_row[r]:
            if not f.leads(ui):
                continue
            kids = [x[c] for c in f.sibship.get(ui, f.kids_below(ui))]
            spans.append((plan.anchor(ui, x).x, min(kids), max(kids), ui))
        spans.sort(key=lambda t: (t[0], t[1]))
        for (ax, _, hi, u), (bx, lo, _, v) in itertools.pairwise(spans):
            need = max(hi + margin - bx, ax + margin - lo)
            pu, pv = f.unions[u].parents, f.unions[v].parents
            if need <= 0.5 or hi > lo or set(pu) == set(pv):
                continue  # nothing to do, an order problem, or one couple
            # the parents on the row the lines leave (partners may stand a generation apart)
            on_u = [plan.index[p] for p in pu if f.row_of[p] == r - 1]
            on_v = [plan.index[p] for p in pv if f.row_of[p] == r - 1]
            if not on_u or not on_v:
                continue
            iu, iv = max(on_u), min(on_v)
            if iv > iu:
                gap, extra = (r - 1, iv - 1), need + 4
            elif len(on_v) == 2:
                gap, extra = (r - 1, iv), 2 * (need + 4)
            else:
                continue
            if added.get(gap, 0.0) + extra > MAX_WIDENING:
                continue  # no runaway: the sibship lines then stand at different heights
            added[gap] = added.get(gap, 0.0) + extra
            gaps[gap[0]][gap[1]] += extra
            widened = True
    return widened


def _gaps(
    row: list[str],
    labels: dict[str, NodeLabels],
    relation_widths: dict[frozenset[str], float],
    plan: Rows,
) -> list[float]:
    """Smallest distance between the centres of neighbours: their labels never touch; a partner
    line has room for its label; a line routed from a person has room to go down beside them."""
    gaps = []
    for a, b in itertools.pairwise(row):
        la, lb = labels[a], labels[b]
        d = la.right + lb.left + SIZES.gap
        width = relation_widths.get(frozenset((a, b)))
        if width is not None:
            d = max(d, 2 * max(la.name_half, lb.name_half) + 12, S + max(width, 16) + 24)
        if 1 in plan.routed_from.get(a, ()):
            d = max(d, max(S / 2, la.name_half) + 16 + lb.left + SIZES.gap / 2)
        if -1 in plan.routed_from.get(b, ()):
            d = max(d, max(S / 2, lb.name_half) + 16 + la.right + SIZES.gap / 2)
        gaps.append(max(d, _above_gap(plan, a, b, width)))
    if plan.above:
        _above_spans(row, gaps, plan, relation_widths)
    return gaps


def _above_gap(plan: Rows, a: str, b: str, width: float | None) -> float:
    """Room between two neighbours for the verticals of lines above the row that leave them
    (clear of the other's symbol and years, of each other, and of a partner line's label
    between them), and for a children's line coming down between them."""
    d = 0.0
    right = 1 in plan.above_from.get(a, ())
    left = -1 in plan.above_from.get(b, ())
    if right:
        d = plan.above_reach(a, 1) + plan.above_reach(b, -1)
        if width is not None:
            d = max(d, 2 * (plan.above_reach(a, 1) + 4) + width)
    if left:
        d = max(d, plan.above_reach(a, 1) + plan.above_reach(b, -1))
        if width is not None:
            d = max(d, 2 * (plan.above_reach(b, -1) + 4) + width)
    if right and left:
        d = max(d, plan.above_reach(a, 1) + plan.above_reach(b, -1) + DROP_CLEAR)
    return d


def _above_spans(
    row: list[str], gaps: list[float], plan: Rows, relation_widths: dict[frozenset[str], float]
) -> None:
    """A line above the row: room in the gap its children's line comes down through, and
    between its two verticals for its label (and slashes) beside that line."""
    at = {k: i for i, k in enumerate(row)}
    for pair, n in plan.above.items():
        a, b = sorted(pair, key=plan.index.__getitem__)
        if a not in at:
            continue
        i, j = at[a], at[b]
        if n >= 0:
            need = plan.drop_room(row[n], 1) + plan.drop_room(row[n + 1], -1) + 16
            gaps[n] = max(gaps[n], need)
        inner = sum(gaps[i:j]) - plan.above_reach(a, 1) - plan.above_reach(b, -1)
        want = relation_widths.get(pair, 0.0) + 24 + (40 if n >= 0 else 0)
        if inner < want:
            gaps[n if n >= 0 else (i + j) // 2] += want - inner


def _solve_row(
    gaps: list[float],
    shift: list[float],
    xs: list[float],
    plan: Rows,
    pulls: RowPulls,
    view: Mapping[str, float],
) -> list[float]:
    """Closest places to the wanted ones that keep order and gaps (``shift``: each person's
    least distance from the first), the row's new x. Partners side by side pull each other to
    their minimum distance, but may stand further apart when their children need room.

    Solved exactly by pooling adjacent violators (weighted isotonic regression of the wanted
    places minus ``shift``), fed person by person in one pass."""
    anchor = plan.anchor_of
    spots, people = pulls
    # where each union's line leaves, once per solve (the usual kinds without a call)
    at = [
        (xs[a] + xs[b]) / 2 if kind == 0 else xs[a] + off if kind == 2 else anchor(*recipe, view)
        for kind, a, b, off, recipe in spots
    ]
    # the pooled blocks as a stack in three lists (mean, weight, size), ``top`` the last one;
    # the first is a sentinel below every value (spares testing for an empty stack)
    blocks = len(people) + 1
    means, total, count = [-math.inf] * blocks, [0.0] * blocks, [0] * blocks
    top = 0
    for (k, up, down, left, right, pulled, w), least in zip(people, shift, strict=True):
        # the mean of the wanted places, summed in the order and way sum() of a list did
        v = 0.0 if pulled else xs[k]
        for n in up:
            v += at[n]
        for n, lo, hi in down:  # x keeps the row's order: the outermost children are min, max
            v += (xs[lo] + xs[hi]) / 2 - (at[n] - xs[k])
        if left >= 0:  # a partner counts twice; x + gap is x - (-1 * gap) to the bit
            mate = xs[k - 1] + gaps[left]
            v += mate
            v += mate
        if right >= 0:
            mate = xs[k + 1] - gaps[right]
            v += mate
            v += mate
        v = (v / pulled if pulled else v) - least
        size = 1
        while means[top] > v:  # pool with the blocks before while they are higher
            m1, w1 = means[top], total[top]
            pooled = w1 + w
            v = (m1 * w1 + v * w) / pooled
            w = pooled
            size += count[top]
            top -= 1
        top += 1
        means[top], total[top], count[top] = v, w, size
    solved: list[float] = []
    for b in range(1, top + 1):
        solved.extend([means[b]] * count[b])
    return list(map(operator.add, solved, shift))


def _shift(gaps: list[float]) -> list[float]:
    """Each person's least distance from the first of the row."""
    return list(itertools.accumulate(gaps, initial=0.0))


def _pulls(row: list[str], plan: Rows, spot: dict[str, int]) -> RowPulls:
    """The spots (recipes, see ``Rows.anchor_of``) of the unions that pull on a row, each once;
    and per person: the unions whose line comes down to them from the row above, their own
    unions with children (and the outermost of those children), and their partners standing
    beside them. A union is the index of its spot; people are their place in the list of x."""
    f = plan.f
    out: list[Pull] = []
    index: dict[int, int] = {}  # union -> its spot's place

    def recipe(ui: int) -> int:
        if ui not in index:
            index[ui] = len(index)
        return index[ui]

    for i, k in enumerate(row):
        up = tuple(recipe(ui) for ui in f.arriving(k) if f.drop_row[ui] == f.row_of[k] - 1)
        down = tuple(
            (recipe(ui), min(places), max(places))
            for ui in f.down_unions.get(k, ())
            if (places := [spot[c] for c in f.kids_below(ui)]) and ui not in f.joins
        )
        left = i - 1 if i > 0 and f.is_partner(row[i - 1], k) else -1
        right = i if i + 1 < len(row) and f.is_partner(k, row[i + 1]) else -1
        mates = (left >= 0) + (right >= 0)
        pulled = len(up) + len(down) + 2 * mates
        out.append((spot[k], up, down, left, right, pulled, float(pulled) if pulled else 0.05))
    spots = []
    for ui in index:
        kind, a, b, offset = r = plan.recipe(ui)
        spots.append((kind, spot[a], spot[b], offset, r))
    return spots, out
