"""Emotional bonds (and the link between a foster child's two drawings), routed over the drawing.

A bond is a curve from one person's symbol to the other's that never passes another symbol or any
text (names, years, places, partner and household labels, also the two people's own), never
crosses a partner line, never runs along any line, and is long enough to show its pattern. Of the
curves that qualify, the one with the fewest crossings of parent–child lines wins, then the
shortest. Curves bulge away from the straight way by growing amounts, or pass a waypoint; where
none qualifies, a search on a fine grid finds a way through narrow gaps, straightened and rounded.
What the drawing has, and the judging of a curve over it, is the ``Field`` of ``field``; the
candidate curves are made in ``arcs``, the grid search is ``grid``.
"""

from __future__ import annotations

from netwerkcli.render.genogram.arcs import Arcs, in_symbol, trim
from netwerkcli.render.genogram.field import ALONG, Field
from netwerkcli.render.genogram.grid import COARSE, GRID, GUIDED_FROM, Grid
from netwerkcli.render.genogram.paths import bezier, rounded_polyline
from netwerkcli.render.genogram.structure import Node
from netwerkcli.render.genogram.style import SIZES, BondStyle
from netwerkcli.render.svg import Point

SAMPLES = 64  # points of a drawn curve
MIN_LENGTH = 40.0  # a bond shorter than this does not show its pattern (six zigzags)
TRIES = 60  # arcs tried before the grid
MORE_TRIES = 400  # and after it
# grid searches in turn: round the two people (margin), other bonds as walls (strict), cell size
ATTEMPTS = (
    (80.0, False, COARSE),
    (60.0, False, GRID),
    (240.0, False, COARSE),
    (160.0, False, GRID),
    (400.0, False, GRID),
    (400.0, True, GRID),
)
ARROW = 9.0  # length of the arrowhead of a directed bond


def bond_reach(style: BondStyle, directed: bool) -> tuple[float, float]:
    """How far the drawn strokes of a bond reach beside its centre line, and how far the bars
    of a cut-off bond reach (in the middle only)."""
    if style.zigzag:
        reach = SIZES.zigzag + style.width / 2
    else:
        reach = (style.lines - 1) / 2 * SIZES.bond_offset + style.width / 2
    if directed:
        reach = max(reach, ARROW * 0.45 + style.width / 2)
    bars = 7.0 + style.width / 2 if style.bars else 0.0
    return reach, bars


def route(
    field: Field,
    a: Node,
    b: Node,
    reach: float = 1.0,
    bars: float = 0.0,
    minimum: float = MIN_LENGTH,
) -> tuple[list[Point], bool]:
    """The best curve from a to b, and whether it is clean (False: the least bad one).

    First the shortest arcs; then a way on a grid; then the other arcs (most bonds find an
    arc or a way at once, and a hard one still gets every chance)."""
    pad = reach + 1.5
    arcs = Arcs(a, b)
    viable = arcs.from_size(minimum * 0.8)  # long enough to show
    found = _best_arc(field, a, b, arcs, viable[:TRIES], pad, bars, minimum)
    if found is None:
        found = _grid_route(field, a, b, pad, bars, minimum)
    if found is None:
        found = _best_arc(field, a, b, arcs, viable[TRIES:MORE_TRIES], pad, bars, minimum)
    if found is not None:
        return found, True
    pts = _trimmed(a, b, arcs.controls(arcs.order[0])) if arcs.order else []
    return (pts if len(pts) >= 2 else [(a.x, a.y), (b.x, b.y)]), False


def _best_arc(
    field: Field,
    a: Node,
    b: Node,
    arcs: Arcs,
    options: list[int],
    pad: float,
    bars: float,
    minimum: float,
) -> list[Point] | None:
    best: tuple[float, list[Point]] | None = None
    ends = (a.key, b.key)
    for option in options:
        if best is not None and arcs.sizes[option] * 0.95 >= best[0]:
            break  # longer than the best so far: nothing better follows
        controls = arcs.controls(option)
        if field.quick_reject(controls, pad, a, b):
            continue  # a first look already finds something in the way
        pts = trim(_curve(controls, SAMPLES), a, b)
        cost = field.judge(pts, pad, bars, minimum, ends)
        if cost is not None and (best is None or cost < best[0]):
            best = (cost, pts)
    return best[1] if best else None


def _curve(controls: tuple[Point, ...], n: int) -> list[Point]:
    pts = bezier(controls[0], controls[1], controls[2], controls[3], n)
    if len(controls) == 7:
        pts += bezier(controls[3], controls[4], controls[5], controls[6], n)[1:]
    return pts


def _trimmed(a: Node, b: Node, controls: tuple[Point, ...], samples: int = 0) -> list[Point]:
    return trim(_curve(controls, samples or SAMPLES), a, b)


def _grid_route(
    field: Field, a: Node, b: Node, pad: float, bars: float, minimum: float
) -> list[Point] | None:
    """Where no curve qualifies: the cheapest way on a fine grid (walls: symbols, texts and
    partner lines; a parent–child line may be crossed at a price), straightened, rounded.
    Round the two people first, then wider; and where the way found runs alongside another
    bond, once more with the other bonds as walls."""
    # the bars of a cut-off bond need room in the middle only: first a way with that room
    # all along, then one with room for the line
    clearances = (max(pad, bars), pad) if bars > pad else (pad,)
    for margin, strict, cell in ATTEMPTS:
        for clearance in clearances:
            grid = Grid.around(field, a, b, clearance, margin, strict, cell)
            cells = grid.guided() if grid.cols * grid.rows > GUIDED_FROM else None
            cells = cells or grid.shortest()
            if cells is None:
                continue
            pts = _smoothed(field, a, b, cells, pad, bars, minimum)
            if pts is not None:
                return pts
    return None


def _smoothed(
    field: Field, a: Node, b: Node, cells: list[Point], pad: float, bars: float, minimum: float
) -> list[Point] | None:
    """The grid's way straightened (as far as a straight piece stays clean) and rounded."""
    turns = _turns(cells)
    corners = [turns[0]]
    i = 0
    while i < len(turns) - 1:
        j = i + 1
        while j + 1 < len(turns) and _clean_straight(
            field, a, b, turns[i], turns[j + 1], max(pad, bars)
        ):
            j += 1
        corners.append(turns[j])
        i = j
    for radius in (40.0, 20.0, 8.0, 0.0):
        pts = trim(rounded_polyline(corners, radius), a, b)
        if field.judge(pts, pad, bars, minimum, (a.key, b.key)) is not None:
            return pts
    return None


def _clean_straight(field: Field, a: Node, b: Node, p: Point, q: Point, pad: float) -> bool:
    piece = trim([p, q], a, b) if in_symbol(a, p) or in_symbol(b, q) else [p, q]
    judged = field.judge(piece, pad, 0.0, 0.0, (a.key, b.key), budget=ALONG / 4)
    return len(piece) < 2 or judged is not None


def _turns(cells: list[Point]) -> list[Point]:
    """The cells of a grid way where it changes direction (and its two ends): the straight runs
    in between are straight already."""
    if len(cells) < 3:
        return list(cells)
    turns = [cells[0]]
    for before, here, after in zip(cells, cells[1:], cells[2:], strict=False):
        if (here[0] - before[0], here[1] - before[1]) != (after[0] - here[0], after[1] - here[1]):
            turns.append(here)
    turns.append(cells[-1])
    return turns
