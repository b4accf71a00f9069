"""Writing files so that nothing is ever half-written: temp file, fsync, atomic rename."""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

# the flags tempfile.mkstemp opens with: a new file, only ours, never through a link
_NEW = (
    os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
)


def atomic_write(path: Path, data: bytes, mode: int = 0o644) -> None:
    """Replace ``path`` with ``data`` in one step; on any failure the old file stays intact."""
    directory = path.parent if str(path.parent) else Path(".")
    fd, tmp_name = _temporary(directory, path.name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    with contextlib.suppress(OSError):  # make the rename itself durable; not every OS can
        dir_fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def _temporary(directory: Path, name: str) -> tuple[int, str]:
    """A new file ``.NAME.RANDOM.tmp`` in ``directory``, readable by its owner only, open for
    writing: what ``tempfile.mkstemp`` makes, without loading tempfile (which loads shutil,
    bz2 and lzma: some 10 ms of every drawing)."""
    for _ in range(100):
        tmp_name = os.path.join(directory, f".{name}.{os.urandom(6).hex()}.tmp")
        try:
            return os.open(tmp_name, _NEW, 0o600), tmp_name
        except FileExistsError:
            continue  # someone has that name: draw another
    raise FileExistsError(errno.EEXIST, "geen vrije tijdelijke naam", str(directory))


def write_file(path: Path, data: bytes, mode: int = 0o644) -> None:
    """``atomic_write`` with the one Dutch explanation when it fails (exit 2 or 1)."""
    from netwerkcli.errors import NetwerkError, RuntimeFailure
    from netwerkcli.messages import tekening as texts

    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise NetwerkError(texts.NO_SUCH_DIR.format(map=folder))
    try:
        atomic_write(path, data, mode)
    except PermissionError:
        raise NetwerkError(texts.NO_PERMISSION.format(pad=path)) from None
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise RuntimeFailure(texts.WRITE_FAILED.format(pad=path, reden=reason)) from None
