"""What the ordering of the rows needs to know about the family, computed once.

Partner pairs on one row with their start (`van`) and whether they are current; which people are
parents of a union (a couple's children hang from the middle of their partner line, a single
parent's beside that parent); birth order; twins; households. Nothing here depends on the order.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from netwerkcli.model import Geslacht, Gezin
from netwerkcli.render.genogram.structure import FOSTER_SUFFIX, Structure, Union, birth_key

Pair = frozenset[str]


@dataclass(eq=False, repr=False)
class Facts:
    """What the order and the placement ask of the family's structure, made once."""

    s: Structure
    row_of: dict[str, int]
    nrows: int
    # partner pairs whose two people stand on one row, with the order of their start
    partners: dict[str, list[str]] = field(default_factory=dict)  # by `van`, earliest first
    van: dict[Pair, int] = field(default_factory=dict)
    current: dict[str, str] = field(default_factory=dict)  # a person's current partner
    # unions by the row of their parents (the drop) and of their children (the sibship)
    unions_from_row: list[list[int]] = field(default_factory=list)
    unions_into_row: list[list[int]] = field(default_factory=list)
    drop_row: dict[int, int] = field(default_factory=dict)  # the row the union's line leaves
    kids: dict[int, list[str]] = field(default_factory=dict)  # children on the row below it
    # a donor of all the children of one union: the donor's line joins that union's sibship line
    joins: dict[int, int] = field(default_factory=dict)
    # own, adopted and foster children of one couple hang from one sibship line: the other
    # unions of those parents name the one that draws it (the lead)
    co_lead: dict[int, int] = field(default_factory=dict)
    sibship: dict[int, list[str]] = field(default_factory=dict)  # a lead's children, all kinds
    up_unions: dict[str, list[int]] = field(default_factory=dict)  # unions a node is a child of
    down_unions: dict[str, list[int]] = field(default_factory=dict)  # unions a node is parent of
    couple_unions: dict[Pair, list[int]] = field(default_factory=dict)
    single_unions: dict[str, list[int]] = field(default_factory=dict)
    birth: dict[str, tuple[int, int, int]] = field(default_factory=dict)
    parentless: set[str] = field(default_factory=set)
    bonded: set[str] = field(default_factory=set)  # people with an emotional bond
    male: set[str] = field(default_factory=set)
    female: set[str] = field(default_factory=set)
    twins: list[list[list[str]]] = field(default_factory=list)  # per row, groups
    shared: list[list[list[str]]] = field(default_factory=list)  # own, foster, adopted by birth
    households: list[list[list[str]]] = field(default_factory=list)  # per row, members

    @property
    def unions(self) -> list[Union]:
        return self.s.unions

    def kids_below(self, ui: int) -> list[str]:
        """The union's children on the row below its parents (birth order); others (a child
        pulled further down by a partner) are drawn but not ordered with them."""
        return self.kids[ui]

    def leads(self, ui: int) -> bool:
        """Does this union draw a sibship line (not a joining donor, not a co-union)?"""
        return ui not in self.joins and ui not in self.co_lead and bool(self.kids[ui])

    def joined(self, u: int, v: int) -> bool:
        """A donor's union and the union whose sibship line it joins: their lines never cross."""
        return self.joins.get(u) == v or self.joins.get(v) == u

    def arriving(self, c: str) -> list[int]:
        """Unions whose lines come down into this child (a joining donor's does not)."""
        return [
            ui for ui in self.up_unions.get(c, ()) if c in self.kids[ui] and ui not in self.joins
        ]

    def home_node(self, id: str, leden: tuple[str, ...]) -> str:
        """The drawing of a household member: a foster child's copy when the foster parents
        live there too."""
        copy = id + FOSTER_SUFFIX
        if copy in self.s.nodes and any(q in leden for q in self.s.nodes[id].person.pleegouders):
            return copy
        return id

    def is_partner(self, a: str, b: str) -> bool:
        return b in self.partners.get(a, ())


def family_facts(s: Structure, gezin: Gezin) -> Facts:
    row_of = {k: n.row for k, n in s.nodes.items()}
    nrows = 1 + max(row_of.values(), default=-1)
    f = Facts(s, row_of, nrows)
    order = {p.id: i for i, p in enumerate(gezin.personen)}
    # birth order, ties (no dates; a person and their foster copy) by the order of the drawings:
    # never by the order of a set, which changes from run to run
    f.birth = {
        k: (*birth_key(n.person, order[n.person.id]), i) for i, (k, n) in enumerate(s.nodes.items())
    }
    f.male = {k for k, n in s.nodes.items() if n.person.geslacht is Geslacht.MAN}
    f.female = {k for k, n in s.nodes.items() if n.person.geslacht is Geslacht.VROUW}
    _partners(f, gezin)
    _unions(f)
    ids = {b for band in gezin.banden for b in band.personen}
    f.bonded = {k for k, n in s.nodes.items() if n.person.id in ids}
    f.twins = _twins(f)
    f.shared = _shared(f)
    f.households = _households(f, gezin)
    return f


def _partners(f: Facts, gezin: Gezin) -> None:
    kern_home = gezin.huishouden_van(gezin.kern) if gezin.kern else None
    home = set(kern_home.leden) if kern_home else set()
    partners: dict[str, list[tuple[int, str]]] = defaultdict(list)
    current: dict[str, tuple[int, str]] = {}
    for i, pair in enumerate(f.s.pairs):
        if f.row_of[pair.a] != f.row_of[pair.b]:
            continue
        r = pair.relatie
        start = r.van.earliest.toordinal() if r and r.van else 0
        key = start * 1000 + i
        f.van[frozenset((pair.a, pair.b))] = key
        partners[pair.a].append((key, pair.b))
        partners[pair.b].append((key, pair.a))
        ongoing = r is not None and r.tot is None and not r.soort.is_ended
        shared_home = pair.a in home and pair.b in home
        if ongoing or shared_home:
            for me, other in ((pair.a, pair.b), (pair.b, pair.a)):
                rank = key + (10**12 if shared_home else 0)
                if me not in current or current[me][0] < rank:
                    current[me] = (rank, other)
    f.partners = {k: [q for _, q in sorted(v)] for k, v in partners.items()}
    f.current = {k: q for k, (_, q) in current.items() if len(f.partners[k]) > 1}


def _unions(f: Facts) -> None:
    """Where each union's line leaves and arrives, its children on the row below, the sibship
    lines that several unions of one couple share, and the donors whose line joins one."""
    _lines(f)
    _sibships(f)
    _joins(f)


def _lines(f: Facts) -> None:
    """Per union: the row its line leaves and the children on the row below; per person: the
    unions above and below them."""
    f.unions_from_row = [[] for _ in range(f.nrows)]
    f.unions_into_row = [[] for _ in range(f.nrows)]
    up: dict[str, list[int]] = defaultdict(list)
    down: dict[str, list[int]] = defaultdict(list)
    with_parents: set[str] = set()
    for i, u in enumerate(f.unions):
        rows = {f.row_of[p] for p in u.parents}
        couple = len(u.parents) == 2 and len(rows) == 1 and u.kind != "donor"
        dropper = drop_parent(f, u)
        f.drop_row[i] = f.row_of[dropper]
        f.unions_from_row[f.drop_row[i]].append(i)
        if couple:
            f.couple_unions.setdefault(frozenset(u.parents), []).append(i)
        else:
            f.single_unions.setdefault(dropper, []).append(i)
        for p in u.parents:
            down[p].append(i)
        for c in u.children:
            up[c].append(i)
            with_parents.add(c)
        below = f.drop_row[i] + 1
        f.kids[i] = [c for c in u.children if f.row_of[c] == below]
        if f.kids[i]:
            f.unions_into_row[below].append(i)
    f.up_unions = dict(up)
    f.down_unions = dict(down)
    f.parentless = {k for k in f.s.nodes if k not in with_parents}


def _sibships(f: Facts) -> None:
    """Own, adopted and foster children of one couple hang from one sibship line: that of the
    couple's first biological union (the lead)."""
    groups: dict[tuple[frozenset[str], int], list[int]] = defaultdict(list)
    for i, u in enumerate(f.unions):
        if u.kind != "donor" and f.kids[i]:
            groups[(frozenset(u.parents), f.drop_row[i])].append(i)
    for members in groups.values():
        lead = min(members, key=lambda j: (f.unions[j].kind != "biologisch", j))
        for j in members:
            if j != lead:
                f.co_lead[j] = lead
        f.sibship[lead] = sorted({c for j in members for c in f.kids[j]}, key=f.birth.__getitem__)


def _joins(f: Facts) -> None:
    """A donor of all the children of another union: the donor's line joins that sibship."""
    for i, u in enumerate(f.unions):
        if u.kind != "donor" or not f.kids[i]:
            continue
        same = [
            j
            for j, v in enumerate(f.unions)
            if v.kind != "donor" and f.kids[j] and set(f.kids[j]) == set(f.kids[i])
        ]
        if same:
            f.joins[i] = min(same, key=lambda j: f.unions[j].kind != "biologisch")


def drop_parent(f: Facts, u: Union) -> str:
    """The parent beside whom the children's line leaves: a single parent, a donor, or the lower
    one of a couple across generations."""
    return max(u.parents, key=lambda p: f.row_of[p])


def _twins(f: Facts) -> list[list[list[str]]]:
    groups: list[list[list[str]]] = [[] for _ in range(f.nrows)]
    for u in f.unions:
        by_label: dict[str, list[str]] = defaultdict(list)
        for c in u.children:
            label = f.s.nodes[c].person.tweeling
            if label:
                by_label[label].append(c)
        for keys in by_label.values():
            if len(keys) > 1:
                groups[f.row_of[keys[0]]].append(keys)
    return groups


def _shared(f: Facts) -> list[list[list[str]]]:
    """Per row: children of one couple by several kinds (own, foster, adopted), by birth."""
    by_parents: dict[frozenset[str], list[Union]] = defaultdict(list)
    for u in f.unions:
        by_parents[frozenset(u.parents)].append(u)
    groups: list[list[list[str]]] = [[] for _ in range(f.nrows)]
    for unions in by_parents.values():
        if len(unions) < 2:
            continue
        kids = sorted({c for u in unions for c in u.children}, key=f.birth.__getitem__)
        for r in sorted({f.row_of[k] for k in kids}):
            groups[r].append([k for k in kids if f.row_of[k] == r])
    return groups


def _households(f: Facts, gezin: Gezin) -> list[list[list[str]]]:
    groups: list[list[list[str]]] = [[] for _ in range(f.nrows)]
    for h in gezin.huishoudens:
        members = [f.home_node(id, h.leden) for id in h.leden if id in f.s.nodes]
        for r in sorted({f.row_of[k] for k in members}):
            on_row = [k for k in members if f.row_of[k] == r]
            if len(on_row) > 1:
                groups[r].append(on_row)
    return groups
