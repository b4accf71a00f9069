"""Emotional bonds never run through text: no point of a drawn bond lies inside a label's box.

The spec (tekeningen.md, genogram 11 and 14) wants bonds over the structure, never through a
symbol, and nothing on top of anything else. The labels are names, ages, years, places, partner
labels such as "h. 2009", household names and the title; their boxes are estimated from the
SVG (``svgtools.text_box``) and shrunk by 1 px, and the bonds' paths (straight pieces and
curves alike) are sampled every pixel or so.
"""

from __future__ import annotations

import itertools
import math
import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import pytest

from netwerkcli.loader import load_file
from netwerkcli.render.genogram import build_genogram
from paths import EXAMPLES, ROOT
from svgtools import NS, Box, by_id, classes, groups, parse, text_box

DATA = ROOT / "tests" / "data" / "genogram"
FIXTURES = sorted(DATA.glob("*.yaml")) + sorted(EXAMPLES.glob("*.yaml"))
IDS = [p.stem for p in FIXTURES]
Point = tuple[float, float]


@cache
def svg_of(path: Path) -> ET.Element:
    return parse(build_genogram(load_file(path).gezin).to_svg())


def _line(a: Point, b: Point) -> list[Point]:
    n = max(1, math.ceil(math.hypot(b[0] - a[0], b[1] - a[1])))
    return [(a[0] + (b[0] - a[0]) * i / n, a[1] + (b[1] - a[1]) * i / n) for i in range(n + 1)]


def _cubic(p0: Point, p1: Point, p2: Point, p3: Point) -> list[Point]:
    rough = sum(math.hypot(b[0] - a[0], b[1] - a[1]) for a, b in ((p0, p1), (p1, p2), (p2, p3)))
    n = max(1, math.ceil(rough))
    out = []
    for i in range(n + 1):
        t = i / n
        w = ((1 - t) ** 3, 3 * (1 - t) ** 2 * t, 3 * (1 - t) * t**2, t**3)
        out.append(
            (
                sum(wi * p[0] for wi, p in zip(w, (p0, p1, p2, p3), strict=True)),
                sum(wi * p[1] for wi, p in zip(w, (p0, p1, p2, p3), strict=True)),
            )
        )
    return out


def path_points(d: str) -> list[Point]:
    """Points about 1 px apart along an SVG path (absolute M, L, H, V, C, Q, Z)."""
    tokens = re.findall(r"[MLHVCQZmlhvcqz]|-?\d+(?:\.\d+)?(?:e-?\d+)?", d)
    out: list[Point] = []
    cur: Point = (0.0, 0.0)
    start: Point = cur
    cmd = ""
    i = 0

    def take(k: int) -> list[float]:
        nonlocal i
        vals = [float(v) for v in tokens[i : i + k]]
        i += k
        return vals

    while i < len(tokens):
        if tokens[i].isalpha():
            cmd = tokens[i]
            i += 1
            if cmd in "Zz":
                out += _line(cur, start)
                cur = start
            continue
        assert cmd.isupper(), f"relative path commands are not sampled: {d}"
        if cmd == "M":
            cur = start = (take(1)[0], take(1)[0])
            out.append(cur)
            cmd = "L"
        elif cmd == "L":
            nxt = (take(1)[0], take(1)[0])
            out += _line(cur, nxt)
            cur = nxt
        elif cmd == "H":
            nxt = (take(1)[0], cur[1])
            out += _line(cur, nxt)
            cur = nxt
        elif cmd == "V":
            nxt = (cur[0], take(1)[0])
            out += _line(cur, nxt)
            cur = nxt
        elif cmd == "C":
            c = take(6)
            c1, c2, nxt = (c[0], c[1]), (c[2], c[3]), (c[4], c[5])
            out += _cubic(cur, c1, c2, nxt)
            cur = nxt
        elif cmd == "Q":
            c = take(4)
            q, nxt = (c[0], c[1]), (c[2], c[3])
            c1 = (cur[0] + 2 / 3 * (q[0] - cur[0]), cur[1] + 2 / 3 * (q[1] - cur[1]))
            c2 = (nxt[0] + 2 / 3 * (q[0] - nxt[0]), nxt[1] + 2 / 3 * (q[1] - nxt[1]))
            out += _cubic(cur, c1, c2, nxt)
            cur = nxt
        else:
            raise AssertionError(f"path command {cmd} not sampled")
    return out


def bond_points(group: ET.Element) -> list[Point]:
    out: list[Point] = []
    for el in group.iter():
        tag = el.tag.removeprefix(NS)
        if tag == "path":
            out += path_points(el.get("d") or "")
        elif tag in ("polyline", "polygon"):
            nums = [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?", el.get("points") or "")]
            pts = list(zip(nums[0::2], nums[1::2], strict=False))
            if tag == "polygon":
                pts.append(pts[0])
            for a, b in itertools.pairwise(pts):
                out += _line(a, b)
        elif tag == "line":
            a = (float(el.get("x1") or 0), float(el.get("y1") or 0))
            b = (float(el.get("x2") or 0), float(el.get("y2") or 0))
            out += _line(a, b)
    return out


def label_boxes(root: ET.Element) -> list[tuple[str, Box]]:
    """Every text of the drawing outside the legend, with a description, shrunk by 1 px."""
    legend = by_id(root, "legenda")
    skip = set(legend.iter()) if legend is not None else set()
    out = []
    for t in root.iter(f"{NS}text"):
        if t in skip:
            continue
        b = text_box(t)
        what = f"{' '.join(sorted(classes(t)))} '{''.join(t.itertext())}'"
        out.append((what, Box(b.x0 + 1, b.y0 + 1, b.x1 - 1, b.y1 - 1)))
    return out


def test_path_sampling_follows_curves() -> None:
    pts = path_points("M0,0 C0,100 100,100 100,0")
    assert max(p[1] for p in pts) == pytest.approx(75, abs=0.5)
    assert len(pts) > 100
    assert path_points("M0,0 L10,0 L10,10")[-1] == (10, 10)


@pytest.mark.parametrize("path", FIXTURES, ids=IDS)
def test_no_bond_runs_through_a_label(path: Path) -> None:
    root = svg_of(path)
    labels = label_boxes(root)
    hits = []
    for bond in groups(root, "band"):
        for x, y in bond_points(bond):
            for what, b in labels:
                if b.x0 < x < b.x1 and b.y0 < y < b.y1:
                    hits.append(f"band {bond.get('data-tussen')} door {what}")
    assert not hits, sorted(set(hits))
