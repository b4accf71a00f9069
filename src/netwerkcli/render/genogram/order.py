"""Left-to-right order on every row.

People are ordered in *units*: a person with their partners, side by side (several partners in
order of `van`, one on each side, a third and later one further out). The first order comes from
a walk through the family (each sibship placed together, parents placed over their children);
then a local search moves and flips units while that lowers a cost that counts, in this order of
weight: crossings between parent–child lines of different unions, children out of birth order,
strangers between the children of one union, and twins apart. The search is deterministic.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass, field

from netwerkcli.model import Geslacht
from netwerkcli.render.genogram.structure import Structure, Union, birth_key

W_CROSSING = 10.0
W_BIRTH = 8.0
W_STRANGER = 6.0
W_SPOUSE_IN_SPAN = 0.5  # a child's partner between the siblings: usual in genograms
W_TWINS = 8.0
W_MALE_LEFT = 0.05  # a man left of his female partner: a preference, never worth a crossing
W_SHARED_BIRTH = 3.0  # a foster or adopted child among the couple's own children, by age
MAX_EVALUATIONS = 40_000  # keeps very large files fast; ordinary families never reach it


@dataclass
class Ordering:
    rows: list[list[str]]  # node keys per row, left to right
    units: list[list[str]] = field(default_factory=list)  # partner chains, left to right
    cost: float = 0.0


def order_rows(s: Structure) -> Ordering:
    units = _units(s)
    unit_of = {k: i for i, u in enumerate(units) for k in u}
    nrows = 1 + max((n.row for n in s.nodes.values()), default=-1)
    best: _Search | None = None
    for first in _starts(s, units, len(s.nodes)):
        search = _Search(s, units, _initial(s, units, unit_of, nrows, first))
        search.improve()
        if best is None or search.total() < best.total() - 1e-9:
            best = search
        if best.total() == 0:
            break
    assert best is not None
    rows = [[k for ui in r for k in best.units[ui]] for r in best.rows]
    return Ordering(rows, [best.units[ui] for r in best.rows for ui in r], best.total())


def _starts(s: Structure, units: list[list[str]], size: int) -> list[int]:
    """Units to start the walk from: each founding couple of the top row, a few for big files."""
    parents = {p for u in s.unions for p in u.parents}
    top = [
        i for i, u in enumerate(units) if s.nodes[u[0]].row == 0 and any(k in parents for k in u)
    ]
    limit = 8 if size <= 60 else 3 if size <= 150 else 1
    return (top or [0])[:limit] if units else [0]


# -- units ---------------------------------------------------------------------------------------


def _units(s: Structure) -> list[list[str]]:
    adj: dict[str, list[str]] = defaultdict(list)
    van: dict[tuple[str, str], int] = {}
    for i, pair in enumerate(s.pairs):
        if s.nodes[pair.a].row != s.nodes[pair.b].row:
            continue
        adj[pair.a].append(pair.b)
        adj[pair.b].append(pair.a)
        start = pair.relatie.van.earliest.toordinal() if pair.relatie and pair.relatie.van else 0
        van[(pair.a, pair.b)] = van[(pair.b, pair.a)] = start * 1000 + i
    for k in adj:
        adj[k].sort(key=lambda q: van[(k, q)])
    seen: set[str] = set()
    units: list[list[str]] = []
    for k in s.nodes:
        if k in seen:
            continue
        comp = _component(k, adj)
        seen.update(comp)
        units.append(_linearise(comp, adj, list(s.nodes)))
    return units


def _component(start: str, adj: dict[str, list[str]]) -> list[str]:
    comp, stack, seen = [], [start], {start}
    while stack:
        k = stack.pop()
        comp.append(k)
        for q in adj[k]:
            if q not in seen:
                seen.add(q)
                stack.append(q)
    return comp


def _linearise(comp: list[str], adj: dict[str, list[str]], file_order: list[str]) -> list[str]:
    if len(comp) == 1:
        return comp
    index = {k: file_order.index(k) for k in comp}
    edges = sum(len(adj[k]) for k in comp) // 2
    if edges == len(comp) - 1 and all(len(adj[k]) <= 2 for k in comp):
        start = min((k for k in comp if len(adj[k]) == 1), key=index.__getitem__)
        path = [start]
        while len(path) < len(comp):
            path.append(next(q for q in adj[path[-1]] if q not in path))
        return path
    # Someone with three or more partners (or a closed ring): that person in the middle, the
    # partners in order of `van` one on each side, later ones further out.
    centre = max(comp, key=lambda k: (len(adj[k]), -index[k]))
    left: list[str] = []
    right: list[str] = []
    placed = {centre}
    for n, q in enumerate(adj[centre]):
        (right if n % 2 == 0 else left).append(q)
        placed.add(q)
    queue = [*right, *left]
    while queue:
        k = queue.pop(0)
        for q in adj[k]:
            if q not in placed:
                placed.add(q)
                (right if k in right else left).append(q)
                queue.append(q)
    rest = [k for k in comp if k not in placed]
    return [*reversed(left), centre, *right, *rest]


# -- first order: a walk through the family ------------------------------------------------------


def _initial(
    s: Structure, units: list[list[str]], unit_of: dict[str, int], nrows: int, first: int
) -> list[list[int]]:
    rows: list[list[int]] = [[] for _ in range(nrows)]
    placed: set[int] = set()
    by_parent: dict[int, list[Union]] = defaultdict(list)
    by_child: dict[str, list[Union]] = defaultdict(list)
    for u in s.unions:
        by_parent[unit_of[u.parents[0]]].append(u)
        for c in u.children:
            by_child[c].append(u)

    def row_of(ui: int) -> int:
        return s.nodes[units[ui][0]].row

    def place(ui: int, before: int | None = None) -> bool:
        if ui in placed:
            return False
        placed.add(ui)
        row = rows[row_of(ui)]
        if before is None or before not in row:
            row.append(ui)
        else:
            row.insert(row.index(before), ui)
        return True

    def unit_above(row: int, child_unit: int) -> int | None:
        """Where newly found parents go: before the first unit with children further right."""
        below = rows[row_of(child_unit)]
        here = below.index(child_unit)
        for ui in rows[row]:
            kids = [unit_of[c] for u in by_parent[ui] for c in u.children]
            kids = [below.index(k) for k in kids if k in below]
            if kids and min(kids) > here:
                return ui
        return None

    def visit(ui: int) -> None:
        new: list[int] = []
        for u in by_parent[ui]:
            for c in u.children:
                if place(unit_of[c]):
                    new.append(unit_of[c])
        for k in units[ui]:
            for u in by_child[k]:
                parent_unit = unit_of[u.parents[0]]
                if place(parent_unit, unit_above(row_of(parent_unit), ui)):
                    new.append(parent_unit)
        for n in new:
            visit(n)

    starts = sorted(range(len(units)), key=lambda ui: (ui != first, row_of(ui), ui))
    for ui in starts:
        if place(ui):
            visit(ui)
    return rows


# -- local search --------------------------------------------------------------------------------


class _Search:
    def __init__(self, s: Structure, units: list[list[str]], rows: list[list[int]]) -> None:
        self.s = s
        self.units = [list(u) for u in units]
        self.rows = rows
        self.pos: dict[str, int] = {}
        self.parentless = {k for k in s.nodes}
        for u in s.unions:
            for c in u.children:
                self.parentless.discard(c)
        self.unit_of = {k: i for i, u in enumerate(self.units) for k in u}
        self.child_unions: list[list[Union]] = [[] for _ in rows]
        self.edges_into: list[list[Union]] = [[] for _ in rows]
        for u in s.unions:
            child_rows = {s.nodes[c].row for c in u.children}
            for r in child_rows:
                self.child_unions[r].append(u)
                if all(s.nodes[p].row == r - 1 for p in u.parents):
                    self.edges_into[r].append(u)
        self.twins = self._twin_groups()
        self.shared = self._same_parents()
        self.evaluations = 0
        for r in range(len(rows)):
            self._index(r)

    def _same_parents(self) -> list[list[list[str]]]:
        """Per row: children of one couple by several kinds (own, foster, adopted), by birth."""
        by_parents: dict[frozenset[str], list[Union]] = defaultdict(list)
        for u in self.s.unions:
            by_parents[frozenset(u.parents)].append(u)
        groups: list[list[list[str]]] = [[] for _ in self.rows]
        order = {p.id: i for i, p in enumerate(self.s.nodes[k].person for k in self.s.nodes)}
        for unions in by_parents.values():
            if len(unions) < 2:
                continue
            kids = [c for u in unions for c in u.children]
            kids.sort(
                key=lambda k: birth_key(self.s.nodes[k].person, order[self.s.nodes[k].person.id])
            )
            rows = {self.s.nodes[k].row for k in kids}
            for r in rows:
                groups[r].append([k for k in kids if self.s.nodes[k].row == r])
        return groups

    def _twin_groups(self) -> list[list[list[str]]]:
        groups: list[list[list[str]]] = [[] for _ in self.rows]
        for u in self.s.unions:
            by_label: dict[str, list[str]] = defaultdict(list)
            for c in u.children:
                label = self.s.nodes[c].person.tweeling
                if label:
                    by_label[label].append(c)
            for keys in by_label.values():
                if len(keys) > 1:
                    groups[self.s.nodes[keys[0]].row].append(keys)
        return groups

    def _index(self, r: int) -> None:
        i = 0
        for ui in self.rows[r]:
            for k in self.units[ui]:
                self.pos[k] = i
                i += 1

    def row_keys(self, r: int) -> list[str]:
        return [k for ui in self.rows[r] for k in self.units[ui]]

    def internal(self, r: int) -> float:
        cost = 0.0
        keys: list[str] | None = None
        for u in self.child_unions[r]:
            ps = [self.pos[c] for c in u.children if self.s.nodes[c].row == r]
            cost += W_BIRTH * sum(1 for i, a in enumerate(ps) for b in ps[i + 1 :] if a > b)
            lo, hi = min(ps), max(ps)
            if hi - lo + 1 > len(ps):
                keys = keys or self.row_keys(r)
                mates = {self.unit_of[c] for c in u.children}
                for k in keys[lo : hi + 1]:
                    if k in u.children:
                        continue
                    spouse = self.unit_of[k] in mates and k in self.parentless
                    cost += W_SPOUSE_IN_SPAN if spouse else W_STRANGER
        for ui in self.rows[r]:
            unit = self.units[ui]
            for a, b in itertools.pairwise(unit):
                sexes = (self.s.nodes[a].person.geslacht, self.s.nodes[b].person.geslacht)
                if sexes == (Geslacht.VROUW, Geslacht.MAN):
                    cost += W_MALE_LEFT
        for group in self.shared[r]:
            ps = [self.pos[c] for c in group]
            cost += W_SHARED_BIRTH * sum(1 for i, a in enumerate(ps) for b in ps[i + 1 :] if a > b)
        for group in self.twins[r]:
            ps = [self.pos[c] for c in group]
            cost += W_TWINS * (max(ps) - min(ps) - len(ps) + 1)
        return cost

    def crossings(self, r: int) -> int:
        """Crossings between parent–child lines arriving on row ``r`` (inversions, O(E log E))."""
        if r <= 0 or r >= len(self.rows):
            return 0
        edges: list[tuple[float, int]] = []
        for u in self.edges_into[r]:
            anchor = sum(self.pos[p] for p in u.parents) / len(u.parents)
            edges.extend((anchor, self.pos[c]) for c in u.children if self.s.nodes[c].row == r)
        if len(edges) < 2:
            return 0
        edges.sort()
        size = max(c for _, c in edges) + 2
        tree = [0] * (size + 1)
        count = 0
        for seen, (_, c) in enumerate(edges):
            i, not_greater = c + 1, 0
            while i > 0:
                not_greater += tree[i]
                i -= i & -i
            count += seen - not_greater
            i = c + 1
            while i <= size:
                tree[i] += 1
                i += i & -i
        return count

    def local(self, r: int) -> float:
        return self.internal(r) + W_CROSSING * (self.crossings(r) + self.crossings(r + 1))

    def total(self) -> float:
        return sum(self.internal(r) + W_CROSSING * self.crossings(r) for r in range(len(self.rows)))

    def improve(self) -> None:
        for _ in range(6):
            better = False
            for r in [*range(len(self.rows)), *reversed(range(len(self.rows)))]:
                better |= self._improve_row(r)
            if not better or self.evaluations > MAX_EVALUATIONS:
                return

    def _try(self, r: int, order: list[int], current: float) -> float | None:
        old = self.rows[r]
        self.rows[r] = order
        self._index(r)
        self.evaluations += 1
        cost = self.local(r)
        if cost < current - 1e-9:
            return cost
        self.rows[r] = old
        self._index(r)
        return None

    def _flip(self, ui: int, r: int, current: float) -> float | None:
        if len(self.units[ui]) < 2:
            return None
        self.units[ui].reverse()
        self._index(r)
        self.evaluations += 1
        cost = self.local(r)
        if cost < current - 1e-9:
            return cost
        self.units[ui].reverse()
        self._index(r)
        return None

    def _improve_row(self, r: int) -> bool:
        current = self.local(r)
        improved = False
        if current == 0:
            return False
        window = len(self.rows[r]) if len(self.rows[r]) <= 40 else 6
        for ui in list(self.rows[r]):
            if self.evaluations > MAX_EVALUATIONS or current == 0:
                break
            flipped = self._flip(ui, r, current)
            if flipped is not None:
                current, improved = flipped, True
            i = self.rows[r].index(ui)
            rest = self.rows[r][:i] + self.rows[r][i + 1 :]
            best: tuple[float, list[int]] | None = None
            for j in range(max(0, i - window), min(len(rest), i + window) + 1):
                if j == i:
                    continue
                order = [*rest[:j], ui, *rest[j:]]
                self.rows[r] = order
                self._index(r)
                self.evaluations += 1
                cost = self.local(r)
                if cost < current - 1e-9 and (best is None or cost < best[0]):
                    best = (cost, order)
            if best is not None:
                current, improved = best[0], True
                self.rows[r] = best[1]
            else:
                self.rows[r] = [*rest[:i], ui, *rest[i:]]
            self._index(r)
        return improved
