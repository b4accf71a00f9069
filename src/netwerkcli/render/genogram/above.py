"""Which partner lines of non-adjacent partners go above the row instead of below the names.

A partner line between two partners with others between them is routed below the names of those
others. A line of a couple between them (to their children) must then cross it. Above the row
that crossing is avoidable when nothing comes down there: when nobody strictly between the two
has a line from the row above (parents, adoptive or foster parents). The line then leaves each
partner's symbol on the side facing the other, above the centre, goes up beside the birth year,
and runs above the years and labels of the row; the couple's children hang from a line that comes
down through a gap of the row where no partner line is (two neighbours who are not partners).

One definition for the order search (``cost``), the placement (``placement``) and the drawing
(``connectors``): it depends on the order of one row (or of one block of it) only.
"""

from __future__ import annotations

from collections.abc import Sequence

from netwerkcli.render.genogram.family import Facts, Pair

Span = tuple[int, int, Pair]


def routed_spans(f: Facts, keys: Sequence[str]) -> list[Span]:
    """Partners among ``keys`` who do not stand side by side: (left index, right index, pair)."""
    at = {k: i for i, k in enumerate(keys)}
    out: list[Span] = []
    for k in keys:
        for q in f.partners.get(k, ()):
            j = at.get(q)
            if j is not None and j - at[k] > 1:
                out.append((at[k], j, frozenset((k, q))))
    return out


def above_routes(f: Facts, keys: Sequence[str]) -> dict[Pair, int]:
    """The partner lines among ``keys`` that go above the row, each with the gap its children's
    line comes down through (between ``keys[n]`` and ``keys[n + 1]``; -1: no children).

    Above exactly when that removes a crossing (a line to children leaves the row between the
    two) and it is free: nobody between them has a line from above, the line neither interleaves
    with another routed line nor leaves a partner on the side another one leaves, and (with
    children) a gap between them has no partner line and lies under no other routed line."""
    if len(keys) < 3:
        return {}
    spans = routed_spans(f, keys)
    out: dict[Pair, int] = {}
    for i, j, pair in spans:
        between = keys[i + 1 : j]
        if any(f.arriving(k) for k in between):
            continue
        others = [(lo, hi) for lo, hi, p in spans if p != pair]
        if any(lo < i < hi < j or i < lo < j < hi or lo == i or hi == j for lo, hi in others):
            continue
        own = f.couple_unions.get(pair, [])
        crossed = any(ui not in own for k in between for ui in f.down_unions.get(k, ()))
        if not crossed:
            continue
        drop = _drop_gap(f, keys, i, j, others) if own else -1
        if drop is not None:
            out[pair] = drop
    return out


def _drop_gap(
    f: Facts, keys: Sequence[str], i: int, j: int, others: list[tuple[int, int]]
) -> int | None:
    """The gap between i and j nearest their middle where the children's line can come down:
    the two neighbours are not partners and no other routed line runs there (None: no such gap)."""
    free = [
        n
        for n in range(i, j)
        if not f.is_partner(keys[n], keys[n + 1]) and not any(lo <= n < hi for lo, hi in others)
    ]
    if not free:
        return None
    middle = (i + j) / 2
    return min(free, key=lambda n: (abs(n + 0.5 - middle), n))
