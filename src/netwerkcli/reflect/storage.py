"""Sessions on disk: one JSON file per session, rewritten atomically after every answer.

Atomic means: write a temporary file in the same folder, fsync it, ``os.replace`` it over the old
file, fsync the folder. A crash, ``kill -9`` or Ctrl-C at any moment leaves either the old or the
new file, never a half-written one. Files are readable by the user only (0600, folder 0700).

Every file in the folder is read as untrusted: one that is damaged, foreign or of a newer format is
skipped (and reported through ``on_skip``), so it never blocks the other sessions.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import platformdirs

from netwerkcli.errors import NetwerkError, RuntimeFailure
from netwerkcli.fileio import atomic_write
from netwerkcli.messages import reflectie as msg
from netwerkcli.reflect import folder as folder_care
from netwerkcli.reflect import locks
from netwerkcli.reflect.model import NEXT_STEP_ID
from netwerkcli.reflect.record import (
    CASE_PATTERN,
    ID_PATTERN,
    BadShape,
    NewerVersion,
    Session,
    Status,
    now,
)

ENV_FOLDER = "NETWERK_MAP"
MAX_FILE_BYTES = 5_000_000
_NEW_ID = re.compile(r"\d{8}-\d{6}-[0-9a-f]{4}")
_CLAIM_TRIES = 10  # a tidy-up of another process may hold a free lock for a moment


@dataclass(frozen=True)
class Skipped:
    """A file in the folder that is not a readable session, and why (in Dutch)."""

    path: Path
    reason: str
    newer: bool = False  # written by a newer netwerk: fine, just not for us


def check_case_code(code: str) -> str:
    """A case is linked by a code (letters, digits, - and _), never by a person's name."""
    if not CASE_PATTERN.fullmatch(code):
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


def read_session_file(path: Path, expected_id: str | None = None) -> Session:
    """The session in ``path``, read as untrusted data; :class:`BadShape` says what is wrong."""
    data = folder_care.read_private(path, MAX_FILE_BYTES)
    if not data.strip():
        raise BadShape(msg.SHAPE_EMPTY)
    try:
        parsed = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise BadShape(msg.SHAPE_NOT_TEXT) from None
    except json.JSONDecodeError as exc:
        raise BadShape(msg.SHAPE_JSON.format(line=exc.lineno)) from None
    except (ValueError, RecursionError):  # a number of thousands of digits, nesting too deep
        raise BadShape(msg.SHAPE_JSON_ODD) from None
    session = Session.from_json(parsed)
    if session.id != (expected_id or path.stem):
        raise BadShape(msg.SHAPE_ID_NAME)
    return session


class Store:
    """The folder with session files."""

    def __init__(self, folder: Path, on_skip: Callable[[Skipped], None] | None = None) -> None:
        self.folder = folder
        self._on_skip = on_skip
        self._reported: set[Path] = set()
        self._locks: dict[str, locks.SessionLock] = {}

    # --- the folder ---

    def prepare(self) -> str | None:
        """Check the folder's owner and mode, and clean up what killed processes left.

        Returns a Dutch note when the folder's mode had to be tightened.
        """
        note = folder_care.make_private(self.folder)
        if self.folder.is_dir():
            self._settle_temp_files()
            for path in self.folder.glob(".*.lock"):
                locks.remove_if_free(path)
        return note

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

    # --- reading ---

    def _skip(self, path: Path, exc: BadShape) -> None:
        if path in self._reported:
            return
        self._reported.add(path)
        if self._on_skip is not None:
            self._on_skip(Skipped(path, exc.reason, isinstance(exc, NewerVersion)))

    def sessions(self) -> list[Session]:
        """All readable sessions, oldest first; every other file is skipped and reported."""
        if not self.folder.is_dir():
            return []
        found = []
        for path in sorted(self.folder.glob("*.json")):
            try:
                session = read_session_file(path)
            except BadShape as exc:
                self._skip(path, exc)
                continue
            if session.status is Status.BUSY or session.given == 0:
                if session.id in self._locks or locks.is_taken(self.folder, session.id):
                    found.append(session)
                    continue
                if session.status is Status.BUSY:  # its process died: it can be resumed
                    session.status = Status.INTERRUPTED
                if session.given == 0 and not session.is_finished:
                    self._drop_empty(session)
                    continue
            found.append(session)
        # Ids order by the second only; two sessions in one second order by their start.
        return sorted(found, key=lambda s: (_moment(s.started), s.id))

    def _drop_empty(self, session: Session) -> None:
        """An unfinished session without a single answer is not kept (left by older versions)."""
        lock = locks.SessionLock(self.folder, session.id)
        try:
            lock.acquire()
        except (locks.Taken, OSError):
            return
        try:
            with contextlib.suppress(OSError):
                os.unlink(self.path(session.id))
        finally:
            lock.release()

    def find(self, text: str) -> Session:
        """The one session whose id is ``text``, or starts or ends with it (as the list shows)."""
        sessions = self.sessions()
        wanted = text.strip().lower()
        matches = [s for s in sessions if s.id.lower() == wanted] or [
            s for s in sessions if wanted and _matches(s.id, wanted)
        ]
        if not matches:
            raise NetwerkError(msg.SESSION_NOT_FOUND.format(id=text), msg.SESSION_LIST_HINT)
        if len(matches) > 1:
            shown = short_ids(sessions)
            listed = ", ".join(shown[s.id] for s in matches[:5])
            raise NetwerkError(msg.SESSION_AMBIGUOUS.format(id=text, ids=listed))
        return matches[0]

    def short_id(self, session_id: str) -> str:
        """The id as the list shows it."""
        return short_ids(self.sessions()).get(session_id, session_id)

    def last_unfinished(self, role: str | None, case: str | None) -> Session | None:
        """The unfinished session worked on last (of this role and case, when given)."""
        candidates = [
            s
            for s in self.sessions()
            if not s.is_finished
            and (role is None or s.role == role)
            and (case is None or s.case == case)
        ]
        return max(candidates, key=lambda s: (_moment(s.updated), s.id), default=None)

    def last_next_step(self, role: str, case: str | None) -> tuple[Session, str] | None:
        """The next step of the latest finished session of this role *and* this case.

        Without a case only sessions without a case count: a step agreed with one family must
        never come up in a reflection about another.
        """
        for session in reversed(self.sessions()):
            if session.role != role or session.case != case or not session.is_finished:
                continue
            step = session.answer_for(NEXT_STEP_ID)
            if step is not None and isinstance(step.answer, str) and step.answer.strip():
                return session, step.answer
        return None

    # --- writing: one writer per session ---

    def reserve(self) -> str:
        """A new session id, created exclusively (and locked) so that no other terminal gets it."""
        self._ensure_folder()
        while True:
            session_id = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-") + secrets.token_hex(2)
            lock = locks.SessionLock(self.folder, session_id)
            try:
                lock.acquire(new=True)
            except (FileExistsError, locks.Taken):
                continue
            except OSError as exc:
                raise RuntimeFailure(
                    msg.SAVE_FAILED.format(folder=self.folder, reason=exc.strerror)
                ) from None
            if self.path(session_id).exists():
                lock.release()
                continue
            self._locks[session_id] = lock
            return session_id

    def claim(self, session: Session) -> Session:
        """Lock ``session`` for this terminal and return it as it is on disk now."""
        lock = locks.SessionLock(self.folder, session.id)
        for attempt in range(_CLAIM_TRIES):
            try:
                lock.acquire()
                break
            except locks.Taken as taken:
                if attempt + 1 == _CLAIM_TRIES:
                    owner = f" {taken.owner}" if taken.owner else ""
                    raise RuntimeFailure(
                        msg.SESSION_BUSY.format(id=session.id, owner=owner), msg.SESSION_BUSY_HINT
                    ) from None
                time.sleep(0.02)
            except OSError as exc:
                raise RuntimeFailure(
                    msg.SAVE_FAILED.format(folder=self.folder, reason=exc.strerror)
                ) from None
        self._locks[session.id] = lock
        try:
            current = read_session_file(self.path(session.id))
        except BadShape as exc:
            self.release(session)
            raise RuntimeFailure(
                msg.SESSION_UNREADABLE.format(file=self.path(session.id), reason=exc.reason)
            ) from None
        if current.status is Status.BUSY:  # we hold the lock: whoever wrote 'bezig' is gone
            current.status = Status.INTERRUPTED
        return current

    def release(self, session: Session) -> None:
        """Let go of the session; one without a single answer is not kept."""
        lock = self._locks.pop(session.id, None)
        if lock is None:
            return
        try:
            if session.given == 0:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(self.path(session.id))
        finally:
            lock.release()

    def save(self, session: Session) -> None:
        if session.id not in self._locks:
            raise RuntimeError("saving a session without holding its lock")
        if session.given == 0:
            return  # nothing worth keeping yet (the file appears with the first answer)
        session.updated = now()
        text = json.dumps(session.to_json(), ensure_ascii=False, indent=2) + "\n"
        try:
            write_private(self.path(session.id), text)
        except OSError as exc:
            raise RuntimeFailure(
                msg.SAVE_FAILED.format(folder=self.folder, reason=exc.strerror)
            ) from None

    def delete(self, session: Session) -> None:
        """Remove a session for good (refused while another terminal works on it)."""
        self.claim(session)
        try:
            os.unlink(self.path(session.id))
        except OSError as exc:
            raise RuntimeFailure(
                msg.DELETE_FAILED.format(file=self.path(session.id), reason=exc.strerror)
            ) from None
        finally:
            self.release(session)

    def move_aside(self, name: str) -> Path:
        return folder_care.move_aside(self.folder, name)

    # --- what killed saves left behind ---

    def _settle_temp_files(self) -> None:
        """A temp file of a save that was killed: keep it if it is complete and newer, else remove.

        atomic_write names it ``.ID.json.RANDOM.tmp``. A live save holds the session's lock,
        so a temp file whose lock is free belongs to a process that is gone.
        """
        for tmp in self.folder.glob(".*.json.*.tmp"):
            session_id = tmp.name[1:].split(".json.", 1)[0]
            if not ID_PATTERN.fullmatch(session_id):
                continue  # not a save of ours: leave it alone
            lock = locks.SessionLock(self.folder, session_id)
            try:
                lock.acquire()
            except (locks.Taken, OSError):
                continue
            try:
                self._settle(tmp, session_id)
            finally:
                lock.release()

    def _settle(self, tmp: Path, session_id: str) -> None:
        target = self.path(session_id)
        try:
            candidate = read_session_file(tmp, expected_id=session_id)
        except BadShape:  # cut off mid-write: the session file still holds the last good save
            newer = False
        else:
            try:
                newer = _moment(candidate.updated) > _moment(read_session_file(target).updated)
            except BadShape:  # no (readable) session file: the temp file is all there is
                newer = True
        with contextlib.suppress(OSError):
            if newer:
                os.replace(tmp, target)
            else:
                os.unlink(tmp)


def _moment(stamp: str) -> datetime:
    """A checked timestamp as a moment, so that files with other time zones order rightly."""
    return datetime.fromisoformat(stamp)


def _matches(session_id: str, wanted: str) -> bool:
    low = session_id.lower()
    return low.startswith(wanted) or low.endswith(wanted)


def short_ids(sessions: list[Session]) -> dict[str, str]:
    """The id each session is listed by: the shortest unambiguous ending (at least 4 signs)."""
    ids = [s.id for s in sessions]
    shown = {}
    for session_id in ids:
        forms = [session_id]
        if _NEW_ID.fullmatch(session_id):
            forms = [session_id[-4:], session_id[-11:], session_id]
        for form in forms:
            low = form.lower()
            others = [o for o in ids if o.lower() == low or _matches(o, low)]
            if others == [session_id]:
                shown[session_id] = form
                break
        else:
            shown[session_id] = session_id
    return shown
