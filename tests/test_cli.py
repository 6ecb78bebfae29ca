"""The ``rexxlite`` command line: files, -e, programs on stdin, arguments and exit status."""

from __future__ import annotations

import subprocess
import sys

from rexx_run import run_rexx


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


def test_missing_file(tmp_path):
    done = run_rexx(tmp_path / "nope.rexx")
    assert done.status != 0 and "nope.rexx" in done.stderr and "Traceback" not in done.stderr


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
