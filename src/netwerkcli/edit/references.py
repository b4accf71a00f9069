"""Where a person's id is used elsewhere in the file, and removing a person with those uses.

Removing a person never leaves an id behind that points at no one: either the caller refuses
(and shows these references) or every reference goes with the person.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from yaml.nodes import MappingNode, Node, SequenceNode

from netwerkcli.edit import changes, yamltext
from netwerkcli.messages import bewerk as texts

PARENT_ROLES = {
    "ouders": texts.REF_PARENT,
    "adoptieouders": texts.REF_ADOPTIVE_PARENT,
    "pleegouders": texts.REF_FOSTER_PARENT,
}


@dataclass(frozen=True)
class Reference:
    line: int
    text: str


def _people_names(data: dict[str, Any]) -> dict[str, str]:
    names = {}
    for person in data.get("personen") or []:
        if isinstance(person, dict) and "id" in person:
            names[str(person["id"])] = str(person.get("naam") or person["id"])
    return names


def _section(root: MappingNode, key: str) -> list[Node]:
    found = yamltext.key_value(root, key)
    if found is None or not isinstance(found[1], SequenceNode):
        return []
    return list(found[1].value)


def references(text: str, person: str) -> list[Reference]:
    """Every place other than the person's own record that names ``person``."""
    root = yamltext.compose(text)
    data = changes.plain(root)
    names = _people_names(data)
    found: list[Reference] = []
    kern = yamltext.key_value(root, "kern")
    if kern is not None and str(kern[1].value) == person:
        found.append(Reference(kern[1].start_mark.line + 1, texts.REF_KERN))
    found += _as_parent(root, person, names)
    for section, message in (("relaties", texts.REF_RELATION), ("banden", texts.REF_BOND)):
        for node in _section(root, section):
            record = changes.plain(node)
            ids = _pair(record)
            if person in ids:
                other = next((i for i in ids if i != person), person)
                line = node.start_mark.line + 1
                found.append(Reference(line, message.format(naam=names.get(other, other))))
    for node in _section(root, "huishoudens"):
        record = changes.plain(node)
        if isinstance(record, dict) and person in changes.id_list(record.get("leden")):
            naam = str(record.get("naam", "?"))
            found.append(Reference(node.start_mark.line + 1, texts.REF_HOUSEHOLD.format(naam=naam)))
    for node in _section(root, "netwerk"):
        record = changes.plain(node)
        if isinstance(record, dict) and record.get("id") == person:
            found.append(Reference(node.start_mark.line + 1, texts.REF_NETWORK))
    for node in _section(root, "afspraken"):
        record = changes.plain(node)
        if isinstance(record, dict) and _in_agreement(record, person):
            wat = str(record.get("wat", "?"))[:60]
            found.append(Reference(node.start_mark.line + 1, texts.REF_AGREEMENT.format(wat=wat)))
    return sorted(found, key=lambda r: r.line)


def _as_parent(root: MappingNode, person: str, names: dict[str, str]) -> list[Reference]:
    """The records of the person's children (parent of any kind, or donor)."""
    found: list[Reference] = []
    for node in _section(root, "personen"):
        record = changes.plain(node)
        if not isinstance(record, dict) or record.get("id") == person:
            continue
        child = names.get(str(record.get("id")), str(record.get("id")))
        line = node.start_mark.line + 1
        for key, message in PARENT_ROLES.items():
            if person in changes.id_list(record.get(key)):
                found.append(Reference(line, message.format(naam=child)))
        if record.get("donor") == person:
            found.append(Reference(line, texts.REF_DONOR.format(naam=child)))
    return found


def _in_agreement(record: dict[str, Any], person: str) -> bool:
    """Whether ``person`` gives (wie) or receives (voor) the support of an agreement."""
    return person in (record.get("wie"), record.get("voor"))


def _pair(record: Any) -> list[str]:
    if not isinstance(record, dict):
        return []
    if "partners" in record:
        return changes.id_list(record["partners"])
    if "tussen" in record:
        return changes.id_list(record["tussen"])
    return [str(record[k]) for k in ("van", "naar") if k in record]


def remove_person(text: str, person: str) -> str:
    """Remove the person and every reference to them, one splice at a time."""
    text = _remove_from_lists(text, person)
    for record, match in (
        ("relatie", lambda r: person in _pair(r)),
        ("band", lambda r: person in _pair(r)),
        ("netwerk", lambda r: r.get("id") == person),
        ("afspraak", lambda r: _in_agreement(r, person)),
    ):
        while found := changes.find(text, record, match):
            text = changes.remove(text, found[0])
    root = yamltext.compose(text)
    kern = yamltext.key_value(root, "kern")
    if kern is not None and str(kern[1].value) == person:
        text = changes.delete_top(text, "kern")
    [own] = changes.find(text, "persoon", lambda r: r.get("id") == person)
    return changes.remove(text, own)


def _remove_from_lists(text: str, person: str) -> str:
    """Take the id out of other people's parents and of households (emptied ones go)."""
    for record, keys in (
        ("persoon", ("ouders", "adoptieouders", "pleegouders", "donor")),
        ("huishouden", ("leden",)),
    ):
        for key in keys:
            while found := changes.find(text, record, _names_in(key, person)):
                place = found[0]
                listed = changes.plain(changes.node_of(text, place))[key]
                left = [i for i in changes.id_list(listed) if i != person]
                if left:
                    text = changes.change(text, record, place, {key: left})
                elif record == "huishouden":
                    text = changes.remove(text, place)
                else:
                    text = changes.change(text, record, place, {}, clear=(key,))
    return text


def _names_in(key: str, person: str) -> changes.Match:
    return lambda record: person in changes.id_list(record.get(key))
