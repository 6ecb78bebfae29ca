"""The clauses directly inside a clause: a DO's body, an IF's THEN and ELSE, a SELECT's
WHEN and OTHERWISE instructions, with the labels written before a THEN / ELSE / WHEN
instruction (for walks over a program's clauses)."""

from __future__ import annotations

from rexxlite.syntax import ast


def inner_clauses(node) -> list:
    """The clauses directly inside ``node`` (none for a clause that holds none)."""
    cls = node.__class__
    if cls is ast.DoLoop:
        return node.body
    if cls is ast.If:
        inner = [*node.then_labels, node.then]
        if node.otherwise is not None:
            inner += [*node.else_labels, node.otherwise]
        return inner
    if cls is ast.Select:
        return ([clause for (_, instr), before in zip(node.whens, labels_before_whens(node))
                 for clause in (*before, instr)] + (node.otherwise or []))
    return []


def keeps_digits(nodes) -> bool:
    """Whether no NUMERIC or INTERPRET is among ``nodes`` or the clauses inside them: a loop
    with such a body keeps its NUMERIC settings for all its passes (a routine it calls gets
    the caller's settings back on return)."""
    pending = list(nodes)
    while pending:
        node = pending.pop()
        if node.__class__ is ast.Numeric or node.__class__ is ast.Interpret:
            return False
        pending += inner_clauses(node)
    return True


def labels_before_whens(node) -> list:
    """The labels written before each WHEN's instruction of SELECT ``node``, a tuple per WHEN
    (``ast.Select.when_labels``, which is () when no WHEN has any)."""
    return node.when_labels or [()] * len(node.whens)
