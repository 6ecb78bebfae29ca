"""How TRACE I shows the result of ``/``: Regina works out DIGITS + 1 digits of the quotient,
drops their trailing zeros and, when more than DIGITS are left, rounds to DIGITS and traces
that before it drops the trailing zeros again (``100/99`` at DIGITS 10 is traced as
``1.010101010``, then used as ``1.01010101``; ``19.999/2`` at DIGITS 4 as ``10.00``). Any other
quotient is traced as it is (``10/4`` as ``2.5``, ``20000/19999`` at DIGITS 4 as ``1``).

The value rexxlite computes is the stripped one; ``shown_quotient`` puts back the zeros.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from fractions import Fraction

from rexxlite.compiler.power_trace import padded
from rexxlite.numbers.numvalue import tostr


def _coefficient(text: str):
    """The digits of number ``text`` as a whole number (its exponent does not change which
    digits a quotient has), or None."""
    try:
        number = Decimal(text.strip())
    except (InvalidOperation, ValueError):
        return None
    if not number.is_finite():
        return None
    return int("".join(map(str, number.as_tuple().digits)))


def _rounded(q: Fraction, digits: int) -> bool:
    """Whether quotient ``q``'s first ``digits`` + 1 digits, trailing zeros dropped, are more
    than ``digits``."""
    low, high = 10 ** digits, 10 ** (digits + 1)
    scale = digits + 1 - (len(str(q.numerator)) - len(str(q.denominator)))
    while q * Fraction(10) ** scale >= high:
        scale -= 1
    while q * Fraction(10) ** scale < low:
        scale += 1
    first = str(int(q * Fraction(10) ** scale))     # digits + 1 digits
    return len(first.rstrip("0")) > digits


def shown_quotient(dividend, divisor, result, digits: int) -> str:
    """``result`` (of ``dividend / divisor``) as Regina's trace shows it."""
    text = tostr(result)
    a, b = _coefficient(tostr(dividend)), _coefficient(tostr(divisor))
    if not a or not b or digits > 10000:
        return text
    return padded(text, digits) if _rounded(Fraction(a, b), digits) else text
