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


def _ask_yes(question: str) -> bool:
    """A yes/no question on the terminal, as `netwerk reflect` asks them (j or n)."""
    from netwerkcli.cli.reflect import TerminalIo
    from netwerkcli.reflect.session import ask_yes_no

    return ask_yes_no(TerminalIo(), question)


def _template(gezin: Path, terminal: bool) -> None:
    from netwerkcli.edit.saving import write_family_file
    from netwerkcli.intake.template import template_text

    if gezin.exists() and (not terminal or not _ask_yes(texts.ASK_OVERWRITE.format(pad=gezin))):
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
    changed = gezin.exists() and store.fingerprint(gezin.read_bytes()) != current.inhoud
    if changed and not _ask_yes(texts.CHANGED_SINCE.format(pad=gezin)):
        console.info(texts.NOT_CHANGED)
        raise typer.Exit(ExitCode.OK)


def _may_start(gezin: Path) -> None:
    from netwerkcli.intake import state as store

    if store.load(gezin) is not None:
        raise NetwerkError(texts.BUSY.format(pad=gezin), texts.BUSY_HINT.format(pad=gezin))
    if gezin.exists() and not _ask_yes(texts.ASK_OVERWRITE.format(pad=gezin)):
        console.info(texts.NOT_CHANGED)
        raise typer.Exit(ExitCode.OK)


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
    io = TerminalIo()  # Ctrl-C, a closed window (SIGHUP) and SIGTERM while typing: saved first
    try:
        ending = session.run(gezin, current, io, today, resumed=hervat)
    except KeyboardInterrupt:
        console.err.print()
        console.error(texts.INTERRUPTED.format(pad=gezin), texts.RESUME_HINT.format(pad=gezin))
        raise typer.Exit(ExitCode.INTERRUPTED) from None
    finally:
        io.settle()
    console.err.print()
    if ending is session.Ending.STOPPED:
        console.warning(texts.STOPPED.format(pad=gezin))
        console.info(texts.RESUME_HINT.format(pad=gezin))
        return
    from netwerkcli.cli.common import load

    load(gezin)  # the file passes netwerk check; its warnings are worth reading now
    console.success(texts.FINISHED.format(pad=gezin))
    console.info(texts.FINISHED_NEXT.format(pad=gezin))
