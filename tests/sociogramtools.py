"""Shared helpers for the sociogram tests: load a fixture, build, read rings and people back."""

from __future__ import annotations

import json
import math
import random
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import svgtools
from netwerkcli.loader import load_file
from netwerkcli.model import Gezin, Kring
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


def lines_of(group: ET.Element, kind: str) -> list[str]:
    """A person's label lines of one kind: 'naam', 'relatie' or 'land'."""
    return [
        "".join(t.itertext()) for t in group.iter(f"{svgtools.NS}text") if t.get("class") == kind
    ]


def name_of(group: ET.Element) -> str:
    """The name as drawn, its lines joined."""
    return " ".join(lines_of(group, "naam"))


def note_of(root: ET.Element) -> str:
    """The side note's text ('' when there is none)."""
    note = svgtools.by_id(root, "kantlijn")
    return " ".join(svgtools.texts(note)) if note is not None else ""


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


FIRST_NAMES = [
    "Mohammed", "Anna-Sophie", "Willem", "Fatima-Zahra", "Jo", "Margaretha", "Noor", "Daan",
    "Zoë", "Ahmed", "Ilse", "Kees", "Yara", "Thijs", "Amal", "Bram", "جدة فاطمة", "Éloïse",
]  # fmt: skip
LAST_NAMES = [
    "", "", "de Vries", "van der Heijden-Oosterhuis", "El Idrissi", "Vandenbroucke", "Yılmaz",
    "Kowalczyk", "Bakker", "الخطيب", "Jansen",
]  # fmt: skip
ROLES = [
    "", "", "", "oma", "opa", "buurvrouw", "tante (vaderskant)", "oom", "juf van groep 6",
    "vriendin van moeder", "trainer", "mentor op school", "nicht",
]  # fmt: skip
KRING_WEIGHTS = {
    Kring.FAMILIE: 5, Kring.VRIENDEN: 3, Kring.BUURT: 2, Kring.SCHOOL: 2, Kring.WERK: 1,
    Kring.VERENIGING: 1, Kring.GELOOF: 1, Kring.HULPVERLENING: 3, Kring.ONLINE: 1, Kring.ANDERS: 1,
}  # fmt: skip


def network_yaml(size: int, seed: int = 1, crowded: bool = False) -> str:
    """A family file with ``size`` network members, generated deterministically from ``seed``.

    Names of every length and script, roles, people abroad, online and without consent; spread
    over all kringen, or ``crowded``: most of them in two kringen and the inner ring.
    """
    rnd = random.Random(seed)
    kringen = list(KRING_WEIGHTS)
    weights = list(KRING_WEIGHTS.values())
    lines = []
    for i in range(size):
        if crowded:
            kring = rnd.choice([Kring.FAMILIE, Kring.FAMILIE, Kring.VRIENDEN, Kring.SCHOOL])
            rings = [1 if rnd.random() < 0.7 else rnd.randint(2, 3) for _ in QUESTIONS]
        else:
            kring = rnd.choices(kringen, weights)[0]
            rings = [rnd.randint(1, 3) for _ in QUESTIONS]
        name = f"{rnd.choice(FIRST_NAMES)} {rnd.choice(LAST_NAMES)}".strip()
        fields = [f"id: n{i}", f"naam: {json.dumps(name, ensure_ascii=False)}"]
        fields.append(f"kring: {kring.value}")
        cirkel = ", ".join(
            f"{q}: {r}" for q, r in zip(QUESTIONS, rings, strict=True) if rnd.random() < 0.95
        )
        fields.append(f"cirkel: {{{cirkel}}}")
        role = rnd.choice(ROLES)
        if role:
            fields.append(f"relatie: {json.dumps(role)}")
        if rnd.random() < 0.1:
            fields.append(
                f"buitenland: {rnd.choice(['Marokko', 'Syrië', 'Duitsland', 'Suriname'])}"
            )
        if rnd.random() < 0.1:
            fields.append("via: sociale-media")
        if rnd.random() < 0.1:
            fields.append("toestemming: nee")
        lines.append("  - {" + ", ".join(fields) + "}")
    return (
        f"versie: 1\ngezin: Netwerk {size}\nkern: kind\npersonen:\n"
        "  - {id: kind, naam: Sanne, geslacht: v, geboren: 2012}\n"
        "  - {id: moeder, naam: Ilse de Vries, geslacht: v, geboren: 1985}\n"
        "huishoudens:\n  - {naam: Thuis, leden: [moeder, kind]}\n"
        "netwerk:\n" + "\n".join(lines) + "\n"
    )
