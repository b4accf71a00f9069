"""Changing one part of a YAML text and leaving every other byte as it was.

A round-trip library (ruamel.yaml) rewrites the whole document when it saves: in the examples it
loses the aligned columns of every flow mapping (``{id: noor,   naam: Noor, ...}``). So netwerk
does not re-emit the document: it finds the node to change with PyYAML's composer, which knows
where each node starts and ends, and splices new text in at exactly that place.

Values are written in flow style (``[a, b]``, ``{belang: 1}``), quoted only where YAML needs it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

_DATE = re.compile(r"\d{4}(-\d{1,2}-\d{1,2})?")


def scalar(text: str) -> str:
    """``text`` as a YAML scalar that reads back as the same text, in flow or block context."""
    if _DATE.fullmatch(text):
        return text  # years and dates stay as people write them
    if "\n" in text or not text.isprintable():
        dumped = yaml.safe_dump(text, default_style='"', allow_unicode=True, width=10**9)
        return dumped.rstrip("\n")
    dumped = yaml.safe_dump([text], default_flow_style=True, allow_unicode=True, width=10**9)
    value = dumped.strip()[1:-1]
    if value.startswith("'") and "'" in text and '"' not in text and "\\" not in text:
        return '"' + text + '"'  # "Noor's" reads better than 'Noor''s'
    return value


def flow(value: Any) -> str:
    """A Python value (text, number, list, mapping) as one line of flow-style YAML."""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return scalar(value)
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{k}: {flow(v)}" for k, v in value.items()) + "}"
    if isinstance(value, Sequence):
        return "[" + ", ".join(flow(v) for v in value) + "]"
    raise TypeError(type(value).__name__)


# libyaml's composer gives the same marks ten times faster; a text is only composed here after
# the pure-Python loader read it, so its messages and depth limits have already applied.
_FAST = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def compose(text: str) -> MappingNode:
    node = yaml.compose(text, Loader=_FAST)
    assert isinstance(node, MappingNode)  # the caller loaded the file before
    return node


def newline(text: str) -> str:
    return "\r\n" if "\r\n" in text else "\n"


def key_value(mapping: MappingNode, key: str) -> tuple[ScalarNode, Node] | None:
    for key_node, value_node in mapping.value:
        if isinstance(key_node, ScalarNode) and key_node.value == key:
            return key_node, value_node
    return None


def content_end(text: str, node: Node) -> int:
    """Where the node's last character is (after it); block nodes end before trailing lines."""
    if isinstance(node, MappingNode | SequenceNode) and not node.flow_style and node.value:
        last = node.value[-1]
        return content_end(text, last[1] if isinstance(last, tuple) else last)
    end = node.end_mark.index
    while end > node.start_mark.index and text[end - 1] in " \t\r\n":
        end -= 1
    return end


def line_start(text: str, index: int) -> int:
    return text.rfind("\n", 0, index) + 1


def line_end(text: str, index: int) -> int:
    """The end of the line holding ``index``: before its line break (``\\r\\n`` or ``\\n``)."""
    end = text.find("\n", index)
    if end < 0:
        return len(text)
    return end - 1 if end > 0 and text[end - 1] == "\r" else end


def after_line(text: str, index: int) -> int:
    """The start of the next line (or the end of the text)."""
    end = text.find("\n", index)
    return len(text) if end < 0 else end + 1


def splice(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def _colon_after(text: str, key: Node) -> int:
    return text.index(":", key.end_mark.index)


def replace_value(text: str, key: Node, value: Node, new: str) -> str:
    """Put ``new`` (flow YAML) in place of ``value``; a block collection becomes flow."""
    if isinstance(value, MappingNode | SequenceNode) and not value.flow_style and value.value:
        start = _colon_after(text, key) + 1
        return splice(text, start, content_end(text, value), " " + new)
    if isinstance(value, ScalarNode) and value.value == "" and not value.style:
        start = _colon_after(text, key) + 1  # an empty value: the place right after the colon
        return splice(text, start, start, " " + new)
    return splice(text, value.start_mark.index, content_end(text, value), new)


def set_key(text: str, mapping: MappingNode, key: str, new: str, order: Sequence[str]) -> str:
    """Give ``key`` the value ``new`` (flow YAML): replaced in place, or added after the key
    that comes before it in ``order`` (the field table), in the mapping's own style."""
    found = key_value(mapping, key)
    if found is not None:
        return replace_value(text, found[0], found[1], new)
    entry = f"{key}: {new}"
    before = _predecessor(mapping, key, order)
    if mapping.flow_style:
        if not mapping.value:
            start = text.index("{", mapping.start_mark.index) + 1
            return splice(text, start, start, entry)
        if before is None:
            first = mapping.value[0][0].start_mark.index
            return splice(text, first, first, entry + ", ")
        end = content_end(text, before[1])
        return splice(text, end, end, ", " + entry)
    previous = before or mapping.value[-1]
    column = mapping.value[0][0].start_mark.column
    at = line_end(text, content_end(text, previous[1]))
    return splice(text, at, at, newline(text) + " " * column + entry)


def _predecessor(mapping: MappingNode, key: str, order: Sequence[str]) -> tuple[Node, Node] | None:
    rank = {name: i for i, name in enumerate(order)}
    mine = rank.get(key, len(order))
    best = None
    for key_node, value_node in mapping.value:
        theirs = rank.get(str(key_node.value), len(order))
        if theirs < mine:
            best = (key_node, value_node)
    return best


def delete_key(text: str, mapping: MappingNode, key: str) -> str:
    entries = mapping.value
    index = next(i for i, (k, _) in enumerate(entries) if k.value == key)
    key_node, value_node = entries[index]
    if mapping.flow_style:
        if index > 0:
            start = content_end(text, entries[index - 1][1])
            return splice(text, start, content_end(text, value_node), "")
        if len(entries) > 1:
            return splice(text, key_node.start_mark.index, entries[1][0].start_mark.index, "")
        return splice(text, key_node.start_mark.index, content_end(text, value_node), "")
    start = line_start(text, key_node.start_mark.index)
    end = after_line(text, content_end(text, value_node))
    return splice(text, start, end, "")


def block_item(record: Mapping[str, Any], dash: int, flow_item: bool, nl: str) -> str:
    """One list item at dash column ``dash``: ``- {...}`` or block lines under ``- ``."""
    if flow_item:
        return " " * dash + "- " + flow(record)
    lines = [f"{k}: {flow(v)}" for k, v in record.items()]
    return nl.join(
        (" " * dash + "- " if i == 0 else " " * (dash + 2)) + line for i, line in enumerate(lines)
    )


def append_item(
    text: str, root: MappingNode, section: str, record: Mapping[str, Any], order: Sequence[str]
) -> str:
    """Add ``record`` at the end of the list ``section``, in the style of the items before it."""
    nl = newline(text)
    found = key_value(root, section)
    if found is None:
        return _new_section(text, root, section, record, order)
    key, items = found
    if isinstance(items, SequenceNode) and items.value and not items.flow_style:
        last = items.value[-1]
        dash = items.start_mark.column
        flow_item = isinstance(last, MappingNode) and bool(last.flow_style)
        at = line_end(text, content_end(text, last))
        return splice(text, at, at, nl + block_item(record, dash, flow_item, nl))
    if isinstance(items, SequenceNode) and items.value:  # a flow list [ {...}, {...} ]
        at = content_end(text, items.value[-1])
        return splice(text, at, at, ", " + flow(record))
    # no items yet ('netwerk: []' or 'netwerk:'): the first item, as block list under the key
    start = _colon_after(text, key) + 1
    text = splice(text, start, max(start, content_end(text, items)), "")  # drop '[]'
    at = line_end(text, start)  # after a comment on the key's line, if there is one
    return splice(text, at, at, nl + block_item(record, key.start_mark.column + 2, True, nl))


def _new_section(
    text: str, root: MappingNode, section: str, record: Mapping[str, Any], order: Sequence[str]
) -> str:
    nl = newline(text)
    before = _predecessor(root, section, order) or root.value[-1]
    at = line_end(text, content_end(text, before[1]))
    following = text[after_line(text, at) : after_line(text, after_line(text, at))]
    gap = nl if not following.strip() else ""  # keep a blank line between sections, if used
    body = block_item(record, 2, True, nl)
    return splice(text, at, at, f"{nl}{gap}{section}:{nl}{body}")


def remove_item(text: str, key: Node, items: SequenceNode, index: int) -> str:
    """Remove item ``index`` with its lines; an emptied list becomes ``[]``."""
    item = items.value[index]
    if items.flow_style:
        if index > 0:
            start = content_end(text, items.value[index - 1])
            return splice(text, start, content_end(text, item), "")
        if len(items.value) > 1:
            return splice(text, item.start_mark.index, items.value[1].start_mark.index, "")
        return splice(text, item.start_mark.index, content_end(text, item), "")
    if len(items.value) == 1:
        start = _colon_after(text, key) + 1
        return splice(text, start, content_end(text, item), " []")
    start = line_start(text, item.start_mark.index)
    return splice(text, start, after_line(text, content_end(text, item)), "")
