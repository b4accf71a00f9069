"""`netwerk nieuw`: the guided conversation that makes a family file, or a template to fill in.

A thin adapter over ``netwerkcli.intake``: it decides whether the conversation may start (a
terminal, no file overwritten without asking, --hervat), runs it and says how it ended.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import typer

from netwerkcli import console
from netwerkcli.cli.app import app
from netwerkcli.errors import ExitCode, NetwerkError
from netwerkcli.messages import intake as texts


def _ask_yes(question: str, yes: str, no: str) -> bool:
    """A numbered yes/no question on the terminal, as in the conversation itself."""
    from netwerkcli.cli.reflect import TerminalIo
    from netwerkcli.reflect.model import Kind, Question
    from netwerkcli.reflect.session import ask_choice

    io = TerminalIo()
    io.show(question, style="bold")
    reply = ask_choice(io, Question("ja-nee", Kind.CHOICE, question, options=(yes, no)), None)
    return reply.command is None and reply.value == yes


def _template(gezin: Path, terminal: bool) -> None:
    from netwerkcli.edit.saving import write_family_file
    from netwerkcli.intake.template import template_text

    if gezin.exists():
        question = texts.ASK_OVERWRITE.format(pad=gezin)
        yes = texts.REPLACE_YES.format(pad=gezin)
        if not terminal or not _ask_yes(question, yes, texts.OVERWRITE_NO):
            raise NetwerkError(texts.EXISTS.format(pad=gezin), texts.NOT_CHANGED)
    write_family_file(gezin, template_text(str(gezin)), create=True)
    console.success(texts.TEMPLATE_WRITTEN.format(pad=gezin))


def _may_resume(gezin: Path) -> None:
    from netwerkcli.intake import state as store

    current = store.load(gezin)
    if current is None:
        raise NetwerkError(
            texts.NOTHING_TO_RESUME.format(pad=gezin),
            texts.NOTHING_TO_RESUME_HINT.format(pad=gezin),
        )
    if gezin.exists() and store.fingerprint(gezin.read_bytes()) != current.inhoud:
        question = texts.CHANGED_SINCE.format(pad=gezin)
        if not _ask_yes(question, texts.CHANGED_GO_ON.format(pad=gezin), texts.CHANGED_STOP):
            console.info(texts.NOT_CHANGED)
            raise typer.Exit(ExitCode.OK)


def _may_start(gezin: Path) -> None:
    from netwerkcli.intake import state as store

    if store.load(gezin) is not None:
        raise NetwerkError(texts.BUSY.format(pad=gezin), texts.BUSY_HINT.format(pad=gezin))
    if gezin.exists():
        question = texts.ASK_OVERWRITE.format(pad=gezin)
        if not _ask_yes(question, texts.OVERWRITE_YES.format(pad=gezin), texts.OVERWRITE_NO):
            console.info(texts.NOT_CHANGED)
            raise typer.Exit(ExitCode.OK)


def _hang_up_is_interrupt() -> None:
    """A closed terminal window (SIGHUP) saves like Ctrl-C instead of stopping mid-write."""
    import signal

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    if hasattr(signal, "SIGHUP"):
        signal.signal(signal.SIGHUP, interrupt)


@app.command("nieuw", help=texts.HELP)
def nieuw(
    gezin: Path = typer.Argument(..., help=texts.FILE_ARG, metavar="GEZIN.yaml"),
    hervat: bool = typer.Option(False, "--hervat", help=texts.HERVAT_HELP),
    sjabloon: bool = typer.Option(False, "--sjabloon", help=texts.SJABLOON_HELP),
    no_input: bool = typer.Option(False, "--no-input", help=texts.NO_INPUT_HELP),
) -> None:
    from netwerkcli.cli.reflect import TerminalIo, stdin_is_terminal

    terminal = stdin_is_terminal() and not no_input
    if sjabloon:
        _template(gezin, terminal)
        return
    if no_input:
        raise NetwerkError(texts.NO_INPUT, texts.NO_TERMINAL_HINT.format(pad=gezin))
    if not terminal:
        raise NetwerkError(texts.NO_TERMINAL, texts.NO_TERMINAL_HINT.format(pad=gezin))
    from netwerkcli.intake import session
    from netwerkcli.intake import state as store

    today = dt.date.today()
    if hervat:
        _may_resume(gezin)
        current = store.load(gezin)
        assert current is not None
    else:
        _may_start(gezin)
        current = session.start(gezin, today)
    _hang_up_is_interrupt()
    try:
        ending = session.run(gezin, current, TerminalIo(), today, resumed=hervat)
    except KeyboardInterrupt:
        console.err.print()
        console.error(texts.INTERRUPTED.format(pad=gezin), texts.RESUME_HINT.format(pad=gezin))
        raise typer.Exit(ExitCode.INTERRUPTED) from None
    console.err.print()
    if ending is session.Ending.STOPPED:
        console.warning(texts.STOPPED.format(pad=gezin))
        console.info(texts.RESUME_HINT.format(pad=gezin))
        return
    from netwerkcli.cli.common import load

    load(gezin)  # the file passes netwerk check; its warnings are worth reading now
    console.success(texts.FINISHED.format(pad=gezin))
    console.info(texts.FINISHED_NEXT.format(pad=gezin))
