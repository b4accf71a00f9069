"""Error messages point at the mistake, found as a new user makes them (issue 9, item 4)."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

from netwerkcli import messages
from netwerkcli.errors import InvalidFile
from netwerkcli.loader import load_text

HEAD = "versie: 1\ngezin: Test\n"


def errors(text: str) -> list[str]:
    with pytest.raises(InvalidFile) as info:
        load_text(text, "gezin.yaml")
    return [str(p) for p in info.value.problems if p.is_fout]


def only(text: str) -> str:
    found = errors(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "where", "quote"),
    [
        ('versie: 1\ngezin: "Familie Haddad\npersonen: []\n', "2:8", '"'),
        ("versie: 1\ngezin: 'Familie Haddad\npersonen: []\n", "2:8", "'"),
        (HEAD + 'personen:\n  - {id: a, naam: "Yara}\n', "4:19", '"'),
        (HEAD + 'netwerk:\n  - id: a\n    naam: "Anneke\n    kring: buurt\n', "5:11", '"'),
    ],
)
def test_unclosed_quote_is_reported_where_it_opens(text: str, where: str, quote: str) -> None:
    message = only(text)
    assert message.startswith(f"gezin.yaml:{where}: "), message
    assert quote in message and "gesloten" in message


def test_quote_closed_by_a_later_quote_is_reported_where_it_opens() -> None:
    text = HEAD + 'personen:\n  - {id: a, naam: "Yara}\n  - {id: b, naam: "Omar"}\n'
    message = only(text)
    assert message.startswith("gezin.yaml:4:19: "), message
    assert "pas op regel 5 gesloten" in message


@pytest.mark.parametrize(
    ("text", "where", "fragment"),
    [
        (HEAD + "personen:\n  - id: a\n     naam: A\n", "5:6", "'naam' springt 1 spatie verder"),
        (HEAD + "personen:\n  - id: a\n   naam: A\n", "5:4", "'naam' springt 1 spatie minder"),
        ("versie: 1\n gezin: X\n", "2:2", "'gezin' springt 1 spatie verder in dan 'versie'"),
        (
            HEAD + "netwerk:\n  - id: a\n    naam: A\n      kring: buurt\n",
            "6:7",
            "'kring' springt 2 spaties verder in dan 'naam' op regel 5",
        ),
        (
            HEAD + "netwerk:\n  - id: a\n    cirkel:\n      belang: 1\n       helpen: 2\n",
            "7:8",
            "'helpen' springt 1 spatie verder in dan 'belang'",
        ),
        (
            HEAD + "personen:\n  - {id: a, naam: A}\n   - {id: b, naam: B}\n",
            "5:4",
            "dit item springt 1 spatie verder",
        ),
    ],
)
def test_one_space_too_much_or_too_little_is_called_indentation(
    text: str, where: str, fragment: str
) -> None:
    message = only(text)
    assert message.startswith(f"gezin.yaml:{where}: "), message
    assert fragment in message
    assert "aanhalingstekens" not in message


def test_a_colon_inside_text_still_asks_for_quotes() -> None:
    message = only(HEAD + "netwerk:\n  - id: a\n    notitie: zegt: hallo\n")
    assert message.startswith("gezin.yaml:5:18: ")
    assert "aanhalingstekens" in message


def test_one_number_for_cirkel_shows_a_real_example() -> None:
    text = HEAD + "netwerk:\n  - {id: a, naam: A, kring: buurt, cirkel: 2}\n"
    message = only(text)
    assert "{{" not in message and "}}" not in message
    assert "cirkel: {belang: 2, helpen: 2, weten: 2}" in message


def _catalogue() -> list[tuple[str, str]]:
    found = []
    for info in pkgutil.iter_modules(messages.__path__):
        module = importlib.import_module(f"netwerkcli.messages.{info.name}")
        for name, value in vars(module).items():
            values = value if isinstance(value, list | tuple) else [value]
            for item in values:
                for text in item if isinstance(item, tuple) else [item]:
                    if isinstance(text, str):
                        found.append((f"{info.name}.{name}", text))
    return found


def test_doubled_braces_only_in_texts_that_are_formatted() -> None:
    """'{{' prints as '{{' unless the text goes through str.format, which needs a placeholder."""
    placeholder = re.compile(r"(?<!\{)\{[a-z_]+[^{}]*\}(?!\})")
    for name, text in _catalogue():
        if "{{" in text:
            assert placeholder.search(text), name


def test_control_characters_from_the_file_never_reach_the_terminal(write) -> None:
    from typer.testing import CliRunner

    from netwerkcli.cli.app import app

    path = write(
        HEAD + 'netwerk:\n  - {id: a, naam: "\\e[31mRood\\x07", kring: buurt, cirkel: {belang: 1},'
        " steun: [oppas], toestemming: nee}\n"
    )
    result = CliRunner().invoke(app, ["check", str(path)])
    assert result.exit_code == 2  # refused at its place (issue 11), the character shown escaped
    assert ":4:19: 'naam' bevat een teken dat niet in een tekst hoort (\\x1b" in result.stderr
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr
