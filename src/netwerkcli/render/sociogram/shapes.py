"""The parts of one person's drawing relative to the centre of their symbol.

Placement reserves exactly the space these parts take, and the SVG draws them at the same
offsets, so what is measured is what is drawn. Under the symbol: the name (on one to three
lines), the role (``relatie``, muted and in italics) and the country of someone abroad.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from netwerkcli.model import Kring
from netwerkcli.render.sociogram.geometry import Box
from netwerkcli.render.sociogram.style import SIZES
from netwerkcli.render.sociogram.wording import width

if TYPE_CHECKING:
    from netwerkcli.render.sociogram.build import Figure

R = SIZES.symbol_radius
B = SIZES.badge_radius
# Marks sit on the symbol's upper corners: 'buitenland' right, 'sociale media' left.
ABROAD_BADGE = (R + 2.5, -(R - 1.5))
ONLINE_BADGE = (-(R + 2.5), -(R - 1.5))
CROSS = R + 2.0  # half the length of the 'geen toestemming' cross-out line, per axis
BLOCK = Box(-(R + 2.5 + B + 1), -(R - 1.5 + B + 1), R + 2.5 + B + 1, CROSS + 1)
LINE_GAP = 1.5


@dataclass(frozen=True)
class Line:
    text: str
    baseline: float  # relative to the symbol's centre
    font: float
    kind: str  # 'naam', 'relatie' or 'land': the class of the <text>


def label_lines(figure: Figure, option: int | None = None) -> list[Line]:
    """The lines under the symbol: ``figure.label``, or those of label option ``option``."""
    label = figure.label if option is None else figure.options[option]
    texts = [(text, SIZES.name_font, "naam") for text in label.name]
    texts += [(text, SIZES.role_font, "relatie") for text in label.role]
    if figure.place:
        texts.append((figure.place, SIZES.place_font, "land"))
    lines = []
    top = BLOCK.y1 + SIZES.label_gap
    for text, font, kind in texts:
        baseline = top + 0.8 * font
        lines.append(Line(text, baseline, font, kind))
        top = baseline + 0.2 * font + LINE_GAP
    return lines


def boxes(figure: Figure) -> tuple[Box, ...]:
    """The space a person takes with each of their label options, around their symbol."""
    return tuple(_box(label_lines(figure, i)) for i in range(len(figure.options)))


def _box(lines: list[Line]) -> Box:
    half = max([BLOCK.x1] + [width(line.text, line.font) / 2 for line in lines])
    bottom = max([BLOCK.y1] + [line.baseline + 0.2 * line.font for line in lines])
    return Box(-half, BLOCK.y0, half, bottom)


def sector_label_sizes() -> dict[Kring, tuple[float, float]]:
    return {k: (width(k.value, SIZES.sector_font) + 4, SIZES.sector_font * 1.25) for k in Kring}


def ring_label_size(name: str) -> tuple[float, float]:
    return width(name, SIZES.ring_font) + 6, SIZES.ring_font * 1.2


# The centre: the case name (bold), the kern's name in a double outline, the household's names.
BOLD = 1.08  # bold text is this much wider
KERN_OUTLINE = 2.5  # between the kern's two outlines


@dataclass(frozen=True)
class CentreLine:
    text: str
    baseline: float  # relative to the centre of the disc
    font: float
    bold: bool
    kern: bool  # the young person's name, framed twice

    def box(self) -> Box:
        """The text, and for the kern its outer outline."""
        pad = SIZES.kern_pad + KERN_OUTLINE if self.kern else 0.0
        half = width(self.text, self.font) * (BOLD if self.bold else 1.0) / 2 + pad
        return Box(
            -half,
            self.baseline - 0.8 * self.font - pad,
            half,
            self.baseline + 0.2 * self.font + pad,
        )


def centre_lines(title: Sequence[str], names: Sequence[str], kern: bool) -> list[CentreLine]:
    """The centre's lines, stacked and centred on the disc's centre."""
    rows = [(text, SIZES.centre_title_font, True, False) for text in title]
    rows += [
        (name, SIZES.centre_font, kern and i == 0, kern and i == 0) for i, name in enumerate(names)
    ]
    lines = []
    top = 0.0
    for text, font, bold, is_kern in rows:
        pad = SIZES.kern_pad + KERN_OUTLINE if is_kern else 0.0
        baseline = top + pad + 0.8 * font
        lines.append(CentreLine(text, baseline, font, bold, is_kern))
        top = baseline + 0.2 * font + pad + 0.3 * font
    middle = top / 2
    return [dataclasses.replace(line, baseline=line.baseline - middle) for line in lines]


def centre_radius(title: Sequence[str], names: Sequence[str], kern: bool) -> float:
    """The family's disc: large enough for every line of the centre, with room around them."""
    far = max((line.box().distances()[1] for line in centre_lines(title, names, kern)), default=0)
    return max(SIZES.centre_min_radius, far + 8)
