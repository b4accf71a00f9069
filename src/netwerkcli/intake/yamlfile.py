"""The family file the conversation writes: like the examples, one person per line.

People of the genogram and their relations are flow mappings on one line each; network people are
block mappings, so their notes (the answers to the opening and perspective questions) stay
readable. Ids are made from the names; a network person who is someone from the genogram gets
that person's id.
"""

from __future__ import annotations

from typing import Any

from netwerkcli.edit.yamltext import flow, scalar
from netwerkcli.fields import RECORDS
from netwerkcli.fieldvalues import id_from_name
from netwerkcli.intake.family import KERN, Family, fold
from netwerkcli.messages import intake as texts
from netwerkcli.model import Kring

INDENT = "  "


def assign_ids(family: Family) -> dict[str, str]:
    """slot or network key -> the id in the file, unique, made from the name."""
    ids: dict[str, str] = {}
    taken: set[str] = set()

    def unique(name: str, fallback: str) -> str:
        # a name in another script ('عائشة') gives no letters for an id: use the relation
        base = id_from_name(name if any(c.isascii() and c.isalpha() for c in name) else fallback)
        candidate, number = base, 2
        while candidate in taken:
            candidate, number = f"{base}-{number}", number + 1
        taken.add(candidate)
        return candidate

    for slot, person in family.persons.items():
        relation = texts.THE_CHILD if slot == KERN else family.relation_to_kern(slot)
        ids[slot] = unique(person.naam, relation.split(" (")[0])
    for key, member in family.network.items():
        fallback = member.relatie or texts.NETWORK_ID
        ids[key] = ids[member.slot] if member.slot in ids else unique(member.naam, fallback)
    return ids


def _ordered(record: str, values: dict[str, Any]) -> dict[str, Any]:
    """The keys in the field table's order, leaving out what has no value."""
    keys = [f.key for f in RECORDS[record]]
    return {k: values[k] for k in keys if values.get(k) not in (None, [], {}, "")}


def _block_text(key: str, text: str, indent: str) -> str:
    """A note over several lines as a literal block; anything unusual as a quoted scalar."""
    lines = text.splitlines()
    plain = all(line.isprintable() and not line.startswith(" ") for line in lines)
    if len(lines) > 1 and plain:
        body = "\n".join(f"{indent}{INDENT}{line}" if line else "" for line in lines)
        return f"{indent}{key}: |-\n{body}"
    return f"{indent}{key}: {scalar(text)}"


def family_text(family: Family, path: str, finished: bool) -> str:
    ids = assign_ids(family)
    header = texts.FILE_HEADER_DONE if finished else texts.FILE_HEADER_BUSY
    lines = [header.format(pad=path).rstrip("\n"), "versie: 1"]
    lines.append(f"gezin: {scalar(family.gezin or texts.DEFAULT_CASE)}")
    if KERN in family.persons:
        lines.append(f"kern: {ids[KERN]}")
    sections = {
        "personen": [_person(family, slot, ids) for slot in family.persons],
        "relaties": [_couple(c.a, c.b, c.soort, c.van, c.tot, ids) for c in family.couples],
        "banden": [
            flow({"tussen": [ids[a], ids[b]], "soort": soort}) for a, b, soort in family.bonds
        ],
        "huishoudens": [
            flow({"naam": name, "leden": [ids[m] for m in members]})
            for name, members in family.households
        ],
    }
    for section, records in sections.items():
        if records:
            lines += ["", f"{section}:", *(f"{INDENT}- {record}" for record in records)]
    if family.network:
        lines += ["", "netwerk:"]
        for key in family.network:
            lines += _network_person(family, key, ids)
    return "\n".join(lines) + "\n"


def _couple(
    a: str, b: str, soort: str, van: str | None, tot: str | None, ids: dict[str, str]
) -> str:
    values = {"partners": [ids[a], ids[b]], "soort": soort, "van": van, "tot": tot}
    return flow(_ordered("relatie", values))


def _person(family: Family, slot: str, ids: dict[str, str]) -> str:
    person = family.persons[slot]
    values = {
        "id": ids[slot],
        "naam": person.naam,
        "geslacht": person.geslacht,
        "geboren": person.geboren,
        "overleden": person.overleden,
        "ouders": [ids[p] for p in person.ouders if p in ids],
        "buitenland": person.buitenland,
    }
    return flow(_ordered("persoon", values))


def _network_person(family: Family, key: str, ids: dict[str, str]) -> list[str]:
    person = family.network[key]
    own = family.persons.get(person.slot) if person.slot else None
    naam = None if own is not None and fold(own.naam) == fold(person.naam) else person.naam
    values = _ordered(
        "netwerk",
        {
            "id": ids[key],
            "naam": naam,
            "relatie": person.relatie,
            "kring": person.kring or Kring.ANDERS.value,
            "steun": person.steun,
            "steun-terug": person.terug,
            "toestemming": person.consent,
            "contact": person.contact,
            "via": person.via,
        },
    )
    values["cirkel"] = person.rings  # required, also while still empty
    indent = INDENT * 2
    lines: list[str] = []
    for field in (f.key for f in RECORDS["netwerk"]):
        if field in values:
            prefix = f"{INDENT}- " if not lines else indent
            lines.append(f"{prefix}{field}: {flow(values[field])}")
    if person.notes:
        lines.append(_block_text("notitie", "\n".join(person.notes), indent))
    return lines
