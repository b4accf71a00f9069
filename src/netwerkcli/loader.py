"""Reading a family file: bytes → YAML nodes (with line and column) → the model.

Safe YAML only (the node composer of ``SafeLoader``; no Python objects are ever built), duplicate
keys refused, ``versie`` checked first, size limited before and after alias expansion. Every
problem is collected; the file is either loaded whole or refused with all its problems.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from netwerkcli import checks, consent
from netwerkcli.chars import escaped
from netwerkcli.collector import collector_paused
from netwerkcli.errors import InvalidFile, Probleem
from netwerkcli.messages import gezin as texts
from netwerkcli.model import Gezin
from netwerkcli.records import RecordReader
from netwerkcli.sink import Sink
from netwerkcli.yamlsafe import FAST_LOADER, MappingNode, Node, ScalarNode, SequenceNode, yaml

MAX_BYTES = 5 * 1024 * 1024
# Up to this size a text libyaml refuses is read again by the pure-Python loader, for its
# messages and the causes yamlerrors finds above the error; a larger one (no hand-made family
# file is) gets libyaml's message at once, instead of a wait of many seconds.
EXPLAIN_SLOWLY = 256 * 1024


@dataclass(frozen=True)
class Loaded:
    """A family file that loaded: the family, and the warnings about the file."""

    gezin: Gezin
    warnings: list[Probleem]


def load_file(path: Path, today: dt.date | None = None) -> Loaded:
    """Load and check ``path``; raise :class:`InvalidFile` with every problem if it has errors."""
    name = str(path)
    text = read_text(path)
    return load_text(text, name, today)


def load_text(text: str, name: str = "gezin.yaml", today: dt.date | None = None) -> Loaded:
    with collector_paused():  # see netwerkcli.collector
        return _load_text(text, name, today)


def _load_text(text: str, name: str, today: dt.date | None) -> Loaded:
    sink = Sink(name)
    root = compose(text, sink)
    gezin = None
    # without an alias (`*naam`) nothing is expanded: the nodes are no bigger than the file
    if root is not None and ("*" not in text or _expanded_size_ok(root, sink)):
        gezin = RecordReader(sink).read_gezin(root)
    if gezin is not None:  # also after value errors: report every problem at once
        gezin = consent.apply(gezin, today)
        checks.check(gezin, sink, today)
    if sink.has_errors or gezin is None:
        raise InvalidFile(sink.sorted())
    return Loaded(gezin, sink.sorted())


def _whole_file(name: str, text: str) -> InvalidFile:
    return InvalidFile([Probleem(name, 0, 0, text)])


def read_text(path: Path, max_bytes: int = MAX_BYTES, empty: str = texts.EMPTY) -> str:
    """The file's text, or InvalidFile with a message a person understands.

    Also reads the other YAML files people give netwerk (answers files), with their own size
    limit and their own advice for an empty file.
    """
    name = str(path)
    try:
        if path.is_dir():
            raise _whole_file(name, texts.IS_DIRECTORY)
        size = path.stat().st_size
    except FileNotFoundError:
        raise _whole_file(name, texts.NOT_FOUND) from None
    except PermissionError:
        raise _whole_file(name, texts.NO_ACCESS) from None
    except OSError as exc:
        raise _whole_file(name, texts.UNREADABLE.format(reden=exc.strerror)) from None
    if size > max_bytes:
        mb = 1024 * 1024
        raise _whole_file(name, texts.TOO_LARGE.format(mb=size / mb, max=max_bytes // mb))
    try:
        # at most one byte past the limit: a pipe or a device (`<(cat x)`, /dev/zero) has no
        # size to look at beforehand, and is never read further than that
        with path.open("rb") as stream:
            data = stream.read(max_bytes + 1)
    except PermissionError:
        raise _whole_file(name, texts.NO_ACCESS) from None
    except OSError as exc:
        raise _whole_file(name, texts.UNREADABLE.format(reden=exc.strerror)) from None
    if len(data) > max_bytes:
        raise _whole_file(name, texts.TOO_LARGE_STREAM.format(max=max_bytes // (1024 * 1024)))
    if not data.strip():
        raise _whole_file(name, empty)
    if b"\x00" in data:
        raise _whole_file(name, texts.BINARY)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise InvalidFile([Probleem(name, line, column, texts.NOT_UTF8)]) from None


def compose(text: str, sink: Sink, empty: str = texts.EMPTY) -> Node | None:
    """The YAML node tree, or None after reporting a syntax error in Dutch."""
    if not text.strip() or all(
        not line.strip() or line.lstrip().startswith("#") for line in text.splitlines()
    ):
        sink.whole(empty)
        return None
    try:
        node = yaml.compose(text, Loader=FAST_LOADER)
    except (yaml.YAMLError, RecursionError) as exc:
        if len(text) <= EXPLAIN_SLOWLY:  # read again, for the pure-Python loader's message
            return _compose_slowly(text, sink, empty)
        _report(exc, text, sink, look_back=False)
        return None
    if node is None:
        sink.whole(empty)
    return node


def _compose_slowly(text: str, sink: Sink, empty: str = texts.EMPTY) -> Node | None:
    """The pure-Python composer, for its messages about a text libyaml refused."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except (yaml.YAMLError, RecursionError) as exc:
        _report(exc, text, sink)
        return None
    if node is None:
        sink.whole(empty)
    return node


def _report(exc: Exception, text: str, sink: Sink, look_back: bool = True) -> None:
    """A syntax error in Dutch, at its place; ``look_back`` for the causes found above it."""
    if isinstance(exc, yaml.MarkedYAMLError):
        from netwerkcli import yamlerrors  # only for a file with a mistake

        place = yamlerrors.explain(exc, text, look_back)
        sink.add_at(place.line, place.column, place.text)
    elif isinstance(exc, yaml.reader.ReaderError):
        _raw_character(exc, text, sink)
    elif isinstance(exc, RecursionError):  # thousands of nested [ or {: no family file
        sink.whole(texts.TOO_DEEP)
    else:
        sink.whole(texts.YAML_SYNTAX.format(uitleg=texts.YAML_CHECK_LINE))


def _raw_character(exc: yaml.reader.ReaderError, text: str, sink: Sink) -> None:
    """A character YAML never allows in a file (a control character typed or pasted as it is,
    not written as an escape such as ``"\\x07"``), at its line and column. PyYAML's reader
    gives the place as an index into the text; libyaml's as a count of UTF-8 bytes."""
    if exc.encoding == "unicode":
        before = text[: exc.position]
    else:
        before = text.encode("utf-8")[: exc.position].decode("utf-8", "ignore")
    line = before.count("\n") + 1
    column = len(before) - (before.rfind("\n") + 1) + 1
    character = exc.character if isinstance(exc.character, int) else ord(text[len(before)])
    sink.add_at(line, column, texts.RAW_CHARACTER.format(teken=escaped(chr(character))))


class _AliasLoop(Exception):
    """An alias that contains itself."""


def _expanded_size_ok(root: Node, sink: Sink) -> bool:
    """Refuse alias expansion past the size limit ('billion laughs') and self-referring aliases.

    Aliases share nodes, so the size is computed once per node (memoised): a bomb is refused
    in time proportional to the file, not to its expansion.
    """
    sizes: dict[int, int] = {}
    in_progress: set[int] = set()

    def size(node: Node) -> int:
        key = id(node)
        if key in sizes:
            return sizes[key]
        if key in in_progress:
            raise _AliasLoop
        in_progress.add(key)
        total: int
        if isinstance(node, ScalarNode):
            total = len(str(node.value)) + 1
        elif isinstance(node, SequenceNode):
            total = sum(size(child) for child in node.value) + 1
        elif isinstance(node, MappingNode):
            total = sum(size(k) + size(v) for k, v in node.value) + 1
        else:  # pragma: no cover - the composer makes only these three
            total = 1
        in_progress.discard(key)
        sizes[key] = min(total, MAX_BYTES + 1)
        return sizes[key]

    try:
        if size(root) > MAX_BYTES:
            sink.whole(texts.ALIAS_BOMB)
            return False
    except _AliasLoop:
        sink.whole(texts.ALIAS_LOOP)
        return False
    except RecursionError:
        sink.whole(texts.TOO_DEEP)
        return False
    return True
