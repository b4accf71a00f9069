"""Generated and mutated family files never break netwerk (issue 11, item 4).

Hypothesis builds family files — people, relationships, bonds, households, a network and
agreements, with names in Dutch, Arabic, Persian and emoji, control characters, bidi overrides,
YAML's special characters, very long texts and huge numbers — and then mutates the text: random
bytes, deleted and doubled lines, anchors and aliases (a small 'billion laughs'), tags, several
documents, deep nesting, a byte order mark. For every file, ``check``, ``genogram``,
``sociogram`` and ``sociogram --tekst`` either succeed or fail with a clean Dutch message:

- exit 0 or 2 (never 1: bad input is never an internal error), never a traceback;
- a refusal says something, in Dutch, and nothing from the file reaches the terminal raw;
- every SVG written parses as XML, and the drawings' DOT text is accepted by Graphviz (when
  Graphviz is installed).

The run is reproducible (``derandomize``: the same examples in every run, no database) and
bounded: a fixed number of examples, and a deadline per example that a hang would exceed.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import tempfile
import xml.etree.ElementTree as ET
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

from netwerkcli import chars  # noqa: E402
from netwerkcli.cli.app import app  # noqa: E402
from netwerkcli.errors import NetwerkError  # noqa: E402
from netwerkcli.loader import load_text  # noqa: E402
from test_no_english import english_lines  # noqa: E402

EXAMPLES = 150
DEADLINE = timedelta(seconds=20)  # per example (four commands); a hang takes far longer

runner = CliRunner()
DOT = shutil.which("dot")

# -- texts ------------------------------------------------------------------------------------
SPECIAL = [
    "\x1b[2J",  # clears the screen
    "\x1b]0;titel\x07",  # retitles the window
    "\x00",
    "\x07",
    "\x85",
    "\u202e",  # right-to-left override
    "\u2066",
    "\u200d",  # zero-width joiner (allowed)
    "\u200c",
    "\ufeff",
    "\uffff",
    "\ud800",  # a lone surrogate
    "\t",
    "\n",
    "\r",
    "[bold]",
    "[/x]",
    "[link=https://x.invalid]",
    "<svg>",
    "&amp;",
    "]]>",
    '"',
    "'",
    "\\",
    ": ",
    " #",
    "{",
    "}",
    "*a",
    "&a",
    "!!python/object",
    "%",
    "@",
    "`",
    "- ",
]
LETTERS = st.one_of(
    st.characters(min_codepoint=0x20, max_codepoint=0x7E),  # ASCII
    st.characters(min_codepoint=0xC0, max_codepoint=0x17F),  # Dutch and Turkish accents
    st.characters(min_codepoint=0x600, max_codepoint=0x6FF),  # Arabic, Persian
    st.characters(min_codepoint=0x1F300, max_codepoint=0x1F6FF),  # emoji
    st.characters(codec="utf-8"),  # anything
)
TEXT = st.one_of(
    st.text(LETTERS, min_size=1, max_size=24),
    st.lists(st.one_of(st.sampled_from(SPECIAL), st.text(LETTERS, max_size=6)), max_size=5).map(
        "".join
    ),
    st.sampled_from(["Noor", "فاطمة الزهراء", "مه\u200cسا", "Zoë 👩\u200d👧", "Ğül Şahin"]),
    st.integers(min_value=150, max_value=3000).map(lambda n: "Lange naam " * (n // 11)),
)
NUMBER = st.one_of(
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(["1e999999", "0x1F", "0o17", "1_000", "2012-02-30", "2012-13-01", "99999"]),
)
YEAR = st.one_of(st.integers(min_value=1900, max_value=2026), NUMBER)
CHOICE = {
    "geslacht": ["m", "v", "x", "M", "vrouw", "q"],
    "relatie": ["getrouwd", "gescheiden", "samenwonend", "uit-elkaar", "hecht", "?"],
    "band": ["hecht", "conflict", "mishandeling", "getrouwd", "?"],
    "kring": ["familie", "buurt", "school", "hulpverlening", "online", "kerk", "maan"],
    "steun": ["praktisch", "emotioneel", "oppas", "geld"],
    "toestemming": ["ja", "nee", "onbekend", "misschien"],
}


def choice(key: str) -> st.SearchStrategy[Any]:
    return st.one_of(st.sampled_from(CHOICE[key]), TEXT)


# Texts a family file may hold: any script, YAML's and markup's special characters, up to the
# length of a name; no character that is never data (chars.py).
NAME = (
    st.one_of(
        st.text(LETTERS, min_size=1, max_size=30),
        st.sampled_from(["Noor", "فاطمة الزهراء", "مه\u200cسا", "Zoë 👩\u200d👧", "[bold]x[/x]"]),
    )
    .map(lambda text: chars.NEVER_ON_ONE_LINE.sub("", text).strip())
    .filter(lambda text: text and text not in ("~", "null", "Null", "NULL"))
)
VALID = {
    "geslacht": ["m", "v", "x"],
    "relatie": ["getrouwd", "gescheiden", "samenwonend", "uit-elkaar", "relatie"],
    "band": ["hecht", "conflict", "afstandelijk", "verbroken"],
    "kring": ["familie", "buurt", "school", "hulpverlening", "online", "vrienden"],
    "steun": ["praktisch", "emotioneel", "oppas", "vervoer"],
    "toestemming": ["ja", "nee", "onbekend"],
}


# -- the family -------------------------------------------------------------------------------
@st.composite
def families(draw: st.DrawFn) -> dict[str, Any]:
    """A family file: one that check accepts, or (``strange``) one full of wrong values."""
    strange = draw(st.integers(0, 3)) == 0
    text = TEXT if strange else NAME
    if not strange and draw(st.integers(0, 3)) == 0:  # right but for a character in a text
        text = st.one_of(NAME, NAME, st.tuples(NAME, st.sampled_from(SPECIAL)).map("".join))
    ids = draw(st.lists(st.from_regex(r"[a-z][a-z0-9-]{0,6}", fullmatch=True), max_size=14))
    ids = list(dict.fromkeys(ids)) or ["kind"]

    def pick(key: str) -> Any:
        return draw(choice(key) if strange else st.sampled_from(VALID[key]))

    def ref(before: int | None = None) -> Any:
        if strange and draw(st.integers(0, 3)) == 0:
            return draw(TEXT)
        return draw(st.sampled_from(ids[:before] if before else ids))

    people = []
    for i, pid in enumerate(ids):
        person: dict[str, Any] = {"id": pid, "naam": draw(text)}
        if draw(st.booleans()):
            person["geslacht"] = pick("geslacht")
        if draw(st.booleans()):
            person["geboren"] = draw(YEAR) if strange else 1930 + 4 * i
        if i and draw(st.booleans()):
            person["ouders"] = list(dict.fromkeys(ref(i) for _ in range(draw(st.integers(1, 2)))))
        if strange and draw(st.integers(0, 4)) == 0:
            key = draw(st.sampled_from(["overleden", "woonplaats", "notitie", "tweeling", "x"]))
            person[key] = draw(st.one_of(TEXT, YEAR))
        people.append(person)
    family: dict[str, Any] = {"versie": 1, "gezin": draw(text)}
    if strange:
        family["versie"] = draw(st.sampled_from([1, 1, 2, "1", 10**30]))
    if draw(st.booleans()):
        family["kern"] = ref()
    family["personen"] = people

    def two() -> list[Any]:
        if strange or len(ids) < 2:
            return [ref(), ref()]
        return draw(st.lists(st.sampled_from(ids), min_size=2, max_size=2, unique=True))

    family["relaties"] = [
        {"partners": two(), "soort": pick("relatie")} for _ in range(draw(st.integers(0, 4)))
    ]
    family["banden"] = [
        {"tussen": two(), "soort": pick("band")} for _ in range(draw(st.integers(0, 2)))
    ]
    if not strange and len(ids) < 2:
        family["relaties"] = family["banden"] = []
    if draw(st.booleans()):
        family["huishoudens"] = [{"naam": draw(text), "leden": [ref()]}]
    family["netwerk"] = [
        {
            "id": f"n{i}" if draw(st.booleans()) or not strange else ref(),
            "naam": draw(text),
            "relatie": draw(text),
            "kring": pick("kring"),
            "cirkel": {
                "belang": draw(
                    st.sampled_from([1, 2, 3, 0, "zeker niet"] if strange else [1, 2, 3])
                )
            },
            "steun": list(dict.fromkeys(pick("steun") for _ in range(draw(st.integers(0, 2))))),
            "toestemming": pick("toestemming"),
        }
        for i in range(draw(st.integers(0, 10)))
    ]
    if draw(st.booleans()):
        family["afspraken"] = [{"wie": ref(), "steun": pick("steun"), "wat": draw(text)}]
    return family


# -- mutations of the text --------------------------------------------------------------------
BOMB = "a: &a [x, x, x, x, x, x, x, x]\n" + "".join(
    f"{k}: &{k} [{', '.join([f'*{p}'] * 8)}]\n" for p, k in zip("abcdefg", "bcdefgh", strict=True)
)
SNIPPETS = [
    "\x00",
    "\t",
    "\ufeff",
    "\r\n",
    "&a [*a, *a]",
    "*onbekend",
    "!!python/object/apply:os.system ['echo x']",
    "!!binary aGFsbG8=",
    "\n---\n",
    "\n...\n",
    "[" * 5000,
    "{" * 300,
    "- " * 400,
    "9" * 400,
    "1e999999",
    "<<: *a",
    "? sleutel\n: waarde\n",
    "%YAML 1.1\n",
    BOMB,
    '"\\e[2J\\u202e\\ud800"',
]


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    text = yaml.safe_dump(draw(families()), allow_unicode=True, sort_keys=False, width=70)
    for _ in range(draw(st.sampled_from([0, 0, 0, 0, 1, 2, 3]))):
        where = draw(st.integers(0, len(text)))
        kind = draw(st.sampled_from(["insert", "insert", "delete", "double", "line"]))
        if kind == "insert":
            text = text[:where] + draw(st.one_of(st.sampled_from(SNIPPETS), TEXT)) + text[where:]
        elif kind == "delete":
            text = text[:where] + text[where + draw(st.integers(1, 40)) :]
        elif kind == "double":
            lines = text.splitlines(keepends=True)
            if lines:
                i = draw(st.integers(0, len(lines) - 1))
                text = "".join(lines[: i + 1] + lines[i:])
        else:  # a line of its own, at the indentation it happens to get
            text = text[:where] + "\n" + draw(st.sampled_from(SNIPPETS)) + "\n" + text[where:]
    data = text.encode("utf-8", "surrogatepass")
    if draw(st.integers(0, 7)) == 0:  # raw bytes: invalid UTF-8, NUL, a lone byte order mark
        where = draw(st.integers(0, len(data)))
        data = data[:where] + draw(st.binary(min_size=1, max_size=8)) + data[where:]
    return data


# -- the properties ---------------------------------------------------------------------------
def clean_run(args: list[str]) -> tuple[int, str, str]:
    """Run a command; a crash, a traceback or anything raw on the terminal fails the test."""
    result = runner.invoke(app, args, prog_name="netwerk")
    stdout, stderr = result.stdout, result.stderr
    assert result.exit_code in (0, 2), (args, result.exit_code, stderr[-2000:])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in stdout + stderr
    assert chars.NEVER.search(stdout + stderr) is None, (args, stderr[-500:])
    if result.exit_code == 2:
        assert stderr.strip(), args
        assert not english_lines(stderr), (args, stderr[-2000:])
    return result.exit_code, stdout, stderr


def valid_svg(path: Path) -> None:
    root = ET.parse(path).getroot()  # raises on anything XML does not allow
    assert root.tag == "{http://www.w3.org/2000/svg}svg"


def valid_dot(data: bytes) -> None:
    if DOT is None:
        return
    done = subprocess.run([DOT, "-Tcanon"], input=data, capture_output=True, timeout=30)
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-1000:]


def dot_texts(text: str) -> list[bytes]:
    """The DOT text of both drawings of a file that loads (none when it does not)."""
    from netwerkcli.render.genogram import build_genogram
    from netwerkcli.render.sociogram import build_sociogram

    try:
        gezin = load_text(text, "gezin.yaml").gezin
    except NetwerkError:
        return []
    found = [build_genogram(gezin).to_dot().encode("utf-8")]
    with contextlib.suppress(NetwerkError):  # a network that does not fit one drawing
        found.append(build_sociogram(gezin, "belang").to_dot().encode("utf-8"))
    return found


@settings(
    max_examples=EXAMPLES,
    deadline=DEADLINE,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(mutated())
def test_any_family_file_succeeds_or_gets_a_clean_dutch_refusal(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "gezin.yaml"
        path.write_bytes(data)
        checked, _, _ = clean_run(["check", str(path)])
        never = chars.NEVER.search(data.decode("utf-8", "replace")) is not None
        hypothesis.event(f"check exit {checked}, with a character that is never data: {never}")
        for kind in ("genogram", "sociogram"):
            out = Path(tmp) / f"{kind}.svg"
            code, _, _ = clean_run([kind, str(path), "-o", str(out)])
            assert code == checked or kind == "sociogram", (kind, code, checked)
            hypothesis.event(f"{kind} exit {code}")
            if code == 0:
                valid_svg(out)
            else:
                assert not out.exists()
        clean_run(["sociogram", str(path), "--tekst"])
        if checked == 0:
            for dot in dot_texts(data.decode("utf-8-sig")):
                valid_dot(dot)
