"""The TRACE mode of the expression compiler: expressions whose closures write Regina's
``>L> >V> >C> >O> >P> >U> >F>`` lines as they are evaluated (TRACE R shows a simple variable
until its reference has found it, TRACE I every value; arithmetic converts its left operand
before the right one is evaluated, and shows a literal operand as the number), and the targets that show what PARSE and
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
                                           STRICT_OPS, STRICT_TESTS, arith, arith_op,
                                           binary_step, compare, compile_literal_condition,
                                           compile_special, compile_tail_var, compile_var,
                                           checked_left_operand,
                                           unset_number_operand,
                                           novalue, prefix_op, signed_literal,
                                           spine_longer_than, tostr, truth, _written)
from rexxlite.errors import cannot_compile
from rexxlite.runtime.variables import Ref, Stem, get_simple, has_existed
from rexxlite.runtime.exposed_marks import exposed
from rexxlite.compiler import number_marks


def _owner(f, name: str):
    """The pool that holds simple variable ``name`` for frame ``f`` (an exposed one's is the
    caller's): what Regina's reference remembers once it has found the variable there."""
    pool = f.vars
    v = pool.get(name)
    return v.pool if v.__class__ is Ref else pool


def t_var(name: str, c, tail: bool = False, numeric: bool = False):
    """A simple variable's reference. TRACE I shows its value each time; TRACE R only while
    the reference has not found the variable yet in the pool that holds it (Regina remembers
    where it found it: an unset variable is shown each time, a new PROCEDURE's pool makes it
    new again, and one a called PROCEDURE has exposed is shown each time: ``exposed_marks``).
    Evaluations made while tracing was off count too: the clause's hook marks
    ``ran`` with the pool its untraced run used. A ``tail`` variable (of a compound) raises
    no NOVALUE. A ``numeric`` use (an operand of arithmetic, a comparison, a logical
    operator) may show the number Regina keeps (``number_marks``)."""
    plain = compile_tail_var(name) if tail else compile_var(name)
    found = [None]                       # the pool the reference found the variable in
    if c.reparsed_cells is not None:     # (forgotten at each run of an interpreted string)
        c.reparsed_cells.append(found)
    ran = c.clause_ran
    reparsed = c.in_interpret           # Regina parses an INTERPRET string at each run: its
                                        # references are new each time (number_marks)

    def var(f):
        unset = get_simple(f.vars, name) is None
        v = plain(f)
        level = f.tracing
        pool = _owner(f, name)
        if unset:                   # >V> once it has been set, unless this reference found
            if level >= 3:          # it set before it was dropped (Regina; then >L> at I,
                seen = found[0] is pool or ran[0] is f.vars     # nothing at R)
                if not seen:
                    trace.value(f, "V" if has_existed(f.vars, name) else "L", v)
                elif level >= 4:
                    trace.value(f, "L", v)
            return v
        if level >= 4:
            if numeric:
                seen = not reparsed and (found[0] is pool or ran[0] is f.vars)
                trace.value(f, "V", number_marks.shown(f, (id(pool), name), v, seen)
                            if seen else v)
            else:
                trace.value(f, "V", v)
        elif level == 3 and (found[0] is not pool and ran[0] is not f.vars
                             or exposed(f.vars, name)):
            trace.value(f, "V", v)
        found[0] = pool
        return v
    return var


def _tail_parts(tails, c) -> list:
    """A compound's tail: (True, constant) or (False, traced variable) for each part."""
    return [(True, t) if isinstance(t, str) else (False, t_var(t.name, c, tail=True))
            for t in tails]


def untraced_tail_parts(tails) -> list:
    """A compound's tail as ``_tail_parts`` with untraced variables: for a derived name shown
    without its tail variables' ``>V>`` (DROP, a DO loop's compound control variable)."""
    return [(True, t) if isinstance(t, str) else (False, compile_tail_var(t.name))
            for t in tails]


def tail_text(parts, f) -> str:
    """The tail of ``parts`` (``_tail_parts``, ``untraced_tail_parts``) as it is now."""
    return ".".join(p if const else tostr(p(f)) for const, p in parts)


def show_derived(f, variable_tail: bool, name: str) -> None:
    """A compound's derived name (``>C>``, TRACE I). Regina shows a constant tail's only once
    a compound with a variable tail has been derived in the run (traced or not: the hooks of
    the clauses run untraced mark it; UPPER or DROP of a constant tail clears it), a variable
    tail's always."""
    interp = f.interp
    if variable_tail:
        interp.trace_tails_derived = True
    elif not interp.trace_tails_derived:
        return
    if f.tracing >= 4:
        trace.value(f, "C", name)


def t_compound(node: ast.Compound, c, operand: bool = False, numeric: bool = False):
    """A compound's reference: its tail variables as references of their own, the derived
    name (TRACE I, ``show_derived``), and its value at TRACE R and I each time (Regina
    remembers no compound). An ``operand`` of arithmetic shows a value that is not a number
    only when it is unset and at TRACE I (Error 41 first otherwise), as Regina does. An
    ``operand`` or ``numeric`` use may show the number Regina keeps (``number_marks``)."""
    stem = node.stem
    numeric = numeric or operand
    parts = _tail_parts(node.tails, c)
    variable_tail = not all(const for const, _part in parts)

    def compound(f):
        tail = tail_text(parts, f)
        name = stem + tail
        show_derived(f, variable_tail, name)
        st = f.vars.get(stem)
        v = st.get(tail) if st.__class__ is Stem else None
        level = f.tracing
        if v is None:               # its line comes before NOVALUE's handler (Regina)
            if operand:             # arithmetic's: no number, NOVALUE or not
                if level >= 4:
                    trace.value(f, "L", name)
                return unset_number_operand(f, name)
            if level >= 3:
                trace.value(f, "L", name)
            return novalue(f, name)
        if level >= 3:
            if operand:
                checked_left_operand(v)
            trace.value(f, "V", number_marks.shown(f, (id(st), tail), v, True)
                        if numeric else v)
        return v
    return compound


def t_expr(node, c):
    kind = node.__class__
    if kind is ast.Literal:
        text = node.value
        v = _literal_value(text)

        def literal(f):
            if f.tracing >= 4:
                trace.value(f, "L", text)
            return v
        return literal
    if kind is ast.Var:
        return t_var(node.name, c)
    if kind is ast.Compound:
        return t_compound(node, c)
    if kind is ast.FunctionCall:
        return c.compile_function_call(node)
    if kind is ast.SpecialVar:
        return _t_special(node.name)
    if kind is ast.UnaryOp:
        return _t_unary(node, c)
    if kind is ast.BinaryOp:
        return _t_binary(node, c)
    raise cannot_compile(repr(node))


#: The DIGITS at which a number literal of a comparison shows (Regina's, whatever DIGITS is).
COMPARED_LITERAL_DIGITS = 9


def t_number_literal(node: ast.Literal, c, compared: bool = False):
    """A literal used as a number (an operand of an arithmetic operator, of a prefix ``+`` /
    ``-``, a DO TO / BY value): Regina converts it first, so it is Error 41 before any
    ``>L>`` when it is not a number, and its ``>L>`` shows it as a number at DIGITS
    (``30000`` at DIGITS 4 as ``3.000E+4``, ``' 1 '`` as ``1``), at the DIGITS of its first
    use from then on. Its value is the literal, as without tracing. A ``compared`` one (a
    number) shows at DIGITS 9 whatever DIGITS is."""
    text = node.value
    v = _literal_value(text)
    if compared:
        def compared_literal(f):
            if f.tracing >= 4:
                trace.value(f, "L", arith().prefix("+", text, COMPARED_LITERAL_DIGITS, f.form))
            return v
        return compared_literal

    first = [None]          # its text at the DIGITS of its first use: Regina keeps that
    again = not c.in_interpret      # number in the literal (an INTERPRET string is parsed
                                    # again each time)
    def number_literal(f):
        shown = first[0]
        if shown is None:
            shown = tostr(prefix_op("+", v, f))     # Error 41 when it is not a number
            if again:
                first[0] = shown
        if f.tracing >= 4:
            trace.value(f, "L", shown)
        return v
    return number_literal


def _number_operand(node, c):
    """An operand of an arithmetic operator: a literal as ``t_number_literal``, a compound
    checked before TRACE R shows it, a signed number literal (``-10001``) traced as a prefix
    operation but worked on as the one literal Regina takes (``expressions.signed_literal``:
    LOSTDIGITS for '-10001' at DIGITS 4), anything else as everywhere."""
    if node.__class__ is ast.Literal:
        return t_number_literal(node, c)
    if node.__class__ is ast.Compound:
        return t_compound(node, c, operand=True)
    if node.__class__ is ast.Var and not node.name.endswith("."):
        return t_var(node.name, c, numeric=True)
    merged = signed_literal(node)
    if merged is not node:
        traced = t_expr(node, c)
        value = merged.value

        def signed(f):
            traced(f)
            return value
        return signed
    return t_expr(node, c)


def _literal_value(text: str):
    return int(text) if text.isdigit() and text.isascii() and str(int(text)) == text else text


def _is_number_literal(node) -> bool:
    return node.__class__ is ast.Literal and arith().is_number(node.value)


def _is_string_literal(node) -> bool:
    return node.__class__ is ast.Literal and not arith().is_number(node.value)


def _shown_twice_unless_number(node, operand):
    """A variable compared (``=`` ``<`` ...) with an operand that is no literal string: at
    TRACE I Regina first looks it up as a number, and when its value is none shows that
    lookup's lines before the lookup's own: a simple variable's line twice, a compound's
    tail and derived name (and, unset, its name) twice but a value once. At TRACE R the
    second lookup shows only the unset ones again (it has found the others): an unset
    variable twice, a compound's unset tail variables twice (its value or name once). An
    unset compound whose NOVALUE is trapped shows them so before the handler runs. Any other operand as it is."""
    cls = node.__class__
    if cls is ast.Compound:
        simple = False
    elif cls is ast.Var and not node.name.endswith("."):
        simple = True
    else:
        return operand
    is_number = arith().is_number

    def compared(f):
        level = f.tracing
        if level < 3:
            return operand(f)
        holds = f.interp.trace_holds
        holds.append((f, []))
        try:
            v = operand(f)
        except BaseException:           # NOVALUE: an unset compound's lines twice too
            lines = holds.pop()[1]
            if lines and not simple:
                trace.show_lines(f.interp, _looked_up_first(lines, simple, level))
            trace.show_lines(f.interp, lines)
            raise
        lines = holds.pop()[1]
        if lines and v.__class__ is str and not is_number(v):
            trace.show_lines(f.interp, _looked_up_first(lines, simple, level))
        trace.show_lines(f.interp, lines)
        return v
    return compared


def _looked_up_first(lines: list, simple: bool, level: int) -> list:
    """The lines Regina's lookup as a number shows of an operand whose lines are ``lines``
    (``_shown_twice_unless_number``)."""
    if level == 3:              # TRACE R: the lookup shows again only what is still unset
        return [line for line in (lines if simple else lines[:-1]) if _unset_line(line)]
    whole = simple or _unset_line(lines[-1])
    return lines if whole else lines[:-1]


def _unset_line(line) -> bool:
    """Whether a held trace line (``trace.show_lines``) is a ``>L>`` one."""
    return line[1].lstrip().startswith(">L>")


def _operand(op: str, node, other, c):
    """Operand ``node`` of binary operator ``op`` (``other`` the one beside it) as Regina
    traces it: an arithmetic one as ``_number_operand``; a literal of a logical operator
    not at all (only the result shows); a number literal of a normal comparison as a number
    (``t_number_literal``) unless the other operand is a literal that is not a number (then
    it compares as a string, and shows as written); anything else as everywhere."""
    if op in ARITH_OPS:
        return _number_operand(node, c)
    if node.__class__ is ast.Literal:
        if op in ("&", "|", "&&"):
            test = compile_literal_condition(node.value)
            return lambda f: "1" if test(f) else "0"
        if (op in COMPARE_OPS and _is_number_literal(node)
                and (other.__class__ is not ast.Literal or _is_number_literal(other))):
            return t_number_literal(node, c, compared=True)
    if op in COMPARE_OPS or op in ("&", "|", "&&"):
        return _numeric_use(node, c)
    return t_expr(node, c)


def _numeric_use(node, c):
    """``node`` where Regina uses its value as a number or truth value (a comparison's or a
    logical operator's operand, a condition): a variable's trace may show the number
    Regina keeps (``number_marks``)."""
    if node.__class__ is ast.Var and not node.name.endswith("."):
        return t_var(node.name, c, numeric=True)
    if node.__class__ is ast.Compound:
        return t_compound(node, c, numeric=True)
    return t_expr(node, c)


def _t_special(name: str):
    """A special variable traced as Regina does, at TRACE R and I each time: ``>V>`` once
    it has a value, ``>L>`` while it is its own name; ``.LINE`` at TRACE I only, as ``>L>``."""
    value = compile_special(name)
    lowest = 4 if name == ".LINE" else 3

    def special(f):
        v = value(f)
        if f.tracing >= lowest:
            known = name != ".LINE" and name in f.interp.special_variables
            trace.value(f, "V" if known else "L", v)
        return v
    return special


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
    op = node.op
    if op == "\\":                   # a literal shows no line of its own (Regina)
        operand = _operand("&", node.operand, None, c)
        return _emit("U", lambda f: "0" if truth(operand(f)) else "1")
    operand = _number_operand(node.operand, c)
    return _emit("P", lambda f: prefix_op(op, operand(f), f))


def _t_chain(node, c):
    """A long left-associated chain of operators (a generated ``1 + 1 + ... + 1``) as one loop
    over its terms, traced as the nested closures of ``_t_binary`` would trace it."""
    steps = []
    while node.__class__ is ast.BinaryOp:
        steps.append((node.op, _operand(node.op, node.right, node.left, c),
                      node.op in ARITH_OPS))
        node = node.left
    steps.reverse()
    first = _operand(steps[0][0], node, None, c)

    def chain(f):
        value = first(f)
        for op, right, arithmetic in steps:
            if arithmetic:
                checked_left_operand(value)
            value = binary_step(op, value, right, f)
            if f.tracing >= 4:
                trace.value(f, "U" if op in ("&", "|", "&&") else "O", value)
        return value
    return chain


def _t_binary(node, c):
    if spine_longer_than(node):
        return _t_chain(node, c)
    op = node.op
    if op in ARITH_OPS:
        left = _number_operand(node.left, c)
        right = _number_operand(node.right, c)
        names = (_written(signed_literal(node.left)), _written(signed_literal(node.right)))
        if op == "**" or op == "/":
            return _t_shown_result(op, left, right, names)
        return _emit("O", lambda f: arith_op(op, checked_left_operand(left(f)), right(f), f,
                                             names))
    left = _operand(op, node.left, node.right, c)
    right = _operand(op, node.right, node.left, c)
    if op in CONCAT_OPS:
        sep = " " if op == " " else ""
        return _emit("O", lambda f: tostr(left(f)) + sep + tostr(right(f)))
    if op in COMPARE_OPS:
        test = COMPARE_TESTS[op]
        if not _is_string_literal(node.left) and not _is_string_literal(node.right):
            left = _shown_twice_unless_number(node.left, left)
            right = _shown_twice_unless_number(node.right, right)
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


def _t_shown_result(op, left, right, names):
    """``**`` or ``/``: its result shown as Regina shows it, before the trailing zeros of a
    power's fraction are dropped (``power_trace``), a rounded quotient with all its digits
    (``quotient_trace``)."""
    def result(f):
        a = checked_left_operand(left(f))
        b = right(f)
        v = arith_op(op, a, b, f, names)
        if f.tracing >= 4:
            if op == "**":
                from rexxlite.compiler.power_trace import shown_power as shown
            else:
                from rexxlite.compiler.quotient_trace import shown_quotient as shown
            trace.value(f, "O", shown(a, b, v, f.digits))
        return v
    return result


def t_str(node, c):
    fn = t_expr(node, c)
    return lambda f: tostr(fn(f))


def t_condition(node, c):
    if node.__class__ is ast.Literal:       # no line of its own (Regina)
        return compile_literal_condition(node.value)
    fn = _numeric_use(node, c)
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


def traced_compound_target(target, setter, c):
    """``setter`` (a compound target's, of an assignment or PARSE) showing, as it stores, its
    tail variables (``>V>``) and derived name (``>C>``, ``show_derived``), as Regina does."""
    stem = target.stem
    parts = _tail_parts(target.tails, c)
    variable_tail = not all(const for const, _part in parts)

    def traced_set(f, v):
        tail = tail_text(parts, f)
        show_derived(f, variable_tail, stem + tail)
        setter(f, v)
    return traced_set


def traced_drop(target, c):
    """What DROP shows of ``target`` before it drops it (TRACE I; R for ``(name)``): an
    indirect list's variable as a reference; a compound with a variable tail its derived
    name (no tail ``>V>``), one with a constant tail nothing. Returns ``fn(frame)``, giving
    the indirect list or the compound's tail; None for a simple variable or a stem."""
    if target.__class__ is ast.Indirect:
        name = target.var.name
        reference = t_var(name, c)

        def indirect(f):
            if get_simple(f.vars, name) is None:      # an unset one drops nothing
                if f.tracing >= 3:
                    trace.value(f, "L", name)
                return None
            return reference(f)
        return indirect
    if target.__class__ is not ast.Compound:
        return None
    stem = target.stem
    if all(isinstance(t, str) for t in target.tails):
        const = ".".join(target.tails)

        def constant_tail(f):             # (as UPPER's: see ``show_derived``)
            f.interp.trace_tails_derived = False
            return const
        return constant_tail
    parts = untraced_tail_parts(target.tails)
    names = [t.name for t in target.tails if not isinstance(t, str)]

    def derived_tail(f):
        tail = tail_text(parts, f)
        pool = f.vars
        if any(get_simple(pool, name) is not None for name in names):
            show_derived(f, True, stem + tail)  # (none when every tail variable is unset:
        return tail                             # Regina's DROP)
    return derived_tail
