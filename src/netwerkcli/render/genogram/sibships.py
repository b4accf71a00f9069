"""Before the rows get their heights: what the order and the x positions decide of the lines down.

Sibship lines of one band that overlap (or nearly touch) stand at different heights (levels),
chosen so that no line of one passes the other: a union whose line comes down over the other's
children stands above it. Twins who stand side by side meet in one point of their sibship line;
lines of several unions to one child arrive side by side (child ends).
"""

from __future__ import annotations

import itertools

from netwerkcli.render.genogram.family import Facts
from netwerkcli.render.genogram.geometry import Rows
from netwerkcli.render.genogram.style import SIZES

S = SIZES.symbol
NEAR = 16.0  # sibship lines closer than this stand at different heights


def sibship_levels(
    f: Facts, plan: Rows, x: dict[str, float], ends: dict[tuple[int, str], float]
) -> dict[int, int]:
    """Per union: how many steps its sibship line stands above the lowest one of its band."""
    levels: dict[int, int] = {}
    for r in range(1, f.nrows):
        spans = {ui: _span(plan, ui, x, ends) for ui in f.unions_into_row[r] if f.leads(ui)}
        above, near = _overlaps(spans)
        todo = set(spans)
        while todo:
            ready = [ui for ui in todo if not (above[ui] & todo)] or [min(todo)]
            ui = min(ready, key=lambda u: (spans[u][1], u))
            floor = max((levels[v] + 1 for v in above[ui] if v in levels), default=0)
            taken = {levels[v] for v in near[ui] if v in levels}
            level = floor
            while level in taken:
                level += 1
            levels[ui] = level
            todo.discard(ui)
    return levels


Span = tuple[float, float, float, list[float]]


def _overlaps(spans: dict[int, Span]) -> tuple[dict[int, set[int]], dict[int, set[int]]]:
    """Of the sibship lines of one band: which must stand above which (the one whose children
    and anchor fall less inside the other's span goes higher), and which come near each other
    (they never share a height)."""
    above: dict[int, set[int]] = {ui: set() for ui in spans}  # ui must stand above these
    near: dict[int, set[int]] = {ui: set() for ui in spans}
    for u, v in itertools.combinations(spans, 2):
        (ua, ulo, uhi, ukids), (va, vlo, vhi, vkids) = spans[u], spans[v]
        if not (ulo < vhi + NEAR and vlo < uhi + NEAR):
            continue
        near[u].add(v)
        near[v].add(u)
        u_over = sum(vlo < k < vhi for k in ukids) + (ulo < va < uhi)
        v_over = sum(ulo < k < uhi for k in vkids) + (vlo < ua < vhi)
        if u_over < v_over:
            above[u].add(v)
        elif v_over < u_over:
            above[v].add(u)
    return above, near


def _span(plan: Rows, ui: int, x: dict[str, float], ends: dict[tuple[int, str], float]) -> Span:
    """Anchor x, the span of the sibship line, and the x where its child lines come down."""
    f = plan.f
    anchor = plan.anchor(ui, x).x
    kids = [x[c] + ends.get((ui, c), 0.0) for c in f.kids_below(ui)]
    kids += [
        x[c] + ends.get((v, c), 0.0)
        for v, lead in f.co_lead.items()
        if lead == ui
        for c in f.kids[v]
    ]
    tops = [*_fork_tops(plan, ui, x, ends), *kids, anchor]
    return (anchor, min(tops), max(tops), kids)


def twin_groups(plan: Rows, ui: int) -> dict[str, list[str]]:
    """The children of one birth that stand side by side, by their `tweeling` label (they meet
    in one point; twins who could not stand together get lines of their own)."""
    groups: dict[str, list[str]] = {}
    for c in plan.f.kids_below(ui):
        label = plan.f.s.nodes[c].person.tweeling
        if label:
            groups.setdefault(label, []).append(c)
    out = {}
    for label, group in groups.items():
        places = sorted(plan.index[c] for c in group)
        if len(group) > 1 and places[-1] - places[0] == len(group) - 1:
            out[label] = group
    return out


def _fork_tops(
    plan: Rows, ui: int, x: dict[str, float], ends: dict[tuple[int, str], float]
) -> list[float]:
    """Where the child lines meet the sibship line (twins meet in one point)."""
    f = plan.f
    groups = twin_groups(plan, ui)
    tops = []
    done: set[str] = set()
    for c in f.kids_below(ui):
        group = groups.get(f.s.nodes[c].person.tweeling or "", [])
        if len(group) > 1:
            if group[0] not in done:
                done.add(group[0])
                tops.append(sum(x[g] for g in group) / len(group))
        else:
            tops.append(x[c] + ends.get((ui, c), 0.0))
    return tops


def child_ends(f: Facts, x: dict[str, float]) -> dict[tuple[int, str], float]:
    """x offsets where the lines of several unions reach one child, so they stay apart."""
    by_child = {c: f.arriving(c) for c in f.s.nodes}
    ends: dict[tuple[int, str], float] = {}
    for c, unions in by_child.items():
        if len(unions) > 1:
            unions.sort(key=lambda ui: sum(x[p] for p in f.unions[ui].parents))
            spread = S * 0.3
            for n, ui in enumerate(unions):
                ends[(ui, c)] = -spread + 2 * spread * n / (len(unions) - 1)
    return ends


def incoming_lines(f: Facts) -> dict[str, int]:
    """How many lines come down into each drawing (more than one: they arrive side by side)."""
    return {c: len(f.arriving(c)) for c in f.s.nodes}
