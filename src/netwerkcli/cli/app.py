"""The Typer application and the one boundary where errors become messages and exit codes."""

from __future__ import annotations

import importlib
import os
from typing import Any

import typer
from typer.core import TyperGroup

from netwerkcli import __version__, console, messages
from netwerkcli.cli import i18n
from netwerkcli.errors import ExitCode, InvalidFile, NetwerkError


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
    """Catches our errors for every command, so no command prints a traceback of its own."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except InvalidFile as exc:
            console.problems(exc.problems)
            raise typer.Exit(exc.exit_code) from None
        except NetwerkError as exc:
            console.error(exc.message, exc.hint)
            raise typer.Exit(exc.exit_code) from None
        except (KeyboardInterrupt, typer.Abort):
            console.error(messages.INTERRUPTED, messages.INTERRUPTED_HINT)
            raise typer.Exit(ExitCode.INTERRUPTED) from None
        except FRAMEWORK_ERRORS:
            raise  # Typer's own exits and usage errors: Typer prints them (in Dutch, see i18n)
        except Exception as exc:
            # a bug in netwerk shows its kind only, never a traceback whose values could hold
            # family data
            if os.environ.get(DEBUG_ENV):
                raise
            console.error(
                messages.INTERNAL_ERROR.format(kind=type(exc).__name__),
                messages.INTERNAL_ERROR_HINT,
            )
            raise typer.Exit(ExitCode.RUNTIME) from None


DEBUG_ENV = "NETWERK_DEBUG"  # set to see the full traceback of a bug (for developers)

i18n.install()

app = typer.Typer(
    cls=NetwerkGroup,
    help=messages.APP_HELP,
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    rich_markup_mode="rich",
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
