"""Symbols and labels that say what is true (issue 8, item 4)."""

from __future__ import annotations

from netwerkcli.loader import load_file, load_text
from netwerkcli.render.genogram import build_genogram
from paths import EXAMPLES, ROOT
from svgtools import NS, by_id, classes, groups, parse

DATA = ROOT / "tests" / "data" / "genogram"


def svg(text: str):  # type: ignore[no-untyped-def]
    return parse(build_genogram(load_text(text).gezin).to_svg())


def legend_item(root, key: str):  # type: ignore[no-untyped-def]
    found = [g for g in groups(root, "legenda-item") if f"legenda-{key}" in classes(g)]
    assert found, key
    return found[0]


def shape_tags(group) -> list[str]:  # type: ignore[no-untyped-def]
    return [
        e.tag.removeprefix(NS)
        for e in group.iter()
        if e.tag.removeprefix(NS) in ("rect", "circle", "polygon")
    ]


def test_foster_copy_has_no_adoption_brackets() -> None:
    root = parse(build_genogram(load_file(DATA / "pleegkind.yaml").gezin).to_svg())
    copy = by_id(root, "persoon-milan-pleeg")
    assert copy is not None and "pleegkind" in classes(copy)
    assert not [e for e in copy.iter() if "haak" in classes(e)]
    root = parse(build_genogram(load_file(DATA / "adoptie.yaml").gezin).to_svg())
    adopted = [g for g in groups(root, "persoon") if "geadopteerd" in classes(g)]
    assert adopted and all([e for e in g.iter() if "haak" in classes(e)] for g in adopted)


def test_unknown_person_in_the_legend_as_drawn() -> None:
    root = svg(
        "versie: 1\ngezin: T\nkern: kind\npersonen:\n"
        "  - {id: kind, naam: Kind, geslacht: v, geboren: 2015, ouders: [vader]}\n"
        "  - {id: vader, onbekend: ja, geslacht: m}\n"
    )
    father = by_id(root, "persoon-vader")
    assert father is not None and shape_tags(father)[0] == "rect"
    assert shape_tags(legend_item(root, "onbekend")) == ["rect"]  # a square, as drawn
    assert shape_tags(legend_item(root, "kern")) == ["circle", "circle"]  # a girl, as drawn


def test_deceased_without_a_year_does_not_read_as_alive() -> None:
    root = svg(
        "versie: 1\ngezin: T\npersonen:\n  - {id: opa, naam: Opa, geboren: 1950, overleden: ja}\n"
    )
    opa = by_id(root, "persoon-opa")
    assert opa is not None
    years = [t for t in opa.iter(f"{NS}text") if "jaren" in classes(t)]
    assert ["".join(t.itertext()) for t in years] == ["1950–?"]


def test_separated_couple_that_never_married_is_not_drawn_as_a_marriage() -> None:
    root = parse(build_genogram(load_file(DATA / "partnersoorten.yaml").gezin).to_svg())
    separated = [g for g in groups(root, "relatie") if "uit-elkaar" in classes(g)]
    married = [g for g in groups(root, "relatie") if "getrouwd" in classes(g)]
    assert separated and married
    line = next(e for e in separated[0].iter(f"{NS}path"))
    assert line.get("stroke-dasharray")  # dashed, as a relationship that was not a marriage
    assert next(e for e in married[0].iter(f"{NS}path")).get("stroke-dasharray") is None
    assert len([e for e in separated[0].iter() if "streep" in classes(e)]) == 1


def test_implausible_age_is_warned_about() -> None:
    loaded = load_text(
        "versie: 1\ngezin: T\npeildatum: 2026-11-30\npersonen:\n"
        "  - {id: opa, naam: Opa, geboren: 1900}\n"
        "  - {id: oma, naam: Oma, geboren: 1901, overleden: ja}\n"
        "  - {id: tante, naam: Tante, geboren: 1920, overleden: 2010}\n"
    )
    warned = [w.tekst for w in loaded.warnings]
    assert len(warned) == 1 and "'opa' zou nu 126 jaar zijn" in warned[0]


def test_legend_lists_the_symbols_of_every_example_as_drawn() -> None:
    for path in sorted(EXAMPLES.glob("*.yaml")):
        gezin = load_file(path).gezin
        root = parse(build_genogram(gezin).to_svg())
        kern = gezin.persoon(gezin.kern or "")
        if kern is None:
            continue
        drawn = shape_tags(by_id(root, f"persoon-{kern.id}"))
        assert shape_tags(legend_item(root, "kern")) == drawn, path.stem
