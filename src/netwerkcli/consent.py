"""Consent by the young person's age: who decides whether a network person may take part.

Dutch youth care follows the age rule of the WGBO and the Jeugdwet: under 12 the parents decide,
from 12 up to 16 the young person and the parents decide together, from 16 the young person
decides alone. The young person is the family file's ``kern``; their age is taken at the file's
``peildatum`` (or today). Everything that asks, checks or draws consent calls this module.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable

from netwerkcli.messages import toestemming as texts
from netwerkcli.model import Gezin, NetwerkPersoon, Partij, Toestemming

PARENTS_ALONE_BELOW = 12  # younger than this: the parents decide
YOUNG_PERSON_ALONE_FROM = 16  # this age or older: the young person decides


def who_decides(age: int | None) -> tuple[Partij, ...]:
    """The parties whose consent is needed; both when the age is unknown (the careful choice)."""
    if age is None:
        return (Partij.JONGERE, Partij.OUDERS)
    if age < PARENTS_ALONE_BELOW:
        return (Partij.OUDERS,)
    if age < YOUNG_PERSON_ALONE_FROM:
        return (Partij.JONGERE, Partij.OUDERS)
    return (Partij.JONGERE,)


def kern_age(gezin: Gezin, today: dt.date | None = None) -> int | None:
    """The young person's age at the file's date, or None without a kern or a birth date."""
    if gezin.kern is None:
        return None
    person = gezin.persoon(gezin.kern)
    return person.leeftijd(gezin.datum(today)) if person is not None else None


def combined(
    given: Iterable[tuple[Partij, Toestemming]], needed: tuple[Partij, ...]
) -> Toestemming:
    """What the parties together give: nee if one needed party says nee, ja if all say ja."""
    by_party = dict(given)
    answers = [by_party.get(party, Toestemming.ONBEKEND) for party in needed]
    if Toestemming.NEE in answers:
        return Toestemming.NEE
    if all(answer is Toestemming.JA for answer in answers):
        return Toestemming.JA
    return Toestemming.ONBEKEND


def apply(gezin: Gezin, today: dt.date | None = None) -> Gezin:
    """The family with each network person's consent per party turned into the one that counts."""
    if not any(n.toestemming_van for n in gezin.netwerk):
        return gezin
    needed = who_decides(kern_age(gezin, today))
    network = tuple(
        dataclasses.replace(n, toestemming=combined(n.toestemming_van, needed))
        if n.toestemming_van
        else n
        for n in gezin.netwerk
    )
    return dataclasses.replace(gezin, netwerk=network)


def missing(person: NetwerkPersoon, needed: tuple[Partij, ...]) -> tuple[Partij, ...]:
    """The needed parties that have not (yet) said ja; all of them for a single value not ja."""
    if not person.toestemming_van:
        return () if person.toestemming is Toestemming.JA else needed
    given = dict(person.toestemming_van)
    return tuple(p for p in needed if given.get(p) is not Toestemming.JA)


def refused(person: NetwerkPersoon, needed: tuple[Partij, ...]) -> tuple[Partij, ...]:
    """The needed parties that said nee; all of them for a single value nee."""
    if not person.toestemming_van:
        return needed if person.toestemming is Toestemming.NEE else ()
    given = dict(person.toestemming_van)
    return tuple(p for p in needed if given.get(p) is Toestemming.NEE)


def parties_text(parties: tuple[Partij, ...], kern_name: str) -> str:
    """'Noor', 'de ouders' or 'Noor en de ouders'."""
    names = [kern_name if p is Partij.JONGERE else texts.THE_PARENTS for p in parties]
    return " en ".join(names)


def kern_name(gezin: Gezin) -> str:
    person = gezin.persoon(gezin.kern) if gezin.kern else None
    return (person.naam if person and person.naam else None) or texts.THE_YOUNG_PERSON


def rule_text(age: int | None, name: str) -> str:
    """One line saying who decides and why, for the legend, the text view and the intake."""
    needed = who_decides(age)
    who = parties_text(needed, name)
    if age is None:
        return texts.RULE_AGE_UNKNOWN.format(naam=name, wie=who)
    if needed == (Partij.OUDERS,):
        return texts.RULE_PARENTS.format(naam=name, leeftijd=age)
    if needed == (Partij.JONGERE,):
        return texts.RULE_YOUNG_PERSON.format(naam=name, leeftijd=age)
    return texts.RULE_TOGETHER.format(naam=name, leeftijd=age)


def short_rule_text(age: int | None) -> str:
    """Who decides, short enough for a drawing's legend."""
    needed = who_decides(age)
    if age is None:
        return texts.SHORT_AGE_UNKNOWN
    if needed == (Partij.OUDERS,):
        return texts.SHORT_PARENTS.format(leeftijd=age)
    if needed == (Partij.JONGERE,):
        return texts.SHORT_YOUNG_PERSON.format(leeftijd=age)
    return texts.SHORT_TOGETHER.format(leeftijd=age)
