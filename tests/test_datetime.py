"""DATE, TIME, RANDOM and USERID called through the registry with a fixed clock.

Every expected value was obtained from Regina 3.6 (``rexx ./probe.rexx``) with the clock at
28 Nov 2026 12:38:56.259568 UTC (TZ=UTC), unless a comment says otherwise.
"""

from __future__ import annotations

import os
import time
from types import SimpleNamespace

import pytest

from rexxlite.builtins import REGISTRY
from rexxlite.builtins.random_bifs import GlibcRandom
from rexxlite.runtime.clock import Clock
from rexxlite.errors import RexxError

NOW = 1795869536          # 2026-11-28 12:38:56 UTC
MICROS = 259568


class Ctx:
    """A built-in context with a fixed clock and an elapsed timer of its own."""

    def __init__(self, seconds=NOW, micros=MICROS):
        self.digits, self.fuzz, self.form = 9, 0, "SCIENTIFIC"
        self.ns = seconds * 1_000_000_000 + micros * 1000
        self.interpreter = SimpleNamespace(clock=Clock(source=lambda: self.ns))
        self.elapsed_start = None
        self.conditions = []
        self.strict_ansi = False

    def raise_condition(self, name, description=""):
        self.conditions.append((name, description))


@pytest.fixture(autouse=True)
def utc(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def call(name, *args, ctx=None):
    return REGISTRY[name].call(ctx or Ctx(), list(args))


def error(name, *args, ctx=None):
    with pytest.raises(RexxError) as info:
        call(name, *args, ctx=ctx)
    return f"{info.value.code_text}: {info.value.detail}"


# -- DATE ------------------------------------------------------------------------------------

@pytest.mark.parametrize("opt, expected", [
    (None, "28 Nov 2026"), ("B", "739947"), ("C", "9829"), ("D", "332"), ("E", "28/11/26"),
    ("I", "2026-11-28"), ("M", "November"), ("N", "28 Nov 2026"), ("O", "26/11/28"),
    ("S", "20261128"), ("T", "1795869536"), ("U", "11/28/26"), ("W", "Saturday"),
    ("sorted", "20261128"), ("Normal", "28 Nov 2026"),
])
def test_date_options(opt, expected):
    assert call("DATE", opt) == expected


@pytest.mark.parametrize("args, expected", [
    (("S", "20261128", "S"), "20261128"),
    (("B", "28 Nov 2026"), "739947"),
    (("N", "739947", "B"), "28 Nov 2026"),
    (("W", "739947", "B"), "Saturday"),
    (("C", "20261128", "S"), "9829"),
    (("C", "20000101", "S"), "1"),
    (("C", "19991231", "S"), "36524"),
    (("C", "00010101", "S"), "366"),
    (("W", "00010101", "S"), "Monday"),
    (("T", "20261128", "S"), "1795824000"),
    (("T", "19691231", "S"), "-86400"),
    (("T", "00010101", "S"), "-62135596800"),
    (("S", "1795869536", "T"), "20261128"),
    (("I", "1", "T"), "1970-01-01"),
    (("T", "1", "T"), "0"),
    (("B", "0", "T"), "719162"),
    (("S", "0", "B"), "00010101"),
    (("S", "", "B"), "00010101"),
    (("S", "3652058", "B"), "99991231"),
    (("B", "99991231", "S"), "3652058"),
    (("N", "0", "B"), "1 Jan    1"),
    (("S", "+5", "B"), "00010106"),
    (("S", "5.0", "B"), "00010106"),
    (("S", "1e3", "B"), "00010102"),
    (("S", "32", "D"), "20260201"),
    (("S", "0", "D"), "20251231"),
    (("S", "-5", "D"), "20251226"),
    (("S", "1000", "D"), "20280926"),
    (("S", "28/11/26", "E"), "20261128"),
    (("S", "28/11/76", "E"), "20761128"),
    (("S", "28/11/77", "E"), "19771128"),
    (("S", "28/11x26", "E"), "20261128"),
    (("S", "26/11/28", "O"), "20261128"),
    (("S", "11/28/26", "U"), "20261128"),
    (("S", "2026-11-28", "I"), "20261128"),
    (("S", "1 Jan 2026"), "20260101"),
    (("S", "8x Nov 2026"), "20261108"),
    (("S", "28 Nov-2026"), "20261128"),
    (("S", "29 Feb 2024"), "20240229"),
    (("S", "01 Jan 0000"), "00000101"),
    (("B", "01 Jan 0000"), "-365"),
    (("S", "2026112a", "S"), "20261102"),
    (("S", "2026 112", "S"), "20260112"),
    (("E", "20261128", "S"), "28/11/26"),
    (("M", "20261128", "S"), "November"),
    (("D", "20261128", "S"), "332"),
    (("E", None, "S"), "28/11/26"),
])
def test_date_conversions(args, expected):
    assert call("DATE", *args) == expected


@pytest.mark.parametrize("args, expected", [
    (("X",), '40.28: DATE argument 1, option must start with one of "BDEMNOSUWCIT"; found "X"'),
    (("",), "40.21: DATE argument 1 must not be null"),
    (("S", "20261128", "W"),
     '40.28: DATE argument 3, option must start with one of "BDENOSUIT"; found "W"'),
    (("S", "20261128", "S", "-"),
     '40.4: Too many arguments in invocation of "DATE"; maximum expected is 3'),
    (("S", "3652059", "B"), "40.18: DATE conversion must have a year in the range 0001 to 9999"),
    (("S", "99999999", "D"), "40.18: DATE conversion must have a year in the range 0001 to 9999"),
])
def test_date_errors(args, expected):
    assert error("DATE", *args) == expected


@pytest.mark.parametrize("value, fmt", [
    ("-1", "B"), ("0.0", "B"), ("1/1/26", "E"), ("01/01/2026", "E"), ("28-11-26", "E"),
    ("28x11x26", "E"), ("32/11/26", "E"), ("00/11/26", "E"), ("28/11/26", "U"),
    ("28 NOV 2026", None), ("28 Nov 26", None), ("28Nov2026", None), ("28-Nov-2026", None),
    ("31 Feb 2026", None), ("29 Feb 2100", None), ("20261128", None), (" 28 Nov 2026", None),
    ("2026112", "S"), ("20261328", "S"), ("00001128", "S"), ("20261100", "S"),
    ("2026/11-28", "I"), ("1.5", "T"), ("", "S"), ("x", "Standard"),
])
def test_date_not_in_format(value, fmt):
    shown = "N" if fmt is None else fmt
    assert error("DATE", "S", value, fmt) == (
        f'40.19: DATE argument 2, "{value}", is not in the format described by argument 3, '
        f'"{shown}"')


def test_date_t_input_is_utc_and_output_local(monkeypatch):
    # Regina 3.6 with TZ=America/New_York: a 'T' input is broken down in UTC, a 'T' output
    # uses mktime with the current daylight-saving flag (EST in November).
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    assert call("DATE", "S", "1795800000", "T") == "20261127"
    assert call("DATE", "T", "20260101", "S") == "1767243600"
    assert call("DATE", "T", "20260701", "S") == "1782882000"


# -- TIME ------------------------------------------------------------------------------------

@pytest.mark.parametrize("opt, expected", [
    (None, "12:38:56"), ("C", "12:38pm"), ("H", "12"), ("L", "12:38:56.259568"),
    ("M", "758"), ("N", "12:38:56"), ("S", "45536"), ("T", "1795869536"), ("O", "0"),
])
def test_time_options(opt, expected):
    assert call("TIME", opt) == expected


def test_time_rounds_to_the_second_except_long():
    # Regina at 12:53:55.555179: L 12:53:55.555179, N 12:53:56, S 46436, T rounded up,
    # DATE('T') not rounded.
    ctx = Ctx(NOW, 555179)
    assert call("TIME", "L", ctx=ctx) == "12:38:56.555179"
    assert call("TIME", "N", ctx=ctx) == "12:38:57"
    assert call("TIME", "S", ctx=ctx) == "45537"
    assert call("TIME", "T", ctx=ctx) == str(NOW + 1)
    assert call("DATE", "T", ctx=ctx) == str(NOW)


def test_time_offset(monkeypatch):
    # Regina: TIME('O') is -18000000000 in New York (November), 19800000000 in Kolkata.
    for zone, expected in (("America/New_York", "-18000000000"),
                           ("Asia/Kolkata", "19800000000")):
        monkeypatch.setenv("TZ", zone)
        time.tzset()
        assert call("TIME", "O") == expected


@pytest.mark.parametrize("args, expected", [
    (("M", "13:45:00", "N"), "825"),
    (("C", "13:45:00"), "1:45pm"),
    (("C", "00:05:00"), "12:05am"),
    (("C", "12:05:00"), "12:05pm"),
    (("L", "13:45:00"), "13:45:00.000000"),
    (("H", "13:45:00"), "13"),
    (("S", "13:45:00"), "49500"),
    (("M", "13:45:59"), "825"),
    (("N", "3:45pm", "C"), "15:45:00"),
    (("N", "12:45am", "C"), "00:45:00"),
    (("N", "12:45pm", "C"), "12:45:00"),
    (("N", "03:45pm", "C"), "15:45:00"),
    (("N", "3:45pmx", "C"), "15:45:00"),
    (("L", "13:45:00.123456", "L"), "13:45:00.123456"),
    (("N", "13:45:59.999999", "L"), "13:45:59"),
    (("N", "13", "H"), "13:00:00"),
    (("N", "1439", "M"), "23:59:00"),
    (("N", "86399", "S"), "23:59:59"),
    (("N", "1.0", "S"), "00:00:01"),
    (("N", " 15", "S"), "00:00:15"),
    (("N", "0", "T"), "00:00:00"),
    (("N", "-1", "T"), "23:59:59"),
    (("N", "2147483647", "T"), "03:14:07"),
    (("N", "1795869536", "T"), "12:38:56"),
    (("T", "13:45:00"), "1795873500"),
    (("T", "12:00:00", "N"), "1795867200"),
    (("T", "0", "T"), "0"),
    (("T", "86399", "T"), "86399"),
    (("N", "13:45-00"), "13:45:00"),
    (("N", "13:45:00", None), "13:45:00"),
    (("O", "13:45:00"), "0"),
])
def test_time_conversions(args, expected):
    assert call("TIME", *args) == expected


@pytest.mark.parametrize("value, fmt", [
    ("13:45pm", "C"), ("3:45PM", "C"), ("0:45am", "C"), ("13:45:00.1234", "L"),
    ("24", "H"), ("1440", "M"), ("86400", "S"), ("-1", "S"), ("1.5", "S"),
    ("24:00:00", None), ("13:60:00", None), ("1:45:00", None), ("13-45-00", None),
    ("ab:45:00", None), ("", None), ("2147483648", "T"),
])
def test_time_not_in_format(value, fmt):
    shown = "N" if fmt is None else fmt
    assert error("TIME", "N", value, fmt) == (
        f'40.19: TIME argument 2, "{value}", is not in the format described by argument 3, '
        f'"{shown}"')


@pytest.mark.parametrize("args, expected", [
    (("X",), '40.28: TIME argument 1, option must start with one of "CEHLMNORSJT"; found "X"'),
    (("",), "40.21: TIME argument 1 must not be null"),
    (("N", "13:45:00", "E"),
     '40.28: TIME argument 3, option must start with one of "CHLMNST"; found "E"'),
    (("N", "13:45:00", "N", "x"),
     '40.4: Too many arguments in invocation of "TIME"; maximum expected is 3'),
])
def test_time_errors(args, expected):
    assert error("TIME", *args) == expected


def test_elapsed_timer():
    # Regina: the first TIME('E') is .000000 and starts the timer; TIME('R') returns the
    # elapsed time and restarts it; a whole second shows as 1.000275.
    ctx = Ctx()
    assert call("TIME", "E", ctx=ctx) == ".000000"
    ctx.ns += 1_000_275_000
    ctx.interpreter.clock.new_clause()
    assert call("TIME", "E", ctx=ctx) == "1.000275"
    ctx.ns += 500_000
    ctx.interpreter.clock.new_clause()
    assert call("TIME", "R", ctx=ctx) == "1.000775"
    assert call("TIME", "E", ctx=ctx) == ".000000"      # same clause: same reading


def test_elapsed_timer_belongs_to_the_activation():
    caller = Ctx()
    call("TIME", "R", ctx=caller)
    routine = Ctx()
    routine.interpreter = caller.interpreter
    routine.elapsed_start = caller.elapsed_start         # what the interpreter does on CALL
    caller.ns += 2_000_000
    caller.interpreter.clock.new_clause()
    assert call("TIME", "R", ctx=routine) == ".002000"
    caller.ns += 1_000_000
    caller.interpreter.clock.new_clause()
    assert call("TIME", "E", ctx=caller) == ".003000"


def test_one_clock_reading_per_clause():
    ctx = Ctx()
    clock = ctx.interpreter.clock
    clock.new_clause()
    first = call("TIME", "L", ctx=ctx)
    ctx.ns += 5_000_000
    assert call("TIME", "L", ctx=ctx) == first
    clock.new_clause()
    assert call("TIME", "L", ctx=ctx) == "12:38:56.264568"


def test_time_j_is_cpu_seconds():
    assert float(call("TIME", "J")) >= 0


# -- RANDOM ----------------------------------------------------------------------------------

def test_random_seeded_sequence_is_reginas():
    # Regina on Linux: say random(,,5) random() random() random() random() -> 675 765 610 72 276
    ctx = Ctx()
    got = [call("RANDOM", None, None, "5", ctx=ctx)] + [call("RANDOM", ctx=ctx) for _ in range(4)]
    assert got == ["675", "765", "610", "72", "276"]
    assert call("RANDOM", None, None, "0", ctx=ctx) == "383"
    assert [call("RANDOM", "50", "150", "12345", ctx=ctx),
            call("RANDOM", "50", "150", ctx=ctx)] == ["70", "144"]


def test_random_ranges():
    ctx = Ctx()
    assert call("RANDOM", "5", "5", ctx=ctx) == "5"
    assert 0 <= int(call("RANDOM", "100000", ctx=ctx)) <= 100000
    assert 5 <= int(call("RANDOM", "5", None, ctx=ctx)) <= 999
    assert int(call("RANDOM", None, "2000", ctx=ctx)) <= 2000
    generator = GlibcRandom(1)
    assert all(0 <= generator.next() < 2**31 for _ in range(100))


@pytest.mark.parametrize("args, expected", [
    (("100001",), '40.31: RANDOM argument 1 ("100001") must not exceed 100000'),
    (("1e6",), '40.31: RANDOM argument 1 ("1000000") must not exceed 100000'),
    (("0", "100001"), '40.32: RANDOM the difference between argument 1 ("0") and argument 2 '
                      '("100001") must not exceed 100000'),
    (("10", "5"), '40.33: RANDOM argument 1 ("10") must be less than or equal to argument 2 '
                  '("5")'),
    (("2000", None), '40.33: RANDOM argument 1 ("2000") must be less than or equal to '
                     'argument 2 ("999")'),
    (("-1",), '40.13: RANDOM argument 1 must be zero or positive; found "-1"'),
    (("1.5",), '40.12: RANDOM argument 1 must be a whole number; found "1.5"'),
    ((None, None, "-1"), '40.13: RANDOM argument 3 must be zero or positive; found "-1"'),
    (("1", "2", "2147483648"),
     '40.12: RANDOM argument 3 must be a whole number; found "2147483648"'),
    (("1", "2", "3", "4"),
     '40.4: Too many arguments in invocation of "RANDOM"; maximum expected is 3'),
])
def test_random_errors(args, expected):
    assert error("RANDOM", *args) == expected


# -- USERID ----------------------------------------------------------------------------------

def test_userid_is_the_login_name():
    import pwd
    assert call("USERID") == pwd.getpwuid(os.getuid()).pw_name
