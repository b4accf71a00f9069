"""Command-line adapter: parse, call one library function, print, exit code.

How commands are added, so that start-up stays quick (``netwerk --help``, ``--version`` and
``check`` take at most 1.5 times as long as loading Typer; ``tests/test_startup.py`` checks the
imports, ``benchmarks/startup.py`` the times):

1. A command lives in a module of this package that registers it on the one app, as in
   ``cli/genogram.py``::

       from netwerkcli.cli.app import app

       @app.command("genogram", help=texts.HELP)
       def genogram(...) -> None:
           from netwerkcli.render.genogram import build_genogram  # heavy: inside
           ...

   At the top of a command module only light modules: typer, ``console``, ``errors``,
   ``messages``, ``cli.app``, ``cli.common``. Everything else (the loader and yaml, render.*,
   reflect.*, intake, edit, rich tables, graphviz, typst, ...) is imported inside the command
   function.
2. Add a line to ``COMMANDS`` below: the command's name, its module here and its line in the
   list of ``netwerk --help`` (``messages/cli.py``, ``SUMMARY``). The module is imported only
   when its command runs (or when a test imports it); ``netwerk --help`` imports none.

A group of commands (``netwerk persoon toevoegen``) is a ``typer.Typer`` added with
``app.add_typer(group, name=...)`` and listed here by the group's name.

The quick way of ``netwerk check``: :func:`main` runs exactly ``netwerk check FILE [FILE ...]``
without Typer. It is the command users run most, and scripts run it on many files; loading
Typer (and parsing through Click) costs as much as the whole check of a family file, so the
check would wait twice as long for a command line it does not need parsed. Anything more (an
option, ``--help``, ``--``, ``-``, shell completion) goes through Typer as every other command
does. Both ways run the same function (``cli/checkfiles.py: check_files``) inside the same
error boundary (``cli/boundary.py``), so they print the same and end with the same exit code
(``tests/test_cli_quick.py`` runs both and compares). For the same reason this package imports
no Typer itself: the app is ``netwerkcli.cli.app.app``. The quick way is for ``check`` only:
other commands take their time in their own work, not at start-up.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from netwerkcli.cli.lazy import Lazy
from netwerkcli.errors import ExitCode
from netwerkcli.messages.cli import SUMMARY

__all__ = ["COMMANDS", "main"]

PROG = "netwerk"
COMPLETE_VAR = f"_{PROG.upper()}_COMPLETE"  # Click's shell completion asks through this variable

COMMANDS: dict[str, Lazy] = {  # in the order `netwerk --help` lists them
    "nieuw": Lazy("nieuw", SUMMARY["nieuw"]),
    "check": Lazy("gezin", SUMMARY["check"]),
    "genogram": Lazy("genogram", SUMMARY["genogram"]),
    "sociogram": Lazy("sociogram", SUMMARY["sociogram"]),
    "persoon": Lazy("bewerk", SUMMARY["persoon"]),
    "relatie": Lazy("bewerk", SUMMARY["relatie"]),
    "netwerklid": Lazy("bewerk", SUMMARY["netwerklid"]),
    "plan": Lazy("plan", SUMMARY["plan"]),
    "status": Lazy("status", SUMMARY["status"]),
    "rapport": Lazy("rapport", SUMMARY["rapport"]),
    "reflect": Lazy("reflect", SUMMARY["reflect"]),
    "reflecties": Lazy("reflecties", SUMMARY["reflecties"]),
    "schema": Lazy("gezin", SUMMARY["schema"]),
}


def main() -> None:
    """The console script ``netwerk``: the quick way for ``netwerk check FILE...``, else Typer."""
    from netwerkcli import console

    console.tolerant_streams()
    paths = quick_check(sys.argv[1:])
    if paths is not None:
        from netwerkcli.cli import boundary
        from netwerkcli.cli.checkfiles import check_files

        sys.exit(boundary.run(lambda: check_files(paths)))
    from netwerkcli.cli.app import app

    try:
        app(prog_name=PROG)
    except KeyboardInterrupt:  # Ctrl-C outside a command (while parsing)
        sys.exit(ExitCode.INTERRUPTED)


def quick_check(args: list[str]) -> list[Path] | None:
    """The files of exactly ``netwerk check FILE [FILE ...]``, or None: Typer's turn.

    Anything that could mean more than checking files goes to Typer: an option or ``--help``,
    ``--`` or ``-`` (any argument that starts with ``-``), and shell completion.
    """
    if len(args) < 2 or args[0] != "check" or os.environ.get(COMPLETE_VAR):
        return None
    if any(arg.startswith("-") for arg in args[1:]):
        return None
    return [Path(arg) for arg in args[1:]]
