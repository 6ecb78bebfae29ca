"""The interactive REPL: continuation, completion, help, and whole sessions through pipe input."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time

import pytest
from prompt_toolkit.application import create_app_session
from prompt_toolkit.completion import CompleteEvent
from prompt_toolkit.document import Document
from prompt_toolkit.history import InMemoryHistory
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from prompt_toolkit.history import FileHistory
from prompt_toolkit.lexers import PygmentsLexer

from rexxlite.plugin_api import CommandResult, CommandSpec, Param
from rexxlite.repl.backend import Backend
from rexxlite.repl.completion import RexxCompleter
from rexxlite.repl.continuation import is_complete
from rexxlite.repl.help_topics import INSTRUCTIONS, render
from rexxlite.repl.history import history_path, open_history
from rexxlite.repl.session import ReplSession, help_request

CTRL_C = "\x03"
CTRL_D = "\x04"
ENTER = "\r"


# ----------------------------------------------------------------------------- continuation

@pytest.mark.parametrize("text", [
    "do i = 1 to 3",
    "do i = 1 to 3\n  say i",
    "select",
    "select\n  when x = 1 then say 'one'",
    "if x > 1 then",
    "if x > 1",
    "if x > 1 then say 'big'; else",
    "x = 1 /* a comment that goes on",
    "say 'unfinished string",
    "say 1,",
    "say 1, /* more */",
    "do forever\n  do j = 1 to 2\n  end",
    "if x > 1 then say 'big'",                 # an IF waits for a possible ELSE
    "if x > 1 then\n  say 'big'",
    "if a then if b then say 'b'; else say 'not b'",
    "say 1, -- the comma before the comment continues",
])
def test_unfinished_entries_continue(text):
    assert not is_complete(text)


@pytest.mark.parametrize("text", [
    "",
    "x = 6*7",
    "say x",
    "do i = 1 to 3\n  say i\nend",
    "select\n  when 1 then say 'one'\n  otherwise nop\nend",
    "if x > 1 then say 'big'\n",              # an empty line ends the wait for ELSE
    "if x > 1 then\n  say 'big'\n",
    "if x > 1 then say 'big'\nelse say 'small'",
    "if x > 1 then say 'big'; else say 'small'",
    "if x > 1 then say 'big'\nsay 'next'",     # a clause that is not ELSE ends it too
    "say 1 -- a comment, with a comma,",       # a -- comment's commas do not continue
    "say 1,\n  2",
    "x = 1 /* a /* nested */ comment */",
    "say 'it''s'",
    "then = 4",
    "say (1",                      # a syntax error that is not about the end: runs, reports
    "end",
    "say 'open string\n",          # an empty line runs an entry left with an open string
    "say 'open string\n   ",
])
def test_complete_entries_run(text):
    assert is_complete(text)


# ----------------------------------------------------------------------------- completion

FAKE_COMMANDS = (
    CommandSpec("clone_from_base", "clone a container from a base", (
        Param("base", "the base template", required=True),
        Param("name", "the new container's name"),
        Param("bridge", "network bridge"),
    )),
    CommandSpec("list", "list the containers"),
)


class FakeEnvironment:
    name = "FAKEPVE"
    commands = FAKE_COMMANDS

    def execute(self, command, context):
        return CommandResult()

    def close(self):
        pass


class FakeSource:
    def __init__(self, variables=(), address="SYSTEM"):
        self.variables = list(variables)
        self.address = address

    def variable_names(self):
        return self.variables

    def routine_names(self):
        return ["SQUARE"]

    def current_address(self):
        return self.address

    def environment(self, name):
        return FakeEnvironment() if name.upper() == "FAKEPVE" else None

    def environment_names(self):
        return ["FAKEPVE", "SYSTEM"]


def completions(source, text, requested=True):
    completer = RexxCompleter(source)
    event = CompleteEvent(completion_requested=requested)
    return [c.text for c in completer.get_completions(Document(text), event)]


def test_keywords_complete():
    assert "select" in completions(FakeSource(), "sel")
    assert "SELECT" in completions(FakeSource(), "SEL")
    assert "otherwise" in completions(FakeSource(), "if 1 then nop; other")


def test_builtins_complete():
    found = completions(FakeSource(), "say sub")
    assert "substr" in found and "subword" in found


def test_variables_complete():
    found = completions(FakeSource(["COUNTER", "COUNT.", "TOTAL"]), "say cou")
    assert "counter" in found and "count." in found and "total" not in found


def test_nothing_completes_inside_a_plain_string_or_comment():
    assert completions(FakeSource(["SAYING"]), "x = 'say") == []
    assert completions(FakeSource(["SAYING"]), "x = 1 /* say") == []


def test_command_names_complete_inside_a_quoted_command():
    found = completions(FakeSource(address="FAKEPVE"), '"cl')
    assert found == ["clone_from_base"]


def test_command_parameters_complete():
    source = FakeSource(address="FAKEPVE")
    assert completions(source, '"clone_from_base b') == ["base=", "bridge="]
    assert completions(source, '"clone_from_base base=x ') == ["name=", "bridge="]
    assert completions(source, '"clone_from_base base=x') == []
    assert completions(source, "address fakepve 'clone_from_base na") == ["name="]


def test_commands_do_not_complete_under_an_environment_without_declarations():
    assert completions(FakeSource(address="SYSTEM"), '"clone_from_base b') == []


# ----------------------------------------------------------------------------- help

def test_help_entries_are_bare_and_unquoted():
    assert help_request("help") == ""
    assert help_request("  HELP  substr ") == "substr"
    assert help_request("help proxmox clone_from_base") == "proxmox clone_from_base"
    assert help_request('"help"') is None
    assert help_request("help = 1") is None
    assert help_request("say help") is None


def test_help_topics():
    names, env = ["FAKEPVE", "SYSTEM"], lambda name: FakeEnvironment() if name == "FAKEPVE" else None
    overview = render("", names, env)
    assert "SELECT" in overview and "SUBSTR" in overview and "FAKEPVE" in overview
    assert render("say", names, env) == INSTRUCTIONS["SAY"]
    assert render("substr", names, env).startswith("SUBSTR(")
    assert "clone_from_base" in render("fakepve", names, env)
    assert "base=  (required)" in render("fakepve clone_from_base", names, env)
    assert "base=" in render("clone_from_base", names, env, current="FAKEPVE")
    assert render("nosuchthing", names, env).startswith("No help")


# ----------------------------------------------------------------------------- whole sessions

class RecordingBackend(Backend):
    """The real backend, remembering each entry and telling when an entry containing
    ``watch`` starts to run."""

    def __init__(self, watch="forever"):
        super().__init__()
        self.entries = []
        self.watch = watch
        self.started = threading.Event()

    def run(self, entry):
        self.entries.append(entry)
        if self.watch in entry:
            self.started.set()
        return super().run(entry)


def press_ctrl_c_when_started(backend, press_with=None):
    """From another thread: once the watched entry runs, send SIGINT as a terminal would (or
    call ``press_with``)."""

    def press():
        if backend.started.wait(10):
            time.sleep(0.2)                          # let the loop spin a while
            if press_with is None:
                os.kill(os.getpid(), signal.SIGINT)
            else:
                press_with()

    thread = threading.Thread(target=press, daemon=True)
    thread.start()
    return thread


def run_session(keys, backend=None):
    """Type ``keys`` into a session over pipe input; its exit status and backend."""
    backend = backend or RecordingBackend()
    with create_pipe_input() as pipe:
        pipe.send_text(keys)
        with create_app_session(input=pipe, output=DummyOutput()):
            status = ReplSession(backend, history=InMemoryHistory()).run(banner=False)
    return status, backend


def test_a_multi_line_do_runs_once_complete(capsys):
    status, backend = run_session("do i = 1 to 3" + ENTER + "say 'pass' i" + ENTER + "end" + ENTER + CTRL_D)
    assert status == 0
    assert backend.entries == ["do i = 1 to 3\nsay 'pass' i\nend"]
    assert capsys.readouterr().out == "pass 1\npass 2\npass 3\n"


def test_a_select_over_several_lines(capsys):
    keys = ENTER.join(["x = 2", "select", "when x = 1 then say 'one'", "when x = 2 then say 'two'",
                       "otherwise say 'many'", "end", ""]) + CTRL_D
    _, backend = run_session(keys)
    assert len(backend.entries) == 2
    assert capsys.readouterr().out == "two\n"


def test_an_error_then_a_working_entry(capsys):
    keys = ENTER.join(["x = 5", "say (x", "say x*2", ""]) + CTRL_D
    status, _ = run_session(keys)
    captured = capsys.readouterr()
    assert status == 0
    assert 'Error 36 running "<stdin>", line 1: Unmatched "(" in expression' in captured.err
    assert captured.out == "10\n"


def test_variables_and_routines_persist(capsys):
    keys = ENTER.join(["sq: procedure", "arg n", "return n*n", "", "base = 7", "say sq(base)", ""])
    _, backend = run_session(keys + CTRL_D)
    assert backend.entries == ["sq: procedure\narg n\nreturn n*n\n", "base = 7", "say sq(base)"]
    assert capsys.readouterr().out == "49\n"


def test_ctrl_c_cancels_the_input(capsys):
    _, backend = run_session("say 'typed'" + CTRL_C + "say 'next'" + ENTER + CTRL_D)
    assert backend.entries == ["say 'next'"]
    assert capsys.readouterr().out == "next\n"


@pytest.mark.parametrize("how", ["SIGINT", "backend.interrupt"])
def test_ctrl_c_interrupts_a_running_loop(capsys, how):
    backend = RecordingBackend()
    presser = press_ctrl_c_when_started(backend, backend.interrupt if how != "SIGINT" else None)
    keys = ENTER.join(["n = 0", "do forever; n = n + 1; end", "say 'back' (n > 0)", ""]) + CTRL_D
    status, _ = run_session(keys, backend)
    presser.join(10)
    captured = capsys.readouterr()
    assert status == 0
    assert 'Error 4 running "<stdin>", line 1: Program interrupted' in captured.err
    assert captured.out == "back 1\n"


def test_ctrl_c_raises_halt_that_signal_on_halt_traps(capsys):
    backend = RecordingBackend()
    presser = press_ctrl_c_when_started(backend)
    keys = "signal on halt; do forever; nop; end; halt: say 'halted at line' sigl" + ENTER
    run_session(keys + "say 'next'" + ENTER + CTRL_D, backend)
    presser.join(10)
    captured = capsys.readouterr()
    assert captured.out == "halted at line 1\nnext\n"
    assert captured.err == ""


def test_exit_leaves_with_its_status():
    status, backend = run_session("exit 3" + ENTER + "say 'not run'" + ENTER + CTRL_D)
    assert status == 3
    assert backend.entries == ["exit 3"]


def test_help_is_the_repls_and_quoted_help_is_a_command(capsys):
    _, backend = run_session("help say" + ENTER + "help" + ENTER + CTRL_D)
    out = capsys.readouterr().out
    assert out.startswith(INSTRUCTIONS["SAY"] + "\n")
    assert "Ctrl-R" in out and "Built-in functions:" in out
    assert backend.entries == []


def test_completion_sees_the_sessions_variables_and_routines():
    backend = Backend()
    backend.run("counter = 1; count.1 = 'a'")
    backend.run("countdown: procedure; return 0")
    found = completions(backend, "say cou")
    assert {"counter", "count.", "count.1", "countdown"} <= set(found)


def test_proxmox_commands_complete_after_address_proxmox():
    backend = Backend()
    backend.run("address proxmox")
    assert backend.current_address() == "PROXMOX"
    assert "base=" in completions(backend, '"clone_from_base b')
    assert "clone_from_base" in completions(backend, '"clone')


def test_highlighting_and_history(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert history_path() == tmp_path / "rexxlite" / "history"
    history = open_history()
    assert isinstance(history, FileHistory)
    with create_pipe_input() as pipe, create_app_session(input=pipe, output=DummyOutput()):
        session = ReplSession(Backend(), history=history)
        assert isinstance(session.prompt.lexer, PygmentsLexer)
        pipe.send_text("x = 1" + ENTER + CTRL_D)
        session.run(banner=False)
    assert "x = 1" in (tmp_path / "rexxlite" / "history").read_text()
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert history_path() == tmp_path / "home" / ".local" / "share" / "rexxlite" / "history"


def test_a_program_on_stdin_runs_without_the_repl():
    done = subprocess.run([sys.executable, "-m", "rexxlite"], input="x = 6*7\nsay x\n",
                          capture_output=True, text=True, timeout=30)
    assert (done.stdout, done.returncode) == ("42\n", 0)


def test_one_plugin_command_shows_its_output(capsys):
    """``"help"`` under ADDRESS PROXMOX prints what a program would find in RESULT; a SYSTEM
    command or a clause that is not a lone command prints nothing of RESULT."""
    keys = ENTER.join(["address proxmox", '"help clone_from_base"', "x = 'quiet'",
                       "address system 'true'", "address proxmox 'help clone'", ""]) + CTRL_D
    run_session(keys, Backend())
    out = capsys.readouterr().out
    first, _, second = out.partition("clone - clone a container")
    assert first.startswith("clone_from_base - linked clone of a registered base\n")
    assert "  base=  (required)" in first
    assert "quiet" not in out
    assert "  source=  (required)" in second


# ----------------------------------------------------------------------------- entries as units

def run_entries(capsys, *entries):
    """Run ``entries`` in one backend; (stdout, stderr) of them all."""
    backend = Backend()
    for entry in entries:
        backend.run(entry)
        backend.finish_line()
    backend.close()
    return capsys.readouterr()


def test_a_routine_without_return_ends_with_its_entry(capsys):
    out, err = run_entries(capsys, "f: say 'in f'\n", "say 'second'", "call f", "say f()")
    assert out == "second\nin f\nin f\n"
    assert "Error 44" in err and "Error 5" not in err      # f() returned no value


def test_a_routine_defined_again_replaces_the_first_for_every_caller(capsys):
    out, _ = run_entries(capsys, "f: return 1\n", "g: return f() + 10\n", "say g()",
                         "f: return 2\n", "say g(); call f; say result")
    assert out == "11\n12\n2\n"


def test_a_routine_defined_after_its_caller_is_found(capsys):
    out, _ = run_entries(capsys, "g: call h; return result\n", "h: return 'late'\n", "say g()")
    assert out == "late\n"


def test_an_internal_routine_overrides_a_built_in_from_then_on(capsys):
    out, _ = run_entries(capsys, "say length('abc')", "length: return 'mine'\n",
                         "say length('abc')")
    assert out == "3\nmine\n"


def test_trace_lasts_across_entries_and_shows_line_numbers(capsys):
    _, err = run_entries(capsys, "trace r", "x = 6", "say x * 7", "trace o", "say 'quiet'")
    assert err == ('     1 *-* x = 6\n     1 *-* say x * 7\n       >V>   "6"\n'
                   '     1 *-* trace o\n')


def test_signal_to_an_earlier_entry_stops_at_its_end(capsys):
    out, _ = run_entries(capsys, "there: say 'at there'\n", "signal there; say 'not reached'",
                         "say 'next'")
    assert out == "at there\nnext\n"


# ----------------------------------------------------------------------------- expressions

@pytest.mark.parametrize("entry, value", [
    ("1+1", "2"), ("length('abc')", "3"), ("-5", "-5"), ("3 > 2", "1"), ("7", "7"),
    ("\\0", "1"), ("(x == 1)", "0"), ("copies('ab', 2)", "abab"),
])
def test_bare_expressions_show_their_value(capsys, entry, value):
    out, err = run_entries(capsys, entry)
    assert (out, err) == (value + "\n", "")


@pytest.mark.parametrize("entry", ["'ls -l'", '"list"', "cmd", "cmds.1", "'rm' file",
                                   "'echo'||x", "cmd arg", "'7'", "x = 1", "say 1"])
def test_strings_variables_and_concatenations_stay_commands(entry):
    from rexxlite.syntax.parser import parse_program
    from rexxlite.repl.expression_entry import shown_as_value
    node = parse_program(entry, "<test>").body[0]
    assert not shown_as_value(node, entry)


def test_a_string_under_address_system_is_still_a_command():
    done = subprocess.run([sys.executable, "-c", (
        "from rexxlite.repl.backend import Backend\n"
        "b = Backend(); b.run(\"'echo from the shell'\"); b.run('1+1'); b.close()")],
        capture_output=True, text=True, timeout=30)
    assert done.stdout == "from the shell\n2\n"


# ----------------------------------------------------------------------------- output, results

def test_output_without_a_final_newline_gets_one_before_the_prompt(capsys):
    out, _ = run_entries(capsys, "call charout , 'xyz'", "say 'next'", "call charout , ''")
    assert out == "xyz\nnext\n"


class InterruptedOnce:
    """ADDRESS STOPPY: ``echo`` answers its text; ``stop`` is a command interrupted by Ctrl-C."""
    name = "STOPPY"
    commands = (CommandSpec("echo", "answer"), CommandSpec("stop", "be interrupted"))

    def execute(self, command, context):
        if command.startswith("stop"):
            raise KeyboardInterrupt
        return CommandResult(output=command.partition(" ")[2])

    def close(self):
        pass


def test_an_interrupted_plugin_command_does_not_show_the_earlier_result(capsys):
    backend = Backend()
    backend.interp.router.registry.register("STOPPY", InterruptedOnce)
    for entry in ("address stoppy", '"echo first"', '"stop"', '"echo second"'):
        backend.run(entry)
    backend.close()
    out, err = capsys.readouterr()
    assert out == "first\nsecond\n"
    assert "Error 4" in err


# ----------------------------------------------------------------------------- smaller

def test_tab_after_address_offers_the_environments():
    source = FakeSource()
    assert completions(source, "address ") == ["FAKEPVE", "SYSTEM"]
    assert completions(source, "x = 1; address f") == ["FAKEPVE"]
    assert "FAKEPVE" not in completions(source, "say address")


def test_line_comments_in_the_scanner_and_the_highlighter():
    from pygments.token import Comment
    from rexxlite.repl.highlight import RexxliteLexer
    assert is_complete("say 1 -- one, two,")
    assert not is_complete("say 1, -- one")
    assert is_complete("say '--',")is False          # inside a string: the comma continues
    tokens = list(RexxliteLexer().get_tokens("say 'a--b' -- note, here"))
    assert (Comment.Single, "-- note, here") in tokens
    assert not any(t[0] in Comment for t in tokens if "a--b" in t[1])


def test_soft_wraps_get_no_continuation_prompt():
    assert ReplSession._continuation(6, 0, True) == ""
    assert ReplSession._continuation(6, 1, False) == "  ... "


@pytest.mark.parametrize("width", [40, 60, 100])
def test_help_fits_the_width(width):
    env = FakeEnvironment()
    for topic in ("", "substr", "fakepve", "fakepve clone_from_base"):
        text = render(topic, ["FAKEPVE", "SYSTEM"], lambda n: env if n == "FAKEPVE" else None,
                      width=width)
        assert max(len(line) for line in text.splitlines()) <= width, topic
    assert "Instructions:" in render("", [], lambda n: None, width=width)


def test_the_plain_session_reads_entries_and_pull_lines_from_one_input(capsys):
    from io import StringIO
    from rexxlite.repl.plain import PlainSession
    from rexxlite.repl.terminal_input import InterruptibleInput
    read_end, write_end = os.pipe()
    os.write(write_end, b"do i = 1 to 2\nsay i\nend\npull a; say 'pulled' a\nhello there\n"
                        b"if 0 then say 'yes'\nelse say 'no'\nexit 4\n")
    os.close(write_end)
    reader = InterruptibleInput(read_end)
    prompts = StringIO()
    status = PlainSession(Backend(stdin=reader), reader, prompts=prompts).run()
    os.close(read_end)
    assert status == 4
    assert capsys.readouterr().out == "1\n2\npulled HELLO THERE\nno\n"
    assert prompts.getvalue() == "rexx> ... ... rexx> rexx> ... rexx> "   # PULL: no prompt


def test_interruptible_input_reads_lines_and_the_end():
    from rexxlite.repl.terminal_input import InterruptibleInput
    read_end, write_end = os.pipe()
    os.write(write_end, "one\ntwo é\nlast".encode())
    os.close(write_end)
    reader = InterruptibleInput(read_end)
    assert [reader.readline() for _ in range(4)] == ["one\n", "two é\n", "last", ""]
    os.close(read_end)


def test_typed_text_is_its_utf8_bytes_as_in_a_script(capsys):
    from rexxlite.repl.backend import Backend
    backend = Backend()
    backend.run("s = 'é═'; say length(s) c2x(s); say s")
    backend.close()
    assert capsys.readouterr().out == "5 C3A9E29590\né═\n"      # the bytes typed, back out
