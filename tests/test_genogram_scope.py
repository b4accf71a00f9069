"""Smaller genograms of wide families: ``--generaties N`` and ``--compact``."""

from __future__ import annotations

import sys
from pathlib import Path

from typer.testing import CliRunner

from drawingcheck import findings
from netwerkcli.cli.app import app
from netwerkcli.loader import load_file, load_text
from netwerkcli.render.genogram import build_genogram
from netwerkcli.render.genogram.generations import assign_rows
from netwerkcli.render.genogram.scope import around_kern, fold_branches, left_out
from netwerkcli.render.genogram.structure import build_structure
from paths import EXAMPLES, ROOT
from svgtools import classes, groups, parse, texts

sys.path.insert(0, str(ROOT / "benchmarks"))
from genogram import family_yaml

runner = CliRunner()
A3_LANDSCAPE_MM = (420 - 30, 297 - 30)  # the printable part, 15 mm margins
PT_PER_MM = 72 / 25.4


def sixty() -> str:
    """A family tree of sixty people over five generations, the young person one with three
    generations of ancestors drawn."""
    text = family_yaml(60)
    gezin = load_text(text).gezin
    parents = {p.id: p.ouders for p in gezin.personen}

    def depth(k: str) -> int:
        return 1 + max((depth(q) for q in parents[k]), default=-1)

    kern = min((p.id for p in gezin.personen if depth(p.id) == 3), key=lambda k: int(k[1:]))
    return text.replace("gezin: Benchmark", f"gezin: Zestig\nkern: {kern}")


def _kern(text: str) -> str:
    return next(line.split()[1] for line in text.splitlines() if line.startswith("kern:"))


def test_generations_keep_the_rows_above_the_young_person() -> None:
    text = sixty()
    gezin = load_text(text).gezin
    smaller, outside = around_kern(gezin, 3)
    s = build_structure(gezin)
    assign_rows(s)
    kern_row = s.nodes[_kern(text)].row
    expected = {k for k, n in s.nodes.items() if kern_row - 2 <= n.row <= kern_row}
    assert {p.id for p in smaller.personen} == expected
    assert outside == len(gezin.personen) - len(expected) > 0
    kept = {p.id for p in smaller.personen}
    for p in smaller.personen:
        assert set(p.ouders) <= kept
    for r in smaller.relaties:
        assert set(r.partners) <= kept


def test_compact_folds_cousins_into_one_mark_per_union() -> None:
    text = sixty()
    gezin = load_text(text).gezin
    smaller, stand_ins = fold_branches(gezin)
    ids = {p.id for p in smaller.personen}
    # the young person, the parents, the grandparents and their other children are drawn
    kern = gezin.persoon(_kern(text))
    assert kern is not None
    grandparents = {g for p in kern.ouders for g in gezin.persoon(p).ouders}  # type: ignore[union-attr]
    aunts = {p.id for p in gezin.personen if set(p.ouders) & grandparents}
    assert {kern.id, *kern.ouders, *grandparents, *aunts} <= ids
    assert len(aunts) > len(kern.ouders)  # the family has aunts or uncles
    assert stand_ins and all(k in ids for k in stand_ins)
    assert left_out(gezin, smaller, stand_ins) == len(gezin.personen) - (
        len(smaller.personen) - len(stand_ins)
    )
    root = parse(build_genogram(smaller, folded=stand_ins).to_svg())
    marks = [g for g in groups(root, "persoon") if "samengevouwen" in classes(g)]
    assert {g.get("id", "").removeprefix("persoon-") for g in marks} == set(stand_ins)
    assert all(texts(g)[-1].endswith(("kinderen", "kind")) for g in marks)
    assert findings(root) == []


def test_compact_sixty_people_print_readably_on_a3() -> None:
    """Names of 12 px print at 6 pt or more on A3 landscape (the full tree: under 5 pt)."""
    gezin = load_text(sixty()).gezin
    smaller, stand_ins = fold_branches(gezin)
    for drawing, readable in (
        (build_genogram(gezin), False),
        (build_genogram(smaller, folded=stand_ins), True),
    ):
        root = parse(drawing.to_svg())
        width, height = float(root.get("width", 0)), float(root.get("height", 0))
        mm_per_px = min(A3_LANDSCAPE_MM[0] / width, A3_LANDSCAPE_MM[1] / height)
        name_pt = 12 * mm_per_px * PT_PER_MM
        assert (name_pt >= 6) is readable, name_pt


def test_cli_options_say_what_is_left_out(tmp_path: Path) -> None:
    path = tmp_path / "zestig.yaml"
    path.write_text(sixty(), encoding="utf-8")
    out = tmp_path / "z.svg"
    result = runner.invoke(app, ["genogram", str(path), "-g", "3", "--compact", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "buiten de gekozen generaties niet getekend" in result.output
    assert "niet apart getekend" in result.output
    note = [t for t in parse(out.read_bytes()).iter() if "noot" in classes(t)]
    assert note and "generaties rond de jongere" in "".join(note[0].itertext())


def test_cli_options_need_a_young_person(tmp_path: Path) -> None:
    path = tmp_path / "geen-kern.yaml"
    text = sixty()
    path.write_text(text.replace(f"kern: {_kern(text)}\n", ""), encoding="utf-8")
    for option in (["-g", "3"], ["--compact"]):
        result = runner.invoke(app, ["genogram", str(path), *option, "-o", str(tmp_path / "x.svg")])
        assert result.exit_code == 2
        assert "kern" in result.output


def test_compact_examples_draw_cleanly() -> None:
    for path in sorted(EXAMPLES.glob("*.yaml")):
        gezin = load_file(path).gezin
        smaller, stand_ins = fold_branches(gezin)
        root = parse(build_genogram(smaller, folded=stand_ins).to_svg())
        assert findings(root, {p.id for p in smaller.personen if p.tweeling}) == []
