"""How netwerk loads PyYAML, and its one choice of loader for reading.

``FAST_LOADER`` is libyaml's safe loader when PyYAML was built with it. It gives the same nodes,
with the same lines and columns, as PyYAML's pure-Python safe loader, many times faster. Its
messages differ: a text it refuses is read again by the pure-Python loader (``loader.compose``),
whose messages ``yamlerrors`` explains in Dutch.

Start-up (issue 11): importing PyYAML compiles, in ``yaml/reader.py``, the pattern
``Reader.NON_PRINTABLE``, a character class spanning all of Unicode whose compilation is about
a third of PyYAML's whole import (PyYAML issues #124 and #301). Only the pure-Python reader uses
it; libyaml checks the characters itself. So this module imports PyYAML with that one pattern
standing in as a :class:`LazyPattern`, which compiles it the first time the pure-Python reader
uses it (a file libyaml refused, or a PyYAML without libyaml). Nothing else changes: every other
``re.compile`` goes through untouched, and a PyYAML whose pattern differs from the one below
simply compiles its own at import, as before. Modules on the path of ``netwerk check`` take
PyYAML from here (``tests/test_startup.py`` checks that ``check`` never compiles the pattern).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

# PyYAML's own pattern (yaml/reader.py, the same from 5.1 up to at least 6.0.4)
NON_PRINTABLE = "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"


class LazyPattern:
    """A compiled regular expression that is compiled on first use."""

    def __init__(self, source: str, compile: Callable[[str], re.Pattern[str]]) -> None:
        self.source = source
        self._compile = compile
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> bool:
        return self._compiled is not None

    def __getattr__(self, name: str) -> Any:  # search, match, pattern, ...: the real pattern's
        if self._compiled is None:
            self._compiled = self._compile(self.source)
        return getattr(self._compiled, name)


@contextmanager
def _non_printable_lazily() -> Iterator[None]:
    """While importing PyYAML, ``re.compile(NON_PRINTABLE)`` gives a :class:`LazyPattern`."""
    if "yaml" in sys.modules:  # already imported (and compiled): nothing left to save
        yield
        return
    original = re.compile

    def compile(pattern: Any, flags: Any = 0) -> Any:
        if pattern == NON_PRINTABLE and not flags:
            return LazyPattern(pattern, original)
        return original(pattern, flags)

    re.compile = compile
    try:
        yield
    finally:
        re.compile = original


with _non_printable_lazily():
    import yaml as yaml  # re-exported: the PyYAML of netwerk
    from yaml.nodes import MappingNode as MappingNode
    from yaml.nodes import Node as Node
    from yaml.nodes import ScalarNode as ScalarNode
    from yaml.nodes import SequenceNode as SequenceNode

FAST_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
