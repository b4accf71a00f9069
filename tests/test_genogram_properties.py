"""The genogram as a reader sees it: no crossing, nothing through a symbol or a text, no slanted
line, nothing on top of anything, on every fixture, every example and hundreds of generated
blended families (see ``families.py`` and ``drawingcheck.py``).

For a generated family the builder also gives a drawing order without crossings (its
certificate): the test first checks that netwerk's cost model agrees that this order has none,
so a crossing in netwerk's drawing is netwerk's failure to find one, never an impossible family.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from drawingcheck import findings
from families import assert_certified, blended_family
from netwerkcli.loader import load_file, load_text
from netwerkcli.model import Gezin
from netwerkcli.render.genogram import build_genogram
from paths import EXAMPLES, ROOT
from svgtools import parse

DATA = ROOT / "tests" / "data" / "genogram"
FIXTURES = sorted(DATA.glob("*.yaml")) + sorted(EXAMPLES.glob("*.yaml"))
TEKENCHECK = ROOT.parent / "shared" / "tools" / "tekencheck.py"
GENERATED = 300
# Rob has children with each of his three partners, and each partner has parents drawn: one
# parent–child line must cross a partner line (docs/genogram.md), and hops over it.
UNAVOIDABLE = {
    "drie-partners-ouders": [
        "a parent–child line crosses another couple's partner line: "
        "afstamming biologisch / relatie gescheiden"
    ],
}


def _twins(gezin: Gezin) -> set[str]:
    return {p.id for p in gezin.personen if p.tweeling}


@pytest.mark.parametrize("path", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_fixture_drawn_cleanly(path: Path) -> None:
    gezin = load_file(path).gezin
    root = parse(build_genogram(gezin).to_svg())
    assert findings(root, _twins(gezin)) == UNAVOIDABLE.get(path.stem, [])


@pytest.mark.parametrize("seed", range(GENERATED))
def test_blended_family_drawn_without_crossings(seed: int) -> None:
    text, certificate = blended_family(seed)
    assert_certified(text, certificate)
    gezin = load_text(text).gezin
    genogram = build_genogram(gezin)
    assert not [w for w in genogram.warnings if "kruising" in w]
    assert findings(parse(genogram.to_svg()), _twins(gezin)) == []


@pytest.mark.skipif(not TEKENCHECK.exists(), reason="the shared tekencheck is not next to netwerk")
def test_tekencheck_finds_nothing(tmp_path: Path) -> None:
    """The common floor, on every fixture and example and a share of the generated families."""
    drawings = []
    for path in FIXTURES:
        if path.stem in UNAVOIDABLE:
            continue
        out = tmp_path / f"{path.stem}.svg"
        out.write_text(build_genogram(load_file(path).gezin).to_svg(), encoding="utf-8")
        drawings.append(out)
    for seed in range(0, GENERATED, 10):
        out = tmp_path / f"gezin-{seed}.svg"
        text, _ = blended_family(seed)
        out.write_text(build_genogram(load_text(text).gezin).to_svg(), encoding="utf-8")
        drawings.append(out)
    run = subprocess.run(
        [sys.executable, str(TEKENCHECK), *map(str, drawings)], capture_output=True, text=True
    )
    assert run.returncode == 0, run.stdout
