"""Traced variants of compiled clauses, for TRACE A, R and I.

Code whose source mentions TRACE is compiled with hooks (``Compiler.trace_hooks``): every
clause is compiled twice, the usual closure and a traced one, and ``hook_clause`` wraps them
in one closure that tests ``frame.tracing`` and runs the usual closure when it is 0. The
traced variant comes from ``TracingCompiler``: expressions that write ``>L> >V> >C> >O> >P>
>U> >F>`` lines (``compile_expr`` hands expression nodes here when ``c.tracing``), PARSE
targets that write ``>>>`` / ``>.>``, DO loops that trace each pass (the DO clause again, the
control variable, ``END``) and SELECT that traces each WHEN / OTHERWISE it tries. Clauses inside
a traced clause are the same wrapped closures (``memo``), so each clause is compiled at most
twice. Code that never mentions TRACE pays nothing.
"""

from __future__ import annotations

from rexxlite.syntax import ast
from rexxlite.runtime import trace
from rexxlite.runtime.activation import ClauseInfo
from rexxlite.compiler.expressions import (ARITH_OPS, COMPARE_OPS, COMPARE_TESTS, CONCAT_OPS, STRICT_OPS,
                           STRICT_TESTS, arith_op, binary_step, compare, compile_var,
                           spine_longer_than, novalue, prefix_op, tostr, truth)
from rexxlite.compiler.instructions import Compiler, Iterate, Leave
from rexxlite.errors import RexxError
from rexxlite.runtime.variables import Stem, get_simple


# ----------------------------------------------------------------------------- hooks

def hook_clause(c, node, info, fn):
    """The closure that runs ``fn`` (clause ``node``) or, while tracing, its traced variant."""
    shown = c.trace_site or info          # INTERPRET: its clauses show the INTERPRET clause
    cls = node.__class__
    if cls is ast.Label:
        if c.trace_site is None:
            c.prog.label_infos.setdefault(node.name, info)

        def label(f):
            if f.tracing:
                trace.label(f, shown)
        return label
    tfn = getattr(c.tracer(), "c_" + cls.__name__)(node, info)
    is_command = cls is ast.Command or (cls is ast.Address and node.command is not None)
    run = trace.run_clause

    def hooked(f):
        if f.tracing:
            return run(f, shown, is_command, fn, tfn)
        return fn(f)
    return hooked


class _FixedOrdinals:
    """The program's Code as the tracing compiler sees it: clause ordinals are handed out by
    the first compilation only."""

    def __init__(self, code):
        self._code = code

    def next_ordinal(self, line: int) -> int:
        return 0

    def __getattr__(self, name):
        return getattr(self._code, name)


class _LineEnd:
    """Stands for a WHEN / OTHERWISE in a ClauseInfo: its text runs to the ';' or line end."""
    to_line_end = True


class TracingCompiler(Compiler):
    tracing = True

    def __init__(self, base: Compiler):
        self.__dict__.update(base.__dict__)
        self.code = _FixedOrdinals(base.code)
        self.trace_hooks = False

    def compile_clause(self, node, top: bool = False):
        fn = self.memo.get(id(node))
        if fn is not None:
            return fn
        return Compiler.compile_clause(self, node, top)

    def compile_function_call(self, node):
        inner = Compiler.compile_function_call(self, node)

        def traced_call(f):
            v = inner(f)
            if f.tracing >= 4:
                trace.value(f, "F", v)
            return v
        return traced_call

    def compile_parse_target(self, target):
        if target is None:
            def dot(f, v):
                if f.tracing >= 3:
                    trace.value(f, ".", v)
            return dot
        setter = self.compile_assign_value(target)

        def assign(f, v):
            if f.tracing >= 3:
                trace.value(f, ">", v)
            setter(f, v)
        return assign

    def c_DoLoop(self, node, info):
        return traced_do(self, node, info)

    def c_Select(self, node, info):
        return traced_select(self, node, info)


# ----------------------------------------------------------------------------- expressions

def _shown(f, seen) -> bool:
    """Whether a variable reference is traced now (R: only its first evaluation)."""
    level = f.tracing
    first = not seen[0]
    seen[0] = True
    return level >= 4 or (level == 3 and first)


def t_var(name: str):
    plain = compile_var(name)
    seen = [False]

    def var(f):
        unset = get_simple(f.vars, name) is None
        v = plain(f)
        if f.tracing >= 3 and _shown(f, seen):
            trace.value(f, "L" if unset else "V", v)
        else:
            seen[0] = True
        return v
    return var


def t_compound(node: ast.Compound):
    stem = node.stem
    parts = [(True, t) if isinstance(t, str) else (False, t_var(t.name)) for t in node.tails]
    seen = [False]

    def compound(f):
        tail = ".".join(p if const else tostr(p(f)) for const, p in parts)
        name = stem + tail
        if f.tracing >= 4:
            trace.value(f, "C", name)
        st = f.vars.get(stem)
        v = st.get(tail) if st.__class__ is Stem else None
        unset = v is None
        if unset:
            v = novalue(f, name)
        if f.tracing >= 3 and _shown(f, seen):
            trace.value(f, "L" if unset else "V", v)
        else:
            seen[0] = True
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
        from rexxlite.compiler.expressions import compile_special
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


# ----------------------------------------------------------------------------- DO and SELECT

def traced_do(c, node, info):
    """A DO loop that traces like Regina: the DO clause again before each later pass, the
    control variable (TRACE I) when it is stepped and checked against TO, and END after each
    pass."""
    from rexxlite.compiler.do_loops import _by, _count, _limit, _number, compile_exact
    repetitive = (node.control is not None or node.count is not None or node.forever
                  or node.while_ is not None or node.until is not None)
    control = node.control
    name = None
    if control is not None:
        name = control.name if control.__class__ is ast.Var else (
            control.stem + ".".join(t if isinstance(t, str) else t.name for t in control.tails))
    c.loops.append((repetitive, name))
    body = c.compile_block(node.body)
    c.loops.pop()
    if not repetitive:
        def block(f):
            f.cl = info
            for ins in body:
                r = ins(f)
                if r is not None:
                    return r
        return block

    start = None if node.start is None else t_expr(node.start, c)
    to = None if node.to is None else compile_exact(node.to, c)
    by = None if node.by is None else compile_exact(node.by, c)
    for_ = None if node.for_ is None else t_expr(node.for_, c)
    count = None if node.count is None else t_expr(node.count, c)
    while_ = None if node.while_ is None else t_condition(node.while_, c)
    until = None if node.until is None else t_condition(node.until, c)
    order = list(node.order) or [k for k, e in (("TO", to), ("BY", by), ("FOR", for_)) if e]
    from rexxlite.compiler.expressions import compile_expr as plain_expr
    getter = None if control is None else plain_expr(control, _Plain(c))
    setter = None if control is None else c.compile_assign_value(control)
    end_ordinal = c.side.get(("end", id(node)))
    end_info = None
    if node.end_line and end_ordinal is not None:
        end_info = ClauseInfo(node.end_line, node, c.code._code, end_ordinal)

    def show_control(f, v):
        if f.tracing >= 4:
            trace.value(f, "V", v)

    def loop(f):
        f.cl = info
        v = to_v = by_v = limit = None
        up = True
        if control is not None:
            v = _number(start(f), f)
            for key in order:
                if key == "TO" and to is not None:
                    to_v = _limit(to(f), f)
                elif key == "BY" and by is not None:
                    by_v = _by(by(f), f)
                elif key == "FOR" and for_ is not None:
                    limit = _count(for_(f), f, 3)
            if by_v is None:
                by_v = 1
            up = compare(by_v, 0, f) >= 0
            setter(f, v)
        elif count is not None:
            limit = _count(count(f), f, 2)
        passes = 0
        first = True
        while True:
            if not first:
                if f.tracing >= 2:
                    trace.clause(f, info)
                f.cl = info
                if until is not None and until(f):
                    break
                if control is not None:
                    v = getter(f)
                    show_control(f, v)
                    v = arith_op("+", v, by_v, f)
                    setter(f, v)
            first = False
            if to_v is not None:
                show_control(f, v)
                cmp = compare(v, to_v, f)
                if (cmp > 0) if up else (cmp < 0):
                    break
            if limit is not None:
                if passes >= limit:
                    break
                passes += 1
            if while_ is not None:
                f.cl = info
                if not while_(f):
                    break
            f.loops += 1
            r = None
            for ins in body:
                r = ins(f)
                if r is not None:
                    break
            f.loops -= 1
            if r is not None:
                rc = r.__class__
                if rc is Leave:
                    if r.name is None or r.name == name:
                        break
                    return r
                if rc is Iterate:
                    if r.name is not None and r.name != name:
                        return r
                    continue
                return r
            if end_info is not None and f.tracing >= 2:
                trace.clause(f, end_info)
    return loop


class _Plain:
    """A compiler view that compiles expressions without tracing (the DO control variable is
    traced by the loop itself)."""
    tracing = False

    def __init__(self, c):
        self._c = c

    def __getattr__(self, name):
        return getattr(self._c, name)


def traced_select(c, node, info):
    whens = [(t_condition(cond, c), c.compile_clause(instr)) for cond, instr in node.whens]
    infos = c.side.get(("when", id(node))) or [info] * len(whens)
    other = None if node.otherwise is None else c.compile_block(node.otherwise)
    other_info = c.side.get(("otherwise", id(node)))

    def select(f):
        f.cl = info
        for (cond, instr), when_info in zip(whens, infos):
            if f.tracing >= 2:
                trace.clause(f, when_info)
            if cond(f):
                return instr(f)
        if other is None:
            raise RexxError(7)
        if other_info is not None and f.tracing >= 2:
            trace.clause(f, other_info)
        for ins in other:
            r = ins(f)
            if r is not None:
                return r
    return select


def when_info(code, node, instr, select_line: int, ordinals) -> ClauseInfo:
    """The ClauseInfo of a WHEN (its text runs to the line end): the last line from the
    instruction's back to the SELECT's that has the word WHEN."""
    import re
    line = getattr(instr, "line", 0) or select_line
    lines = code.source_lines
    probe = line
    while probe > select_line and probe <= len(lines) and not re.search(
            r"\bwhen\b", lines[probe - 1], re.IGNORECASE):
        probe -= 1
    if probe <= select_line:
        probe = line
    return ClauseInfo(probe, _LineEnd(), code, ordinals(probe))


def otherwise_info(code, node, select_line: int):
    """The OTHERWISE of a SELECT as a ClauseInfo with its own text, or None."""
    import re
    first = node.otherwise[0] if node.otherwise else None
    start = getattr(first, "line", 0) or node.end_line or select_line
    lines = code.source_lines
    for number in range(min(start, len(lines)), select_line - 1, -1):
        m = re.search(r"\botherwise\b", lines[number - 1], re.IGNORECASE)
        if m:
            text = lines[number - 1][m.start():].strip()
            cut = text.find(";")
            info = ClauseInfo(number, node, code, None)
            info._text = (text[:cut] if cut >= 0 else text).strip()
            return info
    return None
