"""The JSON Schema of the family file, made from the same field table the loader uses.

Editors with yaml-language-server validate and complete ``gezin.yaml`` with it while typing::

    # yaml-language-server: $schema=gezin.schema.json
"""

from __future__ import annotations

import json
from typing import Any

from netwerkcli.content import sociogram_vragen
from netwerkcli.fields import ID_PATTERN, RECORDS, SUPPORTED_VERSIONS, Field, Kind

SCHEMA_ID = "https://netwerk.invalid/gezin.schema.json"  # an identifier, never fetched

YEAR = {"type": "integer", "minimum": 1000, "maximum": 2999}
DATE = {"type": "string", "pattern": r"^\d{4}(-\d{1,2}-\d{1,2})?$"}


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
                {"type": "string", "enum": ["1", "2", "3", *question.ringen]},
            ],
        }
    return {"type": "object", "properties": properties, "additionalProperties": False}


def _field(field: Field) -> dict[str, Any]:
    kind = field.kind
    schema: dict[str, Any]
    if kind is Kind.VERSION:
        schema = {"enum": list(SUPPORTED_VERSIONS)}
    elif kind is Kind.TEXT:
        schema = {"type": ["string", "number"], "minLength": 1}
    elif kind in (Kind.ID, Kind.REF):
        schema = {"type": "string", "pattern": ID_PATTERN}
    elif kind is Kind.REFS:
        schema = _id_list(field)
    elif kind is Kind.DATE:
        schema = {"anyOf": [YEAR, DATE]}
    elif kind is Kind.DATE_OR_YES:
        schema = {"anyOf": [YEAR, DATE, {"const": "ja"}, {"const": True}]}
    elif kind is Kind.CHOICE:
        assert field.choices is not None
        schema = {"type": "string", "enum": [c.value for c in field.choices]}
    elif kind is Kind.CHOICES:
        assert field.choices is not None
        one = {"type": "string", "enum": [c.value for c in field.choices]}
        schema = {"anyOf": [{"type": "array", "items": one}, one]}
    elif kind is Kind.YES:
        schema = {"enum": ["ja", "nee", True, False]}
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
    if name == "persoon":  # a name is needed unless a pregnancy or an unknown person
        schema["anyOf"] = [
            {"required": ["naam"]},
            {"required": ["zwangerschap"]},
            {"required": ["onbekend"], "properties": {"onbekend": {"enum": ["ja", True]}}},
        ]
    return schema


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
