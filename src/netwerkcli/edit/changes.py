"""Changes to one record of a family file, as text in, text out (no I/O here).

Each change finds its record with the YAML composer, splices the new text in (``yamltext``) and
leaves the rest of the text as it was. Whether the result is a valid family file is decided by
the caller with the same loader as ``netwerk check``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from netwerkcli.edit import yamltext
from netwerkcli.errors import NetwerkError
from netwerkcli.fields import RECORDS
from netwerkcli.messages import bewerk as texts

SECTIONS = {
    "persoon": "personen",
    "relatie": "relaties",
    "band": "banden",
    "huishouden": "huishoudens",
    "netwerk": "netwerk",
    "afspraak": "afspraken",
}
TOP_ORDER = [f.key for f in RECORDS["gezin"]]
NESTED = ("cirkel", "toestemming")  # mappings whose keys can be set one by one

Match = Callable[[dict[str, Any]], bool]


def order(record: str) -> list[str]:
    return [f.key for f in RECORDS[record]]


def plain(node: Node) -> Any:
    """A node as plain Python text values: to find records and read lists of ids."""
    if isinstance(node, MappingNode):
        return {str(k.value): plain(v) for k, v in node.value}
    if isinstance(node, SequenceNode):
        return [plain(item) for item in node.value]
    return str(node.value).strip()


def id_list(value: Any) -> list[str]:
    """``ouders: sanne`` and ``ouders: [sanne, mark]`` as a list of ids."""
    if isinstance(value, list):
        return [str(v) for v in value]
    return [str(value)] if value not in (None, "") else []


@dataclass(frozen=True)
class Found:
    """A record in a list: its place, so it can be found again after a change elsewhere."""

    section: str
    index: int
    line: int  # 1-based, for messages


def items(text: str, section: str) -> tuple[MappingNode, Node | None, list[Node]]:
    root = yamltext.compose(text)
    found = yamltext.key_value(root, section)
    if found is None or not isinstance(found[1], SequenceNode):
        return root, None, []
    return root, found[0], list(found[1].value)


def find(text: str, record: str, match: Match) -> list[Found]:
    section = SECTIONS[record]
    _, _, nodes = items(text, section)
    return [
        Found(section, index, node.start_mark.line + 1)
        for index, node in enumerate(nodes)
        if isinstance(node, MappingNode) and match(plain(node))
    ]


def node_of(text: str, found: Found) -> MappingNode:
    _, _, nodes = items(text, found.section)
    node = nodes[found.index]
    assert isinstance(node, MappingNode)
    return node


def add(text: str, record: str, values: Mapping[str, Any]) -> str:
    """A new record at the end of its list, with its keys in the order of the field table."""
    rank = {key: i for i, key in enumerate(order(record))}
    ordered = dict(sorted(values.items(), key=lambda kv: rank.get(kv[0], len(rank))))
    root = yamltext.compose(text)
    return yamltext.append_item(text, root, SECTIONS[record], ordered, TOP_ORDER)


def change(
    text: str, record: str, found: Found, values: Mapping[str, Any], clear: tuple[str, ...] = ()
) -> str:
    """Set ``values`` and remove the keys in ``clear`` of one record, key by key."""
    keys = order(record)
    for key, value in values.items():
        node = node_of(text, found)
        existing = yamltext.key_value(node, key)
        if (
            key in NESTED
            and isinstance(value, Mapping)
            and existing is not None
            and isinstance(existing[1], MappingNode)
        ):
            text = _change_nested(text, found, key, value)
            continue
        text = yamltext.set_key(text, node, key, yamltext.flow(value), keys)
    for key in clear:
        node = node_of(text, found)
        if yamltext.key_value(node, key) is None:
            raise NetwerkError(texts.NOTHING_TO_CLEAR.format(sleutel=key))
        text = yamltext.delete_key(text, node, key)
    return text


def _change_nested(text: str, found: Found, key: str, values: Mapping[str, Any]) -> str:
    for sub_key, sub_value in values.items():
        outer = yamltext.key_value(node_of(text, found), key)
        assert outer is not None and isinstance(outer[1], MappingNode)
        inner_order = [str(k.value) for k, _ in outer[1].value]
        text = yamltext.set_key(text, outer[1], sub_key, yamltext.flow(sub_value), inner_order)
    return text


def remove(text: str, found: Found) -> str:
    root = yamltext.compose(text)
    section = yamltext.key_value(root, found.section)
    assert section is not None and isinstance(section[1], SequenceNode)
    return yamltext.remove_item(text, section[0], section[1], found.index)


def delete_top(text: str, key: str) -> str:
    root = yamltext.compose(text)
    return yamltext.delete_key(text, root, key)


def first_key_scalar(node: MappingNode, key: str) -> ScalarNode | None:
    found = yamltext.key_value(node, key)
    return found[1] if found is not None and isinstance(found[1], ScalarNode) else None
