"""kill -9 at random moments of a reflection loses no saved line (12 runs; 400 in benchmarks)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from killtools import one_run, script

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs kill -9")


def test_kill_9_mid_session_loses_no_saved_line(tmp_path: Path) -> None:
    folder = tmp_path / "reflecties"
    outcomes = [one_run(folder, seed) for seed in range(12)]
    assert all(o.saved >= o.acknowledged >= 1 for o in outcomes)
    # killed in the middle of the session, not after it (the kill comes at a line the seed
    # picks, before the last one)
    assert all(o.saved < len(script(seed)) for seed, o in enumerate(outcomes))
