"""Writing files so that nothing is ever half-written: temp file, fsync, atomic rename."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def atomic_write(path: Path, data: bytes, mode: int = 0o644) -> None:
    """Replace ``path`` with ``data`` in one step; on any failure the old file stays intact."""
    directory = path.parent if str(path.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
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
