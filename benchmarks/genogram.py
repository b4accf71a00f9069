"""Benchmark of the genogram: layout alone versus end to end (load, build, SVG), and size.

Run:  .venv/bin/python benchmarks/genogram.py

Targets (issue 3): a 30-person family end to end within 1.3x the layout time + 50 ms, and a
300-person file under 2 s. Since netwerk lays out the genogram itself (no engine), 'the engine's
own layout time' is the time of ``build_genogram``; end to end adds reading the YAML and writing
the SVG. Families are generated deterministically (``family_yaml``).
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

NAMES_M = ["Jan", "Piet", "Kees", "Ahmed", "Mehmet", "Thomas", "Daan", "Sem", "Omar", "Luuk"]
NAMES_V = ["Anna", "Fatima", "Sanne", "Eva", "Noor", "Yara", "Ilse", "Lotte", "Amal", "Zoë"]


def family_yaml(size: int, seed: int = 3) -> str:
    """A family of about ``size`` people over four or five generations, with remarriages."""
    rnd = random.Random(seed)
    people: list[str] = []
    relations: list[str] = []
    count = 0

    def person(sex: str, born: int, parents: tuple[str, ...] = ()) -> str:
        nonlocal count
        count += 1
        pid = f"p{count}"
        name = rnd.choice(NAMES_M if sex == "m" else NAMES_V)
        ouders = f", ouders: [{', '.join(parents)}]" if parents else ""
        people.append(
            f"  - {{id: {pid}, naam: {name} {count}, geslacht: {sex}, geboren: {born}{ouders}}}"
        )
        return pid

    generation = [(person("m", 1930), person("v", 1932), 1930)]
    relations.append(f"  - {{partners: [{generation[0][0]}, {generation[0][1]}], soort: getrouwd}}")
    while count < size:
        nxt = []
        for a, b, year in generation:
            for _ in range(rnd.randint(1, 4)):
                if count >= size:
                    break
                sex = rnd.choice("mv")
                child = person(sex, year + 25 + rnd.randint(0, 8), (a, b))
                if count >= size:
                    break
                spouse = person("v" if sex == "m" else "m", year + 25 + rnd.randint(0, 8))
                soort = "gescheiden" if rnd.random() < 0.25 else "getrouwd"
                relations.append(f"  - {{partners: [{child}, {spouse}], soort: {soort}}}")
                nxt.append((child, spouse, year + 28))
        generation = nxt or generation
    return (
        "versie: 1\ngezin: Benchmark\npeildatum: 2026-11-22\npersonen:\n"
        + "\n".join(people)
        + "\nrelaties:\n"
        + "\n".join(relations)
        + "\n"
    )


def measure(size: int, repeat: int = 7) -> tuple[float, float]:
    from netwerkcli.loader import load_file
    from netwerkcli.render.genogram import build_genogram

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "gezin.yaml"
        path.write_text(family_yaml(size), encoding="utf-8")
        gezin = load_file(path).gezin
        layout, total = [], []
        for _ in range(repeat):
            t0 = time.perf_counter()
            build_genogram(gezin)
            layout.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            drawing = build_genogram(load_file(path).gezin)
            (Path(tmp) / "gezin-genogram.svg").write_text(drawing.to_svg(), encoding="utf-8")
            total.append(time.perf_counter() - t0)
    return statistics.median(layout), statistics.median(total)


def main() -> int:
    ok = True
    for size in (30, 300):
        layout, total = measure(size)
        budget = 1.3 * layout + 0.050 if size == 30 else 2.0
        verdict = "OK" if total <= budget else "TE TRAAG"
        ok &= total <= budget
        print(
            f"{size:4d} personen: layout {layout * 1000:7.1f} ms, van begin tot eind "
            f"{total * 1000:7.1f} ms (grens {budget * 1000:.0f} ms) {verdict}"
        )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
