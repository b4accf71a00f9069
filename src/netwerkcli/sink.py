"""Where the problems of one file are collected, and how a message quotes what the file says.

``Sink`` gathers every problem of one file (the loader's, the checks', a reflection file's) so that
all are reported at once; ``echo``, ``choice_list`` and ``suggestion`` word a value from the file
in a message: bounded, as a Dutch enumeration, or as 'bedoelde je ...?'.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from netwerkcli import chars
from netwerkcli.errors import Ernst, Probleem
from netwerkcli.messages import gezin as texts

if TYPE_CHECKING:
    from netwerkcli.model import Plek
    from netwerkcli.yamlsafe import Node

ECHO_LENGTH = 60  # a value from the file quoted in a message: never the whole of a huge one


class Sink:
    """Collects the problems of one file."""

    # 'bedoelde je ...?' compares a word with every option: in a file with thousands of
    # mistakes that would take minutes, so the comparisons per file are limited
    SUGGESTION_BUDGET = 200_000

    def __init__(self, name: str) -> None:
        self.name = name
        self.problems: list[Probleem] = []
        self._compared = 0

    def suggest(self, word: str, options: Collection[str]) -> str:
        """'bedoelde je X?' for a word close to one of ``options``, while the budget lasts."""
        if len(word) > ECHO_LENGTH or self._compared + len(options) > self.SUGGESTION_BUDGET:
            return ""
        self._compared += len(options)
        return suggestion(word, list(options))

    def add_at(self, line: int, column: int, text: str, ernst: Ernst = Ernst.FOUT) -> None:
        self.problems.append(Probleem(self.name, line, column, text, ernst))

    def add(self, node: Node, text: str, ernst: Ernst = Ernst.FOUT) -> None:
        self.add_at(node.start_mark.line + 1, node.start_mark.column + 1, text, ernst)

    def at(self, plek: Plek, text: str, ernst: Ernst = Ernst.FOUT) -> None:
        self.add_at(plek.regel, plek.kolom, text, ernst)

    def warn(self, plek: Plek, text: str) -> None:
        self.at(plek, text, Ernst.WAARSCHUWING)

    def whole(self, text: str) -> None:
        self.add_at(0, 0, text)

    @property
    def has_errors(self) -> bool:
        return any(p.is_fout for p in self.problems)

    def sorted(self) -> list[Probleem]:
        return sorted(set(self.problems), key=lambda p: (p.regel, p.kolom, p.tekst))


def echo(text: str) -> str:
    """A value from the file as a message quotes it: at most ECHO_LENGTH characters."""
    return chars.clipped(text, ECHO_LENGTH)


def choice_list(values: list[str]) -> str:
    """'m, v of x' — a Dutch enumeration."""
    quoted = [str(v) for v in values]
    if len(quoted) <= 1:
        return "".join(quoted)
    return ", ".join(quoted[:-1]) + " of " + quoted[-1]


def suggestion(word: str, options: list[str]) -> str:
    import difflib  # only for a mistake in the file: a valid file is read without it

    close = difflib.get_close_matches(word.casefold(), options, n=1, cutoff=0.6)
    return texts.DID_YOU_MEAN.format(optie=close[0]) if close else ""
