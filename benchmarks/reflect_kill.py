"""Benchmark (not a test): 400 reflections killed with kill -9 at random moments lose nothing.

    .venv/bin/python benchmarks/reflect_kill.py [RUNS]

Each run answers the ``zelf`` questions line by line (every line saved with fsync) in a child
process and kills it with SIGKILL somewhere in the middle. After each kill the folder must hold a
valid session with every line that was acknowledged as saved, no temporary file once the store is
prepared, and a free lock (see tests/killtools.py). Target (issue 13): 400 runs, nothing lost.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from killtools import one_run


def main(runs: int) -> None:
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "reflecties"
        outcomes = [one_run(folder, seed) for seed in range(runs)]
    seconds = time.perf_counter() - started
    ahead = sum(1 for o in outcomes if o.saved > o.acknowledged)
    temps = sum(1 for o in outcomes if o.temp_files)
    print(f"{runs} runs killed with SIGKILL in {seconds:.0f} s; none lost a saved line")
    print(f"  saved lines per run: median {statistics.median(o.saved for o in outcomes):.0f}")
    print(f"  file one line ahead of the last acknowledgement: {ahead}")
    print(f"  killed during a save (temporary file left, then tidied): {temps}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("runs", type=int, nargs="?", default=400)
    main(parser.parse_args().runs)
