"""The command ``netwerk reflect``: start, resume or fill in a reflection.

A thin adapter: parse the options, call ``netwerkcli.reflect``, print, choose the exit code. The
reflection modules are imported inside the commands, so ``netwerk --help`` stays light.
"""

from __future__ import annotations

import os
import shlex
import signal
import sys
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any

import typer
from typer.core import TyperCommand

from netwerkcli import console
from netwerkcli.cli.app import app
from netwerkcli.errors import Ernst, ExitCode, NetwerkError, Probleem
from netwerkcli.messages import reflectie as msg

if TYPE_CHECKING:
    from netwerkcli.reflect.model import QuestionSet
    from netwerkcli.reflect.record import Session
    from netwerkcli.reflect.storage import Skipped, Store

MAP_OPTION = typer.Option(None, "--map", metavar="MAP", help=msg.MAP_HELP)
# Options whose value may be left out: --rol alone lists the roles, --hervat alone takes the last.
_OPTIONAL_VALUES = ("--rol", "--hervat")
# A closed terminal window or a polite kill: keep the line being typed, as for Ctrl-C.
_SIGNALS = ("SIGINT", "SIGHUP", "SIGTERM")


class ReflectCommand(TyperCommand):
    """Lets ``--rol`` and ``--hervat`` go without a value, which click cannot."""

    def parse_args(self, ctx: typer.Context, args: list[str]) -> list[str]:  # type: ignore[override]
        args = list(args)
        for i, arg in enumerate(args):
            if arg == "--":
                break
            if arg in _OPTIONAL_VALUES and (i + 1 == len(args) or args[i + 1].startswith("-")):
                args[i] = f"{arg}="
        return super().parse_args(ctx, args)


def stdin_is_terminal() -> bool:
    """Whether questions can be asked; tests replace this to drive sessions through CliRunner."""
    return sys.stdin.isatty()


class TerminalIo:
    """Questions and hints go to stderr, so stdout stays free for data.

    With line editing (readline) the line being typed is read back when Ctrl-C comes, and a half
    line is put back on the input line when the session is resumed.
    """

    def __init__(self) -> None:
        self._readline: Any = None
        if sys.stdin.isatty():
            try:
                import readline  # line editing and arrow keys inside one answer

                self._readline = readline
            except ImportError:  # pragma: no cover - Python built without it
                pass
        self._signals = [getattr(signal, name) for name in _SIGNALS if hasattr(signal, name)]
        self._original = {sig: signal.getsignal(sig) for sig in self._signals}
        self._holding = False

    @property
    def keeps_partial(self) -> bool:
        return self._readline is not None

    def show(self, text: str, style: str | None = None) -> None:
        # word-wrapped to the terminal (the shared console leaves long lines whole for tools)
        console.err.print(
            console.printable(text),
            style=style,
            markup=False,
            emoji=False,
            highlight=False,
            soft_wrap=False,
        )

    def read(self, prefill: str = "") -> str:
        from netwerkcli.reflect.session import LineInterrupted

        def interrupted(signum: int, frame: FrameType | None) -> None:
            # runs inside input(), before readline forgets the line: take it along
            self._hold()
            raise LineInterrupted(self._line())

        for sig in self._signals:
            signal.signal(sig, interrupted)
        try:
            if prefill and self._readline is not None:
                self._readline.set_startup_hook(lambda: self._readline.insert_text(prefill))
            elif prefill:
                self.show(msg.PARTIAL_FALLBACK.format(text=prefill), style="dim")
                return prefill + self._input()
            return self._input()
        except EOFError:
            # The end of input: saving comes next, and a closed window sends a hangup signal
            # right after. (Readline has emptied a half line by then; lines ended with Enter
            # are all saved.)
            self._hold()
            raise
        finally:
            if self._readline is not None:
                self._readline.set_startup_hook(None)
            if not self._holding:
                self.settle()

    def _line(self) -> str:
        return str(self._readline.get_line_buffer()) if self._readline is not None else ""

    def _hold(self) -> None:
        """Let no second Ctrl-C or hangup cut the last save short."""
        self._holding = True
        for sig in self._signals:
            signal.signal(sig, signal.SIG_IGN)

    def settle(self) -> None:
        """Give Ctrl-C and the other signals their usual meaning back."""
        self._holding = False
        for sig, handler in self._original.items():
            signal.signal(sig, handler)

    def _input(self) -> str:
        """input(), with line editing even when stdout is redirected (then it echoes on stderr)."""
        if self._readline is None or os.isatty(1) or not os.isatty(2):
            return input()
        sys.stdout.flush()
        saved = os.dup(1)
        try:
            os.dup2(2, 1)
            return input()
        finally:
            os.dup2(saved, 1)
            os.close(saved)


def _print_roles(to_stderr: bool) -> None:
    from netwerkcli.reflect.model import all_sets

    lines = [msg.ROLES_TITLE]
    for qset in all_sets():
        lines.append(msg.ROLE_LINE.format(role=qset.role, description=qset.description))
        if qset.aliases:
            lines.append(msg.ROLE_ALIASES.format(pad="", aliases=", ".join(qset.aliases)))
    for line in lines:
        console.info(line) if to_stderr else console.data(line)


def choose_set(rol: str | None, plaat: bool) -> QuestionSet:
    from netwerkcli.reflect.model import find_set

    if plaat:
        if rol not in (None, "", "plaat"):
            raise NetwerkError(msg.PLAAT_CONFLICT.format(role=rol))
        rol = "plaat"
    if not rol:
        _print_roles(to_stderr=True)
        raise NetwerkError(msg.ROLE_MISSING, msg.ROLE_HINT)
    qset = find_set(rol)
    if qset is None:
        _print_roles(to_stderr=True)
        raise NetwerkError(msg.ROLE_UNKNOWN.format(role=rol), msg.ROLE_HINT)
    return qset


def open_store(option: Path | None) -> Store:
    """The store of ``--map``/``NETWERK_MAP``: checked, tidied, and damaged files reported."""
    from netwerkcli.reflect import storage

    folder = storage.resolve_folder(option)
    map_part = f" --map {shlex.quote(str(folder))}" if option is not None else ""

    def report(item: Skipped) -> None:
        name = console.printable(str(item.path))
        if item.newer:
            text = msg.SKIPPED_NEWER.format(reason=item.reason)
            console.problems([Probleem(name, 0, 0, text, Ernst.WAARSCHUWING)])
            return
        text = msg.SKIPPED_FILE.format(reason=item.reason)
        console.problems([Probleem(name, 0, 0, text, Ernst.WAARSCHUWING)])
        command = f"netwerk reflecties opzij {shlex.quote(item.path.name)}{map_part}"
        console.info(msg.SKIPPED_HINT.format(command=console.printable(command)))

    store = storage.Store(folder, on_skip=report)
    note = store.prepare()
    if note:
        console.warning(note)
    return store


def _read_answers(source: str) -> tuple[str, str]:
    """The text and display name of an answers file (``-`` is standard input)."""
    from netwerkcli.loader import read_text
    from netwerkcli.reflect import answers as answers_file

    if source == "-":
        return sys.stdin.read(), "<stdin>"
    # the family file's reader: Dutch messages for a missing, binary or non-UTF-8 file
    return read_text(Path(source), answers_file.MAX_BYTES, msg.ANSWERS_EMPTY), source


def _run_interactive(store: Store, qset: QuestionSet, current: Session, resumed: bool) -> None:
    from netwerkcli.reflect import session
    from netwerkcli.reflect.model import NEXT_STEP_ID
    from netwerkcli.reflect.record import Status

    io = TerminalIo()
    try:
        ended = session.run(store, qset, current, io, resumed=resumed)
    except KeyboardInterrupt:
        console.err.print()
        if current.given == 0:
            console.error(msg.NOTHING_SAVED)
        else:
            said = msg.INTERRUPTED if io.keeps_partial else msg.INTERRUPTED_NO_EDITING
            console.error(said, msg.RESUME_HINT.format(id=store.short_id(current.id)))
        raise typer.Exit(ExitCode.INTERRUPTED) from None
    finally:
        store.release(current)
        io.settle()
    io.show("")
    if ended.status is Status.FINISHED:
        step = ended.answer_for(NEXT_STEP_ID)
        if step is not None and isinstance(step.answer, str) and step.answer:
            console.success(console.printable(msg.FINISHED.format(step=step.answer)))
        else:
            console.success(msg.FINISHED_NO_STEP)
    elif ended.given:
        console.warning(msg.STOPPED)
        console.info(msg.RESUME_HINT.format(id=store.short_id(ended.id)))
    if ended.given == 0:
        console.info(msg.NOTHING_SAVED)
    else:
        console.info(msg.SAVED_IN.format(path=store.path(ended.id)))


def _fill_from_file(store: Store, qset: QuestionSet, source: str, casus: str | None) -> None:
    from netwerkcli.reflect import answers as answers_file
    from netwerkcli.reflect import session, storage
    from netwerkcli.reflect.model import find_set

    text, name = _read_answers(source)
    parsed, problems, node = answers_file.parse(text, name)
    answers_file.raise_if(problems)
    assert node is not None  # parse reports a missing 'antwoorden'
    if parsed.role is not None and find_set(parsed.role) is not qset:
        raise NetwerkError(msg.ROLE_MISMATCH.format(file_role=parsed.role, role=qset.role))
    if parsed.case is not None and casus is not None and parsed.case != casus:
        raise NetwerkError(msg.CASE_MISMATCH.format(file_case=parsed.case, case=casus))
    case = casus or (storage.check_case_code(parsed.case) if parsed.case else None)
    previous = store.last_next_step(qset.role, case)
    values, problems = answers_file.check(name, node, qset, follow_up=previous is not None)
    answers_file.raise_if(problems)
    current = session.new_session(store, qset, case, previous[0] if previous else None)
    try:
        ended = session.fill(store, qset, current, values)
    finally:
        store.release(current)
    console.success(msg.FILLED.format(answered=ended.given, total=len(ended.answers), file=name))
    if ended.given:
        console.info(msg.SAVED_IN.format(path=store.path(ended.id)))
    else:
        console.info(msg.NOTHING_SAVED)


def _resume(store: Store, wanted: str, role: str | None, casus: str | None, no_input: bool) -> None:
    """``--hervat [ID]``: the session with that id, or the last unfinished one."""
    if wanted:
        target = store.find(wanted)
        shown = store.short_id(target.id)
        if target.is_finished:
            raise NetwerkError(
                msg.SESSION_FINISHED.format(id=shown), msg.SESSION_FINISHED_HINT.format(id=shown)
            )
        if (role and target.role != role) or (casus and target.case != casus):
            case = (
                msg.RESUME_CASE_OF.format(case=target.case) if target.case else msg.RESUME_NO_CASE
            )
            raise NetwerkError(msg.RESUME_MISMATCH.format(id=shown, role=target.role, case=case))
    else:
        found = store.last_unfinished(role, casus)
        if found is None:
            which = (msg.RESUME_ROLE.format(role=role) if role else "") + (
                msg.RESUME_CASE.format(case=casus) if casus else ""
            )
            raise NetwerkError(
                msg.NOTHING_TO_RESUME_FOR.format(which=which), msg.NOTHING_TO_RESUME_HINT
            )
        target = found
        others = [s for s in store.sessions() if not s.is_finished and s.id != target.id]
        if others:
            if len(others) == 1:
                console.info(msg.OTHER_UNFINISHED_ONE)
            else:
                console.info(msg.OTHER_UNFINISHED.format(count=len(others)))
    qset = choose_set(target.role, plaat=False)
    _require_terminal(no_input)
    current = store.claim(target)
    _run_interactive(store, qset, current, resumed=True)


@app.command("reflect", help=msg.REFLECT_HELP, cls=ReflectCommand)
def reflect(
    rol: str | None = typer.Option(None, "--rol", metavar="ROL", help=msg.ROL_HELP),
    casus: str | None = typer.Option(None, "--casus", metavar="CODE", help=msg.CASUS_HELP),
    hervat: str | None = typer.Option(None, "--hervat", metavar="[ID]", help=msg.HERVAT_HELP),
    plaat: bool = typer.Option(False, "--plaat", help=msg.PLAAT_HELP),
    antwoorden: str | None = typer.Option(
        None, "--antwoorden", metavar="BESTAND", help=msg.ANTWOORDEN_HELP
    ),
    no_input: bool = typer.Option(False, "--no-input", help=msg.NO_INPUT_HELP),
    map_: Path | None = MAP_OPTION,
) -> None:
    from netwerkcli.reflect import session, storage

    if rol == "" and not plaat:  # '--rol' without a value: which roles are there?
        _print_roles(to_stderr=False)
        return
    if casus is not None:
        storage.check_case_code(casus)
    if hervat is not None:
        if antwoorden is not None:
            raise NetwerkError(msg.RESUME_CONFLICT)
        role = choose_set(rol, plaat).role if (rol or plaat) else None
        _resume(open_store(map_), hervat.strip(), role, casus, no_input)
        return
    qset = choose_set(rol, plaat)
    store = open_store(map_)
    if antwoorden is not None:
        _fill_from_file(store, qset, antwoorden, casus)
        return
    _require_terminal(no_input)
    found = store.last_next_step(qset.role, casus)
    current = session.new_session(store, qset, casus, found[0] if found else None)
    _run_interactive(store, qset, current, resumed=False)


def _require_terminal(no_input: bool) -> None:
    if no_input:
        raise NetwerkError(msg.NO_INPUT, msg.NO_TERMINAL_HINT)
    if not stdin_is_terminal():
        raise NetwerkError(msg.NO_TERMINAL, msg.NO_TERMINAL_HINT)


from netwerkcli.cli import reflecties  # noqa: E402, F401  (registers 'netwerk reflecties')
