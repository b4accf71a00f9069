"""Placement across questions and in the DOT output; the fixtures' special cases."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

import svgtools
from netwerkcli.content import sociogram_vragen
from netwerkcli.errors import NetwerkError
from netwerkcli.model import Gezin, Kring, NetwerkPersoon
from netwerkcli.render.sociogram import build_sociogram
from sociogramtools import (
    DATA,
    FIXTURES,
    QUESTIONS,
    build,
    dot_positions,
    dot_widths,
    gezin,
    lines_of,
    name_of,
    note_of,
    read,
    symbol_centre,
)


@pytest.mark.parametrize("name", FIXTURES)
@pytest.mark.parametrize("vraag", QUESTIONS)
def test_dot_pins_everyone_inside_their_ring(name: str, vraag: str) -> None:
    """No engine may move people: the pinned DOT positions lie in the ring bands too."""
    sociogram = build(name, vraag)
    dot = sociogram.to_dot()
    pos, widths = dot_positions(dot), dot_widths(dot)
    cx, cy = pos["gezin"]
    radii = [widths["gezin"] * 36] + [widths[f"cirkel-{n}"] * 36 for n in (1, 2, 3)]
    assert radii == sorted(radii)
    for figure in sociogram.figures:
        x, y = pos[f"persoon-{figure.id}"]
        assert figure.ring is not None
        inner, outer = radii[figure.ring - 1], radii[figure.ring]
        assert inner < math.hypot(x - cx, y - cy) < outer, figure.id
    assert "overlap" not in dot  # nothing asks an engine to move nodes


@pytest.mark.parametrize("name", FIXTURES)
def test_same_sectors_and_radii_on_every_question(name: str) -> None:
    """A family can compare the three drawings: each kring keeps its angle, rings their size."""
    drawings = [read(build(name, vraag).to_svg()) for vraag in QUESTIONS]
    sectors = [build(name, vraag).plan.sectors for vraag in QUESTIONS]
    assert sectors[0] == sectors[1] == sectors[2]
    assert drawings[0].radii == drawings[1].radii == drawings[2].radii
    for sociogram_sectors, d in zip(sectors, drawings, strict=True):
        spans = {s.kring.value: (s.start, s.end) for s in sociogram_sectors}
        for group in d.people():
            kring = next(c[6:] for c in svgtools.classes(group) if c.startswith("kring-"))
            start, end = spans[kring]
            angle = d.angle(*symbol_centre(group))
            assert start <= angle <= end or len(spans) == 1, group.get("id")


def test_vluchtelingen_marks_abroad_and_social_media() -> None:
    sociogram = build("vluchtelingen")
    d = read(sociogram.to_svg())
    abroad = {g.get("id") for g in svgtools.groups(d.root, "buitenland")}
    online = {g.get("id") for g in svgtools.groups(d.root, "online")}
    assert {"persoon-oma-fatima", "persoon-oom-khaled", "persoon-neef-sami"} <= abroad
    assert abroad <= online | {"persoon-tante-noor"}
    group = svgtools.by_id(d.root, "persoon-oom-khaled")
    assert group is not None and name_of(group) == "خالد الخطيب"
    assert lines_of(group, "relatie") == ["oom"] and lines_of(group, "land") == ["Duitsland"]
    legend = " ".join(svgtools.texts(svgtools.by_id(d.root, "legenda")))  # type: ignore[arg-type]
    assert "in het buitenland: 4" in legend and "sociale media" in legend
    centre = svgtools.texts(svgtools.by_id(d.root, "gezin"))  # type: ignore[arg-type]
    assert "رانيا الخطيب" in centre and "يوسف (Yusuf)" in centre


def test_refused_consent_is_visible_and_in_the_legend() -> None:
    d = read(build("geen-toestemming", "helpen").to_svg())
    peter = svgtools.by_id(d.root, "persoon-peter")
    assert peter is not None
    assert {"geen-toestemming", "ring-3"} <= svgtools.classes(peter)
    assert svgtools.texts(peter) == ["Peter"]  # the name comes from `personen`
    assert peter.find(f"{svgtools.NS}line") is not None  # crossed out
    legend = " ".join(svgtools.texts(svgtools.by_id(d.root, "legenda")))  # type: ignore[arg-type]
    assert "geen toestemming" in legend
    centre = svgtools.texts(svgtools.by_id(d.root, "gezin"))  # type: ignore[arg-type]
    assert centre == ["Familie Jansen", "Sara", "Ingrid"]  # the young person first


def test_zeker_niet_ring_reads_as_a_warning_on_helpen_only() -> None:
    helpen = read(build("zeker-niet", "helpen").to_svg())
    ring = svgtools.by_id(helpen.root, "cirkel-3")
    assert ring is not None and "nee" in svgtools.classes(ring)
    assert "zeker niet" in svgtools.texts(ring)
    assert any(el.get("stroke-dasharray") for el in ring.iter(f"{svgtools.NS}circle"))
    mehmet = svgtools.by_id(helpen.root, "persoon-oom-mehmet")
    assert mehmet is not None and "ring-3" in svgtools.classes(mehmet)
    belang = read(build("zeker-niet", "belang").to_svg())
    ring = svgtools.by_id(belang.root, "cirkel-3")
    assert ring is not None and "nee" not in svgtools.classes(ring)


def test_forty_long_names_in_one_ring_stay_whole_somewhere() -> None:
    sociogram = build("veertig")
    assert sum(f.ring == 1 for f in sociogram.figures) == 40
    d = read(sociogram.to_svg())
    assert len(svgtools.groups(d.root, "ring-1")) == 40
    note = note_of(d.root)
    for figure in sociogram.figures:
        group = svgtools.by_id(d.root, f"persoon-{figure.id}")
        assert group is not None
        drawn = name_of(group)
        assert drawn == figure.name or (drawn.endswith("…") and figure.name in note)


def test_neighbour_who_is_also_an_aunt_appears_once() -> None:
    d = read(build("buurvrouw-tante").to_svg())
    groups = [g for g in d.people() if name_of(g) == "Mieke Bakker"]
    assert len(groups) == 1 and "kring-buurt" in svgtools.classes(groups[0])
    centre = svgtools.texts(svgtools.by_id(d.root, "gezin"))  # type: ignore[arg-type]
    assert "Mieke Bakker" not in centre


def test_nine_professionals_are_squares_and_counted() -> None:
    d = read(build("professionals").to_svg())
    professionals = svgtools.groups(d.root, "kring-hulpverlening")
    professionals = [g for g in professionals if "persoon" in svgtools.classes(g)]
    assert len(professionals) == 9
    assert all(next(iter(g)).tag == f"{svgtools.NS}rect" for g in professionals)
    informal = [g for g in d.people() if "kring-hulpverlening" not in svgtools.classes(g)]
    assert len(informal) == 2
    assert all(next(iter(g)).tag == f"{svgtools.NS}circle" for g in informal)
    legend = " ".join(svgtools.texts(svgtools.by_id(d.root, "legenda")))  # type: ignore[arg-type]
    assert "professioneel: 9" in legend and "informeel: 2" in legend


def test_empty_middle_ring_stays() -> None:
    d = read(build("lege-middelste-ring").to_svg())
    assert not svgtools.groups(d.root, "ring-2")
    assert d.radii[2] - d.radii[1] > 30  # still a visible ring
    ring = svgtools.by_id(d.root, "cirkel-2")
    assert ring is not None and "wat minder belangrijk" in svgtools.texts(ring)


def test_empty_network_draws_family_and_rings() -> None:
    sociogram = build("leeg")
    d = read(sociogram.to_svg())
    assert not d.people() and not sociogram.warnings
    assert svgtools.texts(svgtools.by_id(d.root, "gezin")) == ["Familie Leeg", "Kim"]  # type: ignore[arg-type]
    assert "Nog niemand" in note_of(d.root)
    assert 'id="persoon-' not in sociogram.to_dot()


def test_person_without_ring_is_in_warning_and_side_note() -> None:
    sociogram = build("geen-toestemming", "weten")
    assert [f.id for f in sociogram.missing] == ["oom-kees"]
    assert "Oom Kees" in sociogram.warnings[0] and "weten" in sociogram.warnings[0]
    d = read(sociogram.to_svg())
    assert svgtools.by_id(d.root, "persoon-oom-kees") is None
    assert "Oom Kees (familie)" in note_of(d.root)


def test_output_is_deterministic() -> None:
    assert build("vluchtelingen").to_svg() == build("vluchtelingen").to_svg()
    assert build("vluchtelingen").to_dot() == build("vluchtelingen").to_dot()


def test_built_in_python_without_a_file() -> None:
    family = Gezin(
        gezin="Test",
        netwerk=tuple(
            NetwerkPersoon(
                id=f"p{i}", naam=f"Persoon {i}", kring=k, cirkel=(("belang", 1 + i % 3),)
            )
            for i, k in enumerate([Kring.FAMILIE, Kring.SCHOOL, Kring.HULPVERLENING] * 4)
        ),
    )
    sociogram = build_sociogram(family)
    assert len(sociogram.figures) == 12
    helpen = build_sociogram(family, "helpen")
    assert not helpen.figures and len(helpen.missing) == 12


def test_organisation_question_from_content_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "inhoud" / "sociogram"
    folder.mkdir(parents=True)
    (folder / "eigen.yaml").write_text(
        "vragen:\n"
        "  - naam: veilig\n"
        "    vraag: Bij wie voel je je veilig? Een beetje? Niet?\n"
        "    titel: Bij wie voel je je veilig?\n"
        "    ringen: [heel veilig, een beetje, niet veilig]\n"
        "    nee_ring: 3\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("NETWERK_INHOUD", str(tmp_path / "inhoud"))
    assert "veilig" in sociogram_vragen()
    source = tmp_path / "g.yaml"
    source.write_text(
        (DATA / "zeker-niet.yaml")
        .read_text(encoding="utf-8")
        .replace("weten: 2}", "weten: 2, veilig: niet veilig}"),
        encoding="utf-8",
    )
    sociogram = build_sociogram(gezin(str(source)), "veilig")
    assert [f.id for f in sociogram.figures] == ["oom-mehmet", "juf"]
    d = read(sociogram.to_svg())
    ring = svgtools.by_id(d.root, "cirkel-3")
    assert ring is not None and "niet veilig" in svgtools.texts(ring)
    assert "nee" in svgtools.classes(ring)


def test_seed_questions_are_exact() -> None:
    questions = sociogram_vragen()
    assert (
        questions["belang"].vraag
        == "Wie zijn heel belangrijk voor het gezin? Wie wat minder? En wie niet?"
    )
    assert questions["helpen"].vraag == "Wie zou zeker mogen helpen? Wie misschien? Wie zeker niet?"
    assert (
        questions["weten"].vraag
        == "Wie weet het meest van jullie gezin? Wie een beetje? Wie heel weinig?"
    )
    assert questions["helpen"].ringen == ("zeker", "misschien", "zeker niet")
    assert questions["helpen"].nee_ring == 3 and questions["belang"].nee_ring is None


def test_organisation_cannot_redefine_a_question(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "sociogram"
    folder.mkdir()
    (folder / "x.yaml").write_text(
        "vragen:\n  - {naam: helpen, vraag: Wie dan, ringen: [a, b, c]}\n", encoding="utf-8"
    )
    monkeypatch.setenv("NETWERK_INHOUD", str(tmp_path))
    with pytest.raises(NetwerkError, match="helpen"):
        sociogram_vragen()
