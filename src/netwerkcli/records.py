"""YAML nodes → model records, by the field table of ``fields.py``, collecting every problem.

``RecordReader`` reads each record (known keys, each once, the required ones present) and builds
the model's objects from them; each field's value is read by ``fieldvalues.ValueReader``.
"""

from __future__ import annotations

from typing import Any

from netwerkcli.fields import RECORDS, SUPPORTED_VERSIONS, Field
from netwerkcli.fieldvalues import BadValue, ValueReader
from netwerkcli.messages import gezin as texts
from netwerkcli.model import (
    Afspraak,
    Band,
    Gezin,
    Huishouden,
    Kring,
    NetwerkPersoon,
    Persoon,
    Plek,
    Relatie,
)
from netwerkcli.sink import choice_list, echo
from netwerkcli.yamlsafe import MappingNode, Node, ScalarNode, SequenceNode

# each record type's fields by key
FIELDS_BY_KEY = {record: {f.key: f for f in fields} for record, fields in RECORDS.items()}


def plek_of(node: Node) -> Plek:
    return Plek(node.start_mark.line + 1, node.start_mark.column + 1)


class RecordReader(ValueReader):
    """A whole family file read into a ``Gezin``: its records, each field's value read by
    ``ValueReader``, then built into model objects."""

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
            except BadValue:
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
