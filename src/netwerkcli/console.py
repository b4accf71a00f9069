"""The one module that imports rich: stdout for data, stderr for messages.

rich respects ``NO_COLOR`` and turns colour off when the output is not a terminal.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from rich.console import Console
from rich.markup import escape

from netwerkcli.errors import Probleem

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


def data(text: str) -> None:
    """Print data (a result the user may pipe on) to stdout, without markup."""
    out.print(text, markup=False, emoji=False)


def info(text: str) -> None:
    err.print(escape(printable(text)), emoji=False)


def success(text: str) -> None:
    out.print(f"[green]{escape(printable(text))}[/green]", emoji=False)


def warning(text: str) -> None:
    err.print(f"[yellow]{escape(printable(text))}[/yellow]", emoji=False)


def error(text: str, hint: str | None = None) -> None:
    err.print(f"[bold red]{escape(printable(text))}[/bold red]", emoji=False)
    if hint:
        err.print(escape(printable(hint)), emoji=False)


def problems(items: Iterable[Probleem]) -> None:
    """Print problems one per line, ``bestand:regel:kolom: melding``, errors in red."""
    for p in items:
        colour = "red" if p.is_fout else "yellow"
        # text from the file is in the messages: no escape sequence reaches the terminal
        err.print(f"[{colour}]{escape(printable(str(p)))}[/{colour}]", emoji=False)


# Bidi embeddings, overrides and isolates can make a text display as something else.
_HIDING = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def printable(text: str) -> str:
    """Text from a file, safe for the terminal: control characters (escape sequences that move
    the cursor, retitle the window or hide text) shown as ``\\x1b`` and the like. Newlines and
    tabs stay, and so do the joiners and marks that Arabic and Persian names need."""
    return "".join(
        repr(c)[1:-1]
        if c not in "\n\t" and (unicodedata.category(c) in ("Cc", "Zl", "Zp") or c in _HIDING)
        else c
        for c in text
    )
