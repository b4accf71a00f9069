"""Storage that survives the unexpected: damaged, foreign and newer files, an open folder, killed
saves, two writers, and ids that two terminals could draw at once."""

from __future__ import annotations

import json
import os
import stat
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from netwerkcli.cli.app import app
from netwerkcli.errors import RuntimeFailure
from netwerkcli.reflect import locks, storage
from netwerkcli.reflect.record import FORMAT_VERSION, Session
from netwerkcli.reflect.storage import Store
from reflecttools import session_file

runner = CliRunner()
GOOD = "20260301-100000-a00d"
BAD = "20260301-100000-bad0"
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes and owners")


def netwerk(folder: Path, *args: str, stdin: str | None = None) -> Result:
    return runner.invoke(app, [*args, "--map", str(folder)], input=stdin)


def good_data(folder: Path) -> dict[str, Any]:
    return dict(json.loads(session_file(folder, GOOD).read_text(encoding="utf-8")))


def changed(data: dict[str, Any], **fields: Any) -> dict[str, Any]:
    return {**data, "id": BAD, **fields}


def with_answer(data: dict[str, Any], **fields: Any) -> dict[str, Any]:
    answer = {**data["answers"][0], **fields}
    return changed(data, answers=[answer])


def _json(value: Any) -> Callable[[Path, dict[str, Any]], None]:
    def write(path: Path, data: dict[str, Any]) -> None:
        made = value(data) if callable(value) else value
        path.write_text(json.dumps(made, ensure_ascii=False), encoding="utf-8")

    return write


def _bytes(content: bytes) -> Callable[[Path, dict[str, Any]], None]:
    return lambda path, data: path.write_bytes(content)


def _truncated(path: Path, data: dict[str, Any]) -> None:
    path.write_text(json.dumps(changed(data))[:150], encoding="utf-8")


DAMAGED: dict[str, tuple[Callable[[Path, dict[str, Any]], None], str]] = {
    "afgebroken": (_truncated, "geen geldige JSON (regel 1)"),
    "leeg": (_bytes(b""), "het bestand is leeg"),
    "binair": (_bytes(b"\x00\xff\xfe\x89PNG"), "geen UTF-8-tekst"),
    "lijst": (_json([]), "geen JSON-object"),
    "tekst": (_json("een reflectie"), "geen JSON-object"),
    "gisteren": (_json(lambda d: changed(d, started="gisteren")), "'started' is geen tijdstip"),
    "zonder tijdzone": (
        _json(lambda d: changed(d, updated="2026-03-01T10:00:00")),
        "'updated' is geen tijdstip",
    ),
    "schaal 100": (
        _json(lambda d: with_answer(d, kind="schaal", answer=100)),
        "past niet bij de soort vraag (100)",
    ),
    "schaal als tekst": (
        _json(lambda d: with_answer(d, kind="schaal", answer="7")),
        "past niet bij de soort vraag (een tekst)",
    ),
    "ja als schaal": (
        _json(lambda d: with_answer(d, kind="schaal", answer=True)),
        "past niet bij de soort vraag (True)",
    ),
    "onbekende soort": (_json(lambda d: with_answer(d, kind="vrij")), "een antwoord klopt niet"),
    "antwoorden geen lijst": (_json(lambda d: changed(d, answers={})), "'answers' klopt niet"),
    "antwoord geen object": (_json(lambda d: changed(d, answers=[7])), "een antwoord klopt niet"),
    "status onbekend": (_json(lambda d: changed(d, status="klaar")), "'status' klopt niet"),
    "rol met stuurtekens": (_json(lambda d: changed(d, rol="\x1b[2Jzelf")), "'rol' klopt niet"),
    "casus een naam": (_json(lambda d: changed(d, casus="Jan de Vries")), "'casus' klopt niet"),
    "onbekend veld": (_json(lambda d: changed(d, extra=1)), "onbekend veld 'extra'"),
    "versie als tekst": (_json(lambda d: changed(d, versie="1")), "'versie' is '1'"),
    "zonder versie": (
        _json(lambda d: {k: v for k, v in changed(d).items() if k != "versie"}),
        "'versie' is None",
    ),
    "andere id": (_json(lambda d: d), "de id in het bestand hoort niet bij de bestandsnaam"),
    "diep genest": (_bytes(b"[" * 100_000 + b"]" * 100_000), "te diep genest"),
    "getal van 5000 cijfers": (_bytes(b'{"versie": ' + b"9" * 5000 + b"}"), "te groot getal"),
    "vraag van een boek lang": (
        _json(lambda d: with_answer(d, question="Waarom? " * 1000)),
        "'question' is langer dan 2000 tekens",
    ),
    "vraag met stuurtekens": (
        _json(lambda d: with_answer(d, question="Wat\x07\x1b]0;titel\x07?")),
        "'question' bevat stuurtekens",
    ),
    "draft zonder tekst": (
        _json(lambda d: with_answer(d, answer=None, draft=True)),
        "past niet bij de soort vraag",
    ),
}


@pytest.mark.parametrize("kind", list(DAMAGED))
def test_a_damaged_file_is_skipped_with_a_warning_and_blocks_nothing(
    tmp_path: Path, kind: str
) -> None:
    make, reason = DAMAGED[kind]
    data = good_data(tmp_path)
    bad = tmp_path / f"{BAD}.json"
    make(bad, data)

    result = netwerk(tmp_path, "reflecties")
    assert result.exit_code == 0, result.output
    assert f"{bad}: waarschuwing: overgeslagen: " in result.stderr
    assert reason in " ".join(result.stderr.split())
    assert f"netwerk reflecties opzij {bad.name} --map {tmp_path}" in result.stderr
    assert "a00d" in result.stdout  # the good session is still there
    assert "\x1b[2J" not in result.output  # nothing from the file reaches the terminal raw
    assert "Error" not in result.output and "Traceback" not in result.output

    for args in (["reflecties", "toon", "a00d"], ["reflecties", "trend", "--rol", "zelf"]):
        assert netwerk(tmp_path, *args).exit_code in (0, 2), args  # trend: zelf has no scale
    started = netwerk(
        tmp_path, "reflect", "--rol", "zelf", "--antwoorden", "-", stdin="antwoorden: {}\n"
    )
    assert started.exit_code == 0 and f"{bad}: waarschuwing" in started.stderr
    assert bad.exists(), "the damaged file itself is never changed"


def test_a_damaged_file_is_moved_aside_and_then_left_alone(tmp_path: Path) -> None:
    bad = tmp_path / f"{BAD}.json"
    bad.write_text("{kapot", encoding="utf-8")
    moved = netwerk(tmp_path, "reflecties", "opzij", bad.name)
    assert moved.exit_code == 0, moved.output
    assert (tmp_path / "opzij" / bad.name).read_text(encoding="utf-8") == "{kapot"
    assert stat.S_IMODE((tmp_path / "opzij").stat().st_mode) == 0o700
    assert "waarschuwing" not in netwerk(tmp_path, "reflecties").stderr
    bad.write_text("{weer kapot", encoding="utf-8")  # a second file of that name is kept too
    assert netwerk(tmp_path, "reflecties", "opzij", str(bad)).exit_code == 0
    assert (tmp_path / "opzij" / f"{BAD}-2.json").read_text(encoding="utf-8") == "{weer kapot"
    outside = netwerk(tmp_path, "reflecties", "opzij", str(tmp_path.parent / "x.json"))
    assert outside.exit_code == 2 and "staat niet in de map met reflecties" in outside.stderr
    missing = netwerk(tmp_path, "reflecties", "opzij", "weg.json")
    assert missing.exit_code == 2 and "Er is geen bestand weg.json" in missing.stderr


def test_a_file_of_a_newer_version_is_refused_clearly(tmp_path: Path) -> None:
    newer = tmp_path / f"{BAD}.json"
    newer.write_text(json.dumps(changed(good_data(tmp_path), versie=2)), encoding="utf-8")
    result = netwerk(tmp_path, "reflecties")
    assert result.exit_code == 0
    text = " ".join(result.stderr.split())
    assert "gemaakt door een nieuwere versie van netwerk (bestandsversie 2" in text
    assert "Werk netwerk bij" in text and "opzij" not in text  # nothing wrong with the file
    shown = netwerk(tmp_path, "reflecties", "toon", "bad0")
    assert shown.exit_code == 2 and "nieuwere versie" in shown.stderr
    assert FORMAT_VERSION == 1


@posix_only
def test_links_fifos_folders_and_files_of_others_are_skipped(tmp_path: Path) -> None:
    session_file(tmp_path, GOOD)
    secret = tmp_path.parent / "geheim.txt"
    secret.write_text("geheim", encoding="utf-8")
    (tmp_path / "20260301-100000-11ab.json").symlink_to(secret)
    os.mkfifo(tmp_path / "20260301-100000-22ab.json")  # reading it would hang for ever
    (tmp_path / "20260301-100000-33ab.json").mkdir()
    result = netwerk(tmp_path, "reflecties")
    assert result.exit_code == 0
    assert "11ab.json: waarschuwing: overgeslagen: het is een koppeling" in result.stderr
    assert "22ab.json: waarschuwing: overgeslagen: het is geen gewoon bestand" in result.stderr
    assert "33ab.json: waarschuwing: overgeslagen: het is geen gewoon bestand" in result.stderr
    assert "a00d" in result.stdout and "geheim" not in result.output


@posix_only
@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="chown needs root")
def test_a_file_of_another_user_is_skipped(tmp_path: Path) -> None:
    path = session_file(tmp_path, GOOD)
    os.chown(path, 4321, 4321)
    result = netwerk(tmp_path, "reflecties")
    assert result.exit_code == 0
    assert "waarschuwing: overgeslagen: het bestand is van een andere gebruiker" in result.stderr


@posix_only
@pytest.mark.parametrize("mode", [0o755, 0o750, 0o777, 0o701])
def test_an_open_folder_is_made_private(tmp_path: Path, mode: int) -> None:
    folder = tmp_path / "reflecties"
    folder.mkdir()
    folder.chmod(mode)
    result = netwerk(folder, "reflecties")
    assert result.exit_code == 0
    assert f"was ook voor anderen open (rechten {mode:o})" in result.stderr
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert "voor anderen open" not in netwerk(folder, "reflecties").stderr  # now it is private


@posix_only
@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="chown needs root")
def test_a_folder_of_another_user_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "reflecties"
    folder.mkdir(mode=0o777)
    os.chown(folder, 4321, 4321)
    for args in (["reflecties"], ["reflect", "--rol", "zelf", "--antwoorden", "-"]):
        result = netwerk(folder, *args, stdin="antwoorden: {}\n")
        assert result.exit_code == 1
        assert "is van een andere gebruiker" in result.stderr and "--map" in result.stderr
    assert list(folder.iterdir()) == []


def test_a_file_as_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "reflecties"
    folder.write_text("", encoding="utf-8")
    result = netwerk(folder, "reflecties")
    assert result.exit_code == 1 and "is geen map" in result.stderr


def temp_of(folder: Path, session_id: str, name: str = "abcd1234") -> Path:
    return folder / f".{session_id}.json.{name}.tmp"  # as atomic_write names them


def test_a_complete_newer_temp_file_of_a_killed_save_is_kept(tmp_path: Path) -> None:
    path = session_file(tmp_path, GOOD, answers=["Een."])
    newer = session_file(tmp_path.parent, GOOD, answers=["Een.", "Twee."])
    data = json.loads(newer.read_text(encoding="utf-8"))
    data["updated"] = "2026-03-01T10:05:00.000+00:00"
    temp_of(tmp_path, GOOD).write_text(json.dumps(data), encoding="utf-8")
    assert netwerk(tmp_path, "reflecties").exit_code == 0
    assert "Twee." in path.read_text(encoding="utf-8")
    assert not list(tmp_path.glob(".*"))


def test_an_older_or_cut_off_temp_file_is_removed(tmp_path: Path) -> None:
    path = session_file(tmp_path, GOOD, answers=["Een.", "Twee."])
    before = path.read_text(encoding="utf-8")
    temp_of(tmp_path, GOOD, "cut00000").write_text(before[:100], encoding="utf-8")
    older = json.loads(before)
    older["answers"] = older["answers"][:1]
    older["updated"] = "2026-03-01T09:00:00.000+00:00"
    temp_of(tmp_path, GOOD, "old00000").write_text(json.dumps(older), encoding="utf-8")
    assert netwerk(tmp_path, "reflecties").exit_code == 0
    assert path.read_text(encoding="utf-8") == before
    assert not list(tmp_path.glob(".*"))


def test_a_temp_file_of_a_session_being_saved_is_left_alone(tmp_path: Path) -> None:
    session_file(tmp_path, GOOD)
    temp = temp_of(tmp_path, GOOD)
    temp.write_text("{half", encoding="utf-8")
    holder = locks.SessionLock(tmp_path, GOOD)
    holder.acquire()
    try:
        assert netwerk(tmp_path, "reflecties").exit_code == 0
        assert temp.exists()
    finally:
        holder.release()
    assert netwerk(tmp_path, "reflecties").exit_code == 0
    assert not temp.exists()


def test_a_stale_lock_file_is_removed(tmp_path: Path) -> None:
    session_file(tmp_path, GOOD)
    (tmp_path / f".{GOOD}.lock").write_text("99999\n", encoding="utf-8")
    assert netwerk(tmp_path, "reflecties").exit_code == 0
    assert not (tmp_path / f".{GOOD}.lock").exists()


def test_one_writer_per_session(tmp_path: Path) -> None:
    session_file(tmp_path, GOOD)
    first, second = Store(tmp_path), Store(tmp_path)
    [found] = first.sessions()
    mine = first.claim(found)
    with pytest.raises(RuntimeFailure) as refused:
        second.claim(found)
    assert "al open in een ander venster" in refused.value.message
    with pytest.raises(RuntimeError):
        second.save(found)  # a store never writes a session it has not locked
    first.save(mine)
    first.release(mine)
    second.release(second.claim(found))


def drawn(monkeypatch: pytest.MonkeyPatch, tails: list[str]) -> None:
    """Make the random part of new ids come from ``tails`` (all in the same second)."""
    feed: Iterator[str] = iter(tails)
    monkeypatch.setattr(storage.secrets, "token_hex", lambda n: next(feed))

    class Frozen(storage.datetime):
        @classmethod
        def now(cls, tz: Any = None) -> Any:
            return storage.datetime(2026, 3, 1, 10, 0, 0, tzinfo=tz)

    monkeypatch.setattr(storage, "datetime", Frozen)


def test_new_ids_are_created_exclusively(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    drawn(monkeypatch, ["aaaa", "aaaa", "bbbb", "a00d", "cccc"])
    first, second = Store(tmp_path), Store(tmp_path)
    one = first.reserve()
    two = second.reserve()  # drew aaaa too: taken, so it drew again
    assert (one, two) == ("20260301-100000-aaaa", "20260301-100000-bbbb")
    session_file(tmp_path, GOOD)  # an existing session's id is never handed out again
    assert second.reserve() == "20260301-100000-cccc"


def test_an_unreadable_session_cannot_be_claimed(tmp_path: Path) -> None:
    path = session_file(tmp_path, GOOD)
    store = Store(tmp_path)
    [found] = store.sessions()
    path.write_text("{kapot", encoding="utf-8")
    with pytest.raises(RuntimeFailure) as refused:
        store.claim(found)
    assert "Kan" in refused.value.message and "niet lezen" in refused.value.message
    assert not (tmp_path / f".{GOOD}.lock").exists()


def test_a_session_round_trips_through_its_json() -> None:
    data = {
        "versie": 1,
        "id": GOOD,
        "rol": "houding",
        "title": "T",
        "source": "B",
        "casus": None,
        "started": "2026-03-01T10:00:00.000+00:00",
        "updated": "2026-03-01T10:00:00.000+00:00",
        "status": "afgerond",
        "finished": "2026-03-01T10:00:00.000+00:00",
        "previous_session": None,
        "answers": [
            {
                "question_id": "passie",
                "question": "Ik doe het werk met passie.",
                "kind": "schaal",
                "answer": 7,
                "answered_at": "2026-03-01T10:00:00.000+00:00",
                "draft": False,
            },
            {
                "question_id": "volgende-stap",
                "question": "Wat is je volgende stap?",
                "kind": "open",
                "answer": "Half getyp",
                "answered_at": "2026-03-01T10:00:00.000+00:00",
                "draft": True,
            },
        ],
    }
    assert Session.from_json(data).to_json() == data
