"""The conversation of `netwerk nieuw`, in the order a professional works.

First the case and the young person, then the opening questions (whose answers name the first
people of the network), then the genogram (parents and their partners, brothers and sisters,
grandparents, who lives together, bonds), then every network person: the circle questions, a
perspective question, support both ways, contact and consent from the right people by age.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from netwerkcli import consent
from netwerkcli.content import sociogram_vragen
from netwerkcli.intake.family import (
    KERN,
    PARENTS,
    Couple,
    Family,
    NetPerson,
    Person,
    candidates,
    fold,
    pronoun,
)
from netwerkcli.intake.steps import Answer, Options, Step, Walk
from netwerkcli.messages import intake as texts
from netwerkcli.model import Datum, Kring, Partij, age_at

MAX_LOOP = 12  # partners, brothers and sisters, households, bonds: more is not a genogram
ENDED = ("uit-elkaar", "gescheiden")


def conversation(answers: Mapping[str, Answer], today: dt.date) -> tuple[list[Step], Family]:
    """Every step of the conversation for these answers, and the family they describe."""
    walk = Walk(answers)
    family = Family()
    _case(walk, family)
    _opening(walk, family)
    _genogram(walk, family)
    _sociogram(walk, family, today)
    return walk.steps, family


def kern_name(family: Family) -> str:
    return family.name(KERN) if KERN in family.persons else texts.THE_CHILD


def _case(walk: Walk, family: Family) -> None:
    walk.begin(texts.PART_CASE)
    family.gezin = walk.line("casus", texts.CASE_QUESTION)
    walk.heading(texts.KERN_HEADING)
    name = walk.line("kern.naam", texts.KERN_NAME)
    if name:
        _details(walk, family, KERN, name, alive=False)


def _network_person(walk: Walk, family: Family, name: str) -> NetPerson:
    """The network person with this name, asked for relation and kring when new."""
    key = "n:" + fold(name)
    if key in family.network:
        return family.network[key]
    person = NetPerson(key, name)
    family.network[key] = person
    person.relatie = walk.line(f"{key}.relatie", texts.NETWORK_RELATION.format(naam=name))
    person.kring = walk.choice(
        f"{key}.kring",
        texts.NETWORK_KRING.format(naam=name),
        tuple((k.value, k.value) for k in Kring),
        hint=texts.KRING_HINT,
    )
    return person


def _opening(walk: Walk, family: Family) -> None:
    walk.begin(texts.PART_START, texts.START_HEADING)
    for key, question in texts.START_QUESTIONS:
        answer = walk.open(f"start.{key}", question)
        if answer is None:
            continue
        for name in walk.names(f"start.{key}.namen", texts.START_NAMES, texts.NAMES_HINT):
            person = _network_person(walk, family, name)
            person.note(texts.START_NOTE.format(vraag=question, antwoord=answer))


# -- the genogram -----------------------------------------------------------------------------
def _details(walk: Walk, family: Family, slot: str, name: str, alive: bool = True) -> Person:
    person = Person(slot, name)
    family.persons[slot] = person
    options: Options = texts.SEX_OPTIONS
    person.geslacht = walk.choice(f"{slot}.geslacht", texts.SEX.format(naam=name), options)
    person.geboren = walk.date(f"{slot}.geboren", texts.BORN.format(naam=name), texts.DATE_HINT)
    if not alive:
        return person
    living = tuple((v, label.format(naam=name)) for v, label in texts.ALIVE_OPTIONS)
    if walk.choice(f"{slot}.leeft", texts.ALIVE.format(naam=name), living) == "nee":
        died = walk.date(f"{slot}.overleden", texts.DIED.format(naam=name))
        person.overleden = died or "ja"
        return person
    person.buitenland = walk.line(f"{slot}.buitenland", texts.ABROAD.format(naam=name))
    return person


def _couple(walk: Walk, family: Family, a: str, b: str) -> None:
    question = texts.RELATION_KIND.format(een=family.name(a), twee=family.name(b))
    soort = walk.choice(f"rel.{a}.{b}.soort", question, texts.RELATION_OPTIONS)
    if soort is None:
        return
    couple = Couple(a, b, soort, van=walk.date(f"rel.{a}.{b}.van", texts.RELATION_FROM))
    if soort in ENDED:
        couple.tot = walk.date(f"rel.{a}.{b}.tot", texts.RELATION_UNTIL)
    family.couples.append(couple)


def _genogram(walk: Walk, family: Family) -> None:
    walk.begin(texts.PART_FAMILY, texts.FAMILY_HEADING)
    kern = family.persons.get(KERN)
    child = kern_name(family)
    for number, slot in enumerate(PARENTS, start=1):
        rank = texts.RANK[number]
        name = walk.line(f"{slot}.naam", texts.PARENT_NAME.format(rang=rank, kind=child))
        if name:
            _details(walk, family, slot, name)
            if kern is not None:
                kern.ouders.append(slot)
    if all(p in family.persons for p in PARENTS):
        _couple(walk, family, *PARENTS)
    for parent in [p for p in PARENTS if p in family.persons]:
        for number in range(1, MAX_LOOP + 1):
            slot = f"{parent}.partner{number}"
            question = texts.PARTNER_NAME.format(ouder=family.name(parent))
            name = walk.line(f"{slot}.naam", question)
            if not name:
                break
            _details(walk, family, slot, name)
            _couple(walk, family, parent, slot)
    _siblings(walk, family, child)
    for parent in [p for p in PARENTS if p in family.persons]:
        for number in (1, 2):
            slot = f"{parent}.ouder{number}"
            question = texts.GRANDPARENT_NAME.format(
                rang=texts.RANK[number], ouder=family.name(parent), kern=child
            )
            name = walk.line(f"{slot}.naam", question)
            if name:
                _details(walk, family, slot, name)
                family.persons[parent].ouders.append(slot)
        if f"{parent}.ouder1" in family.persons and f"{parent}.ouder2" in family.persons:
            _couple(walk, family, f"{parent}.ouder1", f"{parent}.ouder2")
    _households(walk, family, child)
    _bonds(walk, family)


def _parent_options(family: Family) -> Options:
    """The pairs (and single parents) a brother or sister can be a child of."""
    parents = [p for p in PARENTS if p in family.persons]
    options: list[tuple[str, str]] = []
    for couple in family.couples:
        if couple.a in parents or couple.b in parents:
            value = f"{couple.a}+{couple.b}"
            label = texts.AND.format(een=family.name(couple.a), twee=family.name(couple.b))
            options.append((value, label))
    options += [(p, texts.ONLY.format(naam=family.name(p))) for p in parents]
    return tuple(options)


def _siblings(walk: Walk, family: Family, child: str) -> None:
    for number in range(1, MAX_LOOP + 1):
        slot = f"kind{number}"
        name = walk.line(f"{slot}.naam", texts.SIBLING_NAME.format(kern=child))
        if not name:
            return
        person = _details(walk, family, slot, name)
        options = _parent_options(family)
        if len(options) == 1:
            person.ouders = options[0][0].split("+")
        elif options:
            question = texts.SIBLING_PARENTS.format(naam=name)
            chosen = walk.choice(f"{slot}.ouders", question, options)
            # not answered: a brother or sister of the young person, so the same parents
            person.ouders = chosen.split("+") if chosen else _kern_parents(family)


def _kern_parents(family: Family) -> list[str]:
    kern = family.persons.get(KERN)
    return list(kern.ouders) if kern is not None else [p for p in PARENTS if p in family.persons]


def _households(walk: Walk, family: Family, child: str) -> None:
    housed: set[str] = set()
    for number in range(1, MAX_LOOP + 1):
        first = number == 1 and KERN in family.persons
        people = [
            (slot, family.label(slot))
            for slot, person in family.persons.items()
            if slot not in housed and person.overleden is None and not (first and slot == KERN)
        ]
        if not people and not first:
            return
        question = texts.HOUSEHOLD_FIRST.format(kern=child) if first else texts.HOUSEHOLD_MORE
        chosen = walk.multi(f"huis{number}.leden", question, tuple(people))
        if chosen is None or (not chosen and not first):
            return
        members = ([KERN] if first else []) + chosen
        adults = [m for m in members if m != KERN and not m.startswith("kind")]
        example = texts.HOUSEHOLD_EXAMPLE.format(naam=family.name((adults or members)[0]))
        name = walk.line(f"huis{number}.naam", texts.HOUSEHOLD_NAME.format(voorbeeld=example))
        family.households.append((name or example, members))
        housed.update(members)


def _bonds(walk: Walk, family: Family) -> None:
    people = tuple((slot, family.label(slot)) for slot in family.persons)
    if len(people) < 2:
        return
    for number in range(1, MAX_LOOP + 1):
        chosen = walk.multi(f"band{number}.wie", texts.BOND_WHO, people, pair=True)
        if not chosen or len(chosen) != 2:
            return
        one, two = chosen
        question = texts.BOND_KIND.format(een=family.name(one), twee=family.name(two))
        soort = walk.choice(f"band{number}.soort", question, texts.BOND_OPTIONS)
        if soort is not None:
            family.bonds.append((one, two, soort))


# -- the sociogram ----------------------------------------------------------------------------
def _link(walk: Walk, family: Family, person: NetPerson) -> None:
    found = [s for s in candidates(family, person.naam) if s not in _linked(family)]
    if not found:
        return
    options = (*((s, family.label(s)) for s in found), ("nee", texts.LINK_NO))
    chosen = walk.choice(f"{person.key}.is", texts.LINK.format(naam=person.naam), options)
    if chosen and chosen != "nee":
        person.slot = chosen


def _linked(family: Family) -> set[str]:
    return {p.slot for p in family.network.values() if p.slot}


def _sociogram(walk: Walk, family: Family, today: dt.date) -> None:
    walk.begin(texts.PART_NETWORK, texts.NETWORK_HEADING)
    for person in list(family.network.values()):
        _link(walk, family, person)
    # the family around the young person's own home; the home itself is the sociogram's centre
    home = set(family.household_of(KERN)) | {KERN} | _linked(family)
    others = tuple(
        (slot, family.label(slot))
        for slot, member in family.persons.items()
        if slot not in home and member.overleden is None
    )
    if others:
        for slot in walk.multi("netwerk.familie", texts.FAMILY_PICK, others) or []:
            key = f"g:{slot}"
            family.network[key] = NetPerson(
                key, family.name(slot), slot=slot, kring=Kring.FAMILIE.value
            )
    for number in range(1, MAX_LOOP * 3):
        name = walk.line(f"netwerk.extra{number}", texts.EXTRA_NAME)
        if not name:
            break
        known = "n:" + fold(name) in family.network
        person = _network_person(walk, family, name)
        if not known:
            _link(walk, family, person)
    age = _kern_age(family, today)
    for person in family.network.values():
        _about(walk, family, person, age)


def _kern_age(family: Family, today: dt.date) -> int | None:
    kern = family.persons.get(KERN)
    if kern is None or kern.geboren is None:
        return None
    year, _, rest = kern.geboren.partition("-")
    month, _, day = rest.partition("-")
    born = Datum(int(year), int(month) if month else None, int(day) if day else None)
    return age_at(born, today)


def _about(walk: Walk, family: Family, person: NetPerson, age: int | None) -> None:
    """The circle questions, perspective, support both ways, contact and consent of one person."""
    name = person.naam
    walk.heading(texts.PERSON_HEADING.format(naam=name))
    linked = family.persons.get(person.slot) if person.slot else None
    if person.slot and not person.relatie:
        person.relatie = family.relation_to_kern(person.slot)
    ze = pronoun(linked.geslacht if linked else None, person.relatie)
    for question in sociogram_vragen().values():
        options = tuple((str(n), ring) for n, ring in enumerate(question.ringen, start=1))
        text = texts.RING_QUESTION.format(vraag=question.vraag, naam=name)
        ring = walk.choice(f"{person.key}.cirkel.{question.naam}", text, options)
        if ring is None:
            continue
        person.rings[question.naam] = int(ring)
        perspective = _PERSPECTIVE.get(question.naam)
        if perspective is not None and int(ring) <= perspective[1]:
            asked = perspective[0].format(wie=name, ze=ze)
            shown = texts.PERSPECTIVE_ASK.format(vraag=asked, wie=name)
            answer = walk.open(f"{person.key}.perspectief.{question.naam}", shown)
            if answer:
                person.note(texts.PERSPECTIVE_NOTE.format(vraag=asked, antwoord=answer))
    options = texts.SUPPORT_OPTIONS
    person.steun = walk.multi(f"{person.key}.steun", texts.SUPPORT.format(naam=name), options) or []
    back = texts.SUPPORT_BACK.format(naam=name)
    person.terug = walk.multi(f"{person.key}.terug", back, options) or []
    contact = texts.CONTACT.format(naam=name)
    person.contact = walk.choice(f"{person.key}.contact", contact, texts.CONTACT_OPTIONS)
    if person.contact != "geen":
        via = texts.VIA.format(naam=name)
        person.via = walk.choice(f"{person.key}.via", via, texts.VIA_OPTIONS)
    rule = texts.CONSENT_RULE.format(regel=consent.rule_text(age, kern_name(family)))
    for party in consent.who_decides(age):
        template = texts.CONSENT_YOUNG if party is Partij.JONGERE else texts.CONSENT_PARENTS
        asked = template.format(kern=kern_name(family), naam=name)
        given = walk.choice(
            f"{person.key}.toestemming.{party}", asked, texts.CONSENT_OPTIONS, hint=rule
        )
        if given is not None:
            person.consent[party.value] = given


# question name -> (perspective question, the outermost ring at which it is offered)
_PERSPECTIVE = {"belang": (texts.PERSPECTIVE_PROUD, 1), "helpen": (texts.PERSPECTIVE_HELP, 2)}
