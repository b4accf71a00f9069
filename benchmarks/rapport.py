"""Benchmark (not a test): the report of each example as HTML, and as PDF through the browser.

    .venv/bin/python benchmarks/rapport.py

Targets: the HTML in under 2 s (it draws the genogram and three sociograms), the PDF in under
15 s (starting a headless browser is most of it). Also the plan and the four steps, which should
take a few milliseconds.
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from netwerkcli.anonymise import pseudonymise
from netwerkcli.loader import load_file
from netwerkcli.plan import make_plan
from netwerkcli.report.pdf import find_browser, html_to_pdf
from netwerkcli.report.rapport import report_html
from netwerkcli.status import family_status

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def timed(label: str, work: object) -> object:
    start = time.perf_counter()
    result = work() if callable(work) else work
    print(f"{label:<45} {time.perf_counter() - start:7.3f} s")
    return result


def main() -> None:
    today = dt.date(2026, 11, 30)
    browser = find_browser()
    for path in sorted(EXAMPLES.glob("*.yaml")):
        gezin = load_file(path).gezin
        timed(
            f"{path.stem}: plan en vier stappen", lambda g=gezin: (make_plan(g), family_status(g))
        )
        timed(f"{path.stem}: anoniem maken", lambda g=gezin: pseudonymise(g))
        page = timed(f"{path.stem}: rapport (HTML)", lambda g=gezin: report_html(g, today))
        if browser is not None and isinstance(page, str):
            timed(
                f"{path.stem}: rapport (PDF, {Path(browser).name})", lambda p=page: html_to_pdf(p)
            )
    if browser is None:
        print("geen browser gevonden: de PDF is niet gemeten")


if __name__ == "__main__":
    main()
