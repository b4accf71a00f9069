"""Drawings put inline in an HTML page, each in its own namespace.

Several SVGs in one page share the page's ids and style sheet: an ``id`` used by two drawings,
or a ``<style>`` rule of the sociogram, would reach the other drawings. So every id (and every
reference to it) gets the drawing's prefix, and every style rule is scoped to the drawing's
element. The SVGs are netwerk's own (``render.svg``); their texts are already escaped.
"""

from __future__ import annotations

import re

_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>\s*")
_ID = re.compile(r'\bid="([^"]+)"')
_REFERENCE = re.compile(r'(url\(#|href="#)([^)"]+)')
_STYLE = re.compile(r"(<style>)(.*?)(</style>)", re.S)
_SIZE = re.compile(r'<svg\b[^>]*\bwidth="([\d.]+)"[^>]*\bheight="([\d.]+)"')


def size(svg: str) -> tuple[float, float]:
    """The drawing's width and height in SVG units (CSS pixels)."""
    match = _SIZE.search(svg)
    return (float(match.group(1)), float(match.group(2))) if match else (800.0, 600.0)


def _scope_css(css: str, scope: str) -> str:
    rules = []
    for rule in css.split("}"):
        if "{" not in rule:
            continue
        selectors, body = rule.split("{", 1)
        scoped = ", ".join(f"#{scope} {s.strip()}" for s in selectors.split(",") if s.strip())
        rules.append(f"{scoped} {{{body}}}")
    return "\n".join(rules)


def inline_svg(svg: str, scope: str, style: str) -> str:
    """``svg`` ready to stand inside an HTML element whose id is ``scope``."""
    svg = _DECLARATION.sub("", svg)
    svg = _ID.sub(lambda m: f'id="{scope}-{m.group(1)}"', svg)
    svg = _REFERENCE.sub(lambda m: f"{m.group(1)}{scope}-{m.group(2)}", svg)
    svg = _STYLE.sub(lambda m: m.group(1) + _scope_css(m.group(2), scope) + m.group(3), svg)
    return svg.replace("<svg ", f'<svg style="{style}" role="img" ', 1)
