"""The follow-up of an earlier next step: only within the same role and the same case.

A step agreed about one family must never come up in a reflection about another: not across
cases, not from a case into a reflection without one (or back), and never across roles. With the
family in the room (role ``gezin``) netwerk asks before it shows any earlier step.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import Result

from reflecttools import Netwerk, at_a_terminal

ASKS = "Kijkt het gezin mee?"


@pytest.fixture
def netwerk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Netwerk:
    return at_a_terminal(tmp_path, monkeypatch)


def finish(netwerk, role: str, case: str | None, step: str) -> None:
    """A finished reflection of ``role`` (and ``case``) whose next step is ``step``."""
    case_line = f"casus: {case}\n" if case else ""
    text = f"{case_line}antwoorden:\n  volgende-stap: {step}\n"
    result = netwerk("reflect", "--rol", role, "--antwoorden", "-", typed=text)
    assert result.exit_code == 0, result.output


def start(netwerk, role: str, case: str | None, typed: str = ":stop\n") -> Result:
    args = ["reflect", "--rol", role, *(["--casus", case] if case else [])]
    result = netwerk(*args, typed=typed)
    assert result.exit_code == 0, result.output
    return result


@pytest.mark.parametrize("earlier_case", ["GZ-1", None])
@pytest.mark.parametrize("role", ["professional", "zelf"])
@pytest.mark.parametrize("case", ["GZ-1", "GZ-2", None])
def test_follow_up_only_within_the_same_role_and_case(
    netwerk, earlier_case: str | None, role: str, case: str | None
) -> None:
    finish(netwerk, "professional", earlier_case, "Oma bellen over de logeerdagen.")
    result = start(netwerk, role, case)
    shown = "Oma bellen over de logeerdagen." in result.stderr
    assert shown == (role == "professional" and case == earlier_case)
    assert ("Hoe is het gegaan met deze stap?" in result.stderr) == shown
    assert ("Vraag 1 van 12" in result.stderr) == shown  # 10 questions, next step, follow-up


def test_the_latest_step_of_the_same_case_is_followed_up(netwerk) -> None:
    finish(netwerk, "zelf", "GZ-1", "Eerste stap van GZ-1.")
    finish(netwerk, "zelf", "GZ-2", "Stap van GZ-2.")
    finish(netwerk, "zelf", "GZ-1", "Tweede stap van GZ-1.")
    finish(netwerk, "zelf", None, "Stap zonder casus.")
    result = start(netwerk, "zelf", "GZ-1")
    assert "Tweede stap van GZ-1." in result.stderr
    for other in ("Eerste stap van GZ-1.", "Stap van GZ-2.", "Stap zonder casus."):
        assert other not in result.stderr


def test_answers_file_may_answer_the_follow_up_only_when_there_is_one(netwerk) -> None:
    finish(netwerk, "zelf", "GZ-1", "Een stap.")
    text = "casus: GZ-2\nantwoorden:\n  vorige-stap: Gelukt.\n"
    result = netwerk("reflect", "--rol", "zelf", "--antwoorden", "-", typed=text)
    assert result.exit_code == 2 and "onbekende vraag 'vorige-stap'" in result.stderr
    text = "casus: GZ-1\nantwoorden:\n  vorige-stap: Gelukt.\n"
    assert netwerk("reflect", "--rol", "zelf", "--antwoorden", "-", typed=text).exit_code == 0


def texts(folder: Path) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in folder.glob("*.json")]


def flat(text: str) -> str:
    """The screen's text without its line wrapping."""
    return " ".join(text.split())


@pytest.mark.parametrize("case", ["GZ-1", None])
@pytest.mark.parametrize(
    ("typed", "shown"),
    [("j", True), ("ja", True), ("n", False), ("", False)],
    ids=["j", "ja", "n", "lege regel"],
)
def test_gezin_asks_before_showing_an_earlier_step(
    netwerk, tmp_path: Path, case: str | None, typed: str, shown: bool
) -> None:
    finish(netwerk, "gezin", case, "Buurvrouw uitnodigen.")
    result = start(netwerk, "ouder", case, typed=f"{typed}\nOns antwoord.\n\n:stop\n")
    screen = flat(result.stderr)
    assert ASKS in screen
    before, _, after = screen.partition(ASKS)
    assert "Buurvrouw uitnodigen." not in before  # nothing of the step before the question
    assert ("Buurvrouw uitnodigen." in after) == shown
    warned = "zonder casuscode kan die stap ook bij een ander gezin horen." in screen
    assert warned == (case is None)
    [text] = [t for t in texts(tmp_path) if "Ons antwoord." in t]
    assert ('"vorige-stap"' in text) == shown
    assert ("Buurvrouw uitnodigen." in text) == shown


def test_gezin_end_of_input_at_the_question_shows_nothing(netwerk) -> None:
    finish(netwerk, "gezin", "GZ-1", "Buurvrouw uitnodigen.")
    result = start(netwerk, "gezin", "GZ-1", typed="")
    assert ASKS in flat(result.stderr) and "Buurvrouw" not in result.stderr


def test_gezin_asks_again_until_yes_or_no(netwerk) -> None:
    finish(netwerk, "gezin", "GZ-1", "Buurvrouw uitnodigen.")
    result = start(netwerk, "gezin", "GZ-1", typed="misschien\nn\n:stop\n")
    assert "Typ j (ja) of n (nee)." in result.stderr
    assert "Buurvrouw uitnodigen." not in result.stderr


@pytest.mark.parametrize("case", ["GZ-1", None])
def test_gezin_never_sees_steps_of_another_case_or_role(netwerk, case: str | None) -> None:
    finish(netwerk, "gezin", "GZ-9", "Stap van een ander gezin.")
    finish(netwerk, "professional", case, "Stap van de professional.")
    result = start(netwerk, "gezin", case)
    assert ASKS not in result.stderr  # there is nothing of this role and case to show
    assert "Stap van" not in result.stderr


def test_gezin_answers_file_shows_nothing(netwerk) -> None:
    finish(netwerk, "gezin", "GZ-1", "Buurvrouw uitnodigen.")
    text = "casus: GZ-1\nantwoorden:\n  herkennen: Ja.\n"
    result = netwerk("reflect", "--rol", "gezin", "--antwoorden", "-", typed=text)
    assert result.exit_code == 0
    assert "Buurvrouw" not in result.output
