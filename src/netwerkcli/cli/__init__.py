"""Command-line adapter: parse, call one library function, print, exit code.

Each area registers its commands on the one app in a module of its own.
"""

from __future__ import annotations

import sys

from netwerkcli.cli import (  # noqa: F401  (registers commands)
    bewerk,
    genogram,
    gezin,
    nieuw,
    plan,
    rapport,
    reflect,
    sociogram,
    status,
)
from netwerkcli.cli.app import app
from netwerkcli.errors import ExitCode

__all__ = ["app", "main"]


def main() -> None:
    try:
        app(prog_name="netwerk")
    except KeyboardInterrupt:  # Ctrl-C outside a command (while parsing)
        sys.exit(ExitCode.INTERRUPTED)
