"""Reading one field's value from its YAML node, for each ``Kind`` of the field table.

``ValueReader`` has one method a kind (``_text`` for ``Kind.TEXT``, ...; ``READERS`` names them);
each returns the value, or reports the problem to the sink and raises ``BadValue`` so that the
field is left out of its record. Lists of records (``Kind.RECORDS``) are read by its subclass
``records.RecordReader``, which reads the records themselves. ``id_from_name`` makes a value in
the form of an id.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from enum import StrEnum
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

from netwerkcli import chars
from netwerkcli.fields import ID_PATTERN, SYNONYMS, YES, Field, Kind, normal_choice
from netwerkcli.messages import gezin as texts
from netwerkcli.model import Datum, Partij, Toestemming
from netwerkcli.sink import Sink, choice_list, echo
from netwerkcli.yamlsafe import MappingNode, Node, ScalarNode, SequenceNode

if TYPE_CHECKING:
    from netwerkcli.content import SociogramVraag

YEAR = re.compile(r"^\d{4}$")
DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
ID = re.compile(ID_PATTERN)
# the method that reads each kind of value
READERS = {kind: f"_{kind.name.lower()}" for kind in Kind}

T = TypeVar("T")

# plain scalars that YAML (and so an editor with the JSON Schema) reads as 'no value'
NULLS = ("~", "null", "Null", "NULL")


class BadValue(Exception):
    """A value was reported as wrong; the field is left out of the record."""


class ValueReader:
    """The value of each kind of field, read from its node; every problem goes to ``sink``."""

    def __init__(self, sink: Sink) -> None:
        self.sink = sink

    @cached_property
    def _questions(self) -> dict[str, SociogramVraag]:
        """The sociogram questions, looked up once per file, and only for a network's circles
        (a file without ``netwerk``, a genogram, does not load them)."""
        from netwerkcli.content import sociogram_vragen

        return sociogram_vragen()

    # -- values -------------------------------------------------------------------------------
    def _value(self, field: Field, node: Node) -> Any:
        parse: Callable[[Field, Node], Any] = getattr(self, READERS[field.kind])
        return parse(field, node)

    def _fail(self, node: Node, text: str) -> BadValue:
        self.sink.add(node, text)
        return BadValue()

    def _scalar(self, field: Field, node: Node) -> str:
        if not isinstance(node, ScalarNode):
            raise self._fail(node, texts.EXPECTED_SCALAR.format(sleutel=field.key))
        return str(node.value)

    def _version(self, field: Field, node: Node) -> int:
        return int(self._scalar(field, node))  # checked by RecordReader._version_ok before

    def _text(self, field: Field, node: Node) -> str:
        text = self._scalar(field, node).strip()
        if not text or (isinstance(node, ScalarNode) and not node.style and text in NULLS):
            raise self._fail(node, texts.EMPTY_VALUE.format(sleutel=field.key))
        self._bounded(field, node, text)
        return text

    def _bounded(self, field: Field, node: Node, text: str) -> None:
        """Refuse characters that are never data, and a text longer than its field allows."""
        at = chars.first_never(text, lines=field.lines)
        if at is not None:
            char = text[at]
            if char in "\t\n":
                kind = texts.ONE_LINE_TAB if char == "\t" else texts.ONE_LINE_NEWLINE
                raise self._fail(
                    node, texts.ONE_LINE.format(sleutel=field.key, plaats=at + 1, teken=kind)
                )
            raise self._fail(
                node,
                texts.NEVER_CHAR.format(
                    sleutel=field.key, teken=chars.escaped(char), plaats=at + 1
                ),
            )
        if len(text) > field.max_length:
            message = texts.NOTE_TOO_LONG if field.lines else texts.TOO_LONG
            raise self._fail(
                node, message.format(sleutel=field.key, lengte=len(text), max=field.max_length)
            )

    def _id(self, field: Field, node: Node) -> str:
        text = self._scalar(field, node)
        if len(text) > field.max_length:
            raise self._fail(node, texts.ID_TOO_LONG.format(lengte=len(text), max=field.max_length))
        if not ID.match(text):
            raise self._fail(
                node, texts.BAD_ID.format(waarde=echo(text), voorbeeld=echo(id_from_name(text)))
            )
        return text

    def _ref(self, field: Field, node: Node) -> str:
        return self._id(field, node)

    def _refs(self, field: Field, node: Node) -> tuple[str, ...]:
        items = node.value if isinstance(node, SequenceNode) else [node]
        ids = tuple(self._id(field, item) for item in items)
        low, high = field.count or (0, 10_000)
        if not low <= len(ids) <= high:
            raise self._fail(node, texts.COUNT[field.key].format(aantal=len(ids)))
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise self._fail(
                node, texts.DUPLICATE_IN_LIST.format(sleutel=field.key, id=duplicates[0])
            )
        return ids

    def _date(self, field: Field, node: Node, bad_format: str | None = None) -> Datum:
        """A year or a date; ``bad_format`` replaces the message for text that is neither."""
        text = self._scalar(field, node).strip()
        if YEAR.match(text):
            return Datum(int(text))
        match = DATE.match(text)
        if match:
            year, month, day = (int(g) for g in match.groups())
            try:
                dt.date(year, month, day)
            except ValueError:
                raise self._fail(node, texts.IMPOSSIBLE_DATE.format(waarde=echo(text))) from None
            return Datum(year, month, day)
        message = bad_format or texts.BAD_DATE.format(sleutel=field.key, waarde=echo(text))
        raise self._fail(node, message)

    def _date_or_yes(self, field: Field, node: Node) -> Datum | bool:
        text = str(node.value).strip() if isinstance(node, ScalarNode) else ""
        if normal_choice(text) in YES:
            if YES[normal_choice(text)]:
                return True
            raise self._fail(node, texts.OVERLEDEN_NEE)
        return self._date(field, node, texts.BAD_DATE_OR_YES.format(waarde=echo(text)))

    def _choice(self, field: Field, node: Node) -> StrEnum:
        assert field.choices is not None
        text = self._scalar(field, node).strip()
        options = [c.value for c in field.choices]
        if normal_choice(text) in options:
            return field.choices(normal_choice(text))
        hint = SYNONYMS.get(text.casefold())
        suggestion_text = (
            texts.DID_YOU_MEAN.format(optie=hint)
            if hint in options
            else self.sink.suggest(text, options)
        )
        raise self._fail(
            node,
            texts.BAD_CHOICE.format(
                sleutel=field.key,
                waarde=echo(text),
                suggestie=suggestion_text,
                keuzes=choice_list(options),
            ),
        )

    def _choices(self, field: Field, node: Node) -> tuple[StrEnum, ...]:
        items = node.value if isinstance(node, SequenceNode) else [node]
        values = []
        bad = False
        for item in items:
            try:
                values.append(self._choice(field, item))
            except BadValue:
                bad = True
        if bad:
            raise BadValue()
        return tuple(dict.fromkeys(values))

    def _yes(self, field: Field, node: Node) -> bool:
        text = self._scalar(field, node).strip()
        if normal_choice(text) not in YES:
            raise self._fail(node, texts.BAD_YES.format(sleutel=field.key, waarde=echo(text)))
        return YES[normal_choice(text)]

    def _rings(self, field: Field, node: Node) -> tuple[tuple[str, int], ...]:
        questions = self._questions
        if not isinstance(node, MappingNode):
            given = str(node.value).strip() if isinstance(node, ScalarNode) else ""
            shown = [given] * len(questions) if given in ("1", "2", "3") else ["1", "2", "3"]
            example = ", ".join(f"{q}: {r}" for q, r in zip(questions, shown * 9, strict=False))
            raise self._fail(node, texts.RINGS_NOT_MAPPING.format(voorbeeld=f"{{{example}}}"))

        def ring(name: str, value_node: Node) -> int:
            question = questions[name]
            text = str(value_node.value).strip() if isinstance(value_node, ScalarNode) else ""
            number = int(text) if text in ("1", "2", "3") else question.ring_number(text)
            if number is None:
                names = ", ".join(f"'{r}'" for r in question.ringen)
                message = texts.BAD_RING.format(waarde=echo(text) or "?", vraag=name, namen=names)
                raise self._fail(value_node, message)
            return number

        def unknown(name: str) -> str:
            return texts.UNKNOWN_QUESTION.format(
                vraag=echo(name),
                suggestie=self.sink.suggest(name, questions),
                vragen=choice_list(list(questions)),
            )

        return self._keyed(node, list(questions), unknown, ring)

    def _consent(
        self, field: Field, node: Node
    ) -> StrEnum | tuple[tuple[Partij, Toestemming], ...]:
        """One answer (``ja``), or one per party (``{jongere: ja, ouders: onbekend}``)."""
        if not isinstance(node, MappingNode):
            return self._choice(field, node)
        parties = [p.value for p in Partij]

        def unknown(name: str) -> str:
            return texts.UNKNOWN_PARTY.format(
                partij=echo(name),
                suggestie=self.sink.suggest(name, parties),
                partijen=choice_list(parties),
            )

        def answer(name: str, value_node: Node) -> Toestemming:
            return Toestemming(self._choice(field, value_node))

        given = self._keyed(node, parties, unknown, answer)
        if not given:
            raise self._fail(node, texts.CONSENT_EMPTY)
        return tuple((Partij(name), value) for name, value in given)

    def _keyed(
        self,
        node: MappingNode,
        known: list[str],
        unknown: Callable[[str], str],
        value: Callable[[str, Node], T],
    ) -> tuple[tuple[str, T], ...]:
        """A small map of known keys (sociogram questions, parties): each key once, exactly as
        written, each value read by ``value``; every problem reported before giving up."""
        found: list[tuple[str, T]] = []
        bad = False
        for key_node, value_node in node.value:
            name = str(key_node.value) if isinstance(key_node, ScalarNode) else ""
            if name not in known:
                self.sink.add(key_node, unknown(name))
                bad = True
            elif any(name == seen for seen, _ in found):
                line = node.start_mark.line + 1
                self.sink.add(key_node, texts.DUPLICATE_KEY.format(sleutel=echo(name), regel=line))
                bad = True
            else:
                try:
                    found.append((name, value(name, value_node)))
                except BadValue:
                    bad = True
        if bad:
            raise BadValue()
        return tuple(found)


def id_from_name(text: str) -> str:
    """An id in the right form made from what was written: 'Tante Amal' -> 'tante-amal'."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()
    slug = re.sub(r"[^a-z0-9]+", "-", plain).strip("-")
    if not slug or not slug[0].isalpha():
        slug = "p-" + slug if slug else "persoon-1"
    return slug
