"""How much work a genogram is, in instructions: a measure that a busy machine does not change.

Run:  .venv/bin/python benchmarks/instructies.py            (or with sizes: ... 30 300 1000)

CPU time on a shared machine varies by up to 60% from one moment to the next, so a change of a
few percent cannot be seen in seconds. The number of instructions a process runs can: the same
code on the same file gives the same count to within 0.1 M. This script runs
``netwerk genogram gezin.yaml -o gezin.svg`` for the families of ``genogram.py`` under
valgrind (cachegrind without cache simulation; about 30 times slower than normal) and prints
millions of instructions, the whole process with start-up. It needs valgrind (Debian: ``apt-get
install valgrind``); without it, it says so and ends with exit code 0. Seconds remain the verdict
(``genogram.py``); this is the measuring rod for comparing two versions of the code.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from genogram import family_yaml
from proces import environment

# cachegrind counts the instructions; without simulating caches it is fast enough
VALGRIND = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null"]


def instructions(args: list[str], env: dict[str, str]) -> float:
    """Millions of instructions of one process under valgrind, after a first run that compiles
    the bytecode (as ``proces.measure`` warms up)."""
    _count(args, env)
    return _count(args, env)


def _count(args: list[str], env: dict[str, str]) -> float:
    done = subprocess.run(
        [*VALGRIND, *args],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    found = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    if found is None:
        raise RuntimeError("valgrind gaf geen aantal instructies")
    return int(found.group(1).replace(",", "")) / 1e6


def main(sizes: list[int]) -> int:
    if shutil.which("valgrind") is None:
        print("valgrind is niet geïnstalleerd: geen meting (Debian: apt-get install valgrind)")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        # a fixed hash seed: the order of sets of strings, and so the work, is the same each run
        env = dict(environment(folder), PYTHONHASHSEED="0")
        for size in sizes:
            path = folder / f"gezin-{size}.yaml"
            path.write_text(family_yaml(size), encoding="utf-8")
            command = [sys.executable, "-m", "netwerkcli", "genogram", str(path)]
            command += ["-o", str(folder / "g.svg")]
            print(f"{size:5d} personen: {instructions(command, env):8.1f} M instructies")
        typer = instructions([sys.executable, "-c", "import typer"], env)
        print(f"ter vergelijking: 'import typer' {typer:.1f} M instructies")
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", type=int, nargs="*", default=[30, 300], metavar="PERSONEN")
    sys.exit(main(parser.parse_args().sizes))
