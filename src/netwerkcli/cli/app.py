"""The Typer application; its root group sends every error through the one boundary.

The commands themselves load when used (``cli/lazy.py``; the list is ``netwerkcli.cli.COMMANDS``).
Help and usage errors are Click's plain text, not Typer's rich panels: rich and Typer's rich help
module take longer to load than the rest of ``netwerk --help`` together.
"""

from __future__ import annotations

import importlib
from typing import Any

import typer
from typer.core import TyperGroup

from netwerkcli import __version__, console, messages
from netwerkcli.cli import boundary, fastparams, i18n, lazy
from netwerkcli.messages import cli as cli_texts


def _framework_errors() -> tuple[type[Exception], ...]:
    """Typer's exceptions for an exit and for a usage error, by type, in every supported Typer.

    Typer 0.26 and later carry click inside (``typer._click``); ``typer.Exit`` and the usage errors
    are classes there (and in ``typer.exceptions`` from 0.29 on).
    """
    found: list[type[Exception]] = [typer.Exit]
    for name in ("typer.exceptions", "typer._click.exceptions"):
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        for attr in ("TyperException", "ClickException", "Exit"):
            cls = getattr(module, attr, None)
            if isinstance(cls, type) and issubclass(cls, Exception):
                found.append(cls)
    return tuple(found)


FRAMEWORK_ERRORS = _framework_errors()


class NetwerkGroup(TyperGroup):
    """The root group: loads a command when it is used, and catches our errors for every
    command, so no command prints a traceback of its own."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        from netwerkcli.cli import COMMANDS

        def load(name: str) -> Any:
            return lazy.build(app, name, COMMANDS[name].module)

        self.commands = lazy.LazyCommands(self.commands, COMMANDS, load)

    def list_commands(self, ctx: Any) -> list[str]:
        return list(self.commands)  # the names only: listing loads nothing

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        """The list of commands in ``netwerk --help``, from ``COMMANDS`` (nothing loaded)."""
        from netwerkcli.cli import COMMANDS

        rows = [(name, entry.summary) for name, entry in COMMANDS.items()]
        with formatter.section(cli_texts.GETTEXT["Commands"]):
            formatter.write_dl(rows)

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except typer.Abort:
            raise typer.Exit(boundary.interrupted()) from None
        except FRAMEWORK_ERRORS:
            raise  # Typer's own exits and usage errors: Typer prints them (in Dutch, see i18n)
        except (Exception, KeyboardInterrupt) as exc:
            raise typer.Exit(boundary.exit_code(exc)) from None


i18n.install()
fastparams.install()

app = typer.Typer(
    cls=NetwerkGroup,
    help=messages.APP_HELP,
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        console.data(messages.VERSION.format(version=__version__))
        raise typer.Exit()


@app.callback()
def root(
    version: bool = typer.Option(
        False,
        "--version",
        "-V",
        help=messages.VERSION_HELP,
        callback=_version,
        is_eager=True,
    ),
) -> None:
    """netwerk: genogram, sociogram en reflectie voor de jeugdhulp."""
