"""Everyday blended families for property tests, each with a drawing order proving it can be drawn
without a crossing.

A family is built around the young person's parents, outward on the mother's side (left) and the
father's side (right), generation by generation, so the builder knows a left-to-right order of
every row in which no line crosses another: its certificate. The test checks the certificate
against netwerk's own cost model and then asks netwerk to find *some* crossing-free drawing (not
necessarily this one). What varies: parents together or apart; on each side a later partner
(with or without children of their own, with or without an earlier partner and children),
sometimes a third partner without children; grandparents as a couple, one of them, remarried, or
none; brothers and sisters of each parent with or without partners, whose parents are drawn or
not, and cousins; twins, an adopted child, a foster child whose birth mother is drawn; an older
young person with a partner and a baby; bonds, and a household. Names with accents and in
Arabic; the file's order is shuffled so the drawing cannot follow it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from netwerkcli.loader import load_text
from netwerkcli.render.genogram.family import family_facts
from netwerkcli.render.genogram.generations import assign_rows
from netwerkcli.render.genogram.order_state import OrderState
from netwerkcli.render.genogram.structure import build_structure

NAMES_M = [
    "Jan",
    "Piet",
    "Mehmet",
    "Youssef",
    "Daan",
    "Sem",
    "Noah",
    "Bram",
    "Luuk",
    "José",
    "أحمد",
    "Ömer",
    "Kees",
    "Thijs",
    "Mo",
    "Finn",
    "Dirk-Jan",
    "Gijs",
    "Ruben",
    "Zakaria",
]
NAMES_V = [
    "Anna",
    "Fatima",
    "Sanne",
    "Eva",
    "Noor",
    "Yara",
    "Zoë",
    "Inge",
    "Aïcha",
    "Lotte",
    "فاطمة",
    "Marieke",
    "Émilie",
    "Sara",
    "Lina",
    "Ilse",
    "Hatice",
    "Femke",
    "Ayşe",
    "Nour",
]
KINDS_ENDED = ["gescheiden", "uit-elkaar"]
KINDS_ONGOING = ["getrouwd", "samenwonend", "relatie", "geregistreerd"]


@dataclass
class Family:
    rnd: random.Random
    people: dict[str, dict[str, object]] = field(default_factory=dict)
    relations: list[tuple[str, str, str, int | None, int | None]] = field(default_factory=list)
    bonds: list[tuple[str, str, str]] = field(default_factory=list)
    homes: list[tuple[str, list[str]]] = field(default_factory=list)
    count: int = 0

    def person(self, sex: str, born: int, **extra: object) -> str:
        self.count += 1
        pid = f"p{self.count}"
        pool = NAMES_M if sex == "m" else NAMES_V if sex == "v" else NAMES_M + NAMES_V
        self.people[pid] = {
            "naam": f"{self.rnd.choice(pool)} {self.count}",
            "geslacht": sex,
            "geboren": born,
            **extra,
        }
        return pid

    def couple(self, a: str, b: str, start: int, ongoing: bool) -> None:
        kind = self.rnd.choice(KINDS_ONGOING if ongoing else KINDS_ENDED)
        end = None if ongoing else start + self.rnd.randint(2, 9)
        self.relations.append((a, b, kind, start, end))

    def children(self, parents: list[str], born: int, n: int, **extra: object) -> list[str]:
        kids = []
        year = born
        for _ in range(n):
            year += self.rnd.randint(1, 4)
            kids.append(self.person(self.rnd.choice("mv"), year, ouders=parents, **extra))
        return kids


@dataclass
class Side:
    """One parent's side, each row listed from the middle of the drawing outward."""

    row0: list[str] = field(default_factory=list)
    row1: list[str] = field(default_factory=list)
    row2: list[str] = field(default_factory=list)


def _side(fam: Family, parent: str, born: int, outward: int) -> Side:
    """Everything on one parent's side; ``outward`` is -1 on the left, +1 on the right (siblings
    further out are older on the left and younger on the right, so birth order can hold)."""
    rnd = fam.rnd
    side = Side(row1=[parent])
    sex = str(fam.people[parent]["geslacht"])
    other = "m" if sex == "v" else "v"
    later: str | None = None
    if rnd.random() < 0.6:  # a later partner, maybe with children, maybe with an earlier partner
        third = rnd.random() < 0.2
        if third:  # a third partner without children stands between them
            t = fam.person(other, born + rnd.randint(-3, 6))
            fam.couple(parent, t, born + 33, False)
            side.row1.append(t)
        later = fam.person(other, born + rnd.randint(-4, 5))
        fam.couple(parent, later, born + 30, not third)
        side.row1.append(later)
        side.row2 += fam.children([parent, later], born + 31, rnd.choice([0, 1, 1, 2]))
        if rnd.random() < 0.35:
            ex = fam.person(sex, born + rnd.randint(-5, 3))
            fam.couple(later, ex, born + 18, False)
            side.row1.append(ex)
            side.row2 += fam.children([later, ex], born + 19, rnd.randint(1, 2))
    grandparents = rnd.random()
    siblings = rnd.randint(0, 2) if grandparents < 0.8 else 0
    if grandparents < 0.55:
        gf = fam.person("m", born - 28 - rnd.randint(0, 6))
        gm = fam.person("v", born - 26 - rnd.randint(0, 5), **_maybe_gone(rnd))
        fam.couple(gf, gm, born - 3, rnd.random() < 0.6)
        pair = [gm, gf] if rnd.random() < 0.5 else [gf, gm]
        side.row0 += pair
        if rnd.random() < 0.25:  # one of them has a new partner, without children
            new = fam.person("v" if pair[-1] == gf else "m", born - 25)
            fam.couple(pair[-1], new, born + 10, True)
            side.row0.append(new)
        gp = [gf, gm]
    elif grandparents < 0.8:  # one grandparent drawn
        gp = [fam.person(rnd.choice("mv"), born - 27, **_maybe_gone(rnd))]
        side.row0 += gp
    else:
        gp = []
    if gp:
        fam.people[parent]["ouders"] = gp
        for n in range(siblings):
            sib = fam.person(rnd.choice("mv"), born + outward * (2 + 3 * n))
            fam.people[sib]["ouders"] = gp
            side.row1.append(sib)
            if rnd.random() < 0.6:
                spouse = fam.person(rnd.choice("mv"), born + outward * (2 + 3 * n) + 1)
                fam.couple(sib, spouse, born + 26, rnd.random() < 0.7)
                side.row1.append(spouse)
                outermost = n == siblings - 1
                if outermost and rnd.random() < 0.5:  # an in-law whose parents are drawn
                    inlaws = [fam.person("m", born - 30), fam.person("v", born - 28)]
                    fam.couple(*inlaws, born - 2, True)
                    fam.people[spouse]["ouders"] = inlaws
                    side.row0 += inlaws
                    if rnd.random() < 0.5:
                        brother = fam.person("m", born + outward * 4 + 2, ouders=inlaws)
                        side.row1.append(brother)
                side.row2 += fam.children([sib, spouse], born + 27, rnd.randint(0, 2))
            else:
                side.row2 += fam.children([sib], born + 25, rnd.randint(0, 1))
    if later and not siblings and rnd.random() < 0.5:  # the later partner's parents
        lp = fam.person("v", born - 29)
        fam.people[later]["ouders"] = [lp]
        side.row0.append(lp)  # outside the grandparents, above the later partner
    return side


def _maybe_gone(rnd: random.Random) -> dict[str, object]:
    r = rnd.random()
    if r < 0.15:
        return {"overleden": rnd.randint(2000, 2024)}
    if r < 0.2:
        return {"overleden": "ja"}
    if r < 0.3:
        return {"buitenland": rnd.choice(["Marokko", "Turkije", "Syrië", "Suriname", "Polen"])}
    return {}


def blended_family(seed: int) -> tuple[str, list[list[str]]]:
    """A family file (YAML text) and its certificate: a crossing-free order of every row."""
    rnd = random.Random(seed)
    fam = Family(rnd)
    born_m, born_f = 1978 + rnd.randint(0, 10), 1976 + rnd.randint(0, 10)
    mother = fam.person("v", born_m)
    father = fam.person("m", born_f)
    together = rnd.random() < 0.3
    fam.couple(mother, father, born_m + 22, together)
    n = rnd.randint(1, 3)
    kids = fam.children([mother, father], born_m + 23, n)
    kern = rnd.choice(kids)
    if rnd.random() < 0.2:  # twins
        twin = fam.person(
            rnd.choice("mv"),
            int(fam.people[kids[-1]]["geboren"]),  # type: ignore[arg-type]
            ouders=[mother, father],
            tweeling="a",
            eeneiig=rnd.random() < 0.5,
        )
        fam.people[kids[-1]]["tweeling"] = "a"
        kids.append(twin)
    extras: list[str] = []
    if rnd.random() < 0.2:  # adopted, by both parents
        extras.append(fam.person(rnd.choice("mv"), born_m + 27, adoptieouders=[mother, father]))
    left = _side(fam, mother, born_m, -1)
    right = _side(fam, father, born_f, +1)
    middle = sorted(kids + extras, key=lambda k: int(fam.people[k]["geboren"]))  # type: ignore[arg-type]
    rows = [
        [*reversed(left.row0), *right.row0],
        [*reversed(left.row1), *right.row1],
        [*reversed(left.row2), *middle, *right.row2],
    ]
    if rnd.random() < 0.2:  # a foster child of the parents; the birth mother drawn far right
        birth = fam.person("v", born_m + 2)
        child = fam.person(
            rnd.choice("mv"), born_m + 26, ouders=[birth], pleegouders=[mother, father]
        )
        rows[1].append(birth)
        rows[2].append(child)
        copy = child + "-pleeg"
        rows[2][rows[2].index(middle[0]) : rows[2].index(middle[-1]) + 1] = sorted(
            [*middle, copy],
            key=lambda k: int(fam.people[k.removesuffix("-pleeg")]["geboren"]),  # type: ignore[arg-type]
        )
    if rnd.random() < 0.25:  # an older young person with a partner and a baby
        for k in kids:  # (a twin with the other twin)
            if k == kern or (fam.people[kern].get("tweeling") and fam.people[k].get("tweeling")):
                fam.people[k]["geboren"] = 2004
        partner = fam.person(rnd.choice("mv"), 2003)
        fam.couple(kern, partner, 2023, True)
        baby = fam.person(rnd.choice("mv"), 2025, ouders=[kern, partner])
        middle_sorted = sorted(kids + extras, key=lambda k: int(fam.people[k]["geboren"]))  # type: ignore[arg-type]
        row = rows[2]
        start = min(row.index(k) for k in middle_sorted)
        end = max(row.index(k) for k in middle_sorted)
        block = sorted(
            row[start : end + 1], key=lambda k: int(fam.people[k.removesuffix("-pleeg")]["geboren"])
        )  # type: ignore[arg-type]
        at = block.index(kern)
        block[at + 1 : at + 1] = [partner]
        row[start : end + 1] = block
        rows.append([baby])
    _bonds_and_home(fam, mother, father, kern, left, right)
    return _yaml(fam, kern), rows


def _bonds_and_home(
    fam: Family, mother: str, father: str, kern: str, left: Side, right: Side
) -> None:
    rnd = fam.rnd
    kinds = ["hecht", "conflict", "afstandelijk", "zeer-hecht", "verbroken"]
    candidates = [(kern, mother), (kern, father), (mother, father)]
    candidates += [(kern, g) for g in left.row0[:2] + right.row0[:2]]
    for a, b in rnd.sample(candidates, rnd.randint(0, 2)):
        fam.bonds.append((a, b, rnd.choice(kinds)))
    if rnd.random() < 0.6:
        home = [mother, kern]
        if len(left.row1) > 1 and rnd.random() < 0.5:
            home.append(left.row1[1])
        fam.homes.append(("Bij mama", home))


def _yaml(fam: Family, kern: str) -> str:
    rnd = fam.rnd
    order = list(fam.people)
    rnd.shuffle(order)
    lines = [
        "versie: 1",
        "gezin: Gegenereerd gezin",
        f"kern: {kern}",
        "peildatum: 2026-11-30",
        "personen:",
    ]
    for pid in order:
        p = fam.people[pid]
        items = [f"id: {pid}"] + [f"{k}: {_value(v)}" for k, v in p.items()]
        lines.append("  - {" + ", ".join(items) + "}")
    relations = list(fam.relations)
    rnd.shuffle(relations)
    lines.append("relaties:")
    for a, b, kind, start, end in relations:
        parts = [f"partners: [{a}, {b}]", f"soort: {kind}"]
        if start:
            parts.append(f"van: {start}")
        if end:
            parts.append(f"tot: {end}")
        lines.append("  - {" + ", ".join(parts) + "}")
    if fam.bonds:
        lines.append("banden:")
        lines += [f"  - {{tussen: [{a}, {b}], soort: {kind}}}" for a, b, kind in fam.bonds]
    if fam.homes:
        lines.append("huishoudens:")
        lines += [f"  - {{naam: {n}, leden: [{', '.join(m)}]}}" for n, m in fam.homes]
    return "\n".join(lines) + "\n"


def _value(v: object) -> str:
    if isinstance(v, list):
        return "[" + ", ".join(str(x) for x in v) + "]"
    if isinstance(v, bool):
        return "ja" if v else "nee"
    if (isinstance(v, str) and not v.isascii()) or (isinstance(v, str) and " " in v):
        return f'"{v}"'
    return str(v)


def many_partners(seed: int) -> tuple[str, list[list[str]] | None]:
    """A person with three or four partners, children with each of them; each partner's parents
    drawn or not, the person's own too. Returns the family file and, when one exists, a drawing
    order without crossings: the partners beside the person have no parents drawn, so the lines
    of the partners further out can go above the row (see docs/genogram.md, Meer partners).
    Without one (too few partners without parents), one crossing cannot be avoided."""
    rnd = random.Random(seed)
    fam = Family(rnd)
    sex = rnd.choice("mv")
    other = "v" if sex == "m" else "m"
    born = 1970 + rnd.randint(0, 8)
    person = fam.person(sex, born)
    count = rnd.choice([3, 3, 4])
    partners = []
    for n in range(count):  # the first one died after the relation ended, or one lives abroad
        extra: dict[str, object] = {}
        if n == 0 and rnd.random() < 0.2:
            extra = {"overleden": 2024}
        elif rnd.random() < 0.15:
            extra = {"buitenland": rnd.choice(["Marokko", "Turkije", "Suriname"])}
        partners.append(fam.person(other, born + rnd.randint(-4, 8), **extra))
    above: dict[str, list[str]] = {}
    for q in [person, *partners]:
        r = rnd.random()
        if r < 0.35:
            gp = [fam.person("m", born - 30), fam.person("v", born - 28)]
            fam.couple(*gp, born - 5, rnd.random() < 0.6)
        elif r < 0.55:
            gp = [fam.person(rnd.choice("mv"), born - 29)]
        else:
            continue
        fam.people[q]["ouders"] = gp
        above[q] = gp
    kids: dict[str, list[str]] = {}
    year = born + 22
    for n, q in enumerate(partners):
        last = n == count - 1
        fam.couple(person, q, year, last)
        kids[q] = fam.children([person, q], year, rnd.randint(1, 2))
        year += 10  # one ends (at most 9 years) before the next begins
    if rnd.random() < 0.3:  # twins with one of the partners
        q = rnd.choice(partners)
        first = kids[q][-1]
        fam.people[first]["tweeling"] = "a"
        born_at = fam.people[first]["geboren"]
        kids[q].append(fam.person(rnd.choice("mv"), born_at, ouders=[person, q], tweeling="a"))  # type: ignore[arg-type]
    kern = rnd.choice(kids[partners[0]])
    free = [q for q in partners if q not in above]
    certificate: list[list[str]] | None = None
    inner_needed = 1 if count == 3 else 2
    if len(free) >= inner_needed:
        inner = free[:inner_needed]
        outer = [q for q in partners if q not in inner]
        if count == 3:
            row1 = [outer[0], inner[0], person, outer[1]]
        else:
            row1 = [outer[0], inner[0], person, inner[1], outer[1]]
        row0 = [g for q in row1 for g in above.get(q, [])]
        row2 = [c for q in row1 if q != person for c in kids[q]]
        certificate = [row0, row1, row2]
    if rnd.random() < 0.4:
        fam.bonds.append((kern, person, rnd.choice(["hecht", "conflict", "afstandelijk"])))
    return _yaml(fam, kern), certificate


def assert_certified(text: str, certificate: list[list[str]]) -> None:
    """The certificate has netwerk's generations, and netwerk's cost model agrees that it draws
    without crossings (so a crossing in netwerk's drawing is netwerk's failure to find one)."""
    gezin = load_text(text).gezin
    s = build_structure(gezin)
    assign_rows(s)
    rows = [r for r in certificate if r]
    nrows = 1 + max(n.row for n in s.nodes.values())
    assert [set(r) for r in rows] == [
        {k for k, n in s.nodes.items() if n.row == r} for r in range(nrows)
    ], "the certificate has netwerk's generations"
    state = OrderState(family_facts(s, gezin), [[tuple(r)] for r in rows])
    assert state.crossings() == 0, "the certificate draws without crossings"
