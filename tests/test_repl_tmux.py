"""End to end: the real ``rexxlite`` REPL in a tmux pane, driven by keys and read off the screen."""

from __future__ import annotations

import os
import re
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

    def start(self, command: str, width: int = 120) -> None:
        self.tmux("new-session", "-d", "-s", "repl", "-x", str(width), "-y", "50", command)
        self.tmux("set-option", "-t", "repl", "remain-on-exit", "on")

    def screen(self, *options: str) -> str:
        """The pane's text (``-e``: with colours, ``-J``: wrapped lines joined)."""
        return self.tmux("capture-pane", "-p", *options, "-t", "repl")

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


REPL = f"{shlex.quote(sys.executable)} -m rexxlite"


def start_repl(pane: Pane, width: int = 120) -> None:
    pane.start(f"{REPL}; echo \"[rexxlite exited with $?]\"", width)
    pane.wait_for_text("rexx>")


PROMPT = re.compile(r"^rexx(?: \[[A-Z]+\])?>(?: |$)", re.MULTILINE)


def prompts(screen: str) -> int:
    return len(PROMPT.findall(screen))


def enter(pane: Pane, text: str) -> str:
    """Type ``text`` and Enter, and wait until the entry has run (a new prompt is shown)."""
    before = prompts(pane.screen())
    pane.type(text)
    return pane.wait_for(lambda screen: prompts(screen) > before, f"the prompt after {text!r}")


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


SLOW_PLUGIN = '''\
"""ADDRESS SLOW: echo a text, or wait in short sleeps (so that Ctrl-C gets through)."""
import time
from rexxlite.plugin_api import CommandResult, CommandSpec, Param, parse_command


class SlowEnvironment:
    name = "SLOW"
    commands = (CommandSpec("echo", "answer the text", (Param("text", "what to answer", True),)),
                CommandSpec("wait", "wait some seconds", (Param("seconds", "how long", True),)))

    def execute(self, command, context):
        verb, args = parse_command(command)
        if verb == "echo":
            return CommandResult(output=args["text"])
        deadline = time.monotonic() + float(args["seconds"])
        while time.monotonic() < deadline:
            time.sleep(0.05)
        return CommandResult(output="waited")

    def close(self):
        pass


def create_environment():
    return SlowEnvironment()
'''


def test_entries_are_units_and_a_routine_defined_again_replaces_the_first(pane):
    start_repl(pane)
    pane.type("f: say 'in f'")
    pane.wait_for_text("...")                 # a label entry goes on until an empty line
    enter(pane, "")
    enter(pane, "say 'second'")
    screen = enter(pane, "call f")
    assert screen.count("\nin f\n") == 1      # f returns at the end of its entry
    assert screen.count("\nsecond\n") == 1
    assert "Error" not in screen
    pane.type("f: say 'the new f'; return 7")
    enter(pane, "")
    screen = enter(pane, "call f; say 'f gave' result")
    assert "\nthe new f\nf gave 7\n" in screen
    assert screen.count("\nin f\n") == 1


def test_trace_lasts_across_entries_with_line_numbers(pane):
    start_repl(pane)
    enter(pane, "trace r")
    enter(pane, "x = 6")
    screen = enter(pane, "say x * 7")
    assert "     1 *-* x = 6\n" in screen
    assert "     1 *-* say x * 7\n" in screen
    assert '       >V>   "6"\n42\n' in screen       # as Regina traces it
    enter(pane, "trace o")
    screen = enter(pane, "say 'quiet'")
    assert "*-* say 'quiet'" not in screen


def test_an_if_waits_for_its_else(pane):
    start_repl(pane)
    pane.type("if 0 then say 'yes'")
    pane.wait_for_text("...")
    screen = enter(pane, "else say 'no'")
    assert "\nno\n" in screen and "Error" not in screen
    pane.type("if 1 then say 'yes'")
    pane.wait_for_text("...", 2)
    screen = enter(pane, "")                  # an empty line runs it
    assert "\nyes\n" in screen


def test_ctrl_c_stops_pull_and_the_next_line_is_not_eaten(pane):
    start_repl(pane)
    pane.type("pull answer")
    time.sleep(0.5)                           # PULL waits for a line
    pane.keys("C-c")
    screen = pane.wait_for(lambda s: prompts(s) >= 2, "the prompt after Ctrl-C")
    assert 'Error 4 running "<stdin>", line 1: Program interrupted' in screen
    screen = enter(pane, "say 'after' 1+1")
    assert "\nafter 2\n" in screen
    pane.type("pull answer; say 'got' answer")
    time.sleep(0.3)
    screen = enter(pane, "hello")             # PULL still reads the terminal
    assert "\ngot HELLO\n" in screen


def test_ctrl_c_stops_a_shell_command(pane):
    start_repl(pane)
    started = time.monotonic()
    pane.type("address system 'sleep 30'")
    time.sleep(0.8)
    pane.keys("C-c")
    screen = pane.wait_for(lambda s: prompts(s) >= 2, "the prompt after Ctrl-C")
    assert time.monotonic() - started < 10
    assert "Error 4" in screen
    assert "\nstill here\n" in enter(pane, "say 'still here'")


def test_an_interrupted_plugin_command_shows_no_earlier_result(pane, tmp_path):
    plugin = tmp_path / "slow_address.py"
    plugin.write_text(SLOW_PLUGIN)
    start_repl(pane)
    enter(pane, f'require "{plugin}"')
    enter(pane, "address slow")
    screen = enter(pane, '"echo text=first"')  # a quoted command stays a command
    assert "\nfirst\n" in screen
    pane.type('"wait seconds=30"')
    time.sleep(0.8)
    pane.keys("C-c")
    screen = pane.wait_for(lambda s: "Program interrupted" in s and PROMPT.search(s.rsplit(
        "Program interrupted", 1)[1]), "the prompt after Ctrl-C")
    assert screen.count("\nfirst\n") == 1
    assert "waited" not in screen


def test_bare_expressions_show_their_value_and_commands_stay_commands(pane):
    start_repl(pane)
    assert "\n2\n" in enter(pane, "1+1")
    assert "\n3\n" in enter(pane, "length('abc')")
    screen = enter(pane, "'echo shell says hi'")
    assert "\nshell says hi\n" in screen
    screen = enter(pane, "word = 'echo'; word 'from a variable'")
    assert "\nfrom a variable\n" in screen
    assert "not found" not in screen


def test_output_without_a_final_newline_is_kept(pane):
    start_repl(pane)
    screen = enter(pane, "call charout , 'xyz'")
    assert "\nxyz\nrexx>" in screen


def test_shell_output_without_a_final_newline_is_kept(pane):
    start_repl(pane, width=60)
    screen = enter(pane, "'printf from-the-shell'")      # written to the terminal directly
    assert "\nfrom-the-shell\u23ce\nrexx>" in screen
    screen = enter(pane, "'printf' copies('w', 70)")      # wrapped, still kept
    assert "\n" + "w" * 60 + "\n" + "w" * 10 + "\u23ce\nrexx>" in screen
    screen = enter(pane, "say 'whole line'")
    assert "\nwhole line\nrexx>" in screen                # after a full line: no mark


def test_tab_after_address_offers_environments(pane):
    start_repl(pane)
    pane.tmux("send-keys", "-t", "repl", "-l", "address ")
    pane.keys("Tab")
    screen = pane.wait_for_text("PROXMOX")
    assert "SYSTEM" in screen
    pane.tmux("send-keys", "-t", "repl", "-l", "\x1b")      # close the menu


def test_soft_wrapped_lines_have_no_continuation_prompt(pane):
    start_repl(pane, width=60)
    text = "say '" + "a" * 80 + "'"
    pane.tmux("send-keys", "-t", "repl", "-l", text)
    screen = pane.wait_for_text("a" * 20 + "'")
    assert "..." not in screen
    screen = enter(pane, "")
    assert "\n" + "a" * 60 in screen            # it ran, and printed the 80 a's


def test_line_comments_are_highlighted_and_their_commas_do_not_continue(pane):
    start_repl(pane)
    pane.tmux("send-keys", "-t", "repl", "-l", "say 'one' /* block */ -- note, more,")
    coloured = pane.wait_for(lambda s: "note, more," in s, "the typed text", ) and \
        pane.screen("-e")
    block_colour = re.search(r"(\x1b\[[0-9;]*m)/\* block", coloured).group(1)
    line_colour = re.search(r"(\x1b\[[0-9;]*m)-- note", coloured).group(1)
    assert line_colour == block_colour
    screen = enter(pane, "")                  # Enter runs: the comma is the comment's
    assert "\none\n" in screen and "..." not in screen


def test_help_fits_the_terminal_width(pane):
    start_repl(pane, width=60)
    enter(pane, "help")
    screen = pane.screen("-J")                # -J: a line the terminal wrapped is one line
    lines = screen.split("rexx> help\n", 1)[1].splitlines()
    assert any(line.startswith("Instructions:") for line in lines)
    assert max(len(line) for line in lines) <= 60


def test_with_stdout_not_a_terminal_lines_are_read_plainly(pane, tmp_path):
    out = tmp_path / "out.txt"
    pane.start(f"{REPL} > {out}; echo \"[rexxlite exited with $?]\"")
    pane.wait_for_text("rexx>")               # the prompt goes to stderr, the terminal
    pane.type("do i = 1 to 2")
    pane.wait_for_text("...")
    pane.type("say 'line' i")
    pane.type("end")
    pane.type("1+1")
    pane.type("exit 3")
    pane.wait_for_text("[rexxlite exited with 3]")
    assert out.read_text() == "line 1\nline 2\n2\n"     # no screen codes, no prompts


def test_ctrl_d_in_pull_is_the_end_of_that_read_only(pane):
    start_repl(pane)
    pane.type("pull a; say 'first read:' lines() '['a']'")
    time.sleep(0.3)
    pane.keys("C-d")
    pane.wait_for_text("first read:")
    pane.type("pull b; say 'second read' b")
    time.sleep(0.3)
    screen = enter(pane, "again")
    assert "\nsecond read AGAIN\n" in screen
