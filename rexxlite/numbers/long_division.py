"""Regina's ``/`` for a huge NUMERIC DIGITS, through libmpdec (the ``decimal`` module).

``arith._divide`` brings down one digit per step in Python, and Python's int division is
quadratic: ``numeric digits 1e7; say 1/3`` would take seconds. libmpdec divides in less than
quadratic time and converts to and from text in linear time. ``long_quotient`` gives exactly
the digits of Regina's long division before its rounding: the operands cut to DIGITS+1 digits,
the quotient truncated to DIGITS+1 digits, or, when it is exact, its digits up to the units of
the cut operands' quotient and no further zeros (libmpdec's exact quotient of two whole numbers
has that exponent, 0, or the fewest fraction digits). Nothing costs in proportion to DIGITS
when the quotient is short: an exact quotient is first tried with as many digits as the
operands allow it to have (``10/4`` is ``2.5`` at once, at any DIGITS).
"""

from __future__ import annotations

from decimal import MAX_EMAX, MIN_EMIN, ROUND_DOWN, Context, Decimal, Inexact


def long_quotient(f, s, ccns: int):
    """``f / s`` on ``arith``'s ``(neg, dig, exp)`` numbers (``s`` not zero), before the
    rounding to DIGITS: ``(neg, dig, exp)`` with at most DIGITS+1 digits."""
    fneg, fdig, fexp = f
    sneg, sdig, sexp = s
    if fdig == "0":
        return (False, "0", 1)
    dividend = fdig[:ccns + 1]
    divisor = sdig[:ccns + 1]
    q = _exact_quotient(dividend, divisor, ccns)
    if q is None:
        context = Context(prec=ccns + 1, rounding=ROUND_DOWN, Emax=MAX_EMAX, Emin=MIN_EMIN)
        q = context.divide(Decimal(dividend), Decimal(divisor))
    whole, _, fraction = format(q, "f").partition(".")
    dig = (whole + fraction).lstrip("0")
    exp = q.adjusted() + 1 + fexp - len(dividend) - sexp + len(divisor)
    return (fneg != sneg, dig, exp)


def _exact_quotient(dividend: str, divisor: str, ccns: int):
    """The quotient of two whole numbers when it ends (an exact quotient of an ``n``-digit
    divisor has at most ``3.33 n`` digits after the dividend's), worked with only as many
    digits as that needs; None when it does not end there (every DIGITS+1 digit is needed)."""
    size = len(dividend) + 4 * len(divisor) + 2
    if size >= ccns + 1:
        return None
    context = Context(prec=size, rounding=ROUND_DOWN, Emax=MAX_EMAX, Emin=MIN_EMIN)
    q = context.divide(Decimal(dividend), Decimal(divisor))
    return None if context.flags[Inexact] else q
