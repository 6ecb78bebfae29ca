"""TRACE: settings, TRACE(), output format details and the cost of not tracing (the
conformance programs in tests/conformance/trace/ check Regina's exact output)."""

from __future__ import annotations

import io

from rexxlite.running.runner import make_interpreter


def _run(source: str):
    out, err = io.StringIO(), io.StringIO()
    interp = make_interpreter("/t/prog.rexx", stdout=out, stderr=err)
    status = interp.run_program(source)
    return status, out.getvalue(), err.getvalue(), interp


def test_trace_function_and_prefix():
    status, out, err, _ = _run("say trace()\ncall trace '?r'\nsay trace()\n"
                               "trace ?\nsay trace()\ntrace 'Results'\nsay trace()\n"
                               "trace off\nsay trace()\n")
    assert status == 0
    assert out == "N\n?R\nR\nR\nO\n"


def test_bad_setting_is_error_24():
    status, out, err, _ = _run("trace x\n")
    assert status == 256 - 24
    assert "Error 24" in err


def test_trace_all_clause_format():
    status, out, err, _ = _run("trace a\nx = 1; y = 2\ndo 2\n  x = x + 1\nend\n")
    assert err == ("     2 *-* x = 1\n"
                   "       *-* y = 2\n"
                   "     3 *-* do 2\n"
                   "     4 *-*  x = x + 1\n"
                   "     5 *-* end\n"
                   "     3 *-* do 2\n"
                   "     4 *-*  x = x + 1\n"
                   "     5 *-* end\n"
                   "     3 *-* do 2\n")


def test_trace_intermediates_format():
    status, out, err, _ = _run("trace i\nx = 'a' || 2 + 3\n")
    assert err == ("     2 *-* x = 'a' || 2 + 3\n"
                   '       >L>   "a"\n'
                   '       >L>   "2"\n'
                   '       >L>   "3"\n'
                   '       >O>   "5"\n'
                   '       >O>   "a5"\n')


def test_trace_results_shows_a_variable_the_first_time():
    status, out, err, _ = _run("trace r\nx = 1\ndo 2\n  y = x\nend\n")
    assert err.count('>V>    "1"') == 1


def test_trace_labels_and_commands():
    status, out, err, _ = _run("trace l\ncall sub\nexit\nsub:\nreturn\n")
    assert err == "     4 *-*  sub:\n"
    status, out, err, _ = _run("trace c\nx = 1\n'true'\n")
    assert err == "     3 *-* 'true'\n"


def test_trace_in_external_interpret_string():
    status, out, err, _ = _run("trace a\ninterpret 'x = 1; y = 2'\n")
    assert err == ("     2 *-* interpret 'x = 1; y = 2'\n"
                   "       *-* interpret 'x = 1; y = 2'\n"
                   "       *-* interpret 'x = 1; y = 2'\n")


def test_untraced_program_has_no_hooks():
    status, out, err, interp = _run("x = 1\nsay x\n")
    assert not interp.uses_trace
    names = {fn.__name__ for fn in interp.code.body}
    assert "hooked" not in names
    for source in ("x = 1 /* trace */\nsay x\n", "trace off\nx = 1\nsay x\n",
                   "call trace 'O'\nx = trace()\ntrace ?\nsay x\n"):
        status, out, err, interp = _run(source)   # no TRACE that can turn it on: no hooks
        assert not interp.uses_trace, source
        assert "hooked" not in {fn.__name__ for fn in interp.code.body}, source
    status, out, err, interp = _run("trace value arg(1)\nx = 1\nsay x\n")
    body = interp.code.body           # the first clause starts a run (generated unless tracing)
    assert body[2].__name__ == "hooked"
    assert body[1].__name__ in ("hooked", "first_entry", "generated_unless_tracing")


def test_only_clauses_where_trace_can_be_on_have_hooks():
    """TRACE R in a routine: the clauses from there to its RETURN, and what they call, are
    hooked; the main program, which the routine's setting never reaches, is not."""
    source = ("x = 1\nsay x\ncall sub\nsay x\nexit\nother: return 1\nsub: trace r\n"
              "y = other()\nreturn\n")
    status, out, err, interp = _run(source)
    assert out == "1\n1\n"
    assert err == "     8 *-*  y = other()\n     6 *-*   return 1\n     9 *-*  return\n"  # Regina's
    names = [getattr(fn, "__name__", "not compiled") for fn in interp.code.body]
    assert "hooked" not in names[:5]                   # the main program, to its EXIT
    hooked = ("hooked", "first_entry", "generated_unless_tracing")   # (or a run starts there)
    assert names[6] in hooked and names[9] in hooked          # OTHER's RETURN, SUB's clauses
    assert names[8] == names[10] == "hooked"


# Code that can be traced is generated too (TRACE is a mode of the generator): it must give
# the same answers, and the generated code must be there.
_GENERATED_UNDER_HOOKS = [
    "trace value arg(1)\ns = 0\ndo i = 1 to 50 by 3\n  s = s + i * i // 7\nend\nsay s i\n",
    "trace value 'N' arg(1)\nn = 0\ndo k = 1 to 9\n  select\n    when k // 3 = 0 then n = n + k\n"
    "    when k = 4 then iterate\n    otherwise n = n - 1\n  end\n  if n > 10 then leave\n"
    "end\nsay n k\n",
    "trace value arg(1) 'o'\nt.=0\ndo i = 1 to 5\n  t.i = i * 2\n  call add i\nend\nsay t.3 total\nexit\n"
    "add: total = value('TOTAL') + arg(1); return\n",
]


def _generated(interp) -> bool:
    return any(fn.__name__ in ("generated_unless_tracing", "first_entry")
               for fn in interp.code.body)


def test_traceable_code_is_generated_and_answers_the_same(monkeypatch):
    for source in _GENERATED_UNDER_HOOKS:
        status, out, err, interp = _run(source)
        assert _generated(interp), source
        monkeypatch.setenv("REXXLITE_CODEGEN", "0")
        assert _run(source)[:3] == (status, out, err), source
        monkeypatch.delenv("REXXLITE_CODEGEN")


def test_a_clause_that_changes_trace_is_not_generated_over():
    """A loop that turns TRACE on stays the traced closure: its later passes are traced."""
    source = "s = 0\ndo i = 1 to 3\n  if i = 2 then trace a\n  s = s + i\nend\nsay s\n"
    status, out, err, interp = _run(source)
    assert out == "6\n"
    assert err == ("     4 *-*  s = s + i\n"
                   "     5 *-* end\n"
                   "     2 *-* do i = 1 to 3\n"
                   "     3 *-*  if i = 2 then trace a\n"
                   "     4 *-*  s = s + i\n"
                   "     5 *-* end\n"
                   "     2 *-* do i = 1 to 3\n"
                   "     6 *-* say s\n")


def test_tracing_on_runs_the_traced_closures_not_the_generated_code():
    source = "trace a\ndo i = 1 to 2\n  nop\nend\n"
    status, out, err, interp = _run(source)
    assert err.count("*-*  nop") == 2
    assert _generated(interp)
