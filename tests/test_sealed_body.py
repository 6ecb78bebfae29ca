"""The rule by which a range loop keeps its control variable in a Python local
(``compiler/codegen/sealed_body``): every construct that can change a variable behind the
generated code's back makes the body unsealed, the others keep it sealed. (The answers of
sealed and unsealed loops are checked against the closures in ``test_codegen`` and against
Regina in ``conformance/core/do_sealed_*``.)"""

from __future__ import annotations

import pytest

from rexxlite.compiler.codegen.sealed_body import sealed
from rexxlite.runtime.code import Code
from rexxlite.syntax import ast
from rexxlite.syntax.parser import parse_program


def loop_of(source: str):
    """The program's first DO loop and a Code with its labels."""
    program = parse_program(source)
    code = Code("t.rexx", source.splitlines())
    for index, node in enumerate(program.body):
        if node.__class__ is ast.Label:
            code.labels.setdefault(node.name, index)
    loop = next(node for node in program.body if node.__class__ is ast.DoLoop)
    return code, loop


SEALED = {
    "arithmetic": ("do i = 1 to 9; s = s + i * 2; end", set()),
    "stems": ("do i = 1 to 9; a.i = b.i + 1; c.x.i = 2; end", {"A.", "B.", "C."}),
    "if select nested": ("do i = 1 to 9; if i > 2 then do j = 1 to i; t.j = i; end;"
                         " select; when i = 3 then leave; otherwise iterate; end; end", {"T."}),
    "pure built-ins": ("do i = 1 to 9; x = left(i, 3) || copies('a', i) words(x); say x; end",
                       set()),
    "return and exit": ("do i = 1 to 9; if i = 3 then return i; if i = 4 then exit; end", set()),
}

UNSEALED = {
    "assigns the control": "do i = 1 to 9; i = i + 1; end",
    "inner loop on the control": "do i = 1 to 9; do i = 1 to 2; end; end",
    "call": "do i = 1 to 9; call r; end; exit; r: return",
    "internal function": "do i = 1 to 9; x = r(); end; exit; r: return 1",
    "external function": "do i = 1 to 9; x = nosuch(); end",
    "value()": "do i = 1 to 9; x = value('I', 3); end",
    "stream built-in": "do i = 1 to 9; x = linein('f'); end",
    "interpret": "do i = 1 to 9; interpret 'i = 3'; end",
    "parse": "do i = 1 to 9; parse value 3 with i; end",
    "pull": "do i = 1 to 9; pull x; end",
    "drop": "do i = 1 to 9; drop i; end",
    "command": "do i = 1 to 9; 'echo' i; end",
    "address": "do i = 1 to 9; address system; end",
    "signal": "do i = 1 to 9; signal there; end; there: nop",
    "numeric": "do i = 1 to 9; numeric digits 5; end",
    "label in body": "do i = 1 to 9\nhere: nop\nend",
    "trace": "do i = 1 to 9; trace r; end",
}


@pytest.mark.parametrize("name", sorted(SEALED))
def test_sealed_bodies(name):
    source, stems = SEALED[name]
    code, loop = loop_of(source)
    assert sealed(code, loop.body, loop.control.name) == stems


@pytest.mark.parametrize("name", sorted(UNSEALED))
def test_unsealed_bodies(name):
    code, loop = loop_of(UNSEALED[name])
    assert sealed(code, loop.body, loop.control.name) is None


def test_whole_stem_assignment_keeps_the_stem_unfetched():
    code, loop = loop_of("do i = 1 to 9; a.i = i; b.i = 1; if i = 2 then a. = 0; end")
    assert sealed(code, loop.body, "I") == {"B."}


def test_a_builtin_name_that_is_an_internal_label_is_a_call():
    code, loop = loop_of("do i = 1 to 9; x = left(i, 2); end; exit; left: return 1")
    assert sealed(code, loop.body, "I") is None
    code, loop = loop_of("do i = 1 to 9; x = 'LEFT'(i, 2); end; exit; left: return 1")
    assert sealed(code, loop.body, "I") == set()
    code.rebinding = True
    assert sealed(code, loop.body, "I") is None
