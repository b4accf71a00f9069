"""`netwerk check FILE...`, `netwerk genogram FILE [-o PAD]` and `netwerk sociogram FILE [-o PAD]`
without Typer: the quick way says and does what Typer's way does.

``netwerk check -- FILES`` (``--`` ends the options, so Click parses it) goes through Typer;
``netwerk check FILES`` takes the quick way (and so for the drawings). Both run here as real
processes of the installed console script, and must give the same stdout, stderr and exit code,
and write the same files.
"""

from __future__ import annotations

import inspect
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.main import get_command as typer_command

from netwerkcli.cli import COMPLETE_VAR, quick_check, quick_drawing
from paths import EXAMPLES

SCRIPT = Path(sys.executable).parent / "netwerk"
ENV = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "NO_COLOR", COMPLETE_VAR)}

VALID = EXAMPLES / "de-vries.yaml"
WARNINGS = (
    "versie: 1\ngezin: Familie El Amrani\nnetwerk:\n"
    "  - {id: b, naam: Buurvrouw Fatima, kring: buurt, cirkel: {belang: 1}, toestemming: nee,"
    " steun: [oppas]}\n"
)
INVALID = (  # several problems at once
    "versie: 1\ngezin: Familie Öztürk\nkern: noor\npersonen:\n"
    "  - {id: ayse, naam: Ayşe, geslacht: vrouw}\n"
    "  - {id: ayse, naam: Ayşe Öztürk, geslacht: v, geboren: morgen}\n"
)

pytestmark = pytest.mark.skipif(not SCRIPT.exists(), reason="netwerk is not installed here")


def netwerk(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(SCRIPT), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="backslashreplace",  # output in another encoding compares all the same
        env=env or ENV,
        timeout=60,
        check=False,
    )


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    """Family files as users have them: valid, with warnings, invalid, empty, absent, a folder."""
    made = {
        "geldig": VALID,
        "waarschuwing": tmp_path / "gezin-el-amrani.yaml",
        "ongeldig": tmp_path / "gezin Öztürk.yaml",
        "leeg": tmp_path / "leeg.yaml",
        "ontbreekt": tmp_path / "nee.yaml",
        "map": tmp_path,
    }
    made["waarschuwing"].write_text(WARNINGS, encoding="utf-8")
    made["ongeldig"].write_text(INVALID, encoding="utf-8")
    made["leeg"].write_text("", encoding="utf-8")
    return made


@pytest.mark.parametrize(
    ("names", "code"),
    [
        (["geldig"], 0),
        (["waarschuwing"], 0),
        (["ongeldig"], 2),
        (["ontbreekt"], 2),
        (["map"], 2),
        (["leeg"], 2),
        (["geldig", "ongeldig", "waarschuwing", "ontbreekt", "map", "leeg", "geldig"], 2),
        (["geldig", "waarschuwing"], 0),
    ],
)
def test_quick_way_and_typers_way_say_the_same(
    files: dict[str, Path], names: list[str], code: int
) -> None:
    paths = [str(files[name]) for name in names]
    quick = netwerk("check", *paths)
    typer = netwerk("check", "--", *paths)
    assert quick.returncode == code, quick.stderr
    assert (quick.stdout, quick.stderr, quick.returncode) == (
        typer.stdout,
        typer.stderr,
        typer.returncode,
    )
    assert "Traceback" not in quick.stderr


@pytest.mark.parametrize(
    "setting",
    [{"FORCE_COLOR": "1"}, {"PYTHONIOENCODING": "ascii"}, {"PYTHONIOENCODING": "latin-1"}],
)
def test_the_same_in_colour_and_other_encodings(
    files: dict[str, Path], setting: dict[str, str]
) -> None:
    arabic = files["map"] / "gezin-أمل.yaml"  # a name that ASCII and Latin-1 cannot write
    arabic.write_text(INVALID, encoding="utf-8")
    paths = [str(files["geldig"]), str(files["waarschuwing"]), str(arabic)]
    env = {**ENV, **setting}
    quick = netwerk("check", *paths, env=env)
    typer = netwerk("check", "--", *paths, env=env)
    assert quick.returncode == 2
    assert (quick.stdout, quick.stderr) == (typer.stdout, typer.stderr)


@pytest.mark.parametrize(
    ("args", "quick"),
    [
        (["check", "gezin.yaml"], True),
        (["check", "a.yaml", "b c.yaml", "Öztürk.yaml"], True),
        (["check"], False),  # Typer says a file is missing
        ([], False),
        (["genogram", "gezin.yaml"], False),
        (["check", "--help"], False),
        (["check", "-h"], False),
        (["check", "gezin.yaml", "--kleur"], False),
        (["check", "--", "gezin.yaml"], False),
        (["check", "-"], False),
        (["--version", "check", "gezin.yaml"], False),
        (["CHECK", "gezin.yaml"], False),
    ],
)
def test_only_exactly_check_files_takes_the_quick_way(
    monkeypatch: pytest.MonkeyPatch, args: list[str], quick: bool
) -> None:
    monkeypatch.delenv(COMPLETE_VAR, raising=False)
    expected = [Path(arg) for arg in args[1:]] if quick else None
    assert quick_check(args) == expected


def test_shell_completion_goes_to_typer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(COMPLETE_VAR, "bash_complete")
    assert quick_check(["check", "gezin.yaml"]) is None


# Runs netwerk's console script in this process, with the loader replaced by one that fails.
FAILING = """
import sys
from netwerkcli import loader

def fails(path, today=None):
    raise {error}

loader.load_file = fails
sys.argv = ["netwerk", *sys.argv[1:]]
from netwerkcli.cli import main
main()
"""


def failing(error: str, *args: str, debug: bool = False) -> subprocess.CompletedProcess[str]:
    env = {**ENV, "NETWERK_DEBUG": "1"} if debug else {**ENV, "NETWERK_DEBUG": ""}
    return subprocess.run(
        [sys.executable, "-c", FAILING.format(error=error), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize(
    ("error", "code", "said"),
    [
        ("KeyboardInterrupt()", 130, "Onderbroken."),
        ("ValueError('Noor Jansen, geboren 2012-03-14')", 1, "(ValueError)"),
        ("PermissionError(13, 'Geen toegang')", 1, "(PermissionError)"),
    ],
)
def test_interrupt_and_bug_alike_both_ways(error: str, code: int, said: str) -> None:
    quick = failing(error, "check", str(VALID))
    typer = failing(error, "check", "--", str(VALID))
    assert quick.returncode == code
    assert said in quick.stderr
    assert "Noor" not in quick.stderr and "Traceback" not in quick.stderr
    assert (quick.stdout, quick.stderr, quick.returncode) == (
        typer.stdout,
        typer.stderr,
        typer.returncode,
    )


def test_netwerk_debug_shows_the_bug_both_ways() -> None:
    for args in (["check", str(VALID)], ["check", "--", str(VALID)]):
        result = failing("ValueError('kapot')", *args, debug=True)
        assert result.returncode == 1
        assert "Traceback" in result.stderr and "ValueError: kapot" in result.stderr


def test_a_reader_that_stops_ends_quietly_both_ways(files: dict[str, Path]) -> None:
    """`netwerk check *.yaml | head -0`: no message, no traceback, exit 1 (as Click does)."""
    paths = [str(files["geldig"])] * 3
    for args in (["check", *paths], ["check", "--", *paths]):
        read, write = os.pipe()
        os.close(read)  # the reader is gone before netwerk writes
        with open(write, "wb") as stdout:
            result = subprocess.run(
                [str(SCRIPT), *args],
                stdout=stdout,
                stderr=subprocess.PIPE,
                env=ENV,
                timeout=60,
                check=False,
            )
        assert (result.returncode, result.stderr) == (1, b""), args


def big_family(path: Path, people: int = 12_000) -> None:
    """A valid family file of a few MB: reading it takes netwerk a good second."""
    note = "Woont sinds de zomer weer bij opa en oma; komt elke week langs. " * 4
    lines = ["versie: 1", "gezin: Grote familie", "personen:"]
    lines += [
        f"  - {{id: p{i}, naam: Persoon {i}, geslacht: v, geboren: 1990, notitie: {note}}}"
        for i in range(people)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.mark.skipif(os.name == "nt", reason="SIGINT is a POSIX signal")
@pytest.mark.parametrize("typers_way", [False, True])
def test_ctrl_c_while_checking(tmp_path: Path, typers_way: bool) -> None:
    """A real Ctrl-C while the second file is read: the message and exit code 130."""
    big = tmp_path / "groot.yaml"
    big_family(big)
    args = ["check", *(["--"] if typers_way else []), str(VALID), str(big)]
    process = subprocess.Popen(
        [str(SCRIPT), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=ENV,
    )
    assert process.stdout is not None
    first = process.stdout.readline()  # the first file is checked: the big one is being read
    process.send_signal(signal.SIGINT)
    stdout, stderr = process.communicate(timeout=60)
    assert first.endswith("de-vries.yaml: OK\n")
    assert process.returncode == 130
    assert stderr.startswith("Onderbroken.\n")
    assert "Traceback" not in stderr and "groot.yaml: OK" not in stdout


@pytest.mark.parametrize("encoding", ["cp1252", "ascii"])
def test_a_code_page_without_the_letters_gets_escapes_not_an_error(
    files: dict[str, Path], encoding: str
) -> None:
    """Output sent to a file on Windows is written in the code page (cp1252), which has no
    Arabic letter: names and file names are written as \\u escapes, the command does its work
    and ends as it should (it ended as an internal error, exit 1)."""
    env = {**ENV, "PYTHONIOENCODING": encoding}
    arabic = files["map"] / "gezin-حداد.yaml"
    arabic.write_text((EXAMPLES / "familie-haddad.yaml").read_text(encoding="utf-8"), "utf-8")
    for args in (["check", str(arabic)], ["sociogram", str(arabic), "--tekst"]):
        done = subprocess.run(
            [str(SCRIPT), *args], capture_output=True, env=env, timeout=60, check=False
        )
        out, err = done.stdout.decode(encoding), done.stderr.decode(encoding)
        assert done.returncode == 0, err
        assert "\\u06" in out  # an Arabic letter of the file name (check) or of a name
        assert "Er ging iets mis" not in err


# -- the drawings -------------------------------------------------------------------------------

DRAWN = [  # command lines of the quick way, run in a folder with the files of ``folder``
    ["genogram", "gezin.yaml"],
    ["genogram", "gezin.yaml", "-o", "uit.svg"],
    ["genogram", "-o", "uit.dot", "gezin.yaml"],
    ["genogram", "gezin.yaml", "--uitvoer=Öz tür.svg"],
    ["genogram", "gezin.yaml", "--uitvoer", "x.txt"],
    ["genogram", "gezin.yaml", "-o", "gezin.yaml"],
    ["genogram", "gezin.yaml", "-o", "weg/uit.svg"],
    ["genogram", "ontbreekt.yaml", "-o", "uit.svg"],
    ["genogram", "ongeldig.yaml"],
    ["genogram", "waarschuwing.yaml", "-o", "w.svg"],
    ["genogram", "gezin.yaml", "-o", "uit.png"],
    ["genogram", "gezin.yaml", "-o", "uit.pdf"],
    ["sociogram", "gezin.yaml"],
    ["sociogram", "gezin.yaml", "-o", "net.png"],
    ["sociogram", "-o", "net.svg", "gezin.yaml"],
    ["sociogram", "waarschuwing.yaml", "-o", "w.svg"],
    ["sociogram", "ongeldig.yaml", "-o", "net.svg"],
]


def typers_way(args: list[str]) -> list[str]:
    """The same command line through Typer: the options first, then ``--`` and the file."""
    command, *rest = args
    options: list[str] = []
    tokens = iter(rest)
    for token in tokens:
        if token in ("-o", "--uitvoer"):
            options += [token, next(tokens)]
        elif token.startswith("-"):
            options.append(token)
        else:
            file = token
    return [command, *options, "--", file]


def folder(base: Path) -> Path:
    """A folder with the family files the drawing commands above read."""
    base.mkdir()
    (base / "gezin.yaml").write_bytes(VALID.read_bytes())
    (base / "waarschuwing.yaml").write_text(WARNINGS, encoding="utf-8")
    (base / "ongeldig.yaml").write_text(INVALID, encoding="utf-8")
    return base


def written(base: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(base)): p.read_bytes() for p in sorted(base.rglob("*")) if p.is_file()
    }


@pytest.mark.parametrize("quick_args", DRAWN, ids=" ".join)
def test_drawings_the_quick_way_and_typers_way_alike(tmp_path: Path, quick_args: list[str]) -> None:
    typer_args = typers_way(quick_args)
    assert quick_drawing(quick_args) is not None and quick_drawing(typer_args) is None
    quick_dir, typer_dir = folder(tmp_path / "snel"), folder(tmp_path / "typer")
    quick = netwerk(*quick_args, cwd=quick_dir)
    typer = netwerk(*typer_args, cwd=typer_dir)
    assert "Traceback" not in quick.stderr and "Er ging iets mis" not in quick.stderr
    assert quick.returncode in (0, 2), quick.stderr
    assert (quick.stdout, quick.stderr, quick.returncode) == (
        typer.stdout,
        typer.stderr,
        typer.returncode,
    )
    assert written(quick_dir) == written(typer_dir)


def test_a_drawing_the_quick_way_is_written_where_asked(tmp_path: Path) -> None:
    base = folder(tmp_path / "map")
    done = netwerk("genogram", "gezin.yaml", "-o", "uit.svg", cwd=base)
    assert done.returncode == 0, done.stderr
    assert done.stderr == "Genogram geschreven naar uit.svg\n"
    assert (base / "uit.svg").read_bytes().startswith(b"<?xml")
    assert (base / "gezin.yaml").read_bytes() == VALID.read_bytes()


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["genogram", "g.yaml"], ("genogram", "g.yaml", None)),
        (["sociogram", "g.yaml"], ("sociogram", "g.yaml", None)),
        (["genogram", "g.yaml", "-o", "x.svg"], ("genogram", "g.yaml", "x.svg")),
        (["genogram", "-o", "x.svg", "g.yaml"], ("genogram", "g.yaml", "x.svg")),
        (["genogram", "g.yaml", "--uitvoer", "x.svg"], ("genogram", "g.yaml", "x.svg")),
        (["genogram", "g.yaml", "--uitvoer=a=b.svg"], ("genogram", "g.yaml", "a=b.svg")),
        (["genogram", "-o", "g.yaml", "h.yaml"], ("genogram", "h.yaml", "g.yaml")),
        (["genogram"], None),
        (["genogram", "g.yaml", "-o"], None),  # Typer says the value is missing
        (["genogram", "g.yaml", "-o", "-"], None),  # to stdout
        (["genogram", "g.yaml", "-o", ""], None),
        (["genogram", "g.yaml", "--uitvoer="], None),
        (["genogram", "g.yaml", "-ox.svg"], None),
        (["genogram", "g.yaml", "-o", "a.svg", "-o", "b.svg"], None),
        (["genogram", "g.yaml", "h.yaml"], None),
        (["genogram", "g.yaml", "-f", "png"], None),
        (["genogram", "g.yaml", "--compact"], None),
        (["genogram", "g.yaml", "--help"], None),
        (["genogram", "--", "g.yaml"], None),
        (["genogram", "-"], None),
        (["sociogram", "g.yaml", "--alle"], None),
        (["sociogram", "g.yaml", "--tekst"], None),
        (["check", "g.yaml"], None),
        (["rapport", "g.yaml"], None),
        (["Genogram", "g.yaml"], None),
    ],
)
def test_only_a_drawing_with_at_most_its_output_takes_the_quick_way(
    monkeypatch: pytest.MonkeyPatch, args: list[str], expected: tuple[str, str, str | None] | None
) -> None:
    monkeypatch.delenv(COMPLETE_VAR, raising=False)
    found = quick_drawing(args)
    assert found == (None if expected is None else (expected[0], Path(expected[1]), expected[2]))
    monkeypatch.setenv(COMPLETE_VAR, "bash_complete")
    assert quick_drawing(args) is None


def test_the_typer_commands_pass_every_option_with_the_same_default() -> None:
    """The quick way calls cli/drawings.py with its own defaults: Typer's must be the same."""
    from netwerkcli.cli import drawings
    from netwerkcli.cli import genogram as genogram_command
    from netwerkcli.cli import sociogram as sociogram_command

    for command, function in (
        (genogram_command.genogram, drawings.genogram),
        (sociogram_command.sociogram, drawings.sociogram),
    ):
        options = inspect.signature(command).parameters
        own = inspect.signature(function).parameters
        assert list(options) == list(own)
        for name, parameter in own.items():
            if parameter.default is not inspect.Parameter.empty:
                assert options[name].default.default == parameter.default, name


TOKENS = [  # what a command line of a drawing may hold, odd ones included
    "gezin.yaml",
    "Öz tür.yaml",
    "x.svg",
    "-o",
    "--uitvoer",
    "--uitvoer=a=b.svg",
    "--uitvoer=",
    "-ox.svg",
    "-",
    "--",
    "-f",
    "svg",
    "--compact",
    "--alle",
    "--help",
    "-h",
    "",
]


@given(
    command=st.sampled_from(["genogram", "sociogram"]),
    rest=st.lists(st.sampled_from(TOKENS), max_size=6),
)
@settings(max_examples=400, derandomize=True, database=None, deadline=None)
def test_the_quick_way_reads_a_command_line_as_click_does(command: str, rest: list[str]) -> None:
    """Whatever the quick way takes, Click reads the same: that file and output, and every
    other option at its default (so both ways run the same drawing)."""
    from netwerkcli.cli import drawings
    from netwerkcli.cli.app import app

    found = quick_drawing([command, *rest])
    if found is None:
        return
    kind, path, uitvoer = found
    group = typer_command(app)
    parent = group.context_class(group, info_name="netwerk")
    click_command = group.get_command(parent, command)
    params = click_command.make_context(command, list(rest), parent=parent).params
    defaults = {
        name: p.default
        for name, p in inspect.signature(getattr(drawings, kind)).parameters.items()
        if p.default is not inspect.Parameter.empty
    }
    first = next(iter(inspect.signature(getattr(drawings, kind)).parameters))
    params[first] = Path(params[first])  # Typer makes it a Path after Click (older Typers)
    assert params == {**defaults, first: path, "uitvoer": uitvoer}
