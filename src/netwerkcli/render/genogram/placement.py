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

from netwerkcli.render.genogram.family import Facts
from netwerkcli.render.genogram.geometry import DROP_CLEAR, Recipe, Rows
from netwerkcli.render.genogram.metrics import NodeLabels
from netwerkcli.render.genogram.style import SIZES

S = SIZES.symbol
WIDEN_ATTEMPTS = 30
SETTLED = 0.25  # pixels: a round that moves nobody further than this ends the solving
MAX_WIDENING = 400.0  # most extra room between two neighbours (beyond: sibship lines rise)
# what pulls a person sideways: the person, the unions coming down to them, their own unions with
# their children, and their partners beside them (index in the row, direction); a union is the
# index of its recipe in the row's list of recipes (see _pulls)
Pull = tuple[str, list[int], list[tuple[int, tuple[str, ...]]], list[tuple[int, float]]]


def place(plan: Rows, relation_widths: dict[frozenset[str], float]) -> dict[str, float]:
    """x of every node, the leftmost label at the left margin."""
    f, rows, labels = plan.f, plan.rows, plan.labels
    gaps = [_gaps(r, labels, relation_widths, plan) for r in rows]
    x: dict[str, float] = {}
    for r, row in enumerate(rows):
        at = 0.0
        for i, k in enumerate(row):
            x[k] = at
            if i < len(row) - 1:
                at += gaps[r][i]
    pulls = [_pulls(row, plan) for row in rows]  # per row: its unions' recipes, each one's pulls
    shifts = [_shift(g) for g in gaps]
    rounds = 12
    added: dict[tuple[int, int], float] = {}  # extra room given per gap, capped
    attempts = WIDEN_ATTEMPTS if len(x) <= 100 else 10 if len(x) <= 400 else 4
    for _ in range(attempts):
        for _ in range(rounds):
            before = dict(x)
            for r in [*range(len(rows)), *reversed(range(len(rows)))]:
                _solve_row(rows[r], gaps[r], shifts[r], x, plan, pulls[r])
            if _settled(before, x):
                break  # nobody moves against the others any more
        if not _widen(f, plan, gaps, x, added):
            break
        shifts = [_shift(g) for g in gaps]
        rounds = 6
    left = min((x[k] - labels[k].left for row in rows for k in row), default=0.0)
    return {k: v - left + SIZES.margin for k, v in x.items()}


def _settled(before: dict[str, float], x: dict[str, float]) -> bool:
    """Did this round move everyone by about the same amount (a shift of the whole drawing
    changes nothing)?"""
    moves = [x[k] - before[k] for k in x]
    if not moves:
        return True
    common = sorted(moves)[len(moves) // 2]
    return max(abs(m - common) for m in moves) < SETTLED


def _widen(
    f: Facts,
    plan: Rows,
    gaps: list[list[float]],
    x: dict[str, float],
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
    row: list[str],
    gaps: list[float],
    shift: list[float],
    x: dict[str, float],
    plan: Rows,
    pulls: tuple[list[Recipe], list[Pull]],
) -> None:
    """Closest places to the wanted ones that keep order and gaps (``shift``: each person's
    least distance from the first). Partners side by side pull each other to their minimum
    distance, but may stand further apart when their children need room."""
    targets: list[float] = []
    weights: list[float] = []
    anchor = plan.anchor_of
    recipes, people = pulls
    # where each union's line leaves, once per solve (the usual kinds without a call)
    at = [
        (x[a] + x[b]) / 2 if kind == 0 else x[a] + off if kind == 2 else anchor(kind, a, b, off, x)
        for kind, a, b, off in recipes
    ]
    for i, (k, up, down, mates) in enumerate(people):
        wanted = [at[n] for n in up]
        if down:
            here = x[k]
            for n, kids in down:
                if len(kids) == 1:
                    wanted.append(x[kids[0]] - (at[n] - here))
                else:
                    xs = [x[c] for c in kids]
                    wanted.append((min(xs) + max(xs)) / 2 - (at[n] - here))
        for j, direction in mates:
            v = x[row[j]] - direction * (gaps[i] if direction > 0 else gaps[j])
            wanted += (v, v)
        if wanted:
            targets.append(sum(wanted) / len(wanted) - shift[i])
            weights.append(float(len(wanted)))
        else:
            targets.append(x[k] - shift[i])
            weights.append(0.05)
    solved = _pava(targets, weights)
    for i, k in enumerate(row):
        x[k] = solved[i] + shift[i]


def _shift(gaps: list[float]) -> list[float]:
    """Each person's least distance from the first of the row."""
    shift = [0.0]
    for gap in gaps:
        shift.append(shift[-1] + gap)
    return shift


def _pulls(row: list[str], plan: Rows) -> tuple[list[Recipe], list[Pull]]:
    """The recipes (see ``Rows.anchor_of``) of the unions that pull on a row, each once; and per
    person: the unions whose line comes down to them from the row above, their own unions with
    children (and those children), and their partners standing beside them (index,
    direction). A union is the index of its recipe."""
    f = plan.f
    out: list[Pull] = []
    index: dict[int, int] = {}  # union -> its recipe's place

    def recipe(ui: int) -> int:
        if ui not in index:
            index[ui] = len(index)
        return index[ui]

    for i, k in enumerate(row):
        up = [recipe(ui) for ui in f.arriving(k) if f.drop_row[ui] == f.row_of[k] - 1]
        down = [
            (recipe(ui), tuple(kids))
            for ui in f.down_unions.get(k, ())
            if (kids := f.kids_below(ui)) and ui not in f.joins
        ]
        mates = [
            (j, 1.0 if j > i else -1.0)
            for j in (i - 1, i + 1)  # the left one first
            if 0 <= j < len(row) and f.is_partner(row[min(i, j)], row[max(i, j)])
        ]
        out.append((k, up, down, mates))
    return [plan.recipe(ui) for ui in index], out


def _pava(values: list[float], weights: list[float]) -> list[float]:
    """Closest non-decreasing sequence (weighted least squares)."""
    # the pooled blocks as a stack in three lists (mean, weight, size), ``top`` the last one
    n = len(values)
    means, total, count = [0.0] * n, [0.0] * n, [0] * n
    top = -1
    for v, w in zip(values, weights, strict=True):
        if top >= 0 and means[top] > v:  # pool with the blocks before while they are higher
            m2, w2, n2 = v, w, 1
            while True:
                m1, w1 = means[top], total[top]
                m2 = (m1 * w1 + m2 * w2) / (w1 + w2)
                w2 = w1 + w2
                n2 += count[top]
                top -= 1
                if top < 0 or means[top] <= m2:
                    break
            v, w, size = m2, w2, n2
        else:
            size = 1
        top += 1
        means[top], total[top], count[top] = v, w, size
    out: list[float] = []
    for b in range(top + 1):
        out.extend([means[b]] * count[b])
    return out
