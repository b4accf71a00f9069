"""Person symbols and small marks, drawn in page coordinates into an :class:`SvgDocument`.

Used both for the people in the drawing and for the samples in the legend, so the two can never
differ.
"""

from __future__ import annotations

from netwerkcli.model import Geslacht, Zwangerschap
from netwerkcli.render.genogram.style import DECEASED_FILL, HOUSEHOLD, INK, MUTED, SIZES
from netwerkcli.render.svg import Point, SvgDocument, path_from_points

W = SIZES.stroke


def symbol(
    doc: SvgDocument,
    x: float,
    y: float,
    geslacht: Geslacht,
    size: float = SIZES.symbol,
    *,
    deceased: bool = False,
    dashed: bool = False,
    classes: str = "symbool",
) -> None:
    h = size / 2
    attrs: dict[str, str | float | None] = {
        "fill": DECEASED_FILL if deceased else "white",
        "stroke": INK,
        "stroke_width": W,
        "stroke_dasharray": "4 3" if dashed else None,
        "class_": classes,
    }
    if geslacht is Geslacht.MAN:
        doc.rect(x - h, y - h, size, size, **attrs)
    elif geslacht is Geslacht.VROUW:
        doc.circle(x, y, h, **attrs)
    else:
        doc.polygon([(x, y - h), (x + h, y), (x, y + h), (x - h, y)], **attrs)


def cross_lines(x: float, y: float, geslacht: Geslacht, size: float) -> list[list[Point]]:
    """The two strokes of the X through a deceased person's symbol, inside its outline."""
    h = size / 2
    r = h * (0.72 if geslacht is Geslacht.VROUW else 0.5 if geslacht is Geslacht.X else 1.0)
    return [[(x - r, y - r), (x + r, y + r)], [(x - r, y + r), (x + r, y - r)]]


def cross(doc: SvgDocument, x: float, y: float, geslacht: Geslacht, size: float) -> None:
    for a, b in cross_lines(x, y, geslacht, size):
        doc.line(a, b, stroke=MUTED, stroke_width=1.2, class_="kruis")


def pregnancy(doc: SvgDocument, x: float, y: float, kind: Zwangerschap, geslacht: Geslacht) -> None:
    size = SIZES.pregnancy
    h = size / 2
    if kind is Zwangerschap.ZWANGER:
        doc.polygon(
            [(x, y - h), (x + h, y + h * 0.8), (x - h, y + h * 0.8)],
            fill="white",
            stroke=INK,
            stroke_width=W,
            class_="symbool",
        )
    elif kind is Zwangerschap.MISKRAAM:
        doc.circle(x, y, h * 0.55, fill=INK, stroke=INK, stroke_width=W, class_="symbool")
    elif kind is Zwangerschap.ABORTUS:
        r = h * 0.6
        doc.line((x - r, y - r), (x + r, y + r), stroke=INK, stroke_width=W * 1.4, class_="symbool")
        doc.line((x - r, y + r), (x + r, y - r), stroke=INK, stroke_width=W * 1.4, class_="symbool")
    else:  # doodgeboren: a small symbol with an X
        symbol(doc, x, y, geslacht, size)
        cross(doc, x, y, geslacht, size)


def bracket_lines(x: float, y: float, size: float = SIZES.symbol) -> list[list[Point]]:
    """The two adoption brackets around a symbol."""
    h = size / 2 + 3
    b = SIZES.bracket
    out = []
    for side in (-1, 1):
        x0 = x + side * (size / 2 + b)
        x1 = x0 - side * b * 0.7
        out.append([(x1, y - h), (x0, y - h), (x0, y + h), (x1, y + h)])
    return out


def brackets(doc: SvgDocument, x: float, y: float, size: float = SIZES.symbol) -> None:
    for points in bracket_lines(x, y, size):
        doc.path(path_from_points(points), fill="none", stroke=INK, stroke_width=W, class_="haak")


def house_outline(x: float, y: float, size: float) -> list[Point]:
    """The outline of a household marker (a small house) centred at (x, y)."""
    h = size / 2
    return [(x - h, y + h), (x - h, y - h * 0.2), (x, y - h), (x + h, y - h * 0.2), (x + h, y + h)]


def house(doc: SvgDocument, x: float, y: float, size: float, number: str) -> None:
    """A small house with a number: the household marker, centred at (x, y)."""
    h = size / 2
    points = house_outline(x, y, size)
    doc.polygon(points, fill="white", stroke=HOUSEHOLD, stroke_width=1.2, class_="huis")
    doc.text(
        x,
        y + h * 0.75,
        number,
        font_size=size * 0.62,
        font_weight="bold",
        text_anchor="middle",
        fill=HOUSEHOLD,
        class_="huisnummer",
    )


def folded(doc: SvgDocument, x: float, y: float, size: float = SIZES.symbol) -> None:
    """A stand-in for a folded branch: a stack of two rounded cards."""
    w, h = size, size * 0.8
    for dx, dy in ((3.0, -4.0), (0.0, 0.0)):
        doc.rect(
            x - w / 2 + dx * size / SIZES.symbol,
            y - h / 2 + dy * size / SIZES.symbol,
            w,
            h,
            rx=5 * size / SIZES.symbol,
            fill=DECEASED_FILL,
            stroke=MUTED,
            stroke_width=W,
            stroke_dasharray="4 3",
            class_="symbool" if dx == 0 else "stapel",
        )
