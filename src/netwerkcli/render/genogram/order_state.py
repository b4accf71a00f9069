"""The rows of an order as the search changes them, with the cost of the whole kept exact.

``OrderState`` keeps every row's blocks, each person's place and where each union's line leaves
the parents' row up to date under two cheap operations: swapping two neighbouring blocks
(returning the change in cost) and putting another arrangement of a block in its place (whose
change in cost is that of ``block_terms``). What is counted and how much it weighs is ``cost``.
"""

from __future__ import annotations

import functools
import itertools
from collections import defaultdict
from collections.abc import Callable

from netwerkcli.render.genogram.cost import (
    W_BIRTH,
    W_CROSSING,
    W_HOUSE,
    W_SHARED_BIRTH,
    W_SPOUSE_IN_SPAN,
    W_STRANGER,
    W_TWINS,
    Anchor,
    Block,
    Edge,
    Evaluator,
    inversions,
)
from netwerkcli.render.genogram.family import Facts


class OrderState:
    """Rows of blocks with positions and anchors kept current, and the cost of the whole."""

    def __init__(self, f: Facts, rows: list[list[Block]], ev: Evaluator | None = None) -> None:
        self.f = f
        self.ev = ev or Evaluator(f)
        self.rows = [list(r) for r in rows]
        self.keys: list[list[str]] = [[] for _ in rows]
        self.pos: dict[str, int] = {}
        self.anchor: list[dict[int, Anchor]] = [{} for _ in rows]
        for r in range(len(rows)):
            self._index(r)
        self.touch = self._touching()
        # per term, the function that costs it (saves choosing it on every swap)
        self._cost_of: dict[tuple[str, int], Callable[[], float]] = {
            t: functools.partial(self.union_cost, t[1])
            if t[0] == "union"
            else functools.partial(self.group_cost, t)
            for terms in self.touch.values()
            for t in terms
        }
        self._spouse_cache: dict[int, list[str]] = {}
        self._moves = 0  # changes of the order so far (every change counts one up)
        self._costed: dict[tuple[str, int], float] = {}  # term costs, as of _costed_at moves
        self._costed_at = -1
        self._total, self._crossed = (-1, 0.0), (-1, 0)  # the last ones, as of that many moves
        self._terms: dict[Block, frozenset[tuple[str, int]]] = {}  # per block, made once
        self._down: dict[Block, tuple[int, ...]] = {}
        self._arriving: dict[Block, tuple[tuple[str, int], ...]] = {}
        self._changes = [0] * len(rows)  # changes of each row so far
        # per row: crossings of two blocks passing each other, as of the rows beside it
        self._passed: list[
            tuple[
                tuple[int, int],
                dict[tuple[Block, Block], int],
                dict[Block, tuple[list[Edge], list[Edge]]],
            ]
        ] = [((-2, -2), {}, {}) for _ in rows]
        # per union: its own children, the children on its sibship line, and whether it draws it
        self._sibships = []
        for ui in range(len(f.unions)):
            own = tuple(f.kids_below(ui))
            line = tuple(f.sibship.get(ui, own))
            # the same tuple when the line holds just the union's own children
            self._sibships.append(
                (own, own if line == own else line, ui not in f.co_lead and bool(own))
            )

    # -- bookkeeping ---------------------------------------------------------------------------

    def _index(self, r: int) -> None:
        keys = [k for b in self.rows[r] for k in b]
        self.keys[r] = keys
        for i, k in enumerate(keys):
            self.pos[k] = i
        anchors: dict[int, Anchor] = {}
        start = 0
        for b in self.rows[r]:
            anchors.update(self.ev.block_anchors(b, start))
            start += len(b)
        self.anchor[r] = anchors

    def _touching(self) -> dict[str, list[tuple[str, int]]]:
        """Per node: the group terms (unions on their children's row, twins, shared births,
        households) that change when it moves."""
        f = self.f
        out: dict[str, list[tuple[str, int]]] = defaultdict(list)
        for r in range(f.nrows):
            for ui in f.unions_into_row[r]:
                for c in f.kids_below(ui):
                    out[c].append(("union", ui))
                    if ui in f.co_lead:
                        out[c].append(("union", f.co_lead[ui]))
        self.groups: dict[tuple[str, int], list[str]] = {}
        n = 0
        for kind, per_row in (("twins", f.twins), ("shared", f.shared), ("home", f.households)):
            for groups in per_row:
                for g in groups:
                    self.groups[(kind, n)] = g
                    for k in g:
                        out[k].append((kind, n))
                    n += 1
        return out

    # -- the terms -----------------------------------------------------------------------------

    def union_cost(self, ui: int) -> float:
        """Children of one union out of birth order; others between the children of one
        sibship line (the lead union's line holds the couple's children of every kind)."""
        pos = self.pos
        own, line, lead = self._sibships[ui]
        cost = 0.0
        ps = [pos[c] for c in own]
        if len(ps) == 2:  # the usual case, without the general count
            cost = W_BIRTH * (ps[0] > ps[1])
        elif len(ps) > 2 and ps != sorted(ps):  # mostly in order: nothing to count
            cost = W_BIRTH * sum(1 for i, a in enumerate(ps) for b in ps[i + 1 :] if a > b)
        if not lead:
            return cost
        if line is not own:
            ps = [pos[c] for c in line]
        lo, hi = min(ps), max(ps)
        others = hi - lo + 1 - len(ps)
        if others:  # the children's partners without parents of their own may stand there
            spouses = len([k for k in self._spouses(ui) if lo < pos[k] < hi])
            cost += W_SPOUSE_IN_SPAN * spouses + W_STRANGER * (others - spouses)
        return cost

    def _spouses(self, ui: int) -> list[str]:
        """Partners of a sibship's children who have no parents drawn, on the same row."""
        found = self._spouse_cache.get(ui)
        if found is None:
            f = self.f
            kids = f.sibship.get(ui, f.kids_below(ui))
            row = f.drop_row[ui] + 1
            found = sorted(
                {
                    q
                    for c in kids
                    for q in f.partners.get(c, ())
                    if q in f.parentless and q not in kids and f.row_of[q] == row
                }
            )
            self._spouse_cache[ui] = found
        return found

    def group_cost(self, key: tuple[str, int]) -> float:
        ps = [self.pos[k] for k in self.groups[key]]
        kind = key[0]
        if kind == "twins":
            return W_TWINS * (max(ps) - min(ps) - len(ps) + 1)
        if kind == "shared":
            return W_SHARED_BIRTH * sum(1 for a, b in itertools.combinations(ps, 2) if a > b)
        return W_HOUSE * (max(ps) - min(ps) - len(ps) + 1)

    def term_cost(self, term: tuple[str, int]) -> float:
        return self._cost_of[term]()

    def terms_of(self, keys: list[str] | tuple[str, ...]) -> set[tuple[str, int]]:
        return {t for k in keys for t in self.touch.get(k, ())}

    def _block_terms_of(self, block: Block) -> frozenset[tuple[str, int]]:
        """The terms the block's people touch that can change when the block moves as a whole:
        not those of people all inside it (their places relative to each other stay, and so
        does everyone between them), which saves costing them on every swap."""
        found = self._terms.get(block)
        if found is None:
            inside = set(block)
            found = self._terms[block] = frozenset(
                t for t in self.terms_of(block) if not inside.issuperset(self._members(t))
            )
        return found

    def _members(self, term: tuple[str, int]) -> list[str]:
        """The people whose places decide a term (with the partners between them, for a
        union's sibship line)."""
        if term[0] != "union":
            return self.groups[term]
        own, line, _ = self._sibships[term[1]]
        return [*own, *line]

    def _unions_of(self, block: Block) -> tuple[int, ...]:
        """The unions whose parents stand in the block (once each)."""
        found = self._down.get(block)
        if found is None:
            down = self.f.down_unions
            found = self._down[block] = tuple(
                dict.fromkeys(ui for k in block for ui in down.get(k, ()))
            )
        return found

    def edges_into(self, r: int) -> list[Edge]:
        """Lines from the anchors on row r-1 to the children on row r."""
        if r <= 0:
            return []
        f = self.f
        anchors = self.anchor[r - 1]
        out: list[Edge] = []
        for ui in f.unions_into_row[r]:
            if ui in anchors:
                a = anchors[ui][0]
                out.extend((a, float(self.pos[c]), ui) for c in f.kids_below(ui))
        return out

    def row_cost(self, r: int) -> float:
        cost = sum(self.ev.block_cost(b) for b in self.rows[r])
        terms = {t for k in self.keys[r] for t in self.touch.get(k, ())}
        return cost + sum(self.term_cost(t) for t in terms)

    def band_crossings(self, r: int) -> int:
        if not 0 < r < len(self.rows):
            return 0
        edges = self.edges_into(r)
        count = inversions(edges)
        for u, v in self.f.joins.items():  # a joining donor's line meets the sibship line
            eu = [e for e in edges if e[2] == u]
            ev = [e for e in edges if e[2] == v]
            count -= sum((a[0] - b[0]) * (a[1] - b[1]) < 0 for a in eu for b in ev)
        return count

    def crossings(self) -> int:
        """All crossings: between parent–child lines, and of routed partner lines."""
        if self._crossed[0] != self._moves:  # not counted again for the same order
            band = sum(self.band_crossings(r) for r in range(len(self.rows)))
            routed = sum(self.ev.routed_crossings(b) for row in self.rows for b in row)
            self._crossed = (self._moves, band + routed)
        return self._crossed[1]

    def local(self, r: int) -> float:
        return self.row_cost(r) + W_CROSSING * (self.band_crossings(r) + self.band_crossings(r + 1))

    def total(self) -> float:
        if self._total[0] != self._moves:  # not costed again for the same order
            self._total = (
                self._moves,
                sum(
                    self.row_cost(r) + W_CROSSING * self.band_crossings(r)
                    for r in range(len(self.rows))
                ),
            )
        return self._total[1]

    # -- cheap changes -------------------------------------------------------------------------

    def _edges_of(self, r: int, block: Block) -> tuple[list[Edge], list[Edge]]:
        """Lines into the block's people from above, and from the block's anchors down."""
        arriving = self._arriving.get(block)
        if arriving is None:  # which union's line comes into whom: the same for the block always
            f = self.f
            arriving = self._arriving[block] = tuple(
                (c, ui) for c in block for ui in f.up_unions.get(c, ()) if f.drop_row[ui] == r - 1
            )
        pos = self.pos
        up: list[Edge] = []
        if arriving:
            above = self.anchor[r - 1]
            up = [(above[ui][0], float(pos[c]), ui) for c, ui in arriving if ui in above]
        down: list[Edge] = []
        if r + 1 < len(self.rows):
            here = self.anchor[r]
            for ui in self._unions_of(block):
                if ui in here:
                    a = here[ui][0]
                    down += [(a, float(pos[c]), ui) for c in self.f.kids_below(ui)]
        return up, down

    def swap(self, r: int, i: int) -> float:
        """Swap blocks i and i+1 of row r; return the change in cost."""
        row = self.rows[r]
        b, w = row[i], row[i + 1]
        delta = self._passing(r, b, w)
        terms = self._block_terms_of(b) | self._block_terms_of(w)
        # a block sifting along a row: its terms were costed by the last swap, and nothing
        # has moved since (the same moment of the same state)
        known = self._costed if self._costed_at == self._moves else {}
        cost_of = self._cost_of
        before = 0.0
        for t in terms:
            before += known[t] if t in known else cost_of[t]()
        self.move(r, i)
        costed = {t: cost_of[t]() for t in terms}
        self._costed, self._costed_at = costed, self._moves
        return W_CROSSING * delta + sum(costed.values()) - before

    def _passing(self, r: int, b: Block, w: Block) -> int:
        """The change in crossings when block b passes its right neighbour w. It depends on the
        rows above and below only (the anchors there, and the children's places), so it is
        remembered until one of them changes: a block sifting to and fro passes the same
        neighbours again and again. Each block's lines are remembered as well (a block meets
        many neighbours): only their ends on the rows beside are read, which those rows decide."""
        stamp = (
            self._changes[r - 1] if r else -1,
            self._changes[r + 1] if r + 1 < len(self.rows) else -1,
        )
        known = self._passed[r]
        if known[0] != stamp:
            known = self._passed[r] = (stamp, {}, {})
        _, deltas, lines = known
        delta = deltas.get((b, w))
        if delta is not None:
            return delta
        up_b, down_b = lines.get(b) or lines.setdefault(b, self._edges_of(r, b))
        up_w, down_w = lines.get(w) or lines.setdefault(w, self._edges_of(r, w))
        delta = 0
        joined = self.f.joined
        for ea, _, eu in up_b:  # b's children are left of w's: a crossing when b's anchor is right
            for fa, _, fu in up_w:
                if eu != fu and not joined(eu, fu):
                    delta += (ea < fa) - (ea > fa)
        for _, ec, eu in down_b:  # b's anchors are left of w's
            for _, fc, fu in down_w:
                if not joined(eu, fu):
                    delta += (ec < fc) - (ec > fc)
        deltas[(b, w)] = delta
        return delta

    def move(self, r: int, i: int) -> None:
        """Swap blocks i and i+1 of row r without costing the change (a swap undone)."""
        self._moves += 1
        self._changes[r] += 1
        row = self.rows[r]
        b, w = row[i], row[i + 1]
        pos = self.pos
        start = pos[b[0]]
        row[i], row[i + 1] = w, b
        self.keys[r][start : start + len(b) + len(w)] = [*w, *b]
        for j, k in enumerate(w, start):
            pos[k] = j
        for j, k in enumerate(b, start + len(w)):
            pos[k] = j
        anchors = self.anchor[r]
        for ui in self._unions_of(b):
            if ui in anchors:
                a, high = anchors[ui]
                anchors[ui] = (a + len(w), high)
        for ui in self._unions_of(w):
            if ui in anchors:
                a, high = anchors[ui]
                anchors[ui] = (a - len(b), high)

    def put(self, r: int, i: int, block: Block) -> None:
        """Put ``block`` (the same people in another order) in place of block i, without costing
        the change (see ``block_terms``)."""
        self._moves += 1
        self._changes[r] += 1
        old = self.rows[r][i]
        start = self.pos[old[0]]
        self.rows[r][i] = block
        self.keys[r][start : start + len(block)] = list(block)
        for j, k in enumerate(block):
            self.pos[k] = start + j
        anchors = self.anchor[r]
        for ui in self._unions_of(old):
            anchors.pop(ui, None)
        anchors.update(self.ev.block_anchors(block, start))

    def block_terms(self, r: int, block: Block) -> float:
        """What a block's own order decides: its own cost, crossings among its own lines, and
        the group terms it touches. Between two arrangements of a block, only this changes."""
        up, down = self._edges_of(r, block)
        own = 0
        joined = self.f.joined
        for (ea, ec, eu), (fa, fc, fu) in itertools.combinations(up, 2):
            own += eu != fu and not joined(eu, fu) and (ea - fa) * (ec - fc) < 0
        for (ea, ec, eu), (fa, fc, fu) in itertools.combinations(down, 2):
            own += eu != fu and not joined(eu, fu) and (ea - fa) * (ec - fc) < 0
        terms = self.terms_of(block)
        return self.ev.block_cost(block) + W_CROSSING * own + sum(self.term_cost(t) for t in terms)

    def set_row(self, r: int, blocks: list[Block]) -> None:
        self._moves += 1
        self._changes[r] += 1
        self.rows[r] = list(blocks)
        self._index(r)
