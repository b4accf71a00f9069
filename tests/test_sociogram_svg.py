"""The sociogram's SVG read back: everyone in the band of their ring, nothing overlapping."""

from __future__ import annotations

import itertools
import math

import pytest

import svgtools
from sociogramtools import FIXTURES, QUESTIONS, build, read, ring_of, symbol_centre

CASES = [(name, vraag) for name in FIXTURES for vraag in QUESTIONS]


@pytest.fixture(scope="module", params=CASES, ids=[f"{n}-{v}" for n, v in CASES])
def drawn(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    name, vraag = request.param
    sociogram = build(name, vraag)
    return sociogram, read(sociogram.to_svg())


def test_three_rings_with_growing_radii_and_a_large_inner_ring(drawn) -> None:  # type: ignore[no-untyped-def]
    _, d = drawn
    centre, r1, r2, r3 = d.radii
    assert 0 < centre < r1 < r2 < r3
    assert r1 > r3 / 3
    for n in (1, 2, 3):
        group = svgtools.by_id(d.root, f"cirkel-{n}")
        assert group is not None and "cirkel" in svgtools.classes(group)


def test_every_person_is_inside_the_band_of_their_ring(drawn) -> None:  # type: ignore[no-untyped-def]
    sociogram, d = drawn
    people = d.people()
    assert len(people) == len(sociogram.figures)
    for group in people:
        inner, outer = d.band(ring_of(group))
        assert inner < d.distance(*symbol_centre(group)) < outer, group.get("id")
        box = svgtools.symbol_box(group)  # the symbol with its marks
        near = math.hypot(
            min(max(d.cx, box.x0), box.x1) - d.cx, min(max(d.cy, box.y0), box.y1) - d.cy
        )
        far = max(
            d.distance(x, y) for x, y in itertools.product((box.x0, box.x1), (box.y0, box.y1))
        )
        assert inner <= near and far <= outer, group.get("id")


def test_no_symbols_or_labels_overlap(drawn) -> None:  # type: ignore[no-untyped-def]
    _, d = drawn
    boxes = []
    for group in d.people():
        boxes.append((group.get("id"), svgtools.symbol_box(group)))
        boxes += [(group.get("id"), svgtools.text_box(t)) for t in group.iter(f"{svgtools.NS}text")]
    # the names of the rings, the sectors and the family are texts people must not cover either
    for cls in ("cirkel", "sector", "gezin"):
        for group in svgtools.groups(d.root, cls):
            boxes += [(cls, svgtools.text_box(t)) for t in group.iter(f"{svgtools.NS}text")]
    for (a, box_a), (b, box_b) in itertools.combinations(boxes, 2):
        if a != b:
            assert not box_a.overlaps(box_b), (a, b)


def test_names_are_readable_at_full_size(drawn) -> None:  # type: ignore[no-untyped-def]
    _, d = drawn
    for text in d.root.iter(f"{svgtools.NS}text"):
        assert float(text.get("font-size") or 0) >= 10


def test_classes_follow_the_spec(drawn) -> None:  # type: ignore[no-untyped-def]
    sociogram, d = drawn
    for figure in sociogram.figures:
        group = svgtools.by_id(d.root, f"persoon-{figure.id}")
        assert group is not None
        classes = svgtools.classes(group)
        assert {"persoon", f"ring-{figure.ring}", f"kring-{figure.kring.value}"} <= classes
        assert ("geen-toestemming" in classes) == figure.no_consent
        assert ("buitenland" in classes) == figure.abroad
        assert ("online" in classes) == figure.online
        assert figure.lines[0] in svgtools.texts(group)
    assert svgtools.by_id(d.root, "gezin") is not None
    assert svgtools.by_id(d.root, "legenda") is not None
    title = d.root.find(f"{svgtools.NS}title")
    assert title is not None and sociogram.title in (title.text or "")
    assert "transform" not in "".join(el.get("transform") or "" for el in d.root.iter())


def test_nobody_is_dropped(drawn) -> None:  # type: ignore[no-untyped-def]
    """Each network person is drawn once, or named in the side note and a warning."""
    sociogram, d = drawn
    drawn_ids = [g.get("id") for g in d.people()]
    assert len(drawn_ids) == len(set(drawn_ids))
    note = svgtools.by_id(d.root, "kantlijn")
    note_text = " ".join(svgtools.texts(note)) if note is not None else ""
    for figure in sociogram.missing:
        assert figure.name in note_text
        assert any(figure.name in w for w in sociogram.warnings)
    assert len(drawn_ids) + len(sociogram.missing) == len(sociogram.figures + sociogram.missing)
