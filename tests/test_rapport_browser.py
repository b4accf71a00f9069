"""The report in a real headless Chromium (issue 10, item 4).

It loads with no console message and no request but the page itself, every section is there,
and printed to PDF (by `netwerk rapport -o rapport.pdf`) every page is A4 and no drawing is cut
across two pages. Skipped, with the reason, where Chromium or Playwright is missing; CI installs
both (`.ci/run`).
"""

from __future__ import annotations

import html
import os
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from netwerkcli.cli.app import app
from netwerkcli.report.pdf import find_browser
from paths import EXAMPLES, ROOT

BROWSER = find_browser()
if os.environ.get("NETWERK_BROWSER_TESTS") == "verplicht":  # CI: these tests must run
    import playwright.sync_api as sync_api
    import pypdf

    assert BROWSER is not None, "CI installed Chromium, but netwerk does not find it"
else:
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is niet geïnstalleerd")
    pypdf = pytest.importorskip("pypdf", reason="pypdf is niet geïnstalleerd")
pytestmark = pytest.mark.skipif(BROWSER is None, reason="geen Chromium op deze computer")

runner = CliRunner()
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
FAMILIES = [
    EXAMPLES / "de-vries.yaml",
    EXAMPLES / "familie-haddad.yaml",
    EXAMPLES / "familie-jansen.yaml",
    ROOT / "tests" / "data" / "genogram" / "groot.yaml",  # a wide genogram, no network
    ROOT / "tests" / "data" / "sociogram" / "veertig.yaml",  # forty people with long names
]
SOCIOGRAMS = ["sociogram-belang", "sociogram-helpen", "sociogram-weten"]


def sections(family: Path) -> list[str]:
    with_network = "netwerk:" in family.read_text(encoding="utf-8")
    drawings = ["genogram", *(SOCIOGRAMS if with_network else [])]
    return ["stappen", "toestemming", *drawings, "plan"]


A4 = (595.3, 841.9)  # points
# room for a drawing on a page, in CSS pixels: A4 less the margins (14 + 16 mm, 15 + 15 mm)
PAGE_ROOM = {
    "portrait": (180 / 25.4 * 96, 267 / 25.4 * 96),
    "landscape": (267 / 25.4 * 96, 180 / 25.4 * 96),
}


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=BROWSER, args=FLAGS)
        yield launched
        launched.close()


def make_report(family: Path, folder: Path, suffix: str = "html", *extra: str) -> Path:
    target = folder / f"{family.stem}.{suffix}"
    result = runner.invoke(app, ["rapport", str(family), "-o", str(target), *extra])
    assert result.exit_code == 0, result.output
    return target


@pytest.mark.parametrize("family", FAMILIES, ids=lambda p: p.stem)
def test_loads_with_no_console_message_and_no_request(
    browser, family: Path, tmp_path: Path
) -> None:
    page_file = make_report(family, tmp_path)
    page = browser.new_page()
    messages: list[str] = []
    requests: list[str] = []
    page.on("console", lambda m: messages.append(f"{m.type}: {m.text}"))
    page.on("pageerror", lambda e: messages.append(f"pageerror: {e}"))
    page.on("requestfailed", lambda r: messages.append(f"requestfailed: {r.url}"))
    page.on("request", lambda r: requests.append(r.url))
    page.goto(page_file.as_uri(), wait_until="load")
    ids = page.evaluate("[...document.querySelectorAll('section')].map(s => s.id)")
    heading = page.evaluate("document.querySelector('h1').textContent")
    drawings = page.evaluate("document.querySelectorAll('figure > svg').length")
    unique_ids = page.evaluate(
        "(() => { const ids = [...document.querySelectorAll('[id]')].map(e => e.id);"
        " return ids.length === new Set(ids).size; })()"
    )
    page.close()
    assert messages == []
    assert requests == [page_file.as_uri()]
    assert ids == sections(family)
    assert heading.startswith("Netwerkrapport: ")
    assert drawings == len(sections(family)) - 3
    assert unique_ids, "every id in the page once (the drawings' ids are prefixed)"


@pytest.mark.parametrize("family", FAMILIES, ids=lambda p: p.stem)
def test_every_drawing_fits_its_printed_page(browser, family: Path, tmp_path: Path) -> None:
    page = browser.new_page()
    page.goto(make_report(family, tmp_path).as_uri())
    page.emulate_media(media="print")
    boxes = page.evaluate(
        "[...document.querySelectorAll('section.tekening')].map(s => {"
        " const r = s.querySelector('svg').getBoundingClientRect();"
        " const h = s.querySelector('h2').getBoundingClientRect();"
        " return [s.classList.contains('liggend'), r.width, r.height + h.height + 20]; })"
    )
    page.close()
    assert len(boxes) == len(sections(family)) - 3
    for landscape, width, height in boxes:
        room = PAGE_ROOM["landscape" if landscape else "portrait"]
        assert width <= room[0] + 1 and height <= room[1] + 1, (landscape, width, height)


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def _labels(svg: str) -> set[str]:
    """The Latin texts of a drawing (Arabic comes out of a PDF in shaped, reordered form)."""
    texts = {html.unescape(t) for t in re.findall(r"<text\b[^>]*>([^<]+)</text>", svg)}
    return {_squeeze(t) for t in texts if t.strip() and all(ord(c) < 0x0590 for c in t)}


@pytest.mark.parametrize("family", FAMILIES, ids=lambda p: p.stem)
def test_printed_pdf_is_a4_with_every_drawing_whole_on_one_page(
    family: Path, tmp_path: Path
) -> None:
    pdf = make_report(family, tmp_path, "pdf")
    assert pdf.read_bytes().startswith(b"%PDF-")
    reader = pypdf.PdfReader(pdf)
    pages = [_squeeze(p.extract_text()) for p in reader.pages]
    for number, page in enumerate(reader.pages, start=1):
        size = sorted((float(page.mediabox.width), float(page.mediabox.height)))
        assert size == pytest.approx(A4, abs=1), number
    page_html = make_report(family, tmp_path).read_text(encoding="utf-8")
    drawings = re.findall(
        r'<section class="tekening[^"]*" id="[^"]+">\s*<h2>([^<]+)</h2>(.*?)</section>',
        page_html,
        re.S,
    )
    assert len(drawings) == len(sections(family)) - 3
    for heading, svg in drawings:
        where = [i for i, text in enumerate(pages) if _squeeze(html.unescape(heading)) in text]
        assert len(where) == 1, heading
        missing = {label for label in _labels(svg) if label not in pages[where[0]]}
        assert not missing, f"{heading}: on another page: {sorted(missing)[:5]}"
        # and a drawing does not run on: the next page starts with something else
        if where[0] + 1 < len(pages):
            assert (
                not pages[where[0] + 1]
                .split("/", 1)[-1]
                .startswith(_squeeze(html.unescape(heading)))
            )


def test_pdf_of_an_anonymised_report(tmp_path: Path) -> None:
    pdf = make_report(EXAMPLES / "familie-haddad.yaml", tmp_path, "pdf", "--anoniem")
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(pdf).pages)
    assert "Geanonimiseerd" in text
    assert "Yara" not in text and "Haddad" not in text
