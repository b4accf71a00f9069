"""HTML pages: the plan alone (``plan.html``) and the whole report (``rapport.html``).

One self-contained page: the drawings are inline SVG, the style sheet is in the page, there are
no scripts, fonts, images or links to load, and a Content-Security-Policy forbids loading
anything at all. Print styles make A4 pages: every drawing on a page of its own, scaled to fit
the page (landscape when that shows it larger), never cut across two pages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from netwerkcli.messages import rapport as texts
from netwerkcli.plan import Groepering, Plan
from netwerkcli.report import planview
from netwerkcli.report.embed import inline_svg, size
from netwerkcli.report.text import for_html
from netwerkcli.status import Status

MM_PER_PX = 25.4 / 96
# the room a drawing may take on an A4 page (mm), after margins and its heading
PORTRAIT = (180.0, 232.0)
LANDSCAPE = (267.0, 150.0)
MAX_ENLARGE = 1.6  # small drawings grow up to this much, so their text stays readable

CSS = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; color: #202020;
  margin: 0 auto; max-width: 60rem; padding: 1.5rem; line-height: 1.4; font-size: 15px; }
h1 { font-size: 1.6rem; margin: 0 0 .3rem; }
h2 { font-size: 1.25rem; margin: 1.6rem 0 .5rem; border-bottom: 1px solid #ccc;
  padding-bottom: .2rem; break-after: avoid; }
h3 { font-size: 1.05rem; margin: 1rem 0 .3rem; break-after: avoid; }
p, li { max-width: 48rem; }
.meta { color: #555; margin: 0 0 1rem; }
.meta div { margin: .1rem 0; }
.privacy { border-left: 4px solid #5a7d9a; background: #f3f6f9; padding: .5rem .8rem; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: .9rem; }
th, td { border: 1px solid #ccc; padding: .25rem .4rem; text-align: left; vertical-align: top; }
th { background: #f0f0f0; }
tr { break-inside: avoid; }
tr.groep th { background: #e4ebf1; font-size: .95rem; }
td.let-op { color: #b71c1c; font-weight: bold; }
.datum { white-space: nowrap; }
.stap { break-inside: avoid; margin: .6rem 0 1rem; }
.stap h3 span { font-weight: normal; padding: 0 .4rem; border-radius: .3rem; }
.klaar { background: #e3f2e5; } .bezig { background: #fff4d6; } .open { background: #fde4e4; }
.stap ul { margin: .2rem 0; padding-left: 1.4rem; }
li.gedaan::marker { content: "✓  "; color: #2e7d32; }
li.ontbreekt::marker { content: "✗  "; color: #c62828; }
li.tip::marker { content: "→  "; color: #1565c0; }
.huidig { font-weight: bold; }
figure { margin: 0; }
figure svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
.tekening { break-inside: avoid; }
.voet { color: #777; font-size: .8rem; margin-top: 2rem; }
nav ol { margin: .2rem 0 0; }
@page { size: A4 portrait; margin: 14mm 15mm 16mm;
  @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; color: #777; } }
@page liggend { size: A4 landscape; margin: 14mm 15mm 16mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 9.5pt; }
  nav { display: none; }
  .tekening { break-before: page; page: staand; }
  .tekening.liggend { page: liggend; }
  .tekening h2 { margin-top: 0; }
  #plan.liggend { break-before: page; page: liggend; }
  a { color: inherit; text-decoration: none; }
}
"""

DATE = re.compile(r"(\d{4}-\d{2}-\d{2})")
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


@dataclass(frozen=True)
class Drawing:
    """A drawing for the page: its anchor (the section's id), heading and SVG."""

    anchor: str
    heading: str
    svg: str


def page(title: str, body: str) -> str:
    return (
        "<!DOCTYPE html>\n"
        '<html lang="nl">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{for_html(title)}</title>\n<style>{CSS}</style>\n</head>\n"
        f"<body>\n{body}\n</body>\n</html>\n"
    )


def fit(svg: str) -> tuple[str, bool]:
    """The CSS size that fits the drawing on an A4 page, and whether that page is landscape."""
    width, height = size(svg)
    w_mm, h_mm = width * MM_PER_PX, height * MM_PER_PX

    def scale(room: tuple[float, float]) -> float:
        return min(room[0] / w_mm, room[1] / h_mm, MAX_ENLARGE)

    landscape = scale(LANDSCAPE) > scale(PORTRAIT) * 1.15
    factor = scale(LANDSCAPE if landscape else PORTRAIT)
    return f"width:{w_mm * factor:.1f}mm;height:{h_mm * factor:.1f}mm", landscape


def drawing_section(drawing: Drawing) -> str:
    style, landscape = fit(drawing.svg)
    classes = "tekening liggend" if landscape else "tekening"
    return (
        f'<section class="{classes}" id="{drawing.anchor}">\n'
        f"<h2>{for_html(drawing.heading)}</h2>\n"
        f'<figure id="{drawing.anchor}-tekening">\n'
        f"{inline_svg(drawing.svg, drawing.anchor + '-tekening', style)}\n</figure>\n"
        "</section>"
    )


def plan_tables(plan: Plan, per: Groepering) -> str:
    if not plan.regels:
        return f"<p>{for_html(texts.NO_AGREEMENTS)}</p>"
    cols = planview.columns(per)
    head = "".join(f'<th scope="col">{for_html(name)}</th>' for _, name in cols)
    rows = []
    for group, members in plan.groups(per):
        rows.append(
            f'<tr class="groep"><th colspan="{len(cols)}" scope="rowgroup">'
            f"{for_html(group)}</th></tr>"
        )
        for row in members:
            cells = planview.cells(row, per)
            rows.append(
                "<tr>"
                + "".join(
                    f'<td class="{key}">{_dates(for_html(cells[key]))}</td>' for key, _ in cols
                )
                + "</tr>"
            )
    table = f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n" + "\n".join(rows)
    table += "\n</tbody>\n</table>"
    warnings = [m.tekst for r in plan.regels for m in r.meldingen]
    if warnings:
        items = "".join(f"<li>{for_html(w, 1000)}</li>" for w in warnings)
        table += f"\n<h3>{for_html(texts.ATTENTION)}</h3>\n<ul>{items}</ul>"
    return table


def _dates(text: str) -> str:
    """Dates kept on one line (a browser would break '2026-09-01' at a hyphen)."""
    return DATE.sub(r'<span class="datum">\1</span>', text)


def plan_page(plan: Plan, per: Groepering) -> str:
    """``plan.html``: the plan alone, printable."""
    title = texts.PLAN_TITLE.format(gezin=plan.titel)
    dated = texts.PLAN_DATE.format(datum=plan.datum.strftime("%d-%m-%Y"))
    body = f'<h1>{for_html(title)}</h1>\n<p class="meta">{for_html(dated)}</p>\n'
    body += plan_tables(plan, per)
    return page(title, body)


def status_list(status: Status) -> str:
    parts = []
    for stap in status.stappen:
        items = [
            f'<li class="{kind}">{for_html(text, 1000)}</li>'
            for kind, entries in (
                ("gedaan", stap.gedaan),
                ("ontbreekt", stap.ontbreekt),
                ("tip", stap.tips),
            )
            for text in entries
        ]
        parts.append(
            f'<div class="stap" id="stap-{stap.nummer}">\n'
            f"<h3>{stap.nummer}. {for_html(stap.titel)} "
            f'<span class="{stap.stand.value}">{for_html(stap.stand.tekst)}</span></h3>\n'
            f"<ul>{''.join(items)}</ul>\n</div>"
        )
    return "\n".join(parts)
