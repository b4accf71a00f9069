"""Units: a person with their partners on one row, and the ways such a unit can stand.

A unit is everyone connected by partner lines on one row. Its *arrangements* are the orders in
which it can stand, best first by what the unit decides on its own (see ``cost``): partners side
by side; with three or more partners the current one beside the person, the others in the order
of `van` where that costs no crossing, and those with whom the person has no children between
the person and a partner further out (a line routed below someone with children would cross
theirs). Which of the good arrangements is used, and which way round, is left to the search,
because that depends on where the parents and siblings of each partner stand.
"""

from __future__ import annotations

import itertools
from collections import defaultdict

from netwerkcli.render.genogram.cost import Block, Evaluator
from netwerkcli.render.genogram.family import Facts
from netwerkcli.render.genogram.graph import components

ENUMERATE_UP_TO = 6  # units this small: every order is weighed
CHAINED_UP_TO = 11  # up to this size: every order in which each one stands beside a partner
SLACK = 12.0  # arrangements this much worse than the best stay candidates
KEEP = 8


def build_units(f: Facts) -> list[list[str]]:
    """The units, each in the file's order, in the order of their first person in the file."""
    return components(list(f.s.nodes), f.partners)


def arrangements(unit: list[str], f: Facts, ev: Evaluator) -> list[Block]:
    """Candidate orders of a unit, best first (never empty)."""
    if len(unit) == 1:
        return [tuple(unit)]
    if len(unit) <= CHAINED_UP_TO:
        orders = (
            itertools.permutations(unit) if len(unit) <= ENUMERATE_UP_TO else _side_by_side(unit, f)
        )
        scored = sorted(((ev.block_cost(p), p) for p in orders), key=lambda t: t[0])
        best = scored[0][0]
        kept: list[Block] = []
        for cost, p in scored:
            if cost > best + SLACK or len(kept) >= KEEP:
                break
            kept.append(p)
        for p in list(kept):  # both ways round, always
            mirror = tuple(reversed(p))
            if mirror not in kept:
                kept.append(mirror)
        return kept
    line = _linearise(unit, f)
    return [line, tuple(reversed(line))]


def _side_by_side(unit: list[str], f: Facts) -> list[Block]:
    """Every order in which each person stands beside at least one of their partners."""
    out: list[Block] = []
    order: list[str] = []
    left = set(unit)

    def extend() -> None:
        if not left:
            if f.is_partner(order[-1], order[-2]):
                out.append(tuple(order))
            return
        for k in sorted(left):
            if order:  # the last one placed gets its second neighbour now: a partner on a side
                prev = order[-1]
                if not (
                    f.is_partner(prev, k) or (len(order) >= 2 and f.is_partner(prev, order[-2]))
                ):
                    continue
            order.append(k)
            left.discard(k)
            extend()
            left.add(k)
            order.pop()

    extend()
    return out or [tuple(unit)]


def _linearise(unit: list[str], f: Facts) -> Block:
    """A large unit (rare): the person with most partners in the middle, partners in order of
    `van` alternately right and left, their own partners further out."""
    centre = max(unit, key=lambda k: len(f.partners.get(k, ())))
    left: list[str] = []
    right: list[str] = []
    placed = {centre}
    side: dict[str, list[str]] = defaultdict(list)
    for n, q in enumerate(f.partners.get(centre, ())):
        target = right if n % 2 == 0 else left
        target.append(q)
        side[q] = target
        placed.add(q)
    queue = [*right, *left]
    while queue:
        k = queue.pop(0)
        for q in f.partners.get(k, ()):
            if q not in placed:
                placed.add(q)
                side[k].append(q)
                side[q] = side[k]
                queue.append(q)
    rest = [k for k in unit if k not in placed]
    return (*reversed(left), centre, *right, *rest)
