"""``netwerk status``: where the family stands on the four steps (``--json`` for tools)."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from netwerkcli import console
from netwerkcli.cli.app import app
from netwerkcli.cli.common import load
from netwerkcli.cli.plan import ANONIEM, FILE
from netwerkcli.messages import plan as texts


@app.command("status", help=texts.STATUS_HELP)
def status(
    bestand: Path = FILE,
    as_json: bool = typer.Option(False, "--json", help=texts.JSON_HELP),
    anoniem: bool = ANONIEM,
) -> None:
    from netwerkcli.status import family_status

    result = family_status(load(bestand, anoniem))
    if as_json:
        console.data(json.dumps(result.as_json(), ensure_ascii=False, indent=2))
        return
    from netwerkcli.report.terminal import status_view

    console.out.print(status_view(result))
