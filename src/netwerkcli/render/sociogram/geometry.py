"""Geometry of the circle: boxes, ring bands, sectors, and a grid index of what is placed.

Around the origin (the centre of the family), y pointing down as on a page. Angles are measured
clockwise from the top, in radians.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from netwerkcli.model import Kring

TAU = 2 * math.pi
BAND_PAD = 3.0  # free space between anything drawn in a ring and the ring's lines
SECTOR_PAD = 0.01  # radians kept free at each side of a sector


@dataclass(frozen=True, slots=True)
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

    @property
    def area(self) -> float:
        return (self.x1 - self.x0) * (self.y1 - self.y0)


@dataclass(frozen=True)
class Band:
    """One ring: everything drawn in it keeps ``BAND_PAD`` from both of its lines."""

    number: int
    inner: float
    outer: float

    def holds(self, box: Box) -> bool:
        near, far = box.distances()
        return near >= self.inner + BAND_PAD and far <= self.outer - BAND_PAD

    @property
    def width(self) -> float:
        return self.outer - self.inner


@dataclass(frozen=True)
class Sector:
    kring: Kring
    start: float
    end: float

    @property
    def middle(self) -> float:
        return (self.start + self.end) / 2

    @property
    def span(self) -> float:
        return self.end - self.start

    def holds(self, box: Box) -> bool:
        return self.overhang(box) == (0.0, 0.0)

    def overhang(self, box: Box) -> tuple[float, float]:
        """How far (radians) the box reaches out of the sector before its start and past its
        end; (0, 0) when it lies inside, keeping ``SECTOR_PAD`` from both edges."""
        span = self.span
        if span >= TAU - 1e-9:
            return 0.0, 0.0
        before = after = 0.0
        for x, y in box.corners():
            # measured from the sector's middle, so a box just outside either edge is told apart
            offset = (angle_of(x, y) - self.middle + math.pi) % TAU - math.pi
            before = max(before, -span / 2 + SECTOR_PAD - offset)
            after = max(after, offset - span / 2 + SECTOR_PAD)
        return before, after


def angle_of(x: float, y: float) -> float:
    return math.atan2(x, -y) % TAU


def point(radius: float, angle: float) -> tuple[float, float]:
    return radius * math.sin(angle), -radius * math.cos(angle)


class Grid:
    """A uniform grid over the plane: which placed boxes lie near a new one, in O(1) per box.

    Placement asks thousands of times whether a box is free; testing only the boxes that share
    a grid cell with it keeps that independent of how many people are already placed.
    """

    def __init__(self, boxes: tuple[Box, ...] | list[Box] = (), cell: float = 48.0) -> None:
        self.cell = cell
        self._cells: dict[tuple[int, int], list[Box]] = {}
        self._added: list[list[tuple[int, int]]] = []  # the cells of each box, for ``undo``
        for box in boxes:
            self.add(box)

    def _keys(self, box: Box, pad: float) -> list[tuple[int, int]]:
        c = self.cell
        i0, i1 = math.floor((box.x0 - pad) / c), math.floor((box.x1 + pad) / c)
        j0, j1 = math.floor((box.y0 - pad) / c), math.floor((box.y1 + pad) / c)
        return [(i, j) for i in range(i0, i1 + 1) for j in range(j0, j1 + 1)]

    def add(self, box: Box) -> None:
        keys = self._keys(box, 0.0)
        for key in keys:
            self._cells.setdefault(key, []).append(box)
        self._added.append(keys)

    def hit(self, box: Box, gap: float) -> Box | None:
        """A placed box closer than ``gap`` to ``box``, or None when it is free."""
        for key in self._keys(box, gap):
            for other in self._cells.get(key, ()):
                if box.overlaps(other, gap):
                    return other
        return None

    def mark(self) -> int:
        return len(self._added)

    def undo(self, mark: int) -> None:
        """Take out every box added since ``mark`` (a tentative layout that did not work out)."""
        while len(self._added) > mark:
            for key in self._added.pop():
                self._cells[key].pop()
