"""DO loops -> closures, with Rexx's exact evaluation order.

``DO name = start [TO t] [BY b] [FOR n] [WHILE w | UNTIL u]``: start, then TO/BY/FOR once in the
order written; each pass checks TO, FOR, WHILE, runs the body, checks UNTIL, then re-reads the
control variable (the body may change it) and adds BY. ``DO n`` repeats n times, ``DO FOREVER``
until LEAVE. A plain ``DO; ...; END`` is just a block.

The common ``DO i = a TO b [BY c]`` with whole numbers runs on Python ints: the control
variable is still stored in (and re-read from) the variable pool each pass.
"""

from __future__ import annotations

from rexxlite.syntax import ast
from rexxlite.syntax.clause_tree import keeps_digits
from rexxlite.compiler.expressions import (arith_op, as_int, compare, compile_condition, compile_expr,
                                          signed_literal, tostr)
from rexxlite.errors import RexxError
from rexxlite.numbers.numvalue import Num, compare_with_scanned, scan_value
from rexxlite.numbers.ten_powers import P10
from rexxlite.runtime.variables import get_simple
from rexxlite.runtime.exposed_marks import exposed

_TOKENS = None


def _tokens():
    global _TOKENS
    if _TOKENS is None:
        from rexxlite.runtime.control_tokens import Iterate, Leave
        _TOKENS = (Leave, Iterate)
    return _TOKENS


def _number(v, f):
    """A DO start/TO/BY value as a number (Error 41 when it is not one)."""
    n = as_int(v, f.lim)
    if n is not None:
        return n
    if v.__class__ is Num and v.n <= f.digits and v.digits == f.digits and v.form == f.form:
        return v        # made at these settings with no more than DIGITS digits: ``+v`` is v
    from rexxlite.compiler.expressions import prefix_op
    try:
        return prefix_op("+", v, f)
    except RexxError as e:
        if e.code == 41:
            raise RexxError(41) from None
        raise


def compare_to_limit(v, to_v, f) -> int:
    """``compare(v, to_v, f)``, the control variable against TO; exact on ints for a ``Num``
    ``v`` and an int ``to_v`` both within DIGITS when FUZZ is 0 (no rounding can make their
    difference zero or turn its sign), as when a loop starts beyond DIGITS (``do j = i * i
    to n``)."""
    if (v.__class__ is Num and to_v.__class__ is int and not f.fuzz and v.n <= f.digits
            and -f.lim < to_v < f.lim):
        shift = v.exp - v.n             # v is c * 10**shift
        if 0 <= shift <= 64:
            a, b = v.c * 10 ** shift, to_v
        elif -64 <= shift < 0:
            a, b = v.c, to_v * 10 ** -shift
        else:
            return compare(v, to_v, f)
        if v.neg:
            a = -a
        return (a > b) - (a < b)
    if to_v.__class__ is not int:       # a Num, or a TO kept as written: scanned once
        limit = _last_limit
        if limit[0] is not to_v:
            limit = _scan_limit(to_v)
            if limit is None:                       # (never: _limit took only a number)
                return compare(v, to_v, f)
        _, scanned, value, shift = limit
        if (v.__class__ is int and len(scanned[1]) <= f.digits - f.fuzz
                and -f.clim < v < f.clim):
            # both within the compared digits: Regina's comparison is exact, on ints here
            a = v * P10[shift] if shift >= 0 else v
            b = value if shift >= 0 else value * P10[-shift]
            return (a > b) - (a < b)
        cmp = compare_with_scanned(v, scanned, f.digits, f.fuzz)
        if cmp is not None:
            return cmp
    return compare(v, to_v, f)


#: The TO value a loop compared last: ``(value, arith.scan of it, its digits as a signed int,
#: how many of them are after the point)``. A loop compares each pass's value with the same
#: TO (``do j = 0 to 25 / 0.0003``: 83333.3333), so it is scanned once, not once a pass.
_last_limit = (None, None, 0, 0)


def _scan_limit(to_v):
    global _last_limit
    scanned = scan_value(to_v)
    if scanned.__class__ is int:
        return None
    neg, digits, exp = scanned                      # value: 0.digits * 10**exp
    value = -int(digits) if neg else int(digits)
    _last_limit = (to_v, scanned, value, len(digits) - exp)
    return _last_limit


def whole_limit(to_v, v, by_v, f):
    """A TO value for a loop from whole number ``v`` stepping up by whole number ``by_v``: the
    int its passes stop after (``to_v``'s floor: ``do i = 0 to 12.5`` runs to 12) where
    Regina's comparison of a whole number with ``to_v`` is exact (``compare_to_limit``: its
    digits within DIGITS - FUZZ, ``v`` above -10**(DIGITS - FUZZ)); else ``to_v`` as it is.
    Only for as long as the variable steps from ``v`` by ``by_v``: a body that changes it
    goes on with ``to_v`` itself."""
    if (to_v.__class__ is int or v.__class__ is not int or by_v.__class__ is not int
            or by_v <= 0 or v <= -f.clim):
        return to_v
    limit = _last_limit
    if limit[0] is not to_v:
        limit = _scan_limit(to_v)
        if limit is None:
            return to_v
    _, scanned, value, shift = limit
    digits = len(scanned[1])
    if shift < 0 or digits > f.digits - f.fuzz:
        return to_v
    if shift > digits:                  # below 1 in magnitude (``1E-999999`` too)
        return 0 if value >= 0 else -1
    return value // 10 ** shift


def _limit(v, f):
    """A DO TO value: a number, kept as written (not rounded to DIGITS: Regina compares the
    control variable with all of it, so at DIGITS 4 ``do j=9990 to 10005 by 5`` stops at
    ``1.001E+4``, which is above 10005); Error 41 when it is not a number. An int only within
    DIGITS - FUZZ digits, where Regina's comparison with it is exact, as the loops' int paths
    compare (under FUZZ 8 ``do i = 1 to 16`` goes on to 20); beyond, as text."""
    return _loop_number(v, f, f.clim)


def _by(v, f):
    """A DO BY value: a number kept as written, as TO is (Regina steps with all its digits:
    at DIGITS 4 ``do j = -4 by 11995`` goes to ``1.199E+4``); a whole number beyond DIGITS
    as text, so no int fast path takes it."""
    return _loop_number(v, f, f.lim)


def _loop_number(v, f, bound: int):
    """``v`` checked to be a number (else Error 41): an int when it is a whole number below
    ``bound`` in magnitude, a whole number beyond it as text, any other kept as it is."""
    n = as_int(v, bound)
    if n is not None:
        return n
    if v.__class__ is int:
        return str(v)
    from rexxlite.compiler.expressions import arith
    if not arith().is_number(tostr(v)):
        raise RexxError(41)
    return v


def compile_exact(node, c):
    """A DO TO / BY expression. A prefix ``+`` / ``-`` (any chain of them) keeps all the digits
    of its operand here: Regina rounds its result to DIGITS only when it makes the text (the
    trace shows that text), so at DIGITS 4 ``to -(-x)`` with x = 10005 stops where ``to x``
    does. Anything else is the expression as everywhere."""
    traced = c.tracing
    # ``to -10005`` is one literal to Regina, though its trace shows ``10005`` and then ``-``
    literal = signed_literal if not traced else (lambda n: n)
    signs = []
    inner = literal(node)
    while inner.__class__ is ast.UnaryOp and inner.op in ("+", "-"):
        signs.append(inner.op)
        inner = literal(inner.operand)
    if traced and inner.__class__ is ast.Literal:   # shown as a number at DIGITS (Regina)
        operand = c.trace_expressions.t_number_literal(inner, c)
    else:
        operand = compile_expr(inner, c)
    if not signs:
        return operand
    signs.reverse()                     # the innermost operator applies first
    from rexxlite.compiler.expressions import exact_prefix_op, prefix_op

    def exact(f):
        v = operand(f)
        for op in signs:
            v = exact_prefix_op(op, v, f)
            if traced and f.tracing >= 4:
                from rexxlite.runtime import trace
                trace.value(f, "P", prefix_op("+", v, f))
        return v
    return exact


def _count(v, f, sub):
    """A DO count / FOR value: a whole number >= 0 (Error 26.2 / 26.3 when not whole)."""
    n = as_int(v, f.lim)
    if n is None:
        from rexxlite.compiler.expressions import arith
        text = tostr(v)
        try:
            n = arith().to_whole(text, f.digits)
        except RexxError:
            n = None
        if n is None:
            raise RexxError(26, sub, value=text)
    if n < 0:           # Regina: a negative whole count or FOR is Error 33, not 26
        raise RexxError(33)
    return n


def _initialiser(control, start, to, by, for_, count, order, setter):
    """The closure that evaluates a loop's expressions (start, then TO / BY / FOR in the order
    written, or the count) and sets the control variable; returns (value, to, by, limit, up)."""
    def init(f):
        v = to_v = by_v = limit = None
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
            up = by_v >= 0 if by_v.__class__ is int else compare(by_v, 0, f) >= 0
            setter(f, v)
        else:
            up = True
            if count is not None:
                limit = _count(count(f), f, 2)
        return v, to_v, by_v, limit, up
    return init


def compile_do(c, node: ast.DoLoop, info):
    repetitive = (node.control is not None or node.count is not None or node.forever
                  or node.while_ is not None or node.until is not None)
    if not repetitive:
        c.loops.append((False, None))
        body = c.compile_block(node.body)
        c.loops.pop()

        def block(f):
            f.cl = info
            for ins in body:
                r = ins(f)
                if r is not None:
                    return r
        return block

    control = node.control
    name = None
    if control is not None:
        name = control.name if control.__class__ is ast.Var else (
            control.stem + ".".join(t if isinstance(t, str) else t.name for t in control.tails))
    c.loops.append((True, name))
    body, body_infos = [], []
    for clause in node.body:
        body.append(c.compile_clause(clause))
        body_infos.append(c.last_info)
    c.loops.pop()

    start = None if node.start is None else compile_expr(node.start, c)
    to = None if node.to is None else compile_exact(node.to, c)
    by = None if node.by is None else compile_exact(node.by, c)
    for_ = None if node.for_ is None else compile_expr(node.for_, c)
    count = None if node.count is None else compile_expr(node.count, c)
    while_ = None if node.while_ is None else compile_condition(node.while_, c)
    until = None if node.until is None else compile_condition(node.until, c)
    order = list(node.order) or [k for k, e in (("TO", to), ("BY", by), ("FOR", for_)) if e]
    simple = control is not None and control.__class__ is ast.Var
    getter = None if control is None else compile_expr(control, c)
    setter = None if control is None else c.compile_assign_value(control)
    Leave, Iterate = _tokens()

    init = _initialiser(control, start, to, by, for_, count, order, setter)

    name_ = name

    # an int TO is compared exactly (it is within DIGITS - FUZZ digits: ``_limit``), unless
    # the body may change NUMERIC FUZZ: then Rexx's comparison, with the settings of the pass
    exact_to = keeps_digits(node.body)

    def general(f, v, to_v, by_v, limit, up):
        f.loops += 1
        fast_to = to_v.__class__ is int and exact_to
        by_int = by_v.__class__ is int
        passes = 0
        while True:
            if to_v is not None:
                if v.__class__ is int and fast_to:
                    if (v > to_v) if up else (v < to_v):
                        break
                else:
                    cmp = compare_to_limit(v, to_v, f)
                    if (cmp > 0) if up else (cmp < 0):
                        break
            if limit is not None:
                if passes >= limit:
                    break
                passes += 1
            if while_ is not None:
                f.cl = info
                try:
                    ok = while_(f)
                except BaseException:
                    f.loops -= 1
                    raise
                if not ok:
                    break
            r = None
            for ins in body:
                r = ins(f)
                if r is not None:
                    break
            if r is not None:
                rc = r.__class__
                if rc is Leave:
                    if r.name is None or r.name == name_:
                        break
                    f.loops -= 1
                    return r
                if rc is Iterate:
                    if r.name is not None and r.name != name_:
                        f.loops -= 1
                        return r
                else:
                    f.loops -= 1
                    return r
            if until is not None:
                f.cl = info
                try:
                    done = until(f)
                except BaseException:
                    f.loops -= 1
                    raise
                if done:
                    break
            if control is not None:
                try:                    # (an error in the step is the DO clause's, outside)
                    if simple and not f.has_refs:
                        v = f.vars.get(name_)
                        if v is None or v.__class__ is not int and v.__class__ is not str:
                            f.cl = info         # (NOVALUE's SIGL: the DO clause)
                            v = getter(f)
                    else:
                        f.cl = info
                        v = getter(f)
                    if v.__class__ is int and by_int:
                        lim = f.lim
                        w = v + by_v
                        if -lim < w < lim and -lim < v < lim:
                            v = w
                        else:
                            f.cl = info
                            v = arith_op("+", v, by_v, f)
                    else:
                        f.cl = info
                        v = arith_op("+", v, by_v, f)
                except BaseException:
                    f.loops -= 1
                    raise
                if simple and not f.has_refs:
                    f.vars[name_] = v
                else:
                    setter(f, v)
        f.loops -= 1

    def loop(f):
        f.cl = info
        return general(f, *init(f))

    if (simple and for_ is None and while_ is None and until is None and to is not None
            and exact_to):
        single = body[0] if len(body) == 1 else None
        runner = None
        if not c.trace_hooks and not c.tracing:
            from rexxlite.compiler.loop_source import loop_runner
            runner = loop_runner(node.body, body, body_infos, name_)

        def fast_loop(f):
            f.cl = info
            v, to_v, by_v, limit, up = init(f)
            if (f.has_refs or v.__class__ is not int or to_v.__class__ is not int
                    or by_v.__class__ is not int or not up):
                return general(f, v, to_v, by_v, limit, up)
            f.loops += 1
            d = f.vars
            if runner is not None:
                v = runner(f, v, to_v, by_v)
                if v is None:
                    f.loops -= 1
                    return None
                # the step left the int fast path: finish it the general way
                f.loops -= 1
                f.cl = info
                v = arith_op("+", v, by_v, f)
                setter(f, v)
                return general(f, v, to_v, by_v, limit, up)
            while v <= to_v:
                if single is not None:
                    r = single(f)
                else:
                    r = None
                    for ins in body:
                        r = ins(f)
                        if r is not None:
                            break
                if r is not None:
                    rc = r.__class__
                    if rc is Leave:
                        if r.name is None or r.name == name_:
                            break
                        f.loops -= 1
                        return r
                    if rc is Iterate:
                        if r.name is not None and r.name != name_:
                            f.loops -= 1
                            return r
                    else:
                        f.loops -= 1
                        return r
                v = d.get(name_)
                if v.__class__ is int and not f.has_refs:
                    lim = f.lim
                    w = v + by_v
                    if -lim < w < lim and -lim < v < lim:
                        v = w
                        d[name_] = v
                        continue
                # Anything unusual: finish in the general loop from here.
                f.loops -= 1
                f.cl = info
                if v is None or v.__class__ is not int and v.__class__ is not str:
                    v = getter(f)
                v = arith_op("+", v, by_v, f)
                setter(f, v)
                return general(f, v, to_v, by_v, limit, up)
            f.loops -= 1
        fast_loop.loop_parts = (init, general, getter, setter, runner)
        return fast_loop
    loop.loop_parts = (init, general, getter, setter, None)
    return loop


# ----------------------------------------------------------------------------- trace mode

def compile_traced_do(c, node, info):
    """The trace mode's DO loop, tracing like Regina while TRACE is on: the DO clause again
    before each later pass, the control variable (TRACE I) when it is stepped and checked
    against TO, END after each pass; LEAVE shows the DO clause, ITERATE the DO clause one level
    in and then END. Also the plain closure (``c`` not in its trace mode) of a loop inside
    which TRACE can be turned on."""
    from rexxlite.runtime.control_tokens import Iterate, Leave
    from rexxlite.compiler.expressions import compile_compound, compile_var
    from rexxlite.runtime import trace
    from rexxlite.runtime.activation import ClauseInfo
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
    if not c.tracing and node.end_line:     # END is a clause of its own in the source text
        c.side[("end", id(node))] = c.code.next_ordinal(node.end_line)
    if not repetitive:
        def block(f):
            f.cl = info
            for ins in body:
                r = ins(f)
                if r is not None:
                    return r
        return block

    start = None if node.start is None else compile_expr(node.start, c)
    to = None if node.to is None else compile_exact(node.to, c)
    by = None if node.by is None else compile_exact(node.by, c)
    for_ = None if node.for_ is None else compile_expr(node.for_, c)
    count = None if node.count is None else compile_expr(node.count, c)
    while_ = None if node.while_ is None else compile_condition(node.while_, c)
    until = None if node.until is None else compile_condition(node.until, c)
    order = list(node.order) or [k for k, e in (("TO", to), ("BY", by), ("FOR", for_)) if e]
    getter = setter = None              # untraced: the loop traces the control variable
    if control is not None:
        if control.__class__ is ast.Var:
            getter = compile_var(control.name)
            setter = c.compile_assign_value(control)
        else:                           # (shown by ``show_set``, not as a compound target)
            getter = compile_compound(control, c)
            setter = c.compile_assign_value(control, traced=False)
    end_ordinal = c.side.get(("end", id(node)))
    end_info = None
    if node.end_line and end_ordinal is not None:
        owner = c.code._code if c.tracing else c.code    # (the trace mode's fixed ordinals)
        end_info = ClauseInfo(node.end_line, node, owner, end_ordinal)
    shown = c.trace_site or info          # INTERPRET: its clauses show the INTERPRET clause
    empty = not node.body                 # Regina shows neither END nor DO again then
    if end_info is not None and c.trace_site is not None:
        end_info = c.trace_site

    simple = control is not None and control.__class__ is ast.Var
    derived = None                      # a compound control variable's variable tail parts
    if not simple and control is not None and not all(isinstance(t, str) for t in control.tails):
        # (from the module: this loop is compiled here outside the trace mode too)
        from rexxlite.compiler.expression_trace import tail_text, untraced_tail_parts
        derived = untraced_tail_parts(control.tails)

    def show_read(f):
        """The control variable read to be stepped (TRACE I; R for one a PROCEDURE exposed,
        ``exposed_marks``), before it is read (NOVALUE):
        a simple one's value, or its name as ``>L>`` once dropped (the loop's reference found
        it set, as in Regina)."""
        level = f.tracing
        if simple and (level >= 4 or level == 3 and exposed(f.vars, control.name)):
            v = get_simple(f.vars, control.name)
            trace.value(f, "L", control.name) if v is None else trace.value(f, "V", v)

    def show_set(f, v):
        """The control variable just set (TRACE I): a simple one's value; for a compound
        with a variable tail Regina shows its derived name twice instead (no tail variable,
        no value); for one with a constant tail nothing."""
        if derived is not None:
            f.interp.trace_tails_derived = True      # (``expression_trace.show_derived``)
        if f.tracing >= 4:
            if simple:
                trace.value(f, "V", v)
            elif derived is not None:
                name = control.stem + tail_text(derived, f)
                trace.value(f, "C", name)
                trace.value(f, "C", name)

    init = _initialiser(control, start, to, by, for_, count, order, setter)

    def loop(f):
        f.cl = info
        v, to_v, by_v, limit, up = init(f)
        if control is not None:
            show_set(f, v)
            if simple and f.tracing == 3 and exposed(f.vars, control.name):
                trace.value(f, "V", v)      # (TRACE R: a variable a PROCEDURE exposed)
        passes = 0
        first = True
        while True:
            if not first:
                if f.tracing >= 2 and not empty:
                    trace.clause(f, shown)
                f.cl = info
                if until is not None and until(f):
                    break
                if control is not None:
                    show_read(f)
                    v = getter(f)
                    v = arith_op("+", v, by_v, f)
                    setter(f, v)
                    show_set(f, v)
            first = False
            if to_v is not None:
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
                        if f.tracing >= 2:          # Regina shows the DO clause it leaves
                            trace.clause(f, shown)
                        break
                    return r
                if rc is Iterate:
                    if r.name is not None and r.name != name:
                        return r
                    if f.tracing >= 2:              # the DO clause (one level in), its END
                        f.loops += 1
                        trace.clause(f, shown)
                        f.loops -= 1
                        if end_info is not None:
                            trace.clause(f, end_info)
                    continue
                return r
            if end_info is not None and f.tracing >= 2 and not empty:
                trace.clause(f, end_info)
    return loop
