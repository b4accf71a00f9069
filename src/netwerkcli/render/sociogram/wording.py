"""The sociogram's texts: text from the file made safe, measured, shortened and broken into lines.

Text from a family file is data. ``shown`` makes it fit for every medium the sociogram writes
(SVG, DOT, the terminal): control characters become '�' (a name with an escape sequence can
neither break the SVG nor retitle a terminal), runs of white space one space, and the length is
bounded before anything else is done with it, so a name of a million characters costs nothing.
Shortening to a width takes O(log n) measurements (bisection), never one per character.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import combinations, pairwise

from netwerkcli.render.svg import text_width

# C0 and C1 control characters, DEL, lone surrogates and the two non-characters XML forbids.
CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
WHITE = re.compile(r"[\t\n\r\x0b\x0c ]+")
REPLACEMENT = "\ufffd"
ELLIPSIS = "…"
MAX_CHARS = 120  # no real name or role is longer; the rest of a longer text is never shown
MAX_LINES = 3  # a name may be broken over this many lines where its ring is narrow


def shown(text: str, limit: int = MAX_CHARS) -> str:
    """``text`` as the sociogram shows it anywhere: safe characters, at most ``limit`` of them."""
    text = WHITE.sub(" ", text[: 4 * limit]).strip()  # bounded work, whatever the input
    text = CONTROL.sub(REPLACEMENT, text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + ELLIPSIS


def width(text: str, font: float) -> float:
    """The estimated width of a label: generous, so that no two labels ever touch."""
    return max(text_width(text, font), 0.6 * len(text) * font)


def shorten(text: str, font: float, limit: float) -> str:
    """``text`` if it fits in ``limit`` px, else its longest beginning that fits with '…'."""
    if width(text, font) <= limit:
        return text
    return text[: _longest(text, font, limit, ELLIPSIS)].rstrip() + ELLIPSIS


def _longest(text: str, font: float, limit: float, suffix: str = "") -> int:
    """The length of the longest beginning of ``text`` that fits with ``suffix``: by bisection,
    O(log n) measurements."""
    fits, too_long = 0, len(text) + 1
    while too_long - fits > 1:
        middle = (fits + too_long) // 2
        if width(text[:middle] + suffix, font) <= limit:
            fits = middle
        else:
            too_long = middle
    return fits


def wrap(
    text: str, font: float, limit: float, most: int | None = None, split_words: bool = False
) -> tuple[str, ...]:
    """``text`` in lines of at most ``limit`` px, broken at spaces, filled greedily.

    With ``most``, the last line takes the rest and ends in '…' when it is too long. A word
    wider than a line is cut where it must (``split_words``), else shortened on its own.
    """
    words = [word for word in text.split(" ") if word]
    lines: list[str] = []
    while words:
        if most is not None and len(lines) == most - 1:
            lines.append(shorten(" ".join(words), font, limit))
            break
        count = _greedy(words, font, limit)
        if count > 0:
            lines.append(" ".join(words[:count]))
            words = words[count:]
        elif split_words:
            cut = max(1, _longest(words[0], font, limit))
            lines.append(words[0][:cut])
            words[0] = words[0][cut:]
        else:
            lines.append(shorten(words.pop(0), font, limit))
    return tuple(lines)


def fit_lines(text: str, font: float, limit: float, lines: int = 2) -> str:
    """``text`` if it fits on ``lines`` lines of ``limit`` px, else shortened with '…'."""
    return " ".join(wrap(text, font, limit, most=lines))


def line_options(text: str, font: float, limit: float) -> tuple[tuple[str, ...], ...]:
    """``text`` on one line, on two, on three: each break balanced, each line within ``limit``.

    Fewest lines first: placement takes the first that fits where the person stands; a narrow
    ring at the side of the circle fits a name on more, shorter lines.
    """
    words = text.split(" ")
    options: list[tuple[str, ...]] = []
    sizes = _Sizes(words, font)
    for count in range(1, min(MAX_LINES, len(words)) + 1):
        best = min(
            combinations(range(1, len(words)), count - 1),
            key=lambda cuts: sizes.widest(cuts),
        )
        if sizes.widest(best) <= limit + 1e-9:
            bounds = (0, *best, len(words))
            option = tuple(" ".join(words[a:b]) for a, b in pairwise(bounds))
            if option not in options:
                options.append(option)
    return tuple(options) or ((shorten(text, font, limit),),)


class _Sizes:
    """Widths of runs of words in O(1) each, from prefix sums (``width`` adds up per character)."""

    def __init__(self, words: Sequence[str], font: float) -> None:
        self.font = font
        self.estimate = [0.0]
        self.chars = [0]
        for word in words:
            self.estimate.append(self.estimate[-1] + text_width(word + " ", font))
            self.chars.append(self.chars[-1] + len(word) + 1)
        self.space = text_width(" ", font)

    def run(self, start: int, end: int) -> float:
        estimate = self.estimate[end] - self.estimate[start] - self.space
        return max(estimate, 0.6 * (self.chars[end] - self.chars[start] - 1) * self.font)

    def widest(self, cuts: Sequence[int]) -> float:
        bounds = (0, *cuts, len(self.chars) - 1)
        return max(self.run(a, b) for a, b in pairwise(bounds))


def _greedy(words: Sequence[str], font: float, limit: float) -> int:
    """How many of ``words`` fit on one line of ``limit`` px."""
    sizes = _Sizes(words, font)
    count = 0
    while count < len(words) and sizes.run(0, count + 1) <= limit:
        count += 1
    return count
