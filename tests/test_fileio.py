"""Writing a file never leaves it half-written, nor a temporary file behind."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from netwerkcli import fileio


def test_the_file_is_replaced_with_its_mode_and_nothing_else_is_left(tmp_path: Path) -> None:
    target = tmp_path / "gezin-genogram.svg"
    target.write_bytes(b"oud")
    fileio.atomic_write(target, b"<svg/>", mode=0o640)
    assert target.read_bytes() == b"<svg/>"
    assert list(tmp_path.iterdir()) == [target]
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_failed_write_keeps_the_old_file_and_removes_the_temporary_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "Öztürk.svg"
    target.write_bytes(b"oud")
    seen: list[str] = []

    def fails(source: str, destination: Path) -> None:
        seen.append(source)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fails)
    with pytest.raises(OSError):
        fileio.atomic_write(target, b"nieuw")
    assert target.read_bytes() == b"oud"
    assert list(tmp_path.iterdir()) == [target]
    # the temporary file stood beside the target, hidden, only for its owner until replaced
    name = Path(seen[0]).name
    assert name.startswith(".Öztürk.svg.") and name.endswith(".tmp")


@pytest.mark.skipif(os.name != "posix", reason="file modes and symbolic links as on POSIX")
def test_the_temporary_file_is_new_and_private(tmp_path: Path) -> None:
    fd, name = fileio._temporary(tmp_path, "x.svg")
    os.close(fd)
    assert stat.S_IMODE(os.stat(name).st_mode) == 0o600
    names = {fileio._temporary(tmp_path, "x.svg")[1] for _ in range(50)}
    assert len(names) == 50  # each one a new file


def test_a_taken_name_draws_another(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    taken = tmp_path / ".x.svg.000000000000.tmp"
    taken.write_bytes(b"van een ander")
    draws = iter([b"\0" * 6, b"\1" * 6])
    monkeypatch.setattr(os, "urandom", lambda n: next(draws))
    fd, name = fileio._temporary(tmp_path, "x.svg")
    os.close(fd)
    assert Path(name).name == ".x.svg.010101010101.tmp"
    assert taken.read_bytes() == b"van een ander"


def test_writing_a_drawing_does_not_load_tempfile() -> None:
    """tempfile loads shutil, bz2 and lzma: 10 ms of every drawing's start-up."""
    import subprocess

    code = "import sys, netwerkcli.render.output; print('tempfile' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
