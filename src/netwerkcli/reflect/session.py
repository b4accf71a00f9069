"""The reflection session: asking the questions one by one and saving after every answer.

The runner talks to the user through a tiny :class:`Io` (show a line, read a line), so tests and
other front ends can drive it without a terminal and without Typer.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from netwerkcli.errors import NetwerkError
from netwerkcli.messages import reflectie as msg
from netwerkcli.reflect.history import local_time
from netwerkcli.reflect.model import (
    FOLLOW_UP_ID,
    NEXT_STEP_ID,
    SCALE_MAX,
    SCALE_MIN,
    Kind,
    Question,
    QuestionSet,
)
from netwerkcli.reflect.storage import Answer, Session, Status, Store, new_session_id, now

BACK, SKIP, STOP = ":terug", ":over", ":stop"
Value = str | int | None


class Io(Protocol):
    def show(self, text: str, style: str | None = None) -> None: ...

    def read(self) -> str:
        """One line without its newline; raises EOFError at end of input."""
        ...


@dataclass(frozen=True)
class Reply:
    command: str | None  # BACK, SKIP or STOP; None for an answer
    value: Value = None
    keep: bool = False  # an empty line on a question answered before: keep that answer


def new_session(qset: QuestionSet, case: str | None, previous: Session | None) -> Session:
    stamp = now()
    return Session(
        id=new_session_id(),
        role=qset.role,
        title=qset.title,
        source=qset.source.title,
        case=case,
        started=stamp,
        updated=stamp,
        previous_session=previous.id if previous else None,
    )


def follow_up_question(step: str) -> Question:
    step = "\n  ".join(step.strip().splitlines())
    return Question(FOLLOW_UP_ID, Kind.OPEN, msg.FOLLOW_UP_QUESTION.format(step=step))


def questions_for(session: Session, qset: QuestionSet, store: Store) -> list[Question]:
    """The questions of this session, in order; the follow-up first when there is one."""
    questions = list(qset.with_next_step())
    earlier = session.answer_for(FOLLOW_UP_ID)
    if earlier is not None:
        questions.insert(0, Question(FOLLOW_UP_ID, Kind.OPEN, earlier.question))
    elif session.previous_session:  # resumed before the follow-up was answered
        try:
            previous = store.find(session.previous_session)
        except NetwerkError:  # removed in the meantime: then there is nothing to follow up
            return questions
        step = previous.answer_for(NEXT_STEP_ID)
        if step is not None and isinstance(step.answer, str) and step.answer.strip():
            questions.insert(0, follow_up_question(step.answer))
    return questions


def first_open(session: Session, questions: Sequence[Question]) -> int:
    for i, question in enumerate(questions):
        answer = session.answer_for(question.id)
        if answer is None or answer.draft:
            return i
    return len(questions)


def _record(session: Session, question: Question, value: Value, draft: bool = False) -> None:
    session.record(Answer(question.id, question.text, str(question.kind), value, now(), draft))


def _command(line: str) -> str | None:
    word = line.strip().lower()
    return word if word in (BACK, SKIP, STOP) else None


def ask_open(io: Io, previous: Answer | None, on_line: Callable[[list[str]], None]) -> Reply:
    """Lines until an empty line; a command on its own line ends the answer too."""
    lines: list[str] = []
    if previous is not None and isinstance(previous.answer, str):
        if previous.draft:
            lines = previous.answer.splitlines()
            io.show(msg.DRAFT_SHOWN.format(text=previous.answer), style="dim")
        else:
            io.show(msg.PREVIOUS_SHOWN.format(text=previous.answer), style="dim")
    while True:
        try:
            line = io.read()
        except EOFError:
            return Reply(STOP, "\n".join(lines) if lines else None)
        command = _command(line)
        if command is not None:
            return Reply(command, "\n".join(lines) if lines else None)
        if not line.strip():
            if lines:
                return Reply(None, "\n".join(lines))
            if previous is not None and not previous.draft:
                return Reply(None, keep=True)
            return Reply(SKIP)
        lines.append(line.rstrip())
        on_line(lines)


def ask_scale(io: Io, question: Question, previous: Answer | None) -> Reply:
    io.show(msg.SCALE_PROMPT.format(low=question.low, high=question.high), style="dim")
    invalid = msg.SCALE_INVALID.format(low=SCALE_MIN, high=SCALE_MAX)
    return _ask_until_valid(io, previous, parse_scale, invalid)


def _ask_until_valid(
    io: Io, previous: Answer | None, parse: Callable[[str], Any], invalid: str
) -> Reply:
    """Read one line until ``parse`` accepts it; an empty line keeps or skips, commands work."""
    if previous is not None and previous.answer is not None:
        io.show(msg.PREVIOUS_SHOWN.format(text=previous.answer), style="dim")
    while True:
        try:
            line = io.read().strip()
        except EOFError:
            return Reply(STOP)
        if (command := _command(line)) is not None:
            return Reply(command)
        if not line:
            return Reply(None, keep=True) if previous is not None else Reply(SKIP)
        value = parse(line)
        if value is None:
            io.show(invalid, style="yellow")
            continue
        return Reply(None, value)


def parse_scale(text: str) -> int | None:
    try:
        value = int(text.strip())
    except ValueError:
        return None
    return value if SCALE_MIN <= value <= SCALE_MAX else None


def parse_choice(text: str, options: Sequence[str]) -> str | None:
    """A number (1-based) or the option's text, ignoring case."""
    text = text.strip()
    if text.isdigit() and 1 <= int(text) <= len(options):
        return options[int(text) - 1]
    return next((o for o in options if o.lower() == text.lower()), None)


def ask_choice(io: Io, question: Question, previous: Answer | None) -> Reply:
    for number, option in enumerate(question.options, start=1):
        io.show(f"  {number}. {option}")
    io.show(msg.CHOICE_PROMPT.format(count=len(question.options)), style="dim")
    invalid = msg.CHOICE_INVALID.format(count=len(question.options))
    return _ask_until_valid(
        io, previous, lambda line: parse_choice(line, question.options), invalid
    )


def show_header(io: Io, qset: QuestionSet, session: Session, resumed: bool) -> None:
    io.show(qset.title, style="bold")
    io.show(msg.HEADER_SETTING.format(setting=qset.setting))
    io.show(msg.HEADER_SOURCE.format(title=qset.source.title, makers=qset.source.makers))
    if session.case:
        io.show(msg.HEADER_CASE.format(case=session.case))
    if resumed:
        started = local_time(session.started)
        io.show(msg.RESUMED.format(id=session.id, started=started), style="bold")
    io.show("")
    io.show(qset.intro)
    io.show("")
    io.show(msg.INSTRUCTIONS, style="dim")


def run(
    store: Store,
    qset: QuestionSet,
    session: Session,
    io: Io,
    resumed: bool = False,
) -> Session:
    """Ask every open question, saving after each answer. Returns the session as it ended.

    On Ctrl-C the session is saved as interrupted (with whatever was typed of the current
    answer as a draft) and the KeyboardInterrupt goes on to the caller.
    """
    questions = questions_for(session, qset, store)
    show_header(io, qset, session, resumed)
    session.status = Status.BUSY
    store.save(session)
    index = first_open(session, questions)
    try:
        while index < len(questions):
            question = questions[index]
            reply = _ask(io, store, session, question, index, len(questions))
            if reply.command is None:
                if not reply.keep:
                    _record(session, question, reply.value)
                    store.save(session)
                index += 1
            elif reply.command == SKIP:
                if session.answer_for(question.id) is None or reply.value is not None:
                    _record(session, question, reply.value)
                    store.save(session)
                index += 1
            elif reply.command == BACK:
                if reply.value is not None:
                    _record(session, question, reply.value)
                index = max(0, index - 1)
                store.save(session)
            else:  # STOP
                if reply.value is not None:
                    _record(session, question, reply.value)
                session.status = Status.STOPPED
                store.save(session)
                return session
    except KeyboardInterrupt:
        session.status = Status.INTERRUPTED
        store.save(session)
        raise
    session.status = Status.FINISHED
    session.finished = now()
    store.save(session)
    return session


def _ask(
    io: Io, store: Store, session: Session, question: Question, index: int, total: int
) -> Reply:
    io.show("")
    if question.id == FOLLOW_UP_ID:
        io.show(msg.FOLLOW_UP_INTRO, style="bold")
    io.show(msg.PROGRESS.format(number=index + 1, total=total), style="bold cyan")
    io.show(question.text, style="bold")
    previous = session.answer_for(question.id)

    def save_draft(lines: list[str]) -> None:
        _record(session, question, "\n".join(lines), draft=True)
        store.save(session)

    if question.kind is Kind.SCALE:
        return ask_scale(io, question, previous)
    if question.kind is Kind.CHOICE:
        return ask_choice(io, question, previous)
    return ask_open(io, previous, save_draft)


def fill(
    store: Store,
    qset: QuestionSet,
    session: Session,
    answers: dict[str, Value],
) -> Session:
    """Record answers that were checked beforehand (from an answers file), saving after each."""
    for question in questions_for(session, qset, store):
        _record(session, question, answers.get(question.id))
        store.save(session)
    session.status = Status.FINISHED
    session.finished = now()
    store.save(session)
    return session
