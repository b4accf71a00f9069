"""The whole report (``netwerk rapport``): one printable HTML page about one family.

Genogram, a sociogram per question, the plan, the four steps and the consent overview, dated.
Pure: the family (as loaded, or pseudonymised for ``--anoniem``) in, HTML text out.
"""

from __future__ import annotations

import datetime as dt

from netwerkcli import __version__, consent
from netwerkcli.labels import Labels
from netwerkcli.messages import rapport as texts
from netwerkcli.model import Gezin, NetwerkPersoon, Partij, Toestemming
from netwerkcli.plan import Groepering, Plan, make_plan
from netwerkcli.report.html import Drawing, drawing_section, page, plan_tables, status_list
from netwerkcli.report.text import for_html
from netwerkcli.status import family_status


def drawings(gezin: Gezin, today: dt.date | None = None) -> list[Drawing]:
    """The genogram and a sociogram per question (placed together, as with ``--alle``)."""
    from netwerkcli.render.genogram import build_genogram
    from netwerkcli.render.sociogram import build_sociograms, questions_for_all
    from netwerkcli.render.sociogram.placement import DoesNotFit

    found = [Drawing("genogram", texts.GENOGRAM, build_genogram(gezin, today).to_svg())]
    names = questions_for_all(gezin) if gezin.netwerk else []
    try:
        sociograms = build_sociograms(gezin, names, today)
    except DoesNotFit:  # the report goes on without them; `netwerk sociogram` says why
        sociograms = []
    for name, sociogram in zip(names, sociograms, strict=False):
        heading = texts.SOCIOGRAM.format(titel=sociogram.vraag.titel)
        found.append(Drawing(f"sociogram-{name}", heading, sociogram.to_svg()))
    return found


def report_html(
    gezin: Gezin, made_on: dt.date, anoniem: bool = False, today: dt.date | None = None
) -> str:
    labels = Labels(gezin, today)
    plan = make_plan(gezin, today)
    status = family_status(gezin, today)
    pictures = drawings(gezin, today)
    title = texts.TITLE.format(gezin=labels.title())
    contents = [("stappen", texts.STEPS), ("toestemming", texts.CONSENT)]
    contents += [*((d.anchor, d.heading) for d in pictures), ("plan", texts.PLAN)]
    privacy = texts.ANONYMISED if anoniem else texts.PRIVACY
    intro = texts.STEPS_INTRO
    footer = texts.FOOTER.format(versie=__version__, datum=_date(made_on))
    nav = "".join(f'<li><a href="#{a}">{for_html(h)}</a></li>' for a, h in contents)
    body = [
        f"<header>\n<h1>{for_html(title)}</h1>",
        _meta(gezin, labels, made_on),
        f'<p class="privacy">{for_html(privacy, 1000)}</p>',
        f"</header>\n<nav><h2>{texts.CONTENTS}</h2><ol>{nav}</ol></nav>",
        f'<section id="stappen">\n<h2>{texts.STEPS}</h2>\n<p>{for_html(intro, 1000)}</p>',
        status_list(status),
        f'<p class="huidig">{for_html(status.summary)}</p>\n</section>',
        _consent_section(gezin, labels, plan, today),
        *(drawing_section(d) for d in pictures),
        _plan_section(plan, f'<p class="voet">{for_html(footer)}</p>'),
    ]
    return page(title, "\n".join(body))


def _date(day: dt.date) -> str:
    return day.strftime("%d-%m-%Y")


def _meta(gezin: Gezin, labels: Labels, made_on: dt.date) -> str:
    lines = [
        texts.MADE_ON.format(datum=_date(made_on), versie=__version__),
        texts.DATE_OF_FILE.format(datum=_date(labels.peildatum)),
    ]
    kern = gezin.persoon(gezin.kern) if gezin.kern else None
    if kern is not None:
        age = labels.age(kern)
        leeftijd = texts.AGE.format(leeftijd=age) if age else ""
        lines.append(texts.YOUNG_PERSON.format(naam=labels.name(kern), leeftijd=leeftijd))
    return (
        '<div class="meta">' + "".join(f"<div>{for_html(line)}</div>" for line in lines) + "</div>"
    )


def _plan_section(plan: Plan, footer: str) -> str:
    """The plan, on a landscape page (its table is wide), with the report's last line."""
    return (
        f'<section id="plan" class="liggend">\n<h2>{texts.PLAN}</h2>\n'
        f"{plan_tables(plan, Groepering.PERSOON)}\n{footer}\n</section>"
    )


def _consent_section(gezin: Gezin, labels: Labels, plan: Plan, today: dt.date | None) -> str:
    age = consent.kern_age(gezin, today)
    kern = gezin.persoon(gezin.kern) if gezin.kern else None
    name = labels.name(kern) if kern is not None else consent.kern_name(gezin)
    head = (
        f'<section id="toestemming">\n<h2>{texts.CONSENT}</h2>\n'
        f"<p>{for_html(texts.CONSENT_INTRO, 1000)}</p>\n"
        f"<p><strong>{for_html(consent.rule_text(age, name), 1000)}</strong></p>\n"
    )
    if not gezin.netwerk:
        return head + f"<p>{texts.NO_NETWORK}</p>\n</section>"
    needed = consent.who_decides(age)
    columns = (
        texts.COL_NAME,
        texts.COL_KRING,
        texts.COL_CONSENT,
        texts.COL_PARTIES,
        texts.COL_TASKS,
        texts.COL_TODO,
    )
    rows = [
        "<tr>"
        + "".join(
            f"<td>{for_html(cell)}</td>" for cell in _consent_row(n, labels, plan, needed, name)
        )
        + "</tr>"
        for n in gezin.netwerk
    ]
    table = (
        "<table>\n<thead><tr>"
        + "".join(f'<th scope="col">{c}</th>' for c in columns)
        + "</tr></thead>\n<tbody>\n"
        + "\n".join(rows)
        + "\n</tbody>\n</table>"
    )
    return head + table + "\n</section>"


def _consent_row(
    n: NetwerkPersoon, labels: Labels, plan: Plan, needed: tuple[Partij, ...], kern: str
) -> list[str]:
    parties = ", ".join(
        texts.PARTY.format(partij=p.value, antwoord=a.value) for p, a in n.toestemming_van
    )
    agreements = sum(1 for r in plan.regels if r.afspraak.wie == n.id)
    steun = ", ".join(s.value for s in n.steun) or "–"
    refused = consent.refused(n, needed)
    missing = consent.missing(n, needed)
    todo = ""
    if refused:
        todo = texts.REFUSED.format(wie=consent.parties_text(refused, kern))
    elif n.toestemming is not Toestemming.JA and missing:
        todo = texts.ASK.format(wie=consent.parties_text(missing, kern))
    return [
        labels.network_name(n),
        n.kring.value,
        n.toestemming.value,
        parties or "–",
        texts.TASKS.format(steun=steun, aantal=agreements),
        todo,
    ]
