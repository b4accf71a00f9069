"""`netwerk reflect` driven as a user types: answers, commands, interruption, resume, follow-up."""

from __future__ import annotations

import json
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from netwerkcli.cli import reflect as reflect_cli
from netwerkcli.cli.app import app
from netwerkcli.reflect.session import LineInterrupted

runner = CliRunner()
Run = Callable[..., Result]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "reflecties"


@pytest.fixture
def run(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Run:
    """Invoke netwerk with the store in tmp_path, as if typing at a terminal."""
    monkeypatch.setattr(reflect_cli, "stdin_is_terminal", lambda: True)
    monkeypatch.delenv("NETWERK_MAP", raising=False)

    def _run(*args: str, typed: str | None = None) -> Result:
        return runner.invoke(app, [*args, "--map", str(folder)], input=typed)

    return _run


def sessions(folder: Path) -> list[dict[str, Any]]:
    found = [json.loads(p.read_text(encoding="utf-8")) for p in folder.glob("*.json")]
    return sorted(found, key=lambda s: s["started"])


def answers(session: dict[str, Any]) -> dict[str, Any]:
    return {a["question_id"]: a["answer"] for a in session["answers"]}


def lines(*items: str) -> str:
    return "\n".join(items) + "\n"


@dataclass(frozen=True)
class Interrupt:
    """Ctrl-C, pressed when ``partial`` stood on the line being typed."""

    partial: str = ""


GEZIN_FULL = lines(
    "We hebben samen de netwerkkaart gemaakt.",
    "Oma komt nu bij de gesprekken.",
    "",
    "Nog niets.",
    "",
    "Ja.",
    "",
    "Dat de buurvrouw ook mag komen.",
    "",
    "Buurvrouw uitnodigen voor het volgende gesprek.",
    "",
)


def test_full_session_saves_every_answer_with_the_question_as_asked(run: Run, folder: Path) -> None:
    result = run("reflect", "--rol", "gezin", "--casus", "GZ-07", typed=GEZIN_FULL)
    assert result.exit_code == 0, result.output
    assert "Vraag 1 van 5" in result.stderr and "Vraag 5 van 5" in result.stderr
    assert ":terug" in result.stderr and ":over" in result.stderr and ":stop" in result.stderr
    assert "Buurvrouw uitnodigen voor het volgende gesprek." in result.stdout
    [saved] = sessions(folder)
    assert saved["status"] == "afgerond" and saved["casus"] == "GZ-07" and saved["rol"] == "gezin"
    got = answers(saved)
    assert (
        got["herkennen"]
        == "We hebben samen de netwerkkaart gemaakt.\nOma komt nu bij de gesprekken."
    )
    assert got["volgende-stap"] == "Buurvrouw uitnodigen voor het volgende gesprek."
    first = saved["answers"][0]
    assert first["question"].startswith("Als je kijkt naar deze praatplaat")
    assert first["kind"] == "open" and first["answered_at"]


def test_files_and_folder_are_private(run: Run, folder: Path) -> None:
    run("reflect", "--rol", "gezin", typed=GEZIN_FULL)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for path in folder.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not list(folder.glob(".*.tmp")), "no temporary files are left behind"


def test_back_skip_and_stop(run: Run, folder: Path) -> None:
    typed = lines("Eerste versie.", "", ":terug", "Betere versie.", "", ":over", ":stop")
    result = run("reflect", "--rol", "professional", typed=typed)
    assert result.exit_code == 0
    assert "Eerder antwoord" in result.stderr
    assert "netwerk reflect --hervat" in result.stderr
    [saved] = sessions(folder)
    assert saved["status"] == "gestopt"
    assert answers(saved) == {"kijk-op-netwerk": "Betere versie.", "eigen-netwerk": None}


def test_text_typed_before_a_command_is_kept(run: Run, folder: Path) -> None:
    run("reflect", "--rol", "zelf", typed=lines("Half af,", ":stop"))
    assert answers(sessions(folder)[0]) == {"wat-roept-op": "Half af,"}


def test_scale_and_choice_ask_again_until_valid(run: Run, folder: Path) -> None:
    typed = lines("", "", "", "", "", "11", "zeven", "7", "", "9", "2", ":stop")
    result = run("reflect", "--rol", "samenwerking", typed=typed)
    assert "Typ een heel getal van 1 tot en met 10" in result.stderr
    assert "Typ een nummer van 1 tot en met 4" in result.stderr
    assert "  2. Gaandeweg, regelmatig" in result.stderr
    got = answers(sessions(folder)[0])
    assert got["gehoord"] == 7 and got["vertrouwen"] is None
    assert got["afstemmen"] == "Gaandeweg, regelmatig"


def scripted(monkeypatch: pytest.MonkeyPatch, script: list[str | Interrupt]) -> None:
    """Type the script into the terminal; an Interrupt is Ctrl-C with a half-typed line."""
    feed: Iterator[str | Interrupt] = iter(script)

    def read(self: object, prefill: str = "") -> str:
        line = next(feed)
        if isinstance(line, Interrupt):
            raise LineInterrupted(prefill + line.partial)
        return prefill + line

    monkeypatch.setattr(reflect_cli.TerminalIo, "read", read)


def test_interrupt_after_three_answers_then_resume(
    run: Run, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scripted(monkeypatch, ["Een", "", "Twee", "", "Drie", "", Interrupt()])
    result = run("reflect", "--rol", "professional", "--casus", "C-1")
    assert result.exit_code == 130
    assert "Ga verder met: netwerk reflect --hervat" in result.stderr
    [saved] = sessions(folder)
    assert saved["status"] == "onderbroken"
    assert list(answers(saved).values()) == ["Een", "Twee", "Drie"]

    monkeypatch.undo()
    monkeypatch.setattr(reflect_cli, "stdin_is_terminal", lambda: True)
    rest = lines(*[f"Antwoord {n}\n" for n in range(4, 12)])
    result = run("reflect", "--hervat", typed=rest)
    assert result.exit_code == 0, result.output
    assert "Vraag 4 van 11" in result.stderr and "Vraag 3 van 11" not in result.stderr
    [saved] = sessions(folder)
    assert saved["status"] == "afgerond" and saved["casus"] == "C-1"
    got = answers(saved)
    assert list(got.values())[:4] == ["Een", "Twee", "Drie", "Antwoord 4"]
    assert got["volgende-stap"] == "Antwoord 11"


def test_interrupt_in_the_middle_of_an_answer_keeps_the_lines_typed(
    run: Run, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scripted(monkeypatch, ["Regel een", "Regel twee", Interrupt("en half")])
    result = run("reflect", "--rol", "zelf")
    assert result.exit_code == 130
    [draft] = sessions(folder)[0]["answers"]
    assert draft["answer"] == "Regel een\nRegel twee\nen half" and draft["draft"] is True

    # resumed: the finished lines are shown, the half line comes back on the input line
    scripted(monkeypatch, [" een regel.", "Regel drie", "", ":stop"])
    result = run("reflect", "--hervat")
    assert "Al getypt" in result.stderr and "Regel twee" in result.stderr
    assert "half getypte regel staat weer klaar" in result.stderr
    got = sessions(folder)[0]["answers"][0]
    assert got["answer"] == "Regel een\nRegel twee\nen half een regel.\nRegel drie"
    assert got["draft"] is False


def test_lines_ended_with_enter_are_kept_when_interrupted_on_an_empty_line(
    run: Run, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scripted(monkeypatch, ["Regel een", "Regel twee", Interrupt()])
    assert run("reflect", "--rol", "zelf").exit_code == 130
    [draft] = sessions(folder)[0]["answers"]
    assert draft["answer"] == "Regel een\nRegel twee\n" and draft["draft"] is True

    monkeypatch.undo()
    monkeypatch.setattr(reflect_cli, "stdin_is_terminal", lambda: True)
    result = run("reflect", "--hervat", typed=lines("Regel drie", "", ":stop"))
    assert "Al getypt" in result.stderr
    got = sessions(folder)[0]["answers"][0]
    assert got["answer"] == "Regel een\nRegel twee\nRegel drie" and got["draft"] is False


def test_resume_without_an_unfinished_session(run: Run) -> None:
    result = run("reflect", "--hervat")
    assert result.exit_code == 2
    assert "geen onderbroken reflectie" in result.stderr


def test_follow_up_on_the_last_concrete_step(run: Run, folder: Path) -> None:
    run("reflect", "--rol", "gezin", typed=GEZIN_FULL)
    result = run("reflect", "--rol", "ouder", typed=lines("j", "Goed, ze kwam.", "", ":stop"))
    assert "Kijkt het gezin mee?" in result.stderr
    assert "Buurvrouw uitnodigen voor het volgende gesprek." in result.stderr
    assert "Hoe is het gegaan met deze stap?" in result.stderr
    assert "Vraag 1 van 6" in result.stderr
    first, second = sessions(folder)
    assert second["previous_session"] == first["id"]
    follow_up = second["answers"][0]
    assert follow_up["question_id"] == "vorige-stap" and follow_up["answer"] == "Goed, ze kwam."
    assert "Buurvrouw uitnodigen" in follow_up["question"]


def test_no_follow_up_for_another_role(run: Run) -> None:
    run("reflect", "--rol", "gezin", typed=GEZIN_FULL)
    result = run("reflect", "--rol", "zelf", typed=lines(":stop"))
    assert "Hoe is het gegaan met deze stap?" not in result.stderr


def test_plaat_lets_you_pick_one_of_the_four_questions(run: Run, folder: Path) -> None:
    typed = lines(
        "3", "Wisselend.", "", "6", "Weinig tijd.", "", "Netwerk meenemen in het plan.", ""
    )
    result = run("reflect", "--plaat", typed=typed)
    assert result.exit_code == 0, result.output
    for number in range(1, 5):
        assert f"  {number}. " in result.stderr
    got = answers(sessions(folder)[0])
    assert (
        got["onderdeel"] == "Werk ik echt samen met het sociale netwerk in de hulp aan dit gezin?"
    )
    assert got["lukt-het"] == 6


def test_end_of_input_stops_and_saves(run: Run, folder: Path) -> None:
    result = run("reflect", "--rol", "gezin", typed="Alleen dit")
    assert result.exit_code == 0
    saved = sessions(folder)[0]
    assert saved["status"] == "gestopt" and answers(saved) == {"herkennen": "Alleen dit"}


def test_follow_up_survives_an_interruption_before_it_was_answered(
    run: Run, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run("reflect", "--rol", "gezin", typed=GEZIN_FULL)
    scripted(monkeypatch, ["j", Interrupt("Half ge")])
    assert run("reflect", "--rol", "gezin").exit_code == 130
    monkeypatch.undo()
    monkeypatch.setattr(reflect_cli, "stdin_is_terminal", lambda: True)
    # the family may be in the room again: asked again before the step is shown
    result = run("reflect", "--hervat", typed=lines("ja", "lukt.", "", ":stop"))
    assert "Kijkt het gezin mee?" in result.stderr
    assert "Buurvrouw uitnodigen" in result.stderr and "Vraag 1 van 6" in result.stderr
    assert answers(sessions(folder)[1]) == {"vorige-stap": "Half gelukt."}
