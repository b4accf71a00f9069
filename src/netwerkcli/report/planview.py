"""The plan's table as plain cells, shared by the terminal, Markdown and HTML views."""

from __future__ import annotations

from netwerkcli.messages import plan as texts
from netwerkcli.model import Afspraak
from netwerkcli.plan import Groepering, Regel
from netwerkcli.report.text import plain

COLUMNS = (
    ("wie", texts.COL_WHO),
    ("voor", texts.COL_FOR),
    ("steun", texts.COL_STEUN),
    ("wat", texts.COL_WHAT),
    ("hoe-vaak", texts.COL_HOW_OFTEN),
    ("periode", texts.COL_PERIOD),
    ("na-de-hulp", texts.COL_AFTER),
    ("geevalueerd", texts.COL_EVALUATED),
    ("let-op", texts.COL_NOTE),
)
# the column the groups already show is left out of the table
GROUP_COLUMN = {Groepering.PERSOON: "wie", Groepering.STEUN: "steun"}


def columns(per: Groepering) -> list[tuple[str, str]]:
    return [(key, title) for key, title in COLUMNS if key != GROUP_COLUMN[per]]


def period(a: Afspraak) -> str:
    if a.van and a.tot:
        return texts.PERIOD.format(van=a.van, tot=a.tot)
    if a.van:
        return texts.FROM_ONLY.format(van=a.van)
    if a.tot:
        return texts.UNTIL_ONLY.format(tot=a.tot)
    return texts.NONE


def receiver(row: Regel) -> str:
    return texts.GIVING_BACK.format(naam=row.ontvanger) if row.terug else row.ontvanger


def cells(row: Regel, per: Groepering) -> dict[str, str]:
    """Every cell of ``row`` as one plain line of text, by column key."""
    a = row.afspraak
    values = {
        "wie": plain(row.gever),
        "voor": plain(receiver(row)),
        "steun": a.steun.value,
        "wat": plain(a.wat),
        "hoe-vaak": plain(a.hoe_vaak) if a.hoe_vaak else texts.NONE,
        "periode": period(a),
        "na-de-hulp": texts.YES if a.na_de_hulp else texts.NO,
        "geevalueerd": str(a.geevalueerd) if a.geevalueerd else texts.NONE,
        "let-op": ", ".join(s.kort for s in row.signalen),
    }
    return {key: values[key] for key, _ in columns(per)}


def heading(group: str) -> str:
    return plain(group)
