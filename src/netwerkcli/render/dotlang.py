"""Graphviz DOT for both drawings, built with the ``graphviz`` package, every position pinned.

No engine decides anything: ``neato -n2`` draws the file exactly as netwerk laid it out (``-n2``
keeps the nodes' ``pos`` and the edges' own ``pos`` splines). Positions are the SVG's page
coordinates with the y axis turned up, as Graphviz wants; one SVG unit is one point, so
Graphviz's own SVG has the same size. People are nodes and lines between people are edges;
other lines (households, marks, legend samples) are edges between invisible points.

Text from the family file is data: escaped with ``graphviz.escape`` (so a backslash stays a
backslash), never read as an HTML-like label (``nohtml``), without control characters, bounded.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from netwerkcli.render.svg import Point, num, text_width

INCH = 72.0
FONT = "DejaVu Sans"
FONT_ITALIC = "DejaVu Sans Oblique"
FONT_BOLD = "DejaVu Sans Bold"
MAX_LABEL = 2000  # Graphviz refuses labels over 16 KB; no drawn label comes near this
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def number(value: float) -> str:
    """Two decimals: inches need more precision than the SVG's pixels."""
    return num(value, decimals=2)


def label(*lines: str, end: str = "") -> str:
    """A DOT label of one or more lines, escaped (see the module's docstring).

    ``end`` is DOT's own line end for the last line: ``\\l`` left, ``\\r`` right aligned.
    """
    from graphviz import escape, nohtml

    clean = [_CONTROL.sub("", line)[:MAX_LABEL] for line in lines]
    joined: str = nohtml("\\n".join(escape(line) for line in clean) + end)
    return joined  # a str that the graphviz package never reads as an HTML-like label


class Canvas:
    """A ``graphviz.Graph`` in page coordinates: ``height`` turns the y axis up."""

    def __init__(self, name: str, width: float, height: float, **graph_attr: str) -> None:
        import graphviz

        self.height = height
        self._points = 0
        self.graph = graphviz.Graph(
            name,
            graph_attr={
                "bb": f"0,0,{number(width)},{number(height)}",
                "pad": "0",
                "outputorder": "nodesfirst",  # marks (a deceased's X) over the symbols
                "fontname": FONT,
                **graph_attr,
            },
            node_attr={"fontname": FONT, "fixedsize": "true"},
            edge_attr={"fontname": FONT},
        )
        # neato -n2 sizes the page to what it draws, not to ``bb``: two invisible corners keep
        # the SVG's page, so every position stays where the SVG has it
        self.point("pagina-linksonder", 0, height)
        self.point("pagina-rechtsboven", width, 0)

    def pos(self, x: float, y: float) -> str:
        return f"{number(x)},{number(self.height - y)}"

    def spline(self, points: Sequence[Point], arrow_at: Point | None = None) -> str:
        """An edge's ``pos``: straight pieces as a cubic B-spline (``e,x,y`` ends in an arrow)."""
        head, *rest = points
        parts = [self.pos(*head)]
        previous = head
        for point in rest:
            parts += [self.pos(*previous), self.pos(*point), self.pos(*point)]
            previous = point
        if arrow_at is not None:
            parts.insert(0, "e," + self.pos(*arrow_at))
        return " ".join(parts)

    def node(self, name: str, x: float, y: float, **attrs: Any) -> None:
        self.graph.node(name, pos=self.pos(x, y) + "!", **attributes(attrs))

    def text(
        self,
        name: str,
        x: float,
        y: float,
        text: str,
        size: float,
        anchor: str = "start",
        **attrs: Any,
    ) -> None:
        """A text as the SVG draws it: ``x`` at its anchor, ``y`` on its baseline.

        The node is wider than the text (Graphviz measures the font itself), and the text is
        aligned in it like the SVG's ``text-anchor``: it starts, ends or centres at ``x``.
        """
        width = 1.25 * text_width(text, size) + 4
        centre = {"middle": x, "end": x - width / 2}.get(anchor, x + width / 2)
        end = {"middle": "", "end": "\\r"}.get(anchor, "\\l")
        self.node(
            name,
            centre,
            y - 0.35 * size,
            shape="plaintext",
            label=label(text, end=end),
            fontsize=number(size),
            width=number(width / INCH),
            height=number(1.2 * size / INCH),
            margin="0",
            **attrs,
        )

    def edge(
        self, a: str, b: str, points: Sequence[Point], arrow_at: Point | None = None, **attrs: Any
    ) -> None:
        self.graph.edge(a, b, pos=self.spline(points, arrow_at), **attributes(attrs))

    def point(self, name: str, x: float, y: float) -> None:
        """An invisible point where a line that joins no people begins or ends."""
        self.node(name, x, y, shape="point", width="0", height="0", style="invis", label="")

    def line(self, name: str, points: Sequence[Point], **attrs: Any) -> None:
        """A line that joins no people: an edge between two invisible points."""
        self.point(f"{name}-begin", *points[0])
        self.point(f"{name}-eind", *points[-1])
        self.edge(f"{name}-begin", f"{name}-eind", points, **attrs)

    def curve(self, name: str, controls: Sequence[Point], **attrs: Any) -> None:
        """Like :meth:`line`, through the control points of a cubic B-spline (3n + 1 of them)."""
        self.point(f"{name}-begin", *controls[0])
        self.point(f"{name}-eind", *controls[-1])
        pos = " ".join(self.pos(*p) for p in controls)
        self.graph.edge(f"{name}-begin", f"{name}-eind", pos=pos, **attributes(attrs))

    def lines(self, name: str, polylines: Iterable[Sequence[Point]], **attrs: Any) -> None:
        for i, points in enumerate(polylines):
            self.line(f"{name}-{i}", points, **attrs)

    def source(self) -> str:
        return str(self.graph.source)


def attributes(attrs: dict[str, Any]) -> dict[str, str]:
    """Attribute values as text, None left out; ``class_`` → ``class`` (a Python keyword)."""
    out = {}
    for key, value in attrs.items():
        if value is None:
            continue
        if isinstance(value, str):  # keeps the marker of label() on its str subclass
            out[key.rstrip("_")] = value
        else:
            out[key.rstrip("_")] = number(value)
    return out
