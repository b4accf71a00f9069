"""A small SVG writer: every drawn thing is a ``<g>`` with an id and classes, in page coordinates.

Deterministic: numbers are rounded to one decimal and attributes are written in a fixed order, so
the same input gives the same file byte for byte.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import cache, lru_cache

Point = tuple[float, float]
# What XML 1.0 does not allow in a document at all, even escaped: most C0 control characters,
# lone surrogates and U+FFFE/U+FFFF. Text from a family file may hold them (an escape code in a
# name); written raw they would make the SVG unreadable, so they become U+FFFD ('�'). One
# translation with the escapes below (a regular expression for them took longer to compile
# at every start than all the drawing's escaping).
_NOT_XML = dict.fromkeys(
    [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0xD800, 0xE000), 0xFFFE, 0xFFFF],
    "\ufffd",
)
# (what xml.sax.saxutils does, without importing it: it loads urllib, ssl and email)
_TEXT = str.maketrans({**_NOT_XML, "&": "&amp;", "<": "&lt;", ">": "&gt;"})
_ATTR = str.maketrans(
    {**_NOT_XML, "&": "&amp;", "<": "&lt;", ">": "&gt;", "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"}
)


def xml_text(text: str) -> str:
    """``text`` escaped for XML character data, characters XML forbids shown as '�'."""
    return text.translate(_TEXT)


def xml_attr(text: str) -> str:
    """``text`` as a quoted XML attribute value, characters XML forbids shown as '�'."""
    data = text.translate(_ATTR)
    if '"' not in data:
        return f'"{data}"'
    if "'" not in data:
        return f"'{data}'"
    return '"' + data.replace('"', "&quot;") + '"'


def num(value: float, decimals: int = 1) -> str:
    """A coordinate as short text: one decimal by default, no trailing zero, no '-0'."""
    if decimals != 1:
        text = f"{value:.{decimals}f}".rstrip("0").rstrip(".")
        return "0" if text in ("-0", "") else text
    text = f"{value:.1f}"  # the usual case, a few times per drawn thing: as above, quicker
    if text[-2:] == ".0":
        text = text[:-2]
        return "0" if text == "-0" else text
    return text


@cache
def _attr_name(key: str) -> str:
    """An attribute's SVG name from its keyword: ``stroke_width`` → ``stroke-width``, ``class_``
    → ``class``."""
    return key.rstrip("_").replace("_", "-")


@lru_cache(maxsize=4096)
def _text_attr(key: str, value: str) -> str:
    """`` name="value"`` for a text value. Cached: a drawing repeats the same classes, colours
    and dashes thousands of times, and escaping each again costs more than the look-up."""
    return f" {_attr_name(key)}={xml_attr(value)}"


@lru_cache(maxsize=4096)
def _number_attr(key: str, value: float) -> str:
    """`` name="1.5"`` for a number (its text needs no escaping); cached as text values are."""
    return f' {_attr_name(key)}="{num(value)}"'


def _attrs(attrs: dict[str, str | float | None]) -> str:
    parts = []
    for key, value in attrs.items():
        if value is None:
            continue
        if isinstance(value, str):
            parts.append(_text_attr(key, value))
        else:
            parts.append(_number_attr(key, value))
    return "".join(parts)


def points_attr(points: Iterable[Point]) -> str:
    return " ".join(f"{num(x)},{num(y)}" for x, y in points)


def path_from_points(points: Sequence[Point], closed: bool = False) -> str:
    head, *rest = points
    d = f"M{num(head[0])},{num(head[1])}" + "".join(f" L{num(x)},{num(y)}" for x, y in rest)
    return d + (" Z" if closed else "")


class SvgDocument:
    """Collects elements; ``group`` nests them in ``<g id class>``."""

    def __init__(self, width: float, height: float, title: str, css: str = "") -> None:
        self.width = width
        self.height = height
        self.title = title
        self.css = css
        self._lines: list[str] = []
        self._depth = 1

    def _add(self, text: str) -> None:
        self._lines.append("  " * self._depth + text)

    @contextmanager
    def group(
        self, classes: str, id: str | None = None, **attrs: str | float | None
    ) -> Iterator[None]:
        self._add(f"<g{_attrs({'id': id, 'class': classes, **attrs})}>")
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
            self._add("</g>")

    def element(self, tag: str, **attrs: str | float | None) -> None:
        self._add(f"<{tag}{_attrs(attrs)}/>")

    def rect(self, x: float, y: float, w: float, h: float, **attrs: str | float | None) -> None:
        self.element("rect", x=x, y=y, width=w, height=h, **attrs)

    def circle(self, cx: float, cy: float, r: float, **attrs: str | float | None) -> None:
        self.element("circle", cx=cx, cy=cy, r=r, **attrs)

    def line(self, a: Point, b: Point, **attrs: str | float | None) -> None:
        self.element("line", x1=a[0], y1=a[1], x2=b[0], y2=b[1], **attrs)

    def polygon(self, points: Iterable[Point], **attrs: str | float | None) -> None:
        self.element("polygon", points=points_attr(points), **attrs)

    def polyline(self, points: Iterable[Point], **attrs: str | float | None) -> None:
        self.element("polyline", points=points_attr(points), **attrs)

    def path(self, d: str, **attrs: str | float | None) -> None:
        self.element("path", d=d, **attrs)

    def text(self, x: float, y: float, content: str, **attrs: str | float | None) -> None:
        self._add(f"<text{_attrs({'x': x, 'y': y, **attrs})}>{xml_text(content)}</text>")

    def raw(self, markup: str) -> None:
        """Add trusted markup made by this program (never user text)."""
        self._add(markup)

    def to_string(self) -> str:
        head = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{num(self.width)}" '
            f'height="{num(self.height)}" viewBox="0 0 {num(self.width)} {num(self.height)}" '
            'font-family="DejaVu Sans, Arial, Helvetica, sans-serif">\n'
            f"  <title>{xml_text(self.title)}</title>\n"
        )
        style = f"  <style>\n{self.css}\n  </style>\n" if self.css else ""
        background = (
            f'  <rect class="achtergrond" x="0" y="0" width="{num(self.width)}" '
            f'height="{num(self.height)}" fill="white"/>\n'
        )
        return head + style + background + "\n".join(self._lines) + "\n</svg>\n"


def text_width(text: str, font_size: float) -> float:
    """A conservative estimate of the rendered width of ``text`` (no font metrics needed).

    Wide letters and non-Latin scripts count for more, so labels never overlap in practice.
    """
    width = 0.0
    for ch in text:
        if ch in "iljtfI.,:;'|!()[] ":
            width += 0.32
        elif ch in "mwMW@":
            width += 0.92
        elif ch.isupper() or ch.isdigit():
            width += 0.68
        elif ord(ch) > 0x2000:  # CJK, emoji and wide symbols
            width += 1.0
        else:
            width += 0.6  # Latin lower case, Arabic, Ethiopic and other scripts
    return width * font_size
