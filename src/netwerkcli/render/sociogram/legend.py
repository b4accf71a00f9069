"""The legend and the side note, in the column right of the circle.

The legend shows what the drawing uses and nothing else: each ring as it is drawn, the young
person's frame, the kringen with their counts, the marks. The side note names who has no ring
in this question, and gives in full every name or role the drawing had to shorten.
"""

from __future__ import annotations

from dataclasses import dataclass

from netwerkcli.messages import sociogram as texts
from netwerkcli.model import Kring
from netwerkcli.render.sociogram import marks
from netwerkcli.render.sociogram.build import Sociogram
from netwerkcli.render.sociogram.geometry import Box
from netwerkcli.render.sociogram.style import COLOURS, SIZES
from netwerkcli.render.sociogram.wording import width, wrap
from netwerkcli.render.svg import SvgDocument

LINE = 17.0  # from one legend line to the next
INDENT = 24.0  # from the column's edge to an entry's text (its icon goes before it)
NOTE_WIDTH = 360.0  # the side note's lines are wrapped at this width


@dataclass(frozen=True)
class Row:
    text: str
    kind: str  # 'heading', 'item' or 'note'
    icon: str = ""  # what is drawn before the text: 'ring-N', 'kern', 'gezin', a kring or a mark
    colour: str = COLOURS.text
    italic: bool = False


def rows(sociogram: Sociogram) -> list[Row]:
    """Every line of the legend, in order."""
    result = [Row(texts.LEGEND, "heading"), Row(texts.LEGEND_RINGS, "heading")]
    for number, name in enumerate(sociogram.vraag.ringen, start=1):
        nee = sociogram.is_nee_ring(number)
        text = texts.LEGEND_NEE_RING.format(naam=name) if nee else name
        colour = COLOURS.nee_ring_stroke if nee else COLOURS.text
        result.append(Row(text, "item", f"ring-{number}", colour))
    household = sociogram.centre_names[1:] if sociogram.kern else sociogram.centre_names
    if sociogram.kern or household:
        result.append(Row(texts.LEGEND_CENTRE, "heading"))
    if sociogram.kern:
        result.append(Row(texts.LEGEND_KERN, "item", "kern"))
    if household:
        result.append(Row(texts.LEGEND_HOUSEHOLD, "item", "gezin"))
    if sociogram.figures:
        result.append(Row(texts.LEGEND_KRINGEN, "heading"))
        for kring in _kringen(sociogram):
            count = sum(f.kring is kring for f in sociogram.figures)
            text = texts.LEGEND_KRING.format(kring=kring.value, aantal=count)
            result.append(Row(text, "item", f"kring-{kring.value}"))
        result.append(Row(texts.LEGEND_MARKS, "heading"))
        result += [Row(label, "item", mark) for label, mark in _marks(sociogram)]
        if any(f.role for f in sociogram.figures):
            result.append(Row(texts.MARK_ROLE, "item", colour=COLOURS.muted, italic=True))
        result.append(Row(texts.LEGEND_CONSENT, "heading"))
        result.append(Row(sociogram.consent_short, "item"))
    result.append(Row(texts.LEGEND_COUNTS, "heading"))
    result += [Row(line, "item") for line in _counts(sociogram)]
    return result


def note_rows(sociogram: Sociogram) -> list[Row]:
    """The side note: headings, then items wrapped to the column's width."""
    result: list[Row] = []

    def items(lines: list[str]) -> None:
        for line in lines:
            result.extend(
                Row(part, "note")
                for part in wrap(line, SIZES.legend_font, NOTE_WIDTH, split_words=True)
            )

    if not sociogram.figures and not sociogram.missing:
        result.append(Row(texts.EMPTY_NETWORK, "heading"))
    if sociogram.missing:
        result.append(Row(texts.NOTE_MISSING, "heading"))
        items(
            [
                texts.NOTE_MISSING_ITEM.format(naam=f.name, kring=f.kring.value)
                for f in sociogram.missing
            ]
        )
    shortened = [
        texts.NOTE_SHORTENED_ITEM.format(kort=" ".join(f.lines), naam=f.name)
        for f in sociogram.figures
        if f.shortened
    ]
    shortened += [
        texts.NOTE_SHORTENED_ITEM.format(kort=" ".join(f.role), naam=f.relatie)
        for f in sociogram.figures
        if f.role_shortened
    ]
    if shortened:
        result.append(Row(texts.NOTE_SHORTENED, "heading"))
        items(shortened)
    return result


def column_width(sociogram: Sociogram) -> float:
    widths = [
        width(row.text, SIZES.legend_font) + (0 if row.kind == "heading" else INDENT)
        for row in [*rows(sociogram), *note_rows(sociogram)]
    ]
    return max([SIZES.legend_width, *widths])


def column_height(sociogram: Sociogram) -> float:
    return (len(rows(sociogram)) + len(note_rows(sociogram)) + 1.5) * LINE


def draw(doc: SvgDocument, sociogram: Sociogram, x: float, top: float) -> None:
    """The legend from ``top`` down, then the side note below it."""
    y = top + SIZES.legend_font
    with doc.group("legenda", id="legenda"):
        for row in rows(sociogram):
            _icon(doc, sociogram, row.icon, x + 9, y - 4)
            _text(doc, row, x, y)
            y += LINE
    notes = note_rows(sociogram)
    if notes:
        y += LINE / 2
        with doc.group("kantlijn", id="kantlijn"):
            for row in notes:
                _text(doc, row, x, y)
                y += LINE


def _text(doc: SvgDocument, row: Row, x: float, y: float) -> None:
    heading = row.kind == "heading"
    doc.text(
        x if heading else x + INDENT,
        y,
        row.text,
        font_size=SIZES.legend_font,
        font_weight="bold" if heading else None,
        font_style="italic" if row.italic else None,
        fill=row.colour,
    )


def _icon(doc: SvgDocument, sociogram: Sociogram, icon: str, x: float, y: float) -> None:
    if icon.startswith("ring-"):
        nees = tuple(sociogram.is_nee_ring(n) for n in (1, 2, 3))
        with doc.group(f"teken cirkel-{icon[5:]}"):
            marks.ring_icon(doc, x, y, int(icon[5:]), nees)
    elif icon.startswith("kring-"):
        marks.symbol(doc, Kring(icon[6:]), x, y, False)
    elif icon == "kern":
        marks.kern_frame(doc, Box(x - 9, y - 6.5, x + 9, y + 6.5))
    elif icon == "gezin":
        doc.circle(
            x, y, 7.0, fill=COLOURS.centre_fill, stroke=COLOURS.centre_stroke, stroke_width=1.2
        )
    elif icon:
        _mark(doc, icon, x, y)


def _mark(doc: SvgDocument, mark: str, x: float, y: float) -> None:
    if mark == "informeel":
        marks.symbol(doc, Kring.ANDERS, x, y, False)
    elif mark == "hulpverlening":
        marks.symbol(doc, Kring.HULPVERLENING, x, y, False)
    elif mark == "geen-toestemming":
        marks.symbol(doc, Kring.ANDERS, x, y, True)
    elif mark == "buitenland":
        marks.abroad_badge(doc, x, y)
    else:
        marks.online_badge(doc, x, y)


def _kringen(sociogram: Sociogram) -> list[Kring]:
    used = {f.kring for f in sociogram.figures}
    return [s.kring for s in sociogram.plan.sectors if s.kring in used]


def _marks(sociogram: Sociogram) -> list[tuple[str, str]]:
    figures = sociogram.figures
    found = []
    if any(not f.professional for f in figures):
        found.append((texts.MARK_INFORMAL, "informeel"))
    if any(f.professional for f in figures):
        found.append((texts.MARK_PROFESSIONAL, "hulpverlening"))
    if any(f.no_consent for f in figures):
        found.append((texts.MARK_NO_CONSENT, "geen-toestemming"))
    if any(f.abroad for f in figures):
        found.append((texts.MARK_ABROAD, "buitenland"))
    if any(f.online for f in figures):
        found.append((texts.MARK_ONLINE, "online"))
    return found


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
