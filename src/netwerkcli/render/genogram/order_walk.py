"""The first order of the rows: a walk through the family.

The walk places each sibship together below its parents and each person's parents above them,
so a family that is a tree comes out without crossings. It starts from a founder with children
on the top row (a few founders in turn for small families, each order also seen from behind);
``order`` then searches for a better order from there.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from netwerkcli.render.genogram.cost import Block
from netwerkcli.render.genogram.family import Facts

SMALL_FAMILY = 60  # up to this many drawings, several first orders are tried


def walk_starts(f: Facts, units: list[list[str]]) -> list[int]:
    """Units to start the walk from: founders with children on the top row (a few for small
    files, one for big ones)."""
    parents = {p for u in f.unions for p in u.parents}
    top = [i for i, u in enumerate(units) if f.row_of[u[0]] == 0 and any(k in parents for k in u)]
    limit = 4 if len(f.s.nodes) <= SMALL_FAMILY else 1
    return (top or [0])[:limit] if units else []


def mirror(rows: list[list[Block]]) -> list[list[Block]]:
    """The same order seen from behind: a whole family branch may stand better the other way
    round, which moving one block at a time cannot find."""
    return [[tuple(reversed(b)) for b in reversed(row)] for row in rows]


def walk(
    f: Facts, units: list[list[str]], options: dict[frozenset[str], list[Block]], first: int
) -> list[list[Block]]:
    unit_of = {k: i for i, u in enumerate(units) for k in u}
    block_of = [options[frozenset(u)][0] for u in units]
    rows: list[list[int]] = [[] for _ in range(f.nrows)]
    placed: set[int] = set()

    def row_of(ui: int) -> int:
        return f.row_of[units[ui][0]]

    @cache
    def parent_units(ui: int) -> tuple[int, ...]:
        return tuple(
            dict.fromkeys(
                unit_of[f.unions[x].parents[0]]
                for k in units[ui]
                for x in f.up_unions.get(k, ())
                if f.drop_row[x] == row_of(ui) - 1
            )
        )

    @cache
    def child_units(ui: int) -> tuple[int, ...]:
        found: dict[int, None] = {}
        for k in block_of[ui]:
            for x in f.down_unions.get(k, ()):
                for c in f.kids_below(x):
                    found[unit_of[c]] = None
        return tuple(found)

    def insert(ui: int, where: int) -> None:
        placed.add(ui)
        rows[row_of(ui)].insert(where, ui)

    def after_last(ui: int, relative: int, links: Callable[[int], tuple[int, ...]]) -> bool:
        """Put ``ui`` after the last unit of its row whose ``links`` (parents or children)
        stand at or left of ``relative`` in the other row; False when there is none."""
        row, other = rows[row_of(ui)], rows[row_of(relative)]
        here = other.index(relative)
        for j in range(len(row) - 1, -1, -1):
            theirs = [other.index(p) for p in links(row[j]) if p in placed and p in other]
            if theirs and min(theirs) <= here:
                insert(ui, j + 1)
                return True
        return False

    def place_child(ui: int, parent: int) -> None:
        if not after_last(ui, parent, parent_units):
            row = rows[row_of(ui)]
            insert(ui, 0 if any(p in placed for v in row for p in parent_units(v)) else len(row))

    def place_parent(ui: int, child: int) -> None:
        if not after_last(ui, child, child_units):
            insert(ui, 0)

    def visit(ui: int) -> None:
        new: list[int] = []
        for c in child_units(ui):
            if c not in placed:
                place_child(c, ui)
                new.append(c)
        for p in parent_units(ui):
            if p not in placed:
                place_parent(p, ui)
                new.append(p)
        for n in new:
            visit(n)

    order = sorted(range(len(units)), key=lambda ui: (ui != first, row_of(ui), ui))
    for ui in order:
        if ui not in placed:
            insert(ui, len(rows[row_of(ui)]))
            visit(ui)
    return [[block_of[ui] for ui in row] for row in rows]
