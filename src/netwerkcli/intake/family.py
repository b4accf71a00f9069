"""What the conversation has gathered so far: people in slots, couples, households, the network.

A *slot* names a person's place in the family as the conversation asks for it (``kern``,
``ouder1``, ``ouder1.partner2``, ``kind3``, ``ouder2.ouder1``); the file's ids are made from the
names only when the file is written (``yamlfile``), so a corrected name changes nothing else.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from netwerkcli.messages import intake as texts

KERN = "kern"
PARENTS = ("ouder1", "ouder2")


@dataclass
class Person:
    slot: str
    naam: str
    geslacht: str | None = None
    geboren: str | None = None
    overleden: str | None = None  # a year or date, or 'ja' when unknown
    buitenland: str | None = None
    ouders: list[str] = field(default_factory=list)  # slots


@dataclass
class Couple:
    a: str  # slots
    b: str
    soort: str
    van: str | None = None
    tot: str | None = None


@dataclass
class NetPerson:
    key: str
    naam: str
    slot: str | None = None  # the genogram person this is, if any
    relatie: str | None = None
    kring: str | None = None
    rings: dict[str, int] = field(default_factory=dict)
    steun: list[str] = field(default_factory=list)
    terug: list[str] = field(default_factory=list)
    contact: str | None = None
    via: str | None = None
    consent: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def note(self, text: str) -> None:
        if text not in self.notes:
            self.notes.append(text)


@dataclass
class Family:
    gezin: str | None = None
    persons: dict[str, Person] = field(default_factory=dict)
    couples: list[Couple] = field(default_factory=list)
    households: list[tuple[str, list[str]]] = field(default_factory=list)
    bonds: list[tuple[str, str, str]] = field(default_factory=list)
    network: dict[str, NetPerson] = field(default_factory=dict)

    def name(self, slot: str) -> str:
        person = self.persons.get(slot)
        return person.naam if person else slot

    def couple(self, a: str, b: str) -> Couple | None:
        return next((c for c in self.couples if {c.a, c.b} == {a, b}), None)

    def partners_of(self, slot: str) -> list[str]:
        return [c.b if c.a == slot else c.a for c in self.couples if slot in (c.a, c.b)]

    def relation_to_kern(self, slot: str) -> str:
        """What a family member is of the young person: 'moeder', 'oma (kant van Sanne)'."""
        person = self.persons[slot]
        sex = person.geslacht or "x"
        parts = slot.split(".")
        if slot in PARENTS:
            return {"v": texts.REL_MOTHER, "m": texts.REL_FATHER}.get(sex, texts.REL_PARENT)
        if parts[0].startswith("kind"):
            return {"v": texts.REL_SISTER, "m": texts.REL_BROTHER}.get(sex, texts.REL_SIBLING)
        parent = self.name(parts[0])
        if parts[1].startswith("ouder"):
            template = {"v": texts.REL_GRANDMOTHER, "m": texts.REL_GRANDFATHER}.get(
                sex, texts.REL_GRANDPARENT
            )
            return template.format(ouder=parent)
        couple = self.couple(parts[0], slot)
        ended = couple is not None and couple.soort in ("uit-elkaar", "gescheiden")
        return (texts.REL_EX_PARTNER if ended else texts.REL_PARTNER).format(ouder=parent)

    def label(self, slot: str) -> str:
        """A person in a numbered list: 'Joke de Jong, oma (kant van Mark de Jong)'."""
        if slot == KERN:
            return self.name(slot)
        return f"{self.name(slot)}, {self.relation_to_kern(slot)}"

    def household_of(self, slot: str) -> list[str]:
        return next((members for _, members in self.households if slot in members), [])


def fold(text: str) -> str:
    """Lower case without accents, for comparing names: 'Zoë' and 'zoe' are the same."""
    plain = unicodedata.normalize("NFKD", text)
    return "".join(c for c in plain if not unicodedata.combining(c)).casefold().strip()


# words for family members that people put before a name ('oma Jannie', 'tante Amal')
KIN_WORDS = {
    "oma": ("v", "grand"),
    "opa": ("m", "grand"),
    "mama": ("v", "parent"),
    "moeder": ("v", "parent"),
    "papa": ("m", "parent"),
    "vader": ("m", "parent"),
    "zus": ("v", "sibling"),
    "broer": ("m", "sibling"),
}


def candidates(family: Family, name: str) -> list[str]:
    """Genogram people a network person may be: a name word in common, or 'oma' for a grandma."""
    words = fold(name).replace("-", " ").split()
    found = []
    for slot, person in family.persons.items():
        if slot == KERN:
            continue
        their = set(fold(person.naam).replace("-", " ").split())
        if their & {w for w in words if w not in KIN_WORDS}:
            found.append(slot)
            continue
        for word in words:
            sex, kind = KIN_WORDS.get(word, (None, None))
            if kind is not None and _kind(slot) == kind and person.geslacht in (sex, None, "x"):
                found.append(slot)
                break
    return found


def _kind(slot: str) -> str:
    if slot in PARENTS:
        return "parent"
    if slot.startswith("kind"):
        return "sibling"
    if slot.count(".") == 1 and slot.split(".")[1].startswith("ouder"):
        return "grand"
    return "other"


# pronouns for the perspective questions, guessed from the relation when the sex is unknown
_SHE = ("vrouw", "oma", "tante", "moeder", "mama", "zus", "juf", "vriendin", "nicht", "dochter")
_HE = ("man", "opa", "oom", "vader", "papa", "broer", "meester", "vriend", "neef", "zoon")


def pronoun(sex: str | None, relatie: str | None) -> str:
    if sex in ("v", "m"):
        return texts.PRONOUN[sex]
    words = fold(relatie or "")
    for she in _SHE:
        if she in words:
            return texts.PRONOUN["v"]
    for he in _HE:
        if he in words:
            return texts.PRONOUN["m"]
    return texts.PRONOUN["x"]
