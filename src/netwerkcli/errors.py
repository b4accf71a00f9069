"""One exception hierarchy, the problem record and the exit codes.

Everything the user did wrong becomes a :class:`NetwerkError` (exit 2); everything the machine
did wrong a :class:`RuntimeFailure` (exit 1). The CLI catches both at one boundary.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum, StrEnum


class ExitCode(IntEnum):
    OK = 0
    RUNTIME = 1  # the machine failed: disk full, engine crashed
    INPUT = 2  # bad input or usage: the user can fix it
    INTERRUPTED = 130  # Ctrl-C


class Ernst(StrEnum):
    FOUT = "fout"
    WAARSCHUWING = "waarschuwing"


@dataclass(frozen=True, order=True)
class Probleem:
    """One problem in one file, printed as ``bestand:regel:kolom: melding``."""

    bestand: str
    regel: int  # 1-based; 0 when the problem is about the whole file
    kolom: int  # 1-based; 0 when unknown
    tekst: str
    ernst: Ernst = Ernst.FOUT

    def __str__(self) -> str:
        prefix = self.bestand
        if self.regel:
            prefix += f":{self.regel}"
            if self.kolom:
                prefix += f":{self.kolom}"
        label = "waarschuwing: " if self.ernst is Ernst.WAARSCHUWING else ""
        return f"{prefix}: {label}{self.tekst}"

    @property
    def is_fout(self) -> bool:
        return self.ernst is Ernst.FOUT


class NetwerkError(Exception):
    """A problem the user can fix (bad input or usage). Exit code 2."""

    exit_code = ExitCode.INPUT

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


class InvalidFile(NetwerkError):
    """A family (or answers) file with one or more errors; carries all of them."""

    def __init__(self, problems: list[Probleem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


class RuntimeFailure(NetwerkError):
    """Something outside the user's input failed (disk, engine). Exit code 1."""

    exit_code = ExitCode.RUNTIME
