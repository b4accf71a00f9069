"""YAML nodes → model records, by the field table of ``fields.py``, collecting every problem."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from enum import StrEnum
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

from netwerkcli import chars
from netwerkcli.fields import (
    ID_PATTERN,
    RECORDS,
    SUPPORTED_VERSIONS,
    SYNONYMS,
    YES,
    Field,
    Kind,
    normal_choice,
)
from netwerkcli.messages import gezin as texts
from netwerkcli.model import (
    Afspraak,
    Band,
    Datum,
    Gezin,
    Huishouden,
    Kring,
    NetwerkPersoon,
    Partij,
    Persoon,
    Plek,
    Relatie,
    Toestemming,
)
from netwerkcli.sink import Sink, choice_list, echo
from netwerkcli.yamlsafe import MappingNode, Node, ScalarNode, SequenceNode

if TYPE_CHECKING:
    from netwerkcli.content import SociogramVraag

YEAR = re.compile(r"^\d{4}$")
DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
ID = re.compile(ID_PATTERN)
# each record type's fields by key, and the method that reads each kind of value
FIELDS_BY_KEY = {record: {f.key: f for f in fields} for record, fields in RECORDS.items()}
READERS = {kind: f"_{kind.name.lower()}" for kind in Kind}


def plek_of(node: Node) -> Plek:
    return Plek(node.start_mark.line + 1, node.start_mark.column + 1)


T = TypeVar("T")

# plain scalars that YAML (and so an editor with the JSON Schema) reads as 'no value'
NULLS = ("~", "null", "Null", "NULL")


class _Bad(Exception):
    """A value was reported as wrong; the field is left out of the record."""


class RecordReader:
    def __init__(self, sink: Sink) -> None:
        self.sink = sink

    @cached_property
    def _questions(self) -> dict[str, SociogramVraag]:
        """The sociogram questions, looked up once per file, and only for a network's circles
        (a file without ``netwerk``, a genogram, does not load them)."""
        from netwerkcli.content import sociogram_vragen

        return sociogram_vragen()

    # -- the whole file -------------------------------------------------------------------
    def read_gezin(self, root: Node) -> Gezin | None:
        if not isinstance(root, MappingNode):
            self.sink.add(root, texts.TOP_NOT_MAPPING)
            return None
        if not self._version_ok(root):
            return None
        top = self.read_record(root, "gezin")
        if top is None or "gezin" not in top:
            return None
        return Gezin(
            gezin=top["gezin"],
            versie=top["versie"],
            kern=top.get("kern"),
            kern_plek=plek_of(top["_nodes"]["kern"]) if "kern" in top else Plek(),
            peildatum=top["peildatum"].earliest if "peildatum" in top else None,
            personen=tuple(self._persoon(v) for v in top.get("personen", ())),
            relaties=tuple(
                r for v in top.get("relaties", ()) if (r := self._relatie(v)) is not None
            ),
            banden=tuple(b for v in top.get("banden", ()) if (b := self._band(v)) is not None),
            huishoudens=tuple(self._huishouden(v) for v in top.get("huishoudens", ())),
            netwerk=tuple(self._netwerk(v) for v in top.get("netwerk", ())),
            afspraken=tuple(
                a for v in top.get("afspraken", ()) if (a := self._afspraak(v)) is not None
            ),
        )

    def _version_ok(self, root: MappingNode) -> bool:
        for key, value in root.value:
            if isinstance(key, ScalarNode) and key.value == "versie":
                text = value.value if isinstance(value, ScalarNode) else None
                if text is not None and text.isdigit() and int(text) in SUPPORTED_VERSIONS:
                    return True
                versions = choice_list([str(v) for v in SUPPORTED_VERSIONS])
                self.sink.add(
                    value,
                    texts.VERSION_UNSUPPORTED.format(
                        waarde=echo(text) if text is not None else "?", versies=versions
                    ),
                )
                return False
        self.sink.add(root, texts.VERSION_MISSING)
        return False

    # -- one record ---------------------------------------------------------------------------
    def read_record(self, node: Node, record: str) -> dict[str, Any] | None:
        """The record's values by key (wrong values left out, and reported), with ``_plek``."""
        fields = FIELDS_BY_KEY[record]
        if not isinstance(node, MappingNode):
            self.sink.add(node, texts.EXPECTED_MAPPING.format(wat=texts.RECORD_NAMES[record]))
            return None
        values: dict[str, Any] = {"_plek": plek_of(node)}
        seen: dict[str, Node] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, ScalarNode) else None
            if key is None:
                self.sink.add(key_node, texts.KEY_NOT_TEXT)
                continue
            key = str(key)
            if key in seen:
                first = seen[key].start_mark.line + 1
                self.sink.add(key_node, texts.DUPLICATE_KEY.format(sleutel=echo(key), regel=first))
                continue
            seen[key] = key_node
            field = fields.get(key)
            if field is None:
                allowed = ", ".join(fields)
                self.sink.add(
                    key_node,
                    texts.UNKNOWN_KEY.format(
                        sleutel=echo(key),
                        suggestie=self.sink.suggest(key, fields),
                        wat=texts.RECORD_NAMES[record],
                        toegestaan=allowed,
                    ),
                )
                continue
            try:
                values[key] = self._value(field, value_node)
            except _Bad:
                values[f"_bad_{key}"] = True
        for field in fields.values():
            if field.required and field.key not in seen:
                self.sink.add(
                    node,
                    texts.MISSING_KEY.format(sleutel=field.key, wat=texts.RECORD_NAMES[record]),
                )
        values["_nodes"] = seen
        values["_values"] = {str(k.value): v for k, v in node.value if isinstance(k, ScalarNode)}
        values["_raw"] = {
            str(k.value): str(v.value)
            for k, v in node.value
            if isinstance(k, ScalarNode) and isinstance(v, ScalarNode)
        }
        return values

    # -- values -------------------------------------------------------------------------------
    def _value(self, field: Field, node: Node) -> Any:
        parse: Callable[[Field, Node], Any] = getattr(self, READERS[field.kind])
        return parse(field, node)

    def _fail(self, node: Node, text: str) -> _Bad:
        self.sink.add(node, text)
        return _Bad()

    def _scalar(self, field: Field, node: Node) -> str:
        if not isinstance(node, ScalarNode):
            raise self._fail(node, texts.EXPECTED_SCALAR.format(sleutel=field.key))
        return str(node.value)

    def _version(self, field: Field, node: Node) -> int:
        return int(self._scalar(field, node))  # checked by _version_ok before

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
            except _Bad:
                bad = True
        if bad:
            raise _Bad()
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
                except _Bad:
                    bad = True
        if bad:
            raise _Bad()
        return tuple(found)

    def _records(self, field: Field, node: Node) -> list[dict[str, Any]]:
        assert field.record is not None
        if isinstance(node, ScalarNode) and node.value in ("", "~", "null"):
            return []
        if not isinstance(node, SequenceNode):
            raise self._fail(node, texts.EXPECTED_LIST.format(sleutel=field.key))
        records = [self.read_record(item, field.record) for item in node.value]
        return [r for r in records if r is not None]

    # -- building model objects ---------------------------------------------------------------
    @staticmethod
    def _plain(values: dict[str, Any]) -> dict[str, Any]:
        """The record's values by model attribute (``steun-terug`` becomes ``steun_terug``)."""
        return {k.replace("-", "_"): v for k, v in values.items() if not k.startswith("_")}

    def _persoon(self, values: dict[str, Any]) -> Persoon:
        plain = self._plain(values)
        if (
            "naam" not in values
            and not plain.get("zwangerschap")
            and not plain.get("onbekend")
            and "_bad_naam" not in values
        ):
            self.sink.at(values["_plek"], texts.MISSING_NAME.format(id=plain.get("id", "?")))
        if plain.get("eeneiig") and "tweeling" not in plain:
            self.sink.at(values["_plek"], texts.EENEIIG_WITHOUT_TWEELING)
        plain.setdefault("id", echo(values["_raw"].get("id", "?")))  # a bad id still names it
        return Persoon(**plain, plek=values["_plek"])

    def _relatie(self, values: dict[str, Any]) -> Relatie | None:
        plain = self._plain(values)
        if "partners" not in plain or "soort" not in plain:
            return None  # already reported
        partners = plain.pop("partners")
        return Relatie(partners=(partners[0], partners[1]), **plain, plek=values["_plek"])

    def _band(self, values: dict[str, Any]) -> Band | None:
        plain = self._plain(values)
        nodes: dict[str, Node] = values["_nodes"]
        has_tussen = "tussen" in nodes
        has_directed = "van" in nodes or "naar" in nodes
        if has_tussen and has_directed:
            self.sink.at(values["_plek"], texts.BAND_BOTH)
            return None
        if not has_tussen and not ("van" in nodes and "naar" in nodes):
            self.sink.at(values["_plek"], texts.BAND_NEITHER)
            return None
        if "soort" not in plain:
            return None
        if has_tussen:
            if "tussen" not in plain:
                return None
            people = plain["tussen"]
            if plain["soort"].value == "mishandeling":
                self.sink.add(values["_values"]["soort"], texts.ABUSE_UNDIRECTED)
            return Band(
                (people[0], people[1]),
                plain["soort"],
                False,
                plain.get("notitie"),
                plek=values["_plek"],
            )
        if "van" not in plain or "naar" not in plain:
            return None
        return Band(
            (plain["van"], plain["naar"]),
            plain["soort"],
            True,
            plain.get("notitie"),
            plek=values["_plek"],
        )

    def _huishouden(self, values: dict[str, Any]) -> Huishouden:
        plain = self._plain(values)
        return Huishouden(
            naam=plain.get("naam", "?"), leden=plain.get("leden", ()), plek=values["_plek"]
        )

    def _afspraak(self, values: dict[str, Any]) -> Afspraak | None:
        plain = self._plain(values)
        if "steun" not in plain or "wat" not in plain:
            return None  # already reported
        if ("wie" in values["_nodes"]) == ("professional" in values["_nodes"]):
            self.sink.at(values["_plek"], texts.AGREEMENT_WHO)
        return Afspraak(**plain, plek=values["_plek"])

    def _netwerk(self, values: dict[str, Any]) -> NetwerkPersoon:
        plain = self._plain(values)
        if isinstance(plain.get("toestemming"), tuple):  # per party; the loader combines them
            plain["toestemming_van"] = plain.pop("toestemming")
        plain.setdefault("id", echo(values["_raw"].get("id", "?")))
        plain.setdefault("kring", Kring.ANDERS)  # only when `kring` was reported already
        plain.setdefault("cirkel", ())
        return NetwerkPersoon(**plain, plek=values["_plek"])


def id_from_name(text: str) -> str:
    """An id in the right form made from what was written: 'Tante Amal' -> 'tante-amal'."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()
    slug = re.sub(r"[^a-z0-9]+", "-", plain).strip("-")
    if not slug or not slug[0].isalpha():
        slug = "p-" + slug if slug else "persoon-1"
    return slug
