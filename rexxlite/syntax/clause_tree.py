"""The clauses directly inside a clause: a DO's body, an IF's THEN and ELSE, a SELECT's
WHEN and OTHERWISE instructions (for walks over a program's clauses)."""

from __future__ import annotations

from rexxlite.syntax import ast


def inner_clauses(node) -> list:
    """The clauses directly inside ``node`` (none for a clause that holds none)."""
    cls = node.__class__
    if cls is ast.DoLoop:
        return node.body
    if cls is ast.If:
        return [node.then] if node.otherwise is None else [node.then, node.otherwise]
    if cls is ast.Select:
        return [instr for _, instr in node.whens] + (node.otherwise or [])
    return []
