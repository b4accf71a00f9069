"""Golden DOT files: the structure and computed positions of every genogram, as readable text.

A change in the layout shows up as a diff here. After a deliberate change, regenerate with:

    NETWERK_GOLDEN=1 .venv/bin/pytest tests/test_genogram_golden.py

and review the diff of tests/golden/genogram/ before committing it. A family without a
``peildatum`` is drawn with today's date: its golden file has ``{vandaag}`` there, so it holds on
any day.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from netwerkcli.loader import load_file
from netwerkcli.render.genogram import build_genogram
from paths import EXAMPLES, ROOT
from svgtools import parse

GOLDEN = ROOT / "tests" / "golden" / "genogram"
TODAY = "{vandaag}"  # in a golden file: the date of the run (a family without peildatum)
SOURCES = sorted((ROOT / "tests" / "data" / "genogram").glob("*.yaml")) + sorted(
    EXAMPLES.glob("*.yaml")
)


@pytest.mark.parametrize("path", SOURCES, ids=[p.stem for p in SOURCES])
def test_dot_matches_golden(path: Path) -> None:
    gezin = load_file(path).gezin
    dot = build_genogram(gezin).to_dot()
    if gezin.peildatum is None:
        dot = dot.replace(f"Leeftijden op {dt.date.today():%d-%m-%Y}", f"Leeftijden op {TODAY}")
    golden = GOLDEN / f"{path.stem}.dot"
    if os.environ.get("NETWERK_GOLDEN") == "1":
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(dot, encoding="utf-8")
    assert golden.exists(), f"no golden file; run NETWERK_GOLDEN=1 pytest {__file__}"
    assert dot == golden.read_text(encoding="utf-8")


@pytest.mark.skipif(shutil.which("neato") is None, reason="Graphviz is not installed")
@pytest.mark.parametrize("path", SOURCES[:3], ids=[p.stem for p in SOURCES[:3]])
def test_dot_renders_with_graphviz_when_present(path: Path, tmp_path: Path) -> None:
    """With Graphviz on the machine, the DOT output draws with pinned positions."""
    dot = tmp_path / "g.dot"
    dot.write_text(build_genogram(load_file(path).gezin).to_dot(), encoding="utf-8")
    done = subprocess.run(
        ["neato", "-n2", "-Tsvg", str(dot)], capture_output=True, check=False, timeout=60
    )
    assert done.returncode == 0, done.stderr
    ids = {el.get("id") for el in parse(done.stdout).iter()}
    assert "persoon-" + load_file(path).gezin.personen[0].id in ids
