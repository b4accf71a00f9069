"""The sociogram as Graphviz DOT with every position pinned (draw it with ``neato -n2``).

For ``--formaat dot``, Graphviz's own formats and the golden files: the title, the rings and
their names, the family in the centre, every person with the symbol of their kring (dashed with
a stroke when there is no consent) and their name, and the legend's rings and kringen. See
:mod:`netwerkcli.render.dotlang` for the coordinates and the escaping.
"""

from __future__ import annotations

from netwerkcli.messages import sociogram as texts
from netwerkcli.model import Kring
from netwerkcli.render.dotlang import FONT_BOLD, INCH, Canvas, label, number
from netwerkcli.render.sociogram import shapes
from netwerkcli.render.sociogram.build import Sociogram
from netwerkcli.render.sociogram.draw import page
from netwerkcli.render.sociogram.legend import LINE as LEGEND_LINE
from netwerkcli.render.sociogram.style import COLOURS, KRING_STYLE, SIZES, Shape


def to_dot(sociogram: Sociogram) -> str:
    p = page(sociogram)
    plan = sociogram.plan
    c = Canvas("sociogram", p.width, p.height)
    title = texts.TITLE.format(gezin=sociogram.title, titel=sociogram.vraag.titel)
    top = SIZES.margin + SIZES.title_font
    c.text("titel", SIZES.margin, top, title, SIZES.title_font, fontname=FONT_BOLD)
    c.text(
        "vraag",
        SIZES.margin,
        top + SIZES.subtitle_font * 1.6,
        sociogram.vraag.vraag,
        SIZES.subtitle_font,
        fontcolor=COLOURS.muted,
    )
    for band, ring_label in zip(reversed(plan.bands), reversed(plan.ring_labels), strict=True):
        nee = sociogram.is_nee_ring(band.number)
        ring = f"cirkel-{band.number}"
        c.node(
            ring,
            p.cx,
            p.cy,
            id=ring,
            class_="cirkel nee" if nee else "cirkel",
            shape="circle",
            label="",
            width=number(2 * band.outer / INCH),
            style="dashed" if nee else "solid",
            color=COLOURS.nee_ring_stroke if nee else COLOURS.ring_stroke,
        )
        middle = (ring_label.y0 + ring_label.y1) / 2
        c.text(
            f"{ring}-naam",
            p.cx,
            p.cy + middle + 0.35 * SIZES.ring_font,
            sociogram.ring_name(band.number),
            SIZES.ring_font,
            "middle",
        )
    c.node(
        "gezin",
        p.cx,
        p.cy,
        id="gezin",
        class_="gezin",
        shape="circle",
        label=label(*sociogram.centre_title, *sociogram.centre_names),
        fontsize=SIZES.centre_font,
        width=number(2 * plan.centre_radius / INCH),
        style="filled",
        fillcolor=COLOURS.centre_fill,
    )
    for figure in sociogram.figures:
        spot = plan.spots[figure.id]
        x, y = p.cx + spot.x, p.cy + spot.y
        name = f"persoon-{figure.id}"
        _symbol(c, name, figure.kring, x, y, figure.no_consent, id=name, class_=figure.classes())
        for i, line in enumerate(shapes.label_lines(figure)):
            colour = COLOURS.text if line.kind == "naam" else COLOURS.muted
            c.text(
                f"{name}-naam-{i}",
                x,
                y + line.baseline,
                line.text,
                line.font,
                "middle",
                fontcolor=colour,
            )
    _legend(c, sociogram, p.legend_x, p.top + SIZES.legend_font)
    return c.source()


def _symbol(
    c: Canvas, name: str, kring: Kring, x: float, y: float, no_consent: bool, **attrs: str
) -> None:
    style = KRING_STYLE[kring]
    c.node(
        name,
        x,
        y,
        shape="square" if style.shape is Shape.SQUARE else "circle",
        label="",
        width=number(2 * SIZES.symbol_radius / INCH),
        style="filled,dashed" if no_consent else "filled",
        fillcolor=style.fill,
        color=COLOURS.no_consent if no_consent else style.stroke,
        penwidth=2.0 if no_consent else 1.2,
        **attrs,
    )
    if no_consent:
        r = shapes.CROSS
        c.line(
            f"{name}-streep",
            [(x - r, y + r), (x + r, y - r)],
            color=COLOURS.no_consent,
            penwidth=2.2,
        )


def _legend(c: Canvas, sociogram: Sociogram, x: float, y: float) -> None:
    """The legend's rings and kringen, as the SVG lists them."""
    c.text("legenda", x, y, texts.LEGEND, SIZES.legend_font, fontname=FONT_BOLD)
    y += LEGEND_LINE
    c.text("legenda-cirkels", x, y, texts.LEGEND_RINGS, SIZES.legend_font, fontname=FONT_BOLD)
    for number_, ring in enumerate(sociogram.vraag.ringen, start=1):
        y += LEGEND_LINE
        nee = sociogram.is_nee_ring(number_)
        colour = COLOURS.nee_ring_stroke if nee else COLOURS.ring_stroke
        name = f"legenda-cirkel-{number_}"
        c.line(
            name,
            [(x, y - 4), (x + 16, y - 4)],
            color=colour,
            style="dashed" if nee else None,
            penwidth=2.0 if nee else 1.2,
        )
        text = texts.LEGEND_NEE_RING.format(naam=ring) if nee else ring
        c.text(f"{name}-tekst", x + 22, y, text, SIZES.legend_font, fontcolor=colour)
    used = [k for k in Kring if any(f.kring is k for f in sociogram.figures)]
    if not used:
        return
    y += LEGEND_LINE
    c.text("legenda-kringen", x, y, texts.LEGEND_KRINGEN, SIZES.legend_font, fontname=FONT_BOLD)
    for kring in used:
        y += LEGEND_LINE
        count = sum(f.kring is kring for f in sociogram.figures)
        name = f"legenda-{kring.value}"
        _symbol(c, name, kring, x + 8, y - 4, False)
        c.text(
            f"{name}-tekst",
            x + 22,
            y,
            texts.LEGEND_KRING.format(kring=kring.value, aantal=count),
            SIZES.legend_font,
        )
