"""The terminal: stdout for data, stderr for messages; the one module that imports rich.

Messages and data are plain lines, written here without rich: rich costs more at start-up than
the rest of a quick command such as ``netwerk check`` or ``netwerk --version``. Rich itself
(``out`` and ``err``, for tables and the like) loads the first time a command uses it.

Both follow the same conventions: colour only on a terminal, never with ``NO_COLOR`` or
``TERM=dumb``, always with ``FORCE_COLOR``. Text is never read as markup, and text from a file
passes :func:`printable` first, so no escape sequence from a file reaches the terminal.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TextIO

from netwerkcli import chars
from netwerkcli.errors import Probleem

if TYPE_CHECKING:
    from rich.console import Console

# Created on first use by __getattr__ below (rich is not imported at start-up).
out: Console
err: Console

# SGR codes of the styles messages use (what rich writes for the same style names).
_STYLES = {"green": "32", "yellow": "33", "red": "31", "bold red": "1;31"}


def data(text: str) -> None:
    """Print data (a result the user may pipe on) to stdout, without markup or colour."""
    _write(sys.stdout, printable(text))


def info(text: str) -> None:
    _write(sys.stderr, printable(text))


def success(text: str) -> None:
    _write(sys.stdout, printable(text), "green")


def warning(text: str) -> None:
    _write(sys.stderr, printable(text), "yellow")


def error(text: str, hint: str | None = None) -> None:
    _write(sys.stderr, printable(text), "bold red")
    if hint:
        _write(sys.stderr, printable(hint))


def problems(items: Iterable[Probleem]) -> None:
    """Print problems one per line, ``bestand:regel:kolom: melding``, errors in red."""
    stream = sys.stderr
    coloured = colour_allowed(stream)
    for p in items:
        # text from the file is in the messages: no escape sequence reaches the terminal
        _write(stream, printable(str(p)), "red" if p.is_fout else "yellow", coloured, flush=False)
    stream.flush()


def tolerant_streams() -> None:
    """stdout and stderr write a character their encoding lacks as ``\\u062d`` instead of
    failing. A terminal or a pipe in UTF-8 never needs it; output sent to a file on Windows gets
    the code page (cp1252), which has no Arabic letter: a name such as 'حداد' would otherwise
    end the command half-way as an internal error. Python's own stderr does the same."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)  # a TextIOWrapper; not a test's capture
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")  # flushes first


def printable(text: str) -> str:
    """Text from a file, safe for the terminal: characters that are never data (``chars.py``:
    escape sequences that move the cursor, retitle the window or hide text) shown as ``\\x1b``
    and the like. Newlines and tabs stay, and so do the joiners and marks that Arabic and
    Persian names need."""
    return chars.NEVER.sub(lambda match: chars.escaped(match.group()), text)


def colour_allowed(stream: TextIO) -> bool:
    """Whether ``stream`` gets colour: a terminal, and neither ``NO_COLOR`` nor ``TERM=dumb``."""
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    if os.environ.get("TERM", "") in ("dumb", "unknown"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def _write(
    stream: TextIO,
    text: str,
    style: str | None = None,
    coloured: bool | None = None,
    flush: bool = True,
) -> None:
    if coloured is None:
        coloured = style is not None and colour_allowed(stream)
    if style is not None and coloured:
        if os.name == "nt":  # older Windows consoles need rich's own way of colouring
            _rich(stream is sys.stderr).print(text, style=style, markup=False, emoji=False)
            return
        code = _STYLES[style]
        text = "\n".join(f"\x1b[{code}m{line}\x1b[0m" if line else "" for line in text.split("\n"))
    stream.write(text + "\n")
    if flush:
        stream.flush()


_consoles: dict[bool, Console] = {}


def _rich(stderr: bool) -> Console:
    if stderr not in _consoles:
        from rich.console import Console

        _consoles[stderr] = Console(stderr=stderr, highlight=False, soft_wrap=True)
    return _consoles[stderr]


if not TYPE_CHECKING:  # for mypy, `out` and `err` are the only attributes made here

    def __getattr__(name: str) -> Any:
        """``console.out`` and ``console.err``: rich consoles, made when first used."""
        if name in ("out", "err"):
            return _rich(name == "err")
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
