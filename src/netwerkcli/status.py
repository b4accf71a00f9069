"""Where a family stands on the four steps of working with its network (seed 001).

1. map the network together (genogram of three generations, sociogram for the three questions),
2. agree what support people give (agreements, with consent; support both ways),
3. keep the network involved during the help (agreements evaluated, none expired),
4. make it last after the help stops (agreements that continue).

Each step says what is done, what is missing and, where useful, a tip. Library only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from netwerkcli.content import sociogram_vragen
from netwerkcli.labels import Labels
from netwerkcli.messages import plan as texts
from netwerkcli.model import Contact, Gezin, Persoon
from netwerkcli.plan import Plan, Regel, Signaal, make_plan

STANDARD_QUESTIONS = ("belang", "helpen", "weten")  # seed 002: the three sociogram questions
NAMES_SHOWN = 8  # longer lists end in '… (en N meer)'


class Stand(StrEnum):
    KLAAR = "klaar"
    BEZIG = "bezig"
    OPEN = "open"

    @property
    def tekst(self) -> str:
        return texts.STAND[self.value]


@dataclass(frozen=True)
class Stap:
    nummer: int
    stand: Stand
    gedaan: tuple[str, ...]
    ontbreekt: tuple[str, ...]
    tips: tuple[str, ...] = ()

    @property
    def titel(self) -> str:
        return texts.STEP_TITLES[self.nummer]

    def as_json(self) -> dict[str, Any]:
        return {
            "nummer": self.nummer,
            "titel": self.titel,
            "stand": self.stand.value,
            "gedaan": list(self.gedaan),
            "ontbreekt": list(self.ontbreekt),
            "tips": list(self.tips),
        }


@dataclass(frozen=True)
class Status:
    titel: str
    datum: dt.date
    stappen: tuple[Stap, ...]

    @property
    def huidige_stap(self) -> int | None:
        """The first step not done yet; None when all four are done."""
        for stap in self.stappen:
            if stap.stand is not Stand.KLAAR:
                return stap.nummer
        return None

    @property
    def summary(self) -> str:
        """'Het gezin staat bij stap 2: …', or that all four steps are done."""
        current = self.huidige_stap
        if current is None:
            return texts.ALL_DONE
        return texts.CURRENT_STEP.format(nummer=current, titel=texts.STEP_TITLES[current])

    def as_json(self) -> dict[str, Any]:
        return {
            "gezin": self.titel,
            "datum": self.datum.isoformat(),
            "huidige_stap": self.huidige_stap,
            "stappen": [s.as_json() for s in self.stappen],
        }


def names(items: list[str]) -> str:
    """'A, B en C'; a long list is cut: 'A, B, … (en 5 meer)'."""
    items = list(dict.fromkeys(items))
    if len(items) > NAMES_SHOWN:
        rest = len(items) - NAMES_SHOWN + 1
        return ", ".join(items[: NAMES_SHOWN - 1]) + f" (en {rest} meer)"
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " en " + items[-1]


def _stand(gedaan: list[str], ontbreekt: list[str]) -> Stand:
    if not ontbreekt:
        return Stand.KLAAR
    return Stand.BEZIG if gedaan else Stand.OPEN


def family_status(gezin: Gezin, today: dt.date | None = None) -> Status:
    labels = Labels(gezin, today)
    plan = make_plan(gezin, today)
    steps = (
        _step1(gezin, labels),
        _step2(gezin, labels, plan),
        _step3(gezin, labels, plan),
        _step4(plan),
    )
    return Status(labels.title(), gezin.datum(today), steps)


# -- step 1 -----------------------------------------------------------------------------------
def _step1(gezin: Gezin, labels: Labels) -> Stap:
    gedaan: list[str] = []
    ontbreekt: list[str] = []
    _generations(gezin, labels, gedaan, ontbreekt)
    relatives = [p for p in gezin.personen if p.zwangerschap is None and not p.onbekend]
    unknown_age = [labels.name(p) for p in relatives if p.geboren is None]
    if unknown_age:
        ontbreekt.append(texts.AGES_MISSING.format(namen=names(unknown_age)))
    elif relatives:
        gedaan.append(texts.AGES_KNOWN.format(aantal=len(relatives)))
    _sociogram(gezin, labels, gedaan, ontbreekt)
    return Stap(1, _stand(gedaan, ontbreekt), tuple(gedaan), tuple(ontbreekt))


def _parents(gezin: Gezin, person: Persoon) -> list[Persoon]:
    ids = dict.fromkeys((*person.ouders, *person.adoptieouders, *person.pleegouders))
    return [p for id in ids if (p := gezin.persoon(id)) is not None]


def _generations(gezin: Gezin, labels: Labels, gedaan: list[str], ontbreekt: list[str]) -> None:
    kern = gezin.persoon(gezin.kern) if gezin.kern else None
    if kern is None:
        ontbreekt.append(texts.NO_KERN)
        return
    parents = _parents(gezin, kern)
    gaps = []
    if not parents:
        gaps.append(texts.NO_PARENTS.format(naam=labels.name(kern)))
    elif len(parents) == 1:
        gaps.append(texts.ONE_PARENT.format(naam=labels.name(kern)))
    grandparents = 0
    for parent in parents:
        theirs = _parents(gezin, parent)
        grandparents += len(theirs)
        if not theirs:
            gaps.append(texts.NO_GRANDPARENTS.format(naam=labels.name(parent)))
        elif len(theirs) == 1:
            gaps.append(texts.ONE_GRANDPARENT.format(naam=labels.name(parent)))
    if parents and grandparents:
        gedaan.append(texts.THREE_GENERATIONS)
    else:
        if parents:
            gedaan.append(texts.TWO_GENERATIONS)
        ontbreekt.append(texts.GENERATIONS_MISSING.format(wat="; ".join(gaps)))
        return
    if gaps:
        ontbreekt.extend(gaps)
    else:
        gedaan.append(texts.GENOGRAM_COMPLETE)


def _sociogram(gezin: Gezin, labels: Labels, gedaan: list[str], ontbreekt: list[str]) -> None:
    if not gezin.netwerk:
        ontbreekt.append(texts.NO_NETWORK)
        return
    known = sociogram_vragen()
    for name in STANDARD_QUESTIONS:
        if name not in known:
            continue
        title = known[name].titel
        missing = [labels.network_name(n) for n in gezin.netwerk if n.ring(name) is None]
        if missing:
            ontbreekt.append(texts.QUESTION_MISSING.format(titel=title, namen=names(missing)))
        else:
            gedaan.append(texts.QUESTION_ANSWERED.format(titel=title, aantal=len(gezin.netwerk)))


# -- step 2 -----------------------------------------------------------------------------------
CONSENT_SIGNALS = (Signaal.GEEN_TOESTEMMING, Signaal.TOESTEMMING_ONTBREEKT)


def _with(rows: tuple[Regel, ...] | list[Regel], *signals: Signaal) -> list[str]:
    return [r.gever for r in rows if set(r.signalen) & set(signals)]


def _step2(gezin: Gezin, labels: Labels, plan: Plan) -> Stap:
    gedaan: list[str] = []
    ontbreekt: list[str] = []
    tips: list[str] = []
    rows = plan.regels
    if rows:
        people = {r.gever for r in rows}
        gedaan.append(texts.AGREEMENTS.format(aantal=len(rows), mensen=len(people)))
        refused = _with(rows, *CONSENT_SIGNALS)
        if refused:
            ontbreekt.append(texts.CONSENT_PROBLEMS.format(namen=names(refused)))
        else:
            gedaan.append(texts.CONSENT_OK)
        nee = _with(rows, Signaal.ZEKER_NIET)
        if nee:
            ontbreekt.append(texts.NEE_RING_PROBLEMS.format(namen=names(nee)))
    else:
        ontbreekt.append(texts.NO_AGREEMENTS_YET)
    giving = [r.gever for r in rows if r.terug]
    giving += [labels.network_name(n) for n in gezin.netwerk if n.steun_terug]
    if giving:
        gedaan.append(texts.BOTH_WAYS.format(namen=names(giving)))
    else:
        ontbreekt.append(texts.NOT_BOTH_WAYS)
    with_agreement = {r.afspraak.wie for r in rows}
    unasked = [
        labels.network_name(n)
        for n in gezin.netwerk
        if n.ring("helpen") == 1 and n.id not in with_agreement
    ]
    if unasked:
        tips.append(texts.MAY_HELP_UNASKED.format(namen=names(unasked)))
    return Stap(2, _stand(gedaan, ontbreekt), tuple(gedaan), tuple(ontbreekt), tuple(tips))


# -- step 3 -----------------------------------------------------------------------------------
def _step3(gezin: Gezin, labels: Labels, plan: Plan) -> Stap:
    rows = plan.regels
    if not rows:
        return Stap(3, Stand.OPEN, (), (texts.NEEDS_AGREEMENTS,))
    gedaan: list[str] = []
    ontbreekt: list[str] = []
    evaluated = [r.afspraak.geevalueerd for r in rows if r.afspraak.geevalueerd is not None]
    if evaluated:
        gedaan.append(texts.LAST_EVALUATION.format(datum=max(evaluated)))
    current = [r for r in rows if Signaal.VERLOPEN not in r.signalen]
    recent = [
        r
        for r in current
        if r.afspraak.geevalueerd is not None and Signaal.NIET_GEEVALUEERD not in r.signalen
    ]
    if recent:
        gedaan.append(texts.EVALUATED_RECENTLY.format(aantal=len(recent), totaal=len(current)))
    ontbreekt += _evaluation_gaps(rows, current, recent)
    contact = _contacts(gezin, labels, rows)
    if contact:
        gedaan.append(texts.CONTACT.format(lijst=names(contact)))
    return Stap(3, _stand(gedaan, ontbreekt), tuple(gedaan), tuple(ontbreekt))


def _evaluation_gaps(
    rows: tuple[Regel, ...], current: list[Regel], recent: list[Regel]
) -> list[str]:
    """Agreements not evaluated for three months, never evaluated, or past their end."""
    gaps = []
    overdue = [r.gever for r in current if r.afspraak.geevalueerd and r not in recent]
    if overdue:
        gaps.append(texts.NEEDS_EVALUATION.format(namen=names(overdue)))
    never = [r.gever for r in current if r.afspraak.geevalueerd is None]
    if never:
        gaps.append(texts.NEVER_EVALUATED_LIST.format(namen=names(never)))
    expired = _with(rows, Signaal.VERLOPEN)
    if expired:
        gaps.append(texts.EXPIRED_LIST.format(namen=names(expired)))
    return gaps


def _contacts(gezin: Gezin, labels: Labels, rows: tuple[Regel, ...]) -> list[str]:
    givers = {r.afspraak.wie for r in rows}
    found = []
    for n in gezin.netwerk:
        if n.id in givers and n.contact is not None:
            how = n.contact.value if n.contact is not Contact.GEEN else "geen contact"
            found.append(f"{labels.network_name(n)} ({how})")
    return found


# -- step 4 -----------------------------------------------------------------------------------
def _step4(plan: Plan) -> Stap:
    rows = plan.regels
    if not rows:
        return Stap(4, Stand.OPEN, (), (texts.NEEDS_AGREEMENTS,))
    lasting = [r for r in rows if r.afspraak.na_de_hulp and Signaal.VERLOPEN not in r.signalen]
    if not lasting:
        return Stap(4, Stand.OPEN, (), (texts.NOTHING_CONTINUES,))
    listed = [f"{r.gever} ({r.afspraak.steun.value})" for r in lasting]
    tips = tuple(
        texts.PROFESSIONAL_CONTINUES.format(naam=r.gever) for r in lasting if r.professional
    )
    return Stap(4, Stand.KLAAR, (texts.CONTINUES.format(lijst=names(listed)),), (), tips)
