"""``netwerk plan``: the family's agreements as a table, or as plan.md / plan.html."""

from __future__ import annotations

from pathlib import Path

import typer

from netwerkcli import console
from netwerkcli.cli.app import app
from netwerkcli.cli.common import load, shown
from netwerkcli.errors import NetwerkError
from netwerkcli.messages import anoniem as anon_texts
from netwerkcli.messages import plan as texts

FILE = typer.Argument(..., help=texts.FILE_HELP, show_default=False, metavar="GEZIN.yaml")
ANONIEM = typer.Option(False, "--anoniem", help=anon_texts.OPTION_HELP)
PLAN_SUFFIXES = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}


@app.command("plan", help=texts.PLAN_HELP)
def plan(
    bestand: Path = FILE,
    per: str = typer.Option("persoon", "--per", help=texts.PER_HELP, metavar="persoon|steun"),
    uitvoer: Path | None = typer.Option(
        None, "--uitvoer", "-o", help=texts.PLAN_OUTPUT_HELP, metavar="PAD", show_default=False
    ),
    anoniem: bool = ANONIEM,
) -> None:
    from netwerkcli.fileio import write_file
    from netwerkcli.plan import Groepering, make_plan

    try:
        grouping = Groepering(per.strip().lower())
    except ValueError:
        raise NetwerkError(texts.UNKNOWN_GROUPING.format(waarde=per)) from None
    kind = None
    if uitvoer is not None:
        from netwerkcli.render.output import check_output_path

        kind = _kind(uitvoer)
        check_output_path(uitvoer, bestand)
    family = load(bestand, anoniem)
    result = make_plan(family)
    console.problems(result.warnings(str(shown(bestand, anoniem))))
    if uitvoer is None:
        from netwerkcli.report.terminal import plan_table

        console.out.print(plan_table(result, grouping))
        return
    if kind == "md":
        from netwerkcli.report.markdown import plan_markdown

        text = plan_markdown(result, grouping)
    else:
        from netwerkcli.report.html import plan_page

        text = plan_page(result, grouping)
    write_file(uitvoer, text.encode("utf-8"), 0o600)
    console.info(texts.PLAN_WRITTEN.format(pad=uitvoer))


def _kind(path: Path) -> str:
    kind = PLAN_SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise NetwerkError(
            texts.PLAN_UNKNOWN_EXTENSION.format(bestand=path.name), texts.PLAN_FORMATS_HINT
        )
    return kind
