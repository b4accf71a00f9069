"""The sociogram as Graphviz DOT with every position pinned (``pos="x,y!"``).

No engine decides anything: ``neato -n2 -Tsvg`` draws the file exactly where our placement put
everyone (``-n2`` keeps positions and sizes as given). Positions are the SVG's page coordinates
with the y axis turned up, as Graphviz wants; 1 unit is 1 point. Used for ``--formaat dot`` and
for the golden files.
"""

from __future__ import annotations

from netwerkcli.render.dotlang import quote
from netwerkcli.render.sociogram import shapes
from netwerkcli.render.sociogram.build import Sociogram
from netwerkcli.render.sociogram.draw import page
from netwerkcli.render.sociogram.style import (
    COLOURS,
    KRING_STYLE,
    SIZES,
    Shape,
)
from netwerkcli.render.svg import num

INCH = 72.0


def _number(value: float) -> str:
    """Two decimals: inches need more precision than the SVG's pixels."""
    return num(value, decimals=2)


def _attrs(**attrs: str | float) -> str:
    parts = []
    for key, value in attrs.items():
        text = _number(value) if isinstance(value, float | int) else value
        parts.append(f"{key.rstrip('_')}={quote(text)}")
    return ", ".join(parts)


def to_dot(sociogram: Sociogram) -> str:
    p = page(sociogram)
    height = p.height

    def pos(x: float, y: float) -> str:
        return f"{_number(x)},{_number(height - y)}!"

    plan = sociogram.plan
    out = [
        "graph sociogram {",
        "  graph ["
        + _attrs(
            label=f"{sociogram.title} – {sociogram.vraag.titel}",
            labelloc="t",
            fontname="DejaVu Sans",
            bb=f"0,0,{_number(p.width)},{_number(p.height)}",
            outputorder="nodesfirst",
        )
        + "];",
        "  node [" + _attrs(fontname="DejaVu Sans", fixedsize="true") + "];",
    ]
    for band, label in zip(reversed(plan.bands), reversed(plan.ring_labels), strict=True):
        nee = sociogram.is_nee_ring(band.number)
        ring_id = f"cirkel-{band.number}"
        out.append(
            f"  {quote(ring_id)} ["
            + _attrs(
                id=ring_id,
                class_="cirkel nee" if nee else "cirkel",
                shape="circle",
                label="",
                width=2 * band.outer / INCH,
                pos=pos(p.cx, p.cy),
                style="dashed" if nee else "solid",
                color=COLOURS.nee_ring_stroke if nee else COLOURS.ring_stroke,
            )
            + "];"
        )
        out.append(
            f"  {quote(ring_id + '-naam')} ["
            + _attrs(
                shape="plaintext",
                label=sociogram.ring_name(band.number),
                fontsize=SIZES.ring_font,
                width=(label.x1 - label.x0) / INCH,
                height=(label.y1 - label.y0) / INCH,
                pos=pos(p.cx, p.cy + (label.y0 + label.y1) / 2),
            )
            + "];"
        )
    centre = "\n".join([*sociogram.centre_title, *sociogram.centre_names])
    out.append(
        '  "gezin" ['
        + _attrs(
            id="gezin",
            class_="gezin",
            shape="circle",
            label=centre,
            fontsize=SIZES.centre_font,
            width=2 * plan.centre_radius / INCH,
            pos=pos(p.cx, p.cy),
            style="filled",
            fillcolor=COLOURS.centre_fill,
        )
        + "];"
    )
    for figure in sociogram.figures:
        spot = plan.spots[figure.id]
        style = KRING_STYLE[figure.kring]
        x, y = p.cx + spot.x, p.cy + spot.y
        node = f"persoon-{figure.id}"
        out.append(
            f"  {quote(node)} ["
            + _attrs(
                id=node,
                class_=figure.classes(),
                shape="square" if style.shape is Shape.SQUARE else "circle",
                label="",
                width=2 * SIZES.symbol_radius / INCH,
                pos=pos(x, y),
                style="filled,dashed" if figure.no_consent else "filled",
                fillcolor=style.fill,
                color=COLOURS.no_consent if figure.no_consent else style.stroke,
            )
            + "];"
        )
        lines = shapes.label_lines(figure)
        text = "\n".join(line.text for line in lines)
        top = lines[0].baseline - 0.8 * lines[0].font
        bottom = lines[-1].baseline + 0.2 * lines[-1].font
        out.append(
            f"  {quote(node + '-naam')} ["
            + _attrs(
                shape="plaintext",
                label=text,
                fontsize=SIZES.name_font,
                width=(spot.box.x1 - spot.box.x0) / INCH,
                height=(bottom - top) / INCH,
                pos=pos(x, y + (top + bottom) / 2),
            )
            + "];"
        )
    out.append("}")
    return "\n".join(out) + "\n"
