"""The clauses inside a list of clauses, at any depth: DO bodies, IF branches, SELECT's WHENs
and OTHERWISE (what the generator asks of a loop body before choosing how to make it)."""

from __future__ import annotations

from rexxlite.syntax import ast


def nested_clauses(nodes):
    """Every clause among ``nodes`` and inside them (in no particular order)."""
    pending = list(nodes)
    while pending:
        node = pending.pop()
        yield node
        cls = node.__class__
        if cls is ast.DoLoop:
            pending += node.body
        elif cls is ast.If:
            pending.append(node.then)
            if node.otherwise is not None:
                pending.append(node.otherwise)
        elif cls is ast.Select:
            pending += [instr for _, instr in node.whens]
            pending += node.otherwise or []
