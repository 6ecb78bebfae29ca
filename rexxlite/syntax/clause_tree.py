"""Walks of the AST: the clauses directly inside a clause (a DO's body, an IF's THEN and
ELSE, a SELECT's WHEN and OTHERWISE instructions, with the labels written before a THEN /
ELSE / WHEN instruction), whether a kind of clause is among clauses, and every node within a
clause."""

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


def has_clause(nodes, kinds: tuple) -> bool:
    """Whether a clause of one of the classes ``kinds`` is among ``nodes`` or the clauses
    inside them (only clauses are walked, not their expressions)."""
    pending = list(nodes)
    while pending:
        node = pending.pop()
        if node.__class__ in kinds:
            return True
        pending += inner_clauses(node)
    return False


def keeps_digits(nodes) -> bool:
    """Whether no NUMERIC or INTERPRET is among ``nodes`` or the clauses inside them: a loop
    with such a body keeps its NUMERIC settings for all its passes (a routine it calls gets
    the caller's settings back on return)."""
    return not has_clause(nodes, (ast.Numeric, ast.Interpret))


def nodes_within(root, skipping: frozenset | set = frozenset()):
    """Every AST node in ``root`` (a node, or a list or tuple of them), ``root`` itself too,
    through the fields of each (``NodeType._state_of``), expressions included; not the nodes
    whose ``id`` is in ``skipping``, nor what is in them."""
    pending = [root]
    while pending:
        item = pending.pop()
        cls = item.__class__
        if cls is list or cls is tuple:
            pending += item
            continue
        if cls.__module__ != ast.__name__ or id(item) in skipping:
            continue
        yield item
        fields = cls._state_of
        if fields is not None:
            pending.append(fields(item))


def labels_before_whens(node) -> list:
    """The labels written before each WHEN's instruction of SELECT ``node``, a tuple per WHEN
    (``ast.Select.when_labels``, which is () when no WHEN has any)."""
    return node.when_labels or [()] * len(node.whens)
