"""The clause hooks of code where TRACE can be on, and the compiler's trace mode.

The clauses where TRACE can be on (``syntax/trace_reach``; every one with ``-t``) are
compiled with hooks (``Compiler.trace_hooks``): each clause's closure is wrapped by
``hook_clause`` in one that tests ``frame.tracing`` and runs the usual closure when it is 0,
else traces the clause and runs the clause as compiled in the compiler's trace mode
(``trace_mode_of``: the same compiler with ``tracing`` set, whose expressions come from
``expression_trace`` and whose DO loops and SELECTs trace each pass and each WHEN tried).
Clauses inside a clause compiled in trace mode are the hooked closures (``memo``), so each
clause is compiled at most twice. Code TRACE cannot reach pays nothing.
"""

from __future__ import annotations

from rexxlite.syntax import ast
from rexxlite.syntax.clause_tree import inner_clauses, nodes_within
from rexxlite.syntax.trace_reach import names_variable_tail
from rexxlite.runtime import trace


_CHANGES_TRACE = 1       # TRACE, TRACE(), INTERPRET (``changes_trace``)
_VARIABLE_TAIL = 2       # a compound with a variable tail (``derives_variable_tail``)


def _own_facts(item) -> int:
    """What AST node ``item`` itself (not the nodes inside it) tells of the two facts."""
    cls = item.__class__
    if cls is ast.Trace or cls is ast.Interpret:
        return _CHANGES_TRACE
    if (cls is ast.FunctionCall or cls is ast.Call) and item.name == "TRACE":
        return _CHANGES_TRACE
    if names_variable_tail(item):
        return _VARIABLE_TAIL
    return 0


def _facts(c, node) -> int:
    """Both facts of ``node`` (a clause, or a list of clauses) and every node inside it, kept
    per clause in ``c.trace_facts``: the clauses inside a clause are looked up there, not
    walked again (every clause of a nest is hooked, and each asked about its whole nest)."""
    if node.__class__ is list or node.__class__ is tuple:
        bits = 0
        for item in node:
            bits |= _facts(c, item)
        return bits
    memo = c.trace_facts
    kept = memo.get(id(node))
    if kept is not None and kept[1] is node:
        return kept[0]
    inner = inner_clauses(node)
    bits = 0
    for item in nodes_within(node, {id(clause) for clause in inner}):
        bits |= _own_facts(item)
    for clause in inner:
        bits |= _facts(c, clause)
    memo[id(node)] = (bits, node)         # (the node kept: its id is not reused meanwhile)
    return bits


def changes_trace(c, node) -> bool:
    """Whether clause ``node``, or one inside it, can change the running routine's TRACE
    setting (TRACE, TRACE(), INTERPRET); a routine it calls has a setting of its own.
    (``c``: the compiler, which keeps what was found.)"""
    return bool(_facts(c, node) & _CHANGES_TRACE)


def derives_variable_tail(c, node) -> bool:
    """Whether clause ``node`` (or clauses, or a clause inside them) names a compound with a
    variable tail: running it, even untraced, makes Regina show constant tails' ``>C>`` from
    then on (``expression_trace.show_derived``)."""
    return bool(_facts(c, node) & _VARIABLE_TAIL)


def hook_clause(c, node, info, fn):
    """The closure that runs ``fn`` (clause ``node``) or, while tracing, its trace-mode
    variant."""
    shown = c.trace_site or info          # INTERPRET: its clauses show the INTERPRET clause
    cls = node.__class__
    if cls is ast.Label:
        if c.trace_site is None:
            c.prog.label_infos.setdefault(node.name, info)

        def label(f):
            if f.tracing:
                trace.label(f, shown)
        return label
    ran = [None]                          # the pool of the clause's last untraced run
    if c.reparsed_cells is not None:      # an interpreted string's: compiled now, so that the
        c.reparsed_cells.append(ran)      # cells TRACE R remembers are gathered with it
        tfn = _compile_traced(c, node, info, ran, list(c.loops))
    else:
        tfn = _traced_on_demand(c, node, info, ran)
    is_command = cls is ast.Command or (cls is ast.Address and node.command is not None)
    run = trace.run_clause

    if derives_variable_tail(c, node):
        def hooked(f):                    # (the same, marking the run: compounds derived)
            if f.tracing:
                return run(f, shown, is_command, fn, tfn)
            ran[0] = f.vars
            f.interp.trace_tails_derived = True
            return fn(f)
        return hooked

    def hooked(f):
        if f.tracing:
            return run(f, shown, is_command, fn, tfn)
        ran[0] = f.vars                   # (TRACE R: its variables count as found)
        return fn(f)
    return hooked


def _compile_traced(c, node, info, ran, loops):
    """The trace-mode closure of clause ``node``, compiled with ``loops`` (the enclosing loops
    where the clause is, for LEAVE / ITERATE) as the compiler's."""
    tracer = c.tracer()
    current = tracer.loops              # (the list the compiler shares, as it is now)
    kept = current[:]
    current[:] = loops
    outer, tracer.clause_ran = tracer.clause_ran, ran
    try:
        return getattr(tracer, "c_" + node.__class__.__name__)(node, info)
    finally:
        tracer.clause_ran = outer
        current[:] = kept


def _traced_on_demand(c, node, info, ran):
    """The trace-mode closure of clause ``node``, compiled when the clause first runs traced
    (most clauses of a program that mentions TRACE never do), in the compiling context of now:
    the enclosing loops (for LEAVE / ITERATE) are kept for it."""
    loops = list(c.loops)
    made = []

    def traced(f):
        if not made:
            made.append(_compile_traced(c, node, info, ran, loops))
        return made[0](f)
    return traced


class _FixedOrdinals:
    """The program's Code as the trace mode sees it: clause ordinals are handed out by the
    first compilation only."""

    def __init__(self, code):
        self._code = code

    def next_ordinal(self, line: int) -> int:
        return 0

    def __getattr__(self, name):
        return getattr(self._code, name)


def trace_mode_of(c):
    """Compiler ``c`` in its trace mode: its state shared (labels, loops, memo, the clause
    infos of WHEN / OTHERWISE / END), ordinals fixed, no hooks of its own."""
    import copy                            # (a program without TRACE never needs them)
    from rexxlite.compiler import expression_trace
    mode = copy.copy(c)
    mode.tracing = True
    mode.trace_expressions = expression_trace
    mode.trace_hooks = False
    mode.generating = mode.generating_clauses = False
    mode.code = _FixedOrdinals(c.code)
    return mode
