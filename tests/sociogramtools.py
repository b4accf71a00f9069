"""Shared helpers for the sociogram tests: load a fixture, build, read rings and people back."""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import svgtools
from netwerkcli.loader import load_file
from netwerkcli.model import Gezin
from netwerkcli.render.sociogram import Sociogram, build_sociogram
from paths import ROOT

DATA = ROOT / "tests" / "data" / "sociogram"
FIXTURES = sorted(p.stem for p in DATA.glob("*.yaml"))
QUESTIONS = ("belang", "helpen", "weten")


def gezin(name: str) -> Gezin:
    path = DATA / f"{name}.yaml" if not name.endswith(".yaml") else Path(name)
    return load_file(path).gezin


def build(name: str, vraag: str = "belang") -> Sociogram:
    return build_sociogram(gezin(name), vraag)


@dataclass(frozen=True)
class Drawn:
    root: ET.Element
    cx: float
    cy: float
    radii: tuple[float, float, float, float]  # the family's disc, then rings 1..3 (outer edges)

    def band(self, ring: int) -> tuple[float, float]:
        return self.radii[ring - 1], self.radii[ring]

    def people(self) -> list[ET.Element]:
        return svgtools.groups(self.root, "persoon")

    def distance(self, x: float, y: float) -> float:
        return math.hypot(x - self.cx, y - self.cy)

    def angle(self, x: float, y: float) -> float:
        return math.atan2(x - self.cx, -(y - self.cy)) % (2 * math.pi)


def circle_of(group: ET.Element) -> ET.Element:
    circle = group.find(f"{svgtools.NS}circle")
    assert circle is not None, group.get("id")
    return circle


def read(svg: str) -> Drawn:
    root = svgtools.parse(svg)
    disc = circle_of(_group(root, "gezin"))
    rings = [circle_of(_group(root, f"cirkel-{n}")) for n in (1, 2, 3)]
    radii = tuple(float(c.get("r") or 0) for c in [disc, *rings])
    return Drawn(root, float(disc.get("cx") or 0), float(disc.get("cy") or 0), radii)  # type: ignore[arg-type]


def _group(root: ET.Element, id: str) -> ET.Element:
    group = svgtools.by_id(root, id)
    assert group is not None, f"no group {id}"
    return group


def symbol_centre(group: ET.Element) -> tuple[float, float]:
    """The centre of a person's own symbol: the first shape in the group (circle or square)."""
    first = next(el for el in group if el.tag in (f"{svgtools.NS}circle", f"{svgtools.NS}rect"))
    box = svgtools.shape_box(first)
    assert box is not None
    return box.cx, box.cy


def ring_of(group: ET.Element) -> int:
    (ring,) = [int(c[5:]) for c in svgtools.classes(group) if re.fullmatch(r"ring-\d", c)]
    return ring


def dot_positions(dot: str) -> dict[str, tuple[float, float]]:
    """Node name -> pinned position from ``pos="x,y!"``."""
    found = re.findall(r'^\s*"?([\w-]+)"? \[.*?\bpos="([-\d.]+),([-\d.]+)!"', dot, flags=re.M)
    return {name: (float(x), float(y)) for name, x, y in found}


def dot_widths(dot: str) -> dict[str, float]:
    found = re.findall(r'^\s*"?([\w-]+)"? \[.*?[\s\[]width="?([\d.]+)"?', dot, flags=re.M)
    return {name: float(w) for name, w in found}
