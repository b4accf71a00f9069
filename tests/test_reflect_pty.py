"""One real run under a pseudo-terminal: type three answers, press Ctrl-C, then resume."""

from __future__ import annotations

import json
import os
import pty
import select
import signal
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")


class Terminal:
    """A child process on a pseudo-terminal, as a person at a keyboard would see it."""

    def __init__(self, *args: str, env: dict[str, str]) -> None:
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # the child: become netwerk
            os.execve(sys.executable, [sys.executable, "-m", "netwerkcli", *args], env)
        self.seen = ""

    def expect(self, text: str, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while text not in self.seen:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"{text!r} did not appear; screen:\n{self.seen}")
            ready, _, _ = select.select([self.fd], [], [], left)
            if ready:
                try:
                    chunk = os.read(self.fd, 4096)
                except OSError:  # the child closed the terminal
                    chunk = b""
                if not chunk:
                    raise AssertionError(f"{text!r} did not appear; screen:\n{self.seen}")
                self.seen += chunk.decode("utf-8", errors="replace")

    def type(self, keys: str) -> None:
        os.write(self.fd, keys.encode("utf-8"))

    def exit_code(self) -> int:
        while True:  # drain, so the child never blocks on a full terminal
            try:
                if not os.read(self.fd, 4096):
                    break
            except OSError:
                break
        _, status = os.waitpid(self.pid, 0)
        os.close(self.fd)
        return os.waitstatus_to_exitcode(status)


def wait_for_saved(folder: Path, text: str, timeout: float = 60) -> None:
    """Wait until a session file holds ``text``: the screen cannot show when a save is done."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if any(text in p.read_text(encoding="utf-8") for p in folder.glob("*.json")):
            return
        time.sleep(0.05)
    raise AssertionError(f"{text!r} was never saved")


def test_ctrl_c_after_three_answers_then_resume(tmp_path: Path) -> None:
    env = {**os.environ, "NETWERK_MAP": str(tmp_path), "NO_COLOR": "1", "TERM": "dumb"}
    first = Terminal("reflect", "--rol", "professional", "--casus", "PTY-1", env=env)
    first.expect("Vraag 1 van 11")
    for number, answer in enumerate(["Als bron van steun.", "Ik vraag niet snel.", "Ja."], 2):
        first.type(f"{answer}\r\r")
        first.expect(f"Vraag {number} van 11")
    first.type("Dit typte ik nog\r")
    wait_for_saved(tmp_path, "Dit typte ik nog")
    first.type("\x03")
    first.expect("netwerk reflect --hervat")
    assert first.exit_code() == 130
    assert "\x1b[" not in first.seen, "NO_COLOR: no colour codes on the terminal"

    [path] = tmp_path.glob("*.json")
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["status"] == "onderbroken"
    assert [a["answer"] for a in saved["answers"]] == [
        "Als bron van steun.",
        "Ik vraag niet snel.",
        "Ja.",
        "Dit typte ik nog\n",  # ended with Enter, the answer not yet with an empty line
    ]
    assert saved["answers"][3]["draft"] is True

    second = Terminal("reflect", "--hervat", env=env)
    second.expect("Vraag 4 van 11")
    second.expect("Dit typte ik nog")
    second.type("en dit erbij.\r\r")
    second.expect("Vraag 5 van 11")
    second.type(":stop\r")
    second.expect("Gestopt")
    assert second.exit_code() == 0
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["status"] == "gestopt"
    assert saved["answers"][3]["answer"] == "Dit typte ik nog\nen dit erbij."


def test_killed_process_loses_no_finished_line(tmp_path: Path) -> None:
    """Even kill -9 (or a closed terminal window) keeps every line that was ended with Enter."""
    env = {**os.environ, "NETWERK_MAP": str(tmp_path), "NO_COLOR": "1", "TERM": "dumb"}
    term = Terminal("reflect", "--rol", "zelf", env=env)
    term.expect("Vraag 1 van 10")
    term.type("Eerste antwoord.\r\r")
    term.expect("Vraag 2 van 10")
    term.type("Een regel van het tweede\r")
    wait_for_saved(tmp_path, "Een regel van het tweede")
    os.kill(term.pid, signal.SIGKILL)
    term.exit_code()
    [path] = tmp_path.glob("*.json")
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["status"] == "bezig"
    assert [a["answer"] for a in saved["answers"]] == [
        "Eerste antwoord.",
        "Een regel van het tweede\n",
    ]
    listed = Terminal("reflecties", env=env)
    listed.expect("onderbroken")  # the file says 'bezig', but its process is gone
    assert listed.exit_code() == 0

    resumed = Terminal("reflect", "--hervat", env=env)
    resumed.expect("Vraag 2 van 10")
    resumed.type(":stop\r")
    assert resumed.exit_code() == 0


def test_ctrl_c_in_the_middle_of_a_line_keeps_the_half_line(tmp_path: Path) -> None:
    """Someone writes a paragraph on one line and presses Ctrl-C before Enter: nothing is lost."""
    env = {**os.environ, "NETWERK_MAP": str(tmp_path), "NO_COLOR": "1", "TERM": "dumb"}
    term = Terminal("reflect", "--rol", "zelf", "--casus", "PTY-2", env=env)
    term.expect("Vraag 1 van 10")
    assert "ook de regel waar je nog aan typt" in " ".join(term.seen.split())  # as promised
    term.type("Eerste antwoord.\r\r")
    term.expect("Vraag 2 van 10")
    term.type("Zoë's oma zegt dat het beter gaat, maar ik")  # no Enter
    time.sleep(0.3)  # let the line editor take the keys before Ctrl-C
    term.type("\x03")
    term.expect("ook de regel waar je aan typte")
    term.expect("netwerk reflect --hervat")
    assert term.exit_code() == 130
    [path] = tmp_path.glob("*.json")
    saved = json.loads(path.read_text(encoding="utf-8"))
    half = saved["answers"][1]
    assert half["answer"] == "Zoë's oma zegt dat het beter gaat, maar ik"
    assert half["draft"] is True  # marked as not finished
    shown = Terminal("reflecties", "toon", saved["id"][-4:], env=env)
    shown.expect("maar ik (niet afgerond)")
    assert shown.exit_code() == 0

    # resumed: the half line is back on the input line, to be finished where it stopped
    resumed = Terminal("reflect", "--hervat", saved["id"][-4:], env=env)
    resumed.expect("Vraag 2 van 10")
    resumed.expect("half getypte regel staat weer klaar")
    resumed.expect("maar ik")
    resumed.type(" twijfel nog.\r\r")
    resumed.expect("Vraag 3 van 10")
    resumed.type(":stop\r")
    resumed.expect("Gestopt")
    assert resumed.exit_code() == 0
    saved = json.loads(path.read_text(encoding="utf-8"))
    finished = saved["answers"][1]
    assert finished["answer"] == "Zoë's oma zegt dat het beter gaat, maar ik twijfel nog."
    assert finished["draft"] is False


def test_two_terminals_cannot_resume_the_same_session(tmp_path: Path) -> None:
    env = {**os.environ, "NETWERK_MAP": str(tmp_path), "NO_COLOR": "1", "TERM": "dumb"}
    first = Terminal("reflect", "--rol", "professional", env=env)
    first.expect("Vraag 1 van 11")
    first.type("Een antwoord.\r\r")
    first.expect("Vraag 2 van 11")
    first.type(":stop\r")
    assert first.exit_code() == 0

    one = Terminal("reflect", "--hervat", env=env)
    one.expect("Vraag 2 van 11")
    two = Terminal("reflect", "--hervat", env=env)
    two.expect("al open in een ander venster")
    assert two.exit_code() == 1
    listed = Terminal("reflecties", env=env)
    listed.expect("bezig")  # really being answered: its terminal holds the lock
    assert listed.exit_code() == 0
    one.type("Tweede antwoord.\r\r")
    one.expect("Vraag 3 van 11")
    one.type(":stop\r")
    assert one.exit_code() == 0

    [path] = tmp_path.glob("*.json")
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert [a["answer"] for a in saved["answers"]] == ["Een antwoord.", "Tweede antwoord."]
    again = Terminal("reflect", "--hervat", env=env)  # free again once the first has stopped
    again.expect("Vraag 3 van 11")
    again.type(":stop\r")
    assert again.exit_code() == 0
