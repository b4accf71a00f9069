"""Every label in its ring: names, roles and countries never lie across a ring line.

Checked on what is drawn (the SVG read back), for every fixture, every example and every
question, and for generated networks from one person to crowded rings. The rule is the one of
the common drawing check (``shared/tools/tekencheck.py``), made stricter: each text's box (0.6 em
per character, more than the check's 0.55) lies wholly inside the band of its person's ring.
When the common check is present next to the project, it runs on the same drawings too.
"""

from __future__ import annotations

import importlib.util
import itertools
import math
import random
from pathlib import Path
from types import ModuleType

import pytest

import svgtools
from netwerkcli.content import sociogram_vragen
from netwerkcli.loader import load_text
from netwerkcli.render.sociogram import Sociogram, build_sociograms
from paths import EXAMPLES, ROOT
from sociogramtools import DATA, Drawn, gezin, network_yaml, read, ring_of

QUESTIONS = tuple(sociogram_vragen())  # every question of content/sociogram/vragen.yaml
SOURCES = sorted(DATA.glob("*.yaml")) + sorted(EXAMPLES.glob("*.yaml"))
GENERATED = [
    (size, seed, crowded) for size in (1, 6, 25, 70) for seed, crowded in ((1, False), (2, True))
]
TEKENCHECK = ROOT.parent / "shared" / "tools" / "tekencheck.py"


def _all(source: Path) -> list[Sociogram]:
    return build_sociograms(gezin(str(source)), QUESTIONS)


def _generated(size: int, seed: int, crowded: bool) -> list[Sociogram]:
    family = load_text(network_yaml(size, seed, crowded), Path("netwerk.yaml")).gezin
    return build_sociograms(family, QUESTIONS)


def _reach(d: Drawn, box: svgtools.Box) -> tuple[float, float]:
    """Nearest and farthest distance of a box from the centre of the circle."""
    nx = max(box.x0 - d.cx, 0.0, d.cx - box.x1)
    ny = max(box.y0 - d.cy, 0.0, d.cy - box.y1)
    far = max(d.distance(x, y) for x, y in itertools.product((box.x0, box.x1), (box.y0, box.y1)))
    return math.hypot(nx, ny), far


def assert_labels_in_their_rings(sociogram: Sociogram) -> None:
    d = read(sociogram.to_svg())
    people = d.people()
    assert len(people) == len(sociogram.figures)
    for group in people:
        inner, outer = d.band(ring_of(group))
        for text in group.iter(f"{svgtools.NS}text"):
            near, far = _reach(d, svgtools.text_box(text, char_width=0.6))
            where = f"{group.get('id')}: {''.join(text.itertext())!r}"
            assert inner < near and far < outer, where
            # the common check's own rule: no ring line between the box's near and far point
            assert not any(near < r < far for r in d.radii[1:]), where
    for number in (1, 2, 3):  # the rings' own names stay in their ring too
        ring = svgtools.by_id(d.root, f"cirkel-{number}")
        assert ring is not None
        inner, outer = d.band(number)
        for text in ring.iter(f"{svgtools.NS}text"):
            near, far = _reach(d, svgtools.text_box(text, char_width=0.6))
            assert inner < near and far < outer, f"cirkel-{number}"


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_every_label_of_every_question_lies_in_its_ring(source: Path) -> None:
    for sociogram in _all(source):
        assert_labels_in_their_rings(sociogram)


@pytest.mark.parametrize(
    ("size", "seed", "crowded"), GENERATED, ids=[f"{s}-{n}-{c}" for s, n, c in GENERATED]
)
def test_generated_networks_keep_every_label_in_its_ring(
    size: int, seed: int, crowded: bool
) -> None:
    for sociogram in _generated(size, seed, crowded):
        assert_labels_in_their_rings(sociogram)


def _tekencheck() -> ModuleType:
    if not TEKENCHECK.exists():
        pytest.skip("the common drawing check (../shared/tools/tekencheck.py) is not here")
    spec = importlib.util.spec_from_file_location("tekencheck", TEKENCHECK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_common_drawing_check_finds_nothing(tmp_path: Path) -> None:
    """tekencheck.py on every fixture, example and generated network, every question."""
    check = _tekencheck()
    drawings = [s for source in SOURCES for s in _all(source)]
    drawings += [s for case in GENERATED for s in _generated(*case)]
    paths = []
    for i, sociogram in enumerate(drawings):
        path = tmp_path / f"{i}-{sociogram.vraag.naam}.svg"
        path.write_text(sociogram.to_svg(), encoding="utf-8")
        paths.append(str(path))
    assert check.main(paths) == 0


def test_a_random_mix_of_sizes_keeps_every_label_in_its_ring() -> None:
    rnd = random.Random(8)
    for _ in range(6):
        size = rnd.randint(2, 45)
        for sociogram in _generated(size, rnd.randint(0, 10**6), rnd.random() < 0.5):
            assert_labels_in_their_rings(sociogram)
