"""The sociogram as SVG: rings, sectors, the family in the centre, people, legend and side note.

The structure follows ``shared/spec/tekeningen.md``: every drawn thing is a ``<g>`` with an id
and classes, in page coordinates, without transforms.
"""

from __future__ import annotations

from dataclasses import dataclass

from netwerkcli.messages import sociogram as texts
from netwerkcli.render.sociogram import legend, marks, shapes
from netwerkcli.render.sociogram.build import Figure, Sociogram
from netwerkcli.render.sociogram.geometry import point
from netwerkcli.render.sociogram.style import COLOURS, KRING_STYLE, SIZES, css
from netwerkcli.render.sociogram.wording import shorten, width
from netwerkcli.render.svg import SvgDocument

SUBTITLE_WIDTH = 900.0  # the question under the title is shortened beyond this width


@dataclass(frozen=True)
class Page:
    cx: float
    cy: float
    legend_x: float
    top: float
    width: float
    height: float


def page(sociogram: Sociogram) -> Page:
    """Where the circle and the legend go on the page."""
    extent = sociogram.plan.extent()
    top = SIZES.margin + SIZES.title_font + SIZES.subtitle_font * 1.6 + 16
    cx = SIZES.margin - extent.x0
    cy = top - extent.y0
    legend_x = cx + extent.x1 + 32
    title_width = width(_title(sociogram), SIZES.title_font) + 2 * SIZES.margin
    subtitle_width = width(_subtitle(sociogram), SIZES.subtitle_font) + 2 * SIZES.margin
    page_width = max(
        legend_x + legend.column_width(sociogram) + SIZES.margin, title_width, subtitle_width
    )
    legend_bottom = top + legend.column_height(sociogram)
    height = max(cy + extent.y1 + SIZES.margin, legend_bottom + SIZES.margin)
    return Page(cx, cy, legend_x, top, page_width, height)


def _title(sociogram: Sociogram) -> str:
    return texts.TITLE.format(gezin=sociogram.title, titel=sociogram.vraag.titel)


def _subtitle(sociogram: Sociogram) -> str:
    return shorten(sociogram.vraag.vraag, SIZES.subtitle_font, SUBTITLE_WIDTH)


def to_svg(sociogram: Sociogram) -> str:
    p = page(sociogram)
    doc = SvgDocument(
        p.width,
        p.height,
        texts.SVG_TITLE.format(gezin=sociogram.title, titel=sociogram.vraag.titel),
        css(),
    )
    with doc.group("titel", id="titel"):
        doc.text(
            SIZES.margin,
            SIZES.margin + SIZES.title_font,
            _title(sociogram),
            font_size=SIZES.title_font,
            font_weight="bold",
            fill=COLOURS.text,
        )
        doc.text(
            SIZES.margin,
            SIZES.margin + SIZES.title_font + SIZES.subtitle_font * 1.6,
            _subtitle(sociogram),
            font_size=SIZES.subtitle_font,
            fill=COLOURS.muted,
        )
    _backgrounds(doc, sociogram, p)
    _sectors(doc, sociogram, p)
    _rings(doc, sociogram, p)
    _centre(doc, sociogram, p)
    for figure in sociogram.figures:
        spot = sociogram.plan.spots[figure.id]
        _person(doc, figure, p.cx + spot.x, p.cy + spot.y)
    legend.draw(doc, sociogram, p.legend_x, p.top)
    return doc.to_string()


def _backgrounds(doc: SvgDocument, sociogram: Sociogram, p: Page) -> None:
    with doc.group("achtergrond"):
        for band in reversed(sociogram.plan.bands):
            fill = marks.ring_fill(band.number, sociogram.is_nee_ring(band.number))
            doc.circle(p.cx, p.cy, band.outer, fill=fill, stroke="none")


def _sectors(doc: SvgDocument, sociogram: Sociogram, p: Page) -> None:
    plan = sociogram.plan
    for sector, label in zip(plan.sectors, plan.sector_labels, strict=True):
        style = KRING_STYLE[sector.kring]
        with doc.group(f"sector kring-{sector.kring.value}", id=f"sector-{sector.kring.value}"):
            if len(plan.sectors) > 1:
                a = point(plan.centre_radius, sector.start)
                b = point(plan.radius, sector.start)
                doc.line(
                    (p.cx + a[0], p.cy + a[1]),
                    (p.cx + b[0], p.cy + b[1]),
                    stroke=COLOURS.sector_line,
                    stroke_width=1.0,
                )
            doc.text(
                p.cx + label.x0 + 2,
                p.cy + label.y0 + SIZES.sector_font * 0.95,
                sector.kring.value,
                font_size=SIZES.sector_font,
                font_weight="bold",
                fill=style.stroke,
            )


def _rings(doc: SvgDocument, sociogram: Sociogram, p: Page) -> None:
    plan = sociogram.plan
    for band, label in zip(plan.bands, plan.ring_labels, strict=True):
        nee = sociogram.is_nee_ring(band.number)
        line = marks.ring_line(nee)
        with doc.group("cirkel nee" if nee else "cirkel", id=f"cirkel-{band.number}"):
            # the name's background hides the sector line, never the ring's own line
            doc.rect(
                p.cx + label.x0,
                p.cy + label.y0,
                label.x1 - label.x0,
                label.y1 - label.y0,
                fill=marks.ring_fill(band.number, nee),
                stroke="none",
            )
            doc.circle(p.cx, p.cy, band.outer, fill="none", **line)
            doc.text(
                p.cx,
                p.cy + label.y1 - 0.25 * SIZES.ring_font,
                sociogram.ring_name(band.number),
                font_size=SIZES.ring_font,
                text_anchor="middle",
                fill=line["stroke"],
                font_weight="bold" if nee else None,
            )


def _centre(doc: SvgDocument, sociogram: Sociogram, p: Page) -> None:
    """The family's disc: the case name, the young person framed twice, their household."""
    lines = shapes.centre_lines(sociogram.centre_title, sociogram.centre_names, sociogram.kern)
    with doc.group("gezin", id="gezin"):
        doc.circle(
            p.cx,
            p.cy,
            sociogram.plan.centre_radius,
            fill=COLOURS.centre_fill,
            stroke=COLOURS.centre_stroke,
            stroke_width=1.5,
        )
        for line in lines:
            if line.kern:
                with doc.group("kern"):
                    marks.kern_frame(doc, line.box().moved(p.cx, p.cy))
                    _centre_text(doc, line, p)
            else:
                _centre_text(doc, line, p)


def _centre_text(doc: SvgDocument, line: shapes.CentreLine, p: Page) -> None:
    doc.text(
        p.cx,
        p.cy + line.baseline,
        line.text,
        font_size=line.font,
        font_weight="bold" if line.bold else None,
        text_anchor="middle",
        fill=COLOURS.text,
    )


def _person(doc: SvgDocument, figure: Figure, x: float, y: float) -> None:
    with doc.group(figure.classes(), id=f"persoon-{figure.id}"):
        marks.symbol(doc, figure.kring, x, y, figure.no_consent)
        if figure.abroad:
            marks.abroad_badge(doc, x + shapes.ABROAD_BADGE[0], y + shapes.ABROAD_BADGE[1])
        if figure.online:
            marks.online_badge(doc, x + shapes.ONLINE_BADGE[0], y + shapes.ONLINE_BADGE[1])
        for line in shapes.label_lines(figure):
            doc.text(
                x,
                y + line.baseline,
                line.text,
                class_=line.kind,
                font_size=line.font,
                font_style="italic" if line.kind == "relatie" else None,
                text_anchor="middle",
                fill=COLOURS.text if line.kind == "naam" else COLOURS.muted,
            )
