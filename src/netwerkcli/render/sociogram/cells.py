"""The people of one cell (one ring, one kring's sector): a free spot for each, labels included.

A spot is taken only when the person's whole box (symbol, marks, name, role, country) lies in
the band of their ring, in their sector, and clear of everything placed before; so no label ever
lies across a ring line. Where a ring is narrow (at the sides of the circle a label's width
runs across the ring), the name may go on two or three shorter lines: each person has a few
label options, fewest lines first, and the first that fits is taken.

First the calm layout (evenly spread over the sector, on one track or zig-zagging over a few),
then a packed one (each person at the cheapest free spot, see ``cost``). When neither fits, the
caller makes the ring wider. Only the boxes near a candidate spot are tested (``Grid``), and the
packed layout jumps past whatever blocks a spot, so placing n people takes about n steps.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import NamedTuple

from netwerkcli.model import Kring
from netwerkcli.render.sociogram.geometry import (
    BAND_PAD,
    SECTOR_PAD,
    TAU,
    Band,
    Box,
    Grid,
    Sector,
)
from netwerkcli.render.sociogram.style import SIZES

GAP = SIZES.gap  # free space kept around every person's box
STEP = 3.0  # the smallest move along a track in the packed layout, in pixels
NARROW_STEP = 0.03  # radians to move on where a label is too wide for the ring
LOOK_AHEAD = 3  # at a free spot, the next people tried (widest first) before moving on
MOST_TRACKS = 8
CALM_MOST = 12  # a cell of more people is packed straight away: evenly spread they rarely fit
EPSILON = 0.05  # keeps rounding from putting a box exactly on a ring line


@dataclass(frozen=True)
class Entry:
    """One person to place: their cell, and the size of their symbol and of each label option."""

    id: str
    kring: Kring
    ring: int
    block: Box  # symbol with its marks, relative to the symbol's centre
    boxes: tuple[Box, ...]  # symbol and label, per label option, relative to the symbol's centre


@dataclass(frozen=True)
class Spot:
    id: str
    x: float  # the symbol's centre
    y: float
    box: Box  # symbol and label, absolute
    option: int  # which of the entry's label options is drawn


@dataclass(frozen=True)
class Placed:
    """The outcome for one cell: everyone's spot, or how many of the cell found one."""

    spots: list[Spot] | None
    share: float  # of the cell placed: 1.0 when everyone fits


class Attempt(NamedTuple):
    spot: Spot | None
    jump: float  # how far to move on along the track, in radians
    blocked: bool  # others stand here, or the sector's edge: nobody else fits here either


def place_cell(cell: Sequence[Entry], band: Band, arc: Sector, grid: Grid) -> Placed:
    """A spot for everyone in ``cell`` (added to ``grid``), or how far it is from fitting."""
    if len(cell) <= CALM_MOST:
        spots = _even(cell, band, arc, grid)
        if spots is not None:
            return Placed(spots, 1.0)
    spots, count = _packed(cell, band, arc, grid)
    return Placed(spots, count / len(cell))


def cost(angle: float) -> float:
    """How much ring a label takes at ``angle``: its height at the top and bottom of the circle,
    its width at the sides. Placement gives the cheap angles to the widest labels."""
    return abs(math.sin(angle))


def _fit(
    box: Box, angle: float, share: float, band: Band, arc: Sector | None
) -> tuple[float, float, float] | None:
    """The symbol's distance from the centre that puts ``box`` in ``band`` at ``angle``, ``share``
    of the way out through the room there (0 innermost, 1 outermost); and how far (radians) the
    box then reaches out of ``arc`` before its start and past its end. None when the band is
    too narrow here. (Written out for speed: placement calls this most.)"""
    inner = band.inner + BAND_PAD + EPSILON
    outer = band.outer - BAND_PAD - EPSILON
    sin, cos = math.sin(angle), math.cos(angle)
    x0, y0, x1, y1 = box.x0, box.y0, box.x1, box.y1
    # each corner's offset from the symbol: outwards (radial) and along the ring (across)
    radials = (x0 * sin - y0 * cos, x1 * sin - y0 * cos, x0 * sin - y1 * cos, x1 * sin - y1 * cos)
    acrosses = (x0 * cos + y0 * sin, x1 * cos + y0 * sin, x0 * cos + y1 * sin, x1 * cos + y1 * sin)
    # the far side is exact: each corner's distance is sqrt((r + radial)² + across²)
    high = math.inf
    squared = outer * outer
    for radial, across in zip(radials, acrosses, strict=True):
        free = squared - across * across
        if free <= 0:
            return None
        high = min(high, math.sqrt(free) - radial)
    # the near side: the box's nearest point moves at most as fast as the symbol, so each step
    # inwards by the spare distance keeps the box clear of the inner line
    low = inner - min(radials)
    for _ in range(3):
        x, y = low * sin, -low * cos
        nx = min(max(0.0, x0 + x), x1 + x)
        ny = min(max(0.0, y0 + y), y1 + y)
        spare = math.sqrt(nx * nx + ny * ny) - inner
        if spare < 0.5:
            break
        low -= spare
    if low > high:
        return None
    radius = low + share * (high - low)
    if arc is None or arc.span >= TAU - 1e-9:
        return radius, 0.0, 0.0
    # the corners' angles seen from the centre, relative to the symbol's
    slopes = [across / (radius + radial) for radial, across in zip(radials, acrosses, strict=True)]
    before = arc.start + SECTOR_PAD - angle - math.atan(min(slopes))
    after = angle + math.atan(max(slopes)) - arc.end + SECTOR_PAD
    return radius, max(0.0, before), max(0.0, after)


def _attempt(
    entry: Entry,
    angle: float,
    share: float,
    where: tuple[Band, Sector],
    grid: Grid,
    direction: int = 1,
) -> Attempt:
    """The entry at ``angle``, ``share`` of the way out through its room (0 inner, 1 outer).

    Gives the spot of the first label option that fits; or how far along the track (radians,
    in ``direction``) the nearest option would have to move to clear what it ran into, and
    whether nobody else would fit there either. ``_fit`` keeps the box in the band.
    """
    band, arc = where
    jump = math.inf
    blocked = True
    for option, box in enumerate(entry.boxes):
        found = _fit(box, angle, share, band, arc)
        if found is None:
            # The ring is too narrow here for this option. Along a walk a label takes more
            # and more of the ring, up to at most its width at the side of the circle (the
            # amount is concave in the angle): if even that is too wide, it never fits further.
            room = band.width - 2 * (BAND_PAD + EPSILON)
            step = math.inf if box.x1 - box.x0 > room else NARROW_STEP
            jump, blocked = min(jump, step), False
            continue
        radius, before, after = found
        if before or after:
            # reaching back out of the sector: move on; reaching out ahead: the walk is over
            behind = before if direction > 0 else after
            jump = min(jump, behind + 0.5 / radius if behind else math.inf)
            blocked = blocked and bool(behind)
            continue
        x, y = radius * math.sin(angle), -radius * math.cos(angle)
        placed = Box(box.x0 + x, box.y0 + y, box.x1 + x, box.y1 + y)
        other = grid.hit(placed, GAP)
        if other is None:
            return Attempt(Spot(entry.id, x, y, placed, option), 0.0, False)
        jump = min(jump, _clearance(placed, other, angle, direction) / radius)
    return Attempt(None, max(jump, STEP / band.outer), blocked)


def _clearance(box: Box, other: Box, angle: float, direction: int) -> float:
    """How far ``box`` must move along the track (clockwise for direction 1) to clear ``other``."""
    dx, dy = direction * math.cos(angle), direction * math.sin(angle)
    moves = []
    if dx > 1e-6:
        moves.append((other.x1 + GAP - box.x0) / dx)
    elif dx < -1e-6:
        moves.append((other.x0 - GAP - box.x1) / dx)
    if dy > 1e-6:
        moves.append((other.y1 + GAP - box.y0) / dy)
    elif dy < -1e-6:
        moves.append((other.y0 - GAP - box.y1) / dy)
    ahead = [m for m in moves if m > 0]
    return min(ahead) if ahead else STEP


def _rows(cell: Sequence[Entry], band: Band) -> int:
    """How many tracks the band holds, one above the other, for labels of this cell's height."""
    heights = sorted(e.boxes[0].y1 - e.boxes[0].y0 for e in cell)
    typical = heights[len(heights) // 2]
    return max(1, min(MOST_TRACKS, int((band.width - 2 * BAND_PAD + GAP) / (typical + GAP))))


def _shares(tracks: int) -> list[float]:
    return [0.5] if tracks == 1 else [i / (tracks - 1) for i in range(tracks)]


def _widest_first(cell: Sequence[Entry]) -> list[Entry]:
    """The people whose narrowest label is widest first: they need the cheap angles."""
    return sorted(cell, key=lambda e: -min(box.x1 - box.x0 for box in e.boxes))


def _even(cell: Sequence[Entry], band: Band, arc: Sector, grid: Grid) -> list[Spot] | None:
    """Evenly spread over the sector, zig-zagging over 1, 2, ... tracks: the calm layout.

    The evenly spaced angles go to the people by width: the widest label to the cheapest angle.
    """
    step = arc.span / len(cell)
    angles = [arc.start + (i + 0.5) * step for i in range(len(cell))]
    slots = sorted(range(len(cell)), key=lambda i: cost(angles[i]))
    people = _widest_first(cell)
    most = min(MOST_TRACKS, max(3, _rows(cell, band) + 1))
    for tracks in range(1, most + 1):
        shares = _shares(tracks)
        mark = grid.mark()
        spots: list[Spot] = []
        for entry, slot in zip(people, slots, strict=True):
            spot = _attempt(entry, angles[slot], shares[slot % tracks], (band, arc), grid).spot
            if spot is None:
                break
            grid.add(spot.box)
            spots.append(spot)
        else:
            return spots
        grid.undo(mark)
    return None


@dataclass(frozen=True)
class _Walk:
    """A walk along part of the sector, from its cheap end to its dear end."""

    seed: float
    direction: int  # 1 clockwise, -1 counter-clockwise
    length: float  # radians

    def angle(self, distance: float) -> float:
        return self.seed + self.direction * distance


def _walks(arc: Sector) -> list[_Walk]:
    """The sector cut at every quarter of the circle: along each piece the cost only grows."""
    cuts = [
        arc.start,
        *(k * math.pi / 2 for k in (1, 2, 3) if arc.start < k * math.pi / 2 < arc.end),
        arc.end,
    ]
    walks = []
    for a, b in pairwise(cuts):
        if cost(a) <= cost(b):
            walks.append(_Walk(a, 1, b - a))
        else:
            walks.append(_Walk(b, -1, b - a))
    return walks


def _packed(
    cell: Sequence[Entry], band: Band, arc: Sector, grid: Grid
) -> tuple[list[Spot] | None, int]:
    """Tightly packed: the cheapest free spots first, the widest labels first.

    Every track of every walk has a position that only moves on. The track whose position is
    cheapest is taken next: the first of the next few people who fits there is placed, or else
    the position moves past what is in the way. So each step places someone or moves on, and a
    cell of n people takes about n steps. Returns the spots, or None and how many were placed.
    """
    walks = _walks(arc)
    shares = _shares(_rows(cell, band))
    tracks = [(walk, share) for walk in walks for share in shares]
    queue = [(cost(walk.seed), 0.0, i) for i, (walk, _) in enumerate(tracks)]
    heapq.heapify(queue)
    pending = _widest_first(cell)
    mark = grid.mark()
    spots: list[Spot] = []
    while pending and queue:
        _, distance, i = heapq.heappop(queue)
        walk, share = tracks[i]
        angle = walk.angle(distance)
        jump = math.inf
        for k, entry in enumerate(pending[:LOOK_AHEAD]):
            attempt = _attempt(entry, angle, share, (band, arc), grid, walk.direction)
            if attempt.spot is not None:
                grid.add(attempt.spot.box)
                spots.append(attempt.spot)
                del pending[k]
                jump = 0.0
                break
            jump = min(jump, attempt.jump)
            if attempt.blocked:
                break  # someone stands here: a narrower label would not fit either
        distance += jump
        if distance <= walk.length:
            heapq.heappush(queue, (cost(walk.angle(distance)), distance, i))
    if pending:
        grid.undo(mark)
        return None, len(spots)
    return spots, len(spots)
