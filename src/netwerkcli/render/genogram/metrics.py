"""The labels of one drawing of a person and the room they take (estimated, no font needed).

Texts come from :class:`netwerkcli.labels.Labels`, the one place that makes labels; this module
only decides lines, sizes and extents around the symbol's centre.
"""

from __future__ import annotations

from dataclasses import dataclass

from netwerkcli.labels import Labels
from netwerkcli.messages.genogram import AGES_AT
from netwerkcli.render.genogram.structure import Node
from netwerkcli.render.genogram.style import SIZES
from netwerkcli.render.svg import text_width

S = SIZES.symbol


@dataclass(frozen=True, eq=False, repr=False)
class PlacedText:
    """One text as drawn: baseline at (x, y), anchored as SVG's text-anchor says."""

    x: float
    y: float
    text: str
    size: float
    anchor: str  # start, middle or end
    cls: str

    def box(self) -> tuple[float, float, float, float]:
        return text_rect(self.x, self.y, self.text, self.size, self.anchor)


def text_rect(
    x: float, y: float, text: str, size: float, anchor: str = "start"
) -> tuple[float, float, float, float]:
    """A generous box around a drawn text (x0, y0, x1, y1): the estimated width, or an average
    width per character when that is more (narrow letters in a wide font), ascent and descent."""
    width = max(text_width(text, size), 0.6 * size * len(text))
    x0 = x - width / 2 if anchor == "middle" else x - width if anchor == "end" else x
    return (x0, y - 0.85 * size, x0 + width, y + 0.25 * size)


def header_texts(labels: Labels) -> list[PlacedText]:
    """The title and the line with the date of the ages, top left."""
    top = SIZES.margin + SIZES.title_font
    datum = labels.peildatum.strftime("%d-%m-%Y")
    out = [
        PlacedText(SIZES.margin, top, labels.title(), SIZES.title_font, "start", "titel"),
        PlacedText(
            SIZES.margin,
            top + 18,
            AGES_AT.format(datum=datum),
            SIZES.years_font + 1,
            "start",
            "peildatum",
        ),
    ]
    if labels.note:
        out.append(
            PlacedText(SIZES.margin, top + 33, labels.note, SIZES.years_font + 1, "start", "noot")
        )
    return out


@dataclass(frozen=True, eq=False, repr=False)
class NodeLabels:
    """The texts round a person's symbol and how far they reach on every side."""

    name_lines: tuple[str, ...]
    name_font: float
    age: str
    years: str
    place: str
    left: float  # room needed left of the centre
    right: float  # and right of it
    name_half: float  # half the width of the name block
    below: float  # from the centre down to the end of the lowest label
    years_width: float = 0.0
    years_right: bool = False  # the right one of twins: the twin line comes in from the left
    years_gap: float = 3.0  # from the centre to the years' near end (past arriving lines)

    def texts(self, node: Node) -> list[PlacedText]:
        """The texts as drawn for ``node``: age in the symbol, years, name lines, place."""
        p = node.person
        out = []
        if self.age and p.zwangerschap is None:
            out.append(
                PlacedText(
                    node.x,
                    node.y + SIZES.age_font * 0.36,
                    self.age,
                    SIZES.age_font,
                    "middle",
                    "leeftijd",
                )
            )
        half = SIZES.pregnancy / 2 if p.zwangerschap is not None else S / 2
        if self.years:
            bracketed = bool(p.adoptieouders)
            out.append(
                PlacedText(
                    node.x + self.years_gap if self.years_right else node.x - self.years_gap,
                    node.y - half - (8 if bracketed else 4),
                    self.years,
                    SIZES.years_font,
                    "start" if self.years_right else "end",
                    "jaren",
                )
            )
        top = node.y + half + SIZES.label_gap + self.name_font
        for i, line in enumerate(self.name_lines):
            out.append(
                PlacedText(
                    node.x, top + i * SIZES.name_line, line, self.name_font, "middle", "naam"
                )
            )
        if self.place:
            y = top + (len(self.name_lines) - 1) * SIZES.name_line + SIZES.place_font + 2
            out.append(PlacedText(node.x, y, self.place, SIZES.place_font, "middle", "land"))
        return out

    @property
    def name_top(self) -> float:
        """Baseline of the first name line, below the centre."""
        return S / 2 + SIZES.label_gap + self.name_font

    @property
    def place_baseline(self) -> float:
        return self.name_top + (len(self.name_lines) - 1) * SIZES.name_line + SIZES.place_font + 2


def measure(
    node: Node,
    labels: Labels,
    single_side: float = 0.0,
    years_right: bool = False,
    incoming: int = 1,
) -> NodeLabels:
    """The labels of a drawing and their room; ``single_side`` (+1 right, -1 left) is where the
    line to the children of this person alone goes down; ``incoming`` counts the lines that
    arrive on top (more than one arrive side by side, and the years keep clear of them)."""
    unnamed = node.person.onbekend and not node.person.naam  # the '?' in the symbol says it
    lines, font = ([], SIZES.name_font) if unnamed else wrap_name(labels.name(node.person))
    age = "?" if node.person.onbekend else labels.age(node.person)
    years = labels.years(node.person)
    place = labels.place(node.person)
    name_w = max((text_width(line, font) for line in lines), default=0.0)
    years_w = text_width(years, SIZES.years_font) if years else 0.0
    place_w = text_width(place, SIZES.place_font) if place else 0.0
    half = max(S / 2, name_w / 2, place_w / 2)
    years_gap = S * 0.3 + 4 if incoming > 1 else 3.0
    left = max(half, 0 if years_right else years_w + years_gap)
    right = max(half, years_w + years_gap if years_right else 0)
    if single_side:
        reach = max(S / 2, max(name_w, place_w) / 2) + SIZES.single_parent_reach + 4
        if single_side > 0:
            right = max(right, reach)
        else:
            left = max(left, reach)
    if node.person.adoptieouders:
        left, right = max(left, S / 2 + SIZES.bracket + 3), max(right, S / 2 + SIZES.bracket + 3)
    below = (
        S / 2 + SIZES.label_gap + (font + (len(lines) - 1) * SIZES.name_line if lines else 0) + 4
    )
    if place:
        below += SIZES.place_font + 2
    half_name = max(name_w, place_w) / 2
    return NodeLabels(
        tuple(lines),
        font,
        age,
        years,
        place,
        left,
        right,
        half_name,
        below,
        years_w,
        years_right,
        years_gap,
    )


def wrap_name(name: str) -> tuple[list[str], float]:
    """One line if it fits; else two lines at the space nearest the middle; else smaller."""
    font = SIZES.name_font
    limit = SIZES.name_max_width
    if text_width(name, font) <= limit:
        return [name], font
    lines = [name]
    spaces = [i for i, ch in enumerate(name) if ch == " "]
    if spaces:
        cut = min(spaces, key=lambda i: abs(i - len(name) / 2))
        lines = [name[:cut], name[cut + 1 :]]
    while font > SIZES.min_name_font and max(text_width(x, font) for x in lines) > limit:
        font -= 0.5
    return lines, font
