"""Drawing output: format choice, file names, PNG and PDF with the shipped fonts, paper sizes."""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

import pytest
from PIL import Image, ImageChops
from typer.testing import CliRunner

from netwerkcli.cli.app import app
from netwerkcli.errors import NetwerkError
from netwerkcli.render import convert
from netwerkcli.render.output import Formaat, choose_target
from paths import EXAMPLES, ROOT

runner = CliRunner()
A4 = (595.3, 841.9)
A3 = (841.9, 1190.6)


def test_default_target_is_next_to_the_input() -> None:
    target = choose_target(Path("map/gezin.yaml"), None, None, "sociogram", "helpen")
    assert target.path == Path("map/gezin-sociogram-helpen.svg")
    assert target.formaat is Formaat.SVG


def test_format_from_extension_and_stdout() -> None:
    assert choose_target(Path("g.yaml"), "x.PDF", None, "genogram").formaat is Formaat.PDF
    assert choose_target(Path("g.yaml"), "-", "dot", "genogram").path is None
    assert choose_target(Path("g.yaml"), "x.gv", None, "genogram").formaat is Formaat.DOT
    # Graphviz's own formats are drawn by Graphviz from the DOT text
    assert choose_target(Path("g.yaml"), "x.jpeg", None, "genogram").formaat == "jpg"
    assert choose_target(Path("g.yaml"), None, "gif", "genogram").path == Path("g-genogram.gif")


@pytest.mark.parametrize(
    ("uitvoer", "formaat"), [("x.docx", None), ("x.png", "pdf"), ("x", "gif2"), ("x", "x11")]
)
def test_unclear_formats_are_refused(uitvoer: str, formaat: str | None) -> None:
    with pytest.raises(NetwerkError):
        choose_target(Path("g.yaml"), uitvoer, formaat, "genogram")


def png(data: bytes) -> Image.Image:
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    image = Image.open(io.BytesIO(data))
    flat = Image.new("RGB", image.size, "white")
    flat.paste(image, mask=image.convert("RGBA"))
    return flat


def pdf_pages(data: bytes) -> list[tuple[float, float]]:
    """The size of every page of a PDF, in points."""
    assert data.startswith(b"%PDF-")
    boxes = re.findall(rb"/MediaBox\s*\[\s*([\d.\s-]+)\]", data)
    return [tuple(round(float(v), 1) for v in box.split()[2:4]) for box in boxes]  # type: ignore[misc]


def draw(tmp_path: Path, *args: str) -> bytes:
    shutil.copy(EXAMPLES / "de-vries.yaml", tmp_path / "gezin.yaml")
    out = tmp_path / "uit"
    for old in tmp_path.glob("uit*"):
        old.unlink()
    result = runner.invoke(app, ["genogram", str(tmp_path / "gezin.yaml"), *args])
    assert result.exit_code == 0, result.output
    [written] = tmp_path.glob("uit*")
    assert written.stem == out.name
    return written.read_bytes()


def svg_size(tmp_path: Path) -> tuple[float, float]:
    return convert.svg_size(draw(tmp_path, "-o", str(tmp_path / "uit.svg")).decode())


def test_png_is_twice_the_drawing_by_default_and_follows_schaal_and_dpi(tmp_path: Path) -> None:
    width, height = svg_size(tmp_path)
    assert png(draw(tmp_path, "-o", str(tmp_path / "uit.png"))).size == (
        round(2 * width),
        round(2 * height),
    )
    assert png(draw(tmp_path, "-o", str(tmp_path / "uit.png"), "--schaal", "1")).size == (
        round(width),
        round(height),
    )
    assert png(draw(tmp_path, "-o", str(tmp_path / "uit.png"), "--dpi", "288")).size == (
        round(3 * width),
        round(3 * height),
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-f", "png", "--schaal", "2", "--dpi", "300"], "niet allebei"),
        (["-f", "svg", "--schaal", "3"], "alleen voor png"),
        (["-f", "png", "--schaal", "0"], "--schaal moet tussen"),
        (["-f", "png", "--dpi", "5000"], "--dpi moet tussen"),
        (["-f", "png", "--schaal", "10"], "te groot voor een PNG"),
    ],
)
def test_bad_scales_are_refused_in_dutch(tmp_path: Path, args: list[str], message: str) -> None:
    shutil.copy(ROOT / "tests" / "data" / "genogram" / "groot.yaml", tmp_path / "gezin.yaml")
    result = runner.invoke(app, ["genogram", str(tmp_path / "gezin.yaml"), *args])
    assert result.exit_code == 2
    assert message in result.stderr
    assert not list(tmp_path.glob("*.png")) and not list(tmp_path.glob("*.svg"))


def test_pdf_of_a_family_is_one_a4_page(tmp_path: Path) -> None:
    data = draw(tmp_path, "-o", str(tmp_path / "uit.pdf"))
    assert pdf_pages(data) == [A4]
    assert b"/Title" in data and b"CreationDate" not in data  # no date: same drawing, same file
    assert draw(tmp_path, "-o", str(tmp_path / "uit.pdf")) == data


@pytest.mark.parametrize(
    ("size", "paper", "landscape", "scale"),
    [
        ((600, 700), "A4", False, 1.0),  # fits at its natural size, never enlarged
        ((100, 80), "A4", False, 1.0),
        ((1100, 600), "A4", True, 0.92),  # wider than tall: landscape
        ((1400, 1200), "A3", True, 0.84),  # too small on A4: A3
        ((3000, 900), "A3", True, 0.49),  # a very wide tree: A3 landscape
        ((900, 2200), "A3", False, 0.67),  # a very tall one: A3 portrait
    ],
)
def test_the_page_that_shows_the_drawing_largest(
    size: tuple[float, float], paper: str, landscape: bool, scale: float
) -> None:
    page = convert.choose_page(*size)
    assert (page.paper, page.landscape) == (paper, landscape)
    assert page.scale == pytest.approx(scale, abs=0.01)
    # the drawing and its margins stay on the page
    assert size[0] * 0.75 * page.scale <= page.width - 2 * convert.MARGIN + 0.01
    assert size[1] * 0.75 * page.scale <= page.height - 2 * convert.MARGIN + 0.01


def test_a_very_wide_drawing_is_printed_on_a3_landscape() -> None:
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" width="3000" height="700" viewBox="0 0 3000 700">'
        '<rect x="0" y="0" width="3000" height="700" fill="white"/>'
        '<rect x="10" y="10" width="2980" height="680" fill="none" stroke="black"/></svg>'
    )
    assert pdf_pages(convert.to_pdf(svg)) == [A3[::-1]]


def text_svg(*lines: str, style: str = "") -> str:
    texts = "".join(
        f'<text x="10" y="{30 + 40 * i}" font-size="24"{style}>{line}</text>'
        for i, line in enumerate(lines)
    )
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200" '
        'font-family="DejaVu Sans, sans-serif">'
        f'<rect x="0" y="0" width="300" height="200" fill="white"/>{texts}</svg>'
    )


def differs(a: Image.Image, b: Image.Image) -> int:
    """How many pixels two renderings differ in."""
    diff = ImageChops.difference(a.convert("L"), b.convert("L"))
    return sum(diff.histogram()[65:])


def test_arabic_is_shaped_in_png() -> None:
    # the name as typed, and the same letters in their joined forms (what shaping must produce)
    typed = png(convert.to_png(text_svg("فاطمة")))
    joined = png(convert.to_png(text_svg("\ufed3\ufe8e\ufec3\ufee4\ufe94")))
    isolated = png(convert.to_png(text_svg("\ufed1\ufe8d\ufec1\ufee1\ufe93")))
    assert differs(typed, joined) < 20
    assert differs(typed, isolated) > 200


def test_hebrew_and_mixed_lines_read_in_their_order() -> None:
    def draw(text: str) -> Image.Image:
        return png(convert.to_png(text_svg(text)))

    # right to left: the same as its letters reversed and forced left to right (LRO ... PDF)
    assert differs(draw("שרה"), draw("\u202dהרש\u202c")) < 10
    assert differs(draw("שרה"), draw("\u202dשרה\u202c")) > 200
    assert differs(draw("שרה"), draw("\u0378\u0378\u0378")) > 200  # letters, not empty boxes
    # in a Dutch (left-to-right) drawing a name with a Latin part starts with the Arabic word
    left = (0, 0, 60, 40)
    assert differs(draw("يوسف (Yusuf)").crop(left), draw("يوسف").crop(left)) < 10


def test_the_shipped_fonts_and_their_licences_are_in_the_package() -> None:
    fonts = {p.name for p in convert.FONT_DIR.iterdir()}
    assert {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"} <= fonts
    assert {"LICENSE-DejaVu.txt", "LICENSE-Noto.txt", "NotoSansEthiopic-Regular.ttf"} <= fonts
    svg = (EXAMPLES / "de-vries.yaml").parent  # the drawings name the shipped font first
    result = runner.invoke(app, ["genogram", str(svg / "de-vries.yaml"), "-o", "-"])
    assert 'font-family="DejaVu Sans' in result.stdout


FIXTURES = sorted((ROOT / "tests" / "data" / "genogram").glob("*.yaml")) + sorted(
    EXAMPLES.glob("*.yaml")
)
SOCIOGRAMS = sorted((ROOT / "tests" / "data" / "sociogram").glob("*.yaml")) + sorted(
    EXAMPLES.glob("*.yaml")
)


def drawing_svg(command: str, path: Path) -> str:
    from netwerkcli.loader import load_file
    from netwerkcli.render.genogram import build_genogram
    from netwerkcli.render.sociogram import build_sociogram

    gezin = load_file(path).gezin
    if command == "genogram":
        return build_genogram(gezin).to_svg()
    return build_sociogram(gezin, "belang").to_svg()


@pytest.mark.parametrize(
    ("command", "path"),
    [("genogram", p) for p in FIXTURES] + [("sociogram", p) for p in SOCIOGRAMS],
    ids=lambda v: v.stem if isinstance(v, Path) else v,
)
def test_every_fixture_becomes_png_and_pdf(command: str, path: Path) -> None:
    svg = drawing_svg(command, path)
    width, height = convert.svg_size(svg)
    assert png(convert.to_png(svg)).size == (round(2 * width), round(2 * height))
    [page] = pdf_pages(convert.to_pdf(svg))
    assert page in (A4, A4[::-1], A3, A3[::-1])


def test_drawings_are_written_for_their_owner_only(tmp_path: Path) -> None:
    for suffix in ("svg", "png", "pdf", "dot"):
        out = tmp_path / f"t.{suffix}"
        result = runner.invoke(app, ["genogram", str(EXAMPLES / "de-vries.yaml"), "-o", str(out)])
        assert result.exit_code == 0, result.output
        assert out.stat().st_mode & 0o777 == 0o600, suffix
