"""``netwerk sociogram`` through CliRunner, plus one real subprocess run."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from netwerkcli.cli.app import app
from paths import EXAMPLES
from sociogramtools import DATA

runner = CliRunner()


@pytest.fixture
def family(tmp_path: Path) -> Path:
    target = tmp_path / "gezin.yaml"
    shutil.copy(EXAMPLES / "de-vries.yaml", target)
    return target


def test_default_writes_the_belang_drawing_next_to_the_file(family: Path) -> None:
    result = runner.invoke(app, ["sociogram", str(family)])
    assert result.exit_code == 0, result.output
    svg = (family.parent / "gezin-sociogram-belang.svg").read_text(encoding="utf-8")
    assert "heel belangrijk" in svg and 'id="persoon-jannie"' in svg


def test_vraag_picks_the_question(family: Path) -> None:
    result = runner.invoke(app, ["sociogram", str(family), "--vraag", "helpen"])
    assert result.exit_code == 0, result.output
    svg = (family.parent / "gezin-sociogram-helpen.svg").read_text(encoding="utf-8")
    assert "zeker niet" in svg and "Wie zou zeker mogen helpen?" in svg


def test_unknown_question_exits_2_and_lists_the_known_ones(family: Path) -> None:
    result = runner.invoke(app, ["sociogram", str(family), "--vraag", "steun"])
    assert result.exit_code == 2
    assert "steun" in result.output
    assert "belang, helpen, weten" in result.output
    assert not list(family.parent.glob("*.svg"))


def test_alle_writes_one_drawing_per_question(family: Path) -> None:
    result = runner.invoke(app, ["sociogram", str(family), "--alle"])
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in family.parent.glob("*.svg"))
    assert names == [f"gezin-sociogram-{q}.svg" for q in ("belang", "helpen", "weten")]


def test_alle_with_o_adds_the_question_to_the_name(family: Path) -> None:
    out = family.parent / "x.dot"
    result = runner.invoke(app, ["sociogram", str(family), "--alle", "-o", str(out)])
    assert result.exit_code == 0, result.output
    for q in ("belang", "helpen", "weten"):
        assert (family.parent / f"x-{q}.dot").read_text(encoding="utf-8").startswith("graph")


def test_alle_to_stdout_is_refused(family: Path) -> None:
    result = runner.invoke(app, ["sociogram", str(family), "--alle", "-o", "-"])
    assert result.exit_code == 2
    assert "--alle" in result.output


def test_dot_to_stdout(family: Path) -> None:
    result = runner.invoke(app, ["sociogram", str(family), "-o", "-", "--formaat", "dot"])
    assert result.exit_code == 0, result.output
    assert 'pos="' in result.output and '"persoon-fatima"' in result.output


def test_png_output(family: Path) -> None:
    out = family.parent / "s.png"
    result = runner.invoke(app, ["sociogram", str(family), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"\x89PNG")


def test_tekst_prints_the_rings_and_writes_nothing(family: Path) -> None:
    result = runner.invoke(app, ["sociogram", str(family), "--tekst", "--vraag", "weten"])
    assert result.exit_code == 0, result.output
    for text in ("het meest", "een beetje", "heel weinig", "Jannie", "Trainer Erik"):
        assert text in result.output
    assert not list(family.parent.glob("*.svg"))


def test_person_without_a_ring_is_warned_about(tmp_path: Path) -> None:
    source = tmp_path / "g.yaml"
    shutil.copy(DATA / "geen-toestemming.yaml", source)
    result = runner.invoke(app, ["sociogram", str(source), "--vraag", "weten", "--tekst"])
    assert result.exit_code == 0, result.output
    assert "waarschuwing" in result.output and "Oom Kees" in result.output
    assert "zonder cirkel" in result.output


def test_invalid_file_exits_2(write) -> None:  # type: ignore[no-untyped-def]
    path = write(
        "versie: 1\ngezin: X\nnetwerk:\n  - {id: a, naam: A, kring: fout, cirkel: {belang: 1}}\n"
    )
    result = runner.invoke(app, ["sociogram", str(path)])
    assert result.exit_code == 2
    assert not list(path.parent.glob("*.svg"))


def test_real_subprocess(family: Path) -> None:
    out = family.parent / "echt.svg"
    done = subprocess.run(
        [sys.executable, "-m", "netwerkcli", "sociogram", str(family), "-o", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert out.read_text(encoding="utf-8").startswith("<?xml")


def test_alle_draws_each_question_exactly_as_alone(family: Path) -> None:
    """The rings are sized once for all questions: --alle gives the drawings one by one gives."""
    result = runner.invoke(
        app, ["sociogram", str(family), "--alle", "-o", str(family.parent / "a.svg")]
    )
    assert result.exit_code == 0, result.output
    for q in ("belang", "helpen", "weten"):
        alone = family.parent / f"{q}.svg"
        result = runner.invoke(app, ["sociogram", str(family), "--vraag", q, "-o", str(alone)])
        assert result.exit_code == 0, result.output
        together = (family.parent / f"a-{q}.svg").read_text(encoding="utf-8")
        assert together == alone.read_text(encoding="utf-8")
