"""What a reader of a genogram must never see, checked on the SVG as drawn.

The common floor (``shared/tools/tekencheck.py``, run by the tests when it is there) and more:

- no two symbols overlap;
- no two parent–child lines of different unions cross or lie on each other;
- no parent–child line crosses a partner line that is not its parents';
- no bond (or foster link) crosses a partner line, and every bond ends on its two symbols;
- no line runs through a symbol other than at its own ends, nor through any text;
- no slanted parent–child line, except the fork of twins;
- no two lines of different groups run alongside each other (closer than 8 px over more than
  12 px); a partner line keeps 12 px from any other line that runs along it.
"""

from __future__ import annotations

import itertools
import math
import xml.etree.ElementTree as ET

from svgtools import NS, Box, classes, groups, main_symbol, shape_box, text_box

Point = tuple[float, float]
Segment = tuple[Point, Point]


def _numbers(d: str) -> list[float]:
    import re

    return [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?(?:e-?\d+)?", d)]


def _segments(el: ET.Element, tags: tuple[str, ...], skip: set[str]) -> list[Segment]:
    out: list[Segment] = []
    for e in el.iter():
        tag = e.tag.removeprefix(NS)
        if tag not in tags or classes(e) & skip:
            continue
        if tag == "line":
            x1, y1, x2, y2 = (float(e.get(k) or 0) for k in ("x1", "y1", "x2", "y2"))
            out.append(((x1, y1), (x2, y2)))
        else:
            d = e.get("d") or e.get("points") or ""
            if any(c in d for c in "CQAcqa"):
                raise AssertionError(f"a curved path in {el.get('class')}: lines are polylines")
            nums = _numbers(d)
            pts = list(zip(nums[0::2], nums[1::2], strict=False))
            out.extend(itertools.pairwise(pts))
    return out


def _straight_parts(d: str) -> list[Segment]:
    """The straight pieces of a path of M, L, Q and Z commands (rounded corners left out)."""
    import re

    out: list[Segment] = []
    start = here = (0.0, 0.0)
    for command, args in re.findall(r"([MLQZ])([^MLQZ]*)", d):
        nums = _numbers(args)
        pts = list(zip(nums[0::2], nums[1::2], strict=False))
        if command == "M":
            start = here = pts[0]
        elif command == "L":
            for p in pts:
                out.append((here, p))
                here = p
        elif command == "Q":
            here = pts[-1]
        else:
            out.append((here, start))
            here = start
    return out


def _orient(a: Point, b: Point, c: Point) -> float:
    return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])


def cross(p: Segment, q: Segment, tol: float = 1.0) -> bool:
    """A proper crossing, not a meeting at or near an end."""
    d1, d2 = _orient(q[0], q[1], p[0]), _orient(q[0], q[1], p[1])
    d3, d4 = _orient(p[0], p[1], q[0]), _orient(p[0], p[1], q[1])
    if not (d1 * d2 < 0 and d3 * d4 < 0):
        return False
    return not any(math.dist(e, f) <= tol for e in p for f in q)


def through(seg: Segment, box: Box, margin: float) -> bool:
    x0, y0, x1, y1 = box.x0 + margin, box.y0 + margin, box.x1 - margin, box.y1 - margin
    if x0 >= x1 or y0 >= y1:
        return False
    (ax, ay), (bx, by) = seg
    dx, dy = bx - ax, by - ay
    t0, t1 = 0.0, 1.0
    for p, q in ((-dx, ax - x0), (dx, x1 - ax), (-dy, ay - y0), (dy, y1 - ay)):
        if p == 0:
            if q < 0:
                return False
        else:
            r = q / p
            if p < 0:
                t0 = max(t0, r)
            else:
                t1 = min(t1, r)
    return t0 < t1 - 1e-9


def _ends_in(seg: Segment, box: Box, slack: float = 1.5) -> bool:
    return any(
        box.x0 - slack <= x <= box.x1 + slack and box.y0 - slack <= y <= box.y1 + slack
        for x, y in seg
    )


def _alongside(a: Segment, b: Segment, near: float) -> float:
    """How far two horizontal (or two vertical) segments run within ``near`` of each other."""
    for axis in (1, 0):  # horizontal, then vertical
        other = 1 - axis
        if abs(a[0][axis] - a[1][axis]) < 0.01 and abs(b[0][axis] - b[1][axis]) < 0.01:
            if abs(a[0][axis] - b[0][axis]) >= near:
                return 0.0
            lo = max(min(a[0][other], a[1][other]), min(b[0][other], b[1][other]))
            hi = min(max(a[0][other], a[1][other]), max(b[0][other], b[1][other]))
            return max(0.0, hi - lo)
    return 0.0


def findings(root: ET.Element, twins: set[str] | None = None) -> list[str]:
    """Everything wrong with a genogram as drawn (empty: nothing)."""
    twins = twins or set()
    found: list[str] = []
    people = {g.get("id", "").removeprefix("persoon-"): g for g in groups(root, "persoon")}
    boxes = {k: shape_box(main_symbol(g)) for k, g in people.items()}
    symbols = {k: b for k, b in boxes.items() if b is not None}
    for (a, ba), (b, bb) in itertools.combinations(symbols.items(), 2):
        if ba.overlaps(bb, margin=-0.5):
            found.append(f"symbols overlap: {a} / {b}")
    legend = next((g for g in root.iter(f"{NS}g") if g.get("id") == "legenda"), None)
    legend_texts = set(legend.iter(f"{NS}text")) if legend is not None else set()
    texts = [(t, text_box(t)) for t in root.iter(f"{NS}text") if t not in legend_texts]
    lines: list[tuple[str, ET.Element, list[Segment]]] = []
    for g in groups(root, "afstamming"):
        lines.append(("afstamming", g, _segments(g, ("path", "line"), {"eeneiig"})))
    for g in groups(root, "relatie"):
        lines.append(("relatie", g, _segments(g, ("path", "line"), {"streep"})))
    for g in groups(root, "band"):
        lines.append(("band", g, _segments(g, ("path",), set())))
    for g in groups(root, "pleegkoppeling"):
        lines.append(("pleegkoppeling", g, _segments(g, ("path",), set())))
    found += _crossings(lines)
    found += _through(lines, symbols, texts)
    found += _slanted(lines, symbols, twins)
    found += _parallel(lines)
    found += _bond_ends(lines, symbols)
    found += _outlines_along(root, lines)
    return found


def _outlines_along(
    root: ET.Element, lines: list[tuple[str, ET.Element, list[Segment]]]
) -> list[str]:
    """A household's dashed outline never lies along a partner or parent–child line (it would
    read as part of that line)."""
    found = []
    for g in groups(root, "huishouden"):
        outline = [seg for e in g.iter(f"{NS}path") for seg in _straight_parts(e.get("d") or "")]
        for kind, _g, segs in lines:
            if kind not in ("relatie", "afstamming"):
                continue
            for p, q in itertools.product(outline, segs):
                run = _alongside(p, q, 3.5)
                if run > 10.0:
                    found.append(f"a household outline lies along a line over {run:.0f} px: {kind}")
    return sorted(set(found))


def _own(a: ET.Element, b: ET.Element) -> bool:
    """Is partner line ``b`` the line of the parents of descent ``a``?"""
    return set((a.get("data-ouders") or "").split()) == set((b.get("data-partners") or "").split())


def _crossings(lines: list[tuple[str, ET.Element, list[Segment]]]) -> list[str]:
    found = []
    for (ka, ga, sa), (kb, gb, sb) in itertools.combinations(lines, 2):
        kinds = {ka, kb}
        if kinds == {"afstamming"}:
            rule = "parent–child lines cross"
        elif kinds == {"afstamming", "relatie"}:
            d, p = (ga, gb) if ka == "afstamming" else (gb, ga)
            if _own(d, p):
                continue
            rule = "a parent–child line crosses another couple's partner line"
        elif "relatie" in kinds and kinds & {"band", "pleegkoppeling"}:
            rule = "a bond crosses a partner line"
        else:
            continue
        if any(cross(p, q) for p in sa for q in sb):
            found.append(f"{rule}: {ga.get('class')} / {gb.get('class')}")
    return found


def _through(
    lines: list[tuple[str, ET.Element, list[Segment]]],
    symbols: dict[str, Box],
    texts: list[tuple[ET.Element, Box]],
) -> list[str]:
    found = []
    for kind, _g, segs in lines:
        for seg in segs:
            for k, box in symbols.items():
                if through(seg, box, 2.0) and not _ends_in(seg, box):
                    found.append(f"{kind} line through the symbol of {k}")
            for t, box in texts:
                if through(seg, box, 1.0):
                    found.append(f"{kind} line through the text '{''.join(t.itertext())}'")
    return sorted(set(found))


def _slanted(
    lines: list[tuple[str, ET.Element, list[Segment]]], symbols: dict[str, Box], twins: set[str]
) -> list[str]:
    found = []
    for kind, g, segs in lines:
        if kind != "afstamming":
            continue
        for seg in segs:
            (x0, y0), (x1, y1) = seg
            if abs(x1 - x0) <= 1.0 or abs(y1 - y0) <= 1.0:
                continue
            low = seg[0] if y0 > y1 else seg[1]
            fork = any(
                k.removesuffix("-pleeg") in twins
                and abs(low[1] - box.y0) < 1.5
                and box.x0 <= low[0] <= box.x1
                for k, box in symbols.items()
            )
            if not fork:
                found.append(f"slanted parent–child line in {g.get('data-ouders')}")
    return found


def _parallel(lines: list[tuple[str, ET.Element, list[Segment]]]) -> list[str]:
    found = []
    for (ka, _ga, sa), (kb, _gb, sb) in itertools.combinations(lines, 2):
        if "band" in (ka, kb) or "pleegkoppeling" in (ka, kb):
            continue  # bonds are curves, judged by the router
        near = 12.0 if "relatie" in (ka, kb) else 8.0
        for p, q in itertools.product(sa, sb):
            run = _alongside(p, q, near)
            if run > (6.0 if near == 12.0 else 12.0):
                found.append(f"lines run {near:.0f} px close over {run:.0f} px: {ka} / {kb}")
    return sorted(set(found))


def _bond_ends(
    lines: list[tuple[str, ET.Element, list[Segment]]], symbols: dict[str, Box]
) -> list[str]:
    found = []
    for kind, g, segs in lines:
        if kind != "band" or not segs:
            continue
        a, b = (g.get("data-tussen") or "").split()
        start, end = segs[0][0], segs[-1][1]
        for who, point in ((a, start), (b, end)):
            box = symbols[who]
            slack = 4.0  # the outer of three parallel lines ends 3 px beside the middle one
            on_edge = (
                box.x0 - slack <= point[0] <= box.x1 + slack
                and box.y0 - slack <= point[1] <= box.y1 + slack
            )
            if not on_edge:
                found.append(f"a bond does not end at the symbol of {who}")
    return found
