"""The commands ``netwerk reflecties``: list, show, export, delete, trend, and move a file aside.

Thin adapters over ``netwerkcli.reflect``; those modules are imported inside the commands.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from netwerkcli import console
from netwerkcli.cli import reflect as reflect_cli
from netwerkcli.cli.app import app
from netwerkcli.errors import NetwerkError, RuntimeFailure
from netwerkcli.messages import reflectie as msg

if TYPE_CHECKING:
    from netwerkcli.reflect.storage import Store

MAP_OPTION = typer.Option(None, "--map", metavar="MAP", help=msg.MAP_HELP)

reflecties = typer.Typer(
    help=msg.REFLECTIES_HELP,
    invoke_without_command=True,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.add_typer(reflecties, name="reflecties")


def _store(ctx: typer.Context, option: Path | None) -> Store:
    folder = option if option is not None else (ctx.obj or {}).get("map")
    return reflect_cli.open_store(folder)


@reflecties.callback()
def lijst(
    ctx: typer.Context,
    rol: str | None = typer.Option(None, "--rol", metavar="ROL", help=msg.LIJST_ROL_HELP),
    casus: str | None = typer.Option(None, "--casus", metavar="CODE", help=msg.LIJST_CASUS_HELP),
    map_: Path | None = MAP_OPTION,
) -> None:
    """Toon alle reflecties: datum, rol, casus en of ze af zijn."""
    from netwerkcli.reflect import history, storage
    from netwerkcli.reflect.model import find_set

    ctx.obj = {"map": map_}
    if ctx.invoked_subcommand is not None:
        return
    store = _store(ctx, map_)
    qset = find_set(rol) if rol else None
    rol = qset.role if qset else rol
    every = store.sessions()
    shown = storage.short_ids(every)
    sessions = [
        s for s in every if (rol is None or s.role == rol) and (casus is None or s.case == casus)
    ]
    if not sessions:
        console.info(msg.LIST_EMPTY.format(folder=store.folder))
        console.info(msg.LIST_EMPTY_HINT)
        return
    rows = [
        [
            shown[s.id],
            history.local_time(s.started),
            console.printable(s.role),
            s.case or "–",
            str(s.status),
            str(s.given),
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
    from netwerkcli.reflect import history

    found = _store(ctx, map_).find(reflectie_id)
    console.data(console.printable(history.to_markdown(found).rstrip()))


@reflecties.command("exporteer", help=msg.EXPORTEER_HELP)
def exporteer(
    ctx: typer.Context,
    reflectie_id: str = typer.Argument(..., metavar="ID", help=msg.ID_HELP),
    formaat: str = typer.Option("md", "--formaat", "-f", metavar="md|json", help=msg.FORMAAT_HELP),
    uitvoer: Path | None = typer.Option(None, "--uitvoer", "-o", help=msg.UITVOER_HELP),
    map_: Path | None = MAP_OPTION,
) -> None:
    from netwerkcli.reflect import history

    if formaat not in ("md", "json"):
        raise NetwerkError(msg.EXPORT_FORMAT.format(formaat=formaat))
    found = _store(ctx, map_).find(reflectie_id)
    text = history.to_markdown(found) if formaat == "md" else history.to_json(found)
    if uitvoer is None:
        # JSON escapes control characters itself; Markdown is shown as the terminal can show it
        console.data(console.printable(text.rstrip()) if formaat == "md" else text.rstrip())
        return
    _write(uitvoer, text)
    console.info(msg.EXPORT_WRITTEN.format(path=uitvoer))


@reflecties.command("verwijder", help=msg.VERWIJDER_HELP)
def verwijder(
    ctx: typer.Context,
    reflectie_id: str = typer.Argument(..., metavar="ID", help=msg.ID_HELP),
    ja: bool = typer.Option(False, "--ja", help=msg.JA_HELP),
    map_: Path | None = MAP_OPTION,
) -> None:
    from netwerkcli.reflect import history, session

    store = _store(ctx, map_)
    found = store.find(reflectie_id)
    shown = store.short_id(found.id)
    if not ja:
        if not reflect_cli.stdin_is_terminal():
            raise NetwerkError(msg.DELETE_NO_TERMINAL, msg.DELETE_NO_TERMINAL_HINT)
        question = msg.DELETE_CONFIRM.format(
            id=shown,
            role=found.role,
            case=msg.RESUME_CASE_OF.format(case=found.case) if found.case else msg.RESUME_NO_CASE,
            started=history.local_time(found.started),
            answers=msg.ANSWERS_COUNT_ONE
            if found.given == 1
            else msg.ANSWERS_COUNT.format(count=found.given),
        )
        io = reflect_cli.TerminalIo()
        try:
            agreed = session.ask_yes_no(io, question)
        finally:
            io.settle()
        if not agreed:
            console.info(msg.NOT_DELETED)
            return
    store.delete(found)
    console.success(msg.DELETED.format(id=shown))


@reflecties.command("opzij", help=msg.OPZIJ_HELP)
def opzij(
    ctx: typer.Context,
    bestand: str = typer.Argument(..., metavar="BESTAND", help=msg.BESTAND_HELP),
    map_: Path | None = MAP_OPTION,
) -> None:
    store = _store(ctx, map_)
    target = store.move_aside(bestand)
    console.success(
        msg.ASIDE_DONE.format(
            file=console.printable(bestand), target=console.printable(str(target))
        )
    )


def _write(path: Path, text: str) -> None:
    from netwerkcli.reflect import storage
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
    from netwerkcli.reflect import history, svg
    from netwerkcli.reflect.model import find_set

    qset = find_set(rol)
    role = qset.role if qset else rol
    result = history.trend(_store(ctx, map_).sessions(), role, casus)
    if not result.series:
        raise NetwerkError(msg.TREND_EMPTY.format(role=role), msg.TREND_EMPTY_HINT)
    rows = [
        [console.printable(s.question), history.sparkline(s.values), _last(s.values)]
        for s in result.series
    ]
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
