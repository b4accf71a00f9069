"""Golden DOT files: the pinned positions of the examples may only change on purpose.

Regenerate after an intended change (and look at the drawings before committing):

    NETWERK_GOLDEN=1 .venv/bin/pytest tests/test_sociogram_golden.py
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from netwerkcli.render.sociogram import build_sociogram
from paths import EXAMPLES, ROOT
from sociogramtools import DATA, gezin

GOLDEN = ROOT / "tests" / "golden" / "sociogram"
CASES = [
    (EXAMPLES / "de-vries.yaml", "belang"),
    (EXAMPLES / "de-vries.yaml", "helpen"),
    (EXAMPLES / "de-vries.yaml", "weten"),
    (DATA / "vluchtelingen.yaml", "belang"),
    (DATA / "geen-toestemming.yaml", "helpen"),
]


@pytest.mark.parametrize(("source", "vraag"), CASES, ids=[f"{s.stem}-{v}" for s, v in CASES])
def test_dot_matches_golden_file(source, vraag: str) -> None:  # type: ignore[no-untyped-def]
    dot = build_sociogram(gezin(str(source)), vraag).to_dot()
    golden = GOLDEN / f"{source.stem}-{vraag}.dot"
    if os.environ.get("NETWERK_GOLDEN"):
        golden.write_text(dot, encoding="utf-8")
    assert golden.read_text(encoding="utf-8") == dot, f"regenerate: see {__doc__}"


@pytest.mark.skipif(shutil.which("neato") is None, reason="Graphviz is not installed")
@pytest.mark.parametrize("golden", sorted(GOLDEN.glob("*.dot")), ids=lambda p: p.stem)
def test_dot_renders_with_graphviz_when_present(golden: Path, tmp_path: Path) -> None:
    """With Graphviz on the machine, `neato -n2` draws the DOT with everyone where we put them."""
    done = subprocess.run(
        ["neato", "-n2", "-Tsvg", str(golden)], capture_output=True, check=False, timeout=60
    )
    assert done.returncode == 0, done.stderr
    placed = set(re.findall(r'\bid="(persoon-[^"]+)"', golden.read_text(encoding="utf-8")))
    drawn = {el.get("id") for el in ET.fromstring(done.stdout).iter()}
    assert placed and placed <= drawn
