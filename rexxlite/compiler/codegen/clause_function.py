"""One top-level clause as a generated function ``clause(f) -> None | control token``.

Only the clauses where generated code pays (DO, IF, SELECT: the ones with clauses inside) are
generated; the others stay closures. The function's text is cached by itself, so clauses of
the same shape share one code object (``make(K)`` binds each its constants).
"""

from __future__ import annotations

from rexxlite.syntax import ast
from rexxlite.compiler.codegen.clause_source import ClauseSource
from rexxlite.compiler.codegen.source_builder import SourceBuilder

_GENERATED_KINDS = (ast.DoLoop, ast.If, ast.Select)
_makers: dict[str, object] = {}


def generated_clause(compiler, node):
    """The generated function for top-level clause ``node`` (already compiled to a closure by
    ``compiler``), or None where the closure stays."""
    if node.__class__ not in _GENERATED_KINDS:
        return None
    out = SourceBuilder()
    try:
        if not ClauseSource(out, compiler).clause(node):
            return None
        text = out.text()
        make = _makers.get(text)
        if make is None:
            namespace: dict = {}
            exec(compile(text, "<rexxlite clause>", "exec"), namespace)
            make = _makers[text] = namespace["make"]
    except (RecursionError, SyntaxError, MemoryError):    # nested too deep for Python
        return None
    return make(tuple(out.constants))


def source_of(compiler, node) -> str | None:
    """The generated text for ``node`` (for tests and for reading what the generator makes)."""
    out = SourceBuilder()
    if not ClauseSource(out, compiler).clause(node):
        return None
    return out.text()
