"""Top-level clauses as generated functions ``clause(f) -> None | control token``.

``generated_segment``: the clauses between two labels (a routine's body, the main program)
as one function that runs them in turn and returns ``GoOn(end)``, so the routine runner calls
one function per run of clauses instead of one per clause. Only where no CALL ON HALT can be
on: a HALT handler goes on after the interrupted *clause*, which a run cannot start at
(the program text never mentions HALT, as TRACE is found by its mention).

A run without a loop is generated when it is entered the second time (code run once is not
worth the compiling: a 19,000-line program would spend seconds in Python's compiler), one
with a loop at once.

``generated_clause``: one clause alone (DO, IF, SELECT: the ones with clauses inside, where
generated code pays), used where runs cannot be.

The function's text is cached by itself, so clauses of the same shape share one code object
(``make(K)`` binds each its constants).
"""

from __future__ import annotations

from rexxlite.syntax import ast
from rexxlite.syntax.clause_tree import inner_clauses
from rexxlite.compiler.codegen.run_policy import run_bounds
from rexxlite.compiler.codegen.source_builder import SourceBuilder
from rexxlite.runtime.control_tokens import GoOn
from rexxlite.compiler.code_cache import compiled

_GENERATED_KINDS = (ast.DoLoop, ast.If, ast.Select)
# (The generator itself, ``clause_source`` and what it imports, and ``trace_hooks`` are
# imported where a function is generated / TRACE can be on: a program whose clauses run once
# and have no loop never needs them.)
_makers: dict[str, object] = {}


def generated_clause(compiler, node):
    """The generated function for top-level clause ``node`` (already compiled to a closure by
    ``compiler``), or None where the closure stays."""
    if node.__class__ not in _GENERATED_KINDS or not _has_loop([node]):
        return None
    if compiler.trace_hooks:
        from rexxlite.compiler.trace_hooks import changes_trace
        if changes_trace(compiler, node):
            return None
    from rexxlite.compiler.codegen.clause_source import ClauseSource
    out = SourceBuilder()
    try:
        if not ClauseSource(out, compiler).clause(node):
            return None
        text = out.text()
        make = _makers.get(text)
        if make is None:
            namespace: dict = {}
            exec(compiled(text, "<rexxlite clause>"), namespace)
            make = _makers[text] = namespace["make"]
    except (RecursionError, SyntaxError, MemoryError):    # nested too deep for Python
        return None
    return _unless_tracing(compiler, make(tuple(out.constants)), compiler.memo.get(id(node)),
                           [node])


#: A run without loops is generated on the entry after this many (0: at once; the tests).
ENTRIES_BEFORE_GENERATING = 1


def runs_possible(source_lines) -> bool:
    """Whether clause runs may be generated: the program never mentions HALT."""
    return not any("HALT" in line.upper() for line in source_lines)


def generated_segment(compiler, nodes: list, end: int):
    """One function running top-level clauses ``nodes`` (already compiled to closures), then
    ``GoOn(end)``; None where nothing in them is generated (the closures stay)."""
    from rexxlite.compiler.codegen.clause_source import ClauseSource
    out = SourceBuilder()
    try:
        source = ClauseSource(out, compiler)
        generated = [source.clause(node) for node in nodes]
        if not any(generated):
            return None
        out.line(f"return {out.constant(GoOn(end))}")
        text = out.text()
        make = _makers.get(text)
        if make is None:
            namespace: dict = {}
            exec(compiled(text, "<rexxlite clauses>"), namespace)
            make = _makers[text] = namespace["make"]
    except (RecursionError, SyntaxError, MemoryError):
        return None
    return make(tuple(out.constants))


def _unless_tracing(compiler, fn, first, nodes):
    """In code where TRACE can be on (``trace_hooks``), generated function ``fn`` (of clauses
    ``nodes``) runs only while tracing is off; while it is on, ``first`` (the hooked closure
    of the first clause) runs instead and the routine runner goes on clause by clause, every
    clause traced. Clauses naming a compound with a variable tail mark the run when ``fn``
    runs, as their hooks would (``trace_hooks.derives_variable_tail``)."""
    if not compiler.trace_hooks or fn is None:
        return fn
    from rexxlite.compiler.trace_hooks import derives_variable_tail
    if derives_variable_tail(compiler, nodes):
        def generated_unless_tracing(f):        # (marking the run: compounds derived)
            if f.tracing:
                return first(f)
            f.interp.trace_tails_derived = True
            return fn(f)
        return generated_unless_tracing

    def generated_unless_tracing(f):
        if f.tracing:
            return first(f)
        return fn(f)
    return generated_unless_tracing


def _worth_alone(node) -> bool:
    """Whether a run of this one clause is worth generating: a DO / IF / SELECT, or the
    RETURN of an expression (a routine's whole body, ``f: return x * x``: its expression
    inline instead of a tree of closures)."""
    cls = node.__class__
    return cls in _GENERATED_KINDS or (cls is ast.Return and node.expr is not None)


def _has_loop(nodes) -> bool:
    """Whether a repetitive DO is among ``nodes`` or inside them."""
    pending = list(nodes)
    while pending:
        node = pending.pop()
        if node.__class__ is ast.DoLoop and (
                node.control is not None or node.count is not None or node.forever
                or node.while_ is not None or node.until is not None):
            return True
        pending += inner_clauses(node)
    return False


def _run_function(compiler, nodes, end: int, first, span: tuple):
    """The generated function of the run of clauses ``nodes`` (top-level clauses ``span`` of
    the body compiled; ``first``: the first one's closure), going on at ``end``: where TRACE
    can be on in the run, one running only while tracing is off (``_unless_tracing``); else
    generated as in code without TRACE, marking the run where a clause names a variable tail
    (``Compiler.marking_tails``). None where nothing in them is generated."""
    if compiler.hooks_reach(*span):
        return _unless_tracing(compiler, generated_segment(compiler, nodes, end), first, nodes)
    fn = compiler.without_hooks(generated_segment, compiler, nodes, end)
    return compiler.marking_tails(fn, *span)


def _on_second_entry(compiler, nodes, start: int, end: int, span: tuple):
    """A run without loops is generated when it is entered a second time (a routine called
    again): code run once is not worth compiling to Python. Until then its first closure
    runs, and the routine runner goes on clause by clause as without a run."""
    prog_body = compiler.prog.body
    first = prog_body[start]
    entries = [0]

    def first_entry(f):
        entries[0] += 1
        if entries[0] <= ENTRIES_BEFORE_GENERATING:
            return first(f)
        generate_now()
        return prog_body[start](f)

    def generate_now() -> None:
        """Put the run's generated function in its place now (at the second entry, or when
        a program's unit image is written: it keeps generated runs only, ``unit_image``)."""
        prog_body[start] = _run_function(compiler, nodes, end, first, span) or first
    first_entry.generate_now = generate_now
    return first_entry


def _without_trace_changes(compiler, body: list, bounds, first: int):
    """``bounds`` (start, end) cut, where TRACE can be on, around each clause that can change
    it (TRACE, TRACE(), INTERPRET): no generated run spans one, none is generated. (Where it
    cannot be on, such a clause leaves it off.) ``first``: the index of ``body[0]`` in the
    body compiled."""
    if not compiler.trace_hooks:
        return bounds
    from rexxlite.compiler.trace_hooks import changes_trace
    pieces = []
    for start, end in bounds:
        for index in range(start, end):
            if (compiler.hooks_reach(first + index, first + index + 1)
                    and changes_trace(compiler, body[index])):
                if index > start:
                    pieces.append((start, index))
                start = index + 1
        if start < end:
            pieces.append((start, end))
    return pieces


def generate_runs(compiler, body: list, base: int, first: int = 0) -> None:
    """Replace, in ``compiler.prog.body``, the first closure of each run of clauses between
    labels in ``body`` (whose first clause is at ``base``, and is clause ``first`` of the body
    compiled) by the run's generated function."""
    prog_body = compiler.prog.body
    labels = [index for index, node in enumerate(body) if node.__class__ is ast.Label]
    bounds = _without_trace_changes(compiler, body, run_bounds(len(body), labels), first)
    for start, end in bounds:
        if end - start >= 2 or _worth_alone(body[start]):
            nodes = body[start:end]
            span = (first + start, first + end)
            if _has_loop(nodes) or not ENTRIES_BEFORE_GENERATING:
                fn = _run_function(compiler, nodes, base + end, prog_body[base + start], span)
                if fn is not None:
                    prog_body[base + start] = fn
            else:
                prog_body[base + start] = _on_second_entry(compiler, nodes, base + start,
                                                           base + end, span)


def source_of(compiler, node) -> str | None:
    """The generated text for ``node`` (for tests and for reading what the generator makes)."""
    from rexxlite.compiler.codegen.clause_source import ClauseSource
    out = SourceBuilder()
    if not ClauseSource(out, compiler).clause(node):
        return None
    return out.text()
