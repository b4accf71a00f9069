"""One reflection session as data, and its JSON shape (``versie`` 1).

Reading is strict: a session file may come from anywhere (an older or newer netwerk, another
program, a copy, an attacker), so every field is checked before it is used and every wrong shape
becomes a :class:`BadShape` with a Dutch reason, never an internal error later on.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from netwerkcli.messages import reflectie as msg
from netwerkcli.reflect.model import SCALE_MAX, SCALE_MIN, Kind

FORMAT_VERSION = 1
ID_PATTERN = re.compile(r"[A-Za-z0-9_-]{1,64}")
CASE_PATTERN = re.compile(r"[A-Za-z0-9_-]{1,32}")
NAME_PATTERN = re.compile(r"[a-z][a-z0-9-]{0,63}")  # roles and question ids
MAX_LABEL = 2000  # characters of a title, source or question (ours are far shorter)
_JSON_KEYS = {"role": "rol", "case": "casus"}  # the users' own words for the fields they type


class Status(StrEnum):
    BUSY = "bezig"  # being answered now, in a terminal that holds the session's lock
    INTERRUPTED = "onderbroken"  # Ctrl-C, or the process died (then the lock is free)
    STOPPED = "gestopt"  # :stop or end of input
    FINISHED = "afgerond"


@dataclass
class Answer:
    question_id: str
    question: str  # the text as it was asked, so later changes to the content do not rewrite it
    kind: str
    # None: skipped. A draft is always the text as typed so far: every line ended with Enter
    # ends with a newline, so a last line without one was still being typed.
    answer: str | int | None
    answered_at: str
    draft: bool = False


@dataclass
class Session:
    id: str
    role: str
    title: str
    source: str
    case: str | None
    started: str
    updated: str
    status: Status = Status.BUSY
    finished: str | None = None
    previous_session: str | None = None
    answers: list[Answer] = field(default_factory=list)

    @property
    def is_finished(self) -> bool:
        return self.status is Status.FINISHED

    @property
    def given(self) -> int:
        """How many questions have an answer (a half-typed one counts: it holds words)."""
        return sum(1 for a in self.answers if a.answer is not None)

    def answer_for(self, question_id: str) -> Answer | None:
        return next((a for a in self.answers if a.question_id == question_id), None)

    def record(self, answer: Answer) -> None:
        """Store an answer, replacing an earlier one to the same question (after :terug)."""
        for i, old in enumerate(self.answers):
            if old.question_id == answer.question_id:
                self.answers[i] = answer
                return
        self.answers.append(answer)

    def to_json(self) -> dict[str, Any]:
        data = {"versie": FORMAT_VERSION, **asdict(self)}
        data["status"] = str(self.status)
        return {_JSON_KEYS.get(k, k): v for k, v in data.items()}

    @classmethod
    def from_json(cls, data: object) -> Session:
        """The session in ``data``, or :class:`BadShape` (:class:`NewerVersion`) saying why not."""
        if not isinstance(data, dict):
            raise BadShape(msg.SHAPE_NOT_OBJECT)
        version = data.get("versie")
        if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
            raise NewerVersion(version)
        if version != FORMAT_VERSION or isinstance(version, bool):
            raise BadShape(msg.SHAPE_VERSION.format(value=_show(version)))
        return _session(data)


class BadShape(ValueError):
    """A file that is not a session this netwerk wrote: the reason, in Dutch."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class NewerVersion(BadShape):
    def __init__(self, version: int) -> None:
        super().__init__(msg.SHAPE_NEWER.format(version=version, ours=FORMAT_VERSION))
        self.version = version


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _show(value: object) -> str:
    """A value from a file inside a reason: short, and never taken for markup or a command."""
    text = repr(value)
    return text if len(text) <= 40 else text[:39] + "…"


_SESSION_KEYS = {"versie", *(_JSON_KEYS.get(f, f) for f in Session.__dataclass_fields__)}
_ANSWER_KEYS = set(Answer.__dataclass_fields__)


def _text(data: dict[str, Any], key: str, optional: bool = False) -> Any:
    value = data.get(key)
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise BadShape(msg.SHAPE_FIELD.format(key=key, value=_show(value)))
    return value


def _label(data: dict[str, Any], key: str) -> str:
    """A title, source or question: text shown on one screen, so of a bounded length."""
    value = str(_text(data, key))
    if len(value) > MAX_LABEL:
        raise BadShape(msg.SHAPE_TOO_LONG.format(key=key, most=MAX_LABEL))
    if any(unicodedata.category(c) == "Cc" and c not in "\n\t" for c in value):
        raise BadShape(msg.SHAPE_CONTROL.format(key=key))  # they would break SVG and terminal
    return value


def _time(data: dict[str, Any], key: str, optional: bool = False) -> str | None:
    value = _text(data, key, optional)
    if value is None:
        return None
    try:
        stamp = datetime.fromisoformat(value)
    except ValueError:
        stamp = None
    if stamp is None or stamp.tzinfo is None:
        raise BadShape(msg.SHAPE_TIME.format(key=key, value=_show(value)))
    return str(value)


def _code(
    data: dict[str, Any], key: str, pattern: re.Pattern[str], optional: bool = True
) -> str | None:
    value = _text(data, key, optional)
    if value is not None and not pattern.fullmatch(value):
        raise BadShape(msg.SHAPE_FIELD.format(key=key, value=_show(value)))
    return value  # type: ignore[no-any-return]


def _session(data: dict[str, Any]) -> Session:
    unknown = sorted(str(k) for k in set(data) - _SESSION_KEYS)
    if unknown:
        raise BadShape(msg.SHAPE_UNKNOWN_KEY.format(key=_show(unknown[0])))
    session_id = str(_code(data, "id", ID_PATTERN, optional=False))
    try:
        status = Status(_text(data, "status"))
    except ValueError:
        raise BadShape(
            msg.SHAPE_FIELD.format(key="status", value=_show(data.get("status")))
        ) from None
    answers = data.get("answers")
    if not isinstance(answers, list):
        raise BadShape(msg.SHAPE_FIELD.format(key="answers", value=_show(answers)))
    return Session(
        id=session_id,
        role=str(_code(data, "rol", NAME_PATTERN, optional=False)),
        title=_label(data, "title"),
        source=_label(data, "source"),
        case=_code(data, "casus", CASE_PATTERN),
        started=str(_time(data, "started")),
        updated=str(_time(data, "updated")),
        status=status,
        finished=_time(data, "finished", optional=True),
        previous_session=_code(data, "previous_session", ID_PATTERN),
        answers=[_answer(item) for item in answers],
    )


def _answer(item: object) -> Answer:
    if not isinstance(item, dict):
        raise BadShape(msg.SHAPE_ANSWER.format(value=_show(item)))
    unknown = sorted(str(k) for k in set(item) - _ANSWER_KEYS)
    if unknown:
        raise BadShape(msg.SHAPE_UNKNOWN_KEY.format(key=_show(unknown[0])))
    question_id = str(_code(item, "question_id", NAME_PATTERN, optional=False))
    kind = _text(item, "kind")
    draft = item.get("draft", False)
    if kind not in set(Kind) or not isinstance(draft, bool):
        raise BadShape(msg.SHAPE_ANSWER.format(value=_show(question_id)))
    value = item.get("answer")
    if not _fits(value, Kind(kind), draft):
        shown = _show(value) if not isinstance(value, str) else msg.SHAPE_A_TEXT
        raise BadShape(msg.SHAPE_ANSWER_VALUE.format(key=_show(question_id), value=shown))
    return Answer(
        question_id=question_id,
        question=_label(item, "question"),
        kind=kind,
        answer=value,
        answered_at=str(_time(item, "answered_at")),
        draft=draft,
    )


def _fits(value: object, kind: Kind, draft: bool) -> bool:
    """Whether ``value`` can be the answer to a question of ``kind``."""
    if value is None:
        return not draft
    if draft or kind is not Kind.SCALE:
        return isinstance(value, str)  # a draft is the text as typed, for every kind
    return (
        isinstance(value, int) and not isinstance(value, bool) and SCALE_MIN <= value <= SCALE_MAX
    )
