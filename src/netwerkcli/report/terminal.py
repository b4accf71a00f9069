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


# the terminal is narrow: 'hoe vaak' goes under 'wat', 'na de hulp' under the period
TERMINAL_COLUMNS = ("wie", "voor", "steun", "wat", "periode", "geevalueerd", "let-op")


def plan_table(plan: Plan, per: Groepering) -> RenderableType:
    """A table per group (a person, or a kind of support), then the totals."""
    title = texts.PLAN_TITLE.format(gezin=plain(plan.titel))
    dated = texts.PLAN_DATE.format(datum=plan.datum.strftime("%d-%m-%Y"))
    if not plan.regels:
        return Group(Text(title, style="bold"), Text(texts.NO_AGREEMENTS))
    names = dict(planview.COLUMNS)
    keys = [k for k in TERMINAL_COLUMNS if k != planview.GROUP_COLUMN[per]]
    parts: list[RenderableType] = [Text(title, style="bold"), Text(dated, style="dim")]
    for group, rows in plan.groups(per):
        table = Table(title=Text(planview.heading(group), style="bold"), title_justify="left")
        for key in keys:
            table.add_column(names[key], overflow="fold", no_wrap=key == "geevalueerd")
        for row in rows:
            cells = planview.cells(row, per)
            line = {key: Text(cells.get(key, "")) for key in keys}
            if cells["hoe-vaak"] != texts.NONE:
                line["wat"].append("\n" + cells["hoe-vaak"], style="dim")
            if row.afspraak.na_de_hulp:
                line["periode"].append("\n" + texts.AFTER_HELP_MARK, style="green")
            line["let-op"].stylize("bold red")
            table.add_row(*(line[key] for key in keys))
        parts.append(table)
    parts.append(Text(_count_line(plan)))
    if plan.with_signals:
        parts.append(Text(texts.WARNINGS_LINE.format(aantal=len(plan.with_signals)), "yellow"))
    return Group(*parts)


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
