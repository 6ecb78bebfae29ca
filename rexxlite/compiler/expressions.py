"""Expressions -> closures ``fn(frame) -> value``.

A value is a ``str`` or an ``int``; an ``int`` stands for the Rexx string ``str(n)`` and is only
made by arithmetic (or a literal) whose result is a whole number within NUMERIC DIGITS, so it
is invisible to the program: every consumer that needs text calls ``tostr``. Any other result
of arithmetic is a ``numvalue.Num`` (text made on demand; ``str()`` / ``tostr`` give it).
Integer ``+ - * ** / % //`` and comparisons run on Python ints when both operands are whole
numbers within DIGITS and Python's answer is Regina's; otherwise ``+``/``-`` go to
``numvalue``, ``*``/``**`` to ``products``, ``/ % //`` to ``division`` (results kept in numeric
form), and everything while LOSTDIGITS is trapped to ``arith``.

Each node is compiled once: variable names, compound tails, built-ins and internal routines are
resolved at compile time where possible; concatenation chains are flattened into one join.
"""

from __future__ import annotations

try:            # (the C module: ``operator`` itself is a start-up cost)
    import _operator as operator
except ImportError:             # not CPython
    import operator

from rexxlite.syntax import ast
from rexxlite.errors import RexxError, cannot_compile
from rexxlite.numbers.arith import NOT_A_NUMBER, ZERO, scan
from rexxlite.numbers.arith import compare as arith_compare
from rexxlite.numbers.division import divide_values
from rexxlite.numbers.numvalue import (P10, UNIT_EXP_KEPT, Num, add_int, add_values, compare_values,
                                       tostr)
from rexxlite.numbers.products import multiply_values, power_values, product_beyond_digits
from rexxlite.runtime.variables import (Ref, Stem, get_simple, set_simple, stem_of, tail_key,
                                        tail_text)
from rexxlite.compiler.code_cache import compiled
from rexxlite.compiler.digit_strings import DIGIT_INTS, to_int

_arith = None


def arith():
    """The arithmetic module, imported on first use (it is written separately)."""
    global _arith
    if _arith is None:
        from rexxlite.numbers import arith as module
        _arith = module
    return _arith




# ----------------------------------------------------------------------------- numbers

def as_int(v, lim: int):
    """``v`` as a Python int when it is a plain whole number with |n| < lim, else None."""
    if v.__class__ is not str:
        if v.__class__ is int:
            return v if -lim < v < lim else None
        return None             # a numvalue.Num: never a plain whole number
    s = v.strip(" ")
    if s.isdigit():
        if not s.isascii():
            return None
        n = int(s)
    elif s[:1] in ("-", "+") and s[1:].isdigit() and s.isascii():
        n = int(s)
    else:
        return None
    return n if -lim < n < lim else None


def from_arith(r: str):
    """A result string of ``arith`` as a value (an int when it is a plain whole number)."""
    if r.isdigit() and len(r) < 19 and r.isascii():
        return int(r)
    if r[:1] == "-" and r[1:].isdigit() and len(r) < 20 and r.isascii():
        return int(r)
    return r


def _trunc_div(a: int, b: int) -> int:
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


def _fast_binary(op: str, a: int, b: int, lim: int):
    """The result of ``a op b`` for ints within DIGITS when it is exact and fits, else None."""
    if op == "+":
        r = a + b
    elif op == "-":
        r = a - b
    elif op == "*":
        r = a * b
    elif op == "/":
        if b == 0 or a % b:
            return None
        r = a // b
    elif op == "%":
        if b == 0:
            return None
        r = _trunc_div(a, b)
    elif op == "//":
        if b == 0:
            return None
        r = abs(a) % abs(b)
        if a < 0:
            r = -r
    elif op == "**":
        if b < 0:
            return None
        if a in (0, 1) or b == 0:
            r = a ** b if b else 1
        elif a == -1:
            r = -1 if b % 2 else 1
        elif b * (abs(a).bit_length() - 1) > lim.bit_length():     # surely too big
            return None
        else:
            r = a ** b
    else:
        return None
    return r if -lim < r < lim else None


def arith_op(op: str, a, b, f, names=None):
    """``a op b`` in general (the slow path). ``names``: the operands as written (for the
    LOSTDIGITS condition's description; None entries or no ``names``: the values)."""
    if "LOSTDIGITS" not in f.traps:
        if op == "+":
            return add_values(a, b, False, f.digits, f.form)
        if op == "-":
            return add_values(a, b, True, f.digits, f.form)
        if op == "*":
            return multiply_values(a, b, f.digits, f.form)
        if op == "**":
            return power_values(a, b, f.digits, f.form)
        return divide_values(op, a, b, f.digits, f.form)

    def lost(index, value):
        name = names[index] if names is not None else None
        f.interp.raise_condition(f, "LOSTDIGITS", value if name is None else name)
    lim = f.lim
    ai = as_int(a, lim)
    if ai is not None:
        bi = as_int(b, lim)
        if bi is not None:
            r = _fast_binary(op, ai, bi, lim)
            if r is not None:
                return r
    return from_arith(arith().binary(op, tostr(a), tostr(b), f.digits, f.form, lost=lost))


def checked_left_operand(v):
    """``v``, the left operand of an arithmetic operator, checked before the right operand is
    evaluated: Regina converts it first, so a value that is no number is Error 41 before a
    function call in the right operand runs (or its trace lines show)."""
    if (v.__class__ is str and not (v.isdigit() and v.isascii())
            and scan(v.strip(" ")) == NOT_A_NUMBER):      # ('²' is a digit to Python)
        raise RexxError(41)
    return v


def prefix_op(op: str, a, f):
    ai = as_int(a, f.lim)
    if ai is not None:
        return -ai if op == "-" else ai
    return from_arith(arith().prefix(op, tostr(a), f.digits, f.form))


def exact_prefix_op(op: str, a, f):
    """``+a`` / ``-a`` with all of ``a``'s digits (a DO TO or BY value), not rounded to DIGITS;
    Error 41 when ``a`` is not a number."""
    if a.__class__ is int:
        return -a if op == "-" else a
    return from_arith(arith().exact_prefix(op, tostr(a)))


_WHITE_SPACE = " \t\n\v\f\r"


def compare(a, b, f) -> int:
    """Rexx normal comparison of two values: -1, 0 or 1."""
    if a.__class__ is Num or b.__class__ is Num:   # (never a plain whole number: first)
        r = compare_values(a, b, f.digits, f.fuzz)
        if r is not None:
            return r
    else:
        lim = f.clim
        ai = as_int(a, lim)
        if ai is not None:
            bi = as_int(b, lim)
            if bi is not None:
                return (ai > bi) - (ai < bi)
    sa, sb = tostr(a), tostr(b)
    r = arith_compare(sa, sb, f.digits, f.fuzz)     # None unless both are numbers
    if r is not None:
        return r
    # Regina strips any white space around the strings unless OPTIONS
    # STRICT_WHITE_SPACE_COMPARISONS says blanks only
    blanks = " " if f.strict_white_space else _WHITE_SPACE
    sa, sb = sa.strip(blanks), sb.strip(blanks)
    n = max(len(sa), len(sb))
    sa, sb = sa.ljust(n), sb.ljust(n)
    return (sa > sb) - (sa < sb)


def strict_compare(a, b) -> int:
    sa, sb = tostr(a), tostr(b)
    return (sa > sb) - (sa < sb)


def truth(v, code: int = 0) -> bool:
    """A value that must be 0 or 1 (Error 34 otherwise)."""
    if v.__class__ is int:
        if v == 1:
            return True
        if v == 0:
            return False
    else:
        v = tostr(v).strip(" ")     # Regina accepts blanks around a logical value
        if v == "1":
            return True
        if v == "0":
            return False
        # Regina also takes a number whose value is 0 (``00``, ``-0``, ``0.0``, ``0e5``) and
        # one written as a single 1 digit with leading zeros only (``01``, ``+1``, ``1.``,
        # ``1e0``, ``0.1e1``); ``1.0`` and ``10e-1`` (a trailing zero) are Error 34 there too.
        number = scan(v)
        if number == ZERO:
            return False
        if number == _ONE:
            return True
    raise RexxError(34)


_ONE = (False, "1", 1)      # ``scan``'s form of a number written as one 1 digit


def literal_truth(text: str):
    """A literal (string or constant symbol) used as a logical value (the condition of IF,
    WHEN, WHILE or UNTIL, an operand of ``\\`` ``&`` ``|`` ``&&``): True or False, or the error
    number its evaluation raises. Regina converts such a literal to a number when it reads the
    program, so one that is no number is Error 41 (where the same value from a variable is 34),
    and a number other than 0 or 1 is Error 34."""
    try:
        return truth(text)
    except RexxError:
        return 41 if scan(text.strip(" ")).__class__ is int else 34


def compile_literal_condition(text: str):
    """``fn(frame) -> bool`` for ``literal_truth(text)``: raising its error when it is one."""
    value = literal_truth(text)
    if value.__class__ is bool:
        return lambda f: value

    def not_logical(f):
        raise RexxError(value)
    return not_logical


# ----------------------------------------------------------------------------- variables

def novalue(f, name: str):
    """The value of an unset variable: its name; raises NOVALUE when trapped."""
    if "NOVALUE" in f.traps:
        f.interp.raise_condition(f, "NOVALUE", name)
    return name


def read_var(f, name: str):
    """General read of simple variable ``name`` (slow path)."""
    v = get_simple(f.vars, name)
    if v is None:
        return novalue(f, name)
    return v


def compile_var(name: str):
    if name.endswith("."):
        def get_stem(f):
            v = get_simple(f.vars, name)
            return novalue(f, name) if v is None else v
        return get_stem

    def get(f):
        try:
            v = f.vars[name]
        except KeyError:
            return novalue(f, name)
        c = v.__class__
        if c is str or c is int:
            return v
        return read_var(f, name)
    return get


def read_tail_var(f, name: str):
    """The value of simple variable ``name`` in a compound's tail: its name when unset, and
    never NOVALUE (Regina raises it for the compound, not for its tail's variables)."""
    v = get_simple(f.vars, name)
    return name if v is None else v


def compile_tail_var(name: str):
    """``compile_var`` for a variable in a compound's tail (``read_tail_var``)."""
    def get(f):
        v = f.vars.get(name)
        c = v.__class__
        if c is str or c is int:
            return v
        return read_tail_var(f, name)
    return get


def compile_tail(tails, c):
    """A closure giving the substituted tail of a compound as its key in ``Stem.tails``
    (``variables.tail_key``: an int tail variable's value as it is), or the constant tail's
    key. An unset tail variable is its name, with no NOVALUE (``read_tail_var``). A tail of
    several parts is always text (it has a dot)."""
    if all(isinstance(t, str) for t in tails):
        const = tail_key(".".join(tails))
        return const, None
    if len(tails) == 1:
        name = tails[0].name

        def tail1(f):
            try:
                v = f.vars[name]
            except KeyError:
                return name
            c_ = v.__class__
            if c_ is int:
                return v
            if c_ is str:
                return tail_key(v) if v < ":" else v
            return tail_key(tostr(read_tail_var(f, name)))
        return None, tail1
    parts = []
    for t in tails:
        if isinstance(t, str):
            parts.append((True, t))
        else:
            parts.append((False, t.name))

    if len(parts) == 2 and not parts[0][0] and not parts[1][0]:
        first, second = parts[0][1], parts[1][1]

        def tail2(f):
            """``stem.i.j``: the two values inline when they are strings or ints."""
            d = f.vars
            v, w = d.get(first), d.get(second)
            if v.__class__ is int:
                v = str(v)
            if w.__class__ is int:
                w = str(w)
            if v.__class__ is not str:
                v = tostr(read_tail_var(f, first))
            if w.__class__ is not str:
                w = tostr(read_tail_var(f, second))
            return v + "." + w
        return None, tail2

    def tailn(f):
        d = f.vars
        out = []
        for const, item in parts:
            if const:
                out.append(item)
                continue
            v = d.get(item)
            c_ = v.__class__
            if c_ is int:
                v = str(v)
            elif c_ is not str:
                v = tostr(read_tail_var(f, item))
            out.append(v)
        return ".".join(out)
    return None, tailn


def unset_number_operand(f, name: str):
    """An unset compound as an operand of arithmetic: Error 41 (its name is no number), even
    when NOVALUE is trapped: Regina converts the operand before it looks for a value."""
    raise RexxError(41)


def compile_compound(node: ast.Compound, c, operand: bool = False):
    """A compound's value; an ``operand`` of arithmetic (or prefix ``-`` ``+``) that is unset
    is ``unset_number_operand``."""
    stem = node.stem
    const, tailfn = compile_tail(node.tails, c)
    unset = unset_number_operand if operand else novalue

    def lookup(f, tail):
        st = f.vars.get(stem)
        if st is None:
            return unset(f, stem + tail_text(tail))
        if st.__class__ is not Stem:
            st = stem_of(f.vars, stem) if st.__class__ is not Ref else None
            if st is None:
                return unset(f, stem + tail_text(tail))
        v = st.tails.get(tail)
        if v is None:
            v = st.default
        elif v.__class__ is not str and v.__class__ is not int:
            v = st.get(tail)
        if v is None:
            return unset(f, stem + tail_text(tail))
        return v

    if tailfn is None:
        return lambda f: lookup(f, const)
    if len(node.tails) == 1:
        tail_name = node.tails[0].name

        def element(f):
            """``stem.i``: a plain string tail and a value set in a plain Stem, inline."""
            d = f.vars
            tail = d.get(tail_name)
            if tail.__class__ is str and tail < ":":
                tail = tail_key(tail)
            if tail.__class__ is str or tail.__class__ is int:
                st = d.get(stem)
                if st.__class__ is Stem:
                    v = st.tails.get(tail)
                    if v.__class__ is str or v.__class__ is int or v.__class__ is Num:
                        return v
                return lookup(f, tail)
            return lookup(f, tailfn(f))
        return element

    def element_n(f):
        """``stem.i.j...``: a value set in a plain Stem, inline."""
        tail = tailfn(f)
        st = f.vars.get(stem)
        if st.__class__ is Stem:
            v = st.tails.get(tail)
            if v.__class__ is str or v.__class__ is int or v.__class__ is Num:
                return v
        return lookup(f, tail)
    return element_n


# ----------------------------------------------------------------------------- compile

ARITH_OPS = {"+", "-", "*", "/", "%", "//", "**"}
CONCAT_OPS = {"||", " ", ""}
COMPARE_OPS = {"=", "\\=", ">", "<", ">=", "<="}
STRICT_OPS = {"==", "\\==", ">>", "<<", ">>=", "<<="}
#: ``COMPARE_TESTS[op](compare(a, b, f), 0)`` and ``STRICT_TESTS[op](a, b)``: the outcome.
COMPARE_TESTS = {"=": operator.eq, "\\=": operator.ne, ">": operator.gt, "<": operator.lt,
                 ">=": operator.ge, "<=": operator.le}
STRICT_TESTS = {"==": operator.eq, "\\==": operator.ne, ">>": operator.gt, "<<": operator.lt,
                ">>=": operator.ge, "<<=": operator.le}


def compile_expr(node, c):
    """``node`` -> ``fn(frame) -> value`` (str or int)."""
    if c.tracing:                   # the trace mode (the compiler gives its module)
        return c.trace_expressions.t_expr(node, c)
    kind = node.__class__
    if kind is ast.Literal:
        value = node.value
        v = value
        if value.isdigit() and value.isascii() and str(int(value)) == value:
            v = int(value)
        key = (v.__class__, v)
        fn = c.constants.get(key)       # one closure per constant: a generated program
        if fn is None:                  # may repeat ``x = 1`` a million times
            fn = c.constants[key] = lambda f: v
        return fn
    if kind is ast.Var:
        return compile_var(node.name)
    if kind is ast.Compound:
        return compile_compound(node, c)
    if kind is ast.FunctionCall:
        return c.compile_function_call(node)
    if kind is ast.SpecialVar:
        return compile_special(node.name)
    if kind is ast.UnaryOp:
        return _compile_unary(node, c)
    if kind is ast.BinaryOp:
        op = node.op
        if op in CONCAT_OPS:
            return _compile_concat(node, c)
        if spine_longer_than(node):
            return _compile_chain(node, c)
        if op in ARITH_OPS:
            return _compile_arith_node(node, c)
        if op in COMPARE_OPS or op in STRICT_OPS:
            test = compile_condition(node, c)
            return lambda f: "1" if test(f) else "0"
        if op in ("&", "|", "&&"):
            test = compile_condition(node, c)
            return lambda f: "1" if test(f) else "0"
    raise cannot_compile(repr(node))


def compile_special(name: str):
    """A special variable (``.RS``): its value, or its name while it has none."""
    if name == ".LINE":
        return lambda f: str(f.cl.line if f.cl is not None else 0)

    def special(f):
        return f.interp.special_variables.get(name, name)
    return special


def compile_str(node, c):
    """Like ``compile_expr`` but the closure always returns a ``str``."""
    if c.tracing:                   # the trace mode (the compiler gives its module)
        return c.trace_expressions.t_str(node, c)
    if node.__class__ is ast.Literal:
        value = node.value
        return lambda f: value
    fn = compile_expr(node, c)

    def as_str(f):
        v = fn(f)
        return v if v.__class__ is str else str(v)
    return as_str


def _compile_unary(node, c):
    if node.operand.__class__ is ast.Compound and node.op != "\\":
        operand = compile_compound(node.operand, c, operand=True)
    else:
        operand = compile_expr(node.operand, c)
    op = node.op
    if op == "\\":
        test = compile_condition(node.operand, c)
        return lambda f: "0" if test(f) else "1"
    if op == "-":
        def neg(f):
            a = operand(f)
            if a.__class__ is int:
                lim = f.lim
                if -lim < a < lim:
                    return -a
            return prefix_op("-", a, f)
        return neg

    def plus(f):
        a = operand(f)
        if a.__class__ is int:
            lim = f.lim
            if -lim < a < lim:
                return a
        return prefix_op("+", a, f)
    return plus


# Specialised closures for the hot binary operators are generated from source text: each
# operand is fetched inline (a variable straight from the pool dict, a constant as a captured
# value), then the int fast path, then the general path.

def _fetch_var(before_read: str = "") -> str:
    """The source fetching variable operand ``{x}``: from the pool dict, or ``read_var`` when
    it is not a plain value (unset, or exposed), after the statement ``before_read``."""
    return ("    {x} = d.get({x}_name)\n"
            "    {x}c = {x}.__class__\n"
            "    if {x}c is not int and {x}c is not str and {x}c is not Num:\n"
            + before_read +
            "        {x} = read_var(f, {x}_name)\n"
            "        {x}c = {x}.__class__\n")


_FETCH = {
    "var": _fetch_var(),
    # a right operand of arithmetic that is a variable: when it is not a plain value, the
    # left operand is checked first, before NOVALUE can be raised (Regina)
    "var after left": _fetch_var("        if ac is str:\n            checked_left_operand(a)\n"),
    "const": "    {x} = {x}_const\n    {x}c = {x}.__class__\n",
    "expr": "    {x} = {x}_fn(f)\n    {x}c = {x}.__class__\n",
}


# A string operand of plain ASCII digits (``parse var rec id ','`` then ``total + id``) is
# taken as the int it stands for; anything else takes the general path.
_DIGITS_TO_INT = "".join(f"    if {x}c is str:\n"
                         + "\n".join(to_int(x, "n", "DIGIT_INTS", "        ", True)) + "\n"
                         + f"        {x} = n\n        {x}c = {x}.__class__\n" for x in "ab")


def _int_op(op: str) -> str:
    """The int fast path of ``op``: exact when operands and result are within DIGITS."""
    return (_DIGITS_TO_INT
            + "    if ac is int and bc is int:\n"
            "        lim = f.lim\n"
            f"        r = a {op} b\n"
            "        if not (-lim < r < lim and -lim < a < lim and -lim < b < lim):\n"
            f"            r = arith_op('{op}', a, b, f, names)\n")


# ``*`` of ints: the exact product within DIGITS; past it, of operands within DIGITS (which
# lose no digits: no LOSTDIGITS to check), Regina's rounding in one call.
_MULTIPLY_OP = (
    _DIGITS_TO_INT
    + "    if ac is int and bc is int:\n"
    "        lim = f.lim\n"
    "        r = a * b\n"
    "        if not -lim < r < lim:\n"
    "            if -lim < a < lim and -lim < b < lim:\n"
    "                r = product_beyond_digits(a, b, f.digits, f.form)\n"
    "            else:\n"
    "                r = arith_op('*', a, b, f, names)\n"
    "        elif not (-lim < a < lim and -lim < b < lim):\n"
    "            r = arith_op('*', a, b, f, names)\n"
    "    else:\n"
    "        r = arith_op('*', a, b, f, names)\n")


def _num_plus_int(op: str) -> str:
    """The ``Num``-and-int branch of ``+`` / ``-``: ``numvalue.add_int``, and for ``+`` first
    ``s = s + i`` beyond DIGITS inline: ``a`` (a Num of DIGITS digits ending above the units)
    plus a positive int. ``a.c`` ends one digit above where ``b`` is cut, so the sum rounded
    there is ``a.c`` plus ``b`` cut and rounded; a carry or anything else goes to ``add_int``."""
    if op == "-":
        return "        r = add_int(a, -b, f.digits, f.form)\n"
    return ("        digits = f.digits\n"
            "        exp = a.exp\n"
            "        if b > 0 and exp > digits and a.n == digits and not a.neg"
            f" and f.form == 'SCIENTIFIC' and exp - digits - 1 <= {UNIT_EXP_KEPT}:\n"
            "            r = a.c + (b // P10[exp - digits - 1] + 5) // 10\n"
            "            if r < f.lim:\n"
            "                r = Num(False, r, digits, exp, digits, 'SCIENTIFIC')\n"
            "            else:\n"
            "                r = add_int(a, b, digits, f.form)\n"
            "        else:\n"
            "            r = add_int(a, b, digits, f.form)\n")


def _add_op(op: str) -> str:
    """``+`` or ``-``: ints, then a ``Num`` and an int, then any values, all in numeric form
    unless LOSTDIGITS is trapped (``arith`` reports it)."""
    return (_int_op(op)
            + "    elif 'LOSTDIGITS' in f.traps:\n"
            f"        r = arith_op('{op}', a, b, f, names)\n"
            "    elif ac is Num and bc is int:\n"
            + _num_plus_int(op)
            + "    else:\n"
            f"        r = add_values(a, b, {op == '-'}, f.digits, f.form)\n")


# ``**`` of ints: the exact power when it is small (a whole base within DIGITS and a power
# below 64 cannot lose digits, so ``power_values`` decides the rest, LOSTDIGITS or not).
_POWER_OP = (
    _DIGITS_TO_INT
    + "    if ac is int and bc is int and 0 <= b < 64 and -f.lim < a < f.lim:\n"
    "        if b * a.bit_length() <= 256:\n"
    "            r = a ** b\n"
    "            if not -f.lim < r < f.lim:\n"
    "                r = power_values(a, b, f.digits, f.form)\n"
    "        else:\n"
    "            r = power_values(a, b, f.digits, f.form)\n"
    "    else:\n"
    "        r = arith_op('**', a, b, f, names)\n")


def _division_op(op: str, exact: str) -> str:
    """``/ % //`` of ints within DIGITS (``exact``: the statements giving ``r`` for a non-zero
    ``b``, or leaving it None when Python's division is not Regina's answer)."""
    return (_DIGITS_TO_INT
            + "    r = None\n"
            "    if ac is int and bc is int and b and -f.lim < a < f.lim and -f.lim < b < f.lim:\n"
            + "".join("        " + line + "\n" for line in exact.splitlines())
            + "    if r is None:\n"
            f"        r = arith_op('{op}', a, b, f, names)\n")


_ARITH_BODY = {
    "+": _add_op("+"),
    "-": _add_op("-"),
    "*": _MULTIPLY_OP,
    "**": _POWER_OP,
    "/": _division_op("/", "if not a % b:\n    r = a // b"),
    "%": _division_op("%", "r = a // b if (a < 0) == (b < 0) else -(-a // b)"),
    "//": _division_op("//", "r = (a if a >= 0 else -a) % (b if b >= 0 else -b)\n"
                             "if a < 0:\n    r = -r"),
}

# What a generated closure does with the result ``r`` of an arithmetic body: return it (an
# expression), or store it in a simple variable (``name = a op b``, one closure per clause).
_RETURN = "    return r\n"
_STORE = ("    if f.has_refs:\n"
          "        set_simple(d, target, r)\n"
          "    else:\n"
          "        d[target] = r\n")

_COMPARE_BODY = (
    _DIGITS_TO_INT
    + "    if ac is int and bc is int:\n"
    "        lim = f.clim\n"
    "        if -lim < a < lim and -lim < b < lim:\n"
    "            return a {op} b\n"
    "    return compare(a, b, f) {op} 0\n")

_generated: dict = {}

# Before an operand that may call a function (an ``expr``): the left one checked
# (``checked_left_operand``; a constant that is no number is checked when compiled, ``_operand``).
_CHECK_LEFT = "    if ac is str:\n        checked_left_operand(a)\n"


def _operand(node, c, arithmetic: bool = False):
    """(kind, payload) of an operand: a plain variable, a constant or any expression (of
    arithmetic, a literal that is no number as one raising Error 41, so that it comes before
    the right operand's function calls, as in Regina)."""
    cls = node.__class__
    if cls is ast.Var and not node.name.endswith("."):
        return "var", node.name
    if cls is ast.Literal:
        value = compile_expr(node, c)(None)
        if arithmetic:
            try:
                checked_left_operand(value)
            except RexxError:
                return "expr", lambda f: checked_left_operand(value)
        return "const", value
    if arithmetic and cls is ast.Compound and not c.tracing:
        return "expr", compile_compound(node, c, operand=True)
    return "expr", compile_expr(node, c)


def _generate(key: tuple, body: str, prologue: str = ""):
    factory = _generated.get(key)
    if factory is None:
        ka, kb = key[1], key[2]
        src = ("def factory(a_name, a_const, a_fn, b_name, b_const, b_fn, names, target, info):\n"
               " def op(f):\n"
               + "".join("   " + line + "\n" for line in
                         (prologue + "    d = f.vars\n" + _FETCH[ka].format(x="a")
                          + (_CHECK_LEFT if kb == "expr" and ka != "const"
                             and key[0].lstrip("=") in _ARITH_BODY else "")
                          + _FETCH["var after left" if kb == "var" and ka != "const"
                                   and key[0].lstrip("=") in _ARITH_BODY
                                   else kb].format(x="b") + body).splitlines())
               + " return op\n")
        namespace = {"read_var": read_var, "arith_op": arith_op, "compare": compare,
                     "checked_left_operand": checked_left_operand,
                     "power_values": power_values, "product_beyond_digits": product_beyond_digits,
                     "add_values": add_values, "add_int": add_int, "P10": P10, "Num": Num,
                     "set_simple": set_simple, "DIGIT_INTS": DIGIT_INTS}
        exec(compiled(src, f"<rexxlite {key[0]}>"), namespace)
        factory = _generated[key] = namespace["factory"]
    return factory


def signed_literal(node):
    """``-10001`` written as an operand of arithmetic: one literal ``'-10001'``, as Regina
    takes it (so at NUMERIC DIGITS 4 ``-10001 - 1`` raises LOSTDIGITS for '-10001');
    any other node unchanged."""
    if (node.__class__ is ast.UnaryOp and node.op == "-"
            and node.operand.__class__ is ast.Literal
            and _plain_number(node.operand.value)):
        return ast.Literal("-" + node.operand.value)
    return node


def _plain_number(text: str) -> bool:
    """A number written without sign or blanks (the pattern made only for one that may be)."""
    if text.isdigit() and text.isascii():
        return True
    from rexxlite.syntax.sre_patterns import pattern
    return pattern(r"(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?\Z").match(text) is not None


def _specialised(key_op: str, body: str, left_node, right_node, c, target=None, info=None):
    left_node, right_node = signed_literal(left_node), signed_literal(right_node)
    arithmetic = key_op in _ARITH_BODY
    ka, pa = _operand(left_node, c, arithmetic)
    kb, pb = _operand(right_node, c, arithmetic)
    if target is None:
        factory = _generate((key_op, ka, kb), body)
    else:
        factory = _generate(("=" + key_op, ka, kb), body, "    f.cl = info\n")
    return factory(pa if ka == "var" else None, pa if ka == "const" else None,
                   pa if ka == "expr" else None, pb if kb == "var" else None,
                   pb if kb == "const" else None, pb if kb == "expr" else None,
                   (_written(left_node), _written(right_node)), target, info)


def compile_arith_assign(name: str, node, c, info):
    """``name = a op b`` for op in ``+ - * ** / % //`` as one closure (None for anything
    else)."""
    if c.tracing or node.__class__ is not ast.BinaryOp or node.op not in _ARITH_BODY:
        return None
    return _specialised(node.op, _ARITH_BODY[node.op] + _STORE, node.left, node.right, c,
                        name, info)


def _written(node):
    """An operand as written, for LOSTDIGITS: a variable's name, a literal; else None."""
    cls = node.__class__
    if cls is ast.Var:
        return node.name
    if cls is ast.Literal:
        return node.value
    return None


def _compile_arith_node(node, c):
    op = node.op
    if op in _ARITH_BODY:
        return _specialised(op, _ARITH_BODY[op] + _RETURN, node.left, node.right, c)
    left_node, right_node = signed_literal(node.left), signed_literal(node.right)
    left = compile_expr(left_node, c)
    right = compile_expr(right_node, c)
    names = (_written(left_node), _written(right_node))

    def other(f):
        return arith_op(op, left(f), right(f), f, names)
    return other


#: A left-associated chain of operators longer than this (``1 + 1 + ... + 1``, from a generated
#: program) is compiled as one loop: the usual one closure per operator nests as deep as the
#: chain, and a chain of 100,000 terms exhausts Python's stack.
LONG_CHAIN = 64


def spine_longer_than(node, limit: int = LONG_CHAIN) -> bool:
    """Whether ``node`` has more than ``limit`` binary operators down its left side."""
    for _ in range(limit):
        node = node.left
        if node.__class__ is not ast.BinaryOp:
            return False
    return True


def binary_step(op: str, value, right, f, names=None):
    """``value op right(f)`` for any binary operator (``right`` is evaluated here, after a
    logical operator has checked ``value``, in the order the nested closures keep)."""
    if op in ARITH_OPS:
        return arith_op(op, checked_left_operand(value), right(f), f, names)
    if op in CONCAT_OPS:
        return tostr(value) + (" " if op == " " else "") + tostr(right(f))
    if op in COMPARE_OPS:
        return "1" if COMPARE_TESTS[op](compare(value, right(f), f), 0) else "0"
    if op in STRICT_OPS:
        return "1" if STRICT_TESTS[op](tostr(value), tostr(right(f))) else "0"
    a = truth(value)
    b = truth(right(f))
    r = (a and b) if op == "&" else (a or b) if op == "|" else (a != b)
    return "1" if r else "0"


def _chain_term(op: str, node, c):
    """A term of a long chain, beside operator ``op``: a literal beside a logical operator
    as ``compile_literal_condition`` reads it, anything else as ``compile_expr``."""
    if node.__class__ is ast.Literal and op in ("&", "|", "&&"):
        test = compile_literal_condition(node.value)
        return lambda f: "1" if test(f) else "0"
    return compile_expr(node, c)


def _compile_chain(node, c):
    """``t0 op1 t1 op2 t2 ...`` (the left spine of a long chain) as a loop over the terms."""
    steps = []
    while node.__class__ is ast.BinaryOp:
        steps.append((node.op, _chain_term(node.op, node.right, c), _written(node.right)))
        node = node.left
    steps.reverse()
    first = _chain_term(steps[0][0], node, c)
    first_name = _written(node)

    def chain(f):
        value = first(f)
        left_name = first_name
        for op, term, name in steps:
            value = binary_step(op, value, term, f, (left_name, name))
            left_name = None
        return value
    return chain


def _flatten_concat(node, out):
    """The terms of a concatenation chain, in order, with ``" "`` for each blank operator
    (a loop over an explicit stack: a generated chain may be 100,000 terms long)."""
    pending = [node]
    while pending:
        item = pending.pop()
        if item.__class__ is ast.BinaryOp and item.op in CONCAT_OPS:
            pending.append(item.right)
            if item.op == " ":
                pending.append(" ")
            pending.append(item.left)
        else:
            out.append(item)


def _compile_concat(node, c):
    items: list = []
    _flatten_concat(node, items)
    # Merge adjacent constants (literals and the blank separators).
    parts: list = []
    for item in items:
        const = item if isinstance(item, str) else (
            item.value if item.__class__ is ast.Literal else None)
        if const is not None and parts and isinstance(parts[-1], str):
            parts[-1] += const
        elif const is not None:
            parts.append(const)
        else:
            parts.append(compile_expr(item, c))
    if len(parts) == 2:
        a, b = parts
        if isinstance(a, str):
            def cat_cs(f):
                v = b(f)
                return a + (v if v.__class__ is str else str(v))
            return cat_cs
        if isinstance(b, str):
            def cat_sc(f):
                v = a(f)
                return (v if v.__class__ is str else str(v)) + b
            return cat_sc

        def cat2(f):
            x = a(f)
            y = b(f)
            return (x if x.__class__ is str else str(x)) + (y if y.__class__ is str else str(y))
        return cat2
    if len(parts) == 1:
        only = parts[0]
        return (lambda f: only) if isinstance(only, str) else only
    fns = [(p if not isinstance(p, str) else (lambda s: (lambda f: s))(p)) for p in parts]

    def catn(f):
        out = []
        for fn in fns:
            v = fn(f)
            out.append(v if v.__class__ is str else str(v))
        return "".join(out)
    return catn


# ----------------------------------------------------------------------------- conditions

def compile_condition(node, c):
    """``node`` -> ``fn(frame) -> bool`` (Error 34 when the value is not 0 or 1)."""
    if c.tracing:                   # the trace mode (the compiler gives its module)
        return c.trace_expressions.t_condition(node, c)
    kind = node.__class__
    if kind is ast.BinaryOp and not spine_longer_than(node):
        op = node.op
        if op in COMPARE_OPS:
            return _compile_compare_node(node, c)
        if op in STRICT_OPS:
            return _compile_strict(op, compile_str(node.left, c), compile_str(node.right, c))
        if op in ("&", "|", "&&"):
            left = compile_condition(node.left, c)
            right = compile_condition(node.right, c)
            if op == "&":
                def and_(f):
                    a = left(f)
                    b = right(f)        # Regina evaluates both sides
                    return a and b
                return and_
            if op == "|":
                def or_(f):
                    a = left(f)
                    b = right(f)
                    return a or b
                return or_

            def xor(f):
                return left(f) != right(f)
            return xor
    if kind is ast.UnaryOp and node.op == "\\":
        inner = compile_condition(node.operand, c)
        return lambda f: not inner(f)
    if kind is ast.Literal:
        return compile_literal_condition(node.value)
    fn = compile_expr(node, c)

    def test(f):
        v = fn(f)
        if v == "1" or v == 1:
            return True
        if v == "0" or v == 0:
            return False
        return truth(v)
    return test


_PY_COMPARE = {"=": "==", "\\=": "!=", "<": "<", ">": ">", "<=": "<=", ">=": ">="}


def _compile_compare_node(node, c):
    op = _PY_COMPARE[node.op]
    return _specialised("cmp" + op, _COMPARE_BODY.format(op=op), node.left, node.right, c)


def _compile_strict(op, left, right):
    if op == "==":
        return lambda f: left(f) == right(f)
    if op == "\\==":
        return lambda f: left(f) != right(f)
    if op == ">>":
        return lambda f: left(f) > right(f)
    if op == "<<":
        return lambda f: left(f) < right(f)
    if op == ">>=":
        return lambda f: left(f) >= right(f)
    return lambda f: left(f) <= right(f)
