"""The commonest instructions built straight from a clause's raw tokens, without the LALR parser.

``build_instruction(keyword, first, toks, i, n, end)`` is handed, by the clause lexer, an
instruction that starts at the raw token ``first`` (``keyword``: ``"ASSIGN"`` for ``x = ...``,
else the instruction's keyword: SAY, CALL, RETURN, EXIT, PUSH, QUEUE, INTERPRET, NOP, LEAVE,
ITERATE) and runs to the end of the clause (``toks[i:n]``, ``end`` the clause's end). It
returns the instruction's AST node, the same as the LALR parser's reductions (``parser.Builder``)
would make of the tokens the clause lexer would emit, or None for anything it does not know
or that is not well formed: the parser then reads the clause's tokens as usual, so every syntax
error and its message come from one place. The expressions are read by precedence climbing
over the raw tokens, with the lexer's rules for blank concatenation and abuttal (``CAT``),
function names (a symbol or string touching a ``(``) and constant symbols.

``symbol_node`` (a variable symbol as Var or Compound) lives here, as the parser's builder and
this module both make them.
"""

from __future__ import annotations

from rexxlite.syntax import ast

__all__ = ["build_instruction", "build_expression", "symbol_node", "literal_node",
           "forget_shared", "RULES"]

_Literal = ast.Literal
_Var = ast.Var
_BinaryOp = ast.BinaryOp
_UnaryOp = ast.UnaryOp
_FunctionCall = ast.FunctionCall
_SPECIAL = ast.SPECIAL_VARIABLES
_CONST_STARTS = frozenset("0123456789.")
_DIGIT_STARTS = frozenset("0123456789")


#: The nodes of the symbols and strings of the program being parsed, by name or value: a
#: program names the same few variables many times over, and one node serves them all (a
#: node is never changed once made). Emptied after each parse (``forget_shared``).
_SYMBOLS: dict = {}
_LITERALS: dict = {}
_symbol_get = _SYMBOLS.get
_literal_get = _LITERALS.get


def forget_shared() -> None:
    """Let go of the shared nodes of the program parsed last."""
    _SYMBOLS.clear()
    _LITERALS.clear()


def literal_node(value: str):
    """The Literal of ``value`` (shared)."""
    node = _literal_get(value)
    if node is None:
        node = _LITERALS[value] = _Literal(value)
    return node


def symbol_node(name: str):
    """A variable symbol as Var (simple or stem) or Compound (``A.B.1`` ->
    Compound('A.', [Var('B'), '1'])); the same node for the same name (shared)."""
    node = _symbol_get(name)
    if node is None:
        node = _SYMBOLS[name] = _symbol_node(name)
    return node


def _symbol_node(name: str):
    dot = name.find(".")
    if dot < 0 or dot == len(name) - 1:
        return _Var(name)
    tail = name[dot + 1:]
    if "." not in tail:                 # the commonest: one tail (not empty)
        return ast.Compound(name[:dot + 1],
                            [tail if tail[0] in _DIGIT_STARTS else symbol_node(tail)])
    tails = []
    for part in name[dot + 1:].split("."):
        if not part or part[0] in _DIGIT_STARTS:
            tails.append(part)
        else:
            tails.append(symbol_node(part))
    return ast.Compound(name[:dot + 1], tails)


#: The grammar's rule (the LALR goto) of each instruction built here.
RULES = {
    "ASSIGN": "assign", "SAY": "say", "CALL": "call", "RETURN": "return_", "EXIT": "exit_",
    "PUSH": "push", "QUEUE": "queue", "INTERPRET": "interpret", "NOP": "nop",
    "LEAVE": "leave", "ITERATE": "iterate",
}

# binary operators (raw values, normalised by the scanner) -> precedence, as the grammar's
# levels: or_e < and_e < cmp_e < cat_e < add_e < mul_e < pow_e
_CAT = 4
_PRECEDENCE = {"|": 1, "&&": 1, "&": 2, "||": _CAT, "+": 5, "-": 5,
               "*": 6, "/": 6, "%": 6, "//": 6, "**": 7}
for _op in ("=", "\\=", "==", "\\==", ">", "<", ">=", "<=", ">>", "<<", ">>=", "<<="):
    _PRECEDENCE[_op] = 3
_PREFIX = frozenset(["+", "-", "\\"])
_ARGUMENT_ENDS = frozenset([",", ")"])


class _Decline(Exception):
    """The clause is not one built here (or not well formed): the parser reads it."""


def _expression(toks, i, n, floor):
    """The expression at ``toks[i]`` whose operators bind at least as tightly as ``floor``;
    returns it and the index of the first token after it."""
    node, i = _unary(toks, i, n)
    while i < n:
        t = toks[i]
        kind = t.kind
        if kind == "op":
            op = t.value
            if op == "\\":
                if not t.blank:
                    raise _Decline      # a '\' after a term with no blank: not an operator
                op = " "                # the lexer's CAT, then '\' as a prefix
                prec = _CAT
                after = i
            else:
                prec = _PRECEDENCE[op]
                after = i + 1
        elif kind == "sym" or kind == "str" or kind == "(":
            op = " " if t.blank else ""
            prec = _CAT
            after = i
        else:                           # ')' ',' ':' end the expression here
            break
        if prec < floor:
            break
        right, i = _expression(toks, after, n, prec + 1)
        node = _BinaryOp(op, node, right)
    return node, i


def _unary(toks, i, n):
    if i >= n:
        raise _Decline
    t = toks[i]
    kind = t.kind
    if kind == "sym":
        value = t.value
        if i + 1 < n:
            nxt = toks[i + 1]
            if nxt.kind == "(" and not nxt.blank:
                args, i = _arguments(toks, i + 2, n)
                return _FunctionCall(value, args), i
        if value[0] in _CONST_STARTS:
            if value in _SPECIAL:
                return ast.SpecialVar(value), i + 1
            node = _literal_get(value)
            if node is None:
                node = _LITERALS[value] = _Literal(value)
            return node, i + 1
        node = _symbol_get(value)
        if node is None:
            node = _SYMBOLS[value] = _symbol_node(value)
        return node, i + 1
    if kind == "str":
        if i + 1 < n:
            nxt = toks[i + 1]
            if nxt.kind == "(" and not nxt.blank:
                args, i = _arguments(toks, i + 2, n)
                return _FunctionCall(t.value, args, quoted=True), i
        node = _literal_get(t.value)
        if node is None:
            node = _LITERALS[t.value] = _Literal(t.value)
        return node, i + 1
    if kind == "(":
        node, i = _expression(toks, i + 1, n, 1)
        if i >= n or toks[i].kind != ")":
            raise _Decline
        return node, i + 1
    if kind == "op" and t.value in _PREFIX:
        operand, i = _unary(toks, i + 1, n)
        return _UnaryOp(t.value, operand), i
    raise _Decline


def _arguments(toks, i, n):
    """A function's arguments after its '(' up to its ')': (the list, the index after ')')."""
    items = []
    while True:
        if i >= n:
            raise _Decline
        kind = toks[i].kind
        if kind == ",":
            items.append(None)
            i += 1
            continue
        if kind == ")":
            items.append(None)
            i += 1
            break
        if i + 1 < n and toks[i + 1].kind in _ARGUMENT_ENDS:
            node, i = _unary(toks, i, n)    # the commonest: one term, then ',' or ')'
        else:
            node, i = _expression(toks, i, n, 1)
        items.append(node)
        if i >= n:
            raise _Decline
        kind = toks[i].kind
        i += 1
        if kind == ")":
            break
        if kind != ",":
            raise _Decline
    if len(items) == 1 and items[0] is None:
        return [], i
    return items, i


def _whole(toks, i, n):
    """An optional expression filling the rest of the clause (None when there is none)."""
    if i >= n:
        return None
    if i + 1 == n:                      # the commonest: one term
        return _unary(toks, i, n)[0]
    node, i = _expression(toks, i, n, 1)
    if i < n:
        raise _Decline
    return node


def _call_arguments(toks, i, n):
    """CALL's arguments: expressions (each may be omitted) separated by commas, to the end."""
    items = []
    while True:
        if i >= n or toks[i].kind == ",":
            items.append(None)
        else:
            if i + 1 == n or toks[i + 1].kind == ",":
                node, i = _unary(toks, i, n)    # the commonest: one term
            else:
                node, i = _expression(toks, i, n, 1)
            items.append(node)
        if i >= n:
            break
        if toks[i].kind != ",":
            raise _Decline
        i += 1
    if len(items) == 1 and items[0] is None:
        return []
    return items


def _build(keyword, first, toks, i, n):
    line = first.line
    if keyword == "ASSIGN":
        name = first.value
        target = _symbol_get(name) or symbol_node(name)
        if i >= n:
            return ast.Assignment(target, literal_node(""), True, line=line)
        return ast.Assignment(target, _whole(toks, i, n), False, line=line)
    if keyword == "CALL":
        if i >= n:
            return None
        name = toks[i]
        if name.kind == "sym":
            if name.value in ("ON", "OFF"):
                return None
            return ast.Call(name.value, _call_arguments(toks, i + 1, n), line=line)
        if name.kind == "str":
            return ast.Call(name.value, _call_arguments(toks, i + 1, n), quoted=True,
                            line=line)
        return None
    if keyword == "SAY":
        return ast.Say(_whole(toks, i, n), line=line)
    if keyword == "RETURN":
        return ast.Return(_whole(toks, i, n), line=line)
    if keyword == "NOP":
        return ast.Nop(line=line) if i >= n else None
    if keyword == "LEAVE" or keyword == "ITERATE":
        name = None
        if i < n:
            t = toks[i]
            if i + 1 < n or t.kind != "sym" or t.value[0] in _CONST_STARTS:
                return None
            name = t.value
        return (ast.Leave if keyword == "LEAVE" else ast.Iterate)(name, line=line)
    if keyword == "EXIT":
        return ast.Exit(_whole(toks, i, n), line=line)
    if keyword == "PUSH":
        return ast.Push(_whole(toks, i, n), line=line)
    if keyword == "QUEUE":
        return ast.Queue(_whole(toks, i, n), line=line)
    if keyword == "INTERPRET":
        return ast.Interpret(_whole(toks, i, n), line=line) if i < n else None
    return None


def build_instruction(keyword, first, toks, i, n, end):
    """The AST node of the instruction ``keyword`` at ``first`` whose operands are
    ``toks[i:n]``, or None when the parser is to read it (see the module's docstring)."""
    if end.kind == "err":
        return None
    try:
        return _build(keyword, first, toks, i, n)
    except (_Decline, KeyError, RecursionError):
        return None


def build_expression(toks, i, n):
    """The expression that is the whole of ``toks[i:n]``, or None (not well formed)."""
    try:
        node, i = _expression(toks, i, n, 1)
    except (_Decline, KeyError, RecursionError):
        return None
    return node if i == n else None


build_instruction.rules = RULES     # what the clause lexer offers it
build_instruction.expression = build_expression
