"""The JSON Schema of the family file, made from the same field table the loader uses.

Editors with yaml-language-server validate and complete ``gezin.yaml`` with it while typing::

    # yaml-language-server: $schema=gezin.schema.json
"""

from __future__ import annotations

import json
from typing import Any

from netwerkcli.content import sociogram_vragen
from netwerkcli.fields import ID_PATTERN, RECORDS, SUPPORTED_VERSIONS, YES, Field, Kind
from netwerkcli.model import Partij

SCHEMA_ID = "https://netwerk.invalid/gezin.schema.json"  # an identifier, never fetched

YEAR = {"type": "integer", "minimum": 1000, "maximum": 9999}
DATE = {"type": "string", "pattern": r"^\s*\d{4}(-\d{1,2}-\d{1,2})?\s*$"}
# free text: any scalar with a visible character (YAML 1.2 reads `12` and `true` as such too)
TEXT = {
    "anyOf": [{"type": "string", "pattern": r"\S"}, {"type": ["number", "boolean"]}],
}


def spelling_pattern(values: list[str]) -> str:
    """A pattern for exactly the spellings ``fields.normal_choice`` accepts for ``values``.

    JSON Schema patterns have no case-insensitive flag, so each ASCII letter becomes ``[mM]``;
    spaces around the value are allowed, as the loader strips them.
    """

    def one(value: str) -> str:
        parts = []
        for char in value:
            if char.isascii() and char.isalpha():
                parts.append(f"[{char.lower()}{char.upper()}]")
            elif char.isalnum() or char in " -_":
                parts.append(char)
            else:
                parts.append("\\" + char)
        return "".join(parts)

    return r"^\s*(?:" + "|".join(one(v) for v in values) + r")\s*$"


def _spelled(values: list[str]) -> dict[str, Any]:
    """The values themselves (for the editor's completion) or any spelling the loader accepts."""
    return {"anyOf": [{"enum": values}, {"type": "string", "pattern": spelling_pattern(values)}]}


def _choice(field: Field) -> dict[str, Any]:
    assert field.choices is not None
    return _spelled([c.value for c in field.choices])


def _id_list(field: Field) -> dict[str, Any]:
    low, high = field.count or (1, 10_000)
    one = {"type": "string", "pattern": ID_PATTERN}
    lst: dict[str, Any] = {"type": "array", "items": one, "minItems": low, "uniqueItems": True}
    if high < 10_000:
        lst["maxItems"] = high
    return {"anyOf": [lst, one]} if low == 1 else lst


def _rings() -> dict[str, Any]:
    properties = {}
    for name, question in sociogram_vragen().items():
        properties[name] = {
            "description": question.vraag,
            "anyOf": [
                {"type": "integer", "enum": [1, 2, 3]},
                _spelled(["1", "2", "3", *question.ringen]),
            ],
        }
    return {"type": "object", "properties": properties, "additionalProperties": False}


def _consent(field: Field) -> dict[str, Any]:
    per_party = {
        "type": "object",
        "properties": {party.value: _choice(field) for party in Partij},
        "additionalProperties": False,
        "minProperties": 1,
    }
    return {"anyOf": [_choice(field), per_party]}


def _yes() -> dict[str, Any]:
    return {"anyOf": [{"type": "boolean"}, _spelled(list(YES))]}


def _field(field: Field) -> dict[str, Any]:
    kind = field.kind
    schema: dict[str, Any]
    if kind is Kind.VERSION:
        schema = {"enum": list(SUPPORTED_VERSIONS)}
    elif kind is Kind.TEXT:
        schema = TEXT
    elif kind in (Kind.ID, Kind.REF):
        schema = {"type": "string", "pattern": ID_PATTERN}
    elif kind is Kind.REFS:
        schema = _id_list(field)
    elif kind is Kind.DATE:
        schema = {"anyOf": [YEAR, DATE]}
    elif kind is Kind.DATE_OR_YES:
        yes = [word for word, value in YES.items() if value]
        schema = {"anyOf": [YEAR, DATE, {"const": True}, _spelled(yes)]}
    elif kind is Kind.CHOICE:
        schema = _choice(field)
    elif kind is Kind.CHOICES:
        schema = {"anyOf": [{"type": "array", "items": _choice(field)}, _choice(field)]}
    elif kind is Kind.CONSENT:
        schema = _consent(field)
    elif kind is Kind.YES:
        schema = _yes()
    elif kind is Kind.RINGS:
        schema = _rings()
    else:
        schema = {"type": "array", "items": {"$ref": f"#/$defs/{field.record}"}}
    return {"description": field.help, **schema}


def _record(name: str) -> dict[str, Any]:
    fields = RECORDS[name]
    schema: dict[str, Any] = {
        "type": "object",
        "properties": {f.key: _field(f) for f in fields},
        "required": [f.key for f in fields if f.required],
        "additionalProperties": False,
    }
    if name == "band":  # either undirected (tussen) or directed (van + naar)
        schema["oneOf"] = [{"required": ["tussen"]}, {"required": ["van", "naar"]}]
    if name == "afspraak":  # one giver: a person of the file, or a professional by function
        schema["oneOf"] = [{"required": ["wie"]}, {"required": ["professional"]}]
    if name == "persoon":  # a name is needed unless a pregnancy or an unknown person
        schema["anyOf"] = [
            {"required": ["naam"]},
            {"required": ["zwangerschap"]},
            {"required": ["onbekend"], "properties": {"onbekend": _yes_only()}},
        ]
    return schema


def _yes_only() -> dict[str, Any]:
    return {"anyOf": [{"const": True}, _spelled([w for w, value in YES.items() if value])]}


def json_schema() -> dict[str, Any]:
    top = _record("gezin")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "Gezinsbestand van netwerk (versie 1)",
        "description": "Een gezin: genogram (personen, relaties, banden, huishoudens) en netwerk.",
        **top,
        "$defs": {name: _record(name) for name in RECORDS if name != "gezin"},
    }


def schema_text() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"
