"""End to end: the real ``rexxlite`` REPL in a tmux pane, driven by keys and read off the screen."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


class Pane:
    """One tmux session on a private socket, with HOME and XDG_DATA_HOME in a temporary folder."""

    def __init__(self, tmp_path: Path):
        self.socket = f"rexxlite-repl-test-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self.env = dict(os.environ, HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"),
                        TERM="xterm-256color")
        self.env.pop("TMUX", None)

    def tmux(self, *args: str) -> str:
        done = subprocess.run(["tmux", "-L", self.socket, "-f", "/dev/null", *args], env=self.env,
                              cwd=ROOT, capture_output=True, text=True, timeout=20)
        if done.returncode != 0:
            raise AssertionError(f"tmux {args[0]} failed: {done.stderr}")
        return done.stdout

    def start(self, command: str) -> None:
        self.tmux("new-session", "-d", "-s", "repl", "-x", "120", "-y", "30", command)
        self.tmux("set-option", "-t", "repl", "remain-on-exit", "on")

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", "repl")

    def type(self, text: str) -> None:
        self.tmux("send-keys", "-t", "repl", "-l", text)
        self.tmux("send-keys", "-t", "repl", "Enter")

    def keys(self, *names: str) -> None:
        self.tmux("send-keys", "-t", "repl", *names)

    def wait_for(self, predicate, what: str, timeout: float = 15.0) -> str:
        deadline = time.monotonic() + timeout
        while True:
            screen = self.screen()
            if predicate(screen):
                return screen
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what}; the screen:\n{screen}")
            time.sleep(0.05)

    def wait_for_text(self, text: str, count: int = 1) -> str:
        return self.wait_for(lambda screen: screen.count(text) >= count, repr(text))

    def kill(self) -> None:
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], env=self.env, capture_output=True)


@pytest.fixture
def pane(tmp_path):
    pane = Pane(tmp_path)
    yield pane
    pane.kill()


def test_a_session_in_a_terminal(pane, tmp_path):
    pane.start(f"{shlex.quote(sys.executable)} -m rexxlite; echo \"[rexxlite exited with $?]\"")
    pane.wait_for_text("rexx>")

    pane.type("x = 6*7")
    pane.wait_for_text("rexx>", 2)
    pane.type("say x")
    screen = pane.wait_for_text("rexx>", 3)
    assert "\n42\n" in screen

    pane.type("do i = 1 to 3")
    pane.wait_for_text("...")
    pane.type("say 'pass' i*x")
    pane.type("end")
    screen = pane.wait_for_text("rexx>", 4)
    assert "pass 42\npass 84\npass 126" in screen
    assert screen.count("pass ") == 3

    pane.type("call nosuchroutine")
    screen = pane.wait_for_text("rexx>", 5)
    assert 'Error 43 running "<stdin>", line 1: Routine not found' in screen
    assert 'Error 43.1: Could not find routine "NOSUCHROUTINE"' in screen

    pane.type("do n = 1; if n = 1000 then say 'looping'; end")
    pane.wait_for_text("\nlooping\n")            # the loop runs: now Ctrl-C is SIGINT, not a key
    pane.keys("C-c")
    screen = pane.wait_for_text("rexx>", 6)
    assert 'Error 4 running "<stdin>", line 1: Program interrupted' in screen

    pane.type("say 'still here' x")
    screen = pane.wait_for_text("rexx>", 7)
    assert "\nstill here 42\n" in screen

    pane.keys("C-d")
    pane.wait_for_text("[rexxlite exited with 0]")
    history = tmp_path / "data" / "rexxlite" / "history"
    assert "say 'still here' x" in history.read_text()
