"""Where the conversation is kept while it is not finished: a hidden file next to the family file.

``.gezin.yaml.nieuw.json`` holds the answers (by step id), the step the conversation is at, what
was typed of an unfinished answer, and a fingerprint of the family file as netwerk last wrote it,
so `--hervat` notices changes made by hand. It is written atomically after every answer, readable
by its owner only, and removed when the conversation is finished.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from netwerkcli.errors import NetwerkError
from netwerkcli.fileio import write_file
from netwerkcli.intake.steps import Answer
from netwerkcli.messages import intake as texts

FORMAT_VERSION = 1


@dataclass
class IntakeState:
    begonnen: str
    stap: str | None = None  # the step the conversation is at
    antwoorden: dict[str, Answer] = field(default_factory=dict)
    concept: dict[str, str] = field(default_factory=dict)  # typed, not finished (Ctrl-C)
    inhoud: str | None = None  # sha256 of the family file as netwerk last wrote it
    versie: int = FORMAT_VERSION


def new_state() -> IntakeState:
    return IntakeState(begonnen=datetime.now().astimezone().isoformat(timespec="seconds"))


def state_path(family_file: Path) -> Path:
    return family_file.with_name(f".{family_file.name}.nieuw.json")


def fingerprint(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def load(family_file: Path) -> IntakeState | None:
    path = state_path(family_file)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError:
        raise NetwerkError(texts.STATE_UNREADABLE.format(pad=path)) from None
    try:
        data: dict[str, Any] = json.loads(raw)
        state = IntakeState(**data)
        if not isinstance(state.antwoorden, dict) or state.versie != FORMAT_VERSION:
            raise ValueError
    except (ValueError, TypeError):
        raise NetwerkError(texts.STATE_UNREADABLE.format(pad=path)) from None
    return state


def save(family_file: Path, state: IntakeState) -> None:
    text = json.dumps(asdict(state), ensure_ascii=False, indent=1) + "\n"
    write_file(state_path(family_file), text.encode("utf-8"), 0o600)


def remove(family_file: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        state_path(family_file).unlink()
