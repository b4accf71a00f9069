"""`netwerk rapport` without a browser: the page itself, where it goes, and the PDF's errors."""

from __future__ import annotations

import os
import re
import shutil
import stat
from pathlib import Path

from typer.testing import CliRunner

from netwerkcli.cli.app import app
from netwerkcli.report.embed import inline_svg
from netwerkcli.report.html import fit
from paths import EXAMPLES

runner = CliRunner()


def test_report_is_one_self_contained_private_page(tmp_path: Path) -> None:
    family = tmp_path / "de-vries.yaml"
    shutil.copy(EXAMPLES / "de-vries.yaml", family)
    result = runner.invoke(app, ["rapport", str(family)])
    assert result.exit_code == 0, result.output
    page_file = tmp_path / "de-vries-rapport.html"
    assert f"Rapport geschreven naar {page_file}" in result.stderr
    assert stat.S_IMODE(os.stat(page_file).st_mode) == 0o600
    page = page_file.read_text(encoding="utf-8")
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert "<script" not in page and "<img" not in page and "<link" not in page
    assert re.findall(r'(?:src|href)="(?!#)[^"]*"', page) == []
    assert re.findall(r"url\((?!#)", page) == []
    assert page.count("<svg ") == 4
    for section in ("stappen", "toestemming", "genogram", "sociogram-helpen", "plan"):
        assert f'id="{section}"' in page
    assert "@page { size: A4 portrait" in page and "break-inside: avoid" in page
    assert re.search(r"Gemaakt op \d\d-\d\d-\d{4} met netwerk", page)
    assert "Leeftijden en afspraken op 22-11-2026." in page
    assert "Jongere: Noor (14 jaar)." in page
    assert "Het gezin staat bij stap 1" in page
    assert "vragen aan Noor en de ouders" in page  # the coach, toestemming onbekend


def test_drawings_keep_their_ids_and_styles_to_themselves() -> None:
    svg = (
        '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="5">'
        '<style>.persoon text { fill: red; } .a, .b { x: 1 }</style><g id="titel"/>'
        '<use href="#titel"/><path fill="url(#titel)"/></svg>'
    )
    inline = inline_svg(svg, "sociogram-helpen-tekening", "width:1mm")
    assert not inline.startswith("<?xml")
    assert 'id="sociogram-helpen-tekening-titel"' in inline
    assert 'href="#sociogram-helpen-tekening-titel"' in inline
    assert "url(#sociogram-helpen-tekening-titel)" in inline
    assert "#sociogram-helpen-tekening .persoon text { fill: red; }" in inline
    assert "#sociogram-helpen-tekening .a, #sociogram-helpen-tekening .b" in inline
    assert '<svg style="width:1mm" role="img"' in inline


def test_wide_drawings_get_a_landscape_page_and_never_outgrow_it() -> None:
    tall = '<svg width="560" height="751">'
    wide = '<svg width="1400" height="600">'
    small = '<svg width="100" height="100">'
    style, landscape = fit(tall)
    assert not landscape
    width, height = (float(v) for v in re.findall(r"([\d.]+)mm", style))
    assert width <= 180 and height <= 232
    style, landscape = fit(wide)
    assert landscape
    width, height = (float(v) for v in re.findall(r"([\d.]+)mm", style))
    assert width <= 267 and height <= 150
    style, _ = fit(small)
    assert float(re.findall(r"([\d.]+)mm", style)[0]) == round(100 * 25.4 / 96 * 1.6, 1)


def test_pdf_without_a_browser_says_so_in_dutch(tmp_path: Path) -> None:
    target = tmp_path / "rapport.pdf"
    result = runner.invoke(
        app,
        ["rapport", str(EXAMPLES / "de-vries.yaml"), "-o", str(target)],
        env={"NETWERK_BROWSER": str(tmp_path / "geen-browser")},
    )
    assert result.exit_code == 1
    assert "voor een PDF drukt netwerk het rapport af met een browser" in result.stderr
    assert "sudo apt install chromium" in result.stderr
    assert "Afdrukken → Opslaan als PDF" in result.stderr
    assert not target.exists()


def test_a_browser_that_fails_is_reported(tmp_path: Path) -> None:
    fake = tmp_path / "kapotte-browser"
    fake.write_text("#!/bin/sh\nexit 3\n")
    fake.chmod(0o755)
    target = tmp_path / "rapport.pdf"
    result = runner.invoke(
        app,
        ["rapport", str(EXAMPLES / "de-vries.yaml"), "-o", str(target)],
        env={"NETWERK_BROWSER": str(fake)},
    )
    assert result.exit_code == 1
    assert "de browser kon het rapport niet als PDF afdrukken (exitcode 3)" in result.stderr
    assert not target.exists()


def test_report_refuses_other_extensions_and_the_family_file(tmp_path: Path) -> None:
    family = str(EXAMPLES / "de-vries.yaml")
    docx = runner.invoke(app, ["rapport", family, "-o", str(tmp_path / "rapport.docx")])
    assert docx.exit_code == 2 and "HTML of PDF" in docx.stderr
    yaml_out = runner.invoke(app, ["rapport", family, "-o", str(tmp_path / "x.yaml")])
    assert yaml_out.exit_code == 2


def test_anonymised_report_has_its_own_default_name(tmp_path: Path) -> None:
    family = tmp_path / "familie-haddad.yaml"
    shutil.copy(EXAMPLES / "familie-haddad.yaml", family)
    result = runner.invoke(app, ["rapport", str(family), "--anoniem"])
    assert result.exit_code == 0, result.output
    page = (tmp_path / "anoniem-rapport.html").read_text(encoding="utf-8")
    assert "Netwerkrapport: Geanonimiseerd gezin" in page
    assert "Geanonimiseerd: namen zijn vervangen door rollen" in page
    assert "Haddad" not in page and "haddad" not in result.output
