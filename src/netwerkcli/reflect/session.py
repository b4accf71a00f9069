"""The reflection session: asking the questions one by one and saving after every answer.

The runner talks to the user through a tiny :class:`Io` (show a line, read a line), so tests and
other front ends can drive it without a terminal and without Typer.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from netwerkcli.messages import reflectie as msg
from netwerkcli.reflect.history import local_time
from netwerkcli.reflect.model import (
    ASK_BEFORE_FOLLOW_UP,
    FOLLOW_UP_ID,
    NEXT_STEP_ID,
    SCALE_MAX,
    SCALE_MIN,
    Kind,
    Question,
    QuestionSet,
)
from netwerkcli.reflect.record import Answer, Session, Status, now
from netwerkcli.reflect.storage import Store

BACK, SKIP, STOP = ":terug", ":over", ":stop"
Value = str | int | None
SaveDraft = Callable[[str], None]


class LineInterrupted(KeyboardInterrupt):
    """Ctrl-C (or a closed terminal) while reading; ``partial`` is the line as typed so far."""

    def __init__(self, partial: str = "") -> None:
        super().__init__()
        self.partial = partial


class Io(Protocol):
    @property
    def keeps_partial(self) -> bool:
        """Whether the line being typed is kept on Ctrl-C (with line editing in a terminal)."""
        ...

    def show(self, text: str, style: str | None = None) -> None: ...

    def read(self, prefill: str = "") -> str:
        """One line without its newline, starting with ``prefill`` (which the user may edit).

        Raises EOFError at end of input and :class:`LineInterrupted` on Ctrl-C.
        """
        ...


@dataclass(frozen=True)
class Reply:
    command: str | None  # BACK, SKIP or STOP; None for an answer
    value: Value = None
    keep: bool = False  # an empty line on a question answered before: keep that answer


def new_session(
    store: Store, qset: QuestionSet, case: str | None, previous: Session | None
) -> Session:
    """A new session with an id of its own, locked for this process until ``store.release``."""
    stamp = now()
    return Session(
        id=store.reserve(),
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
        previous = next((s for s in store.sessions() if s.id == session.previous_session), None)
        # the same role and case only, even if a file was changed by hand
        if previous is None or (previous.role, previous.case) != (session.role, session.case):
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


def _partial(exc: KeyboardInterrupt) -> str:
    return exc.partial if isinstance(exc, LineInterrupted) else ""


def _typed(lines: list[str], partial: str = "") -> str:
    """A draft as typed: lines ended with Enter end with a newline, the line in progress not."""
    return "".join(f"{line}\n" for line in lines) + partial


def ask_open(io: Io, previous: Answer | None, save_draft: SaveDraft) -> Reply:
    """Lines until an empty line; a command on its own line ends the answer too."""
    lines: list[str] = []
    prefill = ""
    if previous is not None and isinstance(previous.answer, str):
        if previous.draft:
            done, _, prefill = previous.answer.rpartition("\n")
            lines = done.split("\n") if done else []
            if lines:
                io.show(msg.DRAFT_SHOWN.format(text=done), style="dim")
            if prefill:
                io.show(msg.PARTIAL_SHOWN, style="dim")
        else:
            io.show(msg.PREVIOUS_SHOWN.format(text=previous.answer), style="dim")
    while True:
        try:
            line = io.read(prefill)
        except EOFError:
            return Reply(STOP, "\n".join(lines) if lines else None)
        except KeyboardInterrupt as exc:
            if _typed(lines, _partial(exc)).strip():
                save_draft(_typed(lines, _partial(exc)))
            raise
        prefill = ""
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
        save_draft(_typed(lines))


def ask_scale(io: Io, question: Question, previous: Answer | None, save_draft: SaveDraft) -> Reply:
    io.show(msg.SCALE_PROMPT.format(low=question.low, high=question.high), style="dim")
    invalid = msg.SCALE_INVALID.format(low=SCALE_MIN, high=SCALE_MAX)
    return _ask_until_valid(io, previous, parse_scale, invalid, save_draft)


def _ask_until_valid(
    io: Io,
    previous: Answer | None,
    parse: Callable[[str], Any],
    invalid: str,
    save_draft: SaveDraft,
) -> Reply:
    """Read one line until ``parse`` accepts it; an empty line keeps or skips, commands work."""
    prefill = ""
    if previous is not None and previous.draft and isinstance(previous.answer, str):
        prefill = previous.answer
        io.show(msg.PARTIAL_SHOWN, style="dim")
    elif previous is not None and previous.answer is not None:
        io.show(msg.PREVIOUS_SHOWN.format(text=previous.answer), style="dim")
    while True:
        try:
            line = io.read(prefill).strip()
        except EOFError:
            return Reply(STOP)
        except KeyboardInterrupt as exc:
            if _partial(exc).strip():
                save_draft(_partial(exc).strip())
            raise
        prefill = ""
        if (command := _command(line)) is not None:
            return Reply(command)
        if not line:
            answered = previous is not None and previous.answer is not None and not previous.draft
            return Reply(None, keep=True) if answered else Reply(SKIP)
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


def parse_yes_no(text: str) -> bool | None:
    """j/ja (also y/yes) or n/nee (also no, or an empty line); None for anything else."""
    word = text.strip().lower()
    if word in ("j", "ja", "y", "yes"):
        return True
    if word in ("", "n", "nee", "no"):
        return False
    return None


def ask_yes_no(io: Io, question: str) -> bool:
    """Ask until the answer is yes or no; end of input means no."""
    io.show(question, style="bold")
    while True:
        try:
            answer = parse_yes_no(io.read())
        except EOFError:
            return False
        if answer is not None:
            return answer
        io.show(msg.YES_NO_INVALID, style="yellow")


def ask_choice(io: Io, question: Question, previous: Answer | None, save_draft: SaveDraft) -> Reply:
    for number, option in enumerate(question.options, start=1):
        io.show(f"  {number}. {option}")
    io.show(msg.CHOICE_PROMPT.format(count=len(question.options)), style="dim")
    invalid = msg.CHOICE_INVALID.format(count=len(question.options))
    return _ask_until_valid(
        io, previous, lambda line: parse_choice(line, question.options), invalid, save_draft
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
    io.show(msg.INSTRUCTIONS if io.keeps_partial else msg.INSTRUCTIONS_NO_EDITING, style="dim")


def confirm_follow_up(io: Io, session: Session) -> bool:
    """In the family's presence: may the step of an earlier reflection be shown now?"""
    io.show("")
    if session.case:
        io.show(msg.FOLLOW_UP_PRIVATE.format(where=msg.FOLLOW_UP_CASE.format(case=session.case)))
    else:
        io.show(msg.FOLLOW_UP_PRIVATE.format(where=msg.FOLLOW_UP_NO_CASE))
        io.show(msg.FOLLOW_UP_NO_CASE_WARNING)
    return ask_yes_no(io, msg.FOLLOW_UP_CONFIRM)


def _pending_follow_up(session: Session, questions: Sequence[Question]) -> bool:
    if not questions or questions[0].id != FOLLOW_UP_ID:
        return False
    answer = session.answer_for(FOLLOW_UP_ID)
    return answer is None or answer.draft


def run(
    store: Store,
    qset: QuestionSet,
    session: Session,
    io: Io,
    resumed: bool = False,
) -> Session:
    """Ask every open question, saving after each answer. Returns the session as it ended.

    On Ctrl-C the session is saved as interrupted (with whatever was typed of the current
    answer, the line in progress included, as a draft) and the KeyboardInterrupt goes on.
    The session must be locked by this process (``store.reserve`` or ``store.claim``).
    """
    questions = questions_for(session, qset, store)
    show_header(io, qset, session, resumed)
    try:
        ask_first = qset.role in ASK_BEFORE_FOLLOW_UP
        if (
            ask_first
            and _pending_follow_up(session, questions)
            and not confirm_follow_up(io, session)
        ):
            session.previous_session = None
            questions = questions[1:]
        session.status = Status.BUSY
        store.save(session)
        _ask_all(io, store, session, questions)
    except KeyboardInterrupt:
        session.status = Status.INTERRUPTED
        store.save(session)
        raise
    if session.status is Status.FINISHED:
        session.finished = now()
    store.save(session)
    return session


def _ask_all(io: Io, store: Store, session: Session, questions: Sequence[Question]) -> None:
    """The question loop; leaves the session ``afgerond`` or ``gestopt``."""
    index = first_open(session, questions)
    while index < len(questions):
        question = questions[index]
        reply = _ask(io, store, session, question, index, len(questions))
        existing = session.answer_for(question.id)
        if reply.command is None:
            if not reply.keep:
                _record(session, question, reply.value)
                store.save(session)
            index += 1
        elif reply.command == SKIP:
            if existing is None or existing.draft or reply.value is not None:
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
            return
    session.status = Status.FINISHED


def _ask(
    io: Io, store: Store, session: Session, question: Question, index: int, total: int
) -> Reply:
    io.show("")
    if question.id == FOLLOW_UP_ID:
        io.show(msg.FOLLOW_UP_INTRO, style="bold")
    io.show(msg.PROGRESS.format(number=index + 1, total=total), style="bold cyan")
    io.show(question.text, style="bold")
    previous = session.answer_for(question.id)

    def save_draft(text: str) -> None:
        _record(session, question, text, draft=True)
        store.save(session)

    if question.kind is Kind.SCALE:
        return ask_scale(io, question, previous, save_draft)
    if question.kind is Kind.CHOICE:
        return ask_choice(io, question, previous, save_draft)
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
