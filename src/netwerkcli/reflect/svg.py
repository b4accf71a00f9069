"""The trend as an SVG: one small line chart per scale question, on the same 1–10 axis.

Small multiples rather than one chart with fourteen lines: each question stays readable, and the
charts share their x axis (the sessions, oldest left), so rows can be compared at a glance.
Plain SVG text, no plotting library.
"""

from __future__ import annotations

from netwerkcli.messages import reflectie as msg
from netwerkcli.reflect.history import Trend, local_date
from netwerkcli.reflect.model import SCALE_MAX, SCALE_MIN
from netwerkcli.render.svg import xml_text as escape  # the one XML escape

LABEL_WIDTH = 360
PLOT_WIDTH = 420
ROW_HEIGHT = 68
PLOT_OFFSET = 10  # room above each small chart
PLOT_HEIGHT = 40
TOP = 70
BOTTOM = 40
MARGIN = 16
LINE_COLOUR = "#1f5f8b"
GRID_COLOUR = "#d0d7de"
TEXT_COLOUR = "#1b1f23"
WRAP = 52


def _wrap(text: str, width: int = WRAP) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    lines.append(current)
    return lines[:2] if len(lines) <= 2 else [lines[0], lines[1] + " …"]


def _x(index: int, count: int) -> float:
    left = MARGIN + LABEL_WIDTH
    if count <= 1:
        return left + PLOT_WIDTH / 2
    return left + index * PLOT_WIDTH / (count - 1)


def _y(value: int, row_top: float) -> float:
    share = (value - SCALE_MIN) / (SCALE_MAX - SCALE_MIN)
    return row_top + PLOT_OFFSET + PLOT_HEIGHT - share * PLOT_HEIGHT


def render_svg(trend: Trend) -> str:
    count = len(trend.sessions)
    width = MARGIN * 2 + LABEL_WIDTH + PLOT_WIDTH + 30
    height = TOP + ROW_HEIGHT * len(trend.series) + BOTTOM
    title = msg.TREND_TITLE.format(role=trend.role)
    if trend.case:
        title += msg.TREND_TITLE_CASE.format(case=trend.case)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12" '
        f'fill="{TEXT_COLOUR}">',
        f"<title>{escape(title)}</title>",
        f'<rect width="{width}" height="{height}" fill="white"/>',
        f'<text x="{MARGIN}" y="28" font-size="16" font-weight="bold">{escape(title)}</text>',
        f'<text x="{MARGIN}" y="48">'
        f"{escape(msg.TREND_SUBTITLE.format(count=count, low=SCALE_MIN, high=SCALE_MAX))}</text>",
    ]
    for row, series in enumerate(trend.series):
        top = TOP + row * ROW_HEIGHT
        parts.append(f'<g class="vraag" id="{escape(series.question_id)}">')
        parts.append(f"<title>{escape(series.question)}</title>")
        for i, line in enumerate(_wrap(series.question)):
            parts.append(f'<text x="{MARGIN}" y="{top + 16 + i * 15}">{escape(line)}</text>')
        for value in (SCALE_MIN, 5, SCALE_MAX):
            y = _y(value, top)
            parts.append(
                f'<line x1="{MARGIN + LABEL_WIDTH}" y1="{y:.1f}" '
                f'x2="{MARGIN + LABEL_WIDTH + PLOT_WIDTH}" y2="{y:.1f}" stroke="{GRID_COLOUR}"/>'
            )
            parts.append(
                f'<text x="{MARGIN + LABEL_WIDTH + PLOT_WIDTH + 6}" y="{y + 4:.1f}" '
                f'font-size="10">{value}</text>'
            )
        points = [
            (_x(i, count), _y(v, top), v) for i, v in enumerate(series.values) if v is not None
        ]
        if not points:
            parts.append(
                f'<text x="{MARGIN + LABEL_WIDTH + 8}" y="{_y(5, top) - 4:.1f}" font-size="11" '
                f'fill="#6a737d">{escape(msg.TREND_NOT_ANSWERED)}</text>'
            )
        if len(points) > 1:
            path = " ".join(f"{x:.1f},{y:.1f}" for x, y, _ in points)
            parts.append(
                f'<polyline points="{path}" fill="none" stroke="{LINE_COLOUR}" stroke-width="2"/>'
            )
        for x, y, value in points:
            parts.append(
                f'<circle class="punt" cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="{LINE_COLOUR}">'
                f"<title>{value}</title></circle>"
            )
        parts.append("</g>")
    axis_y = TOP + ROW_HEIGHT * len(trend.series) + 14
    for i in _labelled(count):
        session = trend.sessions[i]
        parts.append(
            f'<text x="{_x(i, count):.1f}" y="{axis_y}" font-size="10" text-anchor="middle">'
            f"{escape(local_date(session.started))}</text>"
        )
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def _labelled(count: int) -> list[int]:
    """At most about eight session dates under the charts, always the first and the last."""
    every = max(1, -(-count // 8))
    indices = list(range(0, count, every))
    if indices and indices[-1] != count - 1:
        if count - 1 - indices[-1] < every:
            indices[-1] = count - 1
        else:
            indices.append(count - 1)
    return indices
