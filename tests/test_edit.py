"""Editing without an editor changes one record and leaves every other byte of the file alone."""

from __future__ import annotations

import difflib
import shutil
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from netwerkcli.cli.app import app
from netwerkcli.edit import changes
from netwerkcli.loader import load_file, load_text
from paths import EXAMPLES

runner = CliRunner()
EXAMPLE_NAMES = ["de-vries", "familie-haddad", "familie-jansen"]


@pytest.fixture(params=EXAMPLE_NAMES)
def example(request, tmp_path: Path) -> Path:
    target = tmp_path / f"{request.param}.yaml"
    shutil.copy(EXAMPLES / target.name, target)
    return target


def run(*args: str | Path, input: str | None = None):
    return runner.invoke(app, [str(a) for a in args], input=input)


def record_lines(text: str, section: str, index: int) -> range:
    """The 1-based lines of item ``index`` of ``section``, as the YAML composer sees them."""
    root = yaml.compose(text)
    items = next(v for k, v in root.value if k.value == section)
    item = items.value[index]
    first = item.start_mark.line + 1
    last_scalar = max((n.end_mark.line + 1 for n in _scalars(item) if n.value != ""), default=first)
    return range(first, last_scalar + 1)


def _scalars(node):
    if isinstance(node, yaml.ScalarNode):
        yield node
    elif isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            yield from _scalars(k)
            yield from _scalars(v)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from _scalars(item)
    if isinstance(node, yaml.CollectionNode) and node.flow_style:
        yield yaml.ScalarNode("", "x", node.end_mark, node.end_mark)


def touched(before: str, after: str) -> tuple[set[int], list[int]]:
    """Original lines replaced or deleted, and the original line numbers before which lines
    were inserted (1-based)."""
    matcher = difflib.SequenceMatcher(
        a=before.splitlines(keepends=True), b=after.splitlines(keepends=True), autojunk=False
    )
    changed: set[int] = set()
    inserted: list[int] = []
    for tag, i1, i2, _, _ in matcher.get_opcodes():
        if tag in ("replace", "delete"):
            changed |= set(range(i1 + 1, i2 + 1))
        elif tag == "insert":
            inserted.append(i1 + 1)
    return changed, inserted


def items_of(text: str, section: str) -> list[dict]:
    return yaml.safe_load(text).get(section) or []


# -- every command on the three examples --------------------------------------------------------
def test_persoon_wijzig_touches_only_that_person(example: Path) -> None:
    before = example.read_text(encoding="utf-8")
    people = items_of(before, "personen")
    for index, person in enumerate(people):
        current = example.read_text(encoding="utf-8")
        span = record_lines(current, "personen", index)
        result = run("persoon", "wijzig", example, person["id"], "--woonplaats", "Nieuw-Buinen")
        assert result.exit_code == 0, result.output
        after = example.read_text(encoding="utf-8")
        changed, inserted = touched(current, after)
        assert changed <= set(span) and set(inserted) <= set(range(span.start, span.stop + 1))
    assert load_file(example).gezin.persoon(people[0]["id"]).woonplaats == "Nieuw-Buinen"


def test_netwerklid_wijzig_touches_only_that_network_person(example: Path) -> None:
    for index, person in enumerate(items_of(example.read_text(encoding="utf-8"), "netwerk")):
        current = example.read_text(encoding="utf-8")
        span = record_lines(current, "netwerk", index)
        result = run(
            "netwerklid", "wijzig", example, person["id"], "--cirkel", "helpen=2", "--contact",
            "maandelijks", "--steun-terug", "gezelschap",
        )  # fmt: skip
        assert result.exit_code == 0, result.output
        changed, inserted = touched(current, example.read_text(encoding="utf-8"))
        assert changed <= set(span) and set(inserted) <= set(range(span.start, span.stop + 1))
    for person in load_file(example).gezin.netwerk:
        assert person.ring("helpen") == 2 and person.contact.value == "maandelijks"


def test_relatie_wijzig_touches_only_that_relationship(example: Path) -> None:
    for index, relation in enumerate(items_of(example.read_text(encoding="utf-8"), "relaties")):
        current = example.read_text(encoding="utf-8")
        span = record_lines(current, "relaties", index)
        one, two = relation["partners"]
        result = run("relatie", "wijzig", example, two, one, "--van", "1970")
        assert result.exit_code == 0, result.output
        changed, inserted = touched(current, example.read_text(encoding="utf-8"))
        assert changed == set(span) and inserted == []


@pytest.mark.parametrize(
    "command",
    [
        ["persoon", "toevoegen", "--naam", "Zoë El Amrani", "--geslacht", "v", "--geboren", "2001"],
        ["relatie", "toevoegen", "{a}", "{b}", "--soort", "uit-elkaar", "--van", "2000"],
        [
            "netwerklid",
            "toevoegen",
            "--naam",
            "Buurman Ömer",
            "--kring",
            "buurt",
            "--cirkel",
            "belang=2,helpen=1,weten=3",
            "--toestemming",
            "jongere=ja,ouders=onbekend",
        ],
    ],
    ids=["persoon", "relatie", "netwerklid"],
)
def test_toevoegen_then_verwijder_leaves_the_file_byte_identical(
    example: Path, command: list[str]
) -> None:
    original = example.read_bytes()
    text = original.decode("utf-8")
    people = [p["id"] for p in items_of(text, "personen")]
    command = [c.format(a=people[1], b=people[-1]) for c in command]
    section = {"persoon": "personen", "relatie": "relaties", "netwerklid": "netwerk"}[command[0]]
    result = run(command[0], "toevoegen", example, *command[2:])
    assert result.exit_code == 0, result.output
    after = example.read_text(encoding="utf-8")
    changed, inserted = touched(text, after)
    last = record_lines(text, section, len(items_of(text, section)) - 1)
    assert changed == set() and inserted == [last.stop], "only lines after the section's last"
    added = items_of(after, section)[-1]
    if command[0] == "relatie":
        remove = ["relatie", "verwijder", example, *added["partners"]]
    else:
        remove = [command[0], "verwijder", example, added["id"]]
    result = run(*remove)
    assert result.exit_code == 0, result.output
    assert example.read_bytes() == original


def test_a_value_changed_and_changed_back_gives_the_same_bytes(example: Path) -> None:
    original = example.read_bytes()
    text = original.decode("utf-8")
    first = items_of(text, "personen")[0]
    assert run("persoon", "wijzig", example, first["id"], "--naam", "Anders").exit_code == 0
    assert example.read_bytes() != original
    assert run("persoon", "wijzig", example, first["id"], "--naam", first["naam"]).exit_code == 0
    assert example.read_bytes() == original


def test_an_edit_that_changes_nothing_does_not_write(example: Path) -> None:
    first = items_of(example.read_text(encoding="utf-8"), "personen")[0]
    before = example.stat()
    result = run("persoon", "wijzig", example, first["id"], "--naam", first["naam"])
    assert result.exit_code == 0 and "niets veranderd" in result.stderr
    assert example.stat().st_mtime_ns == before.st_mtime_ns


# -- refusals ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("command", "message"),
    [
        (
            ["persoon", "wijzig", "{f}", "noor", "--geslacht", "vrouw"],
            "{f}:8:42: geslacht 'vrouw' is geen keuze (bedoelde je 'v'?)",
        ),
        (
            ["persoon", "wijzig", "{f}", "noor", "--ouders", "sanne,marc"],
            "{f}:8:5: ouder 'marc' bestaat niet in personen (bedoelde je 'mark'?)",
        ),
        (
            ["persoon", "toevoegen", "{f}", "--id", "noor", "--naam", "Noor"],
            "{f}:16:5: het id 'noor' bestaat al (regel 8)",
        ),
        (
            ["persoon", "wijzig", "{f}", "piet", "--overleden", "1950"],
            "{f}:15:5: 'piet' is overleden (1950) vóór de geboorte (1955)",
        ),
        (
            ["relatie", "toevoegen", "{f}", "noor", "noor", "--soort", "relatie"],
            "'noor' staat twee keer in 'partners'",
        ),
        (
            ["relatie", "wijzig", "{f}", "mark", "sanne", "--wis", "soort"],
            "{f}:18:5: de verplichte sleutel 'soort' ontbreekt in een relatie",
        ),
        (
            ["netwerklid", "wijzig", "{f}", "fatima", "--via", "whatsapp"],
            "via 'whatsapp' is geen keuze (bedoelde je 'sociale-media'?)",
        ),
        (
            [
                "netwerklid",
                "toevoegen",
                "{f}",
                "--naam",
                "X",
                "--kring",
                "sport",
                "--cirkel",
                "belang=4",
            ],
            "bedoelde je 'vereniging'?",
        ),
    ],
)
def test_an_edit_that_would_make_the_file_invalid_is_refused(
    tmp_path: Path, command: list[str], message: str
) -> None:
    path = tmp_path / "gezin.yaml"
    shutil.copy(EXAMPLES / "de-vries.yaml", path)
    original = path.read_bytes()
    result = run(*[c.format(f=path) for c in command])
    assert result.exit_code == 2
    assert "Niet gewijzigd" in result.stderr
    assert message.format(f=path) in result.stderr
    assert path.read_bytes() == original


def test_removing_a_referenced_person_refuses_without_a_terminal(tmp_path: Path) -> None:
    path = tmp_path / "gezin.yaml"
    shutil.copy(EXAMPLES / "de-vries.yaml", path)
    original = path.read_bytes()
    result = run("persoon", "verwijder", path, "mark")
    assert result.exit_code == 2
    for line in ("regel 8: ouder van Noor", "regel 18: relatie met Sanne", "regel 23: band met"):
        assert line in result.stderr
    assert "--met-verwijzingen" in result.stderr
    assert path.read_bytes() == original


def test_removing_with_references_leaves_no_dangling_id(tmp_path: Path) -> None:
    path = tmp_path / "gezin.yaml"
    shutil.copy(EXAMPLES / "de-vries.yaml", path)
    result = run("persoon", "verwijder", path, "jannie", "--met-verwijzingen")
    assert result.exit_code == 0, result.output
    text = path.read_text(encoding="utf-8")
    assert "jannie" not in text
    assert "ouders: [piet]" in text  # Sanne keeps her other parent
    assert run("check", path).exit_code == 0


def test_removing_the_kern_removes_kern_too(tmp_path: Path) -> None:
    path = tmp_path / "gezin.yaml"
    shutil.copy(EXAMPLES / "familie-jansen.yaml", path)
    result = run("persoon", "verwijder", path, "lotte", "--met-verwijzingen")
    assert result.exit_code == 0, result.output
    gezin = load_file(path).gezin
    assert gezin.kern is None and gezin.persoon("lotte") is None


@pytest.mark.parametrize(("answer", "kept"), [("n\n", True), ("j\n", False), ("\n", True)])
def test_on_a_terminal_removal_with_references_asks(
    tmp_path: Path, monkeypatch, answer: str, kept: bool
) -> None:
    from netwerkcli.cli import reflect as reflect_cli

    monkeypatch.setattr(reflect_cli, "stdin_is_terminal", lambda: True)
    path = tmp_path / "gezin.yaml"
    shutil.copy(EXAMPLES / "de-vries.yaml", path)
    original = path.read_bytes()
    result = run("persoon", "verwijder", path, "lisa", input=answer)
    assert result.exit_code == 0, result.output
    assert "relatie met Mark" in result.stderr
    assert (path.read_bytes() == original) is kept
    if not kept:
        assert "lisa" not in path.read_text(encoding="utf-8")


def test_unknown_id_suggests_the_nearest(tmp_path: Path) -> None:
    path = tmp_path / "gezin.yaml"
    shutil.copy(EXAMPLES / "de-vries.yaml", path)
    result = run("persoon", "wijzig", path, "nor", "--naam", "Noor")
    assert result.exit_code == 2
    assert "'nor' staat niet in" in result.stderr and "bedoelde je 'noor'?" in result.stderr


# -- the file's own form ----------------------------------------------------------------------
def test_bom_crlf_and_permissions_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "gezin.yaml"
    text = "versie: 1\r\ngezin: Test\r\npersonen:\r\n  - {id: a, naam: A}\r\n"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    path.chmod(0o640)
    assert run("persoon", "toevoegen", path, "--naam", "Bé").exit_code == 0
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8-sig") == text + "  - {id: be, naam: Bé}\r\n"
    assert path.stat().st_mode & 0o777 == 0o640


def test_block_records_get_new_keys_in_field_order(tmp_path: Path) -> None:
    text = (
        "versie: 1\ngezin: Test\nnetwerk:\n  - id: a\n    naam: A   # buurvrouw\n"
        "    kring: buurt\n    cirkel:\n      belang: 1\n    notitie: x\n"
    )
    found = changes.find(text, "netwerk", lambda r: r["id"] == "a")[0]
    new = changes.change(text, "netwerk", found, {"relatie": "buurvrouw", "cirkel": {"weten": 2}})
    assert new == (
        "versie: 1\ngezin: Test\nnetwerk:\n  - id: a\n    naam: A   # buurvrouw\n"
        "    relatie: buurvrouw\n    kring: buurt\n    cirkel:\n      belang: 1\n      weten: 2\n"
        "    notitie: x\n"
    )
    load_text(new)


def test_first_item_of_an_empty_or_missing_list(tmp_path: Path) -> None:
    path = tmp_path / "gezin.yaml"
    path.write_text(
        "versie: 1\ngezin: Test\n\npersonen:\n  - {id: a, naam: A}\n  - {id: b, naam: B}\n\n"
        "netwerk: []   # later\n"
    )
    assert run("relatie", "toevoegen", path, "a", "b", "--soort", "getrouwd").exit_code == 0
    assert run("netwerklid", "toevoegen", path, "--id", "a", "--kring", "familie",
               "--cirkel", "belang=1").exit_code == 0  # fmt: skip
    assert path.read_text() == (
        "versie: 1\ngezin: Test\n\npersonen:\n  - {id: a, naam: A}\n  - {id: b, naam: B}\n\n"
        "relaties:\n  - {partners: [a, b], soort: getrouwd}\n\n"
        "netwerk:   # later\n  - {id: a, kring: familie, cirkel: {belang: 1}}\n"
    )


def test_two_relationships_between_the_same_people_are_told_apart_by_line(tmp_path: Path) -> None:
    path = tmp_path / "gezin.yaml"
    path.write_text(
        "versie: 1\ngezin: Test\npersonen:\n  - {id: a, naam: A}\n  - {id: b, naam: B}\n"
        "relaties:\n  - {partners: [a, b], soort: gescheiden, van: 2000, tot: 2005}\n"
        "  - {partners: [b, a], soort: getrouwd, van: 2010}\n",
        encoding="utf-8",
    )
    result = run("relatie", "wijzig", path, "a", "b", "--van", "2011")
    assert result.exit_code == 2 and "regels 7, 8" in result.stderr and "--regel" in result.stderr
    assert run("relatie", "wijzig", path, "a", "b", "--regel", "9", "--van", "2011").exit_code == 2
    assert run("relatie", "wijzig", path, "a", "b", "--regel", "8", "--van", "2011").exit_code == 0
    assert path.read_text(encoding="utf-8").endswith("soort: getrouwd, van: 2011}\n")
