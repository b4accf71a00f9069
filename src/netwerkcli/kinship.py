"""Who each person is to the young person (``kern``): moeder, opa (mz), tante (vz), kind 2 ...

Roles are derived from the family's structure alone (parents, partners, gender, birth order),
never from a name or a free text, so they can stand in for names in anonymised output. The same
file always gives the same roles. Network people outside the genogram get a role word from their
``relatie`` (only when its first word is in the fixed list of role words) or from their ``kring``.
"""

from __future__ import annotations

from collections.abc import Iterable

from netwerkcli.messages import anoniem as texts
from netwerkcli.model import Geslacht, Gezin, NetwerkPersoon, Persoon

By = dict[Geslacht, str]


def _word(words: By, person: Persoon) -> str:
    return words[person.geslacht]


class _Family:
    """Parent, child and partner links of ``personen`` (only ids that exist)."""

    def __init__(self, gezin: Gezin) -> None:
        self.gezin = gezin
        self.people = {p.id: p for p in gezin.personen}
        self.order = {p.id: i for i, p in enumerate(gezin.personen)}
        self.partners: dict[str, list[str]] = {id: [] for id in self.people}
        for r in gezin.relaties:
            a, b = r.partners
            if a in self.people and b in self.people and a != b:
                self.partners[a].append(b)
                self.partners[b].append(a)

    def parents(self, id: str, foster: bool = True) -> list[str]:
        p = self.people[id]
        links = (*p.ouders, *p.adoptieouders, *(p.pleegouders if foster else ()))
        return [q for q in dict.fromkeys(links) if q in self.people and q != id]

    def children(self, ids: Iterable[str], foster: bool = True) -> list[str]:
        wanted = set(ids)
        found = [c for c in self.people if wanted & set(self.parents(c, foster))]
        return self.sorted(found)

    def sorted(self, ids: Iterable[str]) -> list[str]:
        """Oldest first; unknown birth dates last; then the file's order."""

        def key(id: str) -> tuple[int, object, int]:
            born = self.people[id].geboren
            return (0, born.earliest, self.order[id]) if born else (1, 0, self.order[id])

        return sorted(dict.fromkeys(ids), key=key)


def person_roles(gezin: Gezin) -> dict[str, str]:
    """A role for every person of ``personen``, unique within the file."""
    family = _Family(gezin)
    roles: dict[str, str] = {}
    kern = gezin.kern if gezin.kern in family.people else None
    if kern is not None:
        _near(family, kern, roles)
        _far(family, kern, roles)
    _relatives_of_known(family, roles)
    for number, id in enumerate(
        (i for i in family.sorted(family.people) if i not in roles), start=1
    ):
        roles[id] = texts.RELATIVE.format(nummer=number)
    return _numbered(family, roles)


def _set(roles: dict[str, str], id: str, role: str) -> None:
    roles.setdefault(id, role)


def _near(family: _Family, kern: str, roles: dict[str, str]) -> None:
    """The young person, parents, brothers and sisters, step-parents, own partner and children."""
    people = family.people
    person = people[kern]
    parents = family.parents(kern)
    for q in parents:
        if q in person.pleegouders and q not in person.ouders:
            _set(roles, q, _word(texts.FOSTER_PARENT, people[q]))
        elif q in person.adoptieouders:
            _set(roles, q, _word(texts.ADOPTIVE_PARENT, people[q]))
        else:
            _set(roles, q, _word(texts.PARENT, people[q]))
    if parents:
        children = [c for c in family.children(parents) if people[c].zwangerschap is None]
        for number, c in enumerate(children, start=1):
            _set(roles, c, texts.CHILD.format(nummer=number))
    else:
        _set(roles, kern, texts.YOUNG_PERSON)
    for q in parents:
        for partner in family.partners[q]:
            if partner not in parents:
                _set(roles, partner, texts.PARTNER_OF.format(rol=roles[q]))
    for partner in family.partners[kern]:
        _set(roles, partner, texts.PARTNER_OF.format(rol=roles[kern]))
    for c in family.children([kern]):
        _set(roles, c, texts.CHILD_OF.format(rol=roles[kern]))


def _far(family: _Family, kern: str, roles: dict[str, str]) -> None:
    """Grandparents and great-grandparents, aunts, uncles and cousins, per side of the family."""
    people = family.people
    for parent in family.parents(kern):
        side = texts.SIDE[people[parent].geslacht]
        grandparents = family.parents(parent)
        for g in grandparents:
            _set(roles, g, f"{_word(texts.GRANDPARENT, people[g])} ({side})")
            for gg in family.parents(g):
                _set(roles, gg, f"{_word(texts.GREAT_GRANDPARENT, people[gg])} ({side})")
        aunts = [a for a in family.children(grandparents, foster=False) if a != parent]
        for a in aunts:
            _set(roles, a, f"{_word(texts.AUNT_UNCLE, people[a])} ({side})")
            for partner in family.partners[a]:
                _set(
                    roles,
                    partner,
                    f"{_word(texts.AUNT_UNCLE_BY_MARRIAGE, people[partner])} ({side})",
                )
            for c in family.children([a]):
                _set(roles, c, f"{_word(texts.COUSIN, people[c])} ({side})")
        for c in family.children(grandparents):  # foster children of the grandparents
            _set(roles, c, f"{texts.FOSTER_CHILD} ({side})")


def _relatives_of_known(family: _Family, roles: dict[str, str]) -> None:
    """Anyone not placed yet, named after a placed neighbour: 'ouder van …', 'partner van …'."""
    people = family.people
    progress = True
    while progress:
        progress = False
        for id in family.sorted(people):
            if id in roles:
                continue
            role = _via_neighbour(family, id, roles)
            if role is not None:
                roles[id] = role
                progress = True


def _via_neighbour(family: _Family, id: str, roles: dict[str, str]) -> str | None:
    person = family.people[id]
    for child in family.children([id]):
        if child in roles:
            return texts.PARENT_OF.format(ouder=_word(texts.PARENT, person), rol=roles[child])
    for parent in family.parents(id):
        if parent in roles:
            return texts.CHILD_OF_GENDERED.format(
                kind=_word(texts.SON_DAUGHTER, person), rol=roles[parent]
            )
    for partner in family.partners[id]:
        if partner in roles:
            return texts.PARTNER_OF.format(rol=roles[partner])
    return None


def _numbered(family: _Family, roles: dict[str, str]) -> dict[str, str]:
    """Roles that occur more than once get a number: 'oma (mz) 1', 'oma (mz) 2'."""
    return _number_duplicates(roles, family.sorted(roles))


def _number_duplicates(roles: dict[str, str], order: list[str]) -> dict[str, str]:
    counts: dict[str, int] = {}
    for role in roles.values():
        counts[role] = counts.get(role, 0) + 1
    seen: dict[str, int] = {}
    result = {}
    for id in order:
        role = roles[id]
        if counts[role] > 1:
            seen[role] = seen.get(role, 0) + 1
            role = f"{role} {seen[role]}"
        result[id] = role
    return result


def network_role(placed: NetwerkPersoon) -> str:
    """A role word for someone outside the genogram: the first word of ``relatie`` or of the name
    when it is a known role word ('buurvrouw', 'juf van …', 'Trainer Erik'), else from the
    circle of life (kring). Nothing else of either text is used."""
    for text in (placed.relatie, placed.naam):
        first = (text or "").strip().split(" ")[0].strip(".,;:()").casefold()
        if first in texts.ROLE_WORDS:
            return first
    return texts.KRING_ROLE[placed.kring]


def family_core(gezin: Gezin) -> set[str]:
    """The family itself: the young person, their parents, brothers and sisters, and everyone in
    their household. Without a ``kern``: everyone in ``personen``."""
    family = _Family(gezin)
    if gezin.kern not in family.people:
        return set(family.people)
    kern = gezin.kern
    assert kern is not None
    parents = family.parents(kern)
    core = {kern, *parents, *family.children(parents)}
    household = gezin.huishouden_van(kern)
    if household is not None:
        core |= set(household.leden)
    return core


def roles(gezin: Gezin) -> dict[str, str]:
    """The role of every id in the file (genogram and network), each role used once."""
    result = person_roles(gezin)
    outside = {n.id: network_role(n) for n in gezin.netwerk if n.id not in result}
    numbered = _number_duplicates(outside, [n.id for n in gezin.netwerk if n.id in outside])
    taken = set(result.values())
    for id, role in numbered.items():
        # 'familielid 1' of the network next to 'familielid 1' of the genogram
        result[id] = role if role not in taken else f"{role} ({texts.NETWORK})"
        taken.add(result[id])
    return result
