"""`netwerk nieuw` as a professional uses it: a whole conversation on a pseudo-terminal, Ctrl-C in
the middle and --hervat. The file it makes passes `netwerk check` and draws both pictures."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from netwerkcli.cli.app import app
from netwerkcli.loader import load_file
from test_reflect_pty import Terminal, wait_for_saved

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
if sys.platform != "win32":
    import fcntl
    import struct
    import termios

# Noor is 13 whatever the year the tests run: both she and her parents are asked for consent.
BORN = f"{dt.date.today().year - 13}-03-14"

# (what the screen shows, what the professional types)
CONVERSATION = [
    ("Welke naam geef je deze casus?", "Familie De Vries"),
    ("voornaam van het kind", "Noor"),
    ("Is Noor een vrouw", "1"),
    ("Wanneer is Noor geboren?", "20133"),  # a typo: refused, asked again
    ("Typ een jaar als 2012", BORN),
    ("Wie weet er nog meer dat jij je zorgen maakt over je kind?", "Mijn moeder weet het.\r"),
    ("Welke mensen werden genoemd?", "Oma Jannie\r"),
    ("Wat is Oma Jannie van het gezin?", "oma"),
    ("In welke kring hoort Oma Jannie?", "1"),
    ("Wie willen er allemaal dat het goed gaat met jouw kind?", ""),
    ("Heb je iemand verteld dat wij vandaag dit gesprek hebben?", ""),
    ("Is er iemand die u misschien zou willen meenemen?", ""),
    ("eerste ouder van Noor", "Sanne"),
    ("Is Sanne een vrouw", "1"),
    ("Wanneer is Sanne geboren?", "1986"),
    ("Leeft Sanne nog?", "1"),
    ("Woont Sanne in het buitenland?", ""),
    ("tweede ouder van Noor", "Mark"),
    ("Is Mark een vrouw", "2"),
    ("Wanneer is Mark geboren?", "1983"),
    ("Leeft Mark nog?", "1"),
    ("Woont Mark in het buitenland?", ""),
    ("relatie tussen Sanne en Mark?", "7"),
    ("Sinds wanneer", "2010"),
    ("Tot wanneer", "2019"),
    ("Heeft Sanne nog een andere partner", ""),
    ("Heeft Mark nog een andere partner", "Lisa"),
    ("Is Lisa een vrouw", "1"),
    ("Wanneer is Lisa geboren?", "1990"),
    ("Leeft Lisa nog?", "1"),
    ("Woont Lisa in het buitenland?", ""),
    ("relatie tussen Mark en Lisa?", "3"),
    ("Sinds wanneer", "2020"),
    ("Heeft Mark nog een andere partner", ""),
    ("Broers en zussen van Noor", "Daan"),
    ("Is Daan een vrouw", "2"),
    ("Wanneer is Daan geboren?", "2015"),
    ("Leeft Daan nog?", "1"),
    ("Woont Daan in het buitenland?", ""),
    ("Wie zijn de ouders van Daan?", "1"),
    ("Broers en zussen van Noor", ""),
    ("eerste ouder van Sanne", "Jannie"),
    ("Is Jannie een vrouw", "1"),
    ("Wanneer is Jannie geboren?", "1958"),
    ("Leeft Jannie nog?", "1"),
    ("Woont Jannie in het buitenland?", ""),
    ("tweede ouder van Sanne", "Piet"),
    ("Is Piet een vrouw", "2"),
    ("Wanneer is Piet geboren?", "1955"),
    ("Leeft Piet nog?", "2"),
    ("Wanneer is Piet overleden?", "2019"),
    ("relatie tussen Jannie en Piet?", "1"),
    ("Sinds wanneer", "1980"),
    ("eerste ouder van Mark", ""),
    ("tweede ouder van Mark", ""),
    ("Wie wonen er samen met Noor", "1 4"),
    ("Hoe noemen jullie dit huis?", "Bij mama"),
    ("Is er nog een huis", "1 2"),
    ("Hoe noemen jullie dit huis?", "Bij papa"),
    ("Is er nog een huis", ""),
    ("Zijn er twee mensen in de familie", "1 3"),
    ("Hoe is de band tussen Noor en Mark?", "4"),
    ("Zijn er twee mensen in de familie", ""),
    ("Is Oma Jannie dezelfde als iemand uit het genogram?", "1"),
    ("Welke familieleden horen ook in het sociogram", ""),
    ("Wie hoort er nog meer bij het netwerk", "Fatima"),
    ("Wat is Fatima van het gezin?", "buurvrouw"),
    ("In welke kring hoort Fatima?", "3"),
    ("Wie hoort er nog meer bij het netwerk", ""),
    ("Waar staat Oma Jannie?", "1"),
    ("waar ze het meest trots op is bij jou", "Dat Noor zo goed kan tekenen.\r"),
    ("Waar staat Oma Jannie?", "1"),
    ("of ze je zou willen helpen", ""),
    ("Waar staat Oma Jannie?", "1"),
    ("Welke steun geeft Oma Jannie het gezin?", "1 2"),
    ("Welke steun geeft het gezin aan Oma Jannie?", ""),
    ("Hoe vaak is er contact met Oma Jannie?", "1"),
    ("Hoe gaat het contact met Oma Jannie meestal?", "1"),
    ("Vindt Noor het goed dat Oma Jannie meedoet", "1"),
    ("Vinden de ouders het goed dat Oma Jannie meedoet", "1"),
    ("Waar staat Fatima?", "2"),
    ("Waar staat Fatima?", "1"),
    ("of ze je zou willen helpen", "Ze zei: bel me maar.\r"),
    ("Waar staat Fatima?", "2"),
    ("Welke steun geeft Fatima het gezin?", "1 5"),
    ("Welke steun geeft het gezin aan Fatima?", "5"),
    ("Hoe vaak is er contact met Fatima?", "2"),
    ("Hoe gaat het contact met Fatima meestal?", "3"),
    ("Vindt Noor het goed dat Fatima meedoet", "1"),
    ("Vinden de ouders het goed dat Fatima meedoet", "3"),
]


def environment() -> dict[str, str]:
    return {**os.environ, "NO_COLOR": "1", "TERM": "xterm"}  # "dumb" is 80 wide in rich


def wide(*args: str) -> Terminal:
    """netwerk on a terminal 250 columns wide, so that no question is wrapped."""
    terminal = Terminal(*args, env=environment())
    size = struct.pack("HHHH", 50, 250, 0, 0)
    fcntl.ioctl(terminal.fd, termios.TIOCSWINSZ, size)  # before the child has started Python
    return terminal


def converse(terminal: Terminal, steps: list[tuple[str, str]]) -> None:
    for seen, typed in steps:
        terminal.expect(seen)
        terminal.seen = terminal.seen[terminal.seen.index(seen) + len(seen) :]
        terminal.type(typed + "\r")


def test_a_whole_conversation_makes_a_file_that_checks_and_draws(tmp_path: Path) -> None:
    path = tmp_path / "gezin.yaml"
    terminal = wide("nieuw", str(path))
    converse(terminal, CONVERSATION)
    terminal.expect("Klaar: ")
    assert terminal.exit_code() == 0
    assert "waarschuwing: Fatima heeft een steuntaak" in terminal.seen  # the parents' consent

    gezin = load_file(path).gezin
    assert gezin.gezin == "Familie De Vries" and gezin.kern == "noor"
    assert [p.id for p in gezin.personen] == [
        "noor", "sanne", "mark", "lisa", "daan", "jannie", "piet",
    ]  # fmt: skip
    assert gezin.persoon("noor").ouders == ("sanne", "mark")
    assert gezin.persoon("sanne").ouders == ("jannie", "piet")
    assert str(gezin.persoon("piet").overleden) == "2019"
    assert [(r.partners, r.soort.value) for r in gezin.relaties] == [
        (("sanne", "mark"), "gescheiden"),
        (("mark", "lisa"), "samenwonend"),
        (("jannie", "piet"), "getrouwd"),
    ]
    assert [(h.naam, h.leden) for h in gezin.huishoudens] == [
        ("Bij mama", ("noor", "sanne", "daan")),
        ("Bij papa", ("mark", "lisa")),
    ]
    assert [(b.personen, b.soort.value) for b in gezin.banden] == [(("noor", "mark"), "conflict")]
    jannie, fatima = gezin.netwerk
    assert jannie.id == "jannie" and gezin.weergavenaam(jannie) == "Oma Jannie"
    assert jannie.cirkel == (("belang", 1), ("helpen", 1), ("weten", 1))
    assert "Mijn moeder weet het." in jannie.notitie
    assert "Dat Noor zo goed kan tekenen." in jannie.notitie
    assert [s.value for s in fatima.steun_terug] == ["oppas"]
    assert fatima.toestemming.value == "onbekend"  # Noor said yes, the parents not yet
    assert not (tmp_path / ".gezin.yaml.nieuw.json").exists()
    assert path.stat().st_mode & 0o777 == 0o600

    runner = CliRunner()
    assert runner.invoke(app, ["check", str(path)]).exit_code == 0
    for drawing in ("genogram", "sociogram"):
        result = runner.invoke(app, [drawing, str(path), "-o", str(tmp_path / f"{drawing}.svg")])
        assert result.exit_code == 0, result.output
        assert (tmp_path / f"{drawing}.svg").read_text(encoding="utf-8").startswith("<?xml")


def test_ctrl_c_loses_nothing_and_hervat_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "gezin.yaml"
    state = tmp_path / ".gezin.yaml.nieuw.json"
    first = wide("nieuw", str(path))
    converse(first, CONVERSATION[:5])
    first.expect("Wie weet er nog meer")
    first.type("Mijn moeder weet het.\r")  # one line of an open answer, not finished
    wait_for_saved(tmp_path, "Mijn moeder")  # .gezin.yaml.nieuw.json
    first.type("En mijn z")  # and half a line
    first.expect("En mijn z")  # echoed: the line editor has it
    first.type("\x03")
    first.expect("netwerk nieuw --hervat")
    assert first.exit_code() == 130
    saved = json.loads(state.read_text(encoding="utf-8"))
    assert saved["antwoorden"]["kern.naam"] == "Noor"
    assert saved["concept"] == {"start.weet": "Mijn moeder weet het.\nEn mijn z"}
    assert load_file(path).gezin.persoon("noor").naam == "Noor"  # the file is valid meanwhile

    second = wide("nieuw", "--hervat", str(path))
    second.expect("Mijn moeder weet het.")
    second.expect("En mijn z")  # back on the input line, to finish
    second.type("us.\r\r")
    second.expect("Welke mensen werden genoemd?")
    second.type(":stop\r")
    second.expect("Gestopt")
    assert second.exit_code() == 0
    saved = json.loads(state.read_text(encoding="utf-8"))
    assert saved["antwoorden"]["start.weet"] == "Mijn moeder weet het.\nEn mijn zus."
    assert saved["concept"] == {}


def test_hervat_asks_before_it_overwrites_changes_made_by_hand(tmp_path: Path) -> None:
    path = tmp_path / "gezin.yaml"
    first = wide("nieuw", str(path))
    converse(first, CONVERSATION[:2])
    first.expect("Is Noor een vrouw")
    first.type(":stop\r")
    assert first.exit_code() == 0
    changed = path.read_text(encoding="utf-8") + "# mijn eigen regel\n"
    path.write_text(changed, encoding="utf-8")
    second = wide("nieuw", "--hervat", str(path))
    second.expect("is veranderd sinds het gesprek stopte")
    second.type("n\r")
    second.expect("Niets veranderd")
    assert second.exit_code() == 0
    assert path.read_text(encoding="utf-8") == changed


def test_an_existing_file_is_only_replaced_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "gezin.yaml"
    path.write_text("versie: 1\ngezin: Al bestaand\n", encoding="utf-8")
    terminal = wide("nieuw", str(path))
    terminal.expect("bestaat al")
    terminal.type("n\r")
    terminal.expect("Niets veranderd")
    assert terminal.exit_code() == 0
    assert path.read_text(encoding="utf-8") == "versie: 1\ngezin: Al bestaand\n"
