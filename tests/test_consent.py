"""Consent by age: under 12 the parents, 12-15 both, 16 and older the young person."""

from __future__ import annotations

import pytest

from netwerkcli import consent
from netwerkcli.errors import InvalidFile
from netwerkcli.loader import load_text
from netwerkcli.model import Partij, Toestemming

JONGERE, OUDERS = Partij.JONGERE, Partij.OUDERS


@pytest.mark.parametrize(
    ("age", "needed"),
    [
        (0, (OUDERS,)),
        (11, (OUDERS,)),
        (12, (JONGERE, OUDERS)),
        (15, (JONGERE, OUDERS)),
        (16, (JONGERE,)),
        (17, (JONGERE,)),
        (None, (JONGERE, OUDERS)),
    ],
)
def test_who_decides_by_age(age: int | None, needed: tuple[Partij, ...]) -> None:
    assert consent.who_decides(age) == needed


def family(born: str, toestemming: str, steun: str = "[oppas]") -> str:
    return (
        "versie: 1\ngezin: Test\nkern: noor\npeildatum: 2026-11-22\n"
        f"personen:\n  - {{id: noor, naam: Noor, geboren: {born}}}\n"
        "netwerk:\n"
        f"  - {{id: oma, naam: Oma, kring: familie, cirkel: {{belang: 1}}, steun: {steun}, "
        f"toestemming: {toestemming}}}\n"
    )


def warnings(text: str) -> list[str]:
    return [p.tekst for p in load_text(text, "gezin.yaml").warnings]


def counted(text: str) -> Toestemming:
    return load_text(text, "gezin.yaml").gezin.netwerk[0].toestemming


def test_under_twelve_the_parents_decide() -> None:
    text = family("2016-01-01", "{ouders: ja, jongere: nee}")
    assert counted(text) is Toestemming.JA
    assert warnings(text) == []


def test_from_twelve_both_must_agree_and_check_says_who_is_missing() -> None:
    text = family("2014-01-01", "{ouders: ja}")  # 12 at the peildatum
    assert counted(text) is Toestemming.ONBEKEND
    [message] = warnings(text)
    assert "de toestemming van Noor ontbreekt nog" in message
    assert "Noor is 12: Noor en de ouders beslissen samen" in message


def test_a_no_from_the_parents_counts_between_twelve_and_sixteen() -> None:
    text = family("2012-03-14", "{jongere: ja, ouders: nee}")
    assert counted(text) is Toestemming.NEE
    [message] = warnings(text)
    assert "geen toestemming van de ouders" in message and "bespreek dit met de ouders" in message


def test_from_sixteen_the_young_person_decides_alone() -> None:
    text = family("2010-01-01", "{jongere: ja, ouders: nee}")
    assert counted(text) is Toestemming.JA
    assert warnings(text) == []


def test_one_value_means_whoever_must_decide() -> None:
    assert warnings(family("2012-03-14", "ja")) == []
    [message] = warnings(family("2012-03-14", "Nee"))
    assert "geen toestemming van Noor en de ouders" in message
    [message] = warnings(family("2012-03-14", "onbekend"))
    assert "ontbreekt nog" in message


def test_no_task_no_warning() -> None:
    assert warnings(family("2012-03-14", "nee", steun="[]")) == []


def test_unknown_age_asks_both() -> None:
    text = family("2012", "{jongere: ja}").replace("geboren: 2012", "geslacht: v")
    [message] = warnings(text)
    assert "de toestemming van de ouders ontbreekt nog" in message
    assert "leeftijd van Noor is niet bekend" in message


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("{vader: ja}", "'vader' kan geen toestemming geven"),
        ("{ouder: ja}", "bedoelde je 'ouders'"),
        ("{jongere: misschien}", "toestemming 'misschien' is geen keuze"),
        ("{}", "'toestemming' is leeg"),
        ("{jongere: ja, jongere: nee}", "twee keer"),
    ],
)
def test_bad_consent_per_party_is_an_error_where_it_is(value: str, fragment: str) -> None:
    with pytest.raises(InvalidFile) as info:
        load_text(family("2012-03-14", value), "gezin.yaml")
    [problem] = [p for p in info.value.problems if p.is_fout]
    assert problem.regel == 8 and fragment in problem.tekst


def test_rule_text_for_the_drawings() -> None:
    assert consent.rule_text(10, "Noor") == (
        "Noor is 10: de ouders beslissen over toestemming (jonger dan 12)"
    )
    assert "Noor beslist zelf" in consent.rule_text(16, "Noor")


def test_the_sociogram_says_who_decides(tmp_path) -> None:
    from typer.testing import CliRunner

    from netwerkcli.cli.app import app
    from paths import EXAMPLES

    runner = CliRunner()
    source = str(EXAMPLES / "de-vries.yaml")  # Noor is 14 on the file's peildatum
    text = runner.invoke(app, ["sociogram", source, "--tekst"]).stdout
    assert "Toestemming: Noor is 14: Noor en de ouders beslissen samen over toestemming" in text
    target = tmp_path / "s.svg"
    assert runner.invoke(app, ["sociogram", source, "-o", str(target)]).exit_code == 0
    svg = target.read_text(encoding="utf-8")
    assert ">Toestemming<" in svg and "de jongere (14) en de ouders samen" in svg
