"""Agreements (`afspraken:`) in the file, `netwerk check` on them, and `netwerk plan` (issue 10)."""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from netwerkcli.cli.app import app
from netwerkcli.errors import InvalidFile
from netwerkcli.loader import load_file, load_text
from netwerkcli.plan import Groepering, Signaal, add_months, make_plan
from paths import EXAMPLES, ROOT

runner = CliRunner()
DATA = ROOT / "tests" / "data" / "plan"
WARNINGS = DATA / "waarschuwingen.yaml"

HEAD = """versie: 1
gezin: Test
kern: kim
peildatum: 2026-11-22
personen:
  - {id: kim, naam: Kim, geboren: 2012-05-01, ouders: [eva]}
  - {id: eva, naam: Eva, geslacht: v}
netwerk:
  - {id: nel, naam: Nel, kring: buurt, cirkel: {belang: 1}, toestemming: ja}
afspraken:
"""


def signals_by_what(path: Path) -> dict[str, set[Signaal]]:
    plan = make_plan(load_file(path).gezin)
    return {r.afspraak.wat: set(r.signalen) for r in plan.regels}


def test_every_warning_once_and_none_where_nothing_is_wrong() -> None:
    found = signals_by_what(WARNINGS)
    assert found == {
        "past op": set(),  # consent ja, evaluated three weeks ago
        "rijdt naar de sportclub": {Signaal.GEEN_TOESTEMMING},
        "gaat samen vissen": {Signaal.TOESTEMMING_ONTBREEKT},
        "helpt met huiswerk": {Signaal.TOESTEMMING_ONTBREEKT},  # {jongere: ja} at 14: parents too
        "klust in huis": {Signaal.TOESTEMMING_ONTBREEKT},  # an uncle not in the network
        "leent geld": {Signaal.ZEKER_NIET},
        "haalt op": {Signaal.VERLOPEN},
        "luistert": {Signaal.NIET_GEEVALUEERD},
        "denkt mee": {Signaal.NIET_GEEVALUEERD},  # since March, never evaluated
        "budgetplan": set(),  # a professional of the help, started this month
        "kookt voor Nel": set(),  # the mother gives back: the family needs no consent
    }


def test_consent_follows_the_age_of_the_young_person(write) -> None:
    """{jongere: ja} is enough at 16, not at 14; {ouders: ja} is enough at 11."""
    text = HEAD.replace("toestemming: ja", "toestemming: {jongere: ja}")
    text += "  - {wie: nel, steun: oppas, wat: past op}\n"
    for peildatum, expected in (
        ("2026-11-22", {Signaal.TOESTEMMING_ONTBREEKT}),
        ("2028-06-01", set()),
    ):
        gezin = load_text(text.replace("2026-11-22", peildatum)).gezin
        assert set(make_plan(gezin).regels[0].signalen) == expected, peildatum
    parents = HEAD.replace("toestemming: ja", "toestemming: {ouders: ja}")
    parents = parents.replace("2012-05-01", "2015-05-01") + "  - {wie: nel, steun: oppas, wat: x}\n"
    assert make_plan(load_text(parents).gezin).regels[0].signalen == ()


def test_warnings_point_at_the_agreement_and_name_the_person() -> None:
    result = runner.invoke(app, ["plan", str(WARNINGS)])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stderr.splitlines() if "waarschuwing" in line]
    assert len(lines) == 8
    assert f"{WARNINGS}:23:5: waarschuwing: afspraak met Nel (vervoer): er is geen toestemming" in (
        result.stderr
    )
    assert "Piet in de ring 'zeker niet'" in result.stderr
    assert "liep tot 2026-06-30 en is verlopen" in result.stderr
    assert "het laatst geëvalueerd op 2026-08-01" in result.stderr
    assert "loopt sinds 2026-03-01 en is nog nooit geëvalueerd" in result.stderr
    assert "Ruud staat niet in 'netwerk'" in result.stderr
    assert "8 afspraken vragen aandacht" in result.stdout


def test_table_grouped_per_person_and_per_kind_of_support() -> None:
    per_person = runner.invoke(
        app, ["plan", str(EXAMPLES / "de-vries.yaml")], env={"COLUMNS": "160"}
    )
    assert per_person.exit_code == 0
    out = per_person.stdout
    assert out.index("Jannie") < out.index("Fatima") < out.index("Trainer Erik")
    assert "Sanne (gezin)" in out and "Fatima (steun terug)" in out
    assert "5 afspraken, 1 daarvan steun die het gezin terug geeft." in out
    per_kind = runner.invoke(
        app, ["plan", str(EXAMPLES / "de-vries.yaml"), "--per", "steun"], env={"COLUMNS": "160"}
    )
    assert per_kind.exit_code == 0
    headings = [
        line.strip()
        for line in per_kind.stdout.splitlines()[2:]
        if line.strip()
        in ("praktisch", "emotioneel", "advies", "gezelschap", "oppas", "financieel", "vervoer")
    ]
    assert headings == ["advies", "gezelschap", "oppas", "vervoer"]


def test_groups_in_the_library() -> None:
    plan = make_plan(load_file(EXAMPLES / "de-vries.yaml").gezin)
    by_kind = dict(plan.groups(Groepering.STEUN))
    assert [r.gever for r in by_kind["gezelschap"]] == ["Trainer Erik", "Sanne"]
    assert [r.terug for r in by_kind["gezelschap"]] == [False, True]


def test_markdown_and_html_files_are_private_and_escaped(tmp_path: Path, write) -> None:
    path = write(
        HEAD + '  - {wie: nel, steun: oppas, wat: "past op | <script>alert(1)</script> *Kim*"}\n'
    )
    md, page = tmp_path / "plan.md", tmp_path / "plan.html"
    for target in (md, page):
        result = runner.invoke(app, ["plan", str(path), "-o", str(target)])
        assert result.exit_code == 0, result.output
        assert f"Plan geschreven naar {target}" in result.stderr
        assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    text = md.read_text(encoding="utf-8")
    assert "# Plan van Test" in text
    assert "| Voor | Steun | Wat |" in text
    assert r"past op \| \<script\>alert(1)\</script\> \*Kim\*" in text
    html = page.read_text(encoding="utf-8")
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert '<th colspan="8" scope="rowgroup">Nel</th>' in html


def test_plan_refuses_unknown_grouping_and_extension(tmp_path: Path) -> None:
    file = str(EXAMPLES / "de-vries.yaml")
    bad_per = runner.invoke(app, ["plan", file, "--per", "dag"])
    assert bad_per.exit_code == 2 and 'onbekende groepering "dag"' in bad_per.stderr
    bad_ext = runner.invoke(app, ["plan", file, "-o", str(tmp_path / "plan.docx")])
    assert bad_ext.exit_code == 2 and ".md of .html" in bad_ext.stderr
    assert not (tmp_path / "plan.docx").exists()


def test_family_without_agreements() -> None:
    result = runner.invoke(app, ["plan", str(EXAMPLES / "familie-jansen.yaml")])
    assert result.exit_code == 0
    assert "Er staan nog geen afspraken in het gezinsbestand" in result.stdout


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ("{steun: oppas, wat: x}", "precies één gever"),
        ("{wie: nel, professional: coach, steun: oppas, wat: x}", "precies één gever"),
        (
            "{wie: nell, steun: oppas, wat: x}",
            "'nell' in 'wie' staat niet in personen of netwerk (bedoelde je 'nel'?)",
        ),
        ("{wie: nel, voor: kimm, steun: oppas, wat: x}", "'kimm' in 'voor'"),
        ("{wie: eva, voor: eva, steun: oppas, wat: x}", "geeft de steun en krijgt hem ook"),
        (
            "{wie: nel, steun: oppas, wat: x, van: 2026-05-01, tot: 2026-01-01}",
            "de afspraak eindigt (2026-01-01) voordat zij begint",
        ),
        ("{wie: nel, steun: opvang, wat: x}", "steun 'opvang' is geen keuze"),
        ("{wie: nel, steun: oppas}", "'wat' ontbreekt"),
        ("{wie: nel, steun: oppas, wat: x, na-de-hulp: misschien}", "na-de-hulp"),
        ("{wie: nel, steun: oppas, wat: x, geevalueerd: gisteren}", "geevalueerd"),
        (
            "{wie: nel, steun: oppas, wat: x, geëvalueerd: 2026-01-01}",
            "(bedoelde je 'geevalueerd'?)",
        ),
    ],
)
def test_check_reports_wrong_agreements_at_their_line(record: str, message: str) -> None:
    with pytest.raises(InvalidFile) as caught:
        load_text(HEAD + f"  - {record}\n")
    texts = [str(p) for p in caught.value.problems]
    assert any(message in t and t.startswith("gezin.yaml:11:") for t in texts), texts


def test_professional_and_support_back_are_valid() -> None:
    gezin = load_text(
        HEAD
        + "  - {professional: wijkcoach, steun: advies, wat: x, na-de-hulp: ja}\n"
        + "  - {wie: eva, voor: nel, steun: gezelschap, wat: y, hoe-vaak: elke week}\n"
    ).gezin
    first, second = make_plan(gezin).regels
    assert (first.gever, first.professional, first.afspraak.na_de_hulp) == ("wijkcoach", True, True)
    assert (second.gever, second.ontvanger, second.terug) == ("Eva", "Nel", True)


def test_months_are_calendar_months() -> None:
    assert add_months(dt.date(2026, 11, 30), 3) == dt.date(2027, 2, 28)
    assert add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert add_months(dt.date(2024, 11, 30), 3) == dt.date(2025, 2, 28)
    assert add_months(dt.date(2023, 11, 29), 3) == dt.date(2024, 2, 29)


def test_text_from_the_file_cannot_steer_the_terminal(write) -> None:
    path = write(HEAD + '  - {wie: nel, steun: oppas, wat: "rood [bold]vet[/bold] [link=x]"}\n')
    result = runner.invoke(app, ["plan", str(path)], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "[bold]vet[/bold]" in result.stdout  # shown as written, never read as markup
    # control characters are refused at their place (issue 11), and never shown raw
    steer = write(HEAD + '  - {wie: nel, steun: oppas, wat: "rood\\e[31m \\u202eom"}\n', "s.yaml")
    refused = runner.invoke(app, ["plan", str(steer)])
    assert refused.exit_code == 2 and "\\x1b" in refused.stderr
    assert "\x1b" not in refused.output and "\u202e" not in refused.output
    long = write(HEAD + f"  - {{wie: nel, steun: oppas, wat: {'lang ' * 200}}}\n", "lang.yaml")
    too_long = runner.invoke(app, ["plan", str(long)], env={"COLUMNS": "2000"})
    assert too_long.exit_code == 2 and "'wat' is te lang: 999 tekens" in too_long.stderr
