"""What generated code calls when its inline fast path does not decide: the exact paths.

Each helper takes the values the inline code already fetched, so an operand is evaluated once
and in Rexx's order, and does what the closure compiler's generated arithmetic does from the
same point (``expressions._add_op`` / ``_int_op``): plain-digit strings as ints, the int path,
``Num + int``, ``add_values``, and ``arith_op`` (which raises Error 41 or LOSTDIGITS).
"""

from __future__ import annotations

from rexxlite.compiler.do_loops import compare_to_limit
from rexxlite.compiler.expressions import arith_op
from rexxlite.numbers.arith import LONG_DIGITS
from rexxlite.numbers.numvalue import Num, add_int, add_parts, add_values, parts, result
from rexxlite.numbers.division import quotient
from rexxlite.numbers.products import multiply_parts, power, product_beyond_digits, square
from rexxlite.numbers.ten_powers import P10_LIST, SMALL_POWERS, digit_count


def _as_small_int(v, digits: int):
    """A text of plain ASCII digits as an int when it is within DIGITS (so below ``f.lim``;
    at a large NUMERIC DIGITS, as in ``numeric digits 200``, a long one too: the int paths
    then take it instead of a scan of its text), else ``v`` itself."""
    if v.__class__ is str and v.isdigit() and v.isascii() and (
            len(v) < 19 or len(v) <= digits and len(v) <= LONG_DIGITS):
        return int(v)
    return v


def add_slow(op: str, a, b, f, names):
    """``a + b`` / ``a - b`` when the inline int path did not decide."""
    if a.__class__ is Num and "LOSTDIGITS" not in f.traps:
        if b.__class__ is Num:
            # two fractions (``x + dx``): their parts in place, straight to the sum
            return add_parts(a.neg, a.c, a.n, a.exp, b.neg if op == "+" else not b.neg, b.c,
                             b.n, b.exp, f.digits, f.form)
        if b.__class__ is int and a.exp <= f.digits:
            # a fraction and a whole number (``x - 3``): the int's parts made here
            sneg = b < 0
            sc = -b if sneg else b
            sn = digit_count(sc)
            return add_parts(a.neg, a.c, a.n, a.exp, sneg if op == "+" else not sneg, sc, sn,
                             sn, f.digits, f.form)
    if a.__class__ is Num and b.__class__ is int and op == "+" and b > 0:
        # first the commonest: a whole number beyond DIGITS (shown 1.23456789E+10) plus a
        # smaller one, no carry out of its digits (else ``add_int`` decides)
        digits = f.digits
        below = a.exp - digits - 1      # the power of ten of the digit below a's last
        if (below >= 0 and a.n == digits and not a.neg and f.form == "SCIENTIFIC"
                and "LOSTDIGITS" not in f.traps):
            if below < SMALL_POWERS:
                cut = (b // P10_LIST[below] + 5) // 10      # b rounded at a's last digit
            else:
                cut = 0 if b.bit_length() <= 3 * below else -1  # (below 8**below: 0)
            if cut == 0 and a.digits == digits and a.form == "SCIENTIFIC":
                return a        # b rounds away: the sum is a, a value that never changes
            if cut >= 0:
                r = a.c + cut
                if r < f.lim:
                    return Num(False, r, digits, a.exp, digits, "SCIENTIFIC")
    ac, bc = a.__class__, b.__class__
    if (ac is Num and (bc is Num or bc is int and a.exp <= f.digits
                       or bc is str and len(b) <= LONG_DIGITS)
            or bc is Num and (ac is int or ac is str and len(a) <= LONG_DIGITS)
            or ac is str and len(a) <= LONG_DIGITS
            and (bc is int or bc is str and len(b) <= LONG_DIGITS)) \
            and "LOSTDIGITS" not in f.traps:
        # non-integer arithmetic (a Num and a Num, an int, or a text such as a literal ``1.6``;
        # a text and an int or a text, as a fraction passed as an argument is; not a whole
        # Num beyond DIGITS and an int, ``add_int``'s): ``add_values``' own path without its
        # operand conversions (a plain whole text gives the int ``add_values`` would)
        fneg, fc, fn, fexp = (a.neg, a.c, a.n, a.exp) if ac is Num else parts(a)
        sneg, sc, sn, sexp = (b.neg, b.c, b.n, b.exp) if bc is Num else parts(b)
        return add_parts(fneg, fc, fn, fexp, sneg if op == "+" else not sneg, sc, sn, sexp,
                         f.digits, f.form)
    a = _as_small_int(a, f.digits)
    b = _as_small_int(b, f.digits)
    ac, bc = a.__class__, b.__class__
    if ac is int and bc is int:
        lim = f.lim
        r = a + b if op == "+" else a - b
        if -lim < r < lim and -lim < a < lim and -lim < b < lim:
            return r
        return arith_op(op, a, b, f, names)
    if "LOSTDIGITS" in f.traps:
        return arith_op(op, a, b, f, names)
    if ac is Num and bc is int:
        return add_int(a, -b if op == "-" else b, f.digits, f.form)
    return add_values(a, b, op == "-", f.digits, f.form)


def multiply_slow(a, b, f, names):
    """``a * b`` when the inline int path did not decide."""
    ac, bc = a.__class__, b.__class__
    if ac is Num and bc is Num and f.digits <= LONG_DIGITS and "LOSTDIGITS" not in f.traps:
        return multiply_parts(a.neg, a.c, a.n, a.exp, b.neg, b.c, b.n, b.exp, f.digits,
                              f.form)
    if (ac is Num and (bc is Num or bc is int or bc is str and len(b) <= LONG_DIGITS)
            or bc is Num and (ac is int or ac is str and len(a) <= LONG_DIGITS)
            or ac is str and len(a) <= LONG_DIGITS
            and (bc is int or bc is str and len(b) <= LONG_DIGITS)) \
            and f.digits <= LONG_DIGITS and "LOSTDIGITS" not in f.traps:
        # non-integer arithmetic (texts too, as ``add_slow`` takes them): ``multiply_values``'
        # own path without its conversions
        fneg, fc, fn, fexp = (a.neg, a.c, a.n, a.exp) if ac is Num else parts(a)
        sneg, sc, sn, sexp = (b.neg, b.c, b.n, b.exp) if bc is Num else parts(b)
        return multiply_parts(fneg, fc, fn, fexp, sneg, sc, sn, sexp, f.digits, f.form)
    a = _as_small_int(a, f.digits)
    b = _as_small_int(b, f.digits)
    if a.__class__ is int and b.__class__ is int:
        lim = f.lim
        r = a * b
        if -lim < r < lim and -lim < a < lim and -lim < b < lim:
            return r
    return arith_op("*", a, b, f, names)


def divide_slow(a, b, f, names):
    """``a / b`` where one operand at least is a ``Num``: ``divide_values``' own path without
    its conversions (the operands' parts to ``quotient``); anything else ``arith_op``."""
    ac, bc = a.__class__, b.__class__
    if (ac is Num and (bc is Num or bc is int or bc is str and len(b) <= LONG_DIGITS)
            or bc is Num and (ac is int or ac is str and len(a) <= LONG_DIGITS)) \
            and f.digits <= LONG_DIGITS and "LOSTDIGITS" not in f.traps:
        fneg, fc, fn, fexp = (a.neg, a.c, a.n, a.exp) if ac is Num else parts(a)
        sneg, sc, sn, sexp = (b.neg, b.c, b.n, b.exp) if bc is Num else parts(b)
        digits = f.digits
        return result(*quotient(fneg, fc, fn, fexp, sneg, sc, sn, sexp, digits), digits,
                      f.form)
    return arith_op("/", a, b, f, names)


def power_slow(a, y: int, f, names):
    """``a ** y`` for a literal power ``y`` of 2..4 when the inline product did not decide: an
    int base within DIGITS goes straight to Regina's powering on ints (``products.power``, the
    same roundings as ``power_values``) and a numeric-form result, so does a ``Num`` base (its
    parts in place); anything else ``arith_op``."""
    if a.__class__ is Num:
        digits = f.digits
        if digits <= LONG_DIGITS and "LOSTDIGITS" not in f.traps:
            # a non-integer base (``(x - cx) ** 2``): ``power_values``' own path without
            # its operand checks (a Num is a number, its parts are in place)
            if y == 2:
                return square(a.neg, a.c, a.n, a.exp, digits, f.form)
            return result(*power((a.neg, a.c, a.n, a.exp), y, digits), digits, f.form)
        return arith_op("**", a, y, f, names)
    if a.__class__ is not int:
        a = _as_small_int(a, f.digits)
    if a.__class__ is int and "LOSTDIGITS" not in f.traps:
        digits = f.digits
        lim = f.lim
        if -lim < a < lim and digits <= LONG_DIGITS:
            if y == 2 and not -lim < a * a < lim:
                return product_beyond_digits(a, a, digits, f.form)
            return result(*power(parts(a), y, digits), digits, f.form)
    return arith_op("**", a, y, f, names)


def text(v) -> str:
    """A value as its Rexx string."""
    return v if v.__class__ is str else str(v)


def finish_loop(f, v, to_v, by_v, limit, up, getter, setter, info, general):
    """A ``DO i = a TO b`` whose step left the inline int path (the control variable is no
    longer an int, or the sum is beyond DIGITS): the step the general way, then the closure
    compiler's general loop runs the rest (its result is the loop's control token)."""
    f.cl = info
    if v is None or v.__class__ is not int and v.__class__ is not str:
        v = getter(f)
    v = arith_op("+", v, by_v, f)
    setter(f, v)
    return general(f, v, to_v, by_v, limit, up)


def step_control(f, v, by_v, getter, setter, info):
    """A generated loop's step where the inline int path does not decide (a value or step
    that is not a whole number within DIGITS, references in the pool): the control variable
    read again (NOVALUE when the body dropped it), ``+ by`` Rexx's way, stored."""
    f.cl = info                 # (the DO clause's: NOVALUE's SIGL when the body dropped it)
    if v is None or f.has_refs or v.__class__ is not int and v.__class__ is not str:
        v = getter(f)
    if v.__class__ is int and by_v.__class__ is int:
        # an EXPOSEd control variable (references in the pool) holding a whole number: the
        # int step, stored through the reference
        lim = f.lim
        w = v + by_v
        if -lim < w < lim and -lim < v < lim and -lim < by_v < lim:
            setter(f, w)
            return w
    v = add_slow("+", v, by_v, f, None)
    setter(f, v)
    return v


def past_limit(f, v, to_v, up) -> bool:
    """Whether control value ``v`` is past TO's ``to_v`` (above it going up, below going down)
    where they are not both ints."""
    cmp = compare_to_limit(v, to_v, f)
    return cmp > 0 if up else cmp < 0
