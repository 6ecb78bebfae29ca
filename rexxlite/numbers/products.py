"""Regina's ``*`` and ``**`` on values kept in numeric form (ints, ``numvalue.Num``, text).

``multiply`` follows ``arith._multiply`` and ``arith._finish`` step by step on ints instead of
digit strings: each operand cut to DIGITS+1 digits, the exact product rounded half up to
DIGITS digits counting a leading zero twice (``arith._round``), then rounded again to DIGITS.
``power`` follows ``arith._power``: left-to-right binary powering where every product is that
first rounding alone, a negative power ``1 / x`` by Regina's division, and at the end the
rounding to DIGITS and the fraction's trailing zeros dropped.

``multiply_parts`` works the commonest products inline (exact within DIGITS, or of operands
of at most DIGITS+1 digits: ``_round_product``, ``multiply``'s two roundings on the exact
product) and ``square`` the power 2 (``zr ** 2``) the same way.

``multiply_values`` / ``power_values`` give the result as ``numvalue.result`` makes it: an int
for a plain whole number within DIGITS, else a ``Num`` (text made only when asked for). Text
operands of more than ``arith.LONG_DIGITS`` digits, or a NUMERIC DIGITS beyond it, take
``arith.binary`` on text (an int's conversions from and to text are quadratic in its length).
"""

from __future__ import annotations

from rexxlite.errors import RexxError
from rexxlite.numbers.arith import LONG_DIGITS, MAX_EXPONENT, binary, whole_value
from rexxlite.numbers.division import quotient
from rexxlite.numbers.numvalue import Num, parts, plain_int, plain_operands, result, rounded
from rexxlite.numbers.ten_powers import (
    P10, P10_LIST, SMALL_POWERS, digit_count, ten_power, trailing_zeros)

_ONE = (False, 1, 1, 1)


def _cut_product(fneg, fc, fn, fexp, sneg, sc, sn, sexp, ccns):
    """``arith._multiply`` on ints: the product of the operands cut to DIGITS+1 digits,
    rounded once, leading zeros stripped; ``(neg, c, n, exp)``."""
    if fc == 0 or sc == 0:
        return False, 0, 1, 1
    cut = ccns + 1
    if fn > cut:
        fc //= P10[fn - cut]
        fn = cut
    if sn > cut:
        sc //= P10[sn - cut]
        sn = cut
    product = fc * sc
    size = fn + sn
    exp = fexp + sexp
    leading = product < P10[size - 1]       # the product is one digit shorter than size
    keep = ccns + 2 if leading else ccns
    if size > keep:
        unit = P10[size - keep]
        product, rest = divmod(product, unit)
        if rest + rest >= unit:
            product += 1
            if not leading and product == P10[keep]:       # 99..9 rounded up
                product //= 10
                exp += 1
        size = keep
    n = digit_count(product)
    return fneg != sneg, product, n, exp - (size - n)


def rounded_product(fneg, fc, fn, fexp, sneg, sc, sn, sexp, ccns):
    """``arith._multiply`` then ``arith._strip_checked`` (as inside ``**``): the cut product,
    Error 42 when its exponent is out of Regina's range."""
    neg, product, n, exp = _cut_product(fneg, fc, fn, fexp, sneg, sc, sn, sexp, ccns)
    if exp - 1 > MAX_EXPONENT or -MAX_EXPONENT > exp + 1:
        raise RexxError(42)
    return neg, product, n, exp


def _round_to(neg, c, n, exp, ccns):
    """``arith._round`` of a stripped number: ``ccns`` digits kept, half up."""
    if n <= ccns:
        return neg, c, n, exp
    unit = P10[n - ccns]
    c, rest = divmod(c, unit)
    if rest + rest >= unit:
        c += 1
        if c == P10[ccns]:
            c //= 10
            exp += 1
    return neg, c, ccns, exp


def multiply(fneg, fc, fn, fexp, sneg, sc, sn, sexp, ccns):
    """``arith._finish(arith._multiply(f, s, ccns))`` on ints: ``(neg, c, n, exp)`` of f * s."""
    return _round_to(*_cut_product(fneg, fc, fn, fexp, sneg, sc, sn, sexp, ccns), ccns)


def _drop_fraction_zeros(neg, c, n, exp):
    """``arith._strip_fraction_zeros``: trailing zeros after the decimal point dropped."""
    if n > 1 and exp < n:
        zeros = trailing_zeros(c, min(n - 1, n - exp), n)
        if zeros:
            c //= P10[zeros]
            n -= zeros
    return neg, c, n, exp


def power(base, y: int, ccns: int):
    """``arith._finish(arith._power(base, y, ccns), ccns, True)`` for a base ``(neg, c, n,
    exp)`` and a whole power ``y``."""
    if y == 2 and base[2] <= ccns:
        # a square (``x ** 2``, the commonest power): the first product, 1 times the base, is
        # the base itself when it has no more than DIGITS digits (nothing cut or rounded)
        return _drop_fraction_zeros(*_round_to(*rounded_product(*base, *base, ccns), ccns))
    acc = _ONE
    bits = bin(y if y >= 0 else -y)[2:] if y else ""
    last = len(bits) - 1
    for i, bit in enumerate(bits):
        if bit == "1":
            acc = rounded_product(*acc, *base, ccns)
        if i < last:
            acc = rounded_product(*acc, *acc, ccns)
    if y < 0:
        if acc[1] == 0:
            raise RexxError(42, 3)
        return quotient(*_ONE, *acc, ccns)
    return _drop_fraction_zeros(*_round_to(*acc, ccns))


_new = object.__new__


def product_beyond_digits(a: int, b: int, digits: int, form: str):
    """``a * b`` for ints ``a`` and ``b`` within DIGITS whose product is not: what
    ``multiply_values`` gives for them, as a ``Num``, with ``_cut_product``, ``_round_to``
    and ``result`` fused for this one case. Nothing is cut (the operands have at most DIGITS
    digits); the exact product of an ``na``- and an ``nb``-digit operand has ``na + nb``
    digits, rounded once to DIGITS, or ``na + nb - 1``, where the leading zero counts twice
    (rounded to DIGITS+1 first, then to DIGITS). The result is whole: no fraction zeros to
    drop, and it lies past DIGITS: never a plain int. (Generated code and the closures call it
    for an int product past DIGITS, ``x ** 2`` too: one call, the digit counts and the ``Num``
    made inline; beyond ``LONG_DIGITS`` as ``multiply_values`` works: on text.)"""
    if digits > LONG_DIGITS:
        return binary("*", str(a), str(b), digits, form)
    product = a * b
    neg = product < 0                   # (not 0: it is past DIGITS)
    if neg:
        product = -product
    if digits < 60:                     # the digit counts (``digit_count``) inline
        p = P10_LIST
        exp = product.bit_length() * 1233 >> 12
        if product >= p[exp]:
            exp += 1
    else:
        p = P10
        exp = digit_count(product)
    if a == b:                          # a square (``x ** 2``, ``i * i``): 2n digits or
        full = not exp & 1              # 2n - 1, told apart by the parity alone
    else:
        if a < 0:
            a = -a
        if b < 0:
            b = -b
        if digits < 60:
            size = a.bit_length() * 1233 >> 12
            if a >= p[size]:
                size += 1
            t = b.bit_length() * 1233 >> 12
            size += t + 1 if b >= p[t] else t
        else:
            size = digit_count(a) + digit_count(b)
        full = exp == size
    if full:
        unit = p[exp - digits]
    else:
        if exp > digits + 1:                # to DIGITS+1 digits first
            unit = p[exp - digits - 1]
            product, rest = divmod(product, unit)
            if rest + rest >= unit:
                product += 1
                if product == p[digits + 1]:    # 99..9 rounded up: one digit more
                    product = p[digits]
                    exp += 1
        unit = 10
    q, rest = divmod(product, unit)         # to DIGITS digits
    if rest + rest >= unit:
        q += 1
        if q == p[digits]:                  # 99..9 rounded up
            q = p[digits - 1]
            exp += 1
    if form == "SCIENTIFIC":            # (exp is at most 2 * DIGITS + 1: in range)
        r = _new(Num)                   # ``Num(neg, q, digits, exp, digits, form)``
        r.neg = neg                     # without the call of its ``__init__``
        r.c = q
        r.n = digits
        r.exp = exp
        r.digits = digits
        r.form = form
        r._text = None
        return r
    return result(neg, q, digits, exp, digits, form)


def _text_path(a, b, digits: int) -> bool:
    """Whether ``a op b`` must be worked on text (a long text operand or a huge DIGITS)."""
    return digits > LONG_DIGITS or (a.__class__ is str and len(a) > LONG_DIGITS) or (
        b.__class__ is str and len(b) > LONG_DIGITS)


def multiply_values(a, b, digits: int, form: str):
    """``a * b`` for values (int, Num or numeric str): an int when exact within DIGITS, else
    ``multiply`` and ``numvalue.result``."""
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
            r = a * b
            if -lim < r < lim:
                return r
    if _text_path(a, b, digits):
        return binary("*", str(a), str(b), digits, form)
    f = (a.neg, a.c, a.n, a.exp) if ac is Num else parts(a)     # a Num's parts in place
    s = (b.neg, b.c, b.n, b.exp) if bc is Num else parts(b)
    return multiply_parts(*f, *s, digits, form)


def multiply_parts(fneg, fc, fn, fexp, sneg, sc, sn, sexp, digits: int, form: str):
    """``multiply_values`` of two numbers given as their parts (a ``Num``'s read in place),
    at a DIGITS of at most ``LONG_DIGITS``: the product as a value."""
    size = fn + sn
    if size <= digits:
        # the commonest case inline: the exact product has at most DIGITS digits, so
        # ``multiply`` neither cuts nor rounds it
        product = fc * sc
        if not product:
            return 0
        n = digit_count(product)
        return result(fneg != sneg, product, n, fexp + sexp - (size - n), digits, form)
    if fn > digits + 1 or sn > digits + 1 or size >= SMALL_POWERS:
        return result(*multiply(fneg, fc, fn, fexp, sneg, sc, sn, sexp, digits), digits, form)
    # the next commonest (two fractions at DIGITS 9-20 whose product is longer than DIGITS):
    # ``multiply``'s steps inline, no operand cut (each has at most DIGITS+1 digits)
    product = fc * sc
    if not product:
        return 0
    product, n, exp = _round_product(product, size, fexp + sexp, digits)
    if -6 <= exp - 1 < digits and exp < n:      # a fraction in plain notation
        return Num(fneg != sneg, product, n, exp, digits, form)
    return result(fneg != sneg, product, n, exp, digits, form)


def _round_product(product: int, size: int, exp: int, digits: int):
    """``multiply``'s two roundings of the exact product (not 0) of two operands of ``size``
    digits in all (below ``SMALL_POWERS``), neither longer than DIGITS+1 (so neither is cut),
    ``exp`` the sum of their exponents: ``(c, n, exp)``."""
    p = P10_LIST
    if product < p[size - 1]:
        # ``size - 1`` digits, a leading zero counted: rounded to DIGITS+1 digits first
        if size > digits + 2:
            unit = p[size - digits - 2]
            product, rest = divmod(product, unit)
            if rest + rest >= unit:
                product += 1
            size = digits + 2
        n = size if product >= p[size - 1] else size - 1
        exp -= size - n
        if n <= digits:
            return product, n, exp
        product, exp = rounded(product, n - digits, exp, digits)     # then to DIGITS
    elif size > digits:                 # ``size`` digits, rounded to DIGITS
        product, exp = rounded(product, size - digits, exp, digits)
    else:
        return product, size, exp
    return product, digits, exp


def square(neg: bool, c: int, n: int, exp: int, digits: int, form: str):
    """``power_values`` of a number of at most DIGITS digits to the power 2 (``zr ** 2``), its
    parts given: ``power``'s one product (1 times the base is the base) rounded as
    ``multiply`` rounds it, the fraction's trailing zeros dropped, as a value. An exponent
    within reach of Regina's limits takes ``power`` itself (its Error 42 comes between the
    two roundings)."""
    size = n + n
    if (size >= SMALL_POWERS or n > digits or not -_NEAR_LIMIT < exp < _NEAR_LIMIT
            or digits > LONG_DIGITS):
        return result(*power((neg, c, n, exp), 2, digits), digits, form)
    if not c:
        return 0
    c, n, exp = _round_product(c * c, size, exp + exp, digits)
    while n > 1 and exp < n and c % 10 == 0:        # the fraction's trailing zeros
        c //= 10
        n -= 1
    if -6 <= exp - 1 < digits and exp < n:
        return Num(False, c, n, exp, digits, form)
    return result(False, c, n, exp, digits, form)


#: A base's exponent below this (in size) squares far from Regina's exponent limits.
_NEAR_LIMIT = MAX_EXPONENT // 2 - 4


def whole_power(b) -> int:
    """The power of ``**`` as an int: Error 26 unless a whole number of at most 10 digits."""
    if b.__class__ is int:
        y = b
    else:
        neg, c, _n, exp = parts(b)
        y = whole_value((neg, str(c), exp))
        if y is None:
            raise RexxError(26)
    if not -2147483647 <= y <= 2147483647:
        raise RexxError(26)
    return y


def power_values(a, b, digits: int, form: str):
    """``a ** b`` for values: the exact int when a whole base within DIGITS gives one, else
    ``power`` and ``numvalue.result``."""
    a, b = plain_operands(a, b)
    if a.__class__ is int and b.__class__ is int:
        lim = ten_power(digits)
        if -lim < a < lim and 0 <= b < lim and b <= 2147483647:
            if a in (0, 1) or b == 0:
                return 1 if b == 0 else a
            if a == -1:
                return -1 if b % 2 else 1
            if b * (a.bit_length() - 1) <= lim.bit_length():
                r = a ** b
                if -lim < r < lim:
                    return r
    if _text_path(a, b, digits):
        return binary("**", str(a), str(b), digits, form)
    base = parts(a)
    y = whole_power(b)
    if y == 2:
        return square(*base, digits, form)
    return result(*power(base, y, digits), digits, form)
