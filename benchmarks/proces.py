"""Timing a whole `netwerk` process as a user waits for it (shared by the benchmarks).

The process runs as an installed netwerk does: with compiled bytecode (kept in a temporary
folder, out of the source tree, also when PYTHONDONTWRITEBYTECODE is set), after one warm-up
run. Reported: the median CPU time (user + system: steady on a shared machine, the verdict)
and the median wall-clock time; hyperfine's median as a second opinion when it is installed.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import statistics
import subprocess
import time
from pathlib import Path


def environment(folder: Path) -> dict[str, str]:
    """As an installed netwerk runs: with compiled bytecode (kept out of the source tree)."""
    env = dict(os.environ, PYTHONPYCACHEPREFIX=str(folder / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_once(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system) of one process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def measure(args: list[str], runs: int, env: dict[str, str]) -> tuple[float, float]:
    """Median wall-clock and CPU seconds of ``runs`` processes, after a warm-up run."""
    run_once(args, env)  # warm the file and bytecode caches
    results = [run_once(args, env) for _ in range(runs)]
    return statistics.median(w for w, _ in results), statistics.median(c for _, c in results)


def hyperfine(args: list[str], runs: int, folder: Path, env: dict[str, str]) -> float | None:
    """hyperfine's median, when hyperfine is installed (a second opinion, not required)."""
    if shutil.which("hyperfine") is None:
        return None
    export = folder / "hyperfine.json"
    command = " ".join(f"'{a}'" for a in args)
    options = ["-N", "--warmup", "1", "--runs", str(runs), "--export-json", str(export)]
    subprocess.run(
        ["hyperfine", *options, command],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    return float(json.loads(export.read_text())["results"][0]["median"])
