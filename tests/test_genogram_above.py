"""Partner lines above the row (docs/genogram.md, Meer partners, rule 5): a person with three or
four partners who all have children. Where the partners in between have no parents drawn, the
line of a partner further out goes above the row and nothing crosses; where they all have
parents, one crossing is unavoidable, drawn with a hop and warned about. Checked on the fixtures
and on generated families (``families.many_partners``), as drawn (``drawingcheck``)."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from drawingcheck import findings
from families import assert_certified, many_partners
from netwerkcli.loader import load_file, load_text
from netwerkcli.render.genogram import build_genogram
from paths import ROOT
from svgtools import NS, Box, by_id, groups, main_symbol, parse, shape_box, text_box

DATA = ROOT / "tests" / "data" / "genogram"
TEKENCHECK = ROOT.parent / "shared" / "tools" / "tekencheck.py"
GENERATED = 120


def _points(group: ET.Element) -> list[tuple[float, float]]:
    """The points of the first path of a group (the line itself, not its slashes)."""
    path = next(group.iter(f"{NS}path"))
    nums = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", path.get("d") or "")]
    return list(zip(nums[0::2], nums[1::2], strict=False))


def _symbol(root: ET.Element, key: str) -> Box:
    group = by_id(root, f"persoon-{key}")
    assert group is not None
    box = shape_box(main_symbol(group))
    assert box is not None
    return box


def _twins(text: str) -> set[str]:
    return {p.id for p in load_text(text).gezin.personen if p.tweeling}


def test_drie_partners_line_above_the_row_children_through_a_free_gap() -> None:
    """Linda, Petra, Rob, Naima: the Linda–Rob line runs above the row, over Petra's year and
    the label of Petra and Rob; Sara and Tim hang from a line that comes down between Linda and
    Petra (not partners: no partner line there); nothing crosses, nothing is warned about."""
    genogram = build_genogram(load_file(DATA / "drie-partners.yaml").gezin)
    root = parse(genogram.to_svg())
    line = by_id(root, "relatie-rob-linda")
    assert line is not None
    pts = _points(line)
    boxes = {k: _symbol(root, k) for k in ("linda", "petra", "rob", "naima")}
    assert sorted(boxes, key=lambda k: boxes[k].cx) == ["linda", "petra", "rob", "naima"]
    centre = boxes["rob"].cy
    assert all(y < centre for _, y in pts), "the whole line is above the centres"
    route = min(y for _, y in pts)
    years = [
        text_box(t)
        for k in ("linda", "petra", "rob", "naima")
        for t in by_id(root, f"persoon-{k}").iter(f"{NS}text")  # type: ignore[union-attr]
        if t.get("class") == "jaren"
    ]
    between = by_id(root, "relatie-rob-petra")
    assert between is not None
    labels = [text_box(t) for t in between.iter(f"{NS}text")]
    assert len(years) == 4 and labels
    assert all(route < b.y0 for b in [*years, *labels]), "above every year and label of the row"
    (descent,) = [
        g
        for g in groups(root, "afstamming")
        if set(g.get("data-ouders", "").split()) == {"rob", "linda"}
    ]
    drop = _points(descent)
    assert abs(drop[0][1] - route) < 0.5, "the children's line leaves the line above the row"
    assert boxes["linda"].x1 < drop[0][0] < boxes["petra"].x0, "between Linda and Petra"
    assert all(abs(x - drop[0][0]) < 0.5 for x, _ in drop), "straight down through the gap"
    assert not [w for w in genogram.warnings if "kruising" in w]
    assert findings(root) == []


def test_partner_between_with_parents_keeps_the_hop_and_the_warning() -> None:
    """Every partner has parents drawn: the line goes below the names, hops over the line to
    the children it must cross, and the warning says so."""
    genogram = build_genogram(load_file(DATA / "drie-partners-ouders.yaml").gezin)
    root = parse(genogram.to_svg())
    routed = [pl for pl in genogram.partner_lines if pl.routed]
    assert len(routed) == 1 and not routed[0].above
    assert len(routed[0].points) == 6 + 4, "six points and a hop of four"
    centre = genogram.nodes[routed[0].pair.a].y
    assert min(y for _, y in routed[0].points) > centre - 1, "below the names, not above"
    assert [w for w in genogram.warnings if "kruising" in w]
    assert len(findings(root)) == 1


@pytest.mark.parametrize("seed", range(GENERATED))
def test_many_partners_cross_only_when_those_between_have_parents(seed: int) -> None:
    text, certificate = many_partners(seed)
    genogram = build_genogram(load_text(text).gezin)
    found = findings(parse(genogram.to_svg()), _twins(text))
    crossing = [w for w in genogram.warnings if "kruising" in w]
    if certificate is not None:
        assert_certified(text, certificate)
        assert not crossing
        assert found == []
        assert any(pl.above for pl in genogram.partner_lines), "a line goes above the row"
    else:  # nothing through a text or a symbol, nothing slanted: only the crossing
        assert crossing
        assert found and all("cross" in f for f in found), found


def test_generated_families_use_both_ways() -> None:
    """Not vacuous: the generator gives families of both kinds."""
    kinds = {many_partners(seed)[1] is None for seed in range(GENERATED)}
    assert kinds == {True, False}


@pytest.mark.skipif(not TEKENCHECK.exists(), reason="the shared tekencheck is not next to netwerk")
def test_tekencheck_finds_nothing_above(tmp_path: Path) -> None:
    drawings = []
    for path in [
        DATA / "drie-partners.yaml",
        ROOT / "docs" / "partners" / "drie-met-kinderen.yaml",
    ]:
        out = tmp_path / f"{path.stem}.svg"
        out.write_text(build_genogram(load_file(path).gezin).to_svg(), encoding="utf-8")
        drawings.append(out)
    for seed in range(0, GENERATED, 4):
        text, certificate = many_partners(seed)
        if certificate is None:
            continue
        out = tmp_path / f"gezin-{seed}.svg"
        out.write_text(build_genogram(load_text(text).gezin).to_svg(), encoding="utf-8")
        drawings.append(out)
    run = subprocess.run(
        [sys.executable, str(TEKENCHECK), *map(str, drawings)], capture_output=True, text=True
    )
    assert run.returncode == 0, run.stdout
