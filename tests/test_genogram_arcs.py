"""The candidate curves of a bond are made fast (shared pieces, control points only when tried)
but must be exactly the plain list: every curve, its estimated length, shortest first and equal
ones in the order they are made. A different order or a length off by one bit could pick another
curve, so the comparison is exact."""

from __future__ import annotations

import itertools
import math
import random
from types import SimpleNamespace

import pytest

from netwerkcli.render.genogram.arcs import (
    BULGES,
    EXITS,
    SHIFTS,
    WAYPOINT,
    WAYPOINTS_ALONG,
    WAYPOINTS_ASIDE,
    Arcs,
    S,
)
from netwerkcli.render.genogram.field import QUICK, QUICK_SAMPLES, Field, coarse_levels
from netwerkcli.render.genogram.paths import bezier, estimate

Point = tuple[float, float]


def plain(a: SimpleNamespace, b: SimpleNamespace) -> list[tuple[float, tuple[Point, ...]]]:
    """The candidates as first written: every curve made whole, then sorted."""
    (ax, ay), (bx, by) = (a.x, a.y), (b.x, b.y)
    dx, dy = bx - ax, by - ay
    size = math.hypot(dx, dy) or 1.0
    ux, uy = dx / size, dy / size
    nx, ny = -uy, ux
    if ny > 0 or (abs(ny) < 1e-9 and nx < 0):
        nx, ny = -nx, -ny
    base = max(36.0 if a.row != b.row else 60.0, 0.18 * size)
    heights = [0.0] if a.row != b.row else []
    for step in BULGES:
        heights += [base * step, -base * step]
    handles = (size / 3, 0.0, -S)
    options: list[tuple[float, tuple[Point, ...]]] = []
    for h, h1, h2, (s1, s2) in itertools.product(heights, handles, handles, SHIFTS):
        p0, p3 = (ax + s1, ay), (bx + s2, by)
        c1 = (p0[0] + ux * h1 + nx * h, p0[1] + uy * h1 + ny * h)
        c2 = (p3[0] - ux * h2 + nx * h, p3[1] - uy * h2 + ny * h)
        options.append((estimate(p0, c1, c2, p3), (p0, c1, c2, p3)))
    asides = [k for k in WAYPOINTS_ASIDE if k or a.row != b.row]
    for f, k, (s1, s2) in itertools.product(WAYPOINTS_ALONG, asides, SHIFTS):
        p0, p3 = (ax + s1, ay), (bx + s2, by)
        w = (ax + dx * f + nx * base * k, ay + dy * f + ny * base * k)
        first, second = math.dist(p0, w) / 3, math.dist(w, p3) / 3
        c1 = (p0[0] + (w[0] - p0[0]) / 3, p0[1] + (w[1] - p0[1]) / 3)
        c2 = (w[0] - ux * first, w[1] - uy * first)
        c3 = (w[0] + ux * second, w[1] + uy * second)
        c4 = (p3[0] + (w[0] - p3[0]) / 3, p3[1] + (w[1] - p3[1]) / 3)
        size_ = (estimate(p0, c1, c2, w) + estimate(w, c3, c4, p3)) * WAYPOINT
        options.append((size_, (p0, c1, c2, w, c3, c4, p3)))
    for d1, d2, l1, l2 in itertools.product(EXITS, EXITS, (1.2 * S, 2.2 * S), (1.2 * S, 2.2 * S)):
        p0, p3 = (ax, ay), (bx, by)
        c1 = (ax + d1[0] * l1, ay + d1[1] * l1)
        c2 = (bx + d2[0] * l2, by + d2[1] * l2)
        options.append((estimate(p0, c1, c2, p3) * WAYPOINT, (p0, c1, c2, p3)))
    options.sort(key=lambda o: o[0])
    return options


def pairs() -> list[tuple[SimpleNamespace, SimpleNamespace]]:
    rnd = random.Random(11)
    out = []
    for _ in range(150):
        rows = rnd.randrange(3), rnd.randrange(3)
        a, b = (
            SimpleNamespace(
                x=round(rnd.uniform(20, 3000), rnd.choice([0, 1, 6])),
                y=40.0 + 170 * row + rnd.choice([0.0, 0.5, 1 / 3]),
                row=row,
            )
            for row in rows
        )
        out.append((a, b))
    same = SimpleNamespace(x=100.0, y=40.0, row=0)
    out.append((same, SimpleNamespace(x=100.0, y=40.0, row=0)))  # one place: no direction
    out.append((same, SimpleNamespace(x=100.0, y=210.0, row=1)))  # straight below
    return out


@pytest.mark.parametrize("a,b", pairs())
def test_arcs_are_the_plain_candidates_in_their_order(
    a: SimpleNamespace, b: SimpleNamespace
) -> None:
    want = plain(a, b)
    arcs = Arcs(a, b)  # type: ignore[arg-type]
    assert [(arcs.sizes[i], arcs.controls(i)) for i in arcs.order] == want
    for minimum in (0.0, 32.0, 100.0, 1e9):
        viable = [controls for size, controls in want if size >= minimum]
        assert [arcs.controls(i) for i in arcs.from_size(minimum)] == viable


def test_coarse_levels_hold_every_index_once() -> None:
    for count in (1, 2, 3, 49, 64, 97):
        flat = [i for level in coarse_levels(count) for i in level]
        assert sorted(flat) == list(range(count))
        assert flat[0] == 0


def test_quick_look_finds_what_a_look_at_every_point_finds() -> None:
    """The first look at a curve takes its points coarse first: the answer is the same as when
    every point of ``bezier`` is taken in turn."""
    boxes = [(x, y, x + 30.0, y + 12.0) for x in range(60, 600, 160) for y in (120.0, 230.0)]
    field = Field([], boxes, [], [], [])
    a = SimpleNamespace(x=20.0, y=40.0, key="a")
    b = SimpleNamespace(x=560.0, y=300.0, key="b")
    rnd = random.Random(5)
    found = set()
    for _ in range(300):
        controls = tuple((rnd.uniform(0, 600), rnd.uniform(0, 320)) for _ in range(4))
        controls = ((a.x, a.y), *controls[1:3], (b.x, b.y))
        if rnd.random() < 0.5:
            controls = (*controls[:3], (rnd.uniform(0, 600), rnd.uniform(0, 320)), *controls[1:])
        pts = bezier(*controls[:4], QUICK_SAMPLES)
        if len(controls) == 7:
            pts += bezier(*controls[3:], QUICK_SAMPLES)[1:]
        x0, y0, cols, rows, bits = field._bitmap(4.0)
        near = (S / 2 + 4.0 + 2 * QUICK) ** 2
        every = any(
            0 <= (i := int((x - x0) / QUICK)) < cols
            and 0 <= (j := int((y - y0) / QUICK)) < rows
            and bits[j * cols + i]
            for x, y in pts
            if (x - a.x) ** 2 + (y - a.y) ** 2 >= near and (x - b.x) ** 2 + (y - b.y) ** 2 >= near
        )
        quick = field.quick_reject(controls, 4.0, a, b)  # type: ignore[arg-type]
        assert quick == every
        found.add(quick)
    assert found == {True, False}  # both answers were met
