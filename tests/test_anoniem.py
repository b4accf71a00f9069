"""`--anoniem` (issue 10, item 5): no name, place, note or case name of the file in any output.

Every output a user can make with --anoniem is searched byte for byte (SVG, PNG with its text
chunks, PDF with its streams and its text, HTML, Markdown, the terminal and stderr) for every
name, place, note and free text of the input: on the three examples and on generated families
with Arabic names, names that are parts of Dutch words (Mees in 'meest', Eva in 'evaluatie')
and names hidden in ids and relation texts. Names are searched as whole words, case-insensitive,
so 'Mees' is found in `id="p-mees"` but not in 'het meest'.
"""

from __future__ import annotations

import dataclasses
import html
import random
import re
import struct
import unicodedata
import zlib
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from netwerkcli import kinship
from netwerkcli.anonymise import DROPPED, KEPT, pseudonymise
from netwerkcli.cli.app import app
from netwerkcli.loader import load_file
from netwerkcli.messages import anoniem as anon_texts
from netwerkcli.model import Gezin
from netwerkcli.plan import make_plan
from paths import EXAMPLES

runner = CliRunner()

# words that stand in names but are no name: particles, titles and our own role words
NOT_A_NAME = {"de", "den", "der", "van", "het", "ten", "ter", "el", "al", "bin", "familie"}
NOT_A_NAME |= {"mevrouw", "meneer", "trainer", "juf", "meester", "tante", "oom", "imam", "bij"}
NOT_A_NAME |= set(anon_texts.ROLE_WORDS)


def secrets(path: Path) -> set[str]:
    """Every name (and each word of it), place, note and free text of the family file."""
    gezin = load_file(path).gezin
    found: set[str] = set()

    def add(text: str | None, words: bool = False) -> None:
        if not text:
            return
        found.add(text)
        if words:
            parts = re.split(r"[\s()\-,]+", text)
            found.update(p for p in parts if len(p) >= 3 and p.casefold() not in NOT_A_NAME)

    add(gezin.gezin, words=True)
    for p in gezin.personen:
        add(p.naam, words=True)
        add(p.woonplaats)
        add(p.buitenland)
        add(p.notitie)
    for n in gezin.netwerk:
        add(n.naam, words=True)
        add(n.relatie if n.relatie and n.relatie.casefold() not in NOT_A_NAME else None)
        add(n.buitenland)
        add(n.notitie)
    for b in gezin.banden:
        add(b.notitie)
    for h in gezin.huishoudens:
        add(h.naam)
    for a in gezin.afspraken:
        add(a.wat)
        add(a.hoe_vaak)
        add(a.professional, words=True)
        add(a.notitie)
    return found


def _normal(text: str) -> str:
    return unicodedata.normalize("NFKC", html.unescape(text))


def hits(output: str, words: set[str]) -> list[str]:
    """The secrets that occur in ``output`` as whole words (right-to-left ones also reversed)."""
    text = _normal(output)
    found = []
    for word in words:
        for form in {word, word[::-1]} if re.search("[\u0590-\u08ff]", word) else {word}:
            pattern = r"(?<!\w)" + re.escape(_normal(form)) + r"(?!\w)"
            if re.search(pattern, text, re.IGNORECASE):
                found.append(word)
    return sorted(set(found))


# PNG chunks that hold pixels or colour information only, never text
PIXEL_CHUNKS = {b"IHDR", b"IDAT", b"IEND", b"PLTE", b"tRNS", b"pHYs", b"sRGB", b"gAMA", b"cHRM"}
PIXEL_CHUNKS |= {b"iCCP", b"bKGD", b"sBIT", b"tIME"}


def png_text(data: bytes) -> str:
    """The PNG's text chunks (tEXt, zTXt, iTXt), decompressed; any other chunk is pixels only.

    The compressed pixels themselves are not searched: three random bytes can spell 'Ede'."""
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    parts = []
    at = 8
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        kind, body = data[at + 4 : at + 8], data[at + 8 : at + 8 + length]
        if kind == b"tEXt":
            parts.append(body.decode("latin-1"))
        elif kind == b"zTXt":
            key, _, rest = body.partition(b"\x00")
            parts += [key.decode("latin-1"), zlib.decompress(rest[1:]).decode("latin-1")]
        elif kind == b"iTXt":
            parts.append(body.decode("utf-8", "replace"))
        else:
            assert kind in PIXEL_CHUNKS, kind
        at += 12 + length
    return "\n".join(parts)


def pdf_text(data: bytes) -> str:
    """The PDF's objects (streams left out), its text as a reader extracts it, its metadata.

    Streams hold compressed drawings and embedded fonts: binary, where random bytes (or the
    font's own 'Bitstream Vera' notice) would look like a name; their text is what the reader
    extracts."""
    parts = [re.sub(rb"stream\r?\n.*?endstream", b"", data, flags=re.S).decode("latin-1")]
    pypdf = pytest.importorskip("pypdf", reason="pypdf is niet geïnstalleerd")
    import io

    reader = pypdf.PdfReader(io.BytesIO(data))
    parts += [page.extract_text() for page in reader.pages]
    parts += [str(v) for v in (reader.metadata or {}).values()]
    return "\n".join(parts)


def as_text(path: Path) -> str:
    data = path.read_bytes()
    if path.suffix == ".png":
        return png_text(data)
    if path.suffix == ".pdf":
        return pdf_text(data)
    return data.decode("utf-8")


def run(*args: str) -> tuple[str, str]:
    result = runner.invoke(app, list(args), env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    return result.stdout, result.stderr


def every_output(family: Path, folder: Path) -> dict[str, str]:
    """Every --anoniem output of ``family``, by what it is."""
    folder.mkdir(exist_ok=True)
    outputs: dict[str, str] = {}
    file = str(family)
    commands = {
        "genogram.svg": ["genogram", file],
        "genogram.png": ["genogram", file, "-f", "png"],
        "genogram.pdf": ["genogram", file, "-f", "pdf"],
        "genogram.dot": ["genogram", file, "-f", "dot"],
        "sociogram.svg": ["sociogram", file, "--alle"],
        "sociogram.png": ["sociogram", file, "--vraag", "helpen", "-f", "png"],
        "sociogram.pdf": ["sociogram", file, "--vraag", "weten", "-f", "pdf"],
        "sociogram tekst": ["sociogram", file, "--tekst", "--alle"],
        "plan": ["plan", file],
        "plan.md": ["plan", file, "-o", str(folder / "plan.md")],
        "plan.html": ["plan", file, "-o", str(folder / "plan.html")],
        "status": ["status", file],
        "status json": ["status", file, "--json"],
        "rapport.html": ["rapport", file, "-o", str(folder / "rapport.html")],
    }
    for name, args in commands.items():
        stdout, stderr = run(*args, "--anoniem")
        outputs[f"{name} (stdout)"] = stdout
        outputs[f"{name} (stderr)"] = stderr
    for written in family.parent.glob("anoniem-*"):
        outputs[written.name] = as_text(written)
    for written in folder.iterdir():
        outputs[written.name] = as_text(written)
    return outputs


def assert_nothing_leaks(family: Path, folder: Path) -> dict[str, str]:
    words = secrets(family)
    outputs = every_output(family, folder)
    assert len(outputs) >= 35
    leaks = {name: found for name, text in outputs.items() if (found := hits(text, words))}
    assert leaks == {}
    return outputs


@pytest.mark.parametrize("name", ["de-vries", "familie-haddad", "familie-jansen"])
def test_examples_leak_nothing(name: str, tmp_path: Path) -> None:
    family = tmp_path / f"{name}.yaml"
    family.write_bytes((EXAMPLES / f"{name}.yaml").read_bytes())
    outputs = assert_nothing_leaks(family, tmp_path / "uit")
    assert "oma (mz)" in outputs["anoniem-genogram.svg"]
    assert "kind 1" in outputs["rapport.html"]


# -- generated families ---------------------------------------------------------------------
FIRST = ["Mees", "Eva", "Ina", "Anne", "Bas", "Sem", "Jan", "Vera", "Rik", "Ans", "Ede", "Tes"]
FIRST += ["Lieke", "Gert", "Kees", "Noor", "Milan", "Zoë", "Chloë", "Daniël", "Anouk", "Ruud"]
FIRST += ["محمد", "فاطمة", "يوسف", "مريم", "Aya", "Bilal", "Rania", "Youssef", "Samira", "Tesfay"]
FIRST += ["Ayşe", "Mehmet", "Selam", "Nuño", "Ilse", "Thijs", "Femke", "Joost", "Sanne", "Luuk"]
LAST = ["Mulder", "Bakker", "Haddad", "El Amrani", "Yılmaz", "حداد", "Tesfamariam", "Smit"]
PLACES = ["Zwolle", "Leeuwarden", "Almere", "Tilburg", "Heerlen", "Delfzijl"]
COUNTRIES = ["Syrië", "Marokko", "Eritrea", "Turkije", "Suriname", "Polen"]
KRINGEN = ["familie", "vrienden", "buurt", "school", "vereniging", "geloof", "hulpverlening"]


def _id(name: str, number: int) -> str:
    """An id with the name in it, as people make them ('p-mees3')."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return f"p-{re.sub('[^a-z]', '', ascii_name) or 'x'}{number}"


def generated_family(seed: int) -> str:
    """A family file with three generations, a stepparent, twins, a foster child, a network
    with names in ids and relation texts, places, notes and agreements naming people."""
    rng = random.Random(seed)
    names = rng.sample(FIRST, 22)
    ids = [_id(name, i) for i, name in enumerate(names)]
    n = dict(zip(ids, names, strict=True))
    kern, mother, father, step, gm1, gp1, gm2, gp2, aunt, cousin, sib, twin1, twin2, foster = ids[
        :14
    ]
    friends = ids[14:22]
    surname = rng.choice(LAST)
    place = rng.choice(PLACES)

    def note() -> str:
        return f"notitie-{rng.randrange(10**6, 10**7)}"

    def person(id: str, geslacht: str, geboren: object, **more: object) -> dict[str, object]:
        return {"id": id, "naam": n[id], "geslacht": geslacht, "geboren": geboren, **more}

    twins = f"tweeling {n[twin1]}"
    people = [
        person(kern, "v", f"2011-{rng.randint(1, 12):02d}-15", ouders=[mother, father])
        | {"naam": f"{n[kern]} {surname}", "woonplaats": place, "notitie": note()},
        person(sib, "m", 2014, ouders=[mother, father]),
        person(twin1, "v", "2019-04-02", ouders=[mother, step], tweeling=twins),
        person(twin2, "m", "2019-04-02", ouders=[mother, step], tweeling=twins),
        person(foster, "x", 2013, pleegouders=[mother, step], buitenland=rng.choice(COUNTRIES)),
        person(mother, "v", "1985-07-30", ouders=[gm1, gp1], woonplaats=place),
        person(father, "m", 1982, ouders=[gm2, gp2], buitenland=rng.choice(COUNTRIES))
        | {"naam": f"{n[father]} {surname}", "notitie": f"{note()} over {n[kern]}"},
        person(step, "m", 1980),
        person(gm1, "v", 1958),
        person(gp1, "m", "1955-02-01", overleden="2020-03-04"),
        person(gm2, "v", 1960, buitenland=rng.choice(COUNTRIES)),
        person(gp2, "m", 1957, overleden="ja"),
        person(aunt, "v", 1988, ouders=[gm1, gp1], woonplaats=rng.choice(PLACES)),
        person(cousin, "m", 2012, ouders=[aunt]),
    ]
    network: list[dict[str, object]] = [
        {"id": gm1, "kring": "familie", "cirkel": {"belang": 1, "helpen": 1, "weten": 1}}
        | {"steun": ["oppas"], "toestemming": "ja"},
        {"id": aunt, "naam": f"Tante {n[aunt]}", "kring": "familie", "toestemming": "nee"}
        | {"cirkel": {"belang": 2, "helpen": 3, "weten": 2}},
    ]
    relations = ["buurvrouw", f"vriendin van {n[kern]}", f"juf van {n[sib]}", "coach"]
    relations.append(f"{n[mother]}s collega")
    consents = ["ja", "nee", "onbekend", {"jongere": "ja"}, {"jongere": "ja", "ouders": "ja"}]
    for i, friend in enumerate(friends):
        rings = {q: rng.randint(1, 3) for q in ("belang", "helpen", "weten")}
        network.append(
            {"id": friend, "naam": n[friend], "relatie": rng.choice(relations)}
            | {"kring": KRINGEN[i % len(KRINGEN)], "cirkel": rings, "notitie": note()}
            | {"toestemming": rng.choice(consents)}
        )
    agreements: list[dict[str, object]] = [
        {"wie": friend, "steun": rng.choice(["oppas", "vervoer", "emotioneel", "advies"])}
        | {"wat": f"haalt {n[kern]} op bij {n[gm1]}", "hoe-vaak": f"dinsdag bij {n[friend]}"}
        | {"van": f"2026-0{rng.randint(1, 9)}-01", "geevalueerd": f"2026-0{rng.randint(1, 9)}-15"}
        | {"notitie": note()}
        for friend in friends[:4]
    ]
    agreements += [
        {"professional": f"wijkcoach {n[foster]}", "steun": "advies", "wat": f"met {n[mother]}"},
        {
            "wie": mother,
            "voor": friends[0],
            "steun": "gezelschap",
            "wat": f"koffie, {n[friends[0]]}",
        },
    ]
    family = {
        "versie": 1,
        "gezin": f"Familie {surname}",
        "kern": kern,
        "peildatum": "2026-11-22",
        "personen": people,
        "relaties": [
            {"partners": [mother, father], "soort": "gescheiden", "van": "2009-05-01", "tot": 2016},
            {"partners": [mother, step], "soort": "samenwonend", "van": 2017},
            {"partners": [gm1, gp1], "soort": "getrouwd", "van": 1980},
        ],
        "banden": [
            {"tussen": [kern, gm1], "soort": "hecht", "notitie": note()},
            {"van": father, "naar": kern, "soort": "vijandig"},
        ],
        "huishoudens": [
            {
                "naam": f"Bij {n[mother]} in {place}",
                "leden": [mother, step, kern, sib, twin1, twin2],
            }
        ],
        "netwerk": network,
        "afspraken": agreements,
    }
    return yaml.safe_dump(family, allow_unicode=True, sort_keys=False)


@pytest.mark.parametrize("seed", range(4))
def test_generated_families_leak_nothing(seed: int, tmp_path: Path) -> None:
    family = tmp_path / "gezin.yaml"
    family.write_text(generated_family(seed), encoding="utf-8")
    assert load_file(family).gezin.afspraken  # a valid file
    outputs = assert_nothing_leaks(family, tmp_path / "uit")
    # the search finds a name where one is: the same outputs without --anoniem do name them
    named = runner.invoke(app, ["genogram", str(family), "-o", "-"]).stdout
    assert hits(named, secrets(family))
    assert ">van moeder<" in outputs["anoniem-genogram.svg"]  # partner van moeder, on two lines


def test_the_search_finds_whole_words_only() -> None:
    assert hits('<g id="persoon-mees">', {"Mees"}) == ["Mees"]
    assert hits("wie weet het meest van het gezin", {"Mees"}) == []
    assert hits("evaluatie en geëvalueerd", {"Eva"}) == []
    assert hits("<text>فاطمة</text>", {"فاطمة"}) == ["فاطمة"]
    assert hits("ﺔﻤﻃﺎﻓ", {"فاطمة"}) == ["فاطمة"]  # shaped and in display order, as a PDF has it


# -- roles ----------------------------------------------------------------------------------
def test_roles_from_the_family_structure() -> None:
    roles = kinship.roles(load_file(EXAMPLES / "de-vries.yaml").gezin)
    assert roles == {
        "noor": "kind 1",
        "daan": "kind 2",
        "sem": "kind 3",
        "sanne": "moeder",
        "mark": "vader",
        "lisa": "partner van vader",
        "jannie": "oma (mz)",
        "piet": "opa (mz)",
        "fatima": "buurvrouw",
        "coach-voetbal": "trainer",
        "tante-amal": "tante",
    }
    jansen = kinship.roles(load_file(EXAMPLES / "familie-jansen.yaml").gezin)
    assert (jansen["kees"], jansen["daan"], jansen["juf"]) == ("oom (vz)", "pleegkind (mz)", "juf")
    assert jansen["vriendin-sara"] == "vriend(in)"  # 'beste vriendin van Lotte': first word no role


def test_same_role_in_every_drawing_and_a_number_for_two() -> None:
    gezin = load_file(EXAMPLES / "familie-haddad.yaml").gezin
    once, again = pseudonymise(gezin), pseudonymise(gezin)
    assert once == again
    network = {n.id: n.naam for n in once.netwerk}
    people = {p.id: p.naam for p in once.personen}
    assert network["oma-vz"] == people["oma-vz"] == "oma (vz)"
    text = (EXAMPLES / "de-vries.yaml").read_text(encoding="utf-8")
    text = text.replace("relatie: tante (vaderskant)", "relatie: buurvrouw")
    roles = kinship.roles(load_file_text(text))
    assert (roles["fatima"], roles["tante-amal"]) == ("buurvrouw 1", "buurvrouw 2")


def load_file_text(text: str) -> Gezin:
    from netwerkcli.loader import load_text

    return load_text(text).gezin


def test_ages_and_consent_stay_the_same() -> None:
    for name in ("de-vries", "familie-haddad", "familie-jansen"):
        gezin = load_file(EXAMPLES / f"{name}.yaml").gezin
        anonymous = pseudonymise(gezin)
        day = gezin.datum()
        assert [p.leeftijd(day) for p in gezin.personen] == [
            p.leeftijd(day) for p in anonymous.personen
        ]
        for p in anonymous.personen:
            if p.geboren is not None and not p.geboren.is_year_only:
                assert (p.geboren.maand, p.geboren.dag) in ((1, 1), (12, 31))
        signals = [r.signalen for r in make_plan(gezin).regels]
        assert [r.signalen for r in make_plan(anonymous).regels] == signals


def test_every_field_of_the_model_is_kept_or_dropped_on_purpose() -> None:
    for record, kept in KEPT.items():
        names = {f.name for f in dataclasses.fields(record)}  # type: ignore[arg-type]
        assert names == kept | DROPPED[record], record.__name__
        assert not kept & DROPPED[record]


def test_file_problems_are_shown_by_position_only(write) -> None:
    path = write(
        "versie: 1\ngezin: Familie Mees\npersonen:\n  - {id: mees, naam: Mees, ouders: [evaa]}\n"
    )
    result = runner.invoke(app, ["genogram", str(path), "--anoniem"])
    assert result.exit_code == 2
    assert (
        "gezinsbestand:4:5: fout in het gezinsbestand (met --anoniem niet getoond)" in result.stderr
    )
    assert "het gezinsbestand heeft 1 fout(en)" in result.stderr
    assert hits(result.output, {"Mees", "evaa"}) == []
    warned = write(
        "versie: 1\ngezin: X\nkern: a\npersonen:\n  - {id: a, naam: Mees, geboren: 2012}\n"
        "netwerk:\n  - {id: b, naam: Eva, kring: buurt, cirkel: {belang: 1}, steun: [oppas]}\n",
        "w.yaml",
    )
    result = runner.invoke(app, ["sociogram", str(warned), "--anoniem", "-o", "-"])
    assert result.exit_code == 0
    assert "1 waarschuwing(en) over het gezinsbestand niet getoond" in result.stderr
    assert hits(result.output, {"Mees", "Eva"}) == []
