"""Commands for reflection: ``netwerk reflect`` and ``netwerk reflecties``.

Thin adapters: parse the options, call ``netwerkcli.reflect``, print, choose the exit code.
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

import typer
from typer.core import TyperCommand

from netwerkcli import console
from netwerkcli.cli.app import app
from netwerkcli.errors import ExitCode, NetwerkError, RuntimeFailure
from netwerkcli.loader import read_text
from netwerkcli.messages import reflectie as msg
from netwerkcli.reflect import answers as answers_file
from netwerkcli.reflect import history, session, storage, svg
from netwerkcli.reflect.model import NEXT_STEP_ID, QuestionSet, all_sets, find_set
from netwerkcli.reflect.storage import Session, Status, Store

MAP_OPTION = typer.Option(None, "--map", metavar="MAP", help=msg.MAP_HELP)


class ReflectCommand(TyperCommand):
    """Lets ``--rol`` go without a value (then the roles are listed), which click cannot."""

    def parse_args(self, ctx: typer.Context, args: list[str]) -> list[str]:  # type: ignore[override]
        args = list(args)
        for i, arg in enumerate(args):
            if arg == "--":
                break
            if arg == "--rol" and (i + 1 == len(args) or args[i + 1].startswith("-")):
                args[i] = "--rol="
        return super().parse_args(ctx, args)


def stdin_is_terminal() -> bool:
    """Whether questions can be asked; tests replace this to drive sessions through CliRunner."""
    return sys.stdin.isatty()


class TerminalIo:
    """Questions and hints go to stderr, so stdout stays free for data."""

    def __init__(self) -> None:
        if sys.stdin.isatty():
            # line editing and arrow keys inside one answer; Windows has no readline
            with contextlib.suppress(ImportError):
                import readline  # noqa: F401

    def show(self, text: str, style: str | None = None) -> None:
        # word-wrapped to the terminal (the shared console leaves long lines whole for tools)
        console.err.print(
            text, style=style, markup=False, emoji=False, highlight=False, soft_wrap=False
        )

    def read(self) -> str:
        return input()


def _print_roles(to_stderr: bool) -> None:
    lines = [msg.ROLES_TITLE]
    for qset in all_sets():
        lines.append(msg.ROLE_LINE.format(role=qset.role, description=qset.description))
        if qset.aliases:
            lines.append(msg.ROLE_ALIASES.format(pad="", aliases=", ".join(qset.aliases)))
    for line in lines:
        console.info(line) if to_stderr else console.data(line)


def _read_answers(source: str) -> tuple[str, str]:
    """The text and display name of an answers file (``-`` is standard input)."""
    if source == "-":
        return sys.stdin.read(), "<stdin>"
    # the family file's reader: Dutch messages for a missing, binary or non-UTF-8 file
    return read_text(Path(source), answers_file.MAX_BYTES, msg.ANSWERS_EMPTY), source


def _choose_set(rol: str | None, plaat: bool) -> QuestionSet:
    if plaat:
        if rol not in (None, "", "plaat"):
            raise NetwerkError(msg.PLAAT_CONFLICT.format(role=rol))
        rol = "plaat"
    if not rol:  # no --rol, or --rol without a value: which roles are there?
        _print_roles(to_stderr=False)
        raise NetwerkError(msg.ROLE_MISSING, msg.ROLE_HINT)
    qset = find_set(rol)
    if qset is None:
        _print_roles(to_stderr=True)
        raise NetwerkError(msg.ROLE_UNKNOWN.format(role=rol), msg.ROLE_HINT)
    return qset


def _run_interactive(store: Store, qset: QuestionSet, current: Session, resumed: bool) -> None:
    io = TerminalIo()
    try:
        ended = session.run(store, qset, current, io, resumed=resumed)
    except KeyboardInterrupt:
        console.err.print()
        console.error(msg.INTERRUPTED, msg.RESUME_HINT)
        raise typer.Exit(ExitCode.INTERRUPTED) from None
    io.show("")
    if ended.status is Status.FINISHED:
        step = ended.answer_for(NEXT_STEP_ID)
        if step is not None and step.answer:
            console.success(msg.FINISHED.format(step=step.answer))
        else:
            console.success(msg.FINISHED_NO_STEP)
    else:
        console.warning(msg.STOPPED)
        console.info(msg.RESUME_HINT)
    console.info(msg.SAVED_IN.format(path=store.path(ended.id)))


def _fill_from_file(store: Store, qset: QuestionSet, source: str, casus: str | None) -> None:
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
    current = session.new_session(qset, case, previous[0] if previous else None)
    ended = session.fill(store, qset, current, values)
    answered = sum(1 for a in ended.answers if a.answer is not None)
    console.success(msg.FILLED.format(answered=answered, total=len(ended.answers), file=name))
    console.info(msg.SAVED_IN.format(path=store.path(ended.id)))


@app.command("reflect", help=msg.REFLECT_HELP, cls=ReflectCommand)
def reflect(
    rol: str | None = typer.Option(None, "--rol", metavar="ROL", help=msg.ROL_HELP),
    casus: str | None = typer.Option(None, "--casus", metavar="CODE", help=msg.CASUS_HELP),
    hervat: bool = typer.Option(False, "--hervat", help=msg.HERVAT_HELP),
    plaat: bool = typer.Option(False, "--plaat", help=msg.PLAAT_HELP),
    antwoorden: str | None = typer.Option(
        None, "--antwoorden", metavar="BESTAND", help=msg.ANTWOORDEN_HELP
    ),
    no_input: bool = typer.Option(False, "--no-input", help=msg.NO_INPUT_HELP),
    map_: Path | None = MAP_OPTION,
) -> None:
    store = Store(storage.resolve_folder(map_))
    if casus is not None:
        storage.check_case_code(casus)
    if hervat:
        if rol is not None or plaat or casus is not None or antwoorden is not None:
            raise NetwerkError(msg.RESUME_CONFLICT)
        current = store.last_unfinished()
        if current is None:
            raise NetwerkError(msg.NOTHING_TO_RESUME, msg.NOTHING_TO_RESUME_HINT)
        qset = _choose_set(current.role, plaat=False)
        _require_terminal(no_input)
        _run_interactive(store, qset, current, resumed=True)
        return
    qset = _choose_set(rol, plaat)
    if antwoorden is not None:
        _fill_from_file(store, qset, antwoorden, casus)
        return
    _require_terminal(no_input)
    found = store.last_next_step(qset.role, casus)
    current = session.new_session(qset, casus, found[0] if found else None)
    _run_interactive(store, qset, current, resumed=False)


def _require_terminal(no_input: bool) -> None:
    if no_input:
        raise NetwerkError(msg.NO_INPUT, msg.NO_TERMINAL_HINT)
    if not stdin_is_terminal():
        raise NetwerkError(msg.NO_TERMINAL, msg.NO_TERMINAL_HINT)


reflecties = typer.Typer(
    help=msg.REFLECTIES_HELP,
    invoke_without_command=True,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.add_typer(reflecties, name="reflecties")


def _store(ctx: typer.Context, option: Path | None) -> Store:
    folder = option if option is not None else (ctx.obj or {}).get("map")
    return Store(storage.resolve_folder(folder))


@reflecties.callback()
def lijst(
    ctx: typer.Context,
    rol: str | None = typer.Option(None, "--rol", metavar="ROL", help=msg.LIJST_ROL_HELP),
    casus: str | None = typer.Option(None, "--casus", metavar="CODE", help=msg.LIJST_CASUS_HELP),
    map_: Path | None = MAP_OPTION,
) -> None:
    """Toon alle reflecties: datum, rol, casus en of ze af zijn."""
    ctx.obj = {"map": map_}
    if ctx.invoked_subcommand is not None:
        return
    store = _store(ctx, map_)
    qset = find_set(rol) if rol else None
    rol = qset.role if qset else rol
    sessions = [
        s
        for s in store.sessions()
        if (rol is None or s.role == rol) and (casus is None or s.case == casus)
    ]
    if not sessions:
        console.info(msg.LIST_EMPTY.format(folder=store.folder))
        console.info(msg.LIST_EMPTY_HINT)
        return
    rows = [
        [
            s.id,
            history.local_time(s.started),
            s.role,
            s.case or "–",
            str(s.status),
            str(sum(1 for a in s.answers if a.answer is not None)),
        ]
        for s in sessions
    ]
    headers = [msg.COL_ID, msg.COL_DATE, msg.COL_ROLE, msg.COL_CASE, msg.COL_STATUS]
    console.info(msg.LIST_TITLE.format(folder=store.folder))
    console.data(history.format_table([*headers, msg.COL_ANSWERS], rows))


@reflecties.command("toon", help=msg.TOON_HELP)
def toon(
    ctx: typer.Context,
    reflectie_id: str = typer.Argument(..., metavar="ID", help=msg.ID_HELP),
    map_: Path | None = MAP_OPTION,
) -> None:
    found = _store(ctx, map_).find(reflectie_id)
    console.data(history.to_markdown(found).rstrip())


@reflecties.command("exporteer", help=msg.EXPORTEER_HELP)
def exporteer(
    ctx: typer.Context,
    reflectie_id: str = typer.Argument(..., metavar="ID", help=msg.ID_HELP),
    formaat: str = typer.Option("md", "--formaat", "-f", metavar="md|json", help=msg.FORMAAT_HELP),
    uitvoer: Path | None = typer.Option(None, "--uitvoer", "-o", help=msg.UITVOER_HELP),
    map_: Path | None = MAP_OPTION,
) -> None:
    if formaat not in ("md", "json"):
        raise NetwerkError(msg.EXPORT_FORMAT.format(formaat=formaat))
    found = _store(ctx, map_).find(reflectie_id)
    text = history.to_markdown(found) if formaat == "md" else history.to_json(found)
    if uitvoer is None:
        console.data(text.rstrip())
        return
    _write(uitvoer, text)
    console.info(msg.EXPORT_WRITTEN.format(path=uitvoer))


def _write(path: Path, text: str) -> None:
    from netwerkcli.render.output import check_output_path

    check_output_path(path)  # never a device, a pipe or a family file
    try:
        storage.write_private(path, text)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise RuntimeFailure(msg.WRITE_FAILED.format(path=path, reason=reason)) from None


@reflecties.command("trend", help=msg.TREND_HELP)
def trend(
    ctx: typer.Context,
    rol: str = typer.Option("houding", "--rol", metavar="ROL", help=msg.TREND_ROL_HELP),
    casus: str | None = typer.Option(None, "--casus", metavar="CODE", help=msg.LIJST_CASUS_HELP),
    grafiek: Path | None = typer.Option(None, "--grafiek", metavar="SVG", help=msg.GRAFIEK_HELP),
    map_: Path | None = MAP_OPTION,
) -> None:
    qset = find_set(rol)
    role = qset.role if qset else rol
    result = history.trend(_store(ctx, map_).sessions(), role, casus)
    if not result.series:
        raise NetwerkError(msg.TREND_EMPTY.format(role=role), msg.TREND_EMPTY_HINT)
    rows = [[s.question, history.sparkline(s.values), _last(s.values)] for s in result.series]
    title = msg.TREND_TITLE.format(role=role)
    if casus:
        title += msg.TREND_TITLE_CASE.format(case=casus)
    console.info(title)
    console.data(history.format_table([msg.COL_QUESTION, msg.COL_TREND, msg.COL_LAST], rows))
    first, last = result.sessions[0].started, result.sessions[-1].started
    console.info(
        msg.TREND_SESSIONS.format(
            count=len(result.sessions),
            first=history.local_date(first),
            last=history.local_date(last),
        )
    )
    if grafiek is not None:
        _write(grafiek, svg.render_svg(result))
        console.info(msg.GRAPH_WRITTEN.format(path=grafiek))


def _last(values: tuple[int | None, ...]) -> str:
    answered = [v for v in values if v is not None]
    return str(answered[-1]) if answered else "–"
