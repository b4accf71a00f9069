"""What the drawing says besides the rings: roles with the names, the young person in the centre,
and a legend whose ring entries look like the rings."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import svgtools
from netwerkcli.model import Gezin, Huishouden, Kring, NetwerkPersoon, Persoon
from netwerkcli.render.sociogram import build_sociogram
from sociogramtools import build, lines_of, name_of, read


def _person(root: ET.Element, id: str) -> ET.Element:
    group = svgtools.by_id(root, f"persoon-{id}")
    assert group is not None, id
    return group


def _family(*network: NetwerkPersoon, kern: str | None = "kind") -> Gezin:
    return Gezin(
        gezin="Familie Test",
        kern=kern,
        personen=(Persoon(id="kind", naam="Noa"), Persoon(id="mama", naam="Ilse")),
        huishoudens=(Huishouden(naam="Thuis", leden=("mama", "kind")),),
        netwerk=network,
    )


def _placed(id: str, naam: str, relatie: str | None = None) -> NetwerkPersoon:
    return NetwerkPersoon(
        id=id, naam=naam, relatie=relatie, kring=Kring.FAMILIE, cirkel=(("belang", 1),)
    )


def test_the_role_is_drawn_under_the_name_in_italics() -> None:
    d = read(build("vluchtelingen").to_svg())
    els = _person(d.root, "buurvrouw-els")
    assert name_of(els) == "Els" and lines_of(els, "relatie") == ["buurvrouw"]
    role = next(t for t in els.iter(f"{svgtools.NS}text") if t.get("class") == "relatie")
    assert role.get("font-style") == "italic"
    name = next(t for t in els.iter(f"{svgtools.NS}text") if t.get("class") == "naam")
    assert float(role.get("y") or 0) > float(name.get("y") or 0)  # under the name
    assert float(role.get("font-size") or 0) >= 10
    legend = " ".join(svgtools.texts(svgtools.by_id(d.root, "legenda")))  # type: ignore[arg-type]
    assert "relatie" in legend


def test_a_role_the_name_already_says_is_not_repeated() -> None:
    family = _family(
        _placed("oma", "Oma Fatima", "oma"),
        _placed("tante", "Tante Noor", "tante (vaderskant)"),
        _placed("buur", "Fatima", "Buurvrouw"),
    )
    d = read(build_sociogram(family).to_svg())
    assert lines_of(_person(d.root, "oma"), "relatie") == []
    assert " ".join(lines_of(_person(d.root, "tante"), "relatie")) == "tante (vaderskant)"
    assert lines_of(_person(d.root, "buur"), "relatie") == ["Buurvrouw"]


def test_no_role_no_role_line_and_no_legend_entry() -> None:
    d = read(build_sociogram(_family(_placed("jan", "Jan"))).to_svg())
    assert lines_of(_person(d.root, "jan"), "relatie") == []
    legend = " ".join(svgtools.texts(svgtools.by_id(d.root, "legenda")))  # type: ignore[arg-type]
    assert "relatie" not in legend


def test_a_long_role_goes_over_two_lines_or_is_shortened_and_given_in_full() -> None:
    role = "vriendin van moeder uit de tijd van de opleiding in Groningen en later buurvrouw"
    sociogram = build_sociogram(_family(_placed("lot", "Lot", role)))
    d = read(sociogram.to_svg())
    drawn = lines_of(_person(d.root, "lot"), "relatie")
    assert 1 <= len(drawn) <= 2 and drawn[-1].endswith("…")
    note = " ".join(svgtools.texts(svgtools.by_id(d.root, "kantlijn")))  # type: ignore[arg-type]
    assert role in note


def _kern(root: ET.Element) -> ET.Element:
    centre = svgtools.by_id(root, "gezin")
    assert centre is not None
    (kern,) = [g for g in centre.iter(f"{svgtools.NS}g") if "kern" in svgtools.classes(g)]
    return kern


def test_the_young_person_is_named_and_framed_twice_in_the_centre() -> None:
    d = read(build("geen-toestemming").to_svg())
    kern = _kern(d.root)
    assert svgtools.texts(kern) == ["Sara"]
    frames = kern.findall(f"{svgtools.NS}rect")
    assert len(frames) == 2  # a double outline, as the genogram marks the kern
    outer, inner = (svgtools.shape_box(r) for r in frames)
    assert outer is not None and inner is not None
    assert outer.x0 < inner.x0 and inner.x1 < outer.x1 and outer.y0 < inner.y0
    text = svgtools.text_box(kern.find(f"{svgtools.NS}text"))  # type: ignore[arg-type]
    assert inner.x0 < text.x0 and text.x1 < inner.x1
    assert kern.find(f"{svgtools.NS}text").get("font-weight") == "bold"  # type: ignore[union-attr]
    disc = svgtools.shape_box(svgtools.by_id(d.root, "gezin").find(f"{svgtools.NS}circle"))  # type: ignore[union-attr,arg-type]
    assert disc is not None and disc.x0 < outer.x0 and outer.x1 < disc.x1
    assert disc.y0 < outer.y0 and outer.y1 < disc.y1
    legend = " ".join(svgtools.texts(svgtools.by_id(d.root, "legenda")))  # type: ignore[arg-type]
    assert "de jongere om wie het gaat" in legend


def test_the_young_person_is_in_the_centre_even_without_a_household() -> None:
    family = Gezin(gezin="Los", kern="kind", personen=(Persoon(id="kind", naam="Daan"),))
    d = read(build_sociogram(family).to_svg())
    assert svgtools.texts(_kern(d.root)) == ["Daan"]


def test_without_a_kern_nobody_is_framed_and_the_legend_says_nothing_of_it() -> None:
    d = read(build_sociogram(_family(_placed("jan", "Jan"), kern=None)).to_svg())
    centre = svgtools.by_id(d.root, "gezin")
    assert centre is not None
    assert not [g for g in centre.iter(f"{svgtools.NS}g") if "kern" in svgtools.classes(g)]
    legend = " ".join(svgtools.texts(svgtools.by_id(d.root, "legenda")))  # type: ignore[arg-type]
    assert "de jongere om wie het gaat" not in legend


def _fills(d_root: ET.Element) -> list[str]:
    """The rings' background colours, inner ring first."""
    background = svgtools.groups(d_root, "achtergrond")[0]
    circles = sorted(background.iter(f"{svgtools.NS}circle"), key=lambda c: float(c.get("r") or 0))
    return [c.get("fill") or "" for c in circles]


def _icon(root: ET.Element, number: int) -> ET.Element:
    legend = svgtools.by_id(root, "legenda")
    assert legend is not None
    (icon,) = [
        g for g in legend.iter(f"{svgtools.NS}g") if f"cirkel-{number}" in svgtools.classes(g)
    ]
    return icon


def test_the_rings_differ_and_so_do_their_legend_entries() -> None:
    for vraag in ("belang", "helpen"):
        d = read(build("zeker-niet", vraag).to_svg())
        fills = _fills(d.root)
        assert len(set(fills)) == 3  # each ring its own tint, visibly lighter outwards
        outlines = []
        for number in (1, 2, 3):
            icon = _icon(d.root, number)
            paths = icon.findall(f"{svgtools.NS}path")
            # the icon shows all three rings in their tints, as the drawing does
            assert [p.get("fill") for p in paths[:3]] == fills
            outline = paths[-1]
            assert outline.get("fill") == "none"
            ring = svgtools.by_id(d.root, f"cirkel-{number}")
            assert ring is not None
            line = ring.find(f"{svgtools.NS}circle")
            assert line is not None and outline.get("stroke") == line.get("stroke")
            assert bool(outline.get("stroke-dasharray")) == bool(line.get("stroke-dasharray"))
            outlines.append(outline.get("d"))
        assert len(set(outlines)) == 3  # each entry outlines its own ring
    helpen = read(build("zeker-niet", "helpen").to_svg())
    assert _icon(helpen.root, 3).findall(f"{svgtools.NS}path")[-1].get("stroke-dasharray")
