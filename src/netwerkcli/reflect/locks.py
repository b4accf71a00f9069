"""One writer per session: an advisory lock on a small file next to the session.

The lock is held for as long as a terminal works on the session. The operating system releases
it when the process ends in any way (even ``kill -9`` or a closed window), so a lock can never
stay behind: a session whose lock is free while its file says ``bezig`` was left by a process
that died.

The lock file is ``.ID.lock``. Creating it with ``O_EXCL`` also reserves a new session id, so
two terminals that draw the same id in the same second cannot both use it.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

if sys.platform == "win32":  # pragma: no cover - netwerk is tested on POSIX
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True


_OPEN_FLAGS = os.O_RDWR | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
_ATTEMPTS = 5


class Taken(Exception):
    """Another process holds the lock; ``owner`` is its process id when it wrote one."""

    def __init__(self, owner: int | None) -> None:
        super().__init__(owner)
        self.owner = owner


def lock_path(folder: Path, session_id: str) -> Path:
    return folder / f".{session_id}.lock"


class SessionLock:
    """The lock of one session, held by this process until :meth:`release`."""

    def __init__(self, folder: Path, session_id: str) -> None:
        self.path = lock_path(folder, session_id)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self, new: bool = False) -> None:
        """Take the lock, or raise :class:`Taken`.

        ``new``: the lock file must not exist yet (a fresh id); ``FileExistsError`` otherwise.
        """
        for _ in range(_ATTEMPTS):
            flags = _OPEN_FLAGS | os.O_CREAT | (os.O_EXCL if new else 0)
            fd = os.open(self.path, flags, 0o600)
            if not _try_lock(fd):
                owner = _read_owner(fd)
                os.close(fd)
                raise Taken(owner)
            if _same_file(fd, self.path):
                os.ftruncate(fd, 0)
                os.write(fd, f"{os.getpid()}\n".encode("ascii"))
                self._fd = fd
                return
            # Someone removed the lock file between our open and our lock: take the new one.
            os.close(fd)
            new = False
        raise Taken(None)

    def release(self) -> None:
        """Remove the lock file (while still holding it, so nobody takes a dead file) and let go."""
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            if _same_file(self._fd, self.path):
                os.unlink(self.path)
        os.close(self._fd)
        self._fd = None


def is_taken(folder: Path, session_id: str) -> bool:
    """Whether another process works on the session right now."""
    path = lock_path(folder, session_id)
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError:
        return False  # no lock file: nobody holds it
    try:
        return not _try_lock(fd)  # closing the descriptor below lets go again
    finally:
        os.close(fd)


def remove_if_free(path: Path) -> None:
    """Remove a lock file that nobody holds (left by a process that ended before cleaning up)."""
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError:
        return
    try:
        if _try_lock(fd) and _same_file(fd, path):
            os.unlink(path)
    except OSError:
        pass
    finally:
        os.close(fd)


def _same_file(fd: int, path: Path) -> bool:
    try:
        ours, theirs = os.fstat(fd), os.stat(path, follow_symlinks=False)
    except OSError:
        return False
    return (ours.st_dev, ours.st_ino) == (theirs.st_dev, theirs.st_ino)


def _read_owner(fd: int) -> int | None:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        text = os.read(fd, 32).decode("ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return int(text) if text.isdigit() else None
