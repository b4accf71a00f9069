"""Rules across records (the spec's 'What is an error'), all problems collected at once."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable

from netwerkcli import consent
from netwerkcli.messages import gezin as texts
from netwerkcli.messages import toestemming as consent_texts
from netwerkcli.model import Datum, Gezin, Persoon, Plek, Toestemming, age_at
from netwerkcli.sink import Sink

MIN_PARENT_AGE = 12


OLDEST = 110  # older than this without a date of death: probably a mistake


def check(gezin: Gezin, sink: Sink, today: dt.date | None = None) -> None:
    people = _unique_people(gezin, sink)
    _references(gezin, people, sink)
    _ancestry_cycles(gezin, people, sink)
    _dates(gezin, people, sink, gezin.datum(today))
    _households(gezin, sink)
    _network(gezin, people, sink)
    _consent(gezin, sink, today)
    _twins(gezin, sink)
    _agreements(gezin, people, sink)


def _unique_people(gezin: Gezin, sink: Sink) -> dict[str, Persoon]:
    people: dict[str, Persoon] = {}
    for p in gezin.personen:
        if p.id in people:
            sink.at(p.plek, texts.DUPLICATE_ID.format(id=p.id, regel=people[p.id].plek.regel))
        else:
            people[p.id] = p
    return people


def _ref(ids: Iterable[str], people: dict[str, Persoon], sink: Sink, plek: Plek, rol: str) -> None:
    for id in ids:
        if id not in people:
            sink.at(
                plek, texts.UNKNOWN_REF.format(id=id, rol=rol, suggestie=sink.suggest(id, people))
            )


def _references(gezin: Gezin, people: dict[str, Persoon], sink: Sink) -> None:
    if gezin.kern is not None and gezin.kern not in people:
        sink.at(
            gezin.kern_plek,
            texts.UNKNOWN_KERN.format(id=gezin.kern, suggestie=sink.suggest(gezin.kern, people)),
        )
    for p in gezin.personen:
        for rol, ids in (
            ("ouder", p.ouders),
            ("adoptieouder", p.adoptieouders),
            ("pleegouder", p.pleegouders),
            ("donor", (p.donor,) if p.donor else ()),
        ):
            _ref(ids, people, sink, p.plek, rol)
            if p.id in ids:
                sink.at(p.plek, texts.OWN_PARENT.format(id=p.id, rol=rol))
    for r in gezin.relaties:
        _ref(r.partners, people, sink, r.plek, "partner")
        if r.partners[0] == r.partners[1]:
            sink.at(r.plek, texts.SELF_RELATION.format(id=r.partners[0]))
    for b in gezin.banden:
        _ref(b.personen, people, sink, b.plek, "band")
        if b.personen[0] == b.personen[1]:
            sink.at(b.plek, texts.SELF_BOND.format(id=b.personen[0]))
    for h in gezin.huishoudens:
        _ref(h.leden, people, sink, h.plek, "lid van het huishouden")


def _ancestry_cycles(gezin: Gezin, people: dict[str, Persoon], sink: Sink) -> None:
    """Report each cycle once: a person who is (through parents) their own ancestor."""
    parents = {
        p.id: [
            q
            for q in (*p.ouders, *p.adoptieouders, *p.pleegouders)
            if q in people and q != p.id  # reported as 'eigen ouder'
        ]
        for p in people.values()
    }
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    reported: set[frozenset[str]] = set()

    for start in people:
        if state.get(start):
            continue
        stack: list[tuple[str, int]] = [(start, 0)]
        path: list[str] = []
        while stack:
            node, index = stack.pop()
            if index == 0:
                state[node] = 1
                path.append(node)
            children = parents[node]
            if index < len(children):
                stack.append((node, index + 1))
                nxt = children[index]
                if state.get(nxt) == 1:
                    cycle = path[path.index(nxt) :]
                    if frozenset(cycle) not in reported:
                        reported.add(frozenset(cycle))
                        chain = " → ".join([*cycle, nxt])
                        sink.at(people[nxt].plek, texts.OWN_ANCESTOR.format(id=nxt, keten=chain))
                elif not state.get(nxt):
                    stack.append((nxt, 0))
            else:
                state[node] = 2
                path.pop()


def _dates(gezin: Gezin, people: dict[str, Persoon], sink: Sink, peildatum: dt.date) -> None:
    for p in people.values():
        if p.geboren and p.sterfdatum and p.sterfdatum.latest < p.geboren.earliest:
            sink.at(
                p.plek,
                texts.DIED_BEFORE_BORN.format(id=p.id, overleden=p.sterfdatum, geboren=p.geboren),
            )
        if p.geboren is None:
            continue
        age = p.leeftijd(peildatum)
        if age is not None and age > OLDEST and not p.is_overleden:
            sink.warn(p.plek, texts.IMPLAUSIBLE_AGE.format(id=p.id, leeftijd=age))
        for parent_id in (*p.ouders, p.donor) if p.donor else p.ouders:
            parent = people.get(parent_id)
            if parent is None or parent.geboren is None:
                continue
            _parent_child_dates(parent, p, sink)
    for r in gezin.relaties:
        if r.van and r.tot and r.tot.latest < r.van.earliest:
            sink.at(r.plek, texts.END_BEFORE_START.format(van=r.van, tot=r.tot))


def _parent_child_dates(parent: Persoon, child: Persoon, sink: Sink) -> None:
    assert parent.geboren is not None and child.geboren is not None
    pb, cb = parent.geboren, child.geboren
    if cb.latest < pb.earliest or (cb.jaar < pb.jaar):
        sink.at(
            child.plek,
            texts.CHILD_BEFORE_PARENT.format(
                kind=child.id, ouder=parent.id, kind_geboren=cb, ouder_geboren=pb
            ),
        )
    elif cb.jaar == pb.jaar and (cb.is_year_only or pb.is_year_only):
        sink.warn(child.plek, texts.SAME_YEAR_AS_PARENT.format(kind=child.id, ouder=parent.id))
    elif cb.earliest < pb.earliest:
        sink.at(
            child.plek,
            texts.CHILD_BEFORE_PARENT.format(
                kind=child.id, ouder=parent.id, kind_geboren=cb, ouder_geboren=pb
            ),
        )
    elif _years_between(pb, cb) < MIN_PARENT_AGE:
        sink.warn(
            child.plek,
            texts.YOUNG_PARENT.format(
                ouder=parent.id, kind=child.id, leeftijd=_years_between(pb, cb)
            ),
        )


def _years_between(earlier: Datum, later: Datum) -> int:
    if earlier.is_year_only or later.is_year_only:
        return later.jaar - earlier.jaar
    return age_at(earlier, later.earliest)


def _households(gezin: Gezin, sink: Sink) -> None:
    home: dict[str, str] = {}
    for h in gezin.huishoudens:
        for member in h.leden:
            if member in home and home[member] != h.naam:
                sink.at(
                    h.plek, texts.TWO_HOUSEHOLDS.format(id=member, een=home[member], twee=h.naam)
                )
            home.setdefault(member, h.naam)


def _network(gezin: Gezin, people: dict[str, Persoon], sink: Sink) -> None:
    seen: dict[str, Plek] = {}
    for n in gezin.netwerk:
        if n.id in seen:
            sink.at(n.plek, texts.DUPLICATE_NETWORK_ID.format(id=n.id, regel=seen[n.id].regel))
        seen.setdefault(n.id, n.plek)
        if n.naam is None and n.id not in people:
            sink.at(
                n.plek,
                texts.NETWORK_NEEDS_NAME.format(id=n.id, suggestie=sink.suggest(n.id, people)),
            )


def _consent(gezin: Gezin, sink: Sink, today: dt.date | None) -> None:
    """Warn where someone has a support task without the consent that counts at this age."""
    age = consent.kern_age(gezin, today)
    needed = consent.who_decides(age)
    name = consent.kern_name(gezin)
    for n in gezin.netwerk:
        if not n.steun or n.toestemming is Toestemming.JA:
            continue
        refused = consent.refused(n, needed)
        message = consent_texts.REFUSED_WITH_TASK if refused else consent_texts.MISSING_WITH_TASK
        sink.warn(
            n.plek,
            message.format(
                naam=gezin.weergavenaam(n),
                steun=", ".join(s.value for s in n.steun),
                wie=consent.parties_text(refused or consent.missing(n, needed), name),
                regel=consent.rule_text(age, name),
            ),
        )


def _twins(gezin: Gezin, sink: Sink) -> None:
    groups: dict[str, list[Persoon]] = defaultdict(list)
    for p in gezin.personen:
        if p.tweeling:
            groups[p.tweeling].append(p)
    for label, members in groups.items():
        if len(members) == 1:
            sink.warn(members[0].plek, texts.LONELY_TWIN.format(label=label, id=members[0].id))
            continue
        if len({frozenset(m.ouders) for m in members}) > 1:
            sink.at(members[1].plek, texts.TWINS_DIFFERENT_PARENTS.format(label=label))
        births = {m.geboren for m in members if m.geboren is not None}
        if len({b.jaar for b in births}) > 1:
            sink.warn(members[1].plek, texts.TWINS_DIFFERENT_BIRTH.format(label=label))


def _agreements(gezin: Gezin, people: dict[str, Persoon], sink: Sink) -> None:
    """Givers and receivers known, not the same, and an end not before the start."""
    known = [*people, *(n.id for n in gezin.netwerk if n.id not in people)]
    for a in gezin.afspraken:
        for key, id in (("wie", a.wie), ("voor", a.voor)):
            if id is not None and id not in known:
                sink.at(
                    a.plek,
                    texts.AGREEMENT_UNKNOWN_REF.format(
                        id=id, sleutel=key, suggestie=sink.suggest(id, known)
                    ),
                )
        if a.wie is not None and a.wie == a.voor:
            sink.at(a.plek, texts.AGREEMENT_SELF.format(id=a.wie))
        if a.van and a.tot and a.tot.latest < a.van.earliest:
            sink.at(a.plek, texts.AGREEMENT_END_BEFORE_START.format(van=a.van, tot=a.tot))
