"""The reflections folder as a private place: its mode, reading its files, moving files aside."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from netwerkcli.errors import NetwerkError, RuntimeFailure
from netwerkcli.messages import reflectie as msg
from netwerkcli.reflect import locks
from netwerkcli.reflect.record import BadShape

ASIDE = "opzij"  # damaged or foreign files moved out of the way, never deleted
_READ_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NOFOLLOW", 0)  # a link could point anywhere, e.g. at another user's file
    | getattr(os, "O_NONBLOCK", 0)  # a FIFO named *.json must not hang the command
    | getattr(os, "O_CLOEXEC", 0)
)


def _posix() -> bool:
    return hasattr(os, "getuid")


def make_private(folder: Path) -> str | None:
    """Refuse a folder of someone else; tighten one that others can open (returns a note)."""
    try:
        info = os.stat(folder)
    except FileNotFoundError:
        return None  # made private when the first answer is saved
    except OSError as exc:
        raise RuntimeFailure(
            msg.FOLDER_UNUSABLE.format(folder=folder, reason=exc.strerror)
        ) from None
    if not stat.S_ISDIR(info.st_mode):
        raise RuntimeFailure(msg.FOLDER_NOT_DIR.format(folder=folder), msg.FOLDER_HINT)
    if not _posix():  # pragma: no cover - Windows keeps a user's data folder private itself
        return None
    if info.st_uid != os.getuid():
        raise RuntimeFailure(msg.FOLDER_OTHER_OWNER.format(folder=folder), msg.FOLDER_HINT)
    mode = stat.S_IMODE(info.st_mode)
    if not mode & 0o077:
        return None
    try:
        os.chmod(folder, 0o700)
    except OSError as exc:
        raise RuntimeFailure(
            msg.FOLDER_OPEN.format(folder=folder, mode=f"{mode:o}", reason=exc.strerror),
            msg.FOLDER_HINT,
        ) from None
    return msg.FOLDER_TIGHTENED.format(folder=folder, mode=f"{mode:o}")


def read_private(path: Path, max_bytes: int) -> bytes:
    """The bytes of a regular file of this user, at most ``max_bytes``; else :class:`BadShape`."""
    try:
        fd = os.open(path, _READ_FLAGS)
    except OSError as exc:
        raise BadShape(_open_reason(exc)) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise BadShape(msg.SHAPE_NOT_FILE)
        if _posix() and info.st_uid != os.getuid():
            raise BadShape(msg.SHAPE_OTHER_OWNER)
        chunks: list[bytes] = []
        size = 0
        while size <= max_bytes:
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise BadShape(_open_reason(exc)) from None
    finally:
        os.close(fd)
    if size > max_bytes:
        raise BadShape(msg.SHAPE_TOO_LARGE.format(mb=max_bytes // 1_000_000))
    return b"".join(chunks)


def _open_reason(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return msg.SHAPE_LINK
    if exc.errno in (errno.EACCES, errno.EPERM):
        return msg.SHAPE_NO_ACCESS
    return msg.SHAPE_OS.format(reason=exc.strerror or type(exc).__name__)


def move_aside(folder: Path, name: str) -> Path:
    """Move one ``*.json`` file of the folder into ``opzij/``, where netwerk no longer reads it."""
    given = Path(name)
    if given.parent != Path(".") and given.parent.resolve() != folder.resolve():
        raise NetwerkError(msg.ASIDE_NOT_IN_FOLDER.format(file=name, folder=folder))
    source = folder / given.name
    if given.suffix != ".json" or not os.path.lexists(source):
        raise NetwerkError(msg.ASIDE_NOT_FOUND.format(file=name, folder=folder), msg.ASIDE_HINT)
    if locks.is_taken(folder, source.stem):
        raise RuntimeFailure(msg.SESSION_BUSY.format(id=source.stem, owner=""))
    aside = folder / ASIDE
    try:
        aside.mkdir(mode=0o700, exist_ok=True)
        target = aside / given.name
        number = 2
        while os.path.lexists(target):
            target = aside / f"{source.stem}-{number}.json"
            number += 1
        os.rename(source, target)
    except OSError as exc:
        raise RuntimeFailure(msg.ASIDE_FAILED.format(file=source, reason=exc.strerror)) from None
    return target
