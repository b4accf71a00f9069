"""Running the conversation: one step at a time, the family file rewritten after every answer.

After each answer the answers are stored (``state``) and the family file is written again from
them (``yamlfile``), both atomically: Ctrl-C or a closed terminal loses nothing that was ended
with Enter, and what was typed of an unfinished answer is kept as a draft.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from pathlib import Path

from netwerkcli.edit.saving import write_family_file
from netwerkcli.intake import state as store
from netwerkcli.intake.ask import Got, ask
from netwerkcli.intake.family import Family
from netwerkcli.intake.plan import conversation
from netwerkcli.intake.state import IntakeState
from netwerkcli.intake.steps import Step
from netwerkcli.intake.yamlfile import family_text
from netwerkcli.messages import intake as texts
from netwerkcli.reflect.history import local_time
from netwerkcli.reflect.session import BACK, SKIP, STOP, Io


class Ending(StrEnum):
    FINISHED = "klaar"
    STOPPED = "gestopt"


def write(path: Path, state: IntakeState, family: Family, finished: bool = False) -> None:
    """The family file from the answers, and the answers with the file's fingerprint."""
    text = family_text(family, str(path), finished)
    write_family_file(path, text, create=True)
    state.inhoud = store.fingerprint(text.encode("utf-8"))
    if not finished:
        store.save(path, state)


def start(path: Path, today: dt.date) -> IntakeState:
    """A new conversation: its (empty) file and its state, written before the first question."""
    state = store.new_state()
    _, family = conversation(state.antwoorden, today)
    write(path, state, family)
    return state


def _position(state: IntakeState, steps: list[Step]) -> int:
    ids = [s.id for s in steps]
    if state.stap in ids:
        return ids.index(state.stap)
    return next((i for i, s in enumerate(steps) if s.id not in state.antwoorden), len(steps))


def _show(io: Io, step: Step, number: int) -> None:
    io.show("")
    if step.heading:
        io.show(step.heading, style="bold")
        io.show("")
    io.show(texts.STEP.format(deel=step.part, nummer=number), style="bold cyan")
    io.show(step.text, style="bold")
    if step.hint:
        io.show(step.hint, style="dim")


def run(path: Path, state: IntakeState, io: Io, today: dt.date, resumed: bool) -> Ending:
    """Ask until the last step is answered or the user stops; Ctrl-C goes on to the caller."""
    io.show(texts.TITLE, style="bold")
    if resumed:
        started = local_time(state.begonnen)
        io.show(texts.RESUMED.format(pad=path, begonnen=started), style="bold")
    else:
        io.show(texts.INTRO)
    io.show("")
    io.show(texts.INSTRUCTIONS.format(pad=path), style="dim")
    try:
        while True:
            steps, family = conversation(state.antwoorden, today)
            index = _position(state, steps)
            if index >= len(steps):
                break
            step = steps[index]
            state.stap = step.id
            _show(io, step, index + 1)

            def save_draft(text: str, step_id: str = step.id) -> None:
                state.concept[step_id] = text  # as typed: lines ended with Enter end with \n
                store.save(path, state)

            previous = state.antwoorden.get(step.id)
            reply = ask(io, step, previous, state.concept.get(step.id), save_draft)
            if _stores(reply, step.id in state.antwoorden):
                state.antwoorden[step.id] = reply.value
            state.concept.pop(step.id, None)
            steps, family = conversation(state.antwoorden, today)
            if reply.command != STOP:  # after :stop, --hervat starts at this same step
                state.stap = _next(steps, step.id, reply.command == BACK)
            write(path, state, family)
            if reply.command == STOP:
                return Ending.STOPPED
    except KeyboardInterrupt:
        store.save(path, state)
        raise
    write(path, state, family, finished=True)
    store.remove(path)
    return Ending.FINISHED


def _stores(reply: Got, answered_before: bool) -> bool:
    """Whether the reply's value goes into the answers (as in `netwerk reflect`)."""
    if reply.command is None:
        return not reply.keep  # an answer; an empty line on an earlier answer keeps it
    if reply.command == SKIP:
        return not answered_before  # skipped now; an earlier answer stays
    return reply.value is not None  # :terug or :stop after typing part of an answer


def _next(steps: list[Step], current: str, back: bool) -> str | None:
    ids = [s.id for s in steps]
    if current not in ids:
        return None
    index = ids.index(current) + (-1 if back else 1)
    index = max(index, 0)
    return ids[index] if index < len(ids) else "__einde__"
