"""Reading our SVG back for structural tests: groups by id and class, and their bounding boxes."""

from __future__ import annotations

import itertools
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

NS = "{http://www.w3.org/2000/svg}"


@dataclass(frozen=True)
class Box:
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.y0 + self.y1) / 2

    def overlaps(self, other: Box, margin: float = 0.0) -> bool:
        return not (
            self.x1 + margin <= other.x0
            or other.x1 + margin <= self.x0
            or self.y1 + margin <= other.y0
            or other.y1 + margin <= self.y0
        )


def parse(svg: str | bytes) -> ET.Element:
    return ET.fromstring(svg)


def classes(el: ET.Element) -> set[str]:
    return set((el.get("class") or "").split())


def groups(root: ET.Element, cls: str) -> list[ET.Element]:
    return [g for g in root.iter(f"{NS}g") if cls in classes(g)]


def by_id(root: ET.Element, id: str) -> ET.Element | None:
    for el in root.iter():
        if el.get("id") == id:
            return el
    return None


def _numbers(text: str) -> list[float]:
    return [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", text)]


def shape_box(el: ET.Element) -> Box | None:
    """Bounding box of one shape element (no transforms are used in our SVG)."""
    tag = el.tag.removeprefix(NS)
    g = el.get
    if tag == "rect":
        x, y, w, h = (float(g(k) or 0) for k in ("x", "y", "width", "height"))
        return Box(x, y, x + w, y + h)
    if tag == "circle":
        cx, cy, r = (float(g(k) or 0) for k in ("cx", "cy", "r"))
        return Box(cx - r, cy - r, cx + r, cy + r)
    if tag == "ellipse":
        cx, cy, rx, ry = (float(g(k) or 0) for k in ("cx", "cy", "rx", "ry"))
        return Box(cx - rx, cy - ry, cx + rx, cy + ry)
    if tag == "line":
        x1, y1, x2, y2 = (float(g(k) or 0) for k in ("x1", "y1", "x2", "y2"))
        return Box(min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2))
    if tag in ("polygon", "polyline", "path"):
        nums = _numbers(g("points") or g("d") or "")
        xs, ys = nums[0::2], nums[1::2]
        if not xs:
            return None
        return Box(min(xs), min(ys), max(xs), max(ys))
    return None


def text_box(el: ET.Element, char_width: float = 0.55) -> Box:
    """Estimated box of a <text>: width from its length, anchored as the SVG says."""
    size = float(re.sub(r"[^\d.]", "", el.get("font-size") or "") or 12)
    text = "".join(el.itertext())
    width = len(text) * size * char_width
    x, y = float(el.get("x") or 0), float(el.get("y") or 0)
    anchor = el.get("text-anchor") or "start"
    x0 = x - width / 2 if anchor == "middle" else x - width if anchor == "end" else x
    return Box(x0, y - size * 0.8, x0 + width, y + size * 0.2)


def symbol_box(group: ET.Element) -> Box:
    """Union of the boxes of the shapes (not texts) directly or deeply inside ``group``."""
    boxes = [b for el in group.iter() if (b := shape_box(el)) is not None]
    if not boxes:
        raise AssertionError(f"no shape in group {group.get('id')}")
    return Box(
        min(b.x0 for b in boxes),
        min(b.y0 for b in boxes),
        max(b.x1 for b in boxes),
        max(b.y1 for b in boxes),
    )


def texts(group: ET.Element) -> list[str]:
    return ["".join(t.itertext()) for t in group.iter(f"{NS}text")]


def segments(group: ET.Element) -> list[tuple[tuple[float, float], tuple[float, float]]]:
    """Straight pieces of the lines and paths inside ``group`` (paths of M/L commands only)."""
    out = []
    for el in group.iter():
        tag = el.tag.removeprefix(NS)
        if tag == "line":
            x1, y1, x2, y2 = (float(el.get(k) or 0) for k in ("x1", "y1", "x2", "y2"))
            out.append(((x1, y1), (x2, y2)))
        elif tag in ("path", "polyline"):
            nums = _numbers(el.get("points") or el.get("d") or "")
            pts = list(zip(nums[0::2], nums[1::2], strict=False))
            out.extend(itertools.pairwise(pts))
    return out


def main_symbol(group: ET.Element) -> ET.Element:
    """The first shape with class 'symbool' in a person's group."""
    for el in group.iter():
        if "symbool" in classes(el):
            return el
    raise AssertionError(f"no symbol in {group.get('id')}")
