"""The JSON Schema and `netwerk check` accept exactly the same spellings (issue 9, item 4).

The editor (yaml-language-server) reads YAML 1.2, where `true` is a boolean and `yes`, `on` and
`2012-03-14` are text; ``yaml12`` reads a document the same way, so the schema is tried on what
the editor would see.
"""

from __future__ import annotations

import re
from typing import Any

import jsonschema
import pytest
import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from netwerkcli.content import sociogram_vragen
from netwerkcli.errors import InvalidFile
from netwerkcli.fields import RECORDS, YES, Kind
from netwerkcli.loader import load_text
from netwerkcli.model import Partij
from netwerkcli.schema import json_schema

VALIDATOR = jsonschema.Draft202012Validator(json_schema())

NULL = re.compile(r"^(?:~|null|Null|NULL|)$")
BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
INT = re.compile(r"^[-+]?[0-9]+$")
FLOAT = re.compile(r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$")


def _yaml12(node: Node) -> Any:
    if isinstance(node, MappingNode):
        return {_yaml12(k): _yaml12(v) for k, v in node.value}
    if isinstance(node, SequenceNode):
        return [_yaml12(item) for item in node.value]
    assert isinstance(node, ScalarNode)
    text = node.value
    if node.style is not None:
        return text
    if NULL.match(text):
        return None
    if BOOL.match(text):
        return text.lower() == "true"
    if INT.match(text):
        return int(text)
    if FLOAT.match(text):
        return float(text)
    return text


def yaml12(text: str) -> Any:
    return _yaml12(yaml.compose(text, Loader=yaml.SafeLoader))


def spellings(word: str) -> list[str]:
    """The ways a person types a word: as is, capitalised, in capitals, quoted with spaces."""
    mixed = "".join(c.upper() if i % 2 else c for i, c in enumerate(word))
    forms = dict.fromkeys([word, word.capitalize(), word.upper(), mixed])
    return [*forms, f"' {word} '", f'"{word.upper()}"']


NETWORK = "netwerk:\n  - {{id: a, naam: A, kring: buurt, cirkel: {{belang: 1}}, {key}: {value}}}\n"
PERSON = "personen:\n  - {{id: a, naam: A, tweeling: t, {key}: {value}}}\n"
HEAD = "versie: 1\ngezin: Test\n"


def documents() -> list[tuple[str, str]]:
    """(label, file text) for every accepted spelling of every closed vocabulary of the format."""
    cases = []
    for record, template in (("persoon", PERSON), ("netwerk", NETWORK)):
        for field in RECORDS[record]:
            words: list[str] = []
            if field.kind in (Kind.CHOICE, Kind.CHOICES, Kind.CONSENT):
                assert field.choices is not None
                words = [c.value for c in field.choices]
            elif field.kind is Kind.YES:
                words = list(YES)
            elif field.kind is Kind.DATE_OR_YES:
                words = [w for w, value in YES.items() if value] + ["2019", "2019-5-2"]
            for word in words:
                for spelled in spellings(word):
                    text = HEAD + template.format(key=field.key, value=spelled)
                    if field.key == "kring":  # the template's own kring gives way
                        text = text.replace("kring: buurt, ", "")
                    cases.append((f"{field.key}: {spelled}", text))
    for name, question in sociogram_vragen().items():
        for ring in ["1", "2", "3", *question.ringen]:
            for spelled in spellings(ring):
                value = f"{{{name}: {spelled}}}"
                text = HEAD + NETWORK.replace("cirkel: {{belang: 1}}, ", "").format(
                    key="cirkel", value=value
                )
                cases.append((f"cirkel {name}: {spelled}", text))
    for party in Partij:
        for spelled in spellings("nee"):
            value = f"{{{party}: {spelled}, {next(p for p in Partij if p != party)}: ja}}"
            text = HEAD + NETWORK.format(key="toestemming", value=value)
            cases.append((f"toestemming {value}", text))
    return cases


@pytest.mark.parametrize(("label", "text"), documents(), ids=[c[0] for c in documents()])
def test_every_accepted_spelling_passes_check_and_the_schema(label: str, text: str) -> None:
    load_text(text, "gezin.yaml")  # raises on an error
    errors = [e.message for e in VALIDATOR.iter_errors(yaml12(text))]
    assert errors == [], (label, errors)


def test_the_issue_examples_m_and_nee() -> None:
    text = (
        HEAD
        + "personen:\n  - {id: a, naam: A, geslacht: M}\n"
        + NETWORK.format(key="toestemming", value="Nee").replace("id: a", "id: b")
    )
    load_text(text, "gezin.yaml")
    assert list(VALIDATOR.iter_errors(yaml12(text))) == []


REFUSED = [
    HEAD + PERSON.format(key="geslacht", value="vrouw"),
    HEAD + PERSON.format(key="eeneiig", value="on"),
    HEAD + PERSON.format(key="overleden", value="nee"),
    HEAD + PERSON.format(key="geboren", value="14-03-2012"),
    HEAD + PERSON.format(key="naam", value="null"),
    HEAD + NETWORK.format(key="via", value="whatsapp"),
    HEAD + NETWORK.format(key="toestemming", value="{Ouders: ja}"),
    HEAD + NETWORK.format(key="toestemming", value="{vader: ja}"),
    HEAD + NETWORK.format(key="steun", value="[praktisch, geld]"),
    HEAD + NETWORK.replace("belang: 1", "helpen: zeker  niet").format(key="via", value="post"),
]


@pytest.mark.parametrize("text", REFUSED)
def test_what_check_refuses_the_schema_refuses(text: str) -> None:
    with pytest.raises(InvalidFile):
        load_text(text, "gezin.yaml")
    assert list(VALIDATOR.iter_errors(yaml12(text)))
