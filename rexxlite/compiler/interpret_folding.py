"""Regina's parse-time folding of an INTERPRET string, as TRACE I shows it.

Regina parses an interpreted string while the program runs, and its parser evaluates the
constants it can as it reads them: at each ')' of a parenthesised constant (a literal, or a
concatenation of constants: ``('abc')``, ``('a' 'b')``; a group folded already is a
constant, its value, so ``(('z'))`` shows ``z`` twice), and at the end of each argument list of a function
call or CALL (inner calls first, as their lists end), the arguments that are constants, from
the last to the first (a folded group in them shown again). Under TRACE I those
evaluations are traced (``>L>``, ``>O>``) before the string's first clause runs, and each
time the INTERPRET runs (Regina parses the string again).

rexxlite's tree keeps no parentheses, so ``folded_constants`` reads the string's tokens
(the lexer's, as the parser takes them) and gives the expressions in Regina's order; the
INTERPRET clause evaluates their trace-mode closures (``compile_expr`` of the trace-mode
compiler).
"""

from __future__ import annotations

from rexxlite.syntax import ast
from rexxlite.syntax.lexer import tokenize

_OPERANDS = ("STRING", "CONST")
_CLAUSE_STARTS = ("_EOC", "_THEN", "_ELSE")


class _Group:
    """A parenthesised constant folded already: in a later fold it is its value (a literal)."""
    __slots__ = ("value",)

    def __init__(self, value: str):
        self.value = value


def _constant(items: list):
    """The expression of ``items`` (tokens and ``_Group``s between two delimiters) when it
    is a constant (operands joined by concatenations), else None."""
    if not items or len(items) % 2 == 0:
        return None
    node = None
    for index, item in enumerate(items):
        if index % 2:
            if item.__class__ is _Group or item.type != "CAT":
                return None
            op = item.value
            continue
        if item.__class__ is _Group:
            operand = ast.Literal(item.value)
        elif item.type in _OPERANDS and item.value not in ast.SPECIAL_VARIABLES:
            operand = ast.Literal(item.value)
        else:
            return None
        node = operand if node is None else ast.BinaryOp(op, node, operand)
    return node


def _value(node) -> str:
    """The text of a constant expression (``_constant``)."""
    if node.__class__ is ast.Literal:
        return node.value
    sep = "" if node.op == "||" else node.op
    return _value(node.left) + sep + _value(node.right)


def _arguments(items: list, out: list) -> None:
    """The constant arguments of an argument list (``items`` split at its commas), from the
    last to the first."""
    args, current = [], []
    for item in items:
        if item.__class__ is not _Group and item.type == "_COMMA":
            args.append(current)
            current = []
        else:
            current.append(item)
    args.append(current)
    for arg in reversed(args):
        node = _constant(arg)
        if node is not None:
            out.append(node)


def folded_constants(source: str) -> list:
    """The constant expressions Regina evaluates while parsing ``source``, in its order."""
    out: list = []
    stack: list = [[]]          # the items of each open parenthesis, the clause's outermost
    opens: list = []            # "func" or "paren" for each open parenthesis
    call = False                # the clause is a CALL (its arguments: stack[0] after the name)
    start = True
    for tok in tokenize(source):
        kind = tok.type
        if kind == "ERR":
            return []
        if kind in _CLAUSE_STARTS:
            if call and len(stack) == 1:
                _arguments(stack[0][1:], out)
            stack, opens, call, start = [[]], [], False, True
            continue
        if start:
            start = False
            if kind == "CALL":
                call = True
                continue
        if kind == "FUNC" or kind == "QFUNC" or kind == "_LPAR":
            opens.append("paren" if kind == "_LPAR" else "func")
            stack.append([])
            continue
        if kind == "_RPAR" and opens:
            items = stack.pop()
            if opens.pop() == "func":
                _arguments(items, out)
                stack[-1].append(tok)         # (a call: no constant)
                continue
            node = _constant(items)
            if node is None:
                stack[-1].append(tok)
                continue
            out.append(node)
            stack[-1].append(_Group(_value(node)))
            continue
        stack[-1].append(tok)
    return out
