"""What a reader would find wrong in the drawings: counted over every fixture and example.

Run:  .venv/bin/python benchmarks/tekeningen.py

Draws the genogram of every family in tests/data/genogram and examples, and the sociogram of
every family in tests/data/sociogram and examples for every question, and counts what
``shared/tools/tekencheck.py`` finds (crossings, lines through symbols or labels, lines on top of
each other, sociogram labels on a ring line) when it stands next to the project, and what the
project's own stricter check (tests/drawingcheck.py) finds in the genograms. Target: zero.
"""

from __future__ import annotations

import collections
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEKENCHECK = ROOT.parent / "shared" / "tools" / "tekencheck.py"
sys.path.insert(0, str(ROOT / "tests"))


def draw_all(folder: Path) -> list[tuple[Path, set[str]]]:
    """Every drawing, with the twins of its family (their forks are the only slanted lines)."""
    from netwerkcli.content import sociogram_vragen
    from netwerkcli.loader import load_file
    from netwerkcli.render.genogram import build_genogram
    from netwerkcli.render.sociogram import build_sociogram

    drawings = []
    genograms = sorted((ROOT / "tests/data/genogram").glob("*.yaml"))
    sociograms = sorted((ROOT / "tests/data/sociogram").glob("*.yaml"))
    examples = sorted((ROOT / "examples").glob("*.yaml"))
    for path in genograms + examples:
        out = folder / f"genogram-{path.stem}.svg"
        gezin = load_file(path).gezin
        out.write_text(build_genogram(gezin).to_svg(), encoding="utf-8")
        drawings.append((out, {p.id for p in gezin.personen if p.tweeling}))
    questions = list(sociogram_vragen())
    for path in sociograms + examples:
        gezin = load_file(path).gezin
        for vraag in questions:
            out = folder / f"sociogram-{path.stem}-{vraag}.svg"
            out.write_text(build_sociogram(gezin, vraag).to_svg(), encoding="utf-8")
            drawings.append((out, set()))
    return drawings


def main() -> int:
    from drawingcheck import findings
    from svgtools import parse

    with tempfile.TemporaryDirectory() as tmp:
        drawings = draw_all(Path(tmp))
        total = 0
        if TEKENCHECK.exists():
            run = subprocess.run(
                [sys.executable, str(TEKENCHECK), *(str(p) for p, _ in drawings)],
                capture_output=True,
                text=True,
            )
            kinds: collections.Counter[str] = collections.Counter()
            for line in run.stdout.splitlines()[:-1]:
                what = line.split(": ", 1)[1]
                count = int(what.rsplit("(x", 1)[1].rstrip(")")) if what.endswith(")") else 1
                kinds[what.split(" of ")[0].split(":")[0].split(" (x")[0]] += count
            total += sum(kinds.values())
            print(f"tekencheck, {len(drawings)} tekeningen: {run.stdout.splitlines()[-1]}")
            for kind, count in kinds.most_common():
                print(f"  {count:4d}  {kind}")
        else:
            print("tekencheck staat niet naast het project; alleen de eigen controle")
        own = 0
        for path, twins in drawings:
            if path.name.startswith("genogram-"):
                found = findings(parse(path.read_bytes()), twins)
                own += len(found)
                for f in found:
                    print(f"  {path.stem}: {f}")
        print(f"eigen controle van de genogrammen: {own} bevinding(en)")
        total += own
    # Rob of drie-partners has children with each of his three partners: one unavoidable
    # crossing (docs/genogram.md), counted by both checks.
    return 0 if total <= 2 else 1


if __name__ == "__main__":
    sys.exit(main())
