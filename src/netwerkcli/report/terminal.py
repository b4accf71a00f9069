"""The plan and the four steps as rich renderables for the terminal (printed by the CLI).

Texts from the file enter as ``rich.text.Text`` (never read as markup) after ``plain``.
"""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from netwerkcli.messages import plan as texts
from netwerkcli.plan import Groepering, Plan
from netwerkcli.report import planview
from netwerkcli.report.text import plain
from netwerkcli.status import Stand, Status

STAND_STYLE = {Stand.KLAAR: "bold green", Stand.BEZIG: "bold yellow", Stand.OPEN: "bold red"}


def plan_table(plan: Plan, per: Groepering) -> RenderableType:
    title = texts.PLAN_TITLE.format(gezin=plain(plan.titel))
    if not plan.regels:
        return Group(Text(title, style="bold"), Text(texts.NO_AGREEMENTS))
    table = Table(
        title=Text(title),
        caption=Text(texts.PLAN_DATE.format(datum=plan.datum.strftime("%d-%m-%Y"))),
        title_justify="left",
        caption_justify="left",
    )
    cols = planview.columns(per)
    for _, name in cols:
        table.add_column(name, overflow="fold")
    for group, rows in plan.groups(per):
        table.add_row(Text(planview.heading(group), style="bold"))
        for row in rows:
            cells = planview.cells(row, per)
            texts_ = [Text(cells[key]) for key, _ in cols]
            texts_[-1].stylize("bold red" if row.meldingen else "")
            table.add_row(*texts_)
        table.add_section()
    lines: list[RenderableType] = [table, Text(_count_line(plan))]
    if plan.with_signals:
        lines.append(Text(texts.WARNINGS_LINE.format(aantal=len(plan.with_signals)), "yellow"))
    return Group(*lines)


def _count_line(plan: Plan) -> str:
    back = sum(1 for r in plan.regels if r.terug)
    return texts.COUNT_LINE.format(aantal=len(plan.regels), terug=back)


def status_view(status: Status) -> RenderableType:
    parts: list[RenderableType] = [
        Text(texts.STATUS_TITLE.format(gezin=plain(status.titel)), style="bold")
    ]
    for stap in status.stappen:
        line = Text(texts.STEP_LINE.format(nummer=stap.nummer, titel=stap.titel, stand=""))
        line.append(stap.stand.tekst, style=STAND_STYLE[stap.stand])
        parts += [Text(""), line]
        for prefix, items, style in (
            ("✓ ", stap.gedaan, "green"),
            ("✗ ", stap.ontbreekt, "red"),
            ("→ ", stap.tips, "cyan"),
        ):
            for item in items:
                entry = Text("  ")
                entry.append(prefix, style=style)
                entry.append(plain(item, 1000))
                parts.append(entry)
    parts += [Text(""), Text(status.summary, style="bold")]
    return Group(*parts)
