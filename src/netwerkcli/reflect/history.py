"""Looking back: the trend of scale answers over sessions, and exports as Markdown and JSON."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from netwerkcli.messages import reflectie as msg
from netwerkcli.reflect.model import SCALE_MAX, SCALE_MIN, Kind
from netwerkcli.reflect.record import Session

_BARS = "▁▂▃▄▅▆▇█"


def local_time(stamp: str | None) -> str:
    """An ISO timestamp as local date and time for people, e.g. ``23-11-2026 10:45``."""
    if not stamp:
        return "–"
    return datetime.fromisoformat(stamp).astimezone().strftime("%d-%m-%Y %H:%M")


def local_date(stamp: str) -> str:
    return datetime.fromisoformat(stamp).astimezone().strftime("%d-%m-%Y")


@dataclass(frozen=True)
class Series:
    question_id: str
    question: str
    values: tuple[int | None, ...]  # one per session, None where it was not answered


@dataclass(frozen=True)
class Trend:
    role: str
    case: str | None
    sessions: tuple[Session, ...]
    series: tuple[Series, ...]


def trend(sessions: list[Session], role: str, case: str | None) -> Trend:
    """Scale answers per question across the sessions of one role (and case), oldest first."""
    chosen = [
        s for s in sessions if s.role == role and (case is None or s.case == case) and s.answers
    ]
    order: dict[str, str] = {}
    for session in chosen:
        for answer in session.answers:
            if answer.kind == Kind.SCALE:
                order.setdefault(answer.question_id, answer.question)
    series = []
    for question_id, text in order.items():
        values: list[int | None] = []
        for session in chosen:
            found = session.answer_for(question_id)
            values.append(found.answer if found and isinstance(found.answer, int) else None)
        series.append(Series(question_id, text, tuple(values)))
    return Trend(role, case, tuple(chosen), tuple(series))


def sparkline(values: tuple[int | None, ...]) -> str:
    """One character per value on the fixed 1–10 scale; a space where nothing was answered."""
    chars = []
    for value in values:
        if value is None:
            chars.append("·")
        else:
            step = (value - SCALE_MIN) * (len(_BARS) - 1) / (SCALE_MAX - SCALE_MIN)
            chars.append(_BARS[round(step)])
    return "".join(chars)


def _answer_text(value: str | int | None) -> str:
    # a draft's last newline only says that line was finished
    return msg.SKIPPED if value is None else str(value).rstrip("\n")


def to_markdown(session: Session) -> str:
    lines = [
        f"# {msg.EXPORT_TITLE.format(title=session.title)}",
        "",
        f"- {msg.FIELD_ID}: {session.id}",
        f"- {msg.FIELD_ROLE}: {session.role}",
        f"- {msg.FIELD_CASE}: {session.case or '–'}",
        f"- {msg.FIELD_STARTED}: {local_time(session.started)}",
        f"- {msg.FIELD_FINISHED}: {local_time(session.finished)}",
        f"- {msg.FIELD_STATUS}: {session.status}",
        f"- {msg.FIELD_SOURCE}: {session.source}",
        "",
    ]
    for answer in session.answers:
        lines.append(f"## {' '.join(answer.question.split())}")
        lines.append("")
        text = _answer_text(answer.answer)
        if answer.kind == Kind.SCALE and answer.answer is not None:
            text = msg.SCALE_VALUE.format(value=answer.answer, high=SCALE_MAX)
        if answer.draft:
            text += f" {msg.DRAFT_MARK}"
        lines.extend(f"> {line}" if line else ">" for line in text.splitlines() or [text])
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def to_json(session: Session) -> str:
    return json.dumps(session.to_json(), ensure_ascii=False, indent=2) + "\n"


def format_table(headers: list[str], rows: list[list[str]], max_width: int = 60) -> str:
    """A plain aligned table: readable without colour, and easy to pipe or paste."""

    def cut(cell: str) -> str:
        cell = " ".join(cell.split())
        return cell if len(cell) <= max_width else cell[: max_width - 1] + "…"

    cells = [[cut(c) for c in row] for row in [headers, *rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = [
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells
    ]
    lines.insert(1, "  ".join("─" * w for w in widths))
    return "\n".join(lines)
