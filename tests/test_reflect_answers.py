"""`netwerk reflect --antwoorden`: without a terminal, and every mistake reported with its place."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from netwerkcli.cli.app import app

runner = CliRunner()


def invoke(folder: Path, *args: str, stdin: str | None = None) -> Result:
    return runner.invoke(app, ["reflect", *args, "--map", str(folder)], input=stdin)


def saved(folder: Path) -> list[dict[str, Any]]:
    found = [json.loads(p.read_text(encoding="utf-8")) for p in folder.glob("*.json")]
    return sorted(found, key=lambda s: s["started"])


@pytest.fixture
def answers(tmp_path: Path):
    def _write(text: str) -> Path:
        path = tmp_path / "antwoorden.yaml"
        path.write_text(text, encoding="utf-8")
        return path

    return _write


HOUDING = """\
rol: houding
casus: T-1
antwoorden:
  passie: 8
  regie: 6
  weet-wie-betrokken: 4
  volgende-stap: Elke week één netwerkgesprek.
"""


def test_answers_file_fills_a_finished_session(tmp_path: Path, answers) -> None:
    result = invoke(tmp_path, "--rol", "houding", "--antwoorden", str(answers(HOUDING)))
    assert result.exit_code == 0, result.output
    assert "4 van 15 vragen beantwoord" in result.stdout
    [session] = saved(tmp_path)
    assert session["status"] == "afgerond" and session["casus"] == "T-1"
    got = {a["question_id"]: a["answer"] for a in session["answers"]}
    assert got["passie"] == 8 and got["rolmodel"] is None
    assert got["volgende-stap"] == "Elke week één netwerkgesprek."


def test_answers_from_stdin_and_no_input(tmp_path: Path) -> None:
    result = invoke(tmp_path, "--rol", "houding", "--no-input", "--antwoorden", "-", stdin=HOUDING)
    assert result.exit_code == 0, result.output
    assert len(saved(tmp_path)) == 1


def test_follow_up_can_be_answered_in_the_file(tmp_path: Path, answers) -> None:
    invoke(tmp_path, "--rol", "houding", "--antwoorden", str(answers(HOUDING)))
    second = HOUDING.replace("  passie: 8", "  vorige-stap: Twee keer gelukt.\n  passie: 9")
    result = invoke(tmp_path, "--rol", "houding", "--antwoorden", str(answers(second)))
    assert result.exit_code == 0, result.output
    follow_up = saved(tmp_path)[1]["answers"][0]
    assert follow_up["question_id"] == "vorige-stap" and follow_up["answer"] == "Twee keer gelukt."
    assert "Elke week één netwerkgesprek." in follow_up["question"]


def test_without_a_terminal_and_without_answers(tmp_path: Path) -> None:
    result = invoke(tmp_path, "--rol", "professional")
    assert result.exit_code == 2
    assert "geen terminal" in result.stderr and "--antwoorden" in result.stderr
    assert not list(tmp_path.glob("*.json"))


def test_no_input_never_asks(tmp_path: Path) -> None:
    result = invoke(tmp_path, "--rol", "professional", "--no-input")
    assert result.exit_code == 2
    assert "--no-input" in result.stderr


BAD = """\
rol: houding
antwoorden:
  pasie: 7
  rolmodel: 11
  kracht: veel
  dialoog: [1, 2]
  regie: 4
  regie: 5
"""


def test_every_error_is_reported_with_its_place(tmp_path: Path, answers) -> None:
    path = answers(BAD)
    result = invoke(tmp_path, "--rol", "houding", "--antwoorden", str(path))
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"{path}:3:3: onbekende vraag 'pasie' voor de rol houding (bedoel je 'passie'?)",
        f"{path}:4:13: 'rolmodel' is 11; een schaalantwoord ligt tussen 1 en 10",
        f"{path}:5:11: 'kracht' is een schaalvraag: geef een heel getal van 1 tot en met 10",
        f"{path}:6:12: 'dialoog' is een schaalvraag: geef een heel getal van 1 tot en met 10",
        f"{path}:8:3: 'regie' staat er twee keer in",
    ]
    assert not list(tmp_path.glob("*.json")), "nothing is saved from a file with errors"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("antwoorden:\n  herkennen: [\n", ":3:1: de YAML-opmaak klopt niet"),
        ("rol: gezin\n", "het veld 'antwoorden' ontbreekt"),
        ("", "het bestand is leeg"),
        ("- een\n- twee\n", ":1:1: hier hoort een lijst van sleutels"),
        ("antwoord:\n  herkennen: x\n", ":1:1: onbekend veld 'antwoord'"),
        ("antwoorden:\n  volgende-stap: {a: 1}\n", ":2:18: 'volgende-stap' moet een tekst zijn"),
    ],
)
def test_broken_answers_files(tmp_path: Path, answers, text: str, expected: str) -> None:
    result = invoke(tmp_path, "--rol", "gezin", "--antwoorden", str(answers(text)))
    assert result.exit_code == 2
    assert expected in result.stderr
    assert "Traceback" not in result.output


def test_choice_by_number_or_text_and_a_wrong_choice(tmp_path: Path, answers) -> None:
    ok = "antwoorden:\n  onderdeel: 2\n  lukt-het: 5\n"
    assert invoke(tmp_path, "--plaat", "--antwoorden", str(answers(ok))).exit_code == 0
    got = saved(tmp_path)[0]["answers"][0]
    assert got["answer"] == "Betrek ik de mensen om dit gezin heen bij de hulp?"
    wrong = "antwoorden:\n  onderdeel: 7\n"
    result = invoke(tmp_path, "--plaat", "--antwoorden", str(answers(wrong)))
    assert result.exit_code == 2 and ":2:14: 'onderdeel' is een keuzevraag" in result.stderr


def test_role_in_file_must_match(tmp_path: Path, answers) -> None:
    result = invoke(tmp_path, "--rol", "zelf", "--antwoorden", str(answers(HOUDING)))
    assert result.exit_code == 2
    assert "voor de rol 'houding'" in result.stderr


def test_missing_answers_file(tmp_path: Path) -> None:
    result = invoke(tmp_path, "--rol", "zelf", "--antwoorden", str(tmp_path / "weg.yaml"))
    assert result.exit_code == 2
    assert f"{tmp_path / 'weg.yaml'}: bestand niet gevonden" in result.stderr


def test_roles_are_listed(tmp_path: Path) -> None:
    listed = invoke(tmp_path, "--rol")
    assert listed.exit_code == 0, listed.output  # asking which roles there are is no mistake
    assert listed.stderr == ""
    for role in ("gezin", "professional", "zelf", "samenwerking", "gelijkwaardig", "houding"):
        assert f"  {role} " in listed.stdout
    assert "jongere, ouder" in listed.stdout
    unknown = invoke(tmp_path, "--rol", "collega")
    assert unknown.exit_code == 2
    assert "Onbekende rol 'collega'" in unknown.stderr and "  houding " in unknown.stderr
    missing = invoke(tmp_path)
    assert missing.exit_code == 2  # no --rol at all: a role is missing; here are the roles
    assert "Kies een rol met --rol" in missing.stderr and "  houding " in missing.stderr


@pytest.mark.parametrize("code", ["Jan de Vries", "x" * 33, "a/b", ""])
def test_case_must_be_a_code_not_a_name(tmp_path: Path, code: str) -> None:
    result = invoke(tmp_path, "--rol", "zelf", "--casus", code, "--no-input")
    assert result.exit_code == 2
    assert "geen geldige casuscode" in result.stderr and "Nooit een naam" in result.stderr


def test_plaat_and_another_role_do_not_mix(tmp_path: Path) -> None:
    result = invoke(tmp_path, "--plaat", "--rol", "zelf", "--no-input")
    assert result.exit_code == 2 and "niet allebei" in result.stderr


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"antwoorden:\n  herkennen: Jos\xe9\n", ":2:"),
        (b"\x00\x01binair", "geen tekstbestand"),
    ],
    ids=["geen UTF-8", "binair"],
)
def test_unreadable_answers_files_get_dutch_messages(
    tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "antwoorden.yaml"
    path.write_bytes(content)
    result = invoke(tmp_path, "--rol", "gezin", "--antwoorden", str(path))
    assert result.exit_code == 2
    assert expected in result.stderr
    assert "Error" not in result.stderr and "No such file" not in result.stderr
