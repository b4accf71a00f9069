"""Anonymised output (``--anoniem``): the family with every name replaced by a role.

The drawings, the plan and the report are made from a *pseudonymised family*: a new model built
field by field from a list of what may be kept (safe by construction: a field added to the model
later is left out until someone adds it here, see ``KEPT`` and ``DROPPED``). Ids become role
slugs (ids are written into the SVG), names become roles (:mod:`netwerkcli.kinship`), places,
notes, free texts and the case name are left out, and birth dates keep only their year, moved to
a day that gives the same age at the file's date (so ages and the consent rule stay right).
Because every label then comes from :class:`netwerkcli.labels.Labels` reading this model, the
same file gives the same roles in every drawing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from netwerkcli import kinship
from netwerkcli.messages import anoniem as texts
from netwerkcli.model import (
    Afspraak,
    Band,
    Datum,
    Gezin,
    Huishouden,
    NetwerkPersoon,
    Persoon,
    Relatie,
)

# Per record: the fields copied (with ids mapped), and those left out or replaced on purpose.
KEPT = {
    Persoon: {"geslacht", "eeneiig", "zwangerschap", "onbekend", "plek"},
    Relatie: {"soort", "plek"},
    Band: {"soort", "gericht", "plek"},
    Huishouden: {"plek"},
    NetwerkPersoon: {
        "kring",
        "cirkel",
        "steun",
        "steun_terug",
        "toestemming",
        "toestemming_van",
        "contact",
        "via",
        "plek",
    },
    Afspraak: {"steun", "na_de_hulp", "van", "tot", "geevalueerd", "plek"},
    Gezin: {"versie", "peildatum", "kern_plek"},
}
DROPPED = {
    Persoon: {"id", "naam", "geboren", "overleden", "ouders", "adoptieouders", "pleegouders"}
    | {"donor", "tweeling", "woonplaats", "buitenland", "notitie"},
    Relatie: {"partners", "van", "tot"},
    Band: {"personen", "notitie"},
    Huishouden: {"naam", "leden"},
    NetwerkPersoon: {"id", "naam", "relatie", "buitenland", "notitie"},
    Afspraak: {"wie", "professional", "voor", "wat", "hoe_vaak", "notitie"},
    Gezin: {"gezin", "kern", "personen", "relaties", "banden", "huishoudens", "netwerk"}
    | {"afspraken"},
}


def _copy(record: object, **changes: object) -> dict[str, object]:
    kept = {name: getattr(record, name) for name in KEPT[type(record)]}
    return {**kept, **changes}


def slug(role: str) -> str:
    """'oma (mz) 2' -> 'oma-mz-2': an id made of the role only."""
    text = re.sub(r"[^a-z0-9]+", "-", role.casefold().replace("ö", "o")).strip("-")
    return text if text and text[0].isalpha() else f"p-{text}"


class Pseudonymiser:
    def __init__(self, gezin: Gezin, today: dt.date | None = None) -> None:
        self.gezin = gezin
        self.peildatum = gezin.datum(today)
        self.roles = kinship.roles(gezin)
        self.ids: dict[str, str] = {}
        for id, role in self.roles.items():
            new = slug(role)
            while new in self.ids.values():
                new += "-x"
            self.ids[id] = new

    def id(self, id: str) -> str:
        return self.ids.get(id, "onbekend")

    def many(self, ids: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(self.id(i) for i in ids)

    def gezin_model(self) -> Gezin:
        g = self.gezin
        return Gezin(
            **_copy(g),  # type: ignore[arg-type]
            gezin=texts.TITLE,
            kern=self.id(g.kern) if g.kern else None,
            personen=tuple(self.persoon(p) for p in g.personen),
            relaties=tuple(self.relatie(r) for r in g.relaties),
            banden=tuple(self.band(b) for b in g.banden),
            huishoudens=tuple(self.huishouden(h, i) for i, h in enumerate(g.huishoudens, 1)),
            netwerk=tuple(self.netwerk(n) for n in g.netwerk),
            afspraken=self.afspraken(),
        )

    def persoon(self, p: Persoon) -> Persoon:
        born, died = self.dates(p)
        twins = [q.tweeling for q in self.gezin.personen if q.tweeling]
        return Persoon(
            **_copy(p),  # type: ignore[arg-type]
            id=self.id(p.id),
            naam=None if p.zwangerschap is not None else self.roles[p.id],
            geboren=born,
            overleden=died,
            ouders=self.many(p.ouders),
            adoptieouders=self.many(p.adoptieouders),
            pleegouders=self.many(p.pleegouders),
            donor=self.id(p.donor) if p.donor else None,
            tweeling=f"t{list(dict.fromkeys(twins)).index(p.tweeling) + 1}" if p.tweeling else None,
            buitenland=texts.ABROAD if p.buitenland else None,
        )

    def dates(self, p: Persoon) -> tuple[Datum | None, Datum | bool | None]:
        """Years only, on days that keep the age at the file's date (or at death) the same."""
        died = p.overleden
        year_of_death: Datum | bool | None = Datum(died.jaar) if isinstance(died, Datum) else died
        if p.geboren is None:
            return None, year_of_death
        year = p.geboren.jaar
        births = [p.geboren] if p.geboren.is_year_only else [Datum(year, 1, 1), Datum(year, 12, 31)]
        deaths: list[Datum | bool | None] = [year_of_death]
        if isinstance(died, Datum) and not died.is_year_only:
            deaths = [Datum(died.jaar, 12, 31), Datum(died.jaar, 1, 1)]
        age = p.leeftijd(self.peildatum)
        for death in deaths:
            for born in births:
                if (
                    dataclasses.replace(p, geboren=born, overleden=death).leeftijd(self.peildatum)
                    == age
                ):
                    return born, death
        return births[0], deaths[0]

    def relatie(self, r: Relatie) -> Relatie:
        a, b = self.many(r.partners)
        van = Datum(r.van.jaar) if r.van else None
        tot = Datum(r.tot.jaar) if r.tot else None
        return Relatie(**_copy(r), partners=(a, b), van=van, tot=tot)  # type: ignore[arg-type]

    def band(self, b: Band) -> Band:
        a, c = self.many(b.personen)
        return Band(**_copy(b), personen=(a, c))  # type: ignore[arg-type]

    def huishouden(self, h: Huishouden, number: int) -> Huishouden:
        older = self._older_generation(h.leden)
        if older:
            naam = texts.HOUSEHOLD_OF.format(rollen=texts.AND.join(older[:2]))
        else:
            naam = texts.HOUSEHOLD.format(nummer=number)
        return Huishouden(**_copy(h), naam=naam, leden=self.many(h.leden))  # type: ignore[arg-type]

    def _older_generation(self, members: tuple[str, ...]) -> list[str]:
        """The roles of the members who are no child of the young person's parents."""
        young = {"kind", texts.YOUNG_PERSON}
        roles = [self.roles[m] for m in members if m in self.roles]
        return [r for r in roles if r.split(" ")[0] not in young and " van " not in r]

    def netwerk(self, n: NetwerkPersoon) -> NetwerkPersoon:
        return NetwerkPersoon(
            **_copy(n),  # type: ignore[arg-type]
            id=self.id(n.id),
            naam=self.roles[n.id],
            buitenland=texts.ABROAD if n.buitenland else None,
        )

    def afspraken(self) -> tuple[Afspraak, ...]:
        named = list(dict.fromkeys(a.professional for a in self.gezin.afspraken if a.professional))
        professionals = {
            name: texts.PROFESSIONAL if len(named) == 1 else f"{texts.PROFESSIONAL} {i}"
            for i, name in enumerate(named, start=1)
        }
        return tuple(
            Afspraak(
                **_copy(a),  # type: ignore[arg-type]
                wat=texts.LEFT_OUT,
                wie=self.id(a.wie) if a.wie else None,
                professional=professionals[a.professional] if a.professional else None,
                voor=self.id(a.voor) if a.voor else None,
            )
            for a in self.gezin.afspraken
        )


def pseudonymise(gezin: Gezin, today: dt.date | None = None) -> Gezin:
    """The family as anonymised output shows it: roles for names, no places, notes or case name."""
    return Pseudonymiser(gezin, today).gezin_model()
