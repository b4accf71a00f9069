"""Where everyone goes: rings and sectors as data, then a collision-free spot per person.

Pure geometry, around the origin (the centre of the family), y pointing down as on a page.
Angles are measured clockwise from the top, in radians. No layout engine is involved, so nobody
can be moved out of their ring: every spot is checked against its ring's band before it is taken.

The outer radius is grown step by step until every question that the file uses fits, so the three
drawings of one family have the same size, the same sectors and the same ring radii.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from netwerkcli.model import Kring
from netwerkcli.render.sociogram.style import SECTOR_ORDER, SIZES

TAU = 2 * math.pi
# The rings' starting sizes: 1 gives rings of equal area (thin outer rings), 0 rings of equal
# width. A third of the way keeps the inner ring well over a third of the radius and the outer
# ring wide enough for a name. Crowded rings then grow on their own (see ``plan``).
RING_AREA_MIX = 0.3
BAND_PAD = 3.0  # free space between a symbol and the ring lines
SECTOR_PAD = 0.01  # radians kept free at each side of a sector
LABEL_REACH = 60.0  # how far a name may reach out of the circle when the outer ring is full
SECTOR_LABEL_GAP = 8.0
STRICT_GROWTH = 1.3  # how much wider a ring may grow to keep every name inside it


@dataclass(frozen=True)
class Box:
    x0: float
    y0: float
    x1: float
    y1: float

    def moved(self, dx: float, dy: float) -> Box:
        return Box(self.x0 + dx, self.y0 + dy, self.x1 + dx, self.y1 + dy)

    def overlaps(self, other: Box, gap: float = 0.0) -> bool:
        return not (
            self.x1 + gap <= other.x0
            or other.x1 + gap <= self.x0
            or self.y1 + gap <= other.y0
            or other.y1 + gap <= self.y0
        )

    def corners(self) -> tuple[tuple[float, float], ...]:
        return ((self.x0, self.y0), (self.x1, self.y0), (self.x0, self.y1), (self.x1, self.y1))

    def distances(self) -> tuple[float, float]:
        """Nearest and farthest distance of the box from the origin."""
        nx = min(max(0.0, self.x0), self.x1)
        ny = min(max(0.0, self.y0), self.y1)
        fx = max(self.x0 * self.x0, self.x1 * self.x1)
        fy = max(self.y0 * self.y0, self.y1 * self.y1)
        return math.sqrt(nx * nx + ny * ny), math.sqrt(fx + fy)


@dataclass(frozen=True)
class Entry:
    """One person to place: their cell and the size of their symbol and of all of them."""

    id: str
    kring: Kring
    ring: int
    block: Box  # symbol with its marks, relative to the symbol's centre
    box: Box  # symbol and labels, relative to the symbol's centre


@dataclass(frozen=True)
class Question:
    """What one question asks to place: the people, and the size of each ring's name."""

    entries: tuple[Entry, ...]
    ring_labels: tuple[tuple[float, float], ...]  # (width, height) of the names of rings 1..3
    sector_labels: dict[Kring, tuple[float, float]]  # (width, height) of each kring's name
    order: int = 0  # fitting order: the question's place among those the file uses


@dataclass(frozen=True)
class Band:
    number: int
    inner: float
    outer: float

    def holds(self, box: Box) -> bool:
        near, far = box.distances()
        return near >= self.inner + BAND_PAD and far <= self.outer - BAND_PAD


@dataclass(frozen=True)
class Sector:
    kring: Kring
    start: float
    end: float

    @property
    def middle(self) -> float:
        return (self.start + self.end) / 2

    def holds(self, box: Box) -> bool:
        span = self.end - self.start
        if span >= TAU - 1e-9:
            return True
        return all(
            SECTOR_PAD <= (angle_of(x, y) - self.start) % TAU <= span - SECTOR_PAD
            for x, y in box.corners()
        )


@dataclass(frozen=True)
class Spot:
    id: str
    x: float  # the symbol's centre
    y: float
    box: Box  # symbol and labels, absolute


@dataclass(frozen=True)
class Plan:
    centre_radius: float
    bands: tuple[Band, Band, Band]
    sectors: tuple[Sector, ...]
    spots: dict[str, Spot]
    ring_labels: tuple[Box, Box, Box]  # where each ring's name is written
    sector_labels: tuple[Box, ...]  # where each sector's name is written, outside the circle

    def extent(self) -> Box:
        """Everything drawn around the origin: circle, labels that reach out, sector names."""
        boxes = [Box(-self.radius, -self.radius, self.radius, self.radius), *self.sector_labels]
        boxes += [spot.box for spot in self.spots.values()]
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
        return (
            self.bands[0].outer - self.bands[0].inner,
            self.bands[1].outer - self.bands[1].inner,
            self.bands[2].outer - self.bands[2].inner,
        )


class DoesNotFit(Exception):
    """No outer radius up to the maximum gives everyone a spot (never expected in practice)."""


def angle_of(x: float, y: float) -> float:
    return math.atan2(x, -y) % TAU


def point(radius: float, angle: float) -> tuple[float, float]:
    return radius * math.sin(angle), -radius * math.cos(angle)


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
    """One sector per kring used, in the fixed kring order, sized by weight, from the top."""
    used = [(k, weights[k]) for k in SECTOR_ORDER if weights.get(k, 0) > 0]
    total = sum(w for _, w in used)
    result = []
    start = 0.0
    for kring, weight in used:
        end = start + TAU * weight / total
        result.append(Sector(kring, start, end))
        start = end
    return tuple(result)


def sector_weights(questions: Iterable[Question]) -> dict[Kring, float]:
    """Stable over the questions: the most people a kring has in one ring of one question, + 1."""
    most: dict[Kring, int] = {}
    for question in questions:
        counts: dict[tuple[Kring, int], int] = {}
        for e in question.entries:
            counts[e.kring, e.ring] = counts.get((e.kring, e.ring), 0) + 1
        for (kring, _), n in counts.items():
            most[kring] = max(most.get(kring, 0), n)
    return {k: n + 1.0 for k, n in most.items()}


def ring_label_boxes(
    bands: Sequence[Band], sizes: Sequence[tuple[float, float]]
) -> tuple[Box, ...]:
    """Each ring's name centred at the top, just inside the ring's outer line."""
    boxes = []
    for band, (width, height) in zip(bands, sizes, strict=True):
        top = -band.outer + BAND_PAD + 1
        boxes.append(Box(-width / 2, top, width / 2, top + height))
    return tuple(boxes)


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


def plan(chosen: Question, others: Sequence[Question], centre_radius: float) -> Plan:
    """Place ``chosen`` in rings just wide enough for every question of the file.

    The questions are fitted in a fixed order (``others`` in the file's order, whichever is
    chosen), so the drawings of one family share their ring radii as well as their sectors.
    """
    arcs = sectors(sector_weights([chosen, *others]))
    start = ring_bands(centre_radius, max(SIZES.start_radius, centre_radius + 130))
    widths = tuple(band.outer - band.inner for band in start)
    base = widths
    for question in sorted([chosen, *others], key=lambda q: q.order):
        widths = _fit(question, arcs, centre_radius, widths, base).widths
    return _fit(chosen, arcs, centre_radius, widths, base)


def _fit(
    question: Question,
    arcs: tuple[Sector, ...],
    centre: float,
    widths: Sequence[float],
    base: Sequence[float],
) -> Plan:
    """Ring by ring from the inside, each as wide as ``widths`` says or wider until all fit."""
    while True:
        result = _rings_outward(question, arcs, centre, widths, base)
        w = result.widths
        # the inner ring stays larger than a third of the radius (here: 0.4)
        needed = (2 / 3) * (w[1] + w[2]) - centre
        if w[0] >= needed - 0.5:
            return result
        widths = (needed, w[1], w[2])


def _rings_outward(
    question: Question,
    arcs: tuple[Sector, ...],
    centre: float,
    widths: Sequence[float],
    base: Sequence[float],
) -> Plan:
    taken: list[Box] = []
    spots: dict[str, Spot] = {}
    bands: list[Band] = []
    labels: list[Box] = []
    names: tuple[Box, ...] = ()
    inner = centre
    for number, width in zip((1, 2, 3), widths, strict=True):
        while True:
            band = Band(number, inner, inner + width)
            label = ring_label_boxes([band], [question.ring_labels[number - 1]])[0]
            obstacles = [*taken, *labels, label]
            if number == 3:
                names = sector_label_boxes(arcs, band.outer, question.sector_labels)
                obstacles += names
            # a ring grows rather than let names cross its lines, up to a point
            relax = width >= base[number - 1] * STRICT_GROWTH
            found = _place_ring(question, arcs, band, centre, obstacles, relax)
            if found is not None:
                break
            width += max(8.0, width * (SIZES.growth - 1))
            if inner + width > SIZES.max_radius:
                raise DoesNotFit()
        for spot in found:
            spots[spot.id] = spot
            taken.append(spot.box)
        bands.append(band)
        labels.append(label)
        inner = band.outer
    return Plan(
        centre,
        (bands[0], bands[1], bands[2]),
        arcs,
        spots,
        (labels[0], labels[1], labels[2]),
        names,
    )


def _place_ring(
    question: Question,
    arcs: tuple[Sector, ...],
    band: Band,
    centre: float,
    taken: list[Box],
    relax: bool,
) -> list[Spot] | None:
    """Every cell of one ring, or None when one of them does not fit."""
    boxes = list(taken)
    placed: list[Spot] = []
    for arc in arcs:
        cell = [e for e in question.entries if e.ring == band.number and e.kring == arc.kring]
        if not cell:
            continue
        found = None
        # first with the labels inside the ring; else a label may cross a ring line, or reach
        # out of the circle a little, where only the sector names are
        wide = Band(0, centre, band.outer + LABEL_REACH)
        for label_band in (band, wide) if relax else (band,):
            where = (band, label_band, arc)
            found = _even(cell, where, boxes) or _packed(cell, where, boxes)
            if found is not None:
                break
        if found is None:
            return None
        placed += found
        boxes += [spot.box for spot in found]
    return placed


def _tracks(cell: Sequence[Entry], band: Band) -> list[list[float]]:
    """Radii for the symbols' centres: one track, two, ... as far as the band is wide."""
    tall = max(e.box.y1 - e.box.y0 for e in cell)
    # the symbol fits in its ring whichever way the ring runs: keep its corners' distance free
    reach = max(math.hypot(x, y) for e in cell for x, y in e.block.corners())
    low = band.inner + BAND_PAD + reach
    high = band.outer - BAND_PAD - reach
    if high < low:
        return []
    # at least three: a narrow ring still offers its inner edge, middle and outer edge, which
    # matters because a label hangs below its symbol (inwards at the top, outwards at the bottom)
    most = max(3, int((high - low) / (tall * 0.5)) + 1)
    options = [[(low + high) / 2]]
    for count in range(2, most + 1):
        step = (high - low) / (count - 1)
        options.append([low + i * step for i in range(count)])
    return options


def _fits(
    entry: Entry, x: float, y: float, where: tuple[Band, Band, Sector], taken: Sequence[Box]
) -> bool:
    """The symbol in its ring, the labels in the ring too (strict) or in the circle at least."""
    band, label_band, arc = where
    block = entry.block.moved(x, y)
    box = entry.box.moved(x, y)
    if not (band.holds(block) and label_band.holds(box) and arc.holds(box)):
        return False
    return not any(box.overlaps(other, SIZES.gap) for other in taken)


def _even(
    cell: Sequence[Entry], where: tuple[Band, Band, Sector], taken: Sequence[Box]
) -> list[Spot] | None:
    """Evenly spread over the sector, zig-zagging over 1, 2, ... tracks: the calm layout."""
    band, _, arc = where
    span = arc.end - arc.start
    step = span / len(cell)
    for radii in _tracks(cell, band):
        spots: list[Spot] = []
        boxes = list(taken)
        for i, entry in enumerate(cell):
            x, y = point(radii[i % len(radii)], arc.start + (i + 0.5) * step)
            if not _fits(entry, x, y, where, boxes):
                break
            spot = Spot(entry.id, x, y, entry.box.moved(x, y))
            spots.append(spot)
            boxes.append(spot.box)
        else:
            return spots
    return None


def _packed(
    cell: Sequence[Entry], where: tuple[Band, Band, Sector], taken: Sequence[Box]
) -> list[Spot] | None:
    """Tightly packed: along each track from the sector's start, the first free spot for each."""
    band, _, arc = where
    options = _tracks(cell, band)
    if not options:
        return None
    radii = options[-1]
    spots: list[Spot] = []
    boxes = list(taken)
    pending = list(cell)
    # the tracks that are far enough apart not to block each other completely: every other one
    order = radii[0::2] + radii[1::2]
    for radius in order:
        angle = arc.start
        step = 3.0 / radius  # about three pixels along the track
        while pending and angle <= arc.end:
            entry = pending[0]
            x, y = point(radius, angle)
            if _fits(entry, x, y, where, boxes):
                spot = Spot(entry.id, x, y, entry.box.moved(x, y))
                spots.append(spot)
                boxes.append(spot.box)
                pending.pop(0)
            angle += step
        if not pending:
            break
    if pending:
        return None
    order_in_file = {e.id: i for i, e in enumerate(cell)}
    return sorted(spots, key=lambda s: order_in_file[s.id])
