"""The family plan: the agreements of a family file, who they are with, and what needs attention.

Library only (no printing): ``make_plan`` gives rows with display names and signals; the
terminal table, Markdown, HTML and the report all show the same rows. Dates are judged at the
file's ``peildatum`` (or today), like ages.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from netwerkcli import consent, kinship
from netwerkcli.content import sociogram_vragen
from netwerkcli.errors import Ernst, Probleem
from netwerkcli.labels import Labels
from netwerkcli.messages import plan as texts
from netwerkcli.model import Afspraak, Datum, Gezin, Kring, NetwerkPersoon, Steun

EVALUATE_EVERY_MONTHS = 3


class Signaal(StrEnum):
    """What needs attention in one agreement."""

    GEEN_TOESTEMMING = "geen-toestemming"
    TOESTEMMING_ONTBREEKT = "toestemming-ontbreekt"
    ZEKER_NIET = "zeker-niet"
    VERLOPEN = "verlopen"
    NIET_GEEVALUEERD = "niet-geevalueerd"

    @property
    def kort(self) -> str:
        return SHORT[self]


SHORT = {
    Signaal.GEEN_TOESTEMMING: texts.SHORT_REFUSED,
    Signaal.TOESTEMMING_ONTBREEKT: texts.SHORT_MISSING,
    Signaal.ZEKER_NIET: texts.SHORT_NEE_RING,
    Signaal.VERLOPEN: texts.SHORT_EXPIRED,
    Signaal.NIET_GEEVALUEERD: texts.SHORT_NOT_EVALUATED,
}


class Groepering(StrEnum):
    PERSOON = "persoon"
    STEUN = "steun"


@dataclass(frozen=True)
class Melding:
    signaal: Signaal
    tekst: str


@dataclass(frozen=True)
class Regel:
    """One agreement as the plan shows it."""

    afspraak: Afspraak
    gever: str  # the display name of who gives the support
    ontvanger: str  # who receives it: 'het gezin' or a name
    terug: bool  # support the family gives to someone in its network
    professional: bool
    meldingen: tuple[Melding, ...]

    @property
    def signalen(self) -> tuple[Signaal, ...]:
        return tuple(m.signaal for m in self.meldingen)


@dataclass(frozen=True)
class Plan:
    titel: str
    datum: dt.date
    regels: tuple[Regel, ...]

    def groups(self, per: Groepering) -> list[tuple[str, list[Regel]]]:
        """Rows per giver (in the file's order) or per kind of support (in the vocabulary's)."""
        groups: dict[str, list[Regel]] = {}
        if per is Groepering.STEUN:
            for steun in Steun:
                rows = [r for r in self.regels if r.afspraak.steun is steun]
                if rows:
                    groups[steun.value] = rows
            return list(groups.items())
        for row in self.regels:
            heading = texts.GROUP_FAMILY_GIVES.format(naam=row.gever) if row.terug else row.gever
            groups.setdefault(heading, []).append(row)
        return list(groups.items())

    @property
    def with_signals(self) -> list[Regel]:
        return [r for r in self.regels if r.meldingen]

    def warnings(self, bestand: str) -> list[Probleem]:
        """Every signal as ``bestand:regel:kolom: waarschuwing: ...``, in the file's order."""
        return [
            Probleem(
                bestand, r.afspraak.plek.regel, r.afspraak.plek.kolom, m.tekst, Ernst.WAARSCHUWING
            )
            for r in self.regels
            for m in r.meldingen
        ]


def add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def make_plan(gezin: Gezin, today: dt.date | None = None) -> Plan:
    return _Planner(gezin, today).plan()


class _Planner:
    def __init__(self, gezin: Gezin, today: dt.date | None) -> None:
        self.gezin = gezin
        self.today = today
        self.datum = gezin.datum(today)
        self.labels = Labels(gezin, today)
        self.network = {n.id: n for n in gezin.netwerk}
        self.core = kinship.family_core(gezin)
        self.age = consent.kern_age(gezin, today)
        self.needed = consent.who_decides(self.age)
        self.kern_name = self._kern_name()

    def _kern_name(self) -> str:
        person = self.gezin.persoon(self.gezin.kern) if self.gezin.kern else None
        return self.labels.name(person) if person is not None else consent.kern_name(self.gezin)

    def name(self, id: str) -> str:
        placed = self.network.get(id)
        if placed is not None:
            return self.labels.network_name(placed)
        person = self.gezin.persoon(id)
        return self.labels.name(person) if person is not None else id

    def plan(self) -> Plan:
        rows = tuple(self.row(a) for a in self.gezin.afspraken)
        return Plan(self.labels.title(), self.datum, rows)

    def row(self, a: Afspraak) -> Regel:
        gever = a.professional or (self.name(a.wie) if a.wie else "?")
        terug = a.voor is not None and a.voor not in self.core
        ontvanger = self.name(a.voor) if a.voor else texts.FOR_FAMILY
        placed = self.network.get(a.wie) if a.wie else None
        professional = a.professional is not None or (
            placed is not None and placed.kring is Kring.HULPVERLENING
        )
        found = [*self.consent(a, gever, placed), *self.rings(a, gever, placed)]
        found += self.dates(a, gever)
        return Regel(a, gever, ontvanger, terug, professional, tuple(found))

    def consent(self, a: Afspraak, naam: str, placed: NetwerkPersoon | None) -> list[Melding]:
        if a.wie is None or a.wie in self.core:
            return []  # a professional of the help, or the family itself
        steun = a.steun.value
        if placed is None:
            return [
                Melding(
                    Signaal.TOESTEMMING_ONTBREEKT,
                    texts.NOT_IN_NETWORK.format(naam=naam, steun=steun),
                )
            ]
        refused = consent.refused(placed, self.needed)
        if refused:
            wie = consent.parties_text(refused, self.kern_name)
            return [
                Melding(
                    Signaal.GEEN_TOESTEMMING, texts.REFUSED.format(naam=naam, steun=steun, wie=wie)
                )
            ]
        missing = consent.missing(placed, self.needed)
        if missing:
            text = texts.MISSING.format(
                naam=naam,
                steun=steun,
                wie=consent.parties_text(missing, self.kern_name),
                regel=consent.rule_text(self.age, self.kern_name),
            )
            return [Melding(Signaal.TOESTEMMING_ONTBREEKT, text)]
        return []

    def rings(self, a: Afspraak, naam: str, placed: NetwerkPersoon | None) -> list[Melding]:
        if placed is None:
            return []
        found = []
        for name, question in sociogram_vragen().items():
            ring = placed.ring(name)
            if question.nee_ring is not None and ring == question.nee_ring:
                text = texts.NEE_RING.format(
                    naam=naam,
                    steun=a.steun.value,
                    vraag=question.titel,
                    ring=question.ringen[ring - 1],
                )
                found.append(Melding(Signaal.ZEKER_NIET, text))
        return found

    def dates(self, a: Afspraak, naam: str) -> list[Melding]:
        steun = a.steun.value
        if a.tot is not None and a.tot.latest < self.datum:
            return [
                Melding(Signaal.VERLOPEN, texts.EXPIRED.format(naam=naam, steun=steun, tot=a.tot))
            ]
        if a.geevalueerd is not None and self.overdue(a.geevalueerd):
            text = texts.NOT_EVALUATED.format(naam=naam, steun=steun, datum=a.geevalueerd)
            return [Melding(Signaal.NIET_GEEVALUEERD, text)]
        if a.geevalueerd is None and a.van is not None and self.overdue(a.van):
            text = texts.NEVER_EVALUATED.format(naam=naam, steun=steun, datum=a.van)
            return [Melding(Signaal.NIET_GEEVALUEERD, text)]
        return []

    def overdue(self, since: Datum) -> bool:
        return add_months(since.latest, EVALUATE_EVERY_MONTHS) < self.datum
