"""What the compiler asks of a clause where TRACE can be on (``trace_hooks.changes_trace``,
``derives_variable_tail``): the same answers as walking each clause whole, and every node
looked at once however deep the clauses nest."""

from __future__ import annotations

from pathlib import Path

from rexxlite.compiler import trace_hooks
from rexxlite.syntax import ast
from rexxlite.syntax.clause_tree import inner_clauses
from rexxlite.syntax.parser import parse_program

CONFORMANCE = Path(__file__).parent / "conformance"


class _Compiler:
    """What the two questions use of a compiler: where it keeps the answers."""

    def __init__(self):
        self.trace_facts: dict = {}


def _every_node(node):
    """Every AST node in ``node``, walked whole (the reference the memo must agree with)."""
    pending = [node]
    while pending:
        item = pending.pop()
        if isinstance(item, (list, tuple)):
            pending += item
            continue
        if item.__class__.__module__ != ast.__name__:
            continue
        yield item
        pending += [getattr(item, name) for name in item._fields]


def _changes_walked(node) -> bool:
    for item in _every_node(node):
        if item.__class__ in (ast.Trace, ast.Interpret):
            return True
        if item.__class__ in (ast.FunctionCall, ast.Call) and item.name == "TRACE":
            return True
    return False


def _derives_walked(node) -> bool:
    return any(item.__class__ is ast.Compound and not all(isinstance(t, str) for t in item.tails)
               for item in _every_node(node))


def _clauses(body):
    """Every clause of ``body``, the inner ones after the clause holding them."""
    for clause in body:
        yield clause
        yield from _clauses(inner_clauses(clause))


def test_answers_agree_with_walking_each_clause_whole():
    programs = sorted(CONFORMANCE.rglob("*.rexx"))
    assert len(programs) > 400
    asked = changing = deriving = 0
    for number, path in enumerate(programs):
        try:
            program = parse_program(path.read_text(encoding="latin-1"), str(path))
        except Exception:               # (cases of syntax errors)
            continue
        compiler = _Compiler()
        clauses = list(_clauses(program.body))
        # inner clauses asked first for half the programs, the outer ones first for the rest
        if number % 2:
            clauses.reverse()
        for clause in clauses:
            changes = trace_hooks.changes_trace(compiler, clause)
            derives = trace_hooks.derives_variable_tail(compiler, clause)
            assert changes == _changes_walked(clause), (path, clause)
            assert derives == _derives_walked(clause), (path, clause)
            asked += 1
            changing += changes
            deriving += derives
        assert trace_hooks.derives_variable_tail(compiler, program.body) == \
            _derives_walked(program.body)
    assert asked > 5000 and changing > 100 and deriving > 100


def _nest(depth: int) -> str:
    lines = ["trace o"]
    for level in range(depth):
        lines.append(f"do i{level} = 1 to 2")
        lines.append(f"  x.i{level} = i{level} + 1")
    lines += ["end"] * depth
    return "\n".join(lines) + "\n"


def test_each_node_of_a_nest_is_looked_at_once(monkeypatch):
    looked = []
    own = trace_hooks._own_facts
    monkeypatch.setattr(trace_hooks, "_own_facts", lambda item: looked.append(item) or own(item))
    program = parse_program(_nest(40), "nest.rexx")
    compiler = _Compiler()
    clauses = list(_clauses(program.body))
    for clause in clauses:                 # outermost first, as the compiler's hooks ask
        trace_hooks.changes_trace(compiler, clause)
        trace_hooks.derives_variable_tail(compiler, clause)
    nodes = sum(1 for _ in _every_node(program.body))
    assert len(looked) == nodes
    assert trace_hooks.derives_variable_tail(compiler, clauses[1])
    assert not trace_hooks.changes_trace(compiler, clauses[1])
    assert trace_hooks.changes_trace(compiler, clauses[0])
