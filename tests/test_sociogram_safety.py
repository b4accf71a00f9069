"""Text from the file is data: whatever a name holds, the SVG stays valid XML, the terminal gets
no control codes and no rich markup, and a very long name is shortened, not refused."""

from __future__ import annotations

import io
import re
import time
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

import svgtools
from netwerkcli.cli.app import app
from netwerkcli.errors import NetwerkError
from netwerkcli.fields import TEXT_LENGTH
from netwerkcli.model import Gezin, Huishouden, Kring, NetwerkPersoon, Persoon, Via
from netwerkcli.render.sociogram import build_sociogram, build_sociograms, wording
from netwerkcli.render.sociogram.text import table
from sociogramtools import name_of, note_of, read

runner = CliRunner()
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
NASTY = ["Jan\x1b]0;gehackt\x07", "\x00Nul", "Bel\x07\x08", "Niet\uffff\ufffe", "Esc\x1b[2J"]


def _family(name: str = "Familie Test", *network: NetwerkPersoon) -> Gezin:
    return Gezin(
        gezin=name,
        kern="kind",
        personen=(Persoon(id="kind", naam="Noa\x1b[5m"), Persoon(id="mama", naam="Ilse")),
        huishoudens=(Huishouden(naam="Thuis", leden=("mama", "kind")),),
        netwerk=network,
    )


def _placed(i: int, naam: str, **more: object) -> NetwerkPersoon:
    return NetwerkPersoon(
        id=f"p{i}",
        naam=naam,
        kring=list(Kring)[i % len(Kring)],
        cirkel=(("belang", 1 + i % 3), ("helpen", 1 + (i + 1) % 3)),
        **more,  # type: ignore[arg-type]
    )


def _nasty_family() -> Gezin:
    people = [
        _placed(i, name, relatie=f"oma{name}", buitenland=f"Syrië{name}", via=Via.SOCIALE_MEDIA)
        for i, name in enumerate(NASTY)
    ]
    return _family("Familie\x1b[31m Rood\x07", *people)


def _terminal(renderable: object) -> str:
    out = io.StringIO()
    Console(file=out, force_terminal=True, color_system="truecolor", width=200).print(renderable)
    return out.getvalue()


def test_control_characters_never_reach_the_svg_or_the_dot() -> None:
    for sociogram in build_sociograms(_nasty_family(), ["belang", "helpen"]):
        svg = sociogram.to_svg()
        root = svgtools.parse(svg)  # valid XML, or this raises
        assert not CONTROL.search(svg)
        assert not CONTROL.search(sociogram.to_dot())
        d = read(svg)
        assert len(d.people()) == len(NASTY)
        assert "Jan�]0;gehackt�" in [name_of(g) for g in d.people()]
        assert root.find(f"{svgtools.NS}title") is not None


def test_the_text_view_gets_no_control_codes_from_the_file() -> None:
    sociogram = build_sociogram(_nasty_family(), "belang")
    shown = _terminal(table(sociogram))
    # the terminal codes rich writes itself are colours (ESC [ ... m); nothing else
    assert not re.search(r"\x1b(?!\[[0-9;]*m)", shown)
    assert "\x07" not in shown and "\x00" not in shown and "\x08" not in shown
    assert "Jan�]0;gehackt�" in shown


def test_the_case_name_is_never_read_as_rich_markup(tmp_path: Path) -> None:
    source = tmp_path / "gezin.yaml"
    source.write_text(
        "versie: 1\n"
        "gezin: '[link=https://x.nl]X[/link] [/x] [b]'\n"
        "netwerk:\n"
        "  - {id: a, naam: '[red]Anna[/]', relatie: '[/relatie]', kring: familie,"
        " cirkel: {belang: 1}}\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["sociogram", str(source), "--tekst"])
    assert result.exit_code == 0, result.output
    assert "[link=https://x.nl]X[/link] [/x] [b]" in result.output
    assert "[red]Anna[/]" in result.output and "[/relatie]" in result.output
    shown = _terminal(
        table(build_sociograms(_family("[link=https://x.nl]X[/link]"), ["belang"])[0])
    )
    assert "\x1b]8;" not in shown and "[link=https://x.nl]X[/link]" in shown  # no hyperlink


def test_a_name_of_ten_thousand_characters_is_shortened_not_refused(tmp_path: Path) -> None:
    long_word = "Wolfeschlegelsteinhausenbergerdorff" * 300
    long_words = " ".join(["Maria-Magdalena"] * 700)
    family = _family("Familie " + "Lang" * 25_000, _placed(0, long_word), _placed(1, long_words))
    start = time.perf_counter()
    sociogram = build_sociogram(family)
    svg = sociogram.to_svg()
    assert time.perf_counter() - start < 10  # generous: it takes well under a second
    d = read(svg)
    for group in d.people():
        assert name_of(group).endswith("…")
        assert len(name_of(group)) < 80
    note = note_of(d.root)
    assert "Wolfeschlegelsteinhausenbergerdorff" in note and len(note) < 1000
    width = float(d.root.get("width") or 0)
    assert width < 2000  # the title was shortened too


def test_a_long_name_through_the_command(tmp_path: Path) -> None:
    # the longest names a file may have (longer ones check refuses at their line, issue 11)
    source = tmp_path / "gezin.yaml"
    source.write_text(
        "versie: 1\ngezin: Familie Lang\nkern: k\npersonen:\n"
        f"  - {{id: k, naam: {'K' * TEXT_LENGTH}}}\n"
        "netwerk:\n"
        f"  - {{id: a, naam: {'A' * TEXT_LENGTH}, relatie: {'oma ' * 49}oma, kring: familie,"
        " cirkel: {belang: 1}}\n",
        encoding="utf-8",
    )
    out = tmp_path / "s.svg"
    result = runner.invoke(app, ["sociogram", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    svgtools.parse(out.read_text(encoding="utf-8"))
    shown = runner.invoke(app, ["sociogram", str(source), "--tekst"])
    assert shown.exit_code == 0 and len(shown.output) < 5000


def test_shortening_takes_a_logarithmic_number_of_measurements(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls = 0
    measure = wording.width

    def counted(text: str, font: float) -> float:
        nonlocal calls
        calls += 1
        return measure(text, font)

    monkeypatch.setattr(wording, "width", counted)
    for size in (1_000, 100_000):
        calls = 0
        shortened = wording.shorten("x" * size, 11, 132)
        assert shortened.endswith("…") and wording.width(shortened, 11) <= 132
        assert calls <= 2 + size.bit_length() + 2
    calls = 0
    wording.shorten(wording.shown("Lang " * 100_000), 11, 132)
    assert calls < 20


def test_shown_text_is_safe_and_bounded() -> None:
    assert wording.shown("Jan\tvan\n\nDijk\x1b") == "Jan van Dijk\ufffd"
    assert len(wording.shown("a" * 1_000_000)) == wording.MAX_CHARS
    assert wording.shown("a" * 1_000_000).endswith("…")
    assert wording.shown("Zoë يوسف") == "Zoë يوسف"


def test_a_network_too_large_to_draw_is_refused_before_any_work() -> None:
    people = [_placed(i, f"Persoon {i}") for i in range(2_001 * 3 // 2)]
    family = _family("Groot", *people)
    start = time.perf_counter()
    with pytest.raises(NetwerkError, match="te veel mensen") as refused:
        build_sociogram(family)
    assert time.perf_counter() - start < 5
    assert refused.value.exit_code == 2 and "--tekst" in (refused.value.hint or "")
    # the text view needs no drawing, so it shows them all
    (text,) = build_sociograms(family, ["belang"], layout=False)
    assert len(text.figures) == len(people)
