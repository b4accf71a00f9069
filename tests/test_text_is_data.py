"""Names and texts from the file are data, never control (issue 11, item 2).

`check` refuses characters that are never data and texts past their length at their place, in
Dutch; whatever a file holds never reaches the terminal raw, is never read as markup, and a
file's size limit holds for pipes and devices too.
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from netwerkcli import chars, console
from netwerkcli.cli.app import app
from netwerkcli.errors import InvalidFile
from netwerkcli.fields import NOTE_LENGTH, RECORDS, TEXT_LENGTH, Kind
from netwerkcli.loader import EXPLAIN_SLOWLY, MAX_BYTES, load_text

runner = CliRunner()

HEAD = "versie: 1\ngezin: Test\n"
PEOPLE = "personen:\n  - {id: a, naam: A}\n  - {id: b, naam: B}\n"
# One record of each kind: what comes before it, its own keys, and the list it stands in.
RECORD_TEMPLATES: dict[str, tuple[str, dict[str, str], str]] = {
    "persoon": ("", {"id": "c", "naam": "C"}, "personen"),
    "band": (PEOPLE, {"tussen": "[a, b]", "soort": "hecht"}, "banden"),
    "huishouden": (PEOPLE, {"leden": "[a]", "naam": "Thuis"}, "huishoudens"),
    "netwerk": ("", {"id": "n", "naam": "N", "kring": "buurt", "cirkel": "{belang: 1}"}, "netwerk"),
    "afspraak": (PEOPLE, {"wie": "a", "steun": "oppas", "wat": "W"}, "afspraken"),
}


def text_fields() -> list[tuple[str, str, bool]]:
    return [
        (record, field.key, field.lines)
        for record, fields in RECORDS.items()
        for field in fields
        if field.kind is Kind.TEXT
    ]


def document(record: str, key: str, value: str) -> str:
    """A valid file but for ``key: value`` in one record of ``record``."""
    if record == "gezin":
        top = {"versie": "1", "gezin": "Test", key: value}
        return "".join(f"{k}: {v}\n" for k, v in top.items())
    before, own, listed = RECORD_TEMPLATES[record]
    fields = {**own, key: value}
    if key == "professional":  # an agreement has one giver: a professional instead of 'wie'
        del fields["wie"]
    flow = ", ".join(f"{k}: {v}" for k, v in fields.items())
    if before and listed == "personen":
        before = ""
    return f"{HEAD}{before}{listed}:\n  - {{{flow}}}\n"


def refused(text: str) -> list[str]:
    with pytest.raises(InvalidFile) as info:
        load_text(text, "gezin.yaml")
    return [str(p) for p in info.value.problems if p.is_fout]


def test_every_text_field_has_a_template() -> None:
    assert {record for record, _, _ in text_fields()} <= {"gezin", *RECORD_TEMPLATES}


@pytest.mark.parametrize("char", ["\x07", "\x1b", "\x00", "\x7f", "\x9b", "\ufffe"])
@pytest.mark.parametrize("big", [False, True], ids=["klein", "groot"])
def test_a_raw_control_character_is_refused_at_its_line_and_column(char: str, big: bool) -> None:
    """Typed or pasted as it is (not as an escape), YAML's reader refuses it before any field
    is read: the message still names the character and its place. A big file is read by
    libyaml alone, which counts bytes; the column is still in characters."""
    filler = "# " + "é" * 60 + "\n"
    padding = filler * (5000 if big else 0)
    text = f"{padding}versie: 1\ngezin: Test\npersonen:\n  - id: a\n    naam: Zoë {char}x\n"
    assert len(text) > EXPLAIN_SLOWLY if big else len(text) < EXPLAIN_SLOWLY
    line = text.count("\n")
    expected = (
        f"gezin.yaml:{line}:15: hier staat een teken dat niet in een tekst hoort "
        f"({chars.escaped(char)})"
    )
    problems = refused(text)
    assert len(problems) == 1
    assert problems[0].startswith(expected)


@pytest.mark.parametrize(("record", "key", "lines"), text_fields())
@pytest.mark.parametrize(
    ("escape", "shown"),
    [
        ("\\e[2J", "\\x1b"),  # clears the screen
        ("\\e]0;titel\\a", "\\x1b"),  # retitles the window
        ("\\x07", "\\x07"),  # bell
        ("\\x85", "\\x85"),  # C1
        ("\\u202e", "\\u202e"),  # right-to-left override
        ("\\u2066", "\\u2066"),  # isolate
        ("\\uffff", "\\uffff"),
        ("\\ud800", "\\ud800"),  # a lone surrogate
        ("\\r", "\\r"),
    ],
)
def test_check_refuses_characters_that_are_never_data(
    record: str, key: str, lines: bool, escape: str, shown: str
) -> None:
    text = document(record, key, f'"Tekst{escape}tekst"')
    line = next(i for i, x in enumerate(text.splitlines(), 1) if "Tekst" in x)
    column = text.splitlines()[line - 1].index('"Tekst') + 1
    expected = (
        f"gezin.yaml:{line}:{column}: '{key}' bevat een teken dat niet in een tekst hoort "
        f"({shown}, het 6e teken)"
    )
    assert (
        [e for e in refused(text) if "bevat een teken" in e]
        == [e for e in refused(text) if e.startswith(expected)]
        != []
    )


@pytest.mark.parametrize(("record", "key", "lines"), text_fields())
def test_tab_and_newline_only_where_a_text_has_lines(record: str, key: str, lines: bool) -> None:
    for value, word in (('"een\\tdrie"', "tab"), ('"een\\ntwee"', "regelovergang")):
        text = document(record, key, value)
        if lines:
            load_text(text, "gezin.yaml")
        else:
            message = f"'{key}' moet op één regel passen (het 4e teken is een {word})"
            assert any(message in error for error in refused(text))


@pytest.mark.parametrize(("record", "key", "lines"), text_fields())
def test_every_text_is_bounded(record: str, key: str, lines: bool) -> None:
    most = NOTE_LENGTH if lines else TEXT_LENGTH
    load_text(document(record, key, "x" * most), "gezin.yaml")
    started = time.perf_counter()
    errors = refused(document(record, key, "x" * 100_000))
    assert time.perf_counter() - started < 5
    assert any(f"'{key}' is te lang: 100000 tekens, hoogstens {most}" in e for e in errors)


def test_arabic_persian_and_emoji_names_are_text() -> None:
    names = ["فاطمة الزهراء", "مه\u200cسا", "\u200fسارا (buurvrouw)", "Zoë 👩\u200d👧", "Ğül Şahin"]
    people = "".join(f'  - {{id: p{i}, naam: "{name}"}}\n' for i, name in enumerate(names))
    loaded = load_text(f"versie: 1\ngezin: Test\npersonen:\n{people}", "gezin.yaml")
    assert [p.naam for p in loaded.gezin.personen] == names


def test_ids_are_bounded_and_huge_values_are_not_echoed_whole() -> None:
    long_id = "a" * 5000
    errors = refused(f"versie: 1\ngezin: Test\npersonen:\n  - {{id: {long_id}, naam: A}}\n")
    assert any("dit id is te lang: 5000 tekens, hoogstens 200" in e for e in errors)
    assert all(len(e) < 600 for e in errors)
    key = "sleutel" * 140  # YAML allows keys of up to 1024 characters
    errors = refused(f"versie: 1\ngezin: Test\n{key}: 1\n")
    assert len(errors) == 1 and len(errors[0]) < 600 and "…" in errors[0]


def test_nothing_from_the_file_reaches_the_terminal_raw(tmp_path: Path) -> None:
    path = tmp_path / "gezin.yaml"
    path.write_text(
        'versie: 1\ngezin: Test\n"\\e]0;weg\\a[bold]sleutel[/bold]": 1\n'
        'personen:\n  - {id: a, naam: A, geslacht: "\\e[2Jv\\u202e"}\n',
        encoding="utf-8",
    )
    result = runner.invoke(app, ["check", str(path)])
    assert result.exit_code == 2
    for raw in ("\x1b", "\x07", "\u202e"):
        assert raw not in result.output
    assert "\\x1b]0;weg\\x07[bold]sleutel[/bold]" in result.stderr  # escaped, markup as written


def test_printable_escapes_exactly_what_is_never_data() -> None:
    every = "".join(chr(c) for c in range(0x10000)) + "\U0001f600"
    shown = console.printable(every)
    assert chars.NEVER.search(shown) is None
    kept = chars.NEVER.sub("", every)
    assert console.printable(kept) == kept  # tab, newline, Arabic marks, emoji: unchanged


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_device_is_read_no_further_than_the_limit(device: str) -> None:
    if not os.path.exists(device):
        pytest.skip(f"{device} does not exist here")
    started = time.perf_counter()
    result = runner.invoke(app, ["check", device])
    assert result.exit_code == 2
    assert "dit is meer dan 5 MB" in result.stderr
    assert time.perf_counter() - started < 10


def test_a_pipe_is_read_no_further_than_the_limit(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    fifo = tmp_path / "gezin.yaml"
    os.mkfifo(fifo)
    block = b"# " + b"x" * 1022 + b"\n"

    def write() -> None:
        try:
            with fifo.open("wb") as pipe:
                for _ in range(MAX_BYTES // len(block) + 64):  # past the limit
                    pipe.write(block)
        except BrokenPipeError:  # the reader stopped at the limit: as it should
            pass

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    result = runner.invoke(app, ["check", str(fifo)])
    writer.join(timeout=10)
    assert result.exit_code == 2
    assert "dit is meer dan 5 MB" in result.stderr
