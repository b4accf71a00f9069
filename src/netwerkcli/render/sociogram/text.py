"""The sociogram as a table for the terminal (``--tekst``): a heading row per ring, then its people.

The one place in the sociogram that builds rich renderables; printing stays with ``console``.
Every text goes in as a ``Text`` (never read as rich markup), and text from the file has passed
``wording.shown`` (no control characters reach the terminal).
"""

from __future__ import annotations

from rich.table import Table
from rich.text import Text

from netwerkcli.messages import sociogram as texts
from netwerkcli.render.sociogram.build import Figure, Sociogram

COLUMNS = (
    texts.COL_NAME,
    texts.COL_KRING,
    texts.COL_STEUN,
    texts.COL_TOESTEMMING,
    texts.COL_BIJZONDER,
)


def table(sociogram: Sociogram) -> Table:
    result = Table(
        title=Text(texts.TEXT_TITLE.format(gezin=sociogram.title, vraag=sociogram.vraag.vraag)),
        title_justify="left",
        caption=Text(texts.TEXT_CONSENT.format(regel=sociogram.consent_rule)),
        caption_justify="left",
    )
    for column in COLUMNS:
        result.add_column(column)
    for number, name in enumerate(sociogram.vraag.ringen, start=1):
        members = [f for f in sociogram.figures if f.ring == number]
        style = "bold red" if sociogram.is_nee_ring(number) else "bold"
        heading = texts.TEXT_RING.format(nummer=number, naam=name, aantal=len(members))
        result.add_row(Text(heading, style=style))
        if not members:
            result.add_row(Text(texts.TEXT_EMPTY_RING, style="dim"))
        for figure in members:
            result.add_row(*_cells(figure))
        result.add_section()
    if sociogram.missing:
        heading = texts.TEXT_MISSING.format(aantal=len(sociogram.missing))
        result.add_row(Text(heading, style="bold yellow"))
        for figure in sociogram.missing:
            result.add_row(*_cells(figure))
    return result


def _cells(figure: Figure) -> list[Text]:
    name = Text("  " + figure.name)
    if figure.relatie:
        name.append(f" ({figure.relatie})", style="dim")
    special = []
    if figure.abroad:
        special.append(texts.TEXT_ABROAD.format(land=figure.place))
    if figure.online:
        special.append(texts.TEXT_ONLINE)
    return [
        name,
        Text(figure.kring.value, style="blue" if figure.professional else ""),
        Text(", ".join(s.value for s in figure.steun)),
        Text(figure.toestemming.value, style="bold red" if figure.no_consent else ""),
        Text(", ".join(special)),
    ]
