"""Regina's ``/``, ``%`` and ``//`` on values kept in numeric form (ints, ``numvalue.Num``, text).

``quotient`` is ``arith._divide``'s ``/`` (then ``arith._finish``) as one int division: the
operands cut to DIGITS+1 digits; Regina's long division brings down digits until it has
DIGITS+1 quotient digits, or until the remainder is zero once every dividend digit is used
(so ``1E+20 / 1`` is ``1E+20``, one digit, and ``100 / 1`` keeps three); that quotient rounded
half up to DIGITS, then the fraction's trailing zeros dropped.

``divide_values`` gives ``/ % //`` of values: the exact int where whole numbers within DIGITS
give one, ``quotient`` for ``/``, ``arith``'s long division for ``%`` and ``//`` (their partial
dividends and the whole-quotient check), each result an int or a ``Num`` by
``numvalue.result``. A long text operand or a DIGITS beyond ``arith.LONG_DIGITS`` takes
``arith.binary`` on text.
"""

from __future__ import annotations

from rexxlite.errors import RexxError
from rexxlite.numbers import arith
from rexxlite.numbers.numvalue import Num, parts, plain_int, result
from rexxlite.numbers.ten_powers import P10, ten_power, trailing_zeros


def quotient(fneg, fc, fn, fexp, sneg, sc, sn, sexp, ccns):
    """``f / s`` as ``arith`` computes it, on ints: ``(neg, c, n, exp)``, value ``0.c*10**exp``.
    Error 42.3 when ``s`` is zero."""
    if sc == 0:
        raise RexxError(42, 3)
    if fc == 0:
        return False, 0, 1, 1
    cut = ccns + 1
    if fn > cut:
        fc //= P10[fn - cut]
        fn = cut
    if sn > cut:
        sc //= P10[sn - cut]
        sn = cut
    # ``shift``: the first partial dividend (fn digits aligned on sn) is below the divisor:
    # ``fc * 10**sn < sc * 10**fn``, with only the shorter one scaled (at DIGITS 2000 the two
    # products of 4,000 digits were half of a division's time)
    if fn == sn:
        shift = 1 if fc < sc else 0
    elif fn < sn:
        shift = 1 if fc * P10[sn - fn] < sc else 0
    else:
        shift = 1 if fc < sc * P10[fn - sn] else 0
    k = ccns + sn - fn + shift            # so that fc * 10**k // sc has DIGITS+1 digits
    q, r = divmod(fc * P10[k], sc)
    n = cut
    exp = n + fexp - fn - sexp + sn - k
    if r == 0 and k > 0:                  # exact: Regina stops once the dividend is used up
        zeros = trailing_zeros(q, k, n)
        if zeros:
            q //= P10[zeros]
            k -= zeros
            n -= zeros
    if n > ccns:
        q, last = divmod(q, 10)
        n = ccns
        if last >= 5:
            q += 1
            if q == P10[ccns]:
                q //= 10
                exp += 1
    if n > 1 and exp < n:                 # the fraction's trailing zeros
        zeros = trailing_zeros(q, min(n - 1, n - exp), n)
        if zeros:
            q //= P10[zeros]
            n -= zeros
    return fneg != sneg, q, n, exp


def _trunc_div(a: int, b: int) -> int:
    q = (a if a >= 0 else -a) // (b if b >= 0 else -b)
    return q if (a < 0) == (b < 0) else -q


def _exact(op: str, a: int, b: int, lim):
    """``a op b`` for ints within DIGITS when Python's int division gives Regina's answer
    (exact and within DIGITS), else None."""
    if b == 0:
        return None
    if op == "/":
        if a % b:
            return None
        return a // b
    if op == "%":
        return _trunc_div(a, b)
    r = (a if a >= 0 else -a) % (b if b >= 0 else -b)
    return -r if a < 0 else r


def _value(num, digits: int, form: str):
    """A finished ``arith`` result ``(neg, dig, exp)`` as a value."""
    neg, dig, exp = num
    c = int(dig)
    if c == 0:
        return 0
    return result(neg, c, len(dig), exp, digits, form)


def divide_values(op: str, a, b, digits: int, form: str):
    """``a op b`` for op in ``/ % //`` and values (int, Num or numeric str), as Regina gives it."""
    ac = a.__class__
    bc = b.__class__
    if ac is str:                       # ``plain_operands`` inline (a call less per operation)
        a = plain_int(a)
        ac = a.__class__
    if bc is str:
        b = plain_int(b)
        bc = b.__class__
    if ac is int and bc is int:
        lim = ten_power(digits)
        if -lim < a < lim and -lim < b < lim:
            r = _exact(op, a, b, lim)
            if r is not None:
                return r
    if digits > arith.LONG_DIGITS or (ac is str and len(a) > arith.LONG_DIGITS) or (
            bc is str and len(b) > arith.LONG_DIGITS):
        return arith.binary(op, str(a), str(b), digits, form)
    f = (a.neg, a.c, a.n, a.exp) if ac is Num else parts(a)     # a Num's parts in place
    s = (b.neg, b.c, b.n, b.exp) if bc is Num else parts(b)
    if op == "/":
        return result(*quotient(*f, *s, digits), digits, form)
    fnum = (f[0], str(f[1]), f[3])
    snum = (s[0], str(s[1]), s[3])
    return _value(arith.operate(op, fnum, snum, digits, form), digits, form)
