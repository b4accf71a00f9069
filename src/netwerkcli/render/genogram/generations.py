"""Which row (generation) each drawing stands on.

Children stand one row below their lowest parent, partners on one row. People without parents
are then pulled down to just above their children, so that a spouse's parents stand on the
grandparents' row even when only one side of the family goes back further. Partners who cannot
share a row (a person partnered with a grandchild's generation) keep their own rows; the caller
warns about them.
"""

from __future__ import annotations

from collections.abc import Iterable

from netwerkcli.render.genogram.graph import components
from netwerkcli.render.genogram.structure import Structure


def assign_rows(s: Structure) -> bool:
    """Set ``row`` on every node; return False when the rows could not be made consistent."""
    parents_of: dict[str, set[str]] = {k: set() for k in s.nodes}
    children_of: dict[str, set[str]] = {k: set() for k in s.nodes}
    for u in s.unions:
        for c in u.children:
            parents_of[c].update(u.parents)
            for p in u.parents:
                children_of[p].add(c)
    partners: dict[str, set[str]] = {k: set() for k in s.nodes}
    for pair in s.pairs:
        partners[pair.a].add(pair.b)
        partners[pair.b].add(pair.a)
    same_row = {k: set(v) for k, v in partners.items()}
    for k, n in s.nodes.items():  # a foster child's two drawings: one generation, one row
        if n.foster_copy:
            same_row[k].add(n.person.id)
            same_row[n.person.id].add(k)

    row = dict.fromkeys(s.nodes, 0)
    limit = len(s.nodes) + 2
    consistent = False
    for _ in range(limit):
        changed = False
        for k in s.nodes:
            want = max((row[p] + 1 for p in parents_of[k]), default=0)
            want = max([want, row[k], *(row[q] for q in same_row[k])])
            if want != row[k]:
                row[k] = want
                changed = True
        if not changed:
            consistent = True
            break
        if max(row.values()) > limit:
            break
    if not consistent:
        row = _parents_only(s.nodes, parents_of)

    _pull_down(row, children_of, parents_of, same_row)
    low = min(row.values(), default=0)
    for k, node in s.nodes.items():
        node.row = row[k] - low
    return consistent


def _parents_only(keys: Iterable[str], parents_of: dict[str, set[str]]) -> dict[str, int]:
    """Fallback without partner constraints: depth below the oldest ancestor."""
    row: dict[str, int] = {}

    def depth(k: str, seen: frozenset[str]) -> int:
        if k in row:
            return row[k]
        value = max((depth(p, seen | {k}) + 1 for p in parents_of[k] if p not in seen), default=0)
        row[k] = value
        return value

    for k in keys:
        depth(k, frozenset())
    return row


def _pull_down(
    row: dict[str, int],
    children_of: dict[str, set[str]],
    parents_of: dict[str, set[str]],
    partners: dict[str, set[str]],
) -> None:
    """Move founders (partner groups without parents) down to just above their children."""
    groups = components(list(row), partners)
    for _ in range(len(groups) + 1):
        changed = False
        for group in groups:
            kids = [row[c] for k in group for c in children_of[k]]
            if not kids or any(parents_of[k] for k in group):
                continue
            target = min(kids) - 1
            current = max(row[k] for k in group)
            if target > current and all(row[k] == current for k in group):
                for k in group:
                    row[k] = target
                changed = True
        if not changed:
            return
