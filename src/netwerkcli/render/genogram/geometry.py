"""The plan of the rows: their order, and where each union's line leaves its row for given x.

The x positions themselves are solved in ``placement``, which asks this plan where the lines
leave and how much room a line needs beside a person.

A union's line leaves the middle of the partner line of two parents side by side; for partners
who do not stand side by side (their line is routed below the names of those between them), the
middle of the gap between two people that is nearest to the middle of the two; for partners whose
line goes above the row (see ``above``), the middle of the free room in the gap it comes down
through; for a single parent, beside that parent (on the side where no routed line leaves).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from netwerkcli.render.genogram.above import above_routes
from netwerkcli.render.genogram.family import Facts, Pair, drop_parent
from netwerkcli.render.genogram.metrics import NodeLabels
from netwerkcli.render.genogram.style import SIZES

S = SIZES.symbol
ABOVE_CLEAR = 6.0  # a line routed above the row keeps this far from a symbol or a year
DROP_CLEAR = 12.0  # the children's line of such a line keeps this far from its verticals


# how a union's line leaves its row (see Rows.recipe): kind, partners (or parent twice), offset
Recipe = tuple[int, str, str, float]


@dataclass(frozen=True, repr=False)
class Anchor:
    """Where a union's line leaves its row."""

    x: float
    routed: bool  # leaves from a routed partner line (below the names), not at symbol height
    single: bool  # beside one parent
    side: float = 1.0  # for a single parent: +1 right of the parent, -1 left


class Rows:
    """The order of the rows and where the unions' lines leave them, for given x positions."""

    def __init__(self, f: Facts, rows: list[list[str]], labels: dict[str, NodeLabels]) -> None:
        self.f = f
        self.rows = rows
        self.labels = labels
        self.index = {k: i for row in rows for i, k in enumerate(row)}
        # partner lines above the row, with the gap their children's line comes down through
        self.above: dict[Pair, int] = {}
        for row in rows:
            self.above.update(above_routes(f, row))
        self.routed_from: dict[str, set[int]] = {}  # sides (+1/-1) where routed lines leave
        self.above_from: dict[str, set[int]] = {}  # of those: where lines above the row leave
        for k, mates in f.partners.items():
            for q in mates:
                d = self.index[q] - self.index[k]
                if abs(d) > 1:
                    self.routed_from.setdefault(k, set()).add(1 if d > 0 else -1)
                    if frozenset((k, q)) in self.above:
                        self.above_from.setdefault(k, set()).add(1 if d > 0 else -1)
        self._recipes: dict[int, Recipe] = {}

    def adjacent(self, a: str, b: str) -> bool:
        return abs(self.index[a] - self.index[b]) == 1

    def single_side(self, k: str) -> float:
        sides = self.routed_from.get(k, set())
        return -1.0 if 1 in sides and -1 not in sides else 1.0

    def anchor_x(self, ui: int, x: Mapping[str, float]) -> float:
        """Where the union's line leaves, as ``anchor(ui, x).x``, from a recipe made once."""
        return self.anchor_of(*self.recipe(ui), x)

    def anchor_of(self, kind: int, a: str, b: str, offset: float, x: Mapping[str, float]) -> float:
        """Where a line leaves by its recipe (the placement inlines kinds 0 and 2)."""
        if kind == 0:
            return (x[a] + x[b]) / 2
        if kind == 1:
            return self.routed_drop(a, b, x)
        if kind == 3:
            return self.above_drop(a, b, x)
        return x[a] + offset

    def recipe(self, ui: int) -> Recipe:
        """How a union's line leaves (made once): 0 between two partners side by side, 1 from
        a line routed below the row, 3 from a line above it (both partners); 2 beside one parent
        (the offset from that parent's centre)."""
        recipe = self._recipes.get(ui)
        if recipe is not None:
            return recipe
        f = self.f
        u = f.unions[ui]
        if len(u.parents) == 2 and ui in f.couple_unions.get(frozenset(u.parents), ()):
            a, b = sorted(u.parents, key=self.index.__getitem__)
            kind = 0 if self.adjacent(a, b) else 3 if frozenset((a, b)) in self.above else 1
            recipe = (kind, a, b, 0.0)
        else:
            p = drop_parent(f, u)
            recipe = (2, p, p, self.single_side(p) * self.beside(p))
        self._recipes[ui] = recipe
        return recipe

    def anchor(self, ui: int, x: Mapping[str, float]) -> Anchor:
        kind, _, _, offset = self.recipe(ui)
        if kind == 2:  # beside one parent: the offset's sign is the side
            return Anchor(self.anchor_x(ui, x), False, True, math.copysign(1.0, offset))
        return Anchor(self.anchor_x(ui, x), kind != 0, False)

    def beside(self, k: str) -> float:
        """How far from a person's centre a line can go down past the symbol and the name."""
        return max(S / 2, self.labels[k].name_half) + SIZES.single_parent_reach

    def routed_drop(self, a: str, b: str, x: Mapping[str, float]) -> float:
        """The middle of the gap between two neighbours nearest the middle of a and b."""
        row = self.rows[self.f.row_of[a]]
        i, j = self.index[a], self.index[b]
        middle = (x[a] + x[b]) / 2
        gaps = [(x[row[n]] + x[row[n + 1]]) / 2 for n in range(i, j)]
        return min(gaps, key=lambda g: abs(g - middle))

    def above_reach(self, k: str, side: int) -> float:
        """How far from a person's centre a partner line routed above the row goes up, on that
        side (+1 right, -1 left): past the symbol, the adoption brackets and the birth years."""
        lab = self.labels[k]
        reach = S / 2
        if self.f.s.nodes[k].person.adoptieouders:
            reach += SIZES.bracket
        if lab.years and lab.years_right == (side > 0):
            width = max(lab.years_width, 0.6 * SIZES.years_font * len(lab.years))
            reach = max(reach, lab.years_gap + width)
        return reach + ABOVE_CLEAR

    def drop_room(self, k: str, side: int) -> float:
        """How far from a person's centre a children's line coming down beside them keeps off:
        their labels, and the vertical of a line above the row leaving them on that side."""
        lab = self.labels[k]
        room = lab.right if side > 0 else lab.left
        if side in self.above_from.get(k, ()):
            room = max(room, self.above_reach(k, side) + DROP_CLEAR)
        return room

    def above_drop(self, a: str, b: str, x: Mapping[str, float]) -> float:
        """The middle of the free room of the gap the children's line of a line above the row
        comes down through (see ``above``)."""
        row = self.rows[self.f.row_of[a]]
        n = self.above[frozenset((a, b))]
        p, q = row[n], row[n + 1]
        return (x[p] + self.drop_room(p, 1) + x[q] - self.drop_room(q, -1)) / 2
