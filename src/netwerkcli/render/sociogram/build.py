"""The sociogram of one question: who is in which ring, what each label says, and where it goes.

``build_sociogram`` is pure: model in, a :class:`Sociogram` out, with no I/O. Its ``to_svg()``
and ``to_dot()`` write the same drawing in two forms; ``rows()`` is the data for the text view.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from netwerkcli import consent
from netwerkcli.content import SociogramVraag, sociogram_vragen
from netwerkcli.errors import NetwerkError
from netwerkcli.labels import Labels
from netwerkcli.messages import sociogram as texts
from netwerkcli.model import Gezin, Kring, NetwerkPersoon, Steun, Toestemming, Via
from netwerkcli.render.sociogram import shapes
from netwerkcli.render.sociogram.placement import Plan, Question, plan
from netwerkcli.render.sociogram.shapes import width, wrap
from netwerkcli.render.sociogram.style import SIZES

STANDARD_QUESTIONS = ("belang", "helpen", "weten")
CENTRE_TITLE_WIDTH = 170.0  # a long case name goes on two lines in the centre


@dataclass(frozen=True)
class Figure:
    """One network person as the drawing shows them."""

    id: str
    name: str  # the full name, as the side note and the text view give it
    lines: tuple[str, ...]  # the name as drawn: wrapped, and shortened with … when still too long
    place: str  # the country of someone abroad, else ''
    kring: Kring
    ring: int | None
    relatie: str
    steun: tuple[Steun, ...]
    toestemming: Toestemming
    online: bool

    @property
    def shortened(self) -> bool:
        return " ".join(self.lines) != self.name

    @property
    def professional(self) -> bool:
        return self.kring is Kring.HULPVERLENING

    @property
    def abroad(self) -> bool:
        return bool(self.place)

    @property
    def no_consent(self) -> bool:
        return self.toestemming is Toestemming.NEE

    def classes(self) -> str:
        parts = ["persoon", f"ring-{self.ring}", f"kring-{self.kring.value}"]
        if self.no_consent:
            parts.append("geen-toestemming")
        if self.abroad:
            parts.append("buitenland")
        if self.online:
            parts.append("online")
        return " ".join(parts)


@dataclass(frozen=True)
class Sociogram:
    title: str  # the case name (the SVG's <title>)
    vraag: SociogramVraag
    centre_title: tuple[str, ...]  # the case name, on two lines when long
    centre_names: tuple[str, ...]  # the members of the kern's household who are not placed
    figures: tuple[Figure, ...]  # placed for this question, in the file's order
    missing: tuple[Figure, ...]  # no ring for this question: side note and warning
    plan: Plan
    warnings: list[str] = field(default_factory=list)
    # who decides on consent at the young person's age (netwerkcli.consent): long, and short
    consent_rule: str = ""
    consent_short: str = ""

    def to_svg(self) -> str:
        from netwerkcli.render.sociogram.draw import to_svg

        return to_svg(self)

    def to_dot(self) -> str:
        from netwerkcli.render.sociogram.dot import to_dot

        return to_dot(self)

    def ring_name(self, ring: int) -> str:
        return self.vraag.ringen[ring - 1]

    def is_nee_ring(self, ring: int) -> bool:
        return self.vraag.nee_ring == ring


def question(vraag: str) -> SociogramVraag:
    """The question named ``vraag``; an unknown name is a usage error listing the known ones."""
    questions = sociogram_vragen()
    if vraag not in questions:
        raise NetwerkError(
            texts.UNKNOWN_QUESTION.format(vraag=vraag),
            texts.KNOWN_QUESTIONS.format(vragen=", ".join(questions)),
        )
    return questions[vraag]


def questions_for_all(gezin: Gezin) -> list[str]:
    """For ``--alle``: the three questions of the method, and any other the file uses."""
    known = sociogram_vragen()
    names = [q for q in STANDARD_QUESTIONS if q in known]
    for placed in gezin.netwerk:
        for name, _ in placed.cirkel:
            if name in known and name not in names:
                names.append(name)
    return names


def build_sociogram(gezin: Gezin, vraag: str = "belang", today: dt.date | None = None) -> Sociogram:
    """The sociogram of ``gezin`` for the question ``vraag`` (default: who is important)."""
    chosen = question(vraag)
    labels = Labels(gezin, today)
    everyone = [_figure(labels, placed, vraag) for placed in gezin.netwerk]
    figures = tuple(f for f in everyone if f.ring is not None)
    missing = tuple(f for f in everyone if f.ring is None)
    centre_title, centre_names = _centre(gezin, labels)
    radius = _centre_radius(centre_title, centre_names)
    used = _used_questions(gezin)
    others = [
        _question(gezin, labels, name, sociogram_vragen()[name], i)
        for i, name in enumerate(used)
        if name != vraag
    ]
    order = used.index(vraag) if vraag in used else len(used)
    layout = plan(_question(gezin, labels, vraag, chosen, order), others, radius)
    warnings = []
    if missing:
        warnings.append(
            texts.MISSING_WARNING.format(
                aantal=len(missing), vraag=vraag, namen=", ".join(f.name for f in missing)
            )
        )
    return Sociogram(
        title=labels.title(),
        vraag=chosen,
        centre_title=centre_title,
        centre_names=centre_names,
        figures=figures,
        missing=missing,
        plan=layout,
        warnings=warnings,
        consent_rule=consent.rule_text(consent.kern_age(gezin, today), consent.kern_name(gezin)),
        consent_short=consent.short_rule_text(consent.kern_age(gezin, today)),
    )


def _used_questions(gezin: Gezin) -> list[str]:
    known = sociogram_vragen()
    names: list[str] = []
    for placed in gezin.netwerk:
        for name, _ in placed.cirkel:
            if name in known and name not in names:
                names.append(name)
    return names


def _figure(labels: Labels, placed: NetwerkPersoon, vraag: str) -> Figure:
    name = labels.network_name(placed)
    return Figure(
        id=placed.id,
        name=name,
        lines=wrap(name, SIZES.name_font, SIZES.max_label_width),
        place=labels.network_place(placed),
        kring=placed.kring,
        ring=placed.ring(vraag),
        relatie=placed.relatie or "",
        steun=placed.steun,
        toestemming=placed.toestemming,
        online=placed.via is Via.SOCIALE_MEDIA,
    )


def _question(
    gezin: Gezin, labels: Labels, name: str, vraag: SociogramVraag, order: int
) -> Question:
    entries = []
    for placed in gezin.netwerk:
        figure = _figure(labels, placed, name)
        if figure.ring is not None:
            entries.append(shapes.entry(figure))
    label_sizes = tuple(shapes.ring_label_size(ring) for ring in vraag.ringen)
    return Question(tuple(entries), label_sizes, shapes.sector_label_sizes(), order)


def _centre(gezin: Gezin, labels: Labels) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The case name, and the kern's household (or the kern alone) unless placed in the rings."""
    placed = {p.id for p in gezin.netwerk}
    members: Sequence[str] = ()
    if gezin.kern is not None:
        household = gezin.huishouden_van(gezin.kern)
        members = household.leden if household is not None else (gezin.kern,)
    names = []
    for member in members:
        person = gezin.persoon(member)
        if person is not None and member not in placed:
            names.append(labels.name(person))
    return wrap(labels.title(), SIZES.centre_title_font, CENTRE_TITLE_WIDTH), tuple(names)


def _centre_radius(title: Sequence[str], names: Sequence[str]) -> float:
    widths = [width(t, SIZES.centre_title_font) for t in title]
    widths += [width(n, SIZES.centre_font) for n in names]
    height = (len(title) * SIZES.centre_title_font + len(names) * SIZES.centre_font) * 1.3
    return max(SIZES.centre_min_radius, math.hypot(max(widths) / 2, height / 2) + 8)
