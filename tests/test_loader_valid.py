"""Valid family files load into the model with every field the spec names."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from netwerkcli.loader import load_file, load_text
from netwerkcli.model import (
    BandSoort,
    Datum,
    Geslacht,
    Kring,
    RelatieSoort,
    Steun,
    Toestemming,
    Via,
    Zwangerschap,
)
from paths import EXAMPLES, SPEC_DIR

SPEC = SPEC_DIR / "gezin-yaml.md"


def spec_examples() -> list[str]:
    if not SPEC.exists():  # the contract lives beside the repository
        pytest.skip("shared/spec not present")
    return re.findall(r"```yaml\n(.*?)```", SPEC.read_text(encoding="utf-8"), re.S)


def test_every_spec_example_loads() -> None:
    examples = spec_examples()
    assert examples
    for text in examples:
        load_text(text, "spec.yaml")


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.yaml")), ids=lambda p: p.name)
def test_examples_load_without_warnings(path: Path) -> None:
    loaded = load_file(path)
    assert loaded.gezin.gezin
    assert loaded.warnings == []


def test_spec_example_model() -> None:
    gezin = load_file(EXAMPLES / "de-vries.yaml").gezin
    assert gezin.kern == "noor"
    assert gezin.peildatum == dt.date(2026, 11, 22)
    noor = gezin.persoon("noor")
    assert noor is not None
    assert noor.geslacht is Geslacht.VROUW
    assert noor.geboren == Datum(2012, 3, 14)
    assert noor.ouders == ("sanne", "mark")
    assert noor.leeftijd(gezin.datum()) == 14
    piet = gezin.persoon("piet")
    assert piet is not None and piet.sterfdatum == Datum(2019)
    assert piet.leeftijd(gezin.datum()) == 64  # age at death, not today
    assert gezin.relaties[0].soort is RelatieSoort.GESCHEIDEN
    assert gezin.relaties[0].tot == Datum(2019)
    assert gezin.banden[0].soort is BandSoort.CONFLICT
    assert gezin.huishoudens[0].leden == ("sanne", "noor", "daan")
    amal = gezin.netwerk[3]
    assert amal.kring is Kring.FAMILIE
    assert amal.ring("belang") == 1 and amal.ring("weten") == 2
    assert amal.via is Via.SOCIALE_MEDIA
    assert amal.buitenland == "Marokko"
    assert gezin.netwerk[0].steun == (Steun.PRAKTISCH, Steun.EMOTIONEEL)
    assert gezin.netwerk[2].toestemming is Toestemming.ONBEKEND
    assert gezin.weergavenaam(gezin.netwerk[0]) == "Jannie"


def test_minimal_file_is_an_empty_case() -> None:
    gezin = load_text("versie: 1\ngezin: Leeg\n").gezin
    assert gezin.personen == () and gezin.netwerk == ()


def test_every_optional_field() -> None:
    text = """\
versie: 1
gezin: Alles
personen:
  - {id: a, naam: Ångström Ünal, geslacht: x, geboren: 1990, overleden: ja, woonplaats: Zwolle,
     buitenland: Polen, notitie: vrije tekst}
  - {id: b, naam: B, geslacht: v, geboren: 1992}
  - {id: c, naam: C, ouders: [a], adoptieouders: [b], pleegouders: [b], donor: d,
     tweeling: t, eeneiig: ja, geboren: 2015-01-01}
  - {id: e, naam: E, ouders: [a], tweeling: t, eeneiig: ja, geboren: 2015-01-01}
  - {id: d, naam: D, geslacht: m}
  - {id: z, zwangerschap: miskraam, ouders: [b]}
  - {id: o, onbekend: ja}
relaties:
  - {partners: [a, b], soort: geregistreerd, van: 2010-05-01, tot: 2011}
banden:
  - {van: a, naar: b, soort: mishandeling, notitie: melding 2020}
netwerk:
  - {id: a, kring: online, cirkel: {helpen: zeker niet}, steun: praktisch, contact: zelden,
     via: post}
"""
    gezin = load_text(text).gezin
    a, _, c, *_ = gezin.personen
    assert a.overleden is True and a.is_overleden and a.sterfdatum is None
    assert c.adoptieouders == ("b",) and c.pleegouders == ("b",) and c.donor == "d"
    assert c.eeneiig and c.tweeling == "t"
    assert gezin.persoon("z").zwangerschap is Zwangerschap.MISKRAAM  # type: ignore[union-attr]
    assert gezin.persoon("o").onbekend  # type: ignore[union-attr]
    assert gezin.banden[0].gericht and gezin.banden[0].personen == ("a", "b")
    assert gezin.netwerk[0].ring("helpen") == 3
    assert gezin.netwerk[0].steun == (Steun.PRAKTISCH,)


def test_utf8_bom_and_crlf_are_fine(write) -> None:
    path = write("\ufeffversie: 1\r\ngezin: Familie Öztürk\r\n".encode())
    assert load_file(path).gezin.gezin == "Familie Öztürk"


def test_warnings_do_not_fail() -> None:
    text = """\
versie: 1
gezin: W
personen:
  - {id: p, naam: P, geboren: 2000}
  - {id: k, naam: K, geboren: 2010, ouders: [p]}
  - {id: s, naam: S, geboren: 2000, ouders: [p]}
netwerk:
  - {id: x, naam: X, kring: buurt, cirkel: {belang: 1}, toestemming: nee, steun: [oppas]}
"""
    loaded = load_text(text)
    messages = [p.tekst for p in loaded.warnings]
    assert any("10 jaar" in m for m in messages)  # parent younger than 12
    assert any("hetzelfde jaar" in m for m in messages)  # equal years only
    assert any("geen toestemming" in m for m in messages)
    assert all(not p.is_fout for p in loaded.warnings)
