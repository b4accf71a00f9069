"""Random families: the layout never fails, symbols never overlap, and a big tree has no crossings.

The families are generated from fixed seeds, so a failure can be reproduced.
"""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from netwerkcli.errors import InvalidFile
from netwerkcli.loader import load_text
from netwerkcli.render.genogram import build_genogram
from svgtools import groups, parse, symbol_box

KINDS = ["getrouwd", "gescheiden", "samenwonend", "relatie", "uit-elkaar"]


def random_family(seed: int) -> str:
    """Any mix: parents of one or two, adoption, fostering, twins, partners across generations."""
    rnd = random.Random(seed)
    n = rnd.randint(1, 24)
    lines, ids = [], []
    for i in range(n):
        line = f"  - {{id: p{i}, naam: P{i}, geslacht: {rnd.choice('mvx')}, geboren: {1900 + 4 * i}"
        older = [q for q in ids if int(q[1:]) < i - 3]
        if older and rnd.random() < 0.7:
            k = min(len(older), rnd.choice([1, 2, 2]))
            line += f", ouders: [{', '.join(rnd.sample(older, k))}]"
        if older and rnd.random() < 0.1:
            line += f", adoptieouders: [{rnd.choice(older)}]"
        if older and rnd.random() < 0.1:
            line += f", pleegouders: [{rnd.choice(older)}]"
        if "ouders" in line and rnd.random() < 0.15:  # a twin: same parents, same year
            twin = line.replace(f"id: p{i},", f"id: p{i}t,").replace(f"naam: P{i},", f"naam: T{i},")
            lines += [twin + f", tweeling: t{i}}}", line + f", tweeling: t{i}}}"]
        else:
            lines.append(line + "}")
        ids.append(f"p{i}")
    text = "versie: 1\ngezin: F\npeildatum: 2026-01-01\npersonen:\n" + "\n".join(lines) + "\n"
    if n > 1:
        pairs = [rnd.sample(ids, 2) for _ in range(rnd.randint(0, n))]
        text += "relaties:\n" + "".join(
            f"  - {{partners: [{a}, {b}], soort: {rnd.choice(KINDS)}}}\n" for a, b in pairs
        )
        bonds = [rnd.sample(ids, 2) for _ in range(rnd.randint(0, 3))]
        if bonds:
            text += "banden:\n" + "".join(
                f"  - {{tussen: [{a}, {b}], soort: conflict}}\n" for a, b in bonds
            )
    return text


def descendants_tree(size: int) -> str:
    """Four or five generations of children married to people from outside the family."""
    rnd = random.Random(size)
    lines = [
        "  - {id: p1, naam: A, geslacht: m, geboren: 1930}",
        "  - {id: p2, naam: B, geslacht: v}",
    ]
    relations = ["  - {partners: [p1, p2], soort: getrouwd}"]
    couples, count = [("p1", "p2", 1930)], 2
    while count < size:
        nxt = []
        for a, b, year in couples:
            for _ in range(rnd.randint(1, 4)):
                if count + 2 > size:
                    break
                child, spouse = f"p{count + 1}", f"p{count + 2}"
                count += 2
                lines.append(
                    f"  - {{id: {child}, naam: C{count}, geboren: {year + 26}, ouders: [{a}, {b}]}}"
                )
                lines.append(f"  - {{id: {spouse}, naam: S{count}, geboren: {year + 27}}}")
                soort = rnd.choice(["getrouwd", "gescheiden"])
                relations.append(f"  - {{partners: [{child}, {spouse}], soort: {soort}}}")
                nxt.append((child, spouse, year + 28))
        couples = nxt or couples
        if count + 2 > size:
            break
    return (
        "versie: 1\ngezin: Stamboom\npeildatum: 2026-01-01\npersonen:\n"
        + "\n".join(lines)
        + "\nrelaties:\n"
        + "\n".join(relations)
        + "\n"
    )


# seeds beyond the first 60 that once failed: 63 has partners a generation apart whose unions'
# children needed more room (an IndexError when the parents were widened apart)
REGRESSIONS = [63]


@pytest.mark.parametrize("seed", [*range(60), *REGRESSIONS])
def test_random_family_draws_without_overlap(seed: int) -> None:
    try:
        gezin = load_text(random_family(seed)).gezin
    except InvalidFile:
        pytest.skip("this seed makes an invalid file (an ancestor cycle or a date problem)")
    genogram = build_genogram(gezin)
    root = parse(genogram.to_svg())
    genogram.to_dot()
    boxes = [(g.get("id"), symbol_box(g)) for g in groups(root, "persoon")]
    for n, (a, box_a) in enumerate(boxes):
        for b, box_b in boxes[n + 1 :]:
            assert not box_a.overlaps(box_b), (a, b)


@pytest.mark.parametrize("size", [60, 120])
def test_big_family_tree_has_no_crossings(size: int) -> None:
    genogram = build_genogram(load_text(descendants_tree(size)).gezin)
    assert genogram.warnings == []


@pytest.mark.parametrize("seed", range(0, 60, 3))
def test_random_family_labels_clear_of_symbols(seed: int) -> None:
    from svgtools import NS, classes, main_symbol, shape_box, text_box

    root = parse(build_genogram(load_text(random_family(seed)).gezin).to_svg())
    people = groups(root, "persoon")
    labels = [
        (g.get("id"), text_box(t))
        for g in people
        for t in g.iter(f"{NS}text")
        if "leeftijd" not in classes(t)
    ]
    for g in people:
        box = shape_box(main_symbol(g))
        assert box is not None
        for owner, label in labels:
            assert owner == g.get("id") or not box.overlaps(label), (owner, g.get("id"))


def test_the_same_file_gives_the_same_drawing_in_every_run(tmp_path: Path) -> None:
    """Python orders sets of texts differently in each process (PYTHONHASHSEED): nothing in the
    layout may depend on that. These families once drew mirrored or with children in another
    order from one run to the next (children without birth dates, a foster copy: ties in birth
    order broken by a set's order)."""
    import subprocess
    import sys

    paths = []
    for seed in (151, 163, 180, 182):
        path = tmp_path / f"gezin-{seed}.yaml"
        path.write_text(random_family(seed), encoding="utf-8")
        paths.append(str(path))
    script = (
        "import sys, hashlib\n"
        "from netwerkcli.loader import load_file\n"
        "from netwerkcli.render.genogram import build_genogram\n"
        "from pathlib import Path\n"
        "for p in sys.argv[1:]:\n"
        "    svg = build_genogram(load_file(Path(p)).gezin).to_svg()\n"
        "    print(hashlib.sha256(svg.encode()).hexdigest())\n"
    )
    runs = []
    for hashseed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": hashseed}
        done = subprocess.run(
            [sys.executable, "-c", script, *paths], env=env, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
        runs.append(done.stdout)
    assert runs[0] == runs[1] == runs[2]
