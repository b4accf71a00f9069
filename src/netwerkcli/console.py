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


def printable(text: str) -> str:
    """Text from a file without control characters: an escape sequence in a name stays text."""
    if text.isprintable():
        return text
    return "".join(c if c in "\n\t" or unicodedata.category(c) != "Cc" else "\ufffd" for c in text)


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
        err.print(f"[{colour}]{escape(printable(str(p)))}[/{colour}]", emoji=False)
