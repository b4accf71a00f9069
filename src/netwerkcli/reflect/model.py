"""Question sets: the model and the loader for ``content/reflectie/*.yaml``.

The content is ours, but it is checked as strictly as a user's file: a typo in a key would
otherwise silently drop a question's source or scale labels.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from netwerkcli.content import content_dir
from netwerkcli.errors import InvalidFile, Probleem
from netwerkcli.messages import reflectie as msg

SCALE_MIN = 1
SCALE_MAX = 10
# Asked after every set: the one concrete next step (the learning cycle).
NEXT_STEP_ID = "volgende-stap"
# Asked at the start when an earlier session recorded a next step.
FOLLOW_UP_ID = "vorige-stap"
# Roles used with the family in the room: an earlier step is shown only after the professional
# said yes, since the family may read along (and without a case code it may be another's).
ASK_BEFORE_FOLLOW_UP = frozenset({"gezin"})


class Kind(StrEnum):
    OPEN = "open"
    SCALE = "schaal"
    CHOICE = "keuze"


@dataclass(frozen=True)
class Question:
    id: str
    kind: Kind
    text: str
    source: str = ""
    low: str = ""  # scale label at 1
    high: str = ""  # scale label at 10
    options: tuple[str, ...] = ()


@dataclass(frozen=True)
class Source:
    title: str
    makers: str
    passage: str


@dataclass(frozen=True)
class QuestionSet:
    role: str
    title: str
    description: str
    setting: str
    source: Source
    intro: str
    next_step: str
    questions: tuple[Question, ...]
    aliases: tuple[str, ...] = ()

    def with_next_step(self) -> tuple[Question, ...]:
        """The set's questions plus the closing question for the concrete next step."""
        return (*self.questions, Question(NEXT_STEP_ID, Kind.OPEN, self.next_step))

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.with_next_step() if q.id == question_id), None)


_SET_KEYS = {"rol", "aliassen", "titel", "omschrijving", "voor", "bron", "inleiding"}
_SET_KEYS |= {"volgende_stap", "vragen"}
_QUESTION_KEYS = {"id", "soort", "tekst", "bron", "schaal", "opties"}


def _fail(path: Path, text: str) -> InvalidFile:
    return InvalidFile([Probleem(str(path), 0, 0, text)])


def _str(data: dict[str, Any], key: str, path: Path, default: str | None = None) -> str:
    value = data.get(key, default)
    if not isinstance(value, str) or not value.strip():
        raise _fail(path, msg.CONTENT_MISSING.format(key=key))
    return " ".join(value.split())


def _question(raw: Any, path: Path) -> Question:
    if not isinstance(raw, dict) or set(raw) - _QUESTION_KEYS:
        raise _fail(path, msg.CONTENT_BAD_QUESTION.format(question=raw))
    try:
        kind = Kind(str(raw.get("soort")))
    except ValueError:
        raise _fail(path, msg.CONTENT_BAD_QUESTION.format(question=raw)) from None
    scale = raw.get("schaal") or {}
    options = tuple(str(o) for o in raw.get("opties") or ())
    if (kind is Kind.CHOICE) != bool(options):
        raise _fail(path, msg.CONTENT_BAD_QUESTION.format(question=raw))
    return Question(
        id=_str(raw, "id", path),
        kind=kind,
        text=_str(raw, "tekst", path),
        source=str(raw.get("bron", "")),
        low=str(scale.get("laag", msg.SCALE_LOW)),
        high=str(scale.get("hoog", msg.SCALE_HIGH)),
        options=options,
    )


def load_set(path: Path) -> QuestionSet:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or set(data) - _SET_KEYS:
        raise _fail(path, msg.CONTENT_BAD_SET)
    source = data.get("bron")
    if not isinstance(source, dict):
        raise _fail(path, msg.CONTENT_MISSING.format(key="bron"))
    questions = tuple(_question(q, path) for q in data.get("vragen") or ())
    ids = [q.id for q in questions]
    if not questions or len(set(ids)) != len(ids) or {NEXT_STEP_ID, FOLLOW_UP_ID} & set(ids):
        raise _fail(path, msg.CONTENT_BAD_SET)
    return QuestionSet(
        role=_str(data, "rol", path),
        title=_str(data, "titel", path),
        description=_str(data, "omschrijving", path),
        setting=_str(data, "voor", path),
        source=Source(
            _str(source, "titel", path), _str(source, "makers", path), _str(source, "passage", path)
        ),
        intro=_str(data, "inleiding", path),
        next_step=_str(data, "volgende_stap", path),
        questions=questions,
        aliases=tuple(str(a) for a in data.get("aliassen") or ()),
    )


@cache
def all_sets() -> tuple[QuestionSet, ...]:
    """Every shipped question set, in a fixed order (the order users see them listed)."""
    folder = content_dir() / "reflectie"
    sets = {s.role: s for s in (load_set(p) for p in sorted(folder.glob("*.yaml")))}
    order = ["gezin", "professional", "zelf", "samenwerking", "gelijkwaardig", "houding", "plaat"]
    return tuple(sorted(sets.values(), key=lambda s: ([*order, s.role]).index(s.role)))


def find_set(role: str) -> QuestionSet | None:
    """The set for a role or one of its aliases (case-insensitive)."""
    wanted = role.strip().lower()
    for qset in all_sets():
        if wanted == qset.role or wanted in qset.aliases:
            return qset
    return None
