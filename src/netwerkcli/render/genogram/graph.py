"""Walks over the family as a graph: who can be reached from whom, and the groups that hang
together (partners of partners)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping


def reachable(root: str, links: Mapping[str, Iterable[str]]) -> set[str]:
    """Everyone reached from ``root`` by following ``links`` (root itself only by a cycle)."""
    found: set[str] = set()
    todo = [root]
    while todo:
        for q in links.get(todo.pop(), ()):
            if q not in found:
                found.add(q)
                todo.append(q)
    return found


def components(keys: list[str], links: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """The groups of ``keys`` that ``links`` join (both ways), each in the order of ``keys``,
    in the order of their first key."""
    order = {k: i for i, k in enumerate(keys)}
    seen: set[str] = set()
    groups: list[list[str]] = []
    for k in keys:
        if k not in seen:
            group = reachable(k, links) | {k}
            seen |= group
            groups.append(sorted(group, key=order.__getitem__))
    return groups
