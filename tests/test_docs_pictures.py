"""The small pictures in docs/genogram.md are netwerk's own drawings of the families next to them,
drawn as netwerk draws them now (regenerate: NETWERK_GOLDEN=1 .venv/bin/pytest
tests/test_docs_pictures.py), and drawn cleanly."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from drawingcheck import findings
from netwerkcli.loader import load_file
from netwerkcli.render.genogram import build_genogram
from paths import ROOT
from svgtools import parse

PICTURES = sorted((ROOT / "docs" / "partners").glob("*.yaml"))


@pytest.mark.parametrize("path", PICTURES, ids=[p.stem for p in PICTURES])
def test_picture_is_current(path: Path) -> None:
    svg = build_genogram(load_file(path).gezin).to_svg()
    picture = path.with_suffix(".svg")
    if os.environ.get("NETWERK_GOLDEN"):
        picture.write_text(svg, encoding="utf-8")
    assert picture.read_text(encoding="utf-8") == svg
    expected = (
        [
            "a parent–child line crosses another couple's partner line: "
            "afstamming biologisch / relatie gescheiden"
        ]
        if path.stem == "drie-met-ouders"
        else []
    )
    assert findings(parse(svg)) == expected


def test_docs_show_every_picture() -> None:
    doc = (ROOT / "docs" / "genogram.md").read_text(encoding="utf-8")
    for path in PICTURES:
        assert f"partners/{path.stem}.svg" in doc, path.stem
