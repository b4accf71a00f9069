"""Every kind of bad input gives a clear Dutch message at the right place, never a traceback."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from netwerkcli.errors import InvalidFile
from netwerkcli.loader import load_file, load_text

HEAD = "versie: 1\ngezin: Test\n"


def problems(text: str) -> list[str]:
    with pytest.raises(InvalidFile) as info:
        load_text(text, "gezin.yaml")
    return [str(p) for p in info.value.problems]


def only_error(text: str) -> str:
    found = [p for p in problems(text) if "waarschuwing" not in p]
    assert len(found) == 1, found
    return found[0]


# (name, file text, expected 'gezin.yaml:line:col' prefix or None, expected fragments)
CASES = [
    ("versie ontbreekt", "gezin: X\n", (1, 1), ["'versie' ontbreekt"]),
    ("versie 2", "versie: 2\ngezin: X\n", (1, "2"), ["versie 2", "versie 1"]),
    ("gezin ontbreekt", "versie: 1\n", (1, 1), ["'gezin' ontbreekt"]),
    ("lijst in plaats van map", "- versie: 1\n", (1, 1), ["sleutels met waarden"]),
    ("persoon is tekst", HEAD + "personen:\n  - noor\n", (4, 5), ["een persoon"]),
    ("personen geen lijst", HEAD + "personen: {id: a}\n", (3, "{id"), ["lijst"]),
    (
        "onbekende sleutel met suggestie",
        HEAD + "personen:\n  - {id: a, naam: A, ouder: [b]}\n",
        (4, "ouder"),
        ["onbekende sleutel 'ouder'", "bedoelde je 'ouders'", "Toegestaan: id"],
    ),
    ("onbekende sleutel bovenaan", HEAD + "persoonen: []\n", (3, 1), ["'persoonen'", "'personen'"]),
    ("dubbele sleutel", HEAD + "gezin: Y\n", (3, 1), ["twee keer", "regel 2"]),
    (
        "geslacht vrouw",
        HEAD + "personen:\n  - {id: a, naam: A, geslacht: vrouw}\n",
        (4, "vrouw"),
        ["geslacht 'vrouw' is geen keuze", "kies m, v of x", "'v'"],
    ),
    (
        "slecht id",
        HEAD + "personen:\n  - {id: Tante Amal, naam: A}\n",
        (4, "Tante"),
        ["'Tante Amal' is geen geldig id", "tante-amal"],
    ),
    ("naam ontbreekt", HEAD + "personen:\n  - {id: a}\n", (4, 5), ["geen 'naam'"]),
    (
        "slechte datum",
        HEAD + "personen:\n  - {id: a, naam: A, geboren: 14-03-2012}\n",
        (4, "14-03"),
        ["geen jaar of datum", "2012-03-14"],
    ),
    (
        "onmogelijke datum",
        HEAD + "personen:\n  - {id: a, naam: A, geboren: 2012-02-30}\n",
        (4, "2012-02-30"),
        ["bestaat niet"],
    ),
    (
        "overleden nee",
        HEAD + "personen:\n  - {id: a, naam: A, overleden: nee}\n",
        (4, "nee"),
        ["laat de sleutel weg"],
    ),
    (
        "drie ouders",
        HEAD + "personen:\n  - {id: a, naam: A, ouders: [b, c, d]}\n",
        (4, "[b"),
        ["één of twee ouders"],
    ),
    (
        "onbekende ouder",
        HEAD + "personen:\n  - {id: a, naam: A, ouders: [sane]}\n  - {id: sanne, naam: S}\n",
        (4, 5),
        ["ouder 'sane' bestaat niet", "'sanne'"],
    ),
    (
        "dubbel id",
        HEAD + "personen:\n  - {id: a, naam: A}\n  - {id: a, naam: B}\n",
        (5, 5),
        ["'a' bestaat al", "regel 4"],
    ),
    (
        "eigen voorouder",
        HEAD + "personen:\n  - {id: a, naam: A, ouders: [b]}\n"
        "  - {id: b, naam: B, ouders: [c]}\n  - {id: c, naam: C, ouders: [a]}\n",
        None,
        ["eigen voorouder", "→"],
    ),
    ("eigen ouder", HEAD + "personen:\n  - {id: a, naam: A, ouders: [a]}\n", None, ["eigen ouder"]),
    (
        "relatie met zichzelf",
        HEAD + "personen:\n  - {id: a, naam: A}\nrelaties:\n"
        "  - {partners: [a, a], soort: getrouwd}\n",
        (6, "[a, a]"),
        ["twee keer"],
    ),
    (
        "relatie soort fout",
        HEAD + "personen:\n  - {id: a, naam: A}\n  - {id: b, naam: B}\n"
        "relaties:\n  - {partners: [a, b], soort: gehuwd}\n",
        (7, "gehuwd"),
        ["'gehuwd' is geen keuze", "'getrouwd'"],
    ),
    (
        "tot voor van",
        HEAD + "personen:\n  - {id: a, naam: A}\n  - {id: b, naam: B}\n"
        "relaties:\n  - {partners: [a, b], soort: getrouwd, van: 2010, tot: 2005}\n",
        (7, 5),
        ["eindigt (2005) voordat zij begint (2010)"],
    ),
    (
        "kind voor ouder",
        HEAD + "personen:\n  - {id: a, naam: A, geboren: 1990, ouders: [b]}\n"
        "  - {id: b, naam: B, geboren: 1995}\n",
        (4, 5),
        ["eerder geboren dan ouder"],
    ),
    (
        "overleden voor geboren",
        HEAD + "personen:\n  - {id: a, naam: A, geboren: 1990, overleden: 1980}\n",
        (4, 5),
        ["overleden (1980) vóór de geboorte (1990)"],
    ),
    (
        "mishandeling zonder richting",
        HEAD + "personen:\n  - {id: a, naam: A}\n"
        "  - {id: b, naam: B}\nbanden:\n  - {tussen: [a, b], soort: mishandeling}\n",
        (7, "mishandeling"),
        ["richting"],
    ),
    (
        "band tussen en van",
        HEAD + "personen:\n  - {id: a, naam: A}\n  - {id: b, naam: B}\n"
        "banden:\n  - {tussen: [a, b], van: a, naar: b, soort: hecht}\n",
        (7, 5),
        ["niet beide"],
    ),
    (
        "twee huishoudens",
        HEAD + "personen:\n  - {id: a, naam: A}\nhuishoudens:\n"
        "  - {naam: Een, leden: [a]}\n  - {naam: Twee, leden: [a]}\n",
        (7, 5),
        ["twee huishoudens"],
    ),
    (
        "ring 4",
        HEAD + "netwerk:\n  - {id: x, naam: X, kring: buurt, cirkel: {belang: 4}}\n",
        (4, "4}"),
        ["cirkel '4' bestaat niet", "kies 1, 2 of 3"],
    ),
    (
        "onbekende vraag",
        HEAD + "netwerk:\n  - {id: x, naam: X, kring: buurt, cirkel: {helpe: 1}}\n",
        (4, "helpe"),
        ["onbekende sociogramvraag 'helpe'", "'helpen'"],
    ),
    (
        "kring fout",
        HEAD + "netwerk:\n  - {id: x, naam: X, kring: buren, cirkel: {belang: 1}}\n",
        (4, "buren"),
        ["kring 'buren'", "familie"],
    ),
    (
        "netwerk zonder naam",
        HEAD + "netwerk:\n  - {id: x, kring: buurt, cirkel: {belang: 1}}\n",
        (4, 5),
        ["geen 'naam'"],
    ),
    ("kern onbekend", HEAD + "kern: noor\n", (3, 1), ["kern 'noor' bestaat niet"]),
    (
        "eeneiig zonder tweeling",
        HEAD + "personen:\n  - {id: a, naam: A, eeneiig: ja}\n",
        (4, 5),
        ["tweeling"],
    ),
    (
        "ja/nee fout",
        HEAD + "personen:\n  - {id: a, naam: A, onbekend: misschien}\n",
        (4, "misschien"),
        ["kies ja of nee"],
    ),
]


@pytest.mark.parametrize(
    ("text", "where", "fragments"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_error_message(
    text: str, where: tuple[int, int | str] | None, fragments: list[str]
) -> None:
    message = only_error(text)
    if where:
        line, column = where
        if isinstance(column, str):  # the column where this word starts on that line
            column = text.splitlines()[line - 1].index(column) + 1
        assert message.startswith(f"gezin.yaml:{line}:{column}: "), message
    for fragment in fragments:
        assert fragment in message, message


def test_all_problems_at_once() -> None:
    text = HEAD + (
        "kern: nor\n"
        "personen:\n"
        "  - {id: noor, naam: Noor, geslacht: vrouw, ouder: [x]}\n"
        "  - {id: sanne, naam: Sanne, geboren: 20xx}\n"
    )
    found = problems(text)
    assert len(found) == 4, found
    assert [p.split(":")[1] for p in found] == ["3", "5", "5", "6"]


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ("versie: 1\ngezin: X\npersonen:\n\t- {id: a}\n", 4, "tab"),
        ("versie: 1\ngezin: X: Y\n", 2, "dubbele punt"),
        ("versie: 1\ngezin: [X\n", 3, "YAML"),
        ("versie: 1\ngezin: X\n---\nversie: 1\n", 3, "meer dan één document"),
        ("versie: 1\ngezin: *a\n", 2, "anker"),
        ("versie: 1\ngezin: 'X\n", 2, "nergens wordt gesloten"),
    ],
    ids=["tab", "dubbele punt", "open lijst", "twee documenten", "onbekend anker", "open quote"],
)
def test_yaml_syntax_errors_name_the_line(text: str, line: int, fragment: str) -> None:
    found = problems(text)
    assert len(found) == 1
    assert found[0].startswith(f"gezin.yaml:{line}:"), found
    assert fragment in found[0]


def file_problem(path: Path) -> str:
    with pytest.raises(InvalidFile) as info:
        load_file(path)
    assert len(info.value.problems) == 1
    return str(info.value.problems[0])


def test_missing_file(tmp_path: Path) -> None:
    assert "niet gevonden" in file_problem(tmp_path / "nergens.yaml")


def test_directory(tmp_path: Path) -> None:
    assert "is een map" in file_problem(tmp_path)


@pytest.mark.parametrize("content", [b"", b"   \n\n", b"# alleen commentaar\n"])
def test_empty_file(write, content: bytes) -> None:
    assert "leeg" in file_problem(write(content))


def test_not_utf8_names_the_line(write) -> None:
    message = file_problem(write("versie: 1\ngezin: Familie Öztürk\n".encode("latin-1")))
    assert message.startswith(str(Path(message.split(":")[0])) + ":2:")
    assert "UTF-8" in message


def test_binary_file(write) -> None:
    assert "geen tekstbestand" in file_problem(write(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))


def test_file_of_six_megabytes_is_refused_without_reading_it(write) -> None:
    path = write(b"versie: 1\ngezin: X\n# " + b"x" * (6 * 1024 * 1024) + b"\n")
    assert "5 MB" in file_problem(path)


def test_yaml_bomb_fails_fast() -> None:
    lines = ["versie: 1", "gezin: X", 'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        prev = f"*a{i - 1}"
        lines.append(f"a{i}: &a{i} [{', '.join([prev] * 9)}]")
    started = time.perf_counter()
    found = problems("\n".join(lines) + "\n")
    assert time.perf_counter() - started < 2
    assert len(found) == 1 and "5 MB" in found[0]


def test_recursive_alias_is_refused() -> None:
    found = problems("versie: 1\ngezin: X\npersonen: &p [*p]\n")
    assert any("zichzelf" in f for f in found)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file(write) -> None:
    path = write("versie: 1\ngezin: X\n")
    path.chmod(0)
    assert "toestemming" in file_problem(path)


def test_absurdly_deep_nesting_is_an_input_error() -> None:
    found = problems("versie: 1\ngezin: X\nnotitie: " + "[" * 5000 + "]" * 5000 + "\n")
    assert len(found) == 1 and "te diep genest" in found[0]
