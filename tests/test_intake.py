"""`netwerk nieuw` without a real terminal: the plan, the file after every answer, the guards."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from typer.testing import CliRunner

from netwerkcli.cli.app import app
from netwerkcli.fields import RECORDS
from netwerkcli.intake import session
from netwerkcli.intake import state as store
from netwerkcli.intake.plan import conversation
from netwerkcli.intake.yamlfile import family_text
from netwerkcli.loader import load_file, load_text
from test_intake_pty import CONVERSATION

runner = CliRunner()
TODAY = dt.date(2026, 11, 22)


class ScriptedIo:
    """Types the given lines; checks the family file after every line typed."""

    def __init__(self, lines: list[str], path: Path) -> None:
        self.lines = list(lines)
        self.path = path
        self.shown: list[str] = []
        self.checked = 0

    keeps_partial = False

    def show(self, text: str, style: str | None = None) -> None:
        self.shown.append(text)

    def read(self, prefill: str = "") -> str:
        if self.path.exists():
            load_file(self.path)  # raises if a save left the file invalid
            self.checked += 1
        if not self.lines:
            raise EOFError
        return self.lines.pop(0)


def typed(steps: list[tuple[str, str]]) -> list[str]:
    """The lines the pseudo-terminal conversation types, one per Enter."""
    lines = []
    for _, text in steps:
        lines += text.split("\r") if "\r" in text else [text]
    return lines


def run(path: Path, lines: list[str], resumed: bool = False) -> tuple[session.Ending, ScriptedIo]:
    io = ScriptedIo(lines, path)
    current = store.load(path) if resumed else session.start(path, TODAY)
    assert current is not None
    return session.run(path, current, io, TODAY, resumed=resumed), io


def test_every_save_on_the_way_is_a_valid_family_file(tmp_path: Path) -> None:
    path = tmp_path / "gezin.yaml"
    lines = [line.replace(str(TODAY.year - 13), "2013") for line in typed(CONVERSATION)]
    ending, io = run(path, lines)
    assert ending is session.Ending.FINISHED
    assert io.checked > 90
    gezin = load_file(path).gezin
    assert gezin.persoon("noor").geboren is not None
    assert len(gezin.netwerk) == 2


def test_terug_changes_an_earlier_answer_and_the_ids_follow(tmp_path: Path) -> None:
    path = tmp_path / "gezin.yaml"
    lines = ["Familie Ruiz", "Zoe", ":terug", "Zoë", "1", ":stop"]
    ending, _ = run(path, lines)
    assert ending is session.Ending.STOPPED
    gezin = load_file(path).gezin
    assert gezin.kern == "zoe" and gezin.persoon("zoe").naam == "Zoë"


def test_a_dash_clears_an_earlier_answer(tmp_path: Path) -> None:
    path = tmp_path / "gezin.yaml"
    run(path, ["Familie Ruiz", "Zoë", ":stop"])
    ending, _ = run(path, [":terug", "-", ":stop"], resumed=True)
    assert ending is session.Ending.STOPPED
    assert load_file(path).gezin.kern is None


def answers_for(born: str | None) -> dict[str, object]:
    answers: dict[str, object] = {
        "casus": "Familie Haddad",
        "kern.naam": "Yara",
        "start.weet": "Mijn zus Nour, in Duitsland.",
        "start.weet.namen": ["Nour"],
        "n:nour.relatie": "tante",
        "n:nour.kring": "familie",
    }
    if born is not None:
        answers["kern.geboren"] = born
    return answers


@pytest.mark.parametrize(
    ("born", "asked"),
    [
        ("2016-01-01", ["ouders"]),
        ("2013-01-01", ["jongere", "ouders"]),
        ("2009-01-01", ["jongere"]),
        (None, ["jongere", "ouders"]),
    ],
)
def test_consent_is_asked_of_the_right_people_by_age(born: str | None, asked: list[str]) -> None:
    steps, _ = conversation(answers_for(born), TODAY)
    consent = [s.id.rsplit(".", 1)[1] for s in steps if ".toestemming." in s.id]
    assert consent == asked


def test_a_mother_with_three_partners_and_half_siblings() -> None:
    answers: dict[str, object] = {
        "casus": "Familie El Amrani",
        "kern.naam": "Zoë",
        "ouder1.naam": "Fatima",
        "ouder1.geslacht": "v",
        "ouder2.naam": "Mark",
        "rel.ouder1.ouder2.soort": "gescheiden",
        "ouder1.partner1.naam": "Ahmed",
        "rel.ouder1.ouder1.partner1.soort": "uit-elkaar",
        "ouder1.partner2.naam": "Pieter",
        "rel.ouder1.ouder1.partner2.soort": "samenwonend",
        "ouder1.partner3.naam": "Karel",
        "rel.ouder1.ouder1.partner3.soort": "relatie",
        "kind1.naam": "Yusuf",
        "kind1.ouders": "ouder1+ouder1.partner1",
        "ouder1.ouder2.naam": "عائشة",
        "ouder1.ouder2.geslacht": "v",
    }
    steps, family = conversation(answers, TODAY)
    sibling_parents = next(s for s in steps if s.id == "kind1.ouders")
    assert [label for _, label in sibling_parents.options] == [
        "Fatima en Mark",
        "Fatima en Ahmed",
        "Fatima en Pieter",
        "Fatima en Karel",
        "alleen Fatima",
        "alleen Mark",
    ]
    text = family_text(family, "gezin.yaml", finished=True)
    gezin = load_text(text).gezin
    assert len([r for r in gezin.relaties if "fatima" in r.partners]) == 4
    assert gezin.persoon("yusuf").ouders == ("fatima", "ahmed")
    assert gezin.persoon("oma").naam == "عائشة"  # no Latin letters: the id says who she is
    assert gezin.persoon("fatima").ouders == ("oma",)


# -- the command's guards ---------------------------------------------------------------------
def test_no_input_fails_clearly(tmp_path: Path) -> None:
    path = tmp_path / "gezin.yaml"
    result = runner.invoke(app, ["nieuw", str(path), "--no-input"])
    assert result.exit_code == 2
    assert "Met --no-input stelt netwerk geen vragen" in result.stderr
    assert "--sjabloon" in result.stderr
    assert not path.exists()


def test_without_a_terminal_it_says_so(tmp_path: Path) -> None:
    result = runner.invoke(app, ["nieuw", str(tmp_path / "gezin.yaml")], input="x\n")
    assert result.exit_code == 2 and "geen terminal" in result.stderr


def test_hervat_without_a_stopped_conversation(tmp_path: Path, monkeypatch) -> None:
    from netwerkcli.cli import reflect as reflect_cli

    monkeypatch.setattr(reflect_cli, "stdin_is_terminal", lambda: True)
    result = runner.invoke(app, ["nieuw", "--hervat", str(tmp_path / "gezin.yaml")])
    assert result.exit_code == 2 and "geen gestopt gesprek" in result.stderr


def test_a_second_conversation_for_the_same_file_is_refused(tmp_path: Path, monkeypatch) -> None:
    from netwerkcli.cli import reflect as reflect_cli

    monkeypatch.setattr(reflect_cli, "stdin_is_terminal", lambda: True)
    path = tmp_path / "gezin.yaml"
    run(path, ["Familie Ruiz", ":stop"])
    before = path.read_bytes()
    result = runner.invoke(app, ["nieuw", str(path)])
    assert result.exit_code == 2 and "netwerk nieuw --hervat" in result.stderr
    assert path.read_bytes() == before


def test_sjabloon_is_a_valid_commented_template(tmp_path: Path) -> None:
    path = tmp_path / "gezin.yaml"
    result = runner.invoke(app, ["nieuw", "--sjabloon", str(path)])
    assert result.exit_code == 0, result.output
    text = path.read_text(encoding="utf-8")
    for fields in RECORDS.values():
        for field in fields:
            assert f"{field.key}" in text, field.key
    assert path.stat().st_mode & 0o777 == 0o600
    assert runner.invoke(app, ["check", str(path)]).exit_code == 0
    for drawing in ("genogram", "sociogram"):
        target = tmp_path / f"{drawing}.svg"
        assert runner.invoke(app, [drawing, str(path), "-o", str(target)]).exit_code == 0


def test_sjabloon_does_not_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "gezin.yaml"
    path.write_text("versie: 1\ngezin: Mijn werk\n", encoding="utf-8")
    result = runner.invoke(app, ["nieuw", "--sjabloon", str(path)])
    assert result.exit_code == 2 and "bestaat al" in result.stderr
    assert path.read_text(encoding="utf-8") == "versie: 1\ngezin: Mijn werk\n"


def test_editing_during_a_conversation_warns(tmp_path: Path) -> None:
    path = tmp_path / "gezin.yaml"
    run(path, ["Familie Ruiz", "Zoë", ":stop"])
    result = runner.invoke(app, ["persoon", "wijzig", str(path), "zoe", "--geboren", "2014"])
    assert result.exit_code == 0, result.output
    assert "loopt nog een gesprek van netwerk nieuw" in result.stderr


def test_a_date_that_does_not_exist_is_asked_again(tmp_path: Path) -> None:
    path = tmp_path / "gezin.yaml"
    ending, io = run(path, ["Familie Öztürk", "Elif", "1", "2018-02-29", "2018-02-28", ":stop"])
    assert ending is session.Ending.STOPPED
    assert any("Typ een jaar als 2012" in line for line in io.shown)
    assert str(load_file(path).gezin.persoon("elif").geboren) == "2018-02-28"
