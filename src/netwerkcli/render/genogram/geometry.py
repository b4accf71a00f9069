"""Positions: x from the order and the label widths, y from the row.

x is found by a few rounds of 'stand under your parents, stand over your children': each person
gets a wanted place, and the row is solved exactly for the closest places that keep the order and
the minimum distances (isotonic regression by pooling adjacent violators). Partners pull each
other to their minimum distance. Minimum distances come from the estimated widths of the labels,
so labels never overlap; they widen where names are long. When the children of one union reach
past the line down to the next union's children, the parents move apart and the rows are solved
again, so sibship lines never cross.
"""

from __future__ import annotations

import itertools

from netwerkcli.render.genogram.metrics import NodeLabels
from netwerkcli.render.genogram.structure import Structure, Union
from netwerkcli.render.genogram.style import SIZES

S = SIZES.symbol
WIDEN_ATTEMPTS = 30
MAX_WIDENING = 2000.0  # most extra room between two neighbours, in pixels


def place(
    s: Structure,
    rows: list[list[str]],
    labels: dict[str, NodeLabels],
    relation_widths: dict[frozenset[str], float],
    top: float,
) -> None:
    """Set x and y of every node."""
    pairs = {frozenset((p.a, p.b)) for p in s.pairs}
    partner_rows = _row_units(rows, pairs)
    units = [[[i] for i in range(len(row))] for row in rows]
    gaps = [_gaps(r, labels, relation_widths) for r in rows]
    x: dict[str, float] = {}
    for r, row in enumerate(rows):
        at = 0.0
        for i, k in enumerate(row):
            x[k] = at
            if i < len(row) - 1:
                at += gaps[r][i]
    parents_of: dict[str, list[Union]] = {}
    children_of: dict[str, list[Union]] = {}
    for u in s.unions:
        for c in u.children:
            parents_of.setdefault(c, []).append(u)
        for p in u.parents:
            children_of.setdefault(p, []).append(u)
    rounds = 12
    added: dict[tuple[int, int], float] = {}  # extra room given per gap, capped
    for _ in range(WIDEN_ATTEMPTS if len(x) <= 400 else 8):
        for _ in range(rounds):
            for r in [*range(len(rows)), *reversed(range(len(rows)))]:
                _solve_row(rows[r], units[r], gaps[r], x, parents_of, partner_rows[r], children_of)
        if not _widen(s, rows, gaps, x, added):
            break
        rounds = 6
    left = min((x[k] - labels[k].left for row in rows for k in row), default=0.0)
    for r, row in enumerate(rows):
        for k in row:
            s.nodes[k].x = x[k] - left + SIZES.margin
            s.nodes[k].y = top + r * SIZES.row_pitch


def _widen(
    s: Structure,
    rows: list[list[str]],
    gaps: list[list[float]],
    x: dict[str, float],
    added: dict[tuple[int, int], float],
) -> bool:
    """Where the children of one union reach past the line down to the next union's children,
    move the parents further apart; True when something was widened (then solve again)."""
    index = {k: i for row in rows for i, k in enumerate(row)}
    widened = False
    margin = S * 0.3 + 10  # the lines of two unions to one child stand this far off centre
    for r in range(1, len(rows)):
        spans = []
        for u in s.unions:
            kids = [x[c] for c in u.children if s.nodes[c].row == r]
            if u.kind == "donor" or not kids or any(s.nodes[p].row != r - 1 for p in u.parents):
                continue
            spans.append((_anchor_x(u, x), min(kids), max(kids), u))
        spans.sort(key=lambda t: (t[0], t[1]))
        for (ax, _, hi, u), (bx, lo, _, v) in itertools.pairwise(spans):
            need = max(hi + margin - bx, ax + margin - lo)
            if need <= 0.5 or hi > lo or set(u.parents) == set(v.parents):
                continue  # nothing to do, an order problem (warned elsewhere), or one couple
            iu = max(index[p] for p in u.parents)
            iv = min(index[p] for p in v.parents)
            if iv > iu:
                gap, extra = (r - 1, iv - 1), need + 4
            elif len(v.parents) == 2:
                gap, extra = (r - 1, min(index[p] for p in v.parents)), 2 * (need + 4)
            else:
                continue
            if added.get(gap, 0.0) + extra > MAX_WIDENING:
                continue  # no runaway: what is left is warned about as a crossing
            added[gap] = added.get(gap, 0.0) + extra
            gaps[gap[0]][gap[1]] += extra
            widened = True
    return widened


def _row_units(rows: list[list[str]], pairs: set[frozenset[str]]) -> list[list[list[int]]]:
    """Per row, runs of neighbours who are partners (as index lists)."""
    result = []
    for row in rows:
        units: list[list[int]] = []
        for i, k in enumerate(row):
            if units and frozenset((row[i - 1], k)) in pairs:
                units[-1].append(i)
            else:
                units.append([i])
        result.append(units)
    return result


def _gaps(
    row: list[str], labels: dict[str, NodeLabels], relation_widths: dict[frozenset[str], float]
) -> list[float]:
    gaps = []
    for a, b in itertools.pairwise(row):
        la, lb = labels[a], labels[b]
        d = la.right + lb.left + SIZES.gap
        width = relation_widths.get(frozenset((a, b)))
        if width is not None:
            d = max(d, 2 * max(la.name_half, lb.name_half) + 12, S + max(width, 16) + 24)
        gaps.append(d)
    return gaps


def _solve_row(
    row: list[str],
    units: list[list[int]],
    gaps: list[float],
    x: dict[str, float],
    parents_of: dict[str, list[Union]],
    partner_runs: list[list[int]],
    children_of: dict[str, list[Union]],
) -> None:
    """Closest places to the wanted ones that keep order and gaps. Partners pull each other
    to their minimum distance, but may stand further apart when their children need room."""
    mate: dict[int, list[tuple[int, float]]] = {}
    for run in partner_runs:
        for i, j in itertools.pairwise(run):
            mate.setdefault(i, []).append((j, -gaps[i]))
            mate.setdefault(j, []).append((i, gaps[i]))
    targets: list[float] = []
    weights: list[float] = []
    offsets: list[list[float]] = []
    for unit in units:
        base = x[row[unit[0]]]
        offs = [0.0]
        for i in unit[1:]:
            offs.append(offs[-1] + gaps[i - 1])
        offsets.append(offs)
        wanted: list[float] = []
        for off, i in zip(offs, unit, strict=True):
            k = row[i]
            for u in parents_of.get(k, []):
                wanted.append(_anchor_x(u, x) - off)
            for u in children_of.get(k, []):
                if u.children:
                    xs = [x[c] for c in u.children if c in x]
                    if xs:
                        centre = (min(xs) + max(xs)) / 2
                        wanted.append(centre - (_anchor_x(u, x) - x[k]) - off)
        for j, d in mate.get(unit[0], []) if len(unit) == 1 else []:
            wanted.extend([x[row[j]] + d] * 2)
        if wanted:
            targets.append(sum(wanted) / len(wanted))
            weights.append(float(len(wanted)))
        else:
            targets.append(base)
            weights.append(0.05)
    # Shift to make the constraints 'start[j+1] >= start[j] + span[j] + gap' monotone.
    shift = [0.0]
    for j in range(1, len(units)):
        prev = units[j - 1]
        shift.append(shift[-1] + offsets[j - 1][-1] + gaps[prev[-1]])
    solved = _pava([t - sh for t, sh in zip(targets, shift, strict=True)], weights)
    for j, unit in enumerate(units):
        start = solved[j] + shift[j]
        for off, i in zip(offsets[j], unit, strict=True):
            x[row[i]] = start + off


def _anchor_x(u: Union, x: dict[str, float]) -> float:
    xs = [x[p] for p in u.parents if p in x]
    if not xs:
        return 0.0
    if len(xs) == 1:
        return xs[0] + SIZES.single_parent_reach + S / 2
    return sum(xs) / len(xs)


def _pava(values: list[float], weights: list[float]) -> list[float]:
    """Closest non-decreasing sequence (weighted least squares)."""
    blocks: list[list[float]] = []  # [mean, weight, count]
    for v, w in zip(values, weights, strict=True):
        blocks.append([v, w, 1])
        while len(blocks) > 1 and blocks[-2][0] > blocks[-1][0]:
            m2, w2, n2 = blocks.pop()
            m1, w1, n1 = blocks.pop()
            blocks.append([(m1 * w1 + m2 * w2) / (w1 + w2), w1 + w2, n1 + n2])
    out: list[float] = []
    for mean, _, n in blocks:
        out.extend([mean] * int(n))
    return out
