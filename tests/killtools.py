"""kill -9 in the middle of a reflection: does every line that was saved stay saved?

A child process answers the ``zelf`` questions through the real session runner, line after line as
fast as it can, each line saved to disk (fsync) before the next is read. Before reading a line it
prints ``ack N``: the N lines before it are saved. The parent kills it (SIGKILL) at a random moment
and then checks the folder as the next netwerk would find it:

- the session file is valid (never half written), and holds at least every acknowledged line,
  exactly as typed;
- no temporary file is left once the store is prepared (a finished temp file of the killed save is
  taken when it is newer, a broken one removed);
- the session shows as ``onderbroken`` and its lock is free, so it can be resumed.

Used by ``tests/test_reflect_kill.py`` (a few runs) and ``benchmarks/reflect_kill.py`` (400).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

QUESTIONS = 10  # the zelf set: 9 questions and the next step
CHILD_PATH = os.pathsep.join([str(Path(__file__).resolve().parents[1] / "src"), *sys.path])


def script(seed: int) -> list[str]:
    """The lines typed: per question one to six lines, then an empty line."""
    rnd = random.Random(seed)
    lines = []
    for question in range(QUESTIONS):
        for line in range(rnd.randint(1, 6)):
            lines.append(f"Antwoord {question + 1}, regel {line + 1}: Zoë en Fatima al-Haddad.")
        lines.append("")
    return lines


def expected(lines: list[str]) -> list[tuple[str, bool]]:
    """The answers (text, draft) that the session holds after ``lines`` were processed."""
    answers: list[tuple[str, bool]] = []
    current: list[str] = []
    for line in lines:
        if line:
            current.append(line)
            continue
        answers.append(("\n".join(current), False))
        current = []
    if current:
        answers.append(("".join(f"{line}\n" for line in current), True))
    return answers


def child(folder: Path) -> None:
    """Answer the questions from stdin, printing ``ack N`` before each line is read."""
    from netwerkcli.reflect import session
    from netwerkcli.reflect.model import find_set
    from netwerkcli.reflect.storage import Store

    class PipeIo:
        keeps_partial = False

        def __init__(self) -> None:
            self.count = 0

        def show(self, text: str, style: str | None = None) -> None:
            pass

        def read(self, prefill: str = "") -> str:
            sys.stdout.write(f"ack {self.count}\n")
            sys.stdout.flush()
            line = sys.stdin.readline()
            if not line:
                raise EOFError
            self.count += 1
            return line.rstrip("\n")

    qset = find_set("zelf")
    assert qset is not None
    store = Store(folder)
    current = session.new_session(store, qset, "KILL-9", None)
    session.run(store, qset, current, PipeIo())


@dataclass
class Outcome:
    acknowledged: int  # lines known to be saved when the process was killed
    saved: int  # lines found in the file
    temp_files: int  # temporary files the kill left behind (before tidying)


def one_run(folder: Path, seed: int) -> Outcome:
    """Start a child, kill -9 it at a random moment, and check what it left."""
    from netwerkcli.reflect.record import Status
    from netwerkcli.reflect.storage import Store

    lines = script(seed)
    env = {**os.environ, "PYTHONPATH": CHILD_PATH}
    proc = subprocess.Popen(
        [sys.executable, __file__, str(folder)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=env,
    )
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write("".join(f"{line}\n" for line in lines).encode("utf-8"))
    proc.stdin.flush()
    rnd = random.Random(seed)
    target = rnd.randint(1, len(lines) - 10)  # kill it in the middle, at a line the seed picks
    acks = [int(proc.stdout.readline().split()[1])]
    while acks[-1] < target:
        acks.append(int(proc.stdout.readline().split()[1]))
    time.sleep(rnd.uniform(0, 0.004))  # somewhere in the save of that line or the next
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    acks += [int(line.split()[1]) for line in proc.stdout.read().decode().splitlines()]
    acknowledged = max(acks)
    proc.stdin.close()
    proc.stdout.close()

    temp_files = len(list(folder.glob(".*.tmp")))
    store = Store(folder)
    store.prepare()
    assert not list(folder.glob(".*.tmp")), "the store cleans up what the killed save left"
    [saved] = store.sessions()
    got = [(str(a.answer), a.draft) for a in saved.answers]
    matching = [n for n in range(acknowledged, len(lines) + 1) if expected(lines[:n]) == got]
    assert matching, f"after {acknowledged} saved lines the file holds {got}"
    # afgerond only once every line is in; killed before that last save it is onderbroken
    allowed = {Status.INTERRUPTED, Status.FINISHED} if len(lines) in matching else set()
    assert saved.status in allowed | {Status.INTERRUPTED}, saved.status
    store.claim(saved)  # the lock of the killed process is free
    store.release(saved)
    for path in folder.iterdir():  # the next run starts in an empty folder
        path.unlink()
    return Outcome(acknowledged, matching[0], temp_files)


if __name__ == "__main__":
    child(Path(sys.argv[1]))
