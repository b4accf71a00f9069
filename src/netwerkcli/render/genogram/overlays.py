"""What is drawn over the structure: household outlines, emotional bonds, foster links.

Bonds are routed last, over everything else (see ``bonds``): they keep clear of every symbol and
every text, including household names and markers, and never cross a partner line.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from netwerkcli.labels import Labels
from netwerkcli.messages import genogram as texts
from netwerkcli.model import Band, Gezin
from netwerkcli.render.genogram import bonds, connectors
from netwerkcli.render.genogram.field import Field
from netwerkcli.render.genogram.households import (
    MARKER,
    HouseholdDrawing,
    marker_at,
    outline,
)
from netwerkcli.render.genogram.metrics import NodeLabels, header_texts, text_rect
from netwerkcli.render.genogram.paths import Rect, Segment
from netwerkcli.render.genogram.structure import Node, Structure
from netwerkcli.render.genogram.style import BOND, SIZES
from netwerkcli.render.svg import Point


@dataclass(eq=False, repr=False)
class Overlays:
    """What is drawn over the tree: bonds, links between a foster child's drawings, and the
    warnings about them."""

    bonds: list[tuple[Band, str, str, list[Point]]] = field(default_factory=list)
    foster_links: list[tuple[str, str, list[Point]]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def draw_overlays(
    s: Structure,
    gezin: Gezin,
    labels: Labels,
    rows: list[list[str]],
    node_labels: dict[str, NodeLabels],
    relation_labels: dict[frozenset[str], str],
    partner_lines: list[connectors.PartnerLine],
    descents: list[connectors.Descent],
    households: list[HouseholdDrawing],
) -> Overlays:
    partner_segs = [seg for pl in partner_lines for seg in partner_segments(pl)]
    written = text_boxes(s, labels, node_labels, relation_labels, partner_lines)
    for h in households:
        if h.outlined:
            outline(h, s.nodes, node_labels, rows, partner_segs, written)
    out = Overlays()
    field_ = Field(
        list(s.nodes.values()),
        written + household_boxes(s, node_labels, households),
        partner_segs,
        [seg for d in descents for seg in connectors.descent_segments(d)],
        [seg for h in households for seg in h.segments()],
    )
    for band in gezin.banden:
        a, b = _closest(s, band.personen[0], band.personen[1])
        if a is None or b is None:
            continue
        reach, bars = bonds.bond_reach(BOND[band.soort], band.gericht)
        points, clean = bonds.route(field_, a, b, reach, bars)
        if clean:
            field_.add_bond(points)
        else:
            out.warnings.append(
                texts.BOND_ROUTE_TEXT.format(a=labels.name(a.person), b=labels.name(b.person))
            )
        out.bonds.append((band, a.key, b.key, points))
    for k, n in s.nodes.items():
        if n.foster_copy:
            main = s.nodes[n.person.id]
            points, _ = bonds.route(field_, main, n, 1.0, 0.0, minimum=0.0)
            field_.add_bond(points)
            out.foster_links.append((main.key, k, points))
    return out


def partner_segments(pl: connectors.PartnerLine) -> list[Segment]:
    """The line and its slashes: a bond crosses neither."""
    segs = list(itertools.pairwise(pl.points))
    h = SIZES.slash
    segs += [((x - h * 0.45, y + h), (x + h * 0.45, y - h)) for x, y in pl.slash_at]
    return segs


def text_boxes(
    s: Structure,
    labels: Labels,
    node_labels: dict[str, NodeLabels],
    relation_labels: dict[frozenset[str], str],
    partner_lines: list[connectors.PartnerLine],
) -> list[Rect]:
    """Every text of the drawing but the households': names, years, places, partner labels, the
    title."""
    boxes = [t.box() for t in header_texts(labels)]
    boxes += [t.box() for k, n in s.nodes.items() for t in node_labels[k].texts(n)]
    for pl in partner_lines:
        label = relation_labels.get(frozenset((pl.pair.a, pl.pair.b)), "")
        if label:
            boxes.append(text_rect(*pl.label_at, label, SIZES.relation_font, "middle"))
    return boxes


def household_boxes(
    s: Structure, node_labels: dict[str, NodeLabels], households: list[HouseholdDrawing]
) -> list[Rect]:
    """The households' names and markers (the names of outlines are placed with the outline)."""
    boxes: list[Rect] = []
    for h in households:
        if h.label_at is not None:
            boxes.append(text_rect(*h.label_at, h.naam, SIZES.household_font))
        if not h.outlined:
            for k in h.members:
                x, y = marker_at(s.nodes[k], node_labels[k])
                boxes.append((x - MARKER / 2, y - MARKER / 2, x + MARKER / 2, y + MARKER / 2))
    return boxes


def _closest(s: Structure, a_id: str, b_id: str) -> tuple[Node | None, Node | None]:
    """The drawings of two people that stand nearest each other (a foster child has two)."""
    a_all = [n for n in s.nodes.values() if n.person.id == a_id]
    b_all = [n for n in s.nodes.values() if n.person.id == b_id]
    best: tuple[float, Node, Node] | None = None
    for a in a_all:
        for b in b_all:
            d = abs(a.x - b.x) + abs(a.y - b.y)
            if best is None or d < best[0]:
                best = (d, a, b)
    return (best[1], best[2]) if best else (None, None)
