"""Sessions as the user handles them: resume any unfinished one by the id the list shows, delete
one, no empty sessions kept, and a session whose process died shown as ``onderbroken``."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from netwerkcli.cli import reflect as reflect_cli
from netwerkcli.reflect import locks
from reflecttools import Netwerk, at_a_terminal, session_file


@pytest.fixture
def netwerk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Netwerk:
    return at_a_terminal(tmp_path, monkeypatch)


def listed(netwerk) -> dict[str, list[str]]:
    """The list as the user sees it: the shown id of each row, with the row's other cells."""
    result = netwerk("reflecties")
    assert result.exit_code == 0, result.output
    rows = result.stdout.splitlines()[2:]
    return {row.split()[0]: row.split()[1:] for row in rows}


def status_of(path: Path) -> str:
    return str(json.loads(path.read_text(encoding="utf-8"))["status"])


def test_resume_any_unfinished_session_by_the_id_the_list_shows(netwerk, tmp_path: Path) -> None:
    first = session_file(tmp_path, "20260301-100000-a1b2", role="zelf", case="GZ-1")
    second = session_file(tmp_path, "20260302-100000-c3d4", role="professional")
    assert set(listed(netwerk)) == {"a1b2", "c3d4"}
    result = netwerk("reflect", "--hervat", "a1b2", typed="Verder.\n\n:stop\n")
    assert result.exit_code == 0, result.output
    assert "Verder met de reflectie 20260301-100000-a1b2" in result.stderr
    assert "Vraag 2 van 10" in result.stderr  # zelf, resumed at its first open question
    assert "Verder." in first.read_text(encoding="utf-8")
    assert "Verder." not in second.read_text(encoding="utf-8")
    # the full id, its start and a longer ending work too
    for given in ("20260302-100000-c3d4", "20260302", "100000-c3d4", "C3D4"):
        result = netwerk("reflect", "--hervat", given, typed=":stop\n")
        assert "Verder met de reflectie 20260302-100000-c3d4" in result.stderr, given


def test_ids_that_share_an_ending_are_listed_longer_and_must_be_told_apart(
    netwerk, tmp_path: Path
) -> None:
    session_file(tmp_path, "20260301-100000-abcd")
    session_file(tmp_path, "20260301-110000-abcd", started="2026-03-01T11:00:00.000+00:00")
    assert list(listed(netwerk)) == ["100000-abcd", "110000-abcd"]
    ambiguous = netwerk("reflect", "--hervat", "abcd")
    assert ambiguous.exit_code == 2
    assert "Meer dan één reflectie past bij 'abcd': 100000-abcd, 110000-abcd" in ambiguous.stderr
    shown = netwerk("reflecties", "toon", "110000-abcd")
    assert shown.exit_code == 0 and "- Id: 20260301-110000-abcd" in shown.stdout


def test_show_accepts_the_id_as_listed(netwerk, tmp_path: Path) -> None:
    text = "antwoorden:\n  passie: 5\n"
    assert netwerk("reflect", "--rol", "houding", "--antwoorden", "-", typed=text).exit_code == 0
    [shown_id] = listed(netwerk)
    assert len(shown_id) == 4
    for command in ("toon", "exporteer"):
        result = netwerk("reflecties", command, shown_id)
        assert result.exit_code == 0, result.output
        assert "> 5 van 10" in result.stdout
    unknown = netwerk("reflecties", "toon", "zzzz")
    assert unknown.exit_code == 2 and "Geen reflectie gevonden met id 'zzzz'" in unknown.stderr


def test_resume_without_an_id_takes_the_last_one_worked_on(netwerk, tmp_path: Path) -> None:
    session_file(tmp_path, "20260301-100000-aaaa", role="zelf", case="GZ-1")
    late = session_file(tmp_path, "20260302-100000-bbbb", role="zelf", case="GZ-2")
    session_file(tmp_path, "20260303-100000-cccc", role="professional", status="afgerond")
    result = netwerk("reflect", "--hervat", typed=":stop\n")
    assert "Verder met de reflectie 20260302-100000-bbbb" in result.stderr
    assert "Er is nog 1 andere onafgeronde reflectie;" in result.stderr
    # worked on last: after this one, aaaa is the one to go on with
    netwerk("reflect", "--hervat", "aaaa", typed="Nieuw.\n\n:stop\n")
    result = netwerk("reflect", "--hervat", typed=":stop\n")
    assert "Verder met de reflectie 20260301-100000-aaaa" in result.stderr
    assert "Nieuw." not in late.read_text(encoding="utf-8")


def test_resume_with_role_and_case(netwerk, tmp_path: Path) -> None:
    session_file(tmp_path, "20260301-100000-aaaa", role="zelf", case="GZ-1")
    session_file(tmp_path, "20260302-100000-bbbb", role="professional", case="GZ-1")
    session_file(tmp_path, "20260303-100000-cccc", role="zelf", case="GZ-2")
    cases = [  # each resumed session becomes the one worked on last
        (["--casus", "GZ-1"], "bbbb"),
        (["--rol", "zelf"], "cccc"),
        (["--rol", "zelf", "--casus", "GZ-1"], "aaaa"),
        (["--rol", "professional"], "bbbb"),
        (["--casus", "GZ-1"], "bbbb"),
    ]
    for options, expected in cases:
        result = netwerk("reflect", "--hervat", *options, typed=":stop\n")
        assert result.exit_code == 0, (options, result.output)
        assert f"-{expected} " in result.stderr, options
    none = netwerk("reflect", "--hervat", "--rol", "gezin")
    assert none.exit_code == 2
    assert "geen onderbroken reflectie met de rol gezin" in none.stderr
    mismatch = netwerk("reflect", "--hervat", "aaaa", "--rol", "professional")
    assert mismatch.exit_code == 2 and "hoort bij de rol zelf en casus GZ-1" in mismatch.stderr


def test_finished_sessions_cannot_be_resumed(netwerk, tmp_path: Path) -> None:
    session_file(tmp_path, "20260301-100000-aaaa", status="afgerond")
    result = netwerk("reflect", "--hervat", "aaaa")
    assert result.exit_code == 2
    assert "al afgerond" in result.stderr and "netwerk reflecties toon aaaa" in result.stderr
    nothing = netwerk("reflect", "--hervat")
    assert nothing.exit_code == 2 and "geen onderbroken reflectie" in nothing.stderr
    conflict = netwerk("reflect", "--hervat", "--antwoorden", "-")
    assert conflict.exit_code == 2 and "--antwoorden" in conflict.stderr


@pytest.mark.parametrize(
    "typed", [":stop\n", "\n\n\n:stop\n", ""], ids=["stop", "alles overgeslagen", "einde invoer"]
)
def test_a_session_without_a_single_answer_is_not_kept(netwerk, tmp_path: Path, typed: str) -> None:
    result = netwerk("reflect", "--rol", "gezin", typed=typed)
    assert result.exit_code == 0
    assert "Er is niets bewaard: je hebt nog geen vraag beantwoord." in result.stderr
    assert "--hervat" not in result.stderr
    assert list(tmp_path.iterdir()) == []  # no session file, no lock file


def test_empty_unfinished_sessions_of_earlier_versions_are_cleaned_up(
    netwerk, tmp_path: Path
) -> None:
    empty = session_file(tmp_path, "20260301-100000-aaaa", status="bezig", answers=[])
    skipped = session_file(tmp_path, "20260301-100000-bbbb", status="gestopt", answers=[None])
    done = session_file(tmp_path, "20260301-100000-cccc", status="afgerond", answers=[None])
    assert list(listed(netwerk)) == ["cccc"]
    assert not empty.exists() and not skipped.exists() and done.exists()


def test_a_session_whose_process_died_is_onderbroken_and_can_be_resumed(
    netwerk, tmp_path: Path
) -> None:
    path = session_file(tmp_path, "20260301-100000-aaaa", status="bezig")
    assert listed(netwerk)["aaaa"][-2:] == ["onderbroken", "1"]
    shown = netwerk("reflecties", "toon", "aaaa")
    assert "- Status: onderbroken" in shown.stdout
    result = netwerk("reflect", "--hervat", typed="Twee.\n\n:stop\n")
    assert result.exit_code == 0 and "Vraag 2 van 10" in result.stderr
    assert status_of(path) == "gestopt"


def test_a_session_open_in_another_terminal_is_bezig_and_locked(netwerk, tmp_path: Path) -> None:
    path = session_file(tmp_path, "20260301-100000-aaaa", status="bezig")
    other = locks.SessionLock(tmp_path, "20260301-100000-aaaa")
    other.acquire()  # as another netwerk process would hold it (flock is per open file)
    try:
        assert listed(netwerk)["aaaa"][-2:] == ["bezig", "1"]
        result = netwerk("reflect", "--hervat", "aaaa", typed="Overschreven?\n\n")
        assert result.exit_code == 1
        assert "al open in een ander venster of een andere terminal" in result.stderr
        assert f"proces {os.getpid()}" in result.stderr
        deleted = netwerk("reflecties", "verwijder", "aaaa", "--ja")
        assert deleted.exit_code == 1 and path.exists()
    finally:
        other.release()
    assert "Overschreven?" not in path.read_text(encoding="utf-8")
    assert netwerk("reflect", "--hervat", "aaaa", typed=":stop\n").exit_code == 0


def test_delete_asks_first(netwerk, tmp_path: Path) -> None:
    path = session_file(tmp_path, "20260301-100000-aaaa", case="GZ-1")
    kept = netwerk("reflecties", "verwijder", "aaaa", typed="n\n")
    assert kept.exit_code == 0 and "Niets verwijderd." in kept.stderr and path.exists()
    asked = "Reflectie aaaa verwijderen (zelf, casus GZ-1, begonnen 01-03-2026 "
    screen = " ".join(kept.stderr.split())
    assert asked in screen and ", 1 antwoord)?" in screen
    assert netwerk("reflecties", "verwijder", "aaaa", typed="").exit_code == 0 and path.exists()
    gone = netwerk("reflecties", "verwijder", "aaaa", typed="huh\nj\n")
    assert gone.exit_code == 0 and "Typ j (ja) of n (nee)." in gone.stderr
    assert "Reflectie aaaa is verwijderd." in gone.stdout
    assert list(tmp_path.iterdir()) == []


def test_delete_without_a_terminal_needs_ja(
    netwerk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = session_file(tmp_path, "20260301-100000-aaaa")
    monkeypatch.setattr(reflect_cli, "stdin_is_terminal", lambda: False)
    refused = netwerk("reflecties", "verwijder", "aaaa")
    assert refused.exit_code == 2 and "--ja" in refused.stderr and path.exists()
    done = netwerk("reflecties", "verwijder", "aaaa", "--ja")
    assert done.exit_code == 0 and not path.exists()
    unknown = netwerk("reflecties", "verwijder", "aaaa", "--ja")
    assert unknown.exit_code == 2 and "Geen reflectie gevonden" in unknown.stderr
