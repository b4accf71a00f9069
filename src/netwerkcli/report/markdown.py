"""The plan as Markdown (``netwerk plan -o plan.md``): a table per group, escaped texts."""

from __future__ import annotations

from netwerkcli.messages import plan as texts
from netwerkcli.plan import Groepering, Plan
from netwerkcli.report import planview
from netwerkcli.report.text import for_markdown


def plan_markdown(plan: Plan, per: Groepering) -> str:
    lines = [
        f"# {for_markdown(texts.PLAN_TITLE.format(gezin=plan.titel))}",
        "",
        texts.PLAN_DATE.format(datum=plan.datum.strftime("%d-%m-%Y")),
        "",
    ]
    if not plan.regels:
        return "\n".join([*lines, for_markdown(texts.NO_AGREEMENTS), ""])
    cols = planview.columns(per)
    for group, rows in plan.groups(per):
        lines += [f"## {for_markdown(group)}", ""]
        lines.append("| " + " | ".join(name for _, name in cols) + " |")
        lines.append("|" + "---|" * len(cols))
        for row in rows:
            cells = planview.cells(row, per)
            lines.append("| " + " | ".join(for_markdown(cells[key]) for key, _ in cols) + " |")
        lines.append("")
    warnings = [m.tekst for r in plan.regels for m in r.meldingen]
    if warnings:
        lines += [f"## {texts.COL_NOTE}", ""]
        lines += [f"- {for_markdown(w, 1000)}" for w in warnings]
        lines.append("")
    return "\n".join(lines)
