"""The one boundary where an exception that ends a command becomes a message and an exit code.

Both ways a command runs go through it: the Typer app (``cli/app.py``, ``NetwerkGroup.invoke``)
and the quick way of ``netwerk check`` (``cli/__init__.py``), which does not load Typer. So the
two cannot drift: the same exception gives the same message and the same exit code. Typer is
not imported here.
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Callable

from netwerkcli import console, messages
from netwerkcli.errors import ExitCode, InvalidFile, NetwerkError

DEBUG_ENV = "NETWERK_DEBUG"  # set to see the full traceback of a bug (for developers)


def run(command: Callable[[], int]) -> int:
    """Run ``command`` inside the boundary: its exit code, or the one of what ended it."""
    try:
        return command()
    except (Exception, KeyboardInterrupt) as exc:
        return exit_code(exc)


def exit_code(exc: BaseException) -> int:
    """Tell the user (on stderr) what ended the command, and return the exit code.

    A bug in netwerk shows its kind only, never a traceback whose values could hold family
    data; with ``NETWERK_DEBUG`` set, the bug is raised again, traceback and all.
    """
    if isinstance(exc, InvalidFile):
        console.problems(exc.problems)
        return exc.exit_code
    if isinstance(exc, NetwerkError):
        console.error(exc.message, exc.hint)
        return exc.exit_code
    if isinstance(exc, KeyboardInterrupt):
        return interrupted()
    if isinstance(exc, OSError) and exc.errno == errno.EPIPE:
        return _reader_gone()
    if os.environ.get(DEBUG_ENV):
        raise exc
    console.error(
        messages.INTERNAL_ERROR.format(kind=type(exc).__name__), messages.INTERNAL_ERROR_HINT
    )
    return ExitCode.RUNTIME


def interrupted() -> int:
    """Ctrl-C: say that nothing saved was lost; exit code 130."""
    console.error(messages.INTERRUPTED, messages.INTERRUPTED_HINT)
    return ExitCode.INTERRUPTED


def _reader_gone() -> int:
    """Output piped to a reader that stopped reading (``netwerk check *.yaml | head -1``).

    As Click does: no message, exit code 1. What stdout still holds goes nowhere (the recipe of
    Python's documentation of SIGPIPE), so Python's flush at exit finds no broken pipe either.
    """
    try:
        stdout = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # no file (a test's capture): nothing to flush
        return ExitCode.RUNTIME
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, stdout)
    os.close(devnull)
    return ExitCode.RUNTIME
