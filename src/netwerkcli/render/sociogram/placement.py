"""Where everyone goes: rings and sectors as data, then a spot per person in every question.

No layout engine is involved, so nobody can be moved out of their ring: a spot is taken only
when the person's symbol and label lie wholly in their ring's band (``cells.py``).

``plan_all`` places every question the file uses at once. The drawings of one family share their
sectors and their ring radii, so one can see who moves between 'belangrijk' and 'mag helpen':
the ring widths grow until every question fits, and are computed once for all of them.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from netwerkcli.model import Kring
from netwerkcli.render.sociogram.cells import GAP, Entry, Spot, place_cell
from netwerkcli.render.sociogram.geometry import (
    BAND_PAD,
    TAU,
    Band,
    Box,
    Grid,
    Sector,
    point,
)
from netwerkcli.render.sociogram.style import SECTOR_ORDER, SIZES

# The rings' starting sizes: 1 gives rings of equal area (thin outer rings), 0 rings of equal
# width. A third of the way keeps the inner ring well over a third of the radius and the outer
# ring wide enough for a name. Crowded rings then grow on their own (see ``_fit``).
RING_AREA_MIX = 0.3
SECTOR_LABEL_GAP = 8.0
MIN_SHARE = 0.07  # of the circle (25 degrees): the narrowest sector
ROOM_FOR_ONE = 40.0  # what an empty place in a sector weighs, in pixels of label width
PACKING = 0.6  # the share of a ring that labels fill when packed: for a first guess of its width


@dataclass(frozen=True)
class Question:
    """What one question asks to place: the people, and the size of each ring's name."""

    entries: tuple[Entry, ...]
    ring_labels: tuple[tuple[float, float], ...]  # (width, height) of the names of rings 1..3
    sector_labels: dict[Kring, tuple[float, float]]  # (width, height) of each kring's name


@dataclass(frozen=True)
class Plan:
    centre_radius: float
    bands: tuple[Band, Band, Band]
    sectors: tuple[Sector, ...]
    spots: dict[str, Spot]
    ring_labels: tuple[Box, Box, Box]  # where each ring's name is written
    sector_labels: tuple[Box, ...]  # where each sector's name is written, outside the circle

    def extent(self) -> Box:
        """Everything drawn around the origin: the circle and the sector names outside it."""
        boxes = [Box(-self.radius, -self.radius, self.radius, self.radius), *self.sector_labels]
        return Box(
            min(b.x0 for b in boxes),
            min(b.y0 for b in boxes),
            max(b.x1 for b in boxes),
            max(b.y1 for b in boxes),
        )

    @property
    def radius(self) -> float:
        return self.bands[-1].outer

    @property
    def widths(self) -> tuple[float, float, float]:
        return (self.bands[0].width, self.bands[1].width, self.bands[2].width)


class DoesNotFit(Exception):
    """No outer radius up to the maximum gives everyone a spot (a network of thousands)."""


def ring_bands(centre: float, outer: float) -> tuple[Band, Band, Band]:
    """Three bands from the family's disc to ``outer``, between equal-area and equal-width."""
    radii = []
    for k in (1, 2, 3):
        equal_area = math.sqrt(centre**2 + k * (outer**2 - centre**2) / 3)
        equal_width = centre + k * (outer - centre) / 3
        radii.append(RING_AREA_MIX * equal_area + (1 - RING_AREA_MIX) * equal_width)
    return (
        Band(1, centre, radii[0]),
        Band(2, radii[0], radii[1]),
        Band(3, radii[1], radii[2]),
    )


def sectors(weights: dict[Kring, float]) -> tuple[Sector, ...]:
    """One sector per kring used, in the fixed kring order, sized by weight, from the top.

    No sector is narrower than ``MIN_SHARE`` of the circle: near the centre a thin sector
    would have no room for even one name.
    """
    used = [k for k in SECTOR_ORDER if weights.get(k, 0) > 0]
    shares = {k: weights[k] / sum(weights[k] for k in used) for k in used}
    floored: set[Kring] = set()
    while True:
        low = {k for k in used if k not in floored and shares[k] < MIN_SHARE}
        if not low:
            break
        floored |= low
        rest = [k for k in used if k not in floored]
        left = 1 - MIN_SHARE * len(floored)
        total = sum(weights[k] for k in rest)
        shares = {k: MIN_SHARE if k in floored else left * weights[k] / total for k in used}
    result = []
    start = 0.0
    for kring in used:
        end = start + TAU * shares[kring]
        result.append(Sector(kring, start, end))
        start = end
    return tuple(result)


def sector_weights(questions: Iterable[Question]) -> dict[Kring, float]:
    """Stable over the questions: the most room a kring's people take in one ring of one
    question (the widths of their narrowest labels), and room for one more."""
    most: dict[Kring, float] = {}
    for question in questions:
        room: dict[tuple[Kring, int], float] = {}
        for e in question.entries:
            narrowest = min(box.x1 - box.x0 for box in e.boxes)
            room[e.kring, e.ring] = room.get((e.kring, e.ring), 0.0) + narrowest + GAP
        for (kring, _), total in room.items():
            most[kring] = max(most.get(kring, 0.0), total)
    return {k: total + ROOM_FOR_ONE for k, total in most.items()}


def ring_label_box(band: Band, size: tuple[float, float]) -> Box:
    """A ring's name centred at the top, just inside the ring's outer line (its upper corners
    too, where the line curves down)."""
    width, height = size
    reach = band.outer - BAND_PAD - 1
    top = -math.sqrt(max(reach * reach - width * width / 4, 0.0))
    return Box(-width / 2, top, width / 2, top + height)


def sector_label_boxes(
    arcs: Sequence[Sector], radius: float, sizes: dict[Kring, tuple[float, float]]
) -> tuple[Box, ...]:
    """Each sector's name just outside the circle at the sector's middle, leaning outwards."""
    boxes = []
    for arc in arcs:
        width, height = sizes[arc.kring]
        x, y = point(radius + SECTOR_LABEL_GAP, arc.middle)
        sin, cos = math.sin(arc.middle), math.cos(arc.middle)
        x0 = x if sin > 0.3 else x - width if sin < -0.3 else x - width / 2
        y0 = y - height if cos > 0.3 else y if cos < -0.3 else y - height / 2
        boxes.append(Box(x0, y0, x0 + width, y0 + height))
    return tuple(boxes)


def plan_all(questions: Sequence[Question], centre_radius: float) -> list[Plan]:
    """A plan for each of ``questions``, all with the same sectors and the same ring radii.

    Ring by ring from the inside: each question is fitted in turn, the ring growing where it
    needs room, and a question fitted before the ring grew for a later one is fitted again,
    until all fit the same ring. What lies in one ring never touches another, so the rings
    are settled one after the other, each once for all questions.
    """
    if not questions:
        return []
    arcs = sectors(sector_weights(questions))
    start = ring_bands(centre_radius, max(SIZES.start_radius, centre_radius + 130))
    widths = [band.width for band in start]
    while True:
        rings: list[list[_Ring]] = []
        inner = centre_radius
        for number in (1, 2, 3):
            found = _settle(questions, arcs, number, inner, widths[number - 1])
            widths[number - 1] = found[0].band.width
            rings.append(found)
            inner = found[0].band.outer
        # the inner ring stays larger than a third of the radius (here: 0.4)
        needed = (2 / 3) * (widths[1] + widths[2]) - centre_radius
        if widths[0] >= needed - 0.5:
            break
        widths[0] = needed
    names = sector_label_boxes(arcs, inner, questions[0].sector_labels)
    return [
        Plan(
            centre_radius,
            (first.band, second.band, third.band),
            arcs,
            {spot.id: spot for ring in (first, second, third) for spot in ring.spots},
            (first.label, second.label, third.label),
            names,
        )
        for first, second, third in zip(*rings, strict=True)
    ]


@dataclass(frozen=True)
class _Ring:
    band: Band
    label: Box  # where the ring's name is written
    spots: list[Spot]


def _settle(
    questions: Sequence[Question],
    arcs: tuple[Sector, ...],
    number: int,
    inner: float,
    width: float,
) -> list[_Ring]:
    """Ring ``number`` of every question, all as wide as the widest of them needs."""
    found: list[_Ring | None] = [None] * len(questions)
    while True:
        for i, question in enumerate(questions):
            ring = found[i]
            if ring is None or ring.band.width != width:
                ring = found[i] = _ring(question, arcs, number, inner, width)
                width = ring.band.width
        settled = [ring for ring in found if ring is not None and ring.band.width == width]
        if len(settled) == len(questions):
            return settled


def _ring(
    question: Question, arcs: tuple[Sector, ...], number: int, inner: float, width: float
) -> _Ring:
    """One ring of one question, as wide as ``width`` or wider until everyone in it fits."""
    cells = _cells(question, arcs, number)
    width = max(width, _first_guess(cells, inner))
    while True:
        band = Band(number, inner, inner + width)
        label = ring_label_box(band, question.ring_labels[number - 1])
        found, share = _place_ring(cells, band, Grid([label])) if band.holds(label) else (None, 1)
        if found is not None:
            return _Ring(band, label, found)
        width += _growth(band, share)
        if inner + width > SIZES.max_radius:
            raise DoesNotFit()


def _cells(
    question: Question, arcs: Sequence[Sector], ring: int
) -> list[tuple[Sector, list[Entry]]]:
    """The people of one ring per sector, in the file's order."""
    by_kring: dict[Kring, list[Entry]] = {}
    for entry in question.entries:
        if entry.ring == ring:
            by_kring.setdefault(entry.kring, []).append(entry)
    return [(arc, by_kring[arc.kring]) for arc in arcs if arc.kring in by_kring]


def _first_guess(cells: Sequence[tuple[Sector, list[Entry]]], inner: float) -> float:
    """A ring width that the crowdest sector probably needs: saves growing it step by step."""
    guess = 0.0
    for arc, cell in cells:
        area = sum(
            (min(b.x1 - b.x0 for b in e.boxes) + GAP) * (min(b.y1 - b.y0 for b in e.boxes) + GAP)
            for e in cell
        )
        share = arc.span / TAU
        outer = math.sqrt(inner * inner + area / (PACKING * math.pi * share))
        guess = max(guess, outer - inner)
    return guess * 0.9


def _place_ring(
    cells: list[tuple[Sector, list[Entry]]], band: Band, grid: Grid
) -> tuple[list[Spot] | None, float]:
    """Every cell of one ring; or None, and the share of the fullest cell that found a spot."""
    mark = grid.mark()
    placed: list[Spot] = []
    for i, (arc, cell) in enumerate(cells):
        found = place_cell(cell, band, arc, grid)
        if found.spots is None:
            grid.undo(mark)
            cells.insert(0, cells.pop(i))  # the next, wider try fails fastest if it fails here
            # a few people left over say little about the room needed: grow by a step then
            return None, found.share if len(cell) * (1 - found.share) >= 3 else 1.0
        placed += found.spots
    return placed, 1.0


def _growth(band: Band, share: float) -> float:
    """How much wider a ring must get: a step; more when a crowded cell is far from fitting
    (its area grows by half of what the people left over would take, up to a third of its
    width at once)."""
    step = max(8.0, band.width * (SIZES.growth - 1))
    if share >= 1:
        return step
    inner, outer = band.inner, band.outer
    area = (outer * outer - inner * inner) * (1 + (1 / max(share, 0.25) - 1) / 2)
    needed = math.sqrt(inner * inner + area) - outer
    return max(step, min(needed, band.width / 3))
