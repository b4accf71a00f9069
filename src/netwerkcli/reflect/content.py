"""Where the shipped content lives: inside the wheel, or in the source tree when editable."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def content_dir() -> Path:
    packaged = Path(str(files("netwerkcli") / "content"))
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[3] / "content"
