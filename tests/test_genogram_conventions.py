"""The conventions of shared/spec/tekeningen.md, checked on the SVG of the family situations."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from netwerkcli.labels import Labels
from netwerkcli.loader import load_file
from netwerkcli.messages import genogram as messages
from netwerkcli.model import Gezin, Persoon
from netwerkcli.render.genogram import build_genogram
from netwerkcli.render.genogram.legend import legend_entries
from paths import EXAMPLES, ROOT
from svgtools import NS, by_id, classes, groups, main_symbol, parse, shape_box, text_box, texts

DATA = ROOT / "tests" / "data" / "genogram"


def svg_of(name: str) -> ET.Element:
    path = DATA / f"{name}.yaml"
    if not path.exists():
        path = EXAMPLES / f"{name}.yaml"
    return parse(build_genogram(load_file(path).gezin).to_svg())


def person(root: ET.Element, id: str) -> ET.Element:
    el = by_id(root, f"persoon-{id}")
    assert el is not None, id
    return el


def text_of(group: ET.Element, cls: str) -> list[str]:
    return ["".join(t.itertext()) for t in group.iter(f"{NS}text") if cls in classes(t)]


def centre(group: ET.Element) -> tuple[float, float]:
    box = shape_box(main_symbol(group))
    assert box is not None
    return box.cx, box.cy


def legend(root: ET.Element) -> list[str]:
    found = by_id(root, "legenda")
    return texts(found) if found is not None else []


def test_symbols_ages_names_years() -> None:
    root = svg_of("de-vries")
    noor, mark, jannie = person(root, "noor"), person(root, "mark"), person(root, "jannie")
    assert {"persoon", "vrouw", "kern"} <= classes(noor)
    assert main_symbol(noor).tag == f"{NS}circle" and main_symbol(mark).tag == f"{NS}rect"
    assert text_of(noor, "leeftijd") == ["14"]  # born 2012-03-14, peildatum 2026-11-22
    assert text_of(noor, "naam") == ["Noor"] and text_of(jannie, "jaren") == ["1958"]
    name_y = text_box(next(t for t in noor.iter(f"{NS}text") if "naam" in classes(t))).cy
    years_y = text_box(next(t for t in noor.iter(f"{NS}text") if "jaren" in classes(t))).cy
    assert years_y < centre(noor)[1] < name_y  # years above, name below
    assert root.find(f"{NS}title") is not None
    assert root.find(f"{NS}title").text == "Familie De Vries"  # type: ignore[union-attr]


def test_kern_has_double_border_and_x_is_a_diamond() -> None:
    root = svg_of("samengesteld")
    fleur = person(root, "fleur")
    assert len([e for e in fleur.iter() if "symbool" in classes(e)]) == 2
    bo = person(root, "bo")
    assert "x" in classes(bo) and main_symbol(bo).tag == f"{NS}polygon"


def test_deceased_cross_and_years() -> None:
    root = svg_of("de-vries")
    piet = person(root, "piet")
    assert "overleden" in classes(piet)
    assert len([e for e in piet.iter() if "kruis" in classes(e)]) == 2
    assert text_of(piet, "jaren") == ["1955–2019"]
    assert text_of(piet, "leeftijd") == ["64"]  # age at death
    khalil = person(svg_of("familie-haddad"), "khalil")  # overleden: ja
    assert "overleden" in classes(khalil) and text_of(khalil, "jaren") == ["1955–?"]
    assert text_of(khalil, "leeftijd") == []


def test_abroad_country_under_the_name() -> None:
    root = svg_of("namen")
    ayse = person(root, "ayse")
    assert "buitenland" in classes(ayse)
    land = next(t for t in ayse.iter(f"{NS}text") if "land" in classes(t))
    naam = next(t for t in ayse.iter(f"{NS}text") if "naam" in classes(t))
    assert "".join(land.itertext()) == "Turkije"
    assert text_box(land).cy > text_box(naam).cy
    assert text_of(person(root, "ahmet"), "naam") == ["أحمد أوزدمير"]


def test_long_names_wrap_without_overlap() -> None:
    root = svg_of("namen")
    elif_ = person(root, "elif")
    assert len(text_of(elif_, "naam")) == 2


def test_every_partner_kind_mark_and_label() -> None:
    root = svg_of("partnersoorten")
    expected = {
        "relatie-roel-vera": ("getrouwd", 0, "h. 2008"),
        "relatie-vera-otto": ("verloofd", 0, "verl. 2024"),
        "relatie-piet-ans": ("geregistreerd", 0, "gp. 1999"),
        "relatie-gijs-jet": ("uit-elkaar", 1, "2005 · s. 2020"),
        "relatie-lex-mo": ("relatie", 0, "rel. 2022"),
        "relatie-pim-roos": ("samenwonend", 0, "sw. 2021"),
    }
    for id, (soort, slashes, label) in expected.items():
        g = by_id(root, id)
        assert g is not None, id
        assert {"relatie", soort} <= classes(g)
        assert len([e for e in g.iter() if "streep" in classes(e)]) == slashes
        assert texts(g) == [label]
    dashes = {
        soort: next(iter(by_id(root, id))).get("stroke-dasharray")  # type: ignore[arg-type]
        for id, (soort, _, _) in expected.items()
    }
    assert dashes["getrouwd"] is None and dashes["samenwonend"] and dashes["relatie"]
    # Roel died during the marriage: no divorce mark
    assert not [e for e in by_id(root, "relatie-roel-vera").iter() if "streep" in classes(e)]  # type: ignore[union-attr]
    divorced = by_id(svg_of("de-vries"), "relatie-sanne-mark")
    assert divorced is not None and "gescheiden" in classes(divorced)
    assert len([e for e in divorced.iter() if "streep" in classes(e)]) == 2


def test_three_partners_current_one_beside_the_others_in_order() -> None:
    root = svg_of("drie-partners")
    x = {k: centre(person(root, k))[0] for k in ("rob", "linda", "petra", "naima")}
    order = sorted(x, key=x.__getitem__)
    # Naima (2017, no end) is the current partner: beside Rob; Linda (2000) and Petra (2007) on
    # the other side, in the order of `van` read away from the current one
    assert abs(order.index("naima") - order.index("rob")) == 1
    assert order in (["linda", "petra", "rob", "naima"], ["naima", "rob", "petra", "linda"])


def test_twins_meet_in_one_point_identical_with_bar() -> None:
    root = svg_of("tweeling-zwangerschap")
    (d,) = groups(root, "afstamming")
    assert d.get("data-kinderen", "").split()[:3] == ["m1", "lisa", "lotte"]
    assert len([e for e in d.iter() if "eeneiig" in classes(e)]) == 1
    starts: dict[str, int] = {}
    for el in d.iter(f"{NS}path"):
        head = (el.get("d") or "").split(" L")[0]
        starts[head] = starts.get(head, 0) + 1
    assert (
        list(starts.values()).count(2) == 2
    )  # two pairs of twin lines, each from one point  # two twin lines from one point


def test_pregnancies_in_birth_order_with_their_symbols() -> None:
    root = svg_of("tweeling-zwangerschap")
    order = ["m1", "lisa", "lotte", "a1", "tom", "tara", "d1", "z1"]
    xs = [centre(person(root, k))[0] for k in order]
    assert xs == sorted(xs)
    for k, kind in [
        ("m1", "miskraam"),
        ("a1", "abortus"),
        ("d1", "doodgeboren"),
        ("z1", "zwanger"),
    ]:
        assert {"zwangerschap", kind} <= classes(person(root, k))
    assert main_symbol(person(root, "z1")).tag == f"{NS}polygon"  # triangle


def test_adoption_brackets_dashed_line_and_birth_mother() -> None:
    root = svg_of("adoptie")
    lucia = person(root, "lucia")
    assert len([e for e in lucia.iter() if "haak" in classes(e)]) == 2
    adoptive = [g for g in groups(root, "afstamming") if "adoptie" in classes(g)]
    assert [g.get("data-ouders") for g in adoptive] == ["anne marloes"]
    assert all(e.get("stroke-dasharray") for e in adoptive[0] if e.tag == f"{NS}path")
    birth = [g for g in groups(root, "afstamming") if "lucia" in g.get("data-kinderen", "")]
    assert {g.get("data-ouders") for g in birth} == {"anne marloes", "maria"}
    assert "buitenland" in classes(person(root, "maria"))
    relation = by_id(root, "relatie-anne-marloes")
    assert relation is not None and "geregistreerd" in classes(relation)


def test_foster_child_drawn_in_both_families_and_joined() -> None:
    root = svg_of("pleegkind")
    birth, foster = person(root, "milan"), person(root, "milan-pleeg")
    assert "pleegkind" in classes(foster)
    (link,) = groups(root, "pleegkoppeling")
    assert (link.get("data-van"), link.get("data-naar")) == ("milan", "milan-pleeg")
    (dotted,) = [g for g in groups(root, "afstamming") if "pleeg" in classes(g)]
    assert dotted.get("data-kinderen") == "milan-pleeg" and dotted.get("data-ouders") == "ron inge"
    assert centre(birth)[1] == centre(foster)[1]
    unknown = person(root, "onbekende-vader")
    assert "onbekend" in classes(unknown) and text_of(unknown, "leeftijd") == ["?"]
    # the foster child stands among the foster family's children by age
    xs = [centre(person(root, k))[0] for k in ("daphne", "koen", "milan-pleeg")]
    assert xs == sorted(xs)


def test_donor_is_linked_to_the_child_not_a_partner() -> None:
    root = svg_of("donor")
    donor = [g for g in groups(root, "afstamming") if "donor" in classes(g)]
    assert [g.get("data-ouders") for g in donor] == ["joost"]
    assert not [g for g in groups(root, "relatie") if "joost" in (g.get("id") or "")]


def test_household_apart_gets_numbered_markers_not_an_outline() -> None:
    # Jayden lives with his grandparents; his mother stands between them in the drawing, so an
    # outline would have to skip her: every member gets house number 1 instead
    root = svg_of("bij-grootouders")
    (h,) = groups(root, "huishouden")
    assert set(h.get("data-leden", "").split()) == {"klaas", "wilma", "jayden"}
    assert "markering" in classes(h) and not list(h.iter(f"{NS}path"))
    numbers = [e for e in h.iter(f"{NS}text") if "huisnummer" in classes(e)]
    assert ["".join(e.itertext()) for e in numbers] == ["1", "1", "1"]
    for member, number in zip(("klaas", "wilma", "jayden"), numbers, strict=True):
        box = shape_box(main_symbol(person(root, member)))
        assert box is not None and abs(float(number.get("x", 0)) - box.cx) < 0.5
    assert "huishouden 1: Bij opa en oma" in legend(root)


def test_household_together_gets_one_outline_round_its_members() -> None:
    root = svg_of("samengesteld")
    (h,) = groups(root, "huishouden")
    assert "markering" not in classes(h) and texts(h) == ["Bij papa en Sandra"]
    outline = next(h.iter(f"{NS}path")).get("d") or ""
    members = set(h.get("data-leden", "").split())
    for g in groups(root, "persoon"):
        box = shape_box(main_symbol(g))
        assert box is not None
        inside = _inside_path(outline, box.cx, box.cy)
        assert inside == (g.get("id", "").removeprefix("persoon-") in members), g.get("id")


def _inside_path(d: str, x: float, y: float) -> bool:
    """Point in the polygon of a path's points (rounded corners ignored: they are small)."""
    import re

    nums = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", d)]
    pts = list(zip(nums[0::2], nums[1::2], strict=False))
    inside = False
    for (x0, y0), (x1, y1) in zip(pts, pts[1:] + pts[:1], strict=True):
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            inside = not inside
    return inside


def test_bonds_every_kind_directed_and_clear_of_symbols() -> None:
    root = svg_of("banden")
    kinds = {next(iter(classes(g) - {"band"})) for g in groups(root, "band")}
    assert kinds == {
        "hecht", "zeer-hecht", "afstandelijk", "conflict", "vijandig", "verbroken", "mishandeling"
    }  # fmt: skip
    (abuse,) = [g for g in groups(root, "band") if "mishandeling" in classes(g)]
    assert (abuse.get("data-van"), abuse.get("data-naar")) == ("erik", "mees")
    arrow = next(e for e in abuse if "pijl" in classes(e))
    tip = shape_box(arrow)
    mees = shape_box(main_symbol(person(root, "mees")))
    assert tip is not None and mees is not None and tip.overlaps(mees, margin=9)
    hecht = next(g for g in groups(root, "band") if "hecht" in classes(g))
    assert len(list(hecht.iter(f"{NS}path"))) == 2
    zeer = next(g for g in groups(root, "band") if "zeer-hecht" in classes(g))
    assert len(list(zeer.iter(f"{NS}path"))) == 3


def test_bond_between_partners_does_not_lie_on_the_partner_line() -> None:
    root = svg_of("banden")
    (bond,) = [g for g in groups(root, "band") if g.get("data-tussen") == "erik mirjam"]
    line = by_id(root, "relatie-erik-mirjam")
    assert line is not None
    y = shape_box(next(iter(line))).cy  # type: ignore[union-attr]
    from svgtools import segments

    on_line = [p for p, _ in segments(bond) if abs(p[1] - y) < 3]
    assert len(on_line) <= 2  # it may cross, never run along


def test_legend_lists_exactly_what_is_used() -> None:
    root = svg_of("kinderloos")
    assert legend(root) == ["Legenda", "man", "vrouw", "getrouwd (h. = huwelijk)"]
    root = svg_of("banden")
    assert "conflict" in legend(
        root
    ) and "pleegkind (ook getekend in het pleeggezin)" not in legend(root)
    assert "eeneiige tweeling" in legend(svg_of("tweeling-zwangerschap"))
    assert by_id(svg_of("leeg"), "legenda") is None


def test_every_legend_key_has_a_dutch_text() -> None:
    for name in [p.stem for p in DATA.glob("*.yaml")]:
        genogram = build_genogram(load_file(DATA / f"{name}.yaml").gezin)
        for entry in legend_entries(genogram):
            assert entry.text and (texts_ok(entry.key) or entry.key.startswith("huishouden-"))


def texts_ok(key: str) -> bool:
    return bool(messages.LEGEND.get(key))


def test_empty_file_and_one_person() -> None:
    root = svg_of("leeg")
    assert groups(root, "persoon") == []
    assert any(messages.EMPTY_DRAWING in "".join(t.itertext()) for t in root.iter(f"{NS}text"))
    root = svg_of("een-persoon")
    (only,) = groups(root, "persoon")
    assert {"kern", "vrouw"} <= classes(only)


def test_unknown_parents_of_siblings_drawn_dashed() -> None:
    root = svg_of("onbekende-ouders")
    for k in ("vader", "moeder"):
        p = person(root, k)
        assert "onbekend" in classes(p)
        assert main_symbol(p).get("stroke-dasharray")
    xs = [centre(person(root, k))[0] for k in ("hawa", "amir")]
    assert xs == sorted(xs)


def test_labels_come_from_the_labels_module() -> None:
    """Pseudonymised output is a change in Labels only: every name in the drawing comes from it."""

    class RoleLabels(Labels):
        def name(self, person: Persoon) -> str:
            return f"rol-{person.id}"

        def household(self, household: object) -> str:
            return "huishouden"

        def title(self) -> str:
            return "Casus"

    gezin: Gezin = load_file(EXAMPLES / "familie-jansen.yaml").gezin
    svg = build_genogram(gezin, labels=RoleLabels(gezin)).to_svg()
    for p in gezin.personen:
        if p.naam:
            assert f">{p.naam}<" not in svg
    assert "Familie Jansen" not in svg and "Bij mama" not in svg
    assert "rol-lotte" in svg


def test_warning_when_partners_belong_to_different_generations(tmp_path: Path) -> None:
    path = tmp_path / "gezin.yaml"
    path.write_text(
        "versie: 1\ngezin: X\npersonen:\n"
        "  - {id: a, naam: A, geslacht: m, geboren: 1950}\n"
        "  - {id: b, naam: B, geslacht: v, geboren: 1975, ouders: [a]}\n"
        "  - {id: c, naam: C, geslacht: v, geboren: 1952}\n"
        "relaties:\n  - {partners: [a, b], soort: relatie}\n"
        "  - {partners: [c, b], soort: relatie}\n",
        encoding="utf-8",
    )
    genogram = build_genogram(load_file(path).gezin)
    assert genogram.warnings
    assert genogram.to_svg().startswith("<?xml")
