"""The TRACE mode of the expression compiler: expressions whose closures write Regina's
``>L> >V> >C> >O> >P> >U> >F>`` lines as they are evaluated (TRACE R shows a variable the first
time its reference is evaluated, TRACE I every value), and the targets that show what PARSE and
an assignment to a compound store (``>>>``, ``>.>``, a tail's ``>V>`` and the derived ``>C>``).

``compile_expr`` / ``compile_str`` / ``compile_condition`` hand a node here when the compiler is
in its trace mode (``c.tracing``; the compiler gives this module as ``c.trace_expressions``, so
``expressions`` never imports it back). Each closure tests ``f.tracing`` again: the setting can
change while the code runs.
"""

from __future__ import annotations

from rexxlite.syntax import ast
from rexxlite.runtime import trace
from rexxlite.compiler.expressions import (ARITH_OPS, COMPARE_OPS, COMPARE_TESTS, CONCAT_OPS,
                                           STRICT_OPS, STRICT_TESTS, arith_op, binary_step,
                                           compare, compile_special, compile_var, novalue,
                                           prefix_op, spine_longer_than, tostr, truth)
from rexxlite.errors import RexxError
from rexxlite.runtime.variables import Stem, get_simple


def _shown(f, seen) -> bool:
    """Whether a variable reference is traced now (R: only its first evaluation)."""
    level = f.tracing
    first = not seen[0]
    seen[0] = True
    return level >= 4 or (level == 3 and first)


def _show_fetched(f, seen, unset: bool, v) -> None:
    """A variable reference's ``>L>`` (unset) or ``>V>`` line when it is traced now; the
    reference counts as evaluated either way."""
    if f.tracing >= 3 and _shown(f, seen):
        trace.value(f, "L" if unset else "V", v)
    else:
        seen[0] = True


def t_var(name: str):
    plain = compile_var(name)
    seen = [False]

    def var(f):
        unset = get_simple(f.vars, name) is None
        v = plain(f)
        _show_fetched(f, seen, unset, v)
        return v
    return var


def _tail_parts(tails) -> list:
    """A compound's tail: (True, constant) or (False, traced variable) for each part."""
    return [(True, t) if isinstance(t, str) else (False, t_var(t.name)) for t in tails]


def _tail(parts, f) -> str:
    return ".".join(p if const else tostr(p(f)) for const, p in parts)


def t_compound(node: ast.Compound):
    stem = node.stem
    parts = _tail_parts(node.tails)
    seen = [False]

    def compound(f):
        tail = _tail(parts, f)
        name = stem + tail
        if f.tracing >= 4:
            trace.value(f, "C", name)
        st = f.vars.get(stem)
        v = st.get(tail) if st.__class__ is Stem else None
        unset = v is None
        if unset:
            v = novalue(f, name)
        _show_fetched(f, seen, unset, v)
        return v
    return compound


def t_expr(node, c):
    kind = node.__class__
    if kind is ast.Literal:
        text = node.value
        v = int(text) if text.isdigit() and text.isascii() and str(int(text)) == text else text

        def literal(f):
            if f.tracing >= 4:
                trace.value(f, "L", text)
            return v
        return literal
    if kind is ast.Var:
        return t_var(node.name)
    if kind is ast.Compound:
        return t_compound(node)
    if kind is ast.FunctionCall:
        return c.compile_function_call(node)
    if kind is ast.SpecialVar:
        return _emit("V", compile_special(node.name))
    if kind is ast.UnaryOp:
        return _t_unary(node, c)
    if kind is ast.BinaryOp:
        return _t_binary(node, c)
    raise RexxError(49, text=f"cannot compile {node!r}")


def _emit(tag: str, fn):
    def traced(f):
        v = fn(f)
        if f.tracing >= 4:
            trace.value(f, tag, v)
        return v
    return traced


def traced_call(fn):
    """A function call's closure that shows its result (``>F>``)."""
    return _emit("F", fn)


def _t_unary(node, c):
    operand = t_expr(node.operand, c)
    op = node.op
    if op == "\\":
        return _emit("U", lambda f: "0" if truth(operand(f)) else "1")
    return _emit("P", lambda f: prefix_op(op, operand(f), f))


def _t_chain(node, c):
    """A long left-associated chain of operators (a generated ``1 + 1 + ... + 1``) as one loop
    over its terms, traced as the nested closures of ``_t_binary`` would trace it."""
    steps = []
    while node.__class__ is ast.BinaryOp:
        steps.append((node.op, t_expr(node.right, c)))
        node = node.left
    steps.reverse()
    first = t_expr(node, c)

    def chain(f):
        value = first(f)
        for op, right in steps:
            value = binary_step(op, value, right, f)
            if f.tracing >= 4:
                trace.value(f, "U" if op in ("&", "|", "&&") else "O", value)
        return value
    return chain


def _t_binary(node, c):
    if spine_longer_than(node):
        return _t_chain(node, c)
    left = t_expr(node.left, c)
    right = t_expr(node.right, c)
    op = node.op
    if op in ARITH_OPS:
        return _emit("O", lambda f: arith_op(op, left(f), right(f), f))
    if op in CONCAT_OPS:
        sep = " " if op == " " else ""
        return _emit("O", lambda f: tostr(left(f)) + sep + tostr(right(f)))
    if op in COMPARE_OPS:
        test = COMPARE_TESTS[op]
        return _emit("O", lambda f: "1" if test(compare(left(f), right(f), f), 0) else "0")
    if op in STRICT_OPS:
        test2 = STRICT_TESTS[op]
        return _emit("O", lambda f: "1" if test2(tostr(left(f)), tostr(right(f))) else "0")

    def logical(f):
        a = truth(left(f))
        b = truth(right(f))
        r = (a and b) if op == "&" else (a or b) if op == "|" else (a != b)
        return "1" if r else "0"
    return _emit("U", logical)


def t_str(node, c):
    fn = t_expr(node, c)
    return lambda f: tostr(fn(f))


def t_condition(node, c):
    fn = t_expr(node, c)
    return lambda f: truth(fn(f))


# ----------------------------------------------------------------------------- targets

def traced_parse_target(setter):
    """A PARSE target ``fn(frame, value)`` that shows the value it is given (``>>>``), or for
    a ``.`` (``setter`` None) the value skipped (``>.>``)."""
    if setter is None:
        def dot(f, v):
            if f.tracing >= 3:
                trace.value(f, ".", v)
        return dot

    def assign(f, v):
        if f.tracing >= 3:
            trace.value(f, ">", v)
        setter(f, v)
    return assign


def traced_compound_target(target, setter, parse: bool):
    """``setter`` (a compound target's) showing, as it stores, its tail variables (``>V>``)
    and derived name (``>C>``), as Regina does; a constant tail shows its name only in PARSE.
    None where nothing is shown."""
    if not parse and all(isinstance(t, str) for t in target.tails):
        return None
    stem = target.stem
    parts = _tail_parts(target.tails)

    def traced_set(f, v):
        tail = _tail(parts, f)
        if f.tracing >= 4:
            trace.value(f, "C", stem + tail)
        setter(f, v)
    return traced_set
