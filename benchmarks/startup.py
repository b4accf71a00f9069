"""Benchmark (not a test): how long a user waits for a quick command, as whole processes.

    .venv/bin/python benchmarks/startup.py [--runs 30]

Target (issue 11): ``netwerk --help``, ``netwerk --version`` and ``netwerk check`` on the
example take at most 1.5 times as long as ``python -c "import typer"`` — the least any Typer
program costs. Every command runs as the real console script of the venv this Python belongs
to, after a few warm-up runs (which also write the bytecode caches, as a first real run
would); the commands take turns, run by run, so a load that comes and goes weighs on each alike.
Reported: the median wall time and the median CPU time (user + system) of each, and their ratio
to Typer's import. On a busy machine wall times vary; CPU time is steadier.

With hyperfine on the PATH the wall times come from hyperfine (``--runs``, ``--warmup``, no
shell); the CPU times always come from this script, which needs nothing but Python.

Also measured: ``netwerk check`` on a family file just under the 5 MB limit.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from proces import median_cpu, run_once

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
NETWERK = str(BIN / ("netwerk.exe" if os.name == "nt" else "netwerk"))
EXAMPLE = str(ROOT / "examples" / "de-vries.yaml")
LIMIT = 1.5
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def commands() -> dict[str, list[str]]:
    return {
        'python -c "import typer"': [sys.executable, "-c", "import typer"],
        "netwerk --help": [NETWERK, "--help"],
        "netwerk --version": [NETWERK, "--version"],
        "netwerk check de-vries.yaml": [NETWERK, "check", EXAMPLE],
    }


def cpu_and_wall(table: dict[str, list[str]], runs: int) -> dict[str, tuple[float, float]]:
    """Median CPU seconds and wall seconds of each command over ``runs`` runs.

    The commands take turns (one run of each, ``runs`` times over), so that a machine that gets
    busier or quieter during the measurement weighs on every command alike.
    """
    cpu: dict[str, list[float | None]] = {name: [] for name in table}
    wall: dict[str, list[float]] = {name: [] for name in table}
    for _ in range(runs):
        for name, argv in table.items():
            took, used = run_once(argv, ENV)
            cpu[name].append(used)
            wall[name].append(took)
    return {name: (median_cpu(cpu[name]), statistics.median(wall[name])) for name in table}


def hyperfine_walls(table: dict[str, list[str]], runs: int) -> dict[str, float] | None:
    """Median wall seconds per command from hyperfine, or None without it."""
    if shutil.which("hyperfine") is None:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "hyperfine.json"
        names = list(table)
        argv = ["hyperfine", "-N", "--warmup", "3", "--runs", str(runs), "--export-json", str(out)]
        argv += [subprocess.list2cmdline(table[name]) for name in names]
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, env=ENV)
        results = json.loads(out.read_text())["results"]
    return {name: result["median"] for name, result in zip(names, results, strict=True)}


def big_family(path: Path, limit: int = 5 * 1024 * 1024) -> None:
    """A valid family file just under ``limit`` bytes: people with long notes, and a network."""
    lines = ["versie: 1", "gezin: Grote familie", "personen:"]
    size, i = 0, 0
    note = "Woont sinds de zomer weer bij opa en oma; komt elke week langs. " * 7
    while size < limit - 2_000:
        line = f"  - {{id: p{i}, naam: Persoon {i}, geslacht: v, geboren: 1990, notitie: {note}}}"
        lines.append(line)
        size += len(line) + 1
        i += 1
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    table = commands()
    for argv in table.values():  # warm-up: bytecode caches, file cache
        for _ in range(3):
            subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    measured = cpu_and_wall(table, args.runs)
    walls = hyperfine_walls(table, args.runs) or {n: wall for n, (_, wall) in measured.items()}
    source = "hyperfine" if shutil.which("hyperfine") else "dit script"
    base_cpu, _ = measured['python -c "import typer"']
    base_wall = walls['python -c "import typer"']
    ok = True
    print(f"mediaan van {args.runs} runs; wandkloktijd gemeten door {source}")
    print(f"{'opdracht':32s} {'wand':>9s} {'x typer':>8s} {'cpu':>9s} {'x typer':>8s}")
    for name, (cpu, _) in measured.items():
        wall = walls[name]
        ratio_cpu, ratio_wall = cpu / base_cpu, wall / base_wall
        verdict = "" if name.startswith("python") else ("OK" if ratio_cpu <= LIMIT else "TE TRAAG")
        ok &= verdict != "TE TRAAG"
        print(
            f"{name:32s} {wall * 1000:7.1f}ms {ratio_wall:7.2f}x "
            f"{cpu * 1000:7.1f}ms {ratio_cpu:7.2f}x  {verdict}"
        )
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "groot.yaml"
        big_family(path)
        cpu, wall = cpu_and_wall({"groot": [NETWERK, "check", str(path)]}, 3)["groot"]
        mb = path.stat().st_size / 1024 / 1024
        print(f"netwerk check op {mb:.1f} MB: wand {wall:.2f} s, cpu {cpu:.2f} s")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
