"""A genogram too large for a PNG is refused before its layout, naming the SVG route (issue 11)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from netwerkcli.cli.app import app
from netwerkcli.loader import load_file
from netwerkcli.render.convert import svg_size
from netwerkcli.render.estimate import genogram_floor
from netwerkcli.render.genogram import build_genogram
from paths import EXAMPLES, ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))  # the benchmark's generated families
from genogram import family_yaml

runner = CliRunner()
FIXTURES = sorted((ROOT / "tests" / "data" / "genogram").glob("*.yaml")) + sorted(
    EXAMPLES.glob("*.yaml")
)


@pytest.mark.parametrize("path", FIXTURES, ids=[p.name for p in FIXTURES])
def test_the_estimate_is_never_larger_than_the_drawing(path: Path) -> None:
    gezin = load_file(path).gezin
    width, height = genogram_floor(gezin)
    drawn_width, drawn_height = svg_size(build_genogram(gezin).to_svg())
    assert width <= drawn_width and height <= drawn_height


def test_the_estimate_of_a_large_family_is_a_lower_bound(tmp_path: Path) -> None:
    path = tmp_path / "gezin.yaml"
    path.write_text(family_yaml(120), encoding="utf-8")
    gezin = load_file(path).gezin
    width, height = genogram_floor(gezin)
    drawn_width, drawn_height = svg_size(build_genogram(gezin).to_svg())
    assert width <= drawn_width and height <= drawn_height
    assert width > drawn_width / 5  # and not so low that it never refuses anything


def test_a_png_too_large_is_refused_before_the_layout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import netwerkcli.render.genogram as genogram

    def no_layout(*args: object) -> None:
        raise AssertionError("the layout ran")

    monkeypatch.setattr(genogram, "build_genogram", no_layout)
    path = tmp_path / "gezin.yaml"
    path.write_text(family_yaml(1000), encoding="utf-8")
    result = runner.invoke(app, ["genogram", str(path), "-o", str(tmp_path / "groot.png")])
    assert result.exit_code == 2, result.output
    assert "te groot is voor een PNG (minstens" in result.stderr
    assert "maak een SVG of PDF (-o tekening.svg" in result.stderr
    assert not (tmp_path / "groot.png").exists()
