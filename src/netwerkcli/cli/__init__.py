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
"""

from __future__ import annotations

import sys

from netwerkcli.cli.app import app
from netwerkcli.cli.lazy import Lazy
from netwerkcli.errors import ExitCode
from netwerkcli.messages.cli import SUMMARY

__all__ = ["COMMANDS", "app", "main"]

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
    try:
        app(prog_name="netwerk")
    except KeyboardInterrupt:  # Ctrl-C outside a command (while parsing)
        sys.exit(ExitCode.INTERRUPTED)
