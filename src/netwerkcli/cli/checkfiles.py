"""What ``netwerk check`` does, without Typer: the Typer command and the quick way both call it.

Light at import, like the quick way itself (``cli/__init__.py``): the loader, and with it yaml
and the model, loads when the first file is checked.
"""

from __future__ import annotations

from pathlib import Path

from netwerkcli import console
from netwerkcli.errors import ExitCode, InvalidFile
from netwerkcli.messages import gezin as texts


def check_files(paths: list[Path]) -> int:
    """Check each family file: its problems on stderr, OK (and its warnings) per valid file.

    Every file is checked, also after an invalid one. Exit code 2 when any file is invalid (and
    with several files, a last line says how many), else 0: warnings alone do not fail.
    """
    from netwerkcli.loader import load_file

    invalid = 0
    for path in paths:
        try:
            loaded = load_file(path)
        except InvalidFile as exc:
            invalid += 1
            console.problems(exc.problems)
            continue
        console.problems(loaded.warnings)
        if loaded.warnings:
            console.success(
                texts.CHECK_OK_WARNINGS.format(bestand=path, aantal=len(loaded.warnings))
            )
        else:
            console.success(texts.CHECK_OK.format(bestand=path))
    if not invalid:
        return ExitCode.OK
    if len(paths) > 1:
        console.error(texts.CHECK_SUMMARY.format(fout=invalid, totaal=len(paths)))
    return ExitCode.INPUT
