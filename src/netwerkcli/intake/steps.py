"""The steps of the conversation, as a pure function of the answers given so far.

The plan (``plan.py``) walks through the conversation with a :class:`Walk`: each question it asks
becomes a :class:`Step`, and the walk hands back the answer already given (or None). So the list
of steps always fits the answers: name a third brother and his questions appear; go back and
remove him and they are gone. Nothing but the answers is stored, keyed by stable step ids.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from enum import StrEnum

Answer = str | list[str] | None
Options = tuple[tuple[str, str], ...]  # (value, label)

DATE = re.compile(r"^\d{4}(-\d{1,2}-\d{1,2})?$")
MAX_LINE = 200
MAX_OPEN = 2000


def is_date(text: str) -> bool:
    """A year (2012) or a date that exists (2012-03-14; not 2018-02-29)."""
    if not DATE.match(text):
        return False
    year, _, rest = text.partition("-")
    if not rest:
        return True
    month, _, day = rest.partition("-")
    try:
        dt.date(int(year), int(month), int(day))
    except ValueError:
        return False
    return True


class StepKind(StrEnum):
    LINE = "regel"  # one line of text
    DATE = "datum"  # a year or a date
    OPEN = "open"  # free text over several lines
    NAMES = "namen"  # one name per line
    CHOICE = "keuze"  # one numbered option
    MULTI = "meer"  # several numbered options
    PAIR = "paar"  # exactly two numbered options


@dataclass(frozen=True)
class Step:
    id: str
    kind: StepKind
    text: str
    part: str
    heading: str | None = None  # shown before the step: the start of a part, a person
    hint: str | None = None
    options: Options = ()

    def option_label(self, value: str) -> str:
        return next((label for v, label in self.options if v == value), value)


class Walk:
    """Collects the steps while the plan reads the answers."""

    def __init__(self, answers: Mapping[str, Answer]) -> None:
        self.answers = answers
        self.steps: list[Step] = []
        self.part = ""
        self._heading: str | None = None

    def begin(self, part: str, heading: str | None = None) -> None:
        self.part = part
        self._heading = heading

    def heading(self, text: str) -> None:
        self._heading = text

    def _ask(self, step: Step) -> Answer:
        if self._heading is not None:
            step = replace(step, heading=self._heading)
            self._heading = None
        self.steps.append(step)
        return self.answers.get(step.id)

    def line(self, id: str, text: str, hint: str | None = None) -> str | None:
        value = self._ask(Step(id, StepKind.LINE, text, self.part, hint=hint))
        return value if isinstance(value, str) and value else None

    def date(self, id: str, text: str, hint: str | None = None) -> str | None:
        value = self._ask(Step(id, StepKind.DATE, text, self.part, hint=hint))
        return value if isinstance(value, str) and is_date(value) else None

    def open(self, id: str, text: str) -> str | None:
        value = self._ask(Step(id, StepKind.OPEN, text, self.part))
        return value if isinstance(value, str) and value else None

    def names(self, id: str, text: str, hint: str | None = None) -> list[str]:
        value = self._ask(Step(id, StepKind.NAMES, text, self.part, hint=hint))
        return [v for v in value if v] if isinstance(value, list) else []

    def choice(self, id: str, text: str, options: Options, hint: str | None = None) -> str | None:
        value = self._ask(Step(id, StepKind.CHOICE, text, self.part, hint=hint, options=options))
        return value if isinstance(value, str) and value in dict(options) else None

    def multi(self, id: str, text: str, options: Options, pair: bool = False) -> list[str] | None:
        """The chosen values; None when the step is not answered or was skipped."""
        kind = StepKind.PAIR if pair else StepKind.MULTI
        value = self._ask(Step(id, kind, text, self.part, options=options))
        if not isinstance(value, list):
            return None
        return [v for v in value if v in dict(options)]
