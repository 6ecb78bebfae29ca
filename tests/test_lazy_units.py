"""Compiling on demand (``compiler/lazy_units.py``) gives what compiling the whole program at
once gave: every clause the same line and ordinal among the clauses of its line (which picks
its text in tracebacks), whatever order the units are compiled in; a program runs the same
with ``REXXLITE_LAZY=0``; and a unit is compiled only when it is run."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from rexxlite.compiler import instructions, lazy_units
from rexxlite.errors import RexxError
from rexxlite.running.runner import load_builtins, make_interpreter
from rexxlite.syntax.parser import parse_program

load_builtins()

CONFORMANCE = Path(__file__).resolve().parent / "conformance"

SHARED_LINES = """call one; call two; exit
one: say 'one'; x = 1; return; two: procedure; say 'two'; do 2; y = 2; end; return
three: say 3; select; when x then say 'w'; otherwise nop; end; four: nop
"""


def infos(source: str, lazy: bool, order=None) -> list:
    """(line, ordinal, kind) of every clause of ``source``'s program, by clause, compiled all at once
    or unit by unit (in ``order``: a function reordering the list of stubs)."""
    seen: dict = {}
    real = instructions.ClauseInfo

    class Recorded(real):
        __slots__ = ()

        def __init__(self, line, node, code, ordinal=None):
            super().__init__(line, node, code, ordinal)
            if code is main[0]:
                seen[id(node)] = (line, ordinal, node.__class__.__name__)

    main: list = [None]
    interp = make_interpreter("prog.rexx", stdout=io.StringIO(), stderr=io.StringIO())
    program = interp.parse(source, "prog.rexx")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("REXXLITE_LAZY", "1" if lazy else "0")
        patch.setattr(instructions, "ClauseInfo", Recorded)
        original_code = instructions.Code

        def code_made(*args):
            code = original_code(*args)
            if main[0] is None:
                main[0] = code
            return code
        patch.setattr("rexxlite.running.interpreter.Code", code_made)
        code = interp.compile_program(program, "prog.rexx")
        stubs = [fn for fn in code.body if fn.__class__ is lazy_units._Stub]
        if order is not None:
            stubs = order(stubs)
        for stub in stubs:
            if code.body[stub.units.base + stub.index] is stub:
                stub.units.compile_unit(stub.start, stub.end)
    assert lazy == bool(stubs) or not program.body
    return sorted(seen.values())


def same_infos(source: str) -> None:
    eager = infos(source, False)
    assert infos(source, True) == eager
    assert infos(source, True, order=lambda stubs: stubs[::-1]) == eager


def test_shared_lines_count_the_clauses_of_earlier_units():
    same_infos(SHARED_LINES)


def test_a_traced_program_too():
    same_infos("trace o\n" + SHARED_LINES)


def _parses(program: Path) -> bool:
    try:
        parse_program(program.read_text(encoding="latin-1"), program.name)
    except RexxError:          # a syntax-error case: Regina rejects it before any clause runs
        return False
    return True


@pytest.mark.parametrize("program", [p for p in sorted(CONFORMANCE.glob("core/*.rexx"))[::7]
                                     if _parses(p)], ids=lambda p: p.name)
def test_conformance_programs(program):
    same_infos(program.read_text(encoding="latin-1"))


def test_a_unit_is_compiled_when_first_run(monkeypatch):
    compiled = []
    real = instructions.Compiler.compile_clause

    def counting(self, node, top=False):
        if top:
            compiled.append(getattr(node, "line", 0))
        return real(self, node, top)
    monkeypatch.setattr(instructions.Compiler, "compile_clause", counting)
    out = io.StringIO()
    interp = make_interpreter("prog.rexx", stdout=out, stderr=out)
    source = "say 'main'; call used; exit\nused: say 'used'; return\n" + \
        "".join(f"unused{n}: say {n}; return\n" for n in range(50))
    assert interp.run_program(source) == 0
    assert out.getvalue() == "main\nused\n"
    assert sorted(set(compiled)) == [1, 2]

