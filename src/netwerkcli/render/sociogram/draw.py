"""The sociogram as SVG: rings, sectors, the family in the centre, people, legend and side note.

The structure follows ``shared/spec/tekeningen.md``: every drawn thing is a ``<g>`` with an id
and classes, in page coordinates, without transforms.
"""

from __future__ import annotations

from dataclasses import dataclass

from netwerkcli.messages import sociogram as texts
from netwerkcli.model import Kring
from netwerkcli.render.sociogram import shapes
from netwerkcli.render.sociogram.build import Figure, Sociogram
from netwerkcli.render.sociogram.placement import Box, point
from netwerkcli.render.sociogram.style import (
    COLOURS,
    KRING_STYLE,
    NEE_RING_DASH,
    NO_CONSENT_DASH,
    SIZES,
    Shape,
    css,
)
from netwerkcli.render.svg import SvgDocument, path_from_points

LEGEND_LINE = 17.0


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
    lines = legend_lines(sociogram)
    legend_width = max(
        [SIZES.legend_width] + [shapes.width(t, SIZES.legend_font) + 30 for t in lines]
    )
    title_width = shapes.width(_title(sociogram), SIZES.title_font) + 2 * SIZES.margin
    subtitle_width = shapes.width(sociogram.vraag.vraag, SIZES.subtitle_font) + 2 * SIZES.margin
    width = max(legend_x + legend_width + SIZES.margin, title_width, subtitle_width)
    legend_bottom = top + (len(lines) + 4) * LEGEND_LINE
    height = max(cy + extent.y1 + SIZES.margin, legend_bottom + SIZES.margin)
    return Page(cx, cy, legend_x, top, width, height)


def _title(sociogram: Sociogram) -> str:
    return texts.TITLE.format(gezin=sociogram.title, titel=sociogram.vraag.titel)


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
            sociogram.vraag.vraag,
            font_size=SIZES.subtitle_font,
            fill=COLOURS.muted,
        )
    _backgrounds(doc, sociogram, p)
    _sectors(doc, sociogram, p)
    _rings(doc, sociogram, p)
    _centre(doc, sociogram, p)
    _label_backgrounds(doc, sociogram, p)
    for figure in sociogram.figures:
        spot = sociogram.plan.spots[figure.id]
        _person(doc, figure, p.cx + spot.x, p.cy + spot.y)
    bottom = _legend(doc, sociogram, p)
    _side_note(doc, sociogram, p.legend_x, bottom + LEGEND_LINE / 2)
    return doc.to_string()


def _backgrounds(doc: SvgDocument, sociogram: Sociogram, p: Page) -> None:
    with doc.group("achtergrond"):
        for band in reversed(sociogram.plan.bands):
            nee = sociogram.is_nee_ring(band.number)
            fill = COLOURS.nee_ring_fill if nee else COLOURS.ring_fill[band.number - 1]
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
        classes = "cirkel nee" if nee else "cirkel"
        stroke = COLOURS.nee_ring_stroke if nee else COLOURS.ring_stroke
        with doc.group(classes, id=f"cirkel-{band.number}"):
            # the name's background hides the sector line, never the ring's own line
            fill = COLOURS.nee_ring_fill if nee else COLOURS.ring_fill[band.number - 1]
            doc.rect(
                p.cx + label.x0,
                p.cy + label.y0,
                label.x1 - label.x0,
                label.y1 - label.y0,
                fill=fill,
                stroke="none",
            )
            doc.circle(
                p.cx,
                p.cy,
                band.outer,
                fill="none",
                stroke=stroke,
                stroke_width=2.0 if nee else 1.2,
                stroke_dasharray=NEE_RING_DASH if nee else None,
            )
            doc.text(
                p.cx,
                p.cy + label.y1 - 0.25 * SIZES.ring_font,
                sociogram.ring_name(band.number),
                font_size=SIZES.ring_font,
                text_anchor="middle",
                fill=stroke,
                font_weight="bold" if nee else None,
            )


def _centre(doc: SvgDocument, sociogram: Sociogram, p: Page) -> None:
    radius = sociogram.plan.centre_radius
    title, names = sociogram.centre_title, sociogram.centre_names
    height = (len(title) * SIZES.centre_title_font + len(names) * SIZES.centre_font) * 1.3
    y = p.cy - height / 2 + SIZES.centre_title_font
    with doc.group("gezin", id="gezin"):
        doc.circle(
            p.cx,
            p.cy,
            radius,
            fill=COLOURS.centre_fill,
            stroke=COLOURS.centre_stroke,
            stroke_width=1.5,
        )
        for i, line in enumerate(title):
            doc.text(
                p.cx,
                y + i * SIZES.centre_title_font * 1.3,
                line,
                font_size=SIZES.centre_title_font,
                font_weight="bold",
                text_anchor="middle",
                fill=COLOURS.text,
            )
        y += (len(title) - 1) * SIZES.centre_title_font * 1.3
        for name in names:
            y += SIZES.centre_font * 1.3
            doc.text(
                p.cx, y, name, font_size=SIZES.centre_font, text_anchor="middle", fill=COLOURS.text
            )


def _label_backgrounds(doc: SvgDocument, sociogram: Sociogram, p: Page) -> None:
    """A light patch under a name that crosses a ring line, so the line does not cut through it."""
    plan = sociogram.plan
    with doc.group("naamvlakken"):
        for figure in sociogram.figures:
            if figure.ring is None:
                continue
            spot = plan.spots[figure.id]
            lines = shapes.label_lines(figure)
            top = spot.y + lines[0].baseline - 0.8 * lines[0].font
            label = Box(spot.box.x0, top, spot.box.x1, spot.box.y1)
            if not plan.bands[figure.ring - 1].holds(label):
                doc.rect(
                    p.cx + label.x0,
                    p.cy + label.y0 - 1,
                    label.x1 - label.x0,
                    label.y1 - label.y0 + 2,
                    fill="white",
                    fill_opacity=0.85,
                    rx=2.0,
                )


def _symbol(doc: SvgDocument, kring: Kring, x: float, y: float, no_consent: bool) -> None:
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


def _abroad_badge(doc: SvgDocument, x: float, y: float) -> None:
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


def _online_badge(doc: SvgDocument, x: float, y: float) -> None:
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


def _person(doc: SvgDocument, figure: Figure, x: float, y: float) -> None:
    with doc.group(figure.classes(), id=f"persoon-{figure.id}"):
        _symbol(doc, figure.kring, x, y, figure.no_consent)
        if figure.abroad:
            _abroad_badge(doc, x + shapes.ABROAD_BADGE[0], y + shapes.ABROAD_BADGE[1])
        if figure.online:
            _online_badge(doc, x + shapes.ONLINE_BADGE[0], y + shapes.ONLINE_BADGE[1])
        for line in shapes.label_lines(figure):
            doc.text(
                x,
                y + line.baseline,
                line.text,
                font_size=line.font,
                text_anchor="middle",
                fill=COLOURS.muted if line.place else COLOURS.text,
            )


def legend_lines(sociogram: Sociogram) -> list[str]:
    """Every text of the legend and the side note, for sizing the page."""
    lines = [texts.LEGEND, texts.LEGEND_RINGS, *sociogram.vraag.ringen, texts.LEGEND_KRINGEN]
    lines += [texts.LEGEND_KRING.format(kring=k.value, aantal=99) for k in _kringen(sociogram)]
    lines += [texts.LEGEND_MARKS, *(label for label, _ in _marks(sociogram))]
    lines += [texts.LEGEND_CONSENT, sociogram.consent_short]
    lines += [texts.LEGEND_COUNTS, *_counts(sociogram)]
    lines += _note_lines(sociogram)
    return lines


def _kringen(sociogram: Sociogram) -> list[Kring]:
    used = {f.kring for f in sociogram.figures}
    return [s.kring for s in sociogram.plan.sectors if s.kring in used]


def _marks(sociogram: Sociogram) -> list[tuple[str, str]]:
    figures = sociogram.figures
    marks = []
    if any(not f.professional for f in figures):
        marks.append((texts.MARK_INFORMAL, "informeel"))
    if any(f.professional for f in figures):
        marks.append((texts.MARK_PROFESSIONAL, "hulpverlening"))
    if any(f.no_consent for f in figures):
        marks.append((texts.MARK_NO_CONSENT, "geen-toestemming"))
    if any(f.abroad for f in figures):
        marks.append((texts.MARK_ABROAD, "buitenland"))
    if any(f.online for f in figures):
        marks.append((texts.MARK_ONLINE, "online"))
    return marks


def _counts(sociogram: Sociogram) -> list[str]:
    figures = sociogram.figures
    counts = [
        texts.COUNT_INFORMAL.format(aantal=sum(not f.professional for f in figures)),
        texts.COUNT_PROFESSIONAL.format(aantal=sum(f.professional for f in figures)),
        texts.COUNT_ABROAD.format(aantal=sum(f.abroad for f in figures)),
    ]
    if sociogram.missing:
        counts.append(texts.COUNT_MISSING.format(aantal=len(sociogram.missing)))
    return counts


def _note_lines(sociogram: Sociogram) -> list[str]:
    lines = []
    if not sociogram.figures and not sociogram.missing:
        lines.append(texts.EMPTY_NETWORK)
    if sociogram.missing:
        lines.append(texts.NOTE_MISSING)
        lines += [
            texts.NOTE_MISSING_ITEM.format(naam=f.name, kring=f.kring.value)
            for f in sociogram.missing
        ]
    shortened = [f for f in sociogram.figures if f.shortened]
    if shortened:
        lines.append(texts.NOTE_SHORTENED)
        lines += [
            texts.NOTE_SHORTENED_ITEM.format(kort=" ".join(f.lines), naam=f.name) for f in shortened
        ]
    return lines


def _legend(doc: SvgDocument, sociogram: Sociogram, p: Page) -> float:
    """The legend from the top of the right-hand column; returns where it ends."""
    x = p.legend_x
    y = p.top + SIZES.legend_font

    def heading(text: str) -> None:
        nonlocal y
        doc.text(x, y, text, font_size=SIZES.legend_font, font_weight="bold", fill=COLOURS.text)
        y += LEGEND_LINE

    def item(text: str, colour: str = COLOURS.text) -> None:
        nonlocal y
        doc.text(x + 22, y, text, font_size=SIZES.legend_font, fill=colour)
        y += LEGEND_LINE

    with doc.group("legenda", id="legenda"):
        heading(texts.LEGEND)
        heading(texts.LEGEND_RINGS)
        for number, name in enumerate(sociogram.vraag.ringen, start=1):
            nee = sociogram.is_nee_ring(number)
            colour = COLOURS.nee_ring_stroke if nee else COLOURS.ring_stroke
            doc.line(
                (x, y - 4),
                (x + 16, y - 4),
                stroke=colour,
                stroke_width=2.0 if nee else 1.2,
                stroke_dasharray=NEE_RING_DASH if nee else None,
            )
            item(texts.LEGEND_NEE_RING.format(naam=name) if nee else name, colour)
        if sociogram.figures:
            heading(texts.LEGEND_KRINGEN)
            for kring in _kringen(sociogram):
                count = sum(f.kring is kring for f in sociogram.figures)
                _symbol(doc, kring, x + 8, y - 4, False)
                item(texts.LEGEND_KRING.format(kring=kring.value, aantal=count))
            heading(texts.LEGEND_MARKS)
            for label, mark in _marks(sociogram):
                _mark(doc, mark, x + 8, y - 4)
                item(label)
            heading(texts.LEGEND_CONSENT)
            item(sociogram.consent_short)
        heading(texts.LEGEND_COUNTS)
        for line in _counts(sociogram):
            item(line)
    return y


def _mark(doc: SvgDocument, mark: str, x: float, y: float) -> None:
    if mark == "informeel":
        _symbol(doc, Kring.ANDERS, x, y, False)
    elif mark == "hulpverlening":
        _symbol(doc, Kring.HULPVERLENING, x, y, False)
    elif mark == "geen-toestemming":
        _symbol(doc, Kring.ANDERS, x, y, True)
    elif mark == "buitenland":
        _abroad_badge(doc, x, y)
    else:
        _online_badge(doc, x, y)


def _side_note(doc: SvgDocument, sociogram: Sociogram, x: float, y: float) -> None:
    """The people without a ring, and the full names of shortened labels: nobody is lost."""
    lines = _note_lines(sociogram)
    if not lines:
        return
    headings = {texts.NOTE_MISSING, texts.NOTE_SHORTENED, texts.EMPTY_NETWORK}
    with doc.group("kantlijn", id="kantlijn"):
        for line in lines:
            bold = line in headings
            doc.text(
                x,
                y,
                line,
                font_size=SIZES.legend_font,
                fill=COLOURS.text,
                font_weight="bold" if bold else None,
            )
            y += LEGEND_LINE
