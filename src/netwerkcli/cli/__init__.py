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

The quick way of the three commands users run most: :func:`main` runs exactly ``netwerk check
FILE [FILE ...]``, and ``netwerk genogram FILE`` and ``netwerk sociogram FILE``, each with at
most ``-o PAD`` (``--uitvoer PAD``, ``--uitvoer=PAD``), without Typer. Loading Typer (and
parsing through Click) costs about 0.07 s: as much as the whole check of a family file, and
more than the layout of a genogram of 30 people, so these commands would wait up to twice as
long for a command line they do not need parsed. Anything more (another option, ``--help``,
``--``, ``-``, ``-o -``, shell completion) goes through Typer as every other command does. Both
ways run the same function (``cli/checkfiles.py: check_files``, ``cli/drawings.py``) inside
the same error boundary (``cli/boundary.py``), so they print and write the same and end with the
same exit code (``tests/test_cli_quick.py`` runs both ways and compares). For the same reason
this package imports no Typer itself: the app is ``netwerkcli.cli.app.app``. Other commands
take their time in their own work or wait for the user, not at start-up.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from netwerkcli.cli.lazy import Lazy
from netwerkcli.errors import ExitCode
from netwerkcli.messages.cli import SUMMARY

__all__ = ["COMMANDS", "main"]

PROG = "netwerk"
COMPLETE_VAR = f"_{PROG.upper()}_COMPLETE"  # Click's shell completion asks through this variable
QUICK_DRAWINGS = ("genogram", "sociogram")  # drawn the quick way with at most -o PAD
OUTPUT_OPTION = ("-o", "--uitvoer")

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
    """The console script ``netwerk``: the quick way for the commands of :func:`quick_way`,
    else Typer."""
    from netwerkcli import console

    console.tolerant_streams()
    command = quick_way(sys.argv[1:])
    if command is not None:
        from netwerkcli.cli import boundary

        sys.exit(boundary.run(command))
    from netwerkcli.cli.app import app

    try:
        app(prog_name=PROG)
    except KeyboardInterrupt:  # Ctrl-C outside a command (while parsing)
        sys.exit(ExitCode.INTERRUPTED)


def quick_way(args: list[str]) -> Callable[[], int] | None:
    """The command line as a command to run without Typer, or None: Typer's turn."""
    paths = quick_check(args)
    if paths is not None:
        from netwerkcli.cli.checkfiles import check_files

        return lambda: check_files(paths)
    drawing = quick_drawing(args)
    if drawing is not None:
        from netwerkcli.cli import drawings

        kind, path, uitvoer = drawing
        draw = getattr(drawings, kind)
        return lambda: draw(path, uitvoer=uitvoer) or ExitCode.OK
    return None


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


def quick_drawing(args: list[str]) -> tuple[str, Path, str | None] | None:
    """The command, file and ``-o`` of exactly ``netwerk genogram|sociogram FILE [-o PAD]``
    (the option before or after the file, also as ``--uitvoer PAD`` or ``--uitvoer=PAD``), or
    None: Typer's turn.

    Anything else goes to Typer: another option, ``--help``, ``--``, a file or a PAD that
    starts with ``-`` (``-o -`` writes to stdout), an empty PAD, ``-o`` twice or without its
    value, no file or two, and shell completion.
    """
    if len(args) < 2 or args[0] not in QUICK_DRAWINGS or os.environ.get(COMPLETE_VAR):
        return None
    files: list[str] = []
    outputs: list[str] = []
    rest = iter(args[1:])
    for arg in rest:
        if arg in OUTPUT_OPTION:
            outputs.append(next(rest, ""))
        elif arg.startswith(OUTPUT_OPTION[-1] + "="):
            outputs.append(arg.partition("=")[2])
        elif arg.startswith("-"):
            return None
        else:
            files.append(arg)
    if len(files) != 1 or len(outputs) > 1 or any(not o or o.startswith("-") for o in outputs):
        return None
    return args[0], Path(files[0]), outputs[0] if outputs else None
