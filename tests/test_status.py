"""`netwerk status`: three families at different steps, what is done and what is missing."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from netwerkcli.cli.app import app
from netwerkcli.loader import load_file
from netwerkcli.status import Stand, family_status
from paths import EXAMPLES, ROOT

runner = CliRunner()
DATA = ROOT / "tests" / "data" / "plan"


def status_json(name: str) -> dict:
    result = runner.invoke(app, ["status", str(DATA / name), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def stands(data: dict) -> list[str]:
    return [s["stand"] for s in data["stappen"]]


def test_family_at_step_one() -> None:
    data = status_json("stap1.yaml")
    assert data["huidige_stap"] == 1
    assert stands(data) == ["bezig", "open", "open", "open"]
    step1 = data["stappen"][0]
    assert step1["gedaan"] == ["twee generaties in beeld (kind en ouders)"]
    assert step1["titel"] == "Het netwerk samen in kaart brengen"
    gaps = "één ouder van Tim ontbreekt; de ouders van Anouk ontbreken"
    assert f"nog geen drie generaties in beeld: {gaps}" in step1["ontbreekt"]
    assert "leeftijd onbekend van: Anouk" in step1["ontbreekt"]
    assert "nog niemand in het netwerk (sociogram)" in step1["ontbreekt"]
    assert data["stappen"][1]["ontbreekt"][0].startswith("nog geen afspraken")


def test_family_at_step_two() -> None:
    data = status_json("stap2.yaml")
    assert data["huidige_stap"] == 2
    assert stands(data) == ["klaar", "open", "open", "open"]
    step1, step2 = data["stappen"][:2]
    assert "genogram compleet: beide ouders en alle vier de grootouders" in step1["gedaan"]
    assert "sociogram 'Wie mag helpen?': beantwoord voor alle 2 mensen" in step1["gedaan"]
    assert step2["tips"] == ["mag zeker helpen, maar heeft nog geen afspraak: Gerda"]


def test_family_at_step_four() -> None:
    data = status_json("stap4.yaml")
    assert data["huidige_stap"] == 4
    assert stands(data) == ["klaar", "klaar", "klaar", "open"]
    step2, step3, step4 = data["stappen"][1:]
    assert "steun van beide kanten: het gezin geeft ook steun (Ilse)" in step2["gedaan"]
    assert "laatste evaluatie: 2026-11-15" in step3["gedaan"]
    assert step4["ontbreekt"] == [
        "nog geen afspraken die doorlopen als de hulp stopt (zet 'na-de-hulp: ja' bij een afspraak)"
    ]


def test_every_step_done(write) -> None:
    text = (DATA / "stap4.yaml").read_text(encoding="utf-8")
    path = write(
        text.replace("geevalueerd: 2026-11-01}", "geevalueerd: 2026-11-01, na-de-hulp: ja}")
    )
    status = family_status(load_file(path).gezin)
    assert [s.stand for s in status.stappen] == [Stand.KLAAR] * 4
    assert status.huidige_stap is None
    result = runner.invoke(app, ["status", str(path)])
    assert result.exit_code == 0
    assert "Alle vier de stappen zijn gezet." in result.stdout


def test_step_three_lists_what_needs_evaluating() -> None:
    status = family_status(load_file(DATA / "waarschuwingen.yaml").gezin)
    step3 = status.stappen[2]
    assert step3.stand is Stand.BEZIG
    assert "langer dan drie maanden niet geëvalueerd: Els" in step3.ontbreekt
    assert any(line.startswith("verlopen afspraken") and "Els" in line for line in step3.ontbreekt)
    never = "nog nooit geëvalueerd: Nel, Joop, Mia, Ruud, Piet, Els, wijkcoach en Eva"
    assert never in step3.ontbreekt


def test_terminal_view_of_an_example() -> None:
    result = runner.invoke(app, ["status", str(EXAMPLES / "familie-haddad.yaml")])
    assert result.exit_code == 0, result.output
    out = result.stdout
    for number in (1, 2, 3, 4):
        assert f"Stap {number}." in out
    assert "✓ genogram compleet" in out
    assert "Het gezin staat bij stap 3: Het netwerk betrokken houden tijdens de hulp." in out


def test_long_lists_are_cut() -> None:
    from netwerkcli.status import names

    assert names(["A"]) == "A"
    assert names(["A", "B", "C"]) == "A, B en C"
    assert names([str(i) for i in range(20)]) == "0, 1, 2, 3, 4, 5, 6 (en 13 meer)"
