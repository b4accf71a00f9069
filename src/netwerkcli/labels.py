"""Every label a drawing shows about a person, produced in one place.

Drawings ask this module for names, ages, years and places and never read them from the model
themselves, so that pseudonymised output (role labels instead of names) is a change here only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from netwerkcli.model import Gezin, Huishouden, NetwerkPersoon, Persoon, Zwangerschap

PREGNANCY_LABELS = {
    Zwangerschap.ZWANGER: "zwanger",
    Zwangerschap.MISKRAAM: "miskraam",
    Zwangerschap.ABORTUS: "abortus",
    Zwangerschap.DOODGEBOREN: "doodgeboren",
}


@dataclass(frozen=True, eq=False, repr=False)
class Labels:
    """The texts a drawing shows for a family: names, ages, years and the title."""

    gezin: Gezin
    today: dt.date | None = None
    note: str = ""  # a line under the title (what a drawing leaves out)

    @property
    def peildatum(self) -> dt.date:
        return self.gezin.datum(self.today)

    def title(self) -> str:
        return self.gezin.gezin

    def name(self, person: Persoon) -> str:
        if person.naam:
            return person.naam
        if person.zwangerschap is not None:
            return PREGNANCY_LABELS[person.zwangerschap]
        return "?"

    def network_name(self, placed: NetwerkPersoon) -> str:
        return self.gezin.weergavenaam(placed)

    def age(self, person: Persoon) -> str:
        age = person.leeftijd(self.peildatum)
        return "" if age is None else str(age)

    def years(self, person: Persoon) -> str:
        """'1955–2019'; '1955–?' when the year of death is unknown (a bare '1955–' would read as
        alive); '1955' alive; '' if nothing is known."""
        born = str(person.geboren.jaar) if person.geboren else ""
        if person.sterfdatum is not None:
            return f"{born}–{person.sterfdatum.jaar}"
        if person.is_overleden and born:
            return f"{born}–?"
        return born

    def place(self, person: Persoon) -> str:
        return person.buitenland or ""

    def network_place(self, placed: NetwerkPersoon) -> str:
        if placed.buitenland:
            return placed.buitenland
        person = self.gezin.persoon(placed.id)
        return (person.buitenland or "") if person else ""

    def household(self, household: Huishouden) -> str:
        return household.naam
