"""``netwerk rapport``: one printable page (HTML, or PDF through a browser) about the family."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import typer

from netwerkcli import console
from netwerkcli.cli.app import app
from netwerkcli.cli.common import load, named
from netwerkcli.cli.plan import ANONIEM, FILE
from netwerkcli.errors import NetwerkError, RuntimeFailure
from netwerkcli.messages import rapport as texts

REPORT_SUFFIXES = {".html": "html", ".htm": "html", ".pdf": "pdf"}


@app.command("rapport", help=texts.RAPPORT_HELP)
def rapport(
    bestand: Path = FILE,
    uitvoer: Path | None = typer.Option(
        None, "--uitvoer", "-o", help=texts.RAPPORT_OUTPUT_HELP, metavar="PAD", show_default=False
    ),
    anoniem: bool = ANONIEM,
) -> None:
    from netwerkcli.fileio import write_file
    from netwerkcli.render.output import check_output_path
    from netwerkcli.report.pdf import find_browser, html_to_pdf
    from netwerkcli.report.rapport import report_html

    target = uitvoer or _default(bestand, anoniem)
    kind = REPORT_SUFFIXES.get(target.suffix.lower())
    if kind is None:
        raise NetwerkError(
            texts.RAPPORT_UNKNOWN_EXTENSION.format(bestand=target.name), texts.RAPPORT_FORMATS_HINT
        )
    check_output_path(target, bestand)
    browser = find_browser() if kind == "pdf" else None
    if kind == "pdf" and browser is None:  # said before any work is done
        raise RuntimeFailure(texts.NO_BROWSER, texts.NO_BROWSER_HINT)
    family = load(bestand, anoniem)
    page = report_html(family, dt.date.today(), anoniem)
    data = html_to_pdf(page, browser) if kind == "pdf" else page.encode("utf-8")
    write_file(target, data, 0o600)
    console.info(texts.RAPPORT_WRITTEN.format(pad=target))


def _default(bestand: Path, anoniem: bool) -> Path:
    source = named(bestand, anoniem)
    return source.with_name(f"{source.stem}-rapport.html")
