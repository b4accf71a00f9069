"""The family as a drawing sees it: drawings of people, partner pairs and parent unions.

A person is drawn once, a foster child twice (in the birth family and in the foster family). A
union is a set of parents (one or two) with the children that hang from it, by one kind of
parenthood; the children are in birth order (unknown dates keep the file's order).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from netwerkcli.model import Gezin, Persoon, Relatie, RelatieSoort

FOSTER_SUFFIX = "-pleeg"


@dataclass(eq=False, repr=False)
class Node:
    """One drawing of a person; ``key`` is the SVG id without ``persoon-``."""

    key: str
    person: Persoon
    foster_copy: bool = False
    row: int = 0
    x: float = 0.0
    y: float = 0.0

    @property
    def is_pregnancy(self) -> bool:
        return self.person.zwangerschap is not None


@dataclass(eq=False, repr=False)
class Union:
    """Parents (one or two) with their children of one kind."""

    parents: tuple[str, ...]  # node keys, one or two
    kind: str  # biologisch, adoptie, pleeg, donor
    children: list[str] = field(default_factory=list)  # node keys, birth order


@dataclass(eq=False, repr=False)
class PartnerPair:
    """Two people drawn with a partner line."""

    a: str
    b: str
    relatie: Relatie | None  # None: parents of a child without an entry in `relaties`

    @property
    def soort(self) -> RelatieSoort | None:
        return self.relatie.soort if self.relatie else None

    def other(self, key: str) -> str:
        return self.b if key == self.a else self.a


@dataclass(eq=False, repr=False)
class Structure:
    """The people, unions and partner pairs of the genogram, before any layout."""

    nodes: dict[str, Node]  # in the file's order, foster copies after their person
    unions: list[Union]
    pairs: list[PartnerPair]

    def partners_of(self, key: str) -> list[PartnerPair]:
        return [p for p in self.pairs if key in (p.a, p.b)]


def birth_key(person: Persoon, index: int) -> tuple[int, int]:
    """Sort key: birth date where known; unknown dates keep their place in the file."""
    if person.geboren is None:
        return (0, index)
    return (person.geboren.earliest.toordinal(), index)


def build_structure(gezin: Gezin) -> Structure:
    known = {p.id for p in gezin.personen}
    nodes: dict[str, Node] = {}
    for p in gezin.personen:
        nodes[p.id] = Node(p.id, p)
    for p in gezin.personen:
        if _has_foster_copy(p, known):
            key = p.id + FOSTER_SUFFIX
            nodes[key] = Node(key, p, foster_copy=True)
    unions = _unions(gezin, nodes, known)
    pairs = _pairs(gezin, unions, known)
    return Structure(nodes, unions, pairs)


def _has_foster_copy(p: Persoon, known: set[str]) -> bool:
    """Drawn twice only when there is a birth (or adoptive) family to draw the child in."""
    fosters = [q for q in p.pleegouders if q in known]
    parents = [q for q in (*p.ouders, *p.adoptieouders) if q in known]
    return bool(fosters) and bool(parents)


def _unions(gezin: Gezin, nodes: dict[str, Node], known: set[str]) -> list[Union]:
    found: dict[tuple[tuple[str, ...], str], Union] = {}

    def add(parents: tuple[str, ...], kind: str, child: str) -> None:
        parents = tuple(q for q in parents if q in known and q != nodes[child].person.id)
        if not parents:
            return
        key = (tuple(sorted(parents)), kind)
        union = found.setdefault(key, Union(_parent_order(gezin, parents), kind))
        union.children.append(child)

    for p in gezin.personen:
        add(tuple(p.ouders), "biologisch", p.id)
        add(tuple(p.adoptieouders), "adoptie", p.id)
        foster_key = p.id + FOSTER_SUFFIX if p.id + FOSTER_SUFFIX in nodes else p.id
        add(tuple(p.pleegouders), "pleeg", foster_key)
        if p.donor:
            add((p.donor,), "donor", p.id)
    order = {p.id: i for i, p in enumerate(gezin.personen)}
    for union in found.values():
        union.children.sort(key=lambda k: birth_key(nodes[k].person, order[nodes[k].person.id]))
    return list(found.values())


def _parent_order(gezin: Gezin, parents: tuple[str, ...]) -> tuple[str, ...]:
    order = {p.id: i for i, p in enumerate(gezin.personen)}
    return tuple(sorted(dict.fromkeys(parents), key=lambda q: order[q]))


def _pairs(gezin: Gezin, unions: list[Union], known: set[str]) -> list[PartnerPair]:
    pairs: dict[frozenset[str], PartnerPair] = {}
    for r in gezin.relaties:
        a, b = r.partners
        if a in known and b in known and a != b:
            key = frozenset((a, b))
            pairs.setdefault(key, PartnerPair(a, b, r))
    for u in unions:
        if u.kind != "donor" and len(u.parents) == 2:
            key = frozenset(u.parents)
            pairs.setdefault(key, PartnerPair(u.parents[0], u.parents[1], None))
    return list(pairs.values())
