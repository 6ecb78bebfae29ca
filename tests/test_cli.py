"""The ``rexxlite`` command line: files, -e, programs on stdin, arguments and exit status."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from rexx_run import run_rexx

REPO = Path(__file__).resolve().parent.parent


def test_file_with_arguments_joined_into_arg1(tmp_path):
    script = tmp_path / "args.rexx"
    script.write_text("parse arg a\nsay '['a']' arg()\nparse source s\nsay s\n")
    done = run_rexx(script, "one", "two  three")
    assert done.stdout == f"[one two  three] 1\nUNIX COMMAND {script}\n"
    assert done.status == 0


def test_no_arguments_means_arg_count_zero(tmp_path):
    script = tmp_path / "none.rexx"
    script.write_text("say arg() '['arg(1)']'\n")
    assert run_rexx(script).stdout == "0 []\n"


def test_dash_e_runs_clauses():
    done = run_rexx("say 1+1; exit 5")
    assert (done.stdout, done.status) == ("2\n", 5)


def test_dash_e_with_arguments():
    assert run_rexx("parse arg x; say x", "a", "b").stdout == "a b\n"


def test_program_from_stdin_dash():
    done = subprocess.run([sys.executable, "-m", "rexxlite", "-", "arg1"],
                          input="parse arg a; say 'stdin' a\n", capture_output=True, text=True)
    assert done.stdout == "stdin arg1\n" and done.returncode == 0


def test_program_from_a_pipe_without_file():
    done = subprocess.run([sys.executable, "-m", "rexxlite"], input="say 6*7\n",
                          capture_output=True, text=True)
    assert done.stdout == "42\n"


def test_shebang_line_is_ignored(tmp_path):
    script = tmp_path / "sb.rexx"
    script.write_text("#!/usr/bin/env rexxlite\nsay 'ok'\n")
    assert run_rexx(script).stdout == "ok\n"


def test_exit_status_after_error_is_256_minus_number(tmp_path):
    script = tmp_path / "err.rexx"
    script.write_text("say 'a'\nsay 1 + 'x'\n")
    done = run_rexx(script)
    assert done.status == 215
    assert done.stderr == (f'     2 +++ say 1 + \'x\'\nError 41 running "{script}", line 2: '
                           "Bad arithmetic conversion\n")
    assert "Traceback" not in done.stderr


def test_exit_values_wrap_like_regina():
    assert run_rexx("exit 300").status == 44
    assert run_rexx("exit -1").status == 255
    assert run_rexx("nop").status == 0


def test_missing_file_is_error_3_with_status_253_as_regina(tmp_path):
    done = run_rexx(Path("nope.rexx"), cwd=tmp_path)
    assert (done.status, done.stdout) == (253, "")
    assert done.stderr == ('Error 3 running "nope.rexx": Failure during initialization\n'
                           "Error 3.1: Failure during initialization: Program was not found\n")


def test_a_directory_is_error_3_saying_why(tmp_path):
    done = run_rexx(tmp_path)
    assert done.status == 253
    assert done.stderr.endswith("Error 3.1: Failure during initialization: Is a directory\n")


@pytest.mark.parametrize("option", ["-x", "--bogus", "-r", "-p"])
def test_unknown_option_is_a_usage_error_naming_it(option, tmp_path):
    script = tmp_path / "ok.rexx"
    script.write_text("say 'ran'\n")
    done = _cli(option, str(script))
    assert (done.returncode, done.stdout) == (1, "")          # 1: Regina's status for this
    assert done.stderr.startswith(f"rexxlite: unknown option '{option}'\nusage: rexxlite ")


def test_options_after_the_file_are_the_programs_arguments(tmp_path):
    script = tmp_path / "args.rexx"
    script.write_text("say '['arg(1)']'\n")
    assert run_rexx(script, "-x", "--bogus").stdout == "[-x --bogus]\n"


def test_double_dash_ends_the_options(tmp_path):
    script = tmp_path / "-odd.rexx"
    script.write_text("say 'odd'\n")
    assert _cli("--", script.name, cwd=tmp_path).stdout == "odd\n"


def test_help_lists_forms_repl_environment_and_exit_codes():
    done = _cli("--help")
    assert done.returncode == 0 and done.stderr == ""
    text = done.stdout
    for part in ("-e CLAUSES", "-t[LETTER]", "-a ", "The REPL", "Environment variables:",
                 "Exit status:", "256 - N", "253", "usage error"):
        assert part in text, part
    assert _cli("-?").stdout == text and _cli("-h").stdout == text


def test_help_names_every_environment_variable_the_code_reads():
    """Every REXXLITE_*/PROXMOX_* name in the sources (and REX_PATH, XDG_*) is in --help."""
    root = Path(__file__).resolve().parent.parent
    names = set()
    for folder in ("rexxlite", "addresses"):
        for source in (root / folder).rglob("*.py"):
            if source.name == "rexx_variables.py":      # Rexx variables PROXMOX sets, not env
                continue
            names |= set(re.findall(r"\b((?:REXXLITE|PROXMOX)_[A-Z_]*[A-Z])\b", source.read_text()))
            names |= set(re.findall(r"environ(?:\.get)?[(\[]\"([A-Z_]+)\"", source.read_text()))
    from rexxlite.addresses.proxmox.settings import Settings
    from dataclasses import fields
    names |= {f"PROXMOX_{f.name.upper()}" for f in fields(Settings)}
    text = _cli("--help").stdout
    missing = sorted(name for name in names if name not in text)
    assert not missing, missing
    assert "PROXMOX_HOST" in names and "REXXLITE_NO_CACHE" in names and "REXX_PATH" in names


# What Regina prints for these (rexx -tr / -ti / -t / -a, Regina 3.6), byte for byte.
TRACED = "x=1\nsay x+1\n"
REGINA_TR = '     1 *-* x=1\n     2 *-* say x+1\n       >V>   "1"\n'
REGINA_TI = ('     1 *-* x=1\n       >L>   "1"\n     2 *-* say x+1\n       >V>   "1"\n'
             '       >L>   "1"\n       >O>   "2"\n')
REGINA_TA = "     1 *-* x=1\n     2 *-* say x+1\n"


@pytest.mark.parametrize("option, trace", [("-tr", REGINA_TR), ("-ti", REGINA_TI),
                                           ("-tI", REGINA_TI), ("-t", REGINA_TA)])
def test_t_option_sets_the_initial_trace_as_regina(option, trace, tmp_path):
    script = tmp_path / "t.rexx"
    script.write_text(TRACED)
    done = _cli(option, str(script))
    assert (done.returncode, done.stdout, done.stderr) == (0, "2\n", trace)


IGNORED = ("trace o\nsay 1\ntrace value f()\ncall trace 'o'\nsay 2\nexit\n"
           "f: say 'f'; return 'n'\n")
REGINA_IGNORED = ('     1 *-* trace o\n     2 *-* say 1\n       >L>   "1"\n'
                  '     3 *-* trace value f()\n     4 *-* call trace \'o\'\n'
                  '       >L>   "o"\n')


def test_t_option_makes_the_trace_instruction_a_no_op_as_regina(tmp_path):
    """With -t, Regina ignores every TRACE instruction (its expression is not evaluated);
    the TRACE() built-in still sets the trace."""
    script = tmp_path / "t.rexx"
    script.write_text(IGNORED)
    done = _cli("-ti", str(script))
    assert (done.returncode, done.stdout, done.stderr) == (0, "1\n2\n", REGINA_IGNORED)


def test_t_option_works_with_e_and_stdin():
    assert _cli("-tr", "-e", "x=1; say x+1").stderr == (
        '     1 *-* x=1\n       *-* say x+1\n       >V>   "1"\n')  # one line
    piped = subprocess.run([sys.executable, "-m", "rexxlite", "-tr"], input=TRACED,
                           capture_output=True, text=True)
    assert (piped.stdout, piped.stderr) == ("2\n", REGINA_TR)


def test_t_option_with_a_bad_letter_is_error_24_as_regina(tmp_path):
    script = tmp_path / "t.rexx"
    script.write_text(TRACED)
    done = _cli("-tq", str(script))
    assert (done.returncode, done.stdout) == (232, "")
    assert done.stderr == (f'Error 24 running "{script}": Invalid TRACE request\n'
                           'Error 24.1: TRACE request letter must be one of "ACEFILNOR"; '
                           'found "Q"\n')


def test_t_option_takes_one_letter_only():
    done = _cli("-tresults", "-e", "nop")
    assert done.returncode == 1 and "option -t takes one TRACE letter" in done.stderr


ARGS = "say arg(); do i = 1 to arg(); say i '['arg(i)']'; end\n"


def test_a_option_passes_separate_arguments_as_regina(tmp_path):
    script = tmp_path / "a.rexx"
    script.write_text(ARGS)
    done = _cli("-a", str(script), "one", "two three", "four")
    assert done.stdout == "3\n1 [one]\n2 [two three]\n3 [four]\n"
    assert _cli(str(script), "one", "two three").stdout == "1\n1 [one two three]\n"
    assert _cli("-a", str(script)).stdout == "0\n"
    assert _cli("-a", "-e", ARGS, "x", "y").stdout == "2\n1 [x]\n2 [y]\n"


def test_options_combine_in_any_order(tmp_path):
    script = tmp_path / "a.rexx"
    script.write_text("say arg()\n")
    for options in (("-a", "-tr"), ("-tr", "-a")):
        done = _cli(*options, str(script), "x", "y")
        assert done.stdout == "2\n" and done.stderr.startswith("     1 *-* say arg()\n")


def _cli(*argv: str, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "rexxlite", *argv], capture_output=True,
                          text=True, cwd=cwd, stdin=subprocess.DEVNULL, timeout=60)


def test_commands_run_through_the_shell_and_set_rc():
    done = run_rexx("'echo hi; exit 3'; say 'rc' rc")
    assert done.stdout == "hi\nrc 3\n"
    assert done.stderr == "     1 *-* 'echo hi; exit 3'\n       +++ RC=3 +++\n"


def test_pull_reads_stdin_when_queue_empty():
    done = run_rexx("queue 'first'; pull a; pull b; parse pull c; say a b c", stdin="second\nThird\n")
    assert done.stdout == "FIRST SECOND Third\n"


def test_deep_recursion_works():
    done = run_rexx("say f(3000); exit; f: procedure; arg n; if n = 0 then return 0; "
                    "return 1 + f(n - 1)")
    assert done.stdout == "3000\n", done.stderr


def test_dash_e_without_clauses_is_a_usage_error():
    done = _cli("-e")
    assert done.returncode == 1 and done.stderr.startswith("rexxlite: option -e needs the clauses")


def test_t_or_a_without_a_program_on_a_terminal_is_a_usage_error():
    import os
    controller, terminal = os.openpty()
    try:
        done = subprocess.run([sys.executable, "-m", "rexxlite", "-tr"], stdin=terminal,
                              capture_output=True, text=True, timeout=30)
    finally:
        os.close(controller)
        os.close(terminal)
    assert done.returncode == 1
    assert done.stderr.startswith("rexxlite: -t and -a apply to a program; give FILE, -e or -")


def test_the_repl_that_cannot_start_says_so_without_a_traceback():
    import os
    hide = ("import sys; sys.modules['prompt_toolkit'] = None; "
            "from rexxlite.cli import main; sys.exit(main())")
    controller, terminal = os.openpty()
    try:
        done = subprocess.run([sys.executable, "-c", hide], stdin=terminal, capture_output=True,
                              text=True, timeout=30)
    finally:
        os.close(controller)
        os.close(terminal)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.startswith("rexxlite: the REPL cannot start (")


def test_a_reader_that_goes_away_ends_the_program_by_sigpipe_as_regina(tmp_path):
    """``rexxlite prog | head``: no Error 49 about a broken pipe, the status of SIGPIPE."""
    import signal
    import subprocess
    import sys
    program = tmp_path / "many.rexx"
    program.write_text("do i = 1 to 1000000; say i; end\n")
    proc = subprocess.Popen([sys.executable, "-m", "rexxlite", str(program)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout.readline() == b"1\n"
    proc.stdout.close()                          # the reader goes away, as `head -1` does
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGPIPE and err == b""


@pytest.mark.parametrize("megabytes", [300, 600])
def test_a_program_runs_when_memory_is_too_short_for_the_big_stack(tmp_path, megabytes):
    """Under an address-space limit the 512 MB interpreter stack cannot be had (Python:
    "can't start new thread"); the program still runs, on a smaller stack, without a
    traceback — 300 MB: the 64 MB fallback; 600 MB: the full stack."""
    import resource
    script = tmp_path / "deep.rexx"
    script.write_text("say f(2000)\nexit\n"
                      "f: procedure; parse arg n; if n = 0 then return 0; return 1 + f(n - 1)\n")
    limit = megabytes * 2 ** 20

    def cap():
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    done = subprocess.run([sys.executable, "-m", "rexxlite", str(script)], preexec_fn=cap,
                          capture_output=True, text=True, timeout=60)
    assert (done.stdout, done.stderr, done.returncode) == ("2000\n", "", 0)


def test_an_internal_error_names_the_python_exception(tmp_path):
    """A Python exception escaping the interpreter is Error 49.1, which names it and its
    message (here: the package copied without its grammar, run with caching off)."""
    shutil.copytree(REPO / "rexxlite", tmp_path / "rexxlite",
                    ignore=shutil.ignore_patterns("__pycache__", "grammar"))
    env = dict(os.environ, REXXLITE_NO_CACHE="1")
    env.pop("PYTHONPATH", None)
    done = subprocess.run([sys.executable, "-S", "-m", "rexxlite", "-e", "say 1"], cwd=tmp_path,
                          env=env, capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout) == (256 - 49, "")
    assert done.stderr == (
        'Error 49 running "<command line>": Interpretation Error\n'
        "Error 49.1: Interpretation Error: Failed in ModuleNotFoundError, line 0: "
        "\"No module named 'rexxlite.grammar'\". Please report error!\n")


def test_a_source_tree_runs_without_being_installed(tmp_path, monkeypatch):
    """``python -m rexxlite`` in a checkout that is not installed (no site: no editable
    finder maps rexxlite.grammar) reads the tree's own grammar/rexx.lark."""
    from rexxlite.syntax import parse_tables
    cache = tmp_path / "cache"
    cache.mkdir(mode=0o700)
    monkeypatch.setenv("REXXLITE_CACHE_DIR", str(cache))
    monkeypatch.delenv("REXXLITE_NO_CACHE", raising=False)
    parse_tables.load()                 # the tables there (building them needs Lark, in site)
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    done = subprocess.run([sys.executable, "-S", "-m", "rexxlite", "-e", "say 6 * 7"],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout, done.stderr) == (0, "42\n", "")
