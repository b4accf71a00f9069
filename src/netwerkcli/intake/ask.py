"""Asking one step on the terminal, with the input conventions of `netwerk reflect`.

Numbered choices, ``:terug``, ``:over`` and ``:stop``, an empty line to keep an earlier answer or
to skip: the helpers of ``reflect.session`` do the reading, so both conversations behave alike.
Added here: ``-`` clears an earlier answer, and several numbers at once for a multiple choice.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from netwerkcli.intake.steps import MAX_LINE, MAX_OPEN, Answer, Step, StepKind, is_date
from netwerkcli.messages import intake as texts
from netwerkcli.reflect.model import Kind, Question
from netwerkcli.reflect.record import Answer as Shown
from netwerkcli.reflect.session import (
    Io,
    Reply,
    _ask_until_valid,
    ask_choice,
    ask_open,
    parse_choice,
)

CLEAR = "-"


@dataclass(frozen=True)
class Got:
    """A step's reply: a command (``:terug`` ...) or the value to store (None: cleared)."""

    command: str | None
    value: Answer = None
    keep: bool = False  # an empty line on a step answered before


def _got(reply: Reply) -> Got:
    value: Any = reply.value  # the parsers give lists for several numbers
    return Got(reply.command, value, reply.keep)


_NUMBERS = re.compile(r"[\s,;]+")


def clean(text: str) -> str:
    """Typed text without control characters (a pasted escape sequence is not a name)."""
    kept = (" " if c == "\t" else c for c in text if unicodedata.category(c) != "Cc" or c == "\t")
    return "".join(kept).strip()


def display(step: Step, value: Answer) -> str:
    if isinstance(value, list):
        if step.kind is StepKind.NAMES:
            return "\n".join(value)
        return ", ".join(step.option_label(v) for v in value)
    if value is None:
        return "–"
    return step.option_label(value) if step.options else value


def _shown(step: Step, value: Answer, draft: str | None) -> Shown | None:
    if draft is not None:
        return Shown(step.id, step.text, str(step.kind), draft, "", draft=True)
    if value is None:
        return None
    return Shown(step.id, step.text, str(step.kind), display(step, value), "")


def _line(step: Step) -> Callable[[str], str | None]:
    def parse(text: str) -> str | None:
        text = clean(text)
        if text == CLEAR:
            return text
        if len(text) > MAX_LINE:
            return None
        if step.kind is StepKind.DATE and not is_date(text):
            return None
        return text

    return parse


def _numbers(step: Step) -> Callable[[str], list[str] | None]:
    labels = [label for _, label in step.options]

    def parse(text: str) -> list[str] | None:
        if clean(text) == CLEAR:
            return [CLEAR]
        chosen = []
        for part in _NUMBERS.split(text.strip()):
            label = parse_choice(part, labels)
            if label is None:
                return None
            value = step.options[labels.index(label)][0]
            if value not in chosen:
                chosen.append(value)
        if step.kind is StepKind.PAIR and len(chosen) != 2:
            return None
        return chosen

    return parse


def ask(
    io: Io, step: Step, previous: Answer, draft: str | None, save_draft: Callable[[str], None]
) -> Got:
    """One step: the reply holds the value to store (None to clear) or a command.

    ``save_draft`` gets what was typed of an unfinished answer (also on Ctrl-C), as the
    reflection's helpers give it; ``draft`` is such text from before, to continue with.
    """
    shown = _shown(step, previous, draft)
    if step.kind in (StepKind.OPEN, StepKind.NAMES):
        return _open_value(step, _got(ask_open(io, shown, save_draft)))
    if step.kind is StepKind.CHOICE:
        labels = tuple(label for _, label in step.options)
        question = Question(step.id, Kind.CHOICE, step.text, options=labels)
        reply = ask_choice(io, question, shown, save_draft)
        if reply.command is None and isinstance(reply.value, str):
            return Got(None, step.options[labels.index(reply.value)][0], reply.keep)
        return _got(reply)
    if step.kind in (StepKind.MULTI, StepKind.PAIR):
        for number, (_, label) in enumerate(step.options, start=1):
            io.show(f"  {number}. {label}")
        io.show(texts.MULTI_HINT, style="dim")
        invalid = texts.PAIR_INVALID if step.kind is StepKind.PAIR else texts.MULTI_INVALID
        reply = _ask_until_valid(
            io, shown, _numbers(step), invalid.format(count=len(step.options)), save_draft
        )
        got = _got(reply)
        return Got(None, None) if got.value == [CLEAR] else got
    invalid = texts.DATE_INVALID if step.kind is StepKind.DATE else texts.TOO_LONG
    reply = _ask_until_valid(io, shown, _line(step), invalid.format(max=MAX_LINE), save_draft)
    return Got(None, None) if reply.value == CLEAR else _got(reply)


def _open_value(step: Step, got: Got) -> Got:
    text = got.value if isinstance(got.value, str) else None
    if text is not None:
        text = "\n".join(clean(line) for line in text.splitlines()).strip()[:MAX_OPEN]
    if step.kind is StepKind.NAMES and text is not None:
        if text == CLEAR:
            return Got(got.command, [], got.keep)
        lines = (clean(line)[:MAX_LINE] for line in text.splitlines())
        return Got(got.command, list(dict.fromkeys(n for n in lines if n)), got.keep)
    if text == CLEAR:
        return Got(got.command, None)
    return Got(got.command, text, got.keep)
