"""Which clauses get trace hooks (``syntax/trace_reach``): every clause TRACE can reach is
traced as Regina traces it (the expected outputs are Regina 3.6's), and clauses it cannot
reach run without hooks."""

from __future__ import annotations

import io

import pytest

from rexxlite.runtime.trace import LEVELS
from rexxlite.running.runner import make_interpreter
from rexxlite.syntax.parser import parse_program
from rexxlite.syntax.trace_reach import TRACING_LETTERS, setting_keeps_off, traced_clauses


def _run(source: str, **options):
    out, err = io.StringIO(), io.StringIO()
    interp = make_interpreter("/t/prog.rexx", stdout=out, stderr=err, **options)
    status = interp.run_program(source)
    return status, out.getvalue(), err.getvalue(), interp


def _reach(source: str):
    return traced_clauses(parse_program(source).body)[0]


def test_the_tracing_letters_are_the_levels_that_trace():
    assert set(TRACING_LETTERS) == set(LEVELS)


@pytest.mark.parametrize("setting, off", [
    ("o", True), ("Off", True), ("n", True), ("E", True), ("failure", True), ("?", True),
    ("!", True), ("", True), ("3", True), ("-2", True), ("r", False), ("?A", False),
    ("!i", False), ("Labels", False), ("c", False)])
def test_which_constant_settings_leave_tracing_off(setting, off):
    assert setting_keeps_off(setting) is off


def test_the_reach_follows_fall_through_calls_and_stops_at_an_ending_clause():
    source = ("say 1\ncall sub\nexit\nsub: trace r\nx = f()\nreturn\nsay 'dead'\n"
              "f: return 2\ng: return 3\n")
    # clauses: 0 say, 1 call, 2 exit, 3 sub:, 4 trace, 5 x =, 6 return, 7 say, 8 f:, 9 return,
    # 10 g:, 11 return
    assert _reach(source) == {4, 5, 6, 8, 9}


def test_nothing_is_reached_without_a_trace_that_can_turn_tracing_on():
    assert _reach("trace off\nx = trace()\ncall trace 'n'\nsay x\n") == frozenset()


def test_every_handler_is_reached_once_tracing_can_be_on():
    source = ("signal on novalue name oops\ncall on error\nsay 1\nexit\n"
              "sub: trace r\nreturn\noops: exit\nerror: return\n")
    # 0 signal on, 1 call on, 2 say, 3 exit, 4 sub:, 5 trace, 6 return, 7 oops:, 8 exit,
    # 9 error:, 10 return
    assert _reach(source) == {5, 6, 7, 8, 9, 10}


def test_interpret_or_a_reached_signal_value_means_every_clause():
    assert _reach("say 1\nexit\nsub: interpret 'say 2'\n") is None
    assert _reach("trace r\nsignal value 'X'\nx: say 1\n") is None
    assert _reach("trace r\nexit\nsignal value 'X'\nx: say 1\n") == {0, 1}


def test_the_clauses_not_reached_that_name_a_variable_tail_are_found():
    source = "a.i = 1\nsay a.1\ncall sub\nsay a.i\nexit\nsub: trace r\nsay a.i\nreturn\n"
    hooked, tailed = traced_clauses(parse_program(source).body)
    assert (hooked, tailed) == ({6, 7, 8}, {0, 3})
    assert traced_clauses(parse_program("a.i = 1\n").body) == (frozenset(), frozenset())


# Programs whose tracing crosses from one place to another; the outputs are Regina's.
_CROSSING = [
    ("signal on novalue name oops\ncall sub\nsay 'never'\nexit\nsub: trace r\nsay 'in sub'\n"
     "say x.y\nreturn\noops: say 'caught' condition('D')\nexit\n",
     "in sub\ncaught X.Y\n",
     "     6 *-*  say 'in sub'\n     7 *-*  say x.y\n       >L>    \"Y\"\n"
     "       >L>    \"X.Y\"\n     9 *-*  oops:\n       *-*  say 'caught' condition('D')\n"
     "    10 *-*  exit\n"),
    ("call on notready name nr\nx = 1\ncall sub\nsay 'back' x\nexit\nsub: trace r\n"
     "x = linein('/nonexistent/dir/file')\nreturn\nnr: say 'notready'\nreturn\n",
     "notready\nback \n",
     "     7 *-*  x = linein('/nonexistent/dir/file')\n     9 *-*   nr:\n"
     "       *-*   say 'notready'\n    10 *-*   return\n     8 *-*  return\n"),
    ("s = 0\ndo i = 1 to 3\n  if i = 2 then trace r\n  s = s + i\nend\nsay s\n",
     "6\n",
     "     4 *-*  s = s + i\n     5 *-* end\n     2 *-* do i = 1 to 3\n"
     "     3 *-*  if i = 2 then trace r\n     4 *-*  s = s + i\n     5 *-* end\n"
     "     2 *-* do i = 1 to 3\n     6 *-* say s\n       >V>   \"6\"\n"),
    ("say 'a'\ntrace value 'R'\nx = 2\nsignal done\nsay 'skipped'\ndone: say x\n",
     "a\n2\n",
     "     3 *-* x = 2\n     4 *-* signal done\n     6 *-* say x\n       >V>   \"2\"\n"),
    # a compound with a variable tail derived untraced before: Regina's >C> of a constant tail
    ("i = 2\na.i = 5\ncall sub\nexit\nsub: trace i\nsay a.2\nreturn\n",
     "5\n",
     "     6 *-*  say a.2\n       >C>    \"A.2\"\n       >V>    \"5\"\n     7 *-*  return\n"),
    ("i = 2\na.2 = 5\ncall sub\nexit\nsub: trace i\nsay a.2\nreturn\n",
     "5\n",
     "     6 *-*  say a.2\n       >V>    \"5\"\n     7 *-*  return\n"),
]


@pytest.mark.parametrize("source, out, err", _CROSSING)
def test_tracing_reaches_handlers_loops_and_signal_targets_as_in_regina(source, out, err):
    status, got_out, got_err, interp = _run(source)
    assert (got_out, got_err) == (out, err)


def test_clauses_tracing_cannot_reach_run_without_hooks():
    source = _CROSSING[0][0]                 # the main program's first four clauses
    status, out, err, interp = _run(source)
    names = [getattr(fn, "__name__", "") for fn in interp.code.body]
    assert "hooked" not in names[:4]
    assert names[5] == names[7] == "hooked"  # SUB's clauses after its TRACE, OOPS's label
    status, out, err, interp = _run(_CROSSING[4][0])
    names = [getattr(fn, "__name__", "") for fn in interp.code.body]
    assert names[1] == "marking_tails"       # A.I = 5: no hook, but it marks the run


def test_with_the_command_line_trace_every_clause_is_hooked():
    source = "x = 1\nsay x\nexit\nsub: return\n"
    status, out, err, interp = _run(source, initial_trace="R")
    assert out == "1\n"
    assert err == ("     1 *-* x = 1\n     2 *-* say x\n       >V>   \"1\"\n"   # Regina's
                   "     3 *-* exit\n")
    names = [getattr(fn, "__name__", "") for fn in interp.code.body]
    assert names[1] == names[2] == "hooked"
