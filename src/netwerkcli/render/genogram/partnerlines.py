"""Partner lines, and the vertical places of the lines between the rows.

Partner lines run at the height of the symbols' centres. Partners who do not stand side by side
are joined by a line routed around those between them: above the row where that removes a
crossing and nothing comes down there (see ``above``), else below their names. Routed lines of
one row that nest stand at different levels, the inner one nearest the row.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from netwerkcli.render.genogram.geometry import Rows
from netwerkcli.render.genogram.metrics import NodeLabels
from netwerkcli.render.genogram.structure import Node, PartnerPair, Structure
from netwerkcli.render.genogram.style import SIZES
from netwerkcli.render.svg import Point, text_width

S = SIZES.symbol
ABOVE_BASE = 42.0  # a line above the row: this far above the centres (clear of the years)
ABOVE_LABEL = 21.0  # room above it for its label
ABOVE_STEP = 14.0  # between two lines above one row
ABOVE_STEP_LABELLED = 24.0  # when they carry labels (above the line)


@dataclass(eq=False, repr=False)
class PartnerLine:
    """A partner line as drawn: its points, where the children's line leaves and where its
    label goes."""

    pair: PartnerPair
    points: list[Point]  # from a to b
    anchor: Point  # where children's lines leave
    label_at: Point
    routed: bool = False
    slash_at: list[Point] = field(default_factory=list)
    above: bool = False  # routed above the row


@dataclass(frozen=True, eq=False, repr=False)
class Heights:
    """Vertical places of one drawing: row centres and the levels of lines in between."""

    rows: list[float]
    below: list[float]  # per row: from the centre down to the lowest label
    route_step: list[float]  # per row: distance between routed partner lines
    above_step: list[float]  # per row: distance between lines above the row
    rise: list[float]  # per row: extra rise of the sibship lines above it (room for lines)

    def route_y(self, row: int, level: int) -> float:
        return self.rows[row] + self.below[row] + SIZES.route_drop + level * self.route_step[row]

    def above_y(self, row: int, level: int) -> float:
        return self.rows[row] - ABOVE_BASE - level * self.above_step[row]


def above_room(levels: int, labelled: bool) -> tuple[float, float]:
    """Room a row needs above its centres for ``levels`` lines above it (from the centres to
    the lowest sibship line over it), and their step."""
    step = ABOVE_STEP_LABELLED if labelled else ABOVE_STEP
    return ABOVE_BASE + (levels - 1) * step + (ABOVE_LABEL if labelled else 12.0), step


def route_levels(plan: Rows) -> dict[frozenset[str], int]:
    """Level of each routed partner line on its row: 0 nearest the row, nested lines inner one
    nearer, interleaved ones apart; lines above and below the row each counted on their own."""
    levels: dict[frozenset[str], int] = {}
    by_row: dict[tuple[int, bool], list[tuple[int, int, frozenset[str]]]] = {}
    for k, mates in plan.f.partners.items():
        for q in mates:
            i, j = plan.index[k], plan.index[q]
            if j - i > 1:
                pair = frozenset((k, q))
                side = (plan.f.row_of[k], pair in plan.above)
                by_row.setdefault(side, []).append((i, j, pair))
    for spans in by_row.values():
        spans.sort(key=lambda t: (t[1] - t[0], t[0]))
        placed: list[tuple[int, int, int]] = []
        for i, j, pair in spans:
            below = [lvl for a, b, lvl in placed if a < j and i < b]
            level = 1 + max(below) if below else 0
            levels[pair] = level
            placed.append((i, j, level))
    return levels


def partner_line(
    s: Structure,
    plan: Rows,
    labels: dict[str, NodeLabels],
    heights: Heights,
    route: dict[frozenset[str], int],
    pair: PartnerPair,
    relation_labels: dict[frozenset[str], str],
) -> PartnerLine:
    a, b = s.nodes[pair.a], s.nodes[pair.b]
    if a.x > b.x:
        a, b = b, a
    if a.row != b.row:  # partners of different generations (warned about)
        upper, lower = (a, b) if a.y < b.y else (b, a)
        mid_y = (upper.y + S / 2 + lower.y - S / 2) / 2
        pts = [
            (upper.x, upper.y + S / 2),
            (upper.x, mid_y),
            (lower.x, mid_y),
            (lower.x, lower.y - S / 2),
        ]
        label_at = ((upper.x + lower.x) / 2, mid_y - 6)
        return PartnerLine(pair, pts, (lower.x, lower.y), label_at, routed=True)
    y = a.y
    text = relation_labels.get(frozenset((pair.a, pair.b)), "")
    if plan.adjacent(a.key, b.key):
        x0, x1 = a.x + S / 2, b.x - S / 2
        mid = (a.x + b.x) / 2
        slashes = [(mid - 10, y), (mid - 16, y)]
        return PartnerLine(pair, [(x0, y), (x1, y)], (mid, y), (mid, y - 9), False, slashes)
    key = frozenset((a.key, b.key))
    if key in plan.above:
        return _above_line(s, plan, heights, route[key], pair, text, (a, b))
    y_route = heights.route_y(a.row, route[key])
    xa = a.x + max(S / 2, labels[a.key].name_half) + 6
    xb = b.x - max(S / 2, labels[b.key].name_half) - 6
    pts = _around(a.x + S * 0.4, b.x - S * 0.4, y + S * 0.3, xa, xb, y_route)
    drop_x = plan.routed_drop(a.key, b.key, {k: s.nodes[k].x for k in plan.rows[a.row]})
    has_children = bool(plan.f.couple_unions.get(key))
    centre = label_place(xa, xb, [drop_x] if has_children else [], text)
    slashes = [(centre - 3, y_route), (centre + 3, y_route)]
    return PartnerLine(pair, pts, (drop_x, y_route), (centre, y_route + 16), True, slashes)


def _above_line(
    s: Structure,
    plan: Rows,
    heights: Heights,
    level: int,
    pair: PartnerPair,
    text: str,
    ends: tuple[Node, Node],
) -> PartnerLine:
    """A line above the row: from each symbol's side facing the other, above the centre, up
    beside the birth years, over the years and labels of those between; the label (and the
    slashes) on it, beside where the children's line comes down through a free gap."""
    a, b = ends
    y_route = heights.above_y(a.row, level)
    xa = a.x + plan.above_reach(a.key, 1)
    xb = b.x - plan.above_reach(b.key, -1)
    pts = _around(a.x + S * 0.3, b.x - S * 0.3, a.y - S * 0.35, xa, xb, y_route)
    has_children = plan.above[frozenset((a.key, b.key))] >= 0
    drop_x = (xa + xb) / 2
    if has_children:
        drop_x = plan.above_drop(a.key, b.key, {k: s.nodes[k].x for k in plan.rows[a.row]})
    centre = label_place(xa, xb, [drop_x] if has_children else [], text)
    slashes = [(centre - 3, y_route), (centre + 3, y_route)]
    label_at = (centre, y_route - 9)
    return PartnerLine(pair, pts, (drop_x, y_route), label_at, True, slashes, above=True)


def _around(x0: float, x1: float, y: float, xa: float, xb: float, y_route: float) -> list[Point]:
    """A routed line: from (x0, y) at one symbol out to xa, to the route's height and along it to
    xb, back to y and in to (x1, y) at the other symbol."""
    return [(x0, y), (xa, y), (xa, y_route), (xb, y_route), (xb, y), (x1, y)]


def label_place(x0: float, x1: float, lines: list[float], text: str) -> float:
    """Centre of a routed line's label (and slashes): the middle of the longest stretch of the
    line that the lines leaving or crossing it (at ``lines``) leave free."""
    half = text_width(text, SIZES.relation_font) / 2 + 10
    cuts = sorted(x for x in lines if x0 < x < x1)
    edges = [x0, *(c for x in cuts for c in (x - 10, x + 10)), x1]
    stretches = list(zip(edges[0::2], edges[1::2], strict=True))
    seg = max(stretches, key=lambda t: t[1] - t[0])
    if not cuts or seg[1] - seg[0] >= 2 * half:
        return (seg[0] + seg[1]) / 2
    return seg[0] + half if seg[0] > x0 else seg[1] - half
