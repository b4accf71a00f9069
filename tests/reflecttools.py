"""Session files for the reflection tests, written as netwerk writes them."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from netwerkcli.cli import reflect as reflect_cli
from netwerkcli.cli.app import app

Netwerk = Callable[..., Result]


def at_a_terminal(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Netwerk:
    """Run netwerk with its reflections in ``folder``, as if typing at a terminal."""
    monkeypatch.setattr(reflect_cli, "stdin_is_terminal", lambda: True)
    monkeypatch.delenv("NETWERK_MAP", raising=False)

    def run(*args: str, typed: str | None = None) -> Result:
        return CliRunner().invoke(app, [*args, "--map", str(folder)], input=typed)

    return run


def session_file(
    folder: Path,
    session_id: str,
    role: str = "zelf",
    case: str | None = None,
    status: str = "gestopt",
    answers: list[str | None] | None = None,
    started: str = "2026-03-01T10:00:00.000+00:00",
) -> Path:
    """A session as netwerk writes it, with ``answers`` to the first questions of ``role``."""
    from netwerkcli.reflect.model import find_set

    qset = find_set(role)
    assert qset is not None
    given = ["Een antwoord."] if answers is None else answers
    data: dict[str, Any] = {
        "versie": 1,
        "id": session_id,
        "rol": qset.role,
        "title": qset.title,
        "source": qset.source.title,
        "casus": case,
        "started": started,
        "updated": started,
        "status": status,
        "finished": started if status == "afgerond" else None,
        "previous_session": None,
        "answers": [
            {
                "question_id": q.id,
                "question": q.text,
                "kind": str(q.kind),
                "answer": a,
                "answered_at": started,
                "draft": False,
            }
            for q, a in zip(qset.questions, given, strict=False)
        ],
    }
    path = folder / f"{session_id}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    path.chmod(0o600)
    return path
