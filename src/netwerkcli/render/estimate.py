"""How large a genogram will at least be, known before its layout.

A PNG that is too large to make is refused before the layout (which takes seconds for a family
of hundreds), not after it. The estimate is a lower bound: the widest generation times the
least room a person takes in a row (the smallest symbol and the gap to its neighbour), the
generations times the distance between two rows. A drawing the estimate lets through may still
turn out too large: then the exact size after the layout refuses it (``convert.to_png``).

Generations as a genogram draws them: a child one row below its lowest parent (own, adoptive or
foster), a partner without parents in the file on the row of the partner, other people without
parents just above their children.
"""

from __future__ import annotations

from collections import Counter, defaultdict, deque

from netwerkcli.model import Gezin
from netwerkcli.render.genogram.style import SIZES


def genogram_floor(gezin: Gezin) -> tuple[float, float]:
    """Width and height, in SVG units, that the genogram of ``gezin`` has at least."""
    rows = generations(gezin)
    if not rows:
        return 0.0, 0.0
    widest = max(Counter(rows.values()).values())
    per_person = min(SIZES.symbol, SIZES.pregnancy) + SIZES.gap
    width = widest * per_person + 2 * SIZES.margin
    height = (max(rows.values()) - min(rows.values())) * SIZES.row_pitch + 2 * SIZES.margin
    return width, height


def generations(gezin: Gezin) -> dict[str, int]:
    """The row of every person, by the rules in the module's docstring (no recursion)."""
    known = {p.id for p in gezin.personen}
    parents: dict[str, set[str]] = {p.id: set() for p in gezin.personen}
    children: dict[str, set[str]] = defaultdict(set)
    for p in gezin.personen:
        for parent in (*p.ouders, *p.adoptieouders, *p.pleegouders):
            if parent in known and parent != p.id:
                parents[p.id].add(parent)
                children[parent].add(p.id)
    row = _below_parents(parents, children)
    partners: dict[str, set[str]] = defaultdict(set)
    for relatie in gezin.relaties:
        a, b = relatie.partners
        partners[a].add(b)
        partners[b].add(a)
    founders = [k for k in row if not parents[k]]
    for k in founders:  # a partner who married into the family: on the partner's row
        with_parents = [row[q] for q in partners[k] if q in row and parents[q]]
        if with_parents:
            row[k] = max(with_parents)
        elif children[k]:
            row[k] = min(row[c] for c in children[k]) - 1
    return row


def _below_parents(parents: dict[str, set[str]], children: dict[str, set[str]]) -> dict[str, int]:
    """Each person one row below the lowest parent, in topological order (Kahn)."""
    waiting = {k: len(v) for k, v in parents.items()}
    queue = deque(k for k, n in waiting.items() if n == 0)
    row = dict.fromkeys(parents, 0)
    while queue:
        k = queue.popleft()
        for child in children[k]:
            row[child] = max(row[child], row[k] + 1)
            waiting[child] -= 1
            if waiting[child] == 0:
                queue.append(child)
    return row  # people in a cycle (check refuses those files) keep row 0
