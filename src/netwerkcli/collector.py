"""Python's cycle collector paused while a command makes a great many long-lived objects.

A large family file becomes hundreds of thousands of small objects at once (nodes, records), and
its drawing as many again (rows, lines, SVG elements). None of them is garbage until the command
ends, yet the collector walks all of them again and again as they are made: a 5 MB file composes
three times faster without it, and a drawing of 1000 people spends a twentieth of its time in it.
Reference counting still frees everything that is not a cycle; the few cycles (an alias that
contains itself) are collected once the collector is back on.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cycle collector off inside the block, back as it was after it."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
