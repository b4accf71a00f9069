"""Small drawn things used in the circle and again in the legend, so both look the same."""

from __future__ import annotations

from netwerkcli.model import Kring
from netwerkcli.render.sociogram import shapes
from netwerkcli.render.sociogram.geometry import Box
from netwerkcli.render.sociogram.style import (
    COLOURS,
    KRING_STYLE,
    NEE_RING_DASH,
    NO_CONSENT_DASH,
    SIZES,
    Shape,
)
from netwerkcli.render.svg import SvgDocument, num, path_from_points


def ring_fill(ring: int, nee: bool) -> str:
    return COLOURS.nee_ring_fill if nee else COLOURS.ring_fill[ring - 1]


def ring_line(nee: bool) -> dict[str, str | float | None]:
    """The stroke of a ring's line: grey, or red and dashed for the 'zeker niet' ring."""
    return {
        "stroke": COLOURS.nee_ring_stroke if nee else COLOURS.ring_stroke,
        "stroke_width": 2.0 if nee else 1.2,
        "stroke_dasharray": NEE_RING_DASH if nee else None,
    }


def symbol(doc: SvgDocument, kring: Kring, x: float, y: float, no_consent: bool) -> None:
    style = KRING_STYLE[kring]
    r = SIZES.symbol_radius
    stroke = COLOURS.no_consent if no_consent else style.stroke
    dash = NO_CONSENT_DASH if no_consent else None
    width = 2.0 if no_consent else 1.2
    if style.shape is Shape.SQUARE:
        doc.rect(
            x - r,
            y - r,
            2 * r,
            2 * r,
            fill=style.fill,
            stroke=stroke,
            stroke_width=width,
            stroke_dasharray=dash,
        )
    else:
        doc.circle(
            x, y, r, fill=style.fill, stroke=stroke, stroke_width=width, stroke_dasharray=dash
        )
    if no_consent:
        c = shapes.CROSS
        doc.line(
            (x - c, y + c),
            (x + c, y - c),
            stroke=COLOURS.no_consent,
            stroke_width=2.2,
            stroke_linecap="round",
        )


def abroad_badge(doc: SvgDocument, x: float, y: float) -> None:
    """A small globe: a circle with an equator and a meridian."""
    b = SIZES.badge_radius
    doc.circle(x, y, b, fill="white", stroke=COLOURS.abroad, stroke_width=1.2)
    doc.line((x - b, y), (x + b, y), stroke=COLOURS.abroad, stroke_width=0.8)
    doc.element(
        "ellipse",
        cx=x,
        cy=y,
        rx=b * 0.45,
        ry=b,
        fill="none",
        stroke=COLOURS.abroad,
        stroke_width=0.8,
    )


def online_badge(doc: SvgDocument, x: float, y: float) -> None:
    """A small speech bubble (absolute points only, so tools can read its box)."""
    b = SIZES.badge_radius
    points = [
        (x - b, y - b * 0.8),
        (x + b, y - b * 0.8),
        (x + b, y + b * 0.4),
        (x - b * 0.1, y + b * 0.4),
        (x - b * 0.7, y + b),
        (x - b * 0.7, y + b * 0.4),
        (x - b, y + b * 0.4),
    ]
    doc.path(
        path_from_points(points, closed=True),
        fill="white",
        stroke=COLOURS.online,
        stroke_width=1.2,
        stroke_linejoin="round",
    )


def kern_frame(doc: SvgDocument, box: Box) -> None:
    """The young person's double outline (as the genogram draws the kern): ``box`` is the outer
    one."""
    inset = shapes.KERN_OUTLINE
    doc.rect(
        box.x0,
        box.y0,
        box.x1 - box.x0,
        box.y1 - box.y0,
        rx=4.0,
        fill="none",
        stroke=COLOURS.centre_stroke,
        stroke_width=1.2,
    )
    doc.rect(
        box.x0 + inset,
        box.y0 + inset,
        box.x1 - box.x0 - 2 * inset,
        box.y1 - box.y0 - 2 * inset,
        rx=2.5,
        fill="white",
        stroke=COLOURS.centre_stroke,
        stroke_width=1.2,
    )


def ring_icon(doc: SvgDocument, x: float, y: float, ring: int, nees: tuple[bool, ...]) -> None:
    """A quarter of the circle in small, its corner the family: the three rings in their tints,
    ring ``ring`` outlined as it is drawn. So each legend entry looks like its own ring, in its
    place."""
    corner = (x - 7.0, y + 7.0)
    radii = (3.0, 6.5, 10.0, 14.0)  # the family's disc, then the outer edge of rings 1..3
    for number in (1, 2, 3):
        doc.path(
            _quarter(corner, radii[number - 1], radii[number]),
            fill=ring_fill(number, nees[number - 1]),
            stroke="none",
        )
    doc.path(_quarter(corner, 0.0, radii[0]), fill=COLOURS.centre_fill, stroke="none")
    line = ring_line(nees[ring - 1])
    line["stroke_dasharray"] = "3 2" if nees[ring - 1] else None
    doc.path(_quarter(corner, radii[ring - 1], radii[ring]), fill="none", **line)


def _quarter(corner: tuple[float, float], inner: float, outer: float) -> str:
    """The path of a quarter ring (up to the right) around ``corner``."""
    x, y = corner
    n = num
    start = f"M{n(x)},{n(y - outer)} A{n(outer)},{n(outer)} 0 0 1 {n(x + outer)},{n(y)}"
    if inner <= 0:
        return f"{start} L{n(x)},{n(y)} Z"
    back = f"A{n(inner)},{n(inner)} 0 0 0 {n(x)},{n(y - inner)}"
    return f"{start} L{n(x + inner)},{n(y)} {back} Z"
