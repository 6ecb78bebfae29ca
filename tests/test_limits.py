"""Interpreter limits met the way Regina meets them (issue 12): huge expressions, runaway
recursion, deep nesting. Each runs rexxlite as a user does (a subprocess)."""

from __future__ import annotations

from pathlib import Path

from rexx_run import run_rexx


def _program(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "limits.rexx"
    path.write_text(text)
    return path


def test_a_50000_term_expression_is_computed(tmp_path):
    terms = " + ".join(["1"] * 25000) + " || " + " + ".join(["2"] * 25000)
    run = run_rexx(_program(tmp_path, f"x = {terms}\nsay x\n"))
    assert (run.status, run.stdout, run.stderr) == (0, "2500050000\n", "")


def test_a_long_chain_of_continued_comparisons_is_computed(tmp_path):
    text = "x = " + "".join("1 = ,\n" for _ in range(20000)) + "1\nsay x\n"
    text += "if " + "".join("1 & ,\n" for _ in range(20000)) + "1 then say 'yes'\n"
    run = run_rexx(_program(tmp_path, text))
    assert (run.status, run.stdout, run.stderr) == (0, "1\nyes\n", "")


def test_nesting_too_deep_for_the_stack_is_error_11_not_a_traceback(tmp_path):
    text = "say 'never'\nx = " + "".join("- ,\n" for _ in range(100000)) + "1\nsay x\n"
    run = run_rexx(_program(tmp_path, text))
    assert run.status == 256 - 11
    assert run.stdout == ""
    assert run.stderr.endswith(": [Control stack full]\n")
    assert "Traceback" not in run.stderr


def test_runaway_recursion_shows_the_first_and_last_frames(tmp_path):
    text = "say 'start'\ncall f 1\nexit\nf: procedure\n  parse arg n\n  call f n + 1\n  return\n"
    run = run_rexx(_program(tmp_path, text))
    assert run.status == 256 - 5
    lines = run.stderr.splitlines()
    assert len(run.stderr) < 100_000            # was 150 MB
    assert lines[-1].startswith("Error 5 running") and lines[-1].endswith(
        ": System resources exhausted")
    assert lines[-2] == "     2 +++ call f 1"
    assert lines[-3] == "     6 +++    call f n + 1"
    assert lines[1] == "     6 +++ [...]                               call f n + 1"
    middle = [line for line in lines if "more lines like these" in line]
    assert len(middle) == 1 and len(lines) == 102
    left_out = int(middle[0].split("[... ")[1].split()[0])
    assert 9000 < left_out < 10001


_MEASURE = """
import resource, sys
from rexxlite.running.runner import run_file
status = run_file(sys.argv[1])
sys.stdout.flush()
print(status, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)
"""


def _max_rss_kib(path: Path, expected_output: str) -> int:
    """The peak memory of running ``path`` in a fresh Python (parse, compile, run)."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, REXXLITE_NO_CACHE="1")
    done = subprocess.run([sys.executable, "-c", _MEASURE, str(path)], capture_output=True,
                          text=True, timeout=120, env=env)
    assert done.stdout == expected_output
    status, max_rss_kib = map(int, done.stderr.split())
    assert status == 0
    return max_rss_kib


def test_a_100000_line_program_stays_small(tmp_path):
    """1M lines of nop took 1.6 GB (Regina 156 MB): every token of the program existed at once,
    and each AST node had a __dict__. 100,000 lines now take about 60 MB more than a one-line
    program (before: about 180 MB more)."""
    lines = [f"x{i % 50} = {i} + 1" if i % 10 == 0 else "nop" for i in range(100_000)]
    small = _max_rss_kib(_program(tmp_path, "say 99951\n"), "99951\n")
    big = _max_rss_kib(_program(tmp_path, "\n".join(lines) + "\nsay x0\n"), "99951\n")
    assert big - small < 100 * 1024, f"{big} KiB against {small} KiB"


def test_the_text_of_a_clause_continued_over_40000_lines_is_joined_in_linear_time():
    """The +++ line of an error in such a clause took minutes (the joined text was searched
    again for each line added)."""
    import time

    from rexxlite.runtime.code import Code

    code = Code("t", ["x = 1 + ,"] + ["  1 + ,"] * 39999 + ["  1"])
    start = time.perf_counter()
    text = code._logical_line(1)
    assert time.perf_counter() - start < 2
    assert text == " ".join(["x = 1 + "] + ["1 + "] * 39999 + ["1"])


def test_d2x_and_d2c_work_on_ints_as_the_division_does():
    """D2X / D2C divided by 256 digit by digit in Python (140 s for a 14,000-digit number):
    they now convert a Python int, with the same bytes and the same Error 26.11."""
    import random
    import time

    from rexxlite.numbers import arith
    from rexxlite.builtins.numeric import binerize, binerize_by_division
    from rexxlite.errors import RexxError
    from rexxlite.running.interpreter import lift_int_string_limit

    lift_int_string_limit()

    def outcome(fn, num, length, digits):
        try:
            return fn(num, length, digits)
        except RexxError as e:
            return (e.code, e.subcode, str(e))

    rng = random.Random(12)
    texts = ["0", "255", "256", "1E+5", "12.000", "-1", "-256", "-257"]
    texts += [str(rng.randrange(10 ** rng.choice([1, 3, 5, 9, 13, 21, 40])) * rng.choice([1, -1]))
              for _ in range(1500)]
    for text in texts:
        num = arith.scan(text)
        for digits in (3, 9, 12, 40):
            for length in (1, 2, 5, 9) if text.startswith("-") else (-1, 1, 2, 5, 9):
                assert outcome(binerize, num, length, digits) == \
                    outcome(binerize_by_division, num, length, digits), (text, length, digits)
    big = arith.scan(str(3 ** 30000))
    start = time.perf_counter()
    assert len(binerize(big, -1, 20000)) == 5944
    assert time.perf_counter() - start < 1
