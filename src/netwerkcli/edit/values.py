"""Values typed on the command line (``--ouders sanne,mark``, ``--cirkel belang=1``) as file values.

Only the form is settled here (a list, a map, a number); whether a value is allowed is decided
by the loader afterwards, so the messages are the same as those of ``netwerk check``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from netwerkcli.errors import NetwerkError
from netwerkcli.fields import RECORDS, Field, Kind, normal_choice
from netwerkcli.messages import bewerk as texts

LIST_KINDS = (Kind.REFS, Kind.CHOICES, Kind.RINGS, Kind.CONSENT)
_SPLIT = re.compile(r"\s*,\s*")


def fields_for(record: str, skip: Sequence[str] = ()) -> list[Field]:
    return [f for f in RECORDS[record] if f.key not in skip]


def _items(given: Sequence[str]) -> list[str]:
    """``['a,b', 'c']`` → ``['a', 'b', 'c']``: commas and repeated options both work."""
    return [item for text in given for item in _SPLIT.split(text.strip()) if item]


def _pairs(field: Field, given: Sequence[str], example: str) -> dict[str, Any]:
    pairs: dict[str, Any] = {}
    for item in _items(given):
        name, sep, value = item.partition("=")
        if not sep or not name.strip() or not value.strip():
            raise NetwerkError(
                texts.BAD_PAIR_VALUE.format(waarde=item, optie=field.key, voorbeeld=example)
            )
        value = value.strip()
        pairs[name.strip()] = int(value) if value in ("1", "2", "3") else normal_choice(value)
    return pairs


def file_value(field: Field, given: str | Sequence[str]) -> Any:
    """The value to write for ``field`` from what was typed."""
    if field.kind in LIST_KINDS:
        assert not isinstance(given, str)
        if field.kind is Kind.RINGS:
            return _pairs(field, given, "belang=1,helpen=2,weten=3")
        if field.kind is Kind.CONSENT:
            if any("=" in item for item in given):
                return _pairs(field, given, "jongere=ja,ouders=nee")
            return normal_choice(given[-1]) if given else ""
        items = _items(given)
        if field.kind is Kind.CHOICES:
            return [normal_choice(item) for item in items]
        return items
    assert isinstance(given, str)
    text = given.strip()
    if field.kind in (Kind.CHOICE, Kind.YES, Kind.DATE_OR_YES):
        return normal_choice(text) if not text[:1].isdigit() else text
    return text
