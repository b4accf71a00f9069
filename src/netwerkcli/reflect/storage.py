"""Sessions on disk: one JSON file per session, rewritten atomically after every answer.

Atomic means: write a temporary file in the same folder, fsync it, ``os.replace`` it over the old
file, fsync the folder. A crash or Ctrl-C at any moment leaves either the old or the new file,
never a half-written one. Files are readable by the user only (0600, folder 0700).
"""

from __future__ import annotations

import json
import os
import re
import secrets
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

import platformdirs

from netwerkcli.errors import NetwerkError, RuntimeFailure
from netwerkcli.fileio import atomic_write
from netwerkcli.messages import reflectie as msg
from netwerkcli.reflect.model import NEXT_STEP_ID

ENV_FOLDER = "NETWERK_MAP"
FORMAT_VERSION = 1
_JSON_KEYS = {"role": "rol", "case": "casus"}
_CASE_CODE = re.compile(r"[A-Za-z0-9_-]{1,32}")


class Status(StrEnum):
    BUSY = "bezig"  # being answered now (or the process was killed)
    INTERRUPTED = "onderbroken"  # Ctrl-C
    STOPPED = "gestopt"  # :stop or end of input
    FINISHED = "afgerond"


@dataclass
class Answer:
    question_id: str
    question: str  # the text as it was asked, so later changes to the content do not rewrite it
    kind: str
    answer: str | int | None  # None: skipped
    answered_at: str
    draft: bool = False  # typed but not finished (Ctrl-C in the middle of an answer)


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
        # The users' own words for the two fields they type: the role and the case code.
        data = {_JSON_KEYS.get(k, k): v for k, v in data.items()}
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Session:
        back = {v: k for k, v in _JSON_KEYS.items()}
        fields = {back.get(k, k): v for k, v in data.items() if k != "versie"}
        fields["status"] = Status(fields["status"])
        fields["answers"] = [Answer(**a) for a in fields.get("answers", [])]
        return cls(**fields)


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def new_session_id() -> str:
    """Sortable by time, unique thanks to a short random tail."""
    return datetime.now(UTC).strftime("%Y%m%d-%H%M%S-") + secrets.token_hex(2)


def check_case_code(code: str) -> str:
    """A case is linked by a code (letters, digits, - and _), never by a person's name."""
    if not _CASE_CODE.fullmatch(code):
        raise NetwerkError(msg.CASE_INVALID.format(code=code), msg.CASE_INVALID_HINT)
    return code


def default_folder() -> Path:
    return Path(platformdirs.user_data_dir("netwerk", appauthor=False)) / "reflecties"


def resolve_folder(option: Path | None) -> Path:
    if option is not None:
        return option
    env = os.environ.get(ENV_FOLDER)
    return Path(env) if env else default_folder()


def write_private(path: Path, text: str) -> None:
    """Replace ``path`` atomically with ``text``; the file is readable by the user only."""
    atomic_write(path, text.encode("utf-8"), mode=0o600)


class Store:
    """The folder with session files."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _ensure_folder(self) -> None:
        if not self.folder.exists():
            try:
                self.folder.mkdir(parents=True, mode=0o700)
                os.chmod(self.folder, 0o700)
            except OSError as exc:
                raise RuntimeFailure(
                    msg.FOLDER_FAILED.format(folder=self.folder, reason=exc.strerror)
                ) from None

    def path(self, session_id: str) -> Path:
        return self.folder / f"{session_id}.json"

    def save(self, session: Session) -> None:
        self._ensure_folder()
        session.updated = now()
        text = json.dumps(session.to_json(), ensure_ascii=False, indent=2) + "\n"
        try:
            write_private(self.path(session.id), text)
        except OSError as exc:
            raise RuntimeFailure(
                msg.SAVE_FAILED.format(folder=self.folder, reason=exc.strerror)
            ) from None

    def load(self, path: Path) -> Session:
        try:
            return Session.from_json(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise RuntimeFailure(
                msg.SESSION_UNREADABLE.format(file=path, reason=type(exc).__name__)
            ) from None

    def sessions(self) -> list[Session]:
        """All sessions, oldest first. An unreadable file is reported, not silently skipped."""
        if not self.folder.is_dir():
            return []
        found = [self.load(p) for p in self.folder.glob("*.json")]
        # Ids order by the second only; two sessions in one second order by their start.
        return sorted(found, key=lambda s: (s.started, s.id))

    def find(self, prefix: str) -> Session:
        """The one session whose id starts with ``prefix``."""
        matches = [p for p in sorted(self.folder.glob("*.json")) if p.stem.startswith(prefix)]
        if not prefix or not matches:
            raise NetwerkError(msg.SESSION_NOT_FOUND.format(id=prefix), msg.SESSION_LIST_HINT)
        if len(matches) > 1:
            ids = ", ".join(p.stem for p in matches[:5])
            raise NetwerkError(msg.SESSION_AMBIGUOUS.format(id=prefix, ids=ids))
        return self.load(matches[0])

    def last_unfinished(self) -> Session | None:
        return next((s for s in reversed(self.sessions()) if not s.is_finished), None)

    def last_next_step(self, role: str, case: str | None) -> tuple[Session, str] | None:
        """The most recent finished session of ``role`` (same case, if given) with a next step."""
        for session in reversed(self.sessions()):
            if session.role != role or not session.is_finished:
                continue
            if case is not None and session.case != case:
                continue
            step = session.answer_for(NEXT_STEP_ID)
            if step is not None and isinstance(step.answer, str) and step.answer.strip():
                return session, step.answer
        return None
