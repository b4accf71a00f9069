"""The cost of an order of the rows, exactly as the drawing will show it, and cheap changes to it.

An order is a list of *blocks* per row: a person with their partners (a unit, in one of its
arrangements), or a unit with someone of another unit standing between two partners (a split,
the last resort). Where a union's line leaves the parents' row depends on the order only: from
the middle between two partners who stand side by side; from the routed line below the names of
partners who do not; beside a single parent. So crossings are counted on the order itself, before
any position is computed, and the positions keep them (see ``placement``):

- two parent–child lines of different unions between two rows cross when their order is inverted
  (their sibship lines are then drawn at heights that keep every other pair apart);
- a routed partner line is crossed by every line that leaves the row inside its span, by another
  routed line it interleaves with, and it must not share a person's side with another one.

Everything else a reader notices is a weighted penalty (see the weights below). This module holds
what is counted and how much it weighs: the weights, what one block of one row costs on its own
(``Evaluator``), and the count of crossing lines between two rows (``inversions``). The rows as a
whole, kept current under cheap changes, are ``order_state.OrderState``.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from functools import lru_cache

from netwerkcli.render.genogram.above import above_routes
from netwerkcli.render.genogram.family import Facts, Pair

W_CROSSING = 100.0
W_SPLIT = 40.0  # someone of another family between two partners
W_CURRENT = 10.0  # the current partner not beside the person
W_BIRTH = 8.0  # two children of one union out of birth order
W_TWINS = 8.0  # per place between the children of one birth
W_STRANGER = 6.0  # someone between the children of one union
W_SHARED_BIRTH = 3.0  # own, foster and adopted children of one couple out of birth order
W_ROUTED = 3.0  # a partner line routed below others
W_APART = 2.0  # per person between two partners
W_ENCLOSED = 3.0  # someone with a bond below whose name a partner line runs
W_VAN = 1.0  # partners of one person out of the order of `van`
W_HOUSE = 0.5  # someone between the members of one household
W_SPOUSE_IN_SPAN = 0.5  # a child's partner between the siblings: usual in genograms
W_MALE_LEFT = 0.05  # a man right of his partner: a preference only

Block = tuple[str, ...]
Anchor = tuple[float, bool]  # place on the parents' row, and whether it leaves at symbol height
Edge = tuple[float, float, int]  # anchor, child position, union


class Evaluator:
    """The parts of the cost that depend on one block or one union only."""

    def __init__(self, f: Facts) -> None:
        self.f = f
        self.block_cost = lru_cache(maxsize=None)(self._block_cost)
        self.above: Callable[[Block], dict[Pair, int]] = lru_cache(maxsize=None)(
            lambda block: above_routes(f, block)
        )

    # -- inside one block --------------------------------------------------------------------

    def block_anchors(self, block: Block, start: int = 0) -> dict[int, Anchor]:
        """Where the lines of the unions whose parents stand in ``block`` leave the row."""
        f = self.f
        at = {k: start + i for i, k in enumerate(block)}
        out: dict[int, Anchor] = {}
        routed_right: set[str] = set()
        routed_left: set[str] = set()
        for k in block:
            for q in f.partners.get(k, ()):
                if q in at and abs(at[q] - at[k]) > 1:
                    (routed_right if at[q] > at[k] else routed_left).add(k)
        above = self.above(block) if routed_right else {}
        for k in block:
            for q in f.partners.get(k, ()):
                if q in at and at[k] < at[q]:
                    drop = above.get(frozenset((k, q)), -1)  # the gap it comes down through
                    place = start + drop + 0.5 if drop >= 0 else (at[k] + at[q]) / 2
                    for ui in f.couple_unions.get(frozenset((k, q)), ()):
                        out[ui] = (place, at[q] - at[k] == 1)
            side = -0.25 if k in routed_right and k not in routed_left else 0.25
            for ui in f.single_unions.get(k, ()):
                out[ui] = (at[k] + side, True)
        return out

    def routed_crossings(self, block: Block) -> int:
        """Crossings and overlaps of the partner lines routed below this block's names."""
        f = self.f
        at = {k: i for i, k in enumerate(block)}
        routed: list[tuple[int, int, frozenset[str]]] = []
        for k in block:
            for q in f.partners.get(k, ()):
                if q in at and at[q] - at[k] > 1:
                    routed.append((at[k], at[q], frozenset((k, q))))
        if not routed:
            return 0
        anchors = self.block_anchors(block)
        above = self.above(block)  # above the row: nothing leaving the row crosses them
        count = 0
        for lo, hi, pair in routed:
            if pair in above:
                continue
            own = f.couple_unions.get(pair, ())
            count += sum(
                1 for ui, (a, high) in anchors.items() if high and lo < a < hi and ui not in own
            )
        return count + self._routed_pairs(routed, above)

    def _routed_pairs(
        self, routed: list[tuple[int, int, frozenset[str]]], above: dict[Pair, int]
    ) -> int:
        """Crossings and overlaps between the routed lines of one block, two by two."""
        f = self.f
        count = 0
        for (lo1, hi1, p1), (lo2, hi2, p2) in itertools.combinations(routed, 2):
            if lo2 < lo1 or (lo2 == lo1 and hi2 > hi1):  # make the first the outer one
                lo1, hi1, p1, lo2, hi2, p2 = lo2, hi2, p2, lo1, hi1, p1
            if lo1 < lo2 < hi1 < hi2:
                count += 1  # interleaved
            elif lo1 <= lo2 and hi2 <= hi1:  # nested
                if f.couple_unions.get(p2) and p1 not in above:
                    count += 1  # the inner one's line to the children crosses the outer one
                if lo1 == lo2 or hi1 == hi2:
                    count += 1  # both leave one person on the same side
        return count

    def _block_cost(self, block: Block) -> float:
        f = self.f
        at = {k: i for i, k in enumerate(block)}
        cost = W_CROSSING * self.routed_crossings(block)
        for k in block:
            mates = [q for q in f.partners.get(k, ()) if q in at]
            for q in mates:
                if at[q] > at[k]:
                    cost += self._partner_line_cost(block, at, k, q)
            c = f.current.get(k)
            if c in at and abs(at[c] - at[k]) > 1:
                cost += W_CURRENT / 2  # counted from both sides
            if len(mates) >= 3:
                places = [at[q] for q in mates]  # mates are in order of `van`
                inversions = sum(1 for a, b in itertools.combinations(places, 2) if a > b)
                total = len(places) * (len(places) - 1) // 2
                cost += W_VAN * min(inversions, total - inversions)
        return cost

    def _partner_line_cost(self, block: Block, at: dict[str, int], k: str, q: str) -> float:
        """The line from k to a partner q right of them: routed below those between (and what
        stands there), or side by side (a woman left of a man: a slight preference)."""
        f = self.f
        if at[q] - at[k] > 1:
            between = block[at[k] + 1 : at[q]]
            strangers = sum(1 for m in between if not (f.is_partner(m, k) or f.is_partner(m, q)))
            enclosed = sum(1 for m in between if m in f.bonded)
            cost = W_ROUTED + W_APART * len(between) + W_SPLIT * strangers
            return cost + W_ENCLOSED * enclosed
        return W_MALE_LEFT if k in f.female and q in f.male else 0.0


def inversions(edges: list[Edge]) -> int:
    """Pairs of edges of different anchors whose children are in the other order (a Fenwick
    tree over child positions; equal anchors never cross)."""
    if len(edges) < 2:
        return 0
    edges = sorted(edges)
    ranks = {c: i + 1 for i, c in enumerate(sorted({c for _, c, _ in edges}))}
    size = len(ranks)
    tree = [0] * (size + 1)
    seen = 0
    count = 0
    for _, group in itertools.groupby(edges, key=lambda e: e[0]):
        members = list(group)
        for _, c, _ in members:
            i, not_greater = ranks[c], 0
            while i > 0:
                not_greater += tree[i]
                i -= i & -i
            count += seen - not_greater
        for _, c, _ in members:
            i = ranks[c]
            while i <= size:
                tree[i] += 1
                i += i & -i
        seen += len(members)
    return count
