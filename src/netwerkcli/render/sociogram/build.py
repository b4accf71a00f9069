"""The sociogram of a question: who is in which ring, what each label says, and where it goes.

``build_sociogram`` and ``build_sociograms`` are pure: model in, :class:`Sociogram` out, with no
I/O. Its ``to_svg()`` and ``to_dot()`` write the same drawing in two forms; the text view reads
its figures. Every text from the file passes ``wording.shown`` first (safe and bounded).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from netwerkcli import consent
from netwerkcli.content import SociogramVraag, sociogram_vragen
from netwerkcli.errors import NetwerkError
from netwerkcli.labels import Labels
from netwerkcli.messages import sociogram as texts
from netwerkcli.model import Gezin, Kring, NetwerkPersoon, Steun, Toestemming, Via
from netwerkcli.render.sociogram import shapes
from netwerkcli.render.sociogram.cells import Entry
from netwerkcli.render.sociogram.geometry import Box
from netwerkcli.render.sociogram.placement import Plan, Question, plan_all
from netwerkcli.render.sociogram.style import SIZES
from netwerkcli.render.sociogram.wording import MAX_LINES, fit_lines, line_options, shorten, shown

STANDARD_QUESTIONS = ("belang", "helpen", "weten")
WARNING_NAMES = 10  # named in the warning about people without a ring; the side note has all
MOST_PEOPLE = 2000  # in the rings of one question: more would not be readable, nor quick
TITLE_WIDTH = 560.0  # the case name in the drawing's title, at the title's font size


@dataclass(frozen=True)
class Label:
    """The lines under a person's symbol: their name, then their role."""

    name: tuple[str, ...]
    role: tuple[str, ...]

    @property
    def count(self) -> int:
        return len(self.name) + len(self.role)


@dataclass(frozen=True)
class Figure:
    """One network person as the drawing shows them."""

    id: str
    name: str  # the full name, as the side note and the text view give it
    options: tuple[Label, ...]  # name and role on fewer or more lines, fewest first
    label: Label  # the option drawn; shortened with … when the name is very long
    relatie: str  # the role in full, as the side note and the text view give it
    place: str  # the country of someone abroad, else ''
    kring: Kring
    ring: int | None
    steun: tuple[Steun, ...]
    toestemming: Toestemming
    online: bool

    @property
    def lines(self) -> tuple[str, ...]:
        return self.label.name

    @property
    def role(self) -> tuple[str, ...]:
        """The role as drawn under the name; nothing when there is none or the name says it."""
        return self.label.role

    @property
    def shortened(self) -> bool:
        return " ".join(self.lines) != self.name

    @property
    def role_shortened(self) -> bool:
        return bool(self.role) and " ".join(self.role) != self.relatie

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
    title: str  # the case name, shortened when very long (the SVG's <title> too)
    vraag: SociogramVraag
    centre_title: tuple[str, ...]  # the case name, on two lines when long
    centre_names: tuple[str, ...]  # the kern first, then the household members not placed
    kern: bool  # whether the first of ``centre_names`` is the young person (kern)
    figures: tuple[Figure, ...]  # placed for this question, in the file's order
    missing: tuple[Figure, ...]  # no ring for this question: side note and warning
    placed: Plan | None  # where everything goes; None when only the text view was asked for
    warnings: list[str] = field(default_factory=list)
    # who decides on consent at the young person's age (netwerkcli.consent): long, and short
    consent_rule: str = ""
    consent_short: str = ""

    @property
    def plan(self) -> Plan:
        assert self.placed is not None, "built with layout=False: no drawing"
        return self.placed

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
            texts.UNKNOWN_QUESTION.format(vraag=shown(vraag)),
            texts.KNOWN_QUESTIONS.format(vragen=", ".join(questions)),
        )
    return questions[vraag]


def questions_for_all(gezin: Gezin) -> list[str]:
    """For ``--alle``: the three questions of the method, and any other the file uses."""
    known = sociogram_vragen()
    names = [q for q in STANDARD_QUESTIONS if q in known]
    return names + [q for q in _used_questions(gezin) if q not in names]


def build_sociogram(gezin: Gezin, vraag: str = "belang", today: dt.date | None = None) -> Sociogram:
    """The sociogram of ``gezin`` for the question ``vraag`` (default: who is important)."""
    return build_sociograms(gezin, [vraag], today)[0]


def build_sociograms(
    gezin: Gezin, vragen: Sequence[str], today: dt.date | None = None, layout: bool = True
) -> list[Sociogram]:
    """The sociograms of ``gezin`` for each of ``vragen``, placed in one go.

    Every question the file uses takes part in sizing the rings, so a drawing is the same
    whether it is made alone or with the others (``--alle``). Without ``layout`` nobody is
    placed (for the text view, which needs only who is in which ring).
    """
    chosen = [question(vraag) for vraag in vragen]
    labels = Labels(gezin, today)
    people = [_person(labels, placed) for placed in gezin.netwerk]
    centre_title, centre_names, kern = _centre(gezin, labels)
    radius = shapes.centre_radius(centre_title, centre_names, kern)
    names = _used_questions(gezin)
    names += [vraag for vraag in vragen if vraag not in names]
    known = sociogram_vragen()
    rings = {name: [placed.ring(name) for placed in gezin.netwerk] for name in names}
    plans: list[Plan | None] = [None] * len(names)
    if layout:
        _refuse_crowds(rings)
        sizes = [shapes.boxes(person) for person in people]
        questions = [_question(people, sizes, rings[name], known[name]) for name in names]
        plans = list(plan_all(questions, radius))
    age = consent.kern_age(gezin, today)
    result = []
    for vraag, asked in zip(vragen, chosen, strict=True):
        plan = plans[names.index(vraag)]
        figures, missing = _figures(people, rings[vraag], plan)
        result.append(
            Sociogram(
                title=shorten(shown(labels.title()), SIZES.title_font, TITLE_WIDTH),
                vraag=asked,
                centre_title=centre_title,
                centre_names=centre_names,
                kern=kern,
                figures=figures,
                missing=missing,
                placed=plan,
                warnings=_warnings(missing, vraag),
                consent_rule=consent.rule_text(age, shown(consent.kern_name(gezin))),
                consent_short=consent.short_rule_text(age),
            )
        )
    return result


def _figures(
    people: Sequence[Figure], rings: Sequence[int | None], plan: Plan | None
) -> tuple[tuple[Figure, ...], tuple[Figure, ...]]:
    """Who is placed in this question (each with the label option drawn), and who is not."""
    placed, missing = [], []
    for person, ring in zip(people, rings, strict=True):
        if ring is None:
            missing.append(person)
            continue
        label = person.options[plan.spots[person.id].option] if plan else person.label
        placed.append(dataclasses.replace(person, ring=ring, label=label))
    return tuple(placed), tuple(missing)


def _refuse_crowds(rings: dict[str, list[int | None]]) -> None:
    """A network too large to draw is refused before any work, with the way out."""
    for name, placed in rings.items():
        count = sum(ring is not None for ring in placed)
        if count > MOST_PEOPLE:
            raise NetwerkError(
                texts.TOO_MANY.format(aantal=count, vraag=name, grens=MOST_PEOPLE),
                texts.TOO_MANY_HINT,
            )


def _warnings(missing: Sequence[Figure], vraag: str) -> list[str]:
    if not missing:
        return []
    names = [f.name for f in missing[:WARNING_NAMES]]
    if len(missing) > WARNING_NAMES:
        names.append(texts.AND_MORE.format(aantal=len(missing) - WARNING_NAMES))
    return [texts.MISSING_WARNING.format(aantal=len(missing), vraag=vraag, namen=", ".join(names))]


def _used_questions(gezin: Gezin) -> list[str]:
    known = sociogram_vragen()
    names: list[str] = []
    for placed in gezin.netwerk:
        for name, _ in placed.cirkel:
            if name in known and name not in names:
                names.append(name)
    return names


def _person(labels: Labels, placed: NetwerkPersoon) -> Figure:
    """A network person's labels, the same in every question (their ring is set per question)."""
    name = shown(labels.network_name(placed))
    relatie = shown(placed.relatie or "")
    options = _options(name, "" if _says(name, relatie) else relatie)
    place = shown(labels.network_place(placed))
    return Figure(
        id=placed.id,
        name=name,
        options=options,
        label=options[0],
        relatie=relatie,
        place=shorten(place, SIZES.place_font, SIZES.max_label_width),
        kring=placed.kring,
        ring=None,
        steun=placed.steun,
        toestemming=placed.toestemming,
        online=placed.via is Via.SOCIALE_MEDIA,
    )


def _options(name: str, role: str) -> tuple[Label, ...]:
    """Name and role on one line each, or broken over more lines where a ring is narrow."""
    width = SIZES.max_label_width
    text = fit_lines(name, SIZES.name_font, width, lines=MAX_LINES)
    names = line_options(text, SIZES.name_font, width)
    roles: tuple[tuple[str, ...], ...] = ((),)
    if role:
        text = fit_lines(role, SIZES.role_font, width)
        roles = tuple(o for o in line_options(text, SIZES.role_font, width) if len(o) <= 2)
    options = [Label(n, r) for n in names for r in roles]
    return tuple(sorted(options, key=lambda label: label.count))


def _says(name: str, role: str) -> bool:
    """Whether the name already says the role ('Oma Fatima', oma): no need to draw it twice."""
    if not role:
        return True
    pattern = r"(?<!\w)" + re.escape(role.casefold()) + r"(?!\w)"
    return re.search(pattern, name.casefold()) is not None


def _question(
    people: Sequence[Figure],
    sizes: Sequence[tuple[Box, ...]],
    rings: Sequence[int | None],
    vraag: SociogramVraag,
) -> Question:
    entries = tuple(
        Entry(person.id, person.kring, ring, shapes.BLOCK, boxes)
        for person, boxes, ring in zip(people, sizes, rings, strict=True)
        if ring is not None
    )
    label_sizes = tuple(shapes.ring_label_size(ring) for ring in vraag.ringen)
    return Question(entries, label_sizes, shapes.sector_label_sizes())


def _centre(gezin: Gezin, labels: Labels) -> tuple[tuple[str, ...], tuple[str, ...], bool]:
    """The case name; the kern (always), then their household unless placed in the rings."""
    placed = {p.id for p in gezin.netwerk}
    kern = gezin.persoon(gezin.kern) if gezin.kern is not None else None
    household = gezin.huishouden_van(kern.id) if kern is not None else None
    members = [kern] if kern is not None else []
    for member in household.leden if household is not None else ():
        person = gezin.persoon(member)
        if person is not None and member != gezin.kern and member not in placed:
            members.append(person)
    names = [
        shorten(shown(labels.name(person)), SIZES.centre_font, SIZES.centre_text_width)
        for person in members
    ]
    most = SIZES.centre_max_names
    if len(names) > most:
        names = [*names[: most - 1], texts.AND_MORE.format(aantal=len(names) - most + 1)]
    title = fit_lines(shown(labels.title()), SIZES.centre_title_font, SIZES.centre_text_width)
    title_lines = line_options(title, SIZES.centre_title_font, SIZES.centre_text_width)
    return title_lines[0], tuple(names), kern is not None
