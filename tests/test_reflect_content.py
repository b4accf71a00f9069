"""The question sets: the praatplaat's questions verbatim, every set complete and credited."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from netwerkcli.content import content_dir
from netwerkcli.reflect.model import Kind, all_sets, find_set

SEED = Path(__file__).parent / "data" / "reflectie" / "praatplaat_000.txt"


def seed_sections() -> dict[str, list[str]]:
    """The bullet questions of seed 000, per heading, exactly as the seed spells them."""
    sections: dict[str, list[str]] = {}
    current = None
    for line in SEED.read_text(encoding="utf-8").splitlines():
        if line.endswith(":") and not line.startswith(" "):
            current = line
            sections[current] = []
        elif line.startswith(" • ") and current:
            sections[current].append(line[3:].strip())
    return sections


def guiding_questions() -> list[str]:
    first = SEED.read_text(encoding="utf-8").split("\n\n")[2]
    return re.findall(r"‘([^’]*\?)’", first)


def texts(role: str) -> list[str]:
    qset = find_set(role)
    assert qset is not None
    return [q.text for q in qset.questions]


def test_seed_parsing_finds_all_the_questions() -> None:
    counts = [len(v) for v in seed_sections().values() if v]
    assert counts == [4, 10, 9]
    assert len(guiding_questions()) == 4


@pytest.mark.parametrize(
    ("heading", "role"),
    [
        ("In gesprek met jongeren en/of ouders:", "gezin"),
        (
            "In gesprek met professionals: casuïstiekoverleg, intervisie, supervisie en coaching:",
            "professional",
        ),
        ("Zelfreflectie – in gesprek met jezelf:", "zelf"),
    ],
)
def test_praatplaat_questions_are_verbatim_and_in_order(heading: str, role: str) -> None:
    assert texts(role) == seed_sections()[heading]


def test_guiding_questions_verbatim_as_scale_and_as_plaat_choice() -> None:
    houding = find_set("houding")
    plaat = find_set("plaat")
    assert houding is not None and plaat is not None
    scale_texts = [q.text for q in houding.questions if q.kind is Kind.SCALE]
    for question in guiding_questions():
        assert question in scale_texts
    assert list(plaat.questions[0].options) == guiding_questions()


def test_houding_is_a_scale_self_scan_of_ten_aspects_plus_four() -> None:
    houding = find_set("houding")
    assert houding is not None
    assert len(houding.questions) == 14
    assert all(q.kind is Kind.SCALE for q in houding.questions)
    assert sum("Houdingsaspect" in q.source for q in houding.questions) == 10


def test_every_role_is_complete_and_credited() -> None:
    roles = {s.role for s in all_sets()}
    assert {"gezin", "professional", "zelf", "samenwerking", "gelijkwaardig", "houding"} <= roles
    for qset in all_sets():
        assert qset.title and qset.setting and qset.description and qset.next_step
        assert qset.source.title and qset.source.makers and qset.source.passage
        ids = [q.id for q in qset.questions]
        assert len(ids) == len(set(ids))
        assert all(re.fullmatch(r"[a-z][a-z0-9-]*", i) for i in ids)


def test_paraphrased_sets_say_where_each_question_comes_from() -> None:
    for role in ("samenwerking", "gelijkwaardig"):
        qset = find_set(role)
        assert qset is not None
        assert all(q.source for q in qset.questions), role
        assert {Kind.OPEN, Kind.SCALE, Kind.CHOICE} <= {q.kind for q in qset.questions}


def test_aliases_and_case() -> None:
    assert find_set("jongere") is find_set("gezin")
    assert find_set("Ouder") is find_set("gezin")
    assert find_set("onbekend") is None


def test_content_is_found_where_the_package_looks() -> None:
    assert (content_dir() / "reflectie" / "professional.yaml").is_file()


def test_docs_and_screen_agree_on_the_number_of_questions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from netwerkcli.cli import reflect as reflect_cli
    from netwerkcli.cli.app import app
    from paths import ROOT

    monkeypatch.setattr(reflect_cli, "stdin_is_terminal", lambda: True)
    doc = (ROOT / "docs" / "reflectie.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `([a-z]+)`[^|]*\|[^|]*\| ([^|]*) \| (\d+) \|$", doc, re.M)
    assert {role for role, _, _ in rows} == {s.role for s in all_sets()}
    for role, described, on_screen in rows:
        qset = find_set(role)
        assert qset is not None
        named = [int(n) for n in re.findall(r"(\d+) (?:vragen|houdingsaspecten)", described)]
        if named:  # "de 10 vragen", "de 10 houdingsaspecten ... en de 4 vragen"
            assert sum(named) == len(qset.questions), role
        assert len(qset.with_next_step()) == int(on_screen), role
        result = CliRunner().invoke(
            app, ["reflect", "--rol", role, "--map", str(tmp_path)], input=":stop\n"
        )
        assert f"Vraag 1 van {on_screen}\n" in result.stderr, role
