"""Editing without an editor: `netwerk persoon|relatie|netwerklid toevoegen|wijzig|verwijder`.

The options of each command come from the field table (``fields.py``), like the loader and the
JSON Schema: a key added to the format is an option here without further code. The work is done
by ``netwerkcli.edit.commands``; YAML is imported only when a command runs.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import typer

from netwerkcli import console
from netwerkcli.cli.app import app
from netwerkcli.errors import ExitCode, InvalidFile
from netwerkcli.fields import Field, Kind
from netwerkcli.messages import bewerk as texts

F = TypeVar("F", bound=Callable[..., Any])
LIST_KINDS = (Kind.REFS, Kind.CHOICES, Kind.RINGS, Kind.CONSENT)
SETTINGS = {"help_option_names": ["-h", "--help"]}


def _group(name: str, help: str) -> typer.Typer:
    group = typer.Typer(
        help=help, no_args_is_help=True, rich_markup_mode="rich", context_settings=SETTINGS
    )
    app.add_typer(group, name=name)
    return group


persoon_app = _group("persoon", texts.PERSOON_HELP)
relatie_app = _group("relatie", texts.RELATIE_HELP)
netwerklid_app = _group("netwerklid", texts.NETWERKLID_HELP)


def _option_help(field: Field) -> str:
    extra = ""
    if field.choices is not None:
        extra += texts.CHOICES_HELP.format(keuzes=", ".join(c.value for c in field.choices))
    if field.kind is Kind.RINGS:
        extra += texts.RINGS_HELP
    elif field.kind is Kind.CONSENT:
        extra += texts.CONSENT_HELP
    elif field.kind in LIST_KINDS:
        extra += texts.LIST_HELP
    return field.help + extra


def _parameters(record: str, skip: tuple[str, ...]) -> list[inspect.Parameter]:
    from netwerkcli.fields import RECORDS  # the table, without YAML

    parameters = []
    for field in RECORDS[record]:
        if field.key in skip:
            continue
        many = field.kind in LIST_KINDS
        option = typer.Option(
            None,
            f"--{field.key}",
            help=_option_help(field),
            metavar=texts.METAVAR[field.kind.value],
            show_default=False,
        )
        parameters.append(
            inspect.Parameter(
                field.key.replace("-", "_"),
                inspect.Parameter.KEYWORD_ONLY,
                default=option,
                annotation=list[str] | None if many else str | None,
            )
        )
    return parameters


def field_options(record: str, skip: tuple[str, ...] = ()) -> Callable[[F], F]:
    """Give a command one option per key of ``record`` (``--naam``, ``--geboren``, ...).

    The values arrive in the command's ``**velden``, by key, only those that were given.
    """

    def decorate(function: F) -> F:
        own = [
            p
            for p in inspect.signature(function).parameters.values()
            if p.kind is not inspect.Parameter.VAR_KEYWORD
        ]
        signature = inspect.Signature([*own, *_parameters(record, skip)])
        function.__signature__ = signature  # type: ignore[attr-defined]
        return function

    return decorate


def _values(record: str, velden: dict[str, Any]) -> dict[str, Any]:
    from netwerkcli.edit.values import fields_for, file_value

    given = {}
    for field in fields_for(record):
        value = velden.get(field.key.replace("-", "_"))
        if value is not None and value != []:
            given[field.key] = file_value(field, value)
    return given


def _report(gezin: Path, run: Callable[[], Any]) -> None:
    """Run an edit; print its warnings and result, or why the file was left alone."""
    from netwerkcli.edit.saving import EditRefused
    from netwerkcli.intake.state import state_path

    try:
        outcome = run()
    except EditRefused as exc:
        console.error(texts.REFUSED)
        console.problems(exc.problems)
        console.info(texts.REFUSED_HINT)
        raise typer.Exit(ExitCode.INPUT) from None
    except InvalidFile:
        raise
    if outcome.loaded is not None:
        console.problems(outcome.loaded.warnings)
    if outcome.changed:
        console.success(outcome.message)
        if state_path(gezin).exists():  # `netwerk nieuw --hervat` would write the file anew
            console.warning(texts.INTAKE_BUSY.format(pad=gezin))
    else:
        console.info(outcome.message)


def confirm_references(id: str) -> Callable[[list[Any]], bool] | None:
    """On a terminal: show what refers to ``id`` and ask whether it goes too; else None."""
    from netwerkcli.cli.reflect import TerminalIo, stdin_is_terminal
    from netwerkcli.reflect.session import ask_yes_no

    if not stdin_is_terminal():
        return None

    def ask(found: list[Any]) -> bool:
        io = TerminalIo()
        io.show(texts.IN_USE.format(id=id))
        for reference in found:
            io.show(texts.REFERENCE_LINE.format(regel=reference.line, tekst=reference.text))
        return ask_yes_no(io, texts.ASK_WITH_REFERENCES.format(id=id))

    return ask


FILE = typer.Argument(..., help=texts.FILE_ARG, metavar="GEZIN.yaml", show_default=False)
WIS = typer.Option(None, "--wis", metavar="SLEUTEL", help=texts.WIS_OPTION, show_default=False)


def _id_argument(record: str) -> Any:
    what = texts.WHAT[record]
    return typer.Argument(..., help=texts.ID_ARG.format(wat=what), metavar="ID")


# -- persoon and netwerklid: found by their id -----------------------------------------------
def _id_commands(group: typer.Typer, record: str, id_help: str) -> None:
    """`toevoegen` and `wijzig` for a record found by its id (a person, a network person)."""
    what = texts.WHAT[record]

    @group.command("toevoegen", help=texts.ADD_HELP.format(wat=what))
    @field_options(record, skip=("id",))
    def toevoegen(
        gezin: Path = FILE,
        id: str | None = typer.Option(None, "--id", help=id_help, metavar="ID"),
        **velden: Any,
    ) -> None:
        from netwerkcli.edit import commands

        _report(gezin, lambda: commands.add(gezin, record, _values(record, velden), id))

    @group.command("wijzig", help=texts.CHANGE_HELP.format(wat=what))
    @field_options(record, skip=("id",))
    def wijzig(
        gezin: Path = FILE,
        id: str = _id_argument(record),
        wis: list[str] | None = WIS,
        **velden: Any,
    ) -> None:
        from netwerkcli.edit import commands

        values = _values(record, velden)
        _report(gezin, lambda: commands.change(gezin, record, id, values, tuple(wis or ())))


_id_commands(persoon_app, "persoon", texts.NEW_ID_OPTION)


@persoon_app.command("verwijder", help=texts.REMOVE_HELP.format(wat=texts.WHAT["persoon"]))
def persoon_verwijder(
    gezin: Path = FILE,
    id: str = _id_argument("persoon"),
    met_verwijzingen: bool = typer.Option(
        False, "--met-verwijzingen", help=texts.WITH_REFERENCES_OPTION
    ),
) -> None:
    from netwerkcli.edit import commands

    _report(
        gezin, lambda: commands.remove_person(gezin, id, met_verwijzingen, confirm_references(id))
    )


# -- relatie ----------------------------------------------------------------------------------
ONE = typer.Argument(..., help=texts.PARTNER_ONE, metavar="PARTNER1")
TWO = typer.Argument(..., help=texts.PARTNER_TWO, metavar="PARTNER2")
REGEL = typer.Option(None, "--regel", help=texts.LINE_OPTION, metavar="GETAL")


@relatie_app.command("toevoegen", help=texts.ADD_HELP.format(wat=texts.WHAT["relatie"]))
@field_options("relatie", skip=("partners",))
def relatie_toevoegen(gezin: Path = FILE, een: str = ONE, twee: str = TWO, **velden: Any) -> None:
    from netwerkcli.edit import commands

    _report(gezin, lambda: commands.add_relation(gezin, een, twee, _values("relatie", velden)))


@relatie_app.command("wijzig", help=texts.CHANGE_HELP.format(wat=texts.WHAT["relatie"]))
@field_options("relatie", skip=("partners",))
def relatie_wijzig(
    gezin: Path = FILE,
    een: str = ONE,
    twee: str = TWO,
    wis: list[str] | None = WIS,
    regel: int | None = REGEL,
    **velden: Any,
) -> None:
    from netwerkcli.edit import commands

    values = _values("relatie", velden)
    _report(
        gezin, lambda: commands.change_relation(gezin, een, twee, values, tuple(wis or ()), regel)
    )


@relatie_app.command("verwijder", help=texts.REMOVE_HELP.format(wat=texts.WHAT["relatie"]))
def relatie_verwijder(
    gezin: Path = FILE, een: str = ONE, twee: str = TWO, regel: int | None = REGEL
) -> None:
    from netwerkcli.edit import commands

    _report(gezin, lambda: commands.remove_relation(gezin, een, twee, regel))


# -- netwerklid -------------------------------------------------------------------------------
_id_commands(netwerklid_app, "netwerk", texts.NETWORK_ID_OPTION)


@netwerklid_app.command("verwijder", help=texts.REMOVE_HELP.format(wat=texts.WHAT["netwerk"]))
def netwerklid_verwijder(gezin: Path = FILE, id: str = _id_argument("netwerk")) -> None:
    from netwerkcli.edit import commands

    _report(gezin, lambda: commands.remove_network(gezin, id))
