"""Timing a whole `netwerk` process as a user waits for it (shared by the benchmarks).

The process runs as an installed netwerk does: with compiled bytecode (kept in a temporary
folder, out of the source tree, also when PYTHONDONTWRITEBYTECODE is set), after one warm-up
run. Reported: the median CPU time (user + system: steady on a shared machine, the verdict)
and the median wall-clock time; hyperfine's median as a second opinion when it is installed.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import time
from pathlib import Path
from subprocess import DEVNULL


def environment(folder: Path) -> dict[str, str]:
    """As an installed netwerk runs: with compiled bytecode (kept out of the source tree)."""
    env = dict(os.environ, PYTHONPYCACHEPREFIX=str(folder / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_once(args: list[str], env: dict[str, str]) -> tuple[float, float | None]:
    """Wall-clock and CPU seconds (user + system) of one process; the CPU time is None where
    the system does not report a child's own (Windows)."""
    start = time.perf_counter()
    if not hasattr(os, "wait4"):
        subprocess.run(args, check=True, stdout=DEVNULL, stderr=DEVNULL, env=env)
        return time.perf_counter() - start, None
    process = subprocess.Popen(args, stdout=DEVNULL, stderr=DEVNULL, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status):
        raise subprocess.CalledProcessError(os.waitstatus_to_exitcode(status), args)
    return wall, usage.ru_utime + usage.ru_stime


def median_cpu(times: list[float | None]) -> float:
    """The median of the CPU times that are known (nan when none is)."""
    known = [t for t in times if t is not None]
    return statistics.median(known) if known else float("nan")


def measure(args: list[str], runs: int, env: dict[str, str]) -> tuple[float, float]:
    """Median wall-clock and CPU seconds of ``runs`` processes, after a warm-up run."""
    run_once(args, env)  # warm the file and bytecode caches
    results = [run_once(args, env) for _ in range(runs)]
    return statistics.median(w for w, _ in results), median_cpu([c for _, c in results])


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
