"""The DOT export: drawn by Graphviz (``neato -n2``) with everyone where the SVG has them.

Also: labels escaped by the graphviz package, one ``style`` per node, and Graphviz's own
formats through ``--formaat`` (a Dutch message when Graphviz is missing).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from typer.testing import CliRunner

from netwerkcli.cli.app import app
from netwerkcli.loader import load_file
from netwerkcli.render.genogram import build_genogram
from netwerkcli.render.sociogram import build_sociogram
from paths import EXAMPLES, ROOT
from svgtools import NS, main_symbol, parse, shape_box

DATA = ROOT / "tests" / "data" / "genogram"

runner = CliRunner()
has_graphviz = pytest.mark.skipif(shutil.which("neato") is None, reason="Graphviz is missing")
GENOGRAMS = sorted((ROOT / "tests" / "data" / "genogram").glob("*.yaml")) + sorted(
    EXAMPLES.glob("*.yaml")
)
SOCIOGRAMS = sorted((ROOT / "tests" / "data" / "sociogram").glob("*.yaml")) + sorted(
    EXAMPLES.glob("*.yaml")
)
QUESTIONS = ["belang", "helpen", "weten"]


def ours(svg: str) -> dict[str, tuple[float, float]]:
    """The centre of every person's symbol in netwerk's SVG."""
    out = {}
    for group in parse(svg).iter(f"{NS}g"):
        name = group.get("id") or ""
        if name.startswith("persoon-"):
            symbol = main_symbol(group) if _has_symbol_class(group) else _first_shape(group)
            box = shape_box(symbol)
            assert box is not None, name
            out[name] = (box.cx, box.cy)
    return out


def _has_symbol_class(group: ET.Element) -> bool:
    return any("symbool" in (el.get("class") or "").split() for el in group.iter())


def _first_shape(group: ET.Element) -> ET.Element:
    for el in group.iter():
        if el.tag.removeprefix(NS) in ("rect", "circle", "polygon", "ellipse"):
            return el
    raise AssertionError(group.get("id"))


def graphviz(dot: str) -> dict[str, tuple[float, float]]:
    """The centre of every person's node in the SVG that ``neato -n2`` draws from ``dot``."""
    done = subprocess.run(
        ["neato", "-n2", "-Tsvg"], input=dot.encode(), capture_output=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr.decode()
    root = ET.fromstring(done.stdout)
    graph = next(g for g in root.iter(f"{NS}g") if "graph" in (g.get("class") or "").split())
    [(tx, ty)] = re.findall(r"translate\(([-\d.]+) ([-\d.]+)\)", graph.get("transform") or "")
    out = {}
    for group in root.iter(f"{NS}g"):
        name = group.get("id") or ""
        if "node" in (group.get("class") or "").split() and name.startswith("persoon-"):
            shape = next(el for el in group if el.tag.removeprefix(NS) in ("ellipse", "polygon"))
            box = shape_box(shape)
            assert box is not None
            out[name] = (box.cx + float(tx), box.cy + float(ty))
    return out


def assert_same_places(svg: str, dot: str) -> None:
    expected, drawn = ours(svg), graphviz(dot)
    classes = {g.get("id"): g.get("class") or "" for g in parse(svg).iter(f"{NS}g")}
    assert expected.keys() == drawn.keys()
    for name, (x, y) in expected.items():
        gx, gy = drawn[name]
        # a pregnancy's triangle is drawn by Graphviz's own triangle: its box differs a little
        near = 2.0 if "zwangerschap" in classes[name] else 0.6
        assert abs(gx - x) < near and abs(gy - y) < near, (name, (x, y), (gx, gy))


@has_graphviz
@pytest.mark.parametrize("path", GENOGRAMS, ids=lambda p: p.stem)
def test_genogram_dot_puts_everyone_where_the_svg_does(path: Path) -> None:
    genogram = build_genogram(load_file(path).gezin)
    assert_same_places(genogram.to_svg(), genogram.to_dot())


@has_graphviz
@pytest.mark.parametrize("vraag", QUESTIONS)
@pytest.mark.parametrize("path", SOCIOGRAMS, ids=lambda p: p.stem)
def test_sociogram_dot_puts_everyone_where_the_svg_does(path: Path, vraag: str) -> None:
    sociogram = build_sociogram(load_file(path).gezin, vraag)
    assert_same_places(sociogram.to_svg(), sociogram.to_dot())


def test_the_dot_shows_bonds_households_marks_and_the_legend() -> None:
    dot = build_genogram(load_file(EXAMPLES / "familie-jansen.yaml").gezin).to_dot()
    assert 'class="band hecht"' in dot and 'class="band conflict"' in dot
    # households that do not stand together: a numbered house per member, named in the legend
    assert "huishouden-3-daan-pleeg-nummer" in dot and "huishouden 3: Bij opa en oma" in dot
    assert "persoon-henk-kruis-0" in dot  # the X of a deceased person
    assert "persoon-daan-pleeg-haak-0" not in dot  # a foster child's copy has no brackets
    assert "Legenda" in dot and "legenda-band-hecht" in dot and "hechte band" in dot
    outlined = build_genogram(load_file(DATA / "samengesteld.yaml").gezin).to_dot()
    assert "huishouden-1-0-begin" in outlined and "Bij papa en Sandra" in outlined


def test_an_unknown_deceased_person_has_one_style(write) -> None:
    path = write(
        "versie: 1\ngezin: Test\nkern: kind\npersonen:\n"
        "  - {id: kind, naam: Kind, geslacht: v, geboren: 2015, ouders: [vader]}\n"
        "  - {id: vader, onbekend: ja, geslacht: m, overleden: ja}\n"
    )
    dot = build_genogram(load_file(path).gezin).to_dot()
    [node] = [line for line in dot.splitlines() if line.strip().startswith('"persoon-vader" [')]
    assert node.count("style=") == 1 and 'style="filled,dashed"' in node


def test_labels_are_escaped_and_never_html(write) -> None:
    path = write(
        "versie: 1\ngezin: Test\nkern: a\npersonen:\n"
        '  - {id: a, naam: "<b>Anna</b> \\\\n \\"x\\"", geslacht: v, geboren: 2015}\n'
    )
    dot = build_genogram(load_file(path).gezin).to_dot()
    # the name, wrapped on two lines: quoted text, never HTML; the backslash stays a backslash
    assert 'label="<b>Anna</b>"' in dot
    assert 'label="\\\\n \\"x\\""' in dot
    if shutil.which("neato"):
        drawn = subprocess.run(["neato", "-n2", "-Tsvg"], input=dot.encode(), capture_output=True)
        assert b"&lt;b&gt;Anna&lt;/b&gt;" in drawn.stdout and b"\\n &quot;x&quot;" in drawn.stdout


@has_graphviz
def test_graphviz_formats_through_formaat(tmp_path: Path) -> None:
    out = tmp_path / "g.jpg"
    result = runner.invoke(app, ["genogram", str(EXAMPLES / "de-vries.yaml"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_bytes()[:3] == b"\xff\xd8\xff"  # a JPEG
    ps = runner.invoke(app, ["sociogram", str(EXAMPLES / "de-vries.yaml"), "-f", "ps", "-o", "-"])
    assert ps.exit_code == 0 and ps.stdout.startswith("%!PS")


def test_graphviz_formats_without_graphviz_say_so_in_dutch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no Graphviz programs on the path
    out = tmp_path / "g.gif"
    result = runner.invoke(app, ["genogram", str(EXAMPLES / "de-vries.yaml"), "-o", str(out)])
    assert result.exit_code == 1
    assert "Graphviz nodig" in result.stderr and "svg, png, pdf of dot" in result.stderr
    assert not out.exists()
