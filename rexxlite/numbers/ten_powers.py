"""Powers of ten for the arithmetic: ``P10[k]`` (made once and kept), the DIGITS bound, and
the digit count of an int, and how many trailing zeros it has.

The fast paths keep whole numbers as Python ints and check them against ``10**DIGITS``
(``-lim < v < lim``). ``ten_power(digits)`` is that bound: the int for a usual DIGITS, a
``LargeTenPower`` that compares by size for a huge one, so ``NUMERIC DIGITS 999999999``
followed by ``say 2+2`` costs nothing in proportion to DIGITS, as in Regina.
"""

from __future__ import annotations


class _Powers(dict):
    """``P10[k]`` is ``10 ** k``, made once and kept."""

    def __missing__(self, k: int) -> int:
        v = self[k] = 10 ** k
        return v


P10 = _Powers((i, 10 ** i) for i in range(64))

#: ``10**k`` for ``k < SMALL_POWERS`` as a plain list: the cheapest lookup, for the paths of
#: every operation (``P10``, a dict with ``__missing__``, costs twice a list's index).
SMALL_POWERS = 128
P10_LIST = [10 ** i for i in range(SMALL_POWERS)]
_ESTIMATE_BITS = 400    # the estimate below is exact up to here (~120 digits), checked to 650


def digit_count(c: int) -> int:
    """How many digits the int ``c >= 0`` has (1 for 0): ``floor(bits * log10 2)`` is the
    count or one more, and one comparison with a power of ten decides (no text made)."""
    bits = c.bit_length()
    if bits > _ESTIMATE_BITS:
        return len(str(c))
    t = bits * 1233 >> 12
    return t + 1 if c >= P10_LIST[t] else (t or 1)

_ZEROS_BY_DIVISION = 40     # below this many digits one division per zero is the cheapest


def trailing_zeros(c: int, most: int, n: int) -> int:
    """How many of the int ``c``'s trailing zeros there are, at most ``most`` (``n``: its digit
    count, or more; 0 counts as all zeros). A division by ten per zero for a short ``c``; for a long one the text's
    zeros are counted, so stripping the zeros of a 2,000-digit quotient is not 2,000 divisions
    of a 2,000-digit int."""
    if n < _ZEROS_BY_DIVISION or most < 4:
        k = 0
        while k < most and c % 10 == 0:
            c //= 10
            k += 1
        return k
    if c == 0:
        return most
    text = str(c)
    return min(most, len(text) - len(text.rstrip("0")))


#: Above this many digits the DIGITS bound is a ``LargeTenPower``, never computed up front.
EAGER_POWER_DIGITS = 4000
_BITS_PER_DIGIT = 3.321928094887362     # log2(10)


class LargeTenPower:
    """``10**k`` (or ``-10**k``) for a ``k`` too large to compute up front (``NUMERIC DIGITS
    999999999``), as the bound ``-lim < v < lim`` compares ints with: an int is compared by its
    bit length first, and the exact power is made only for an int of about ``k`` digits (a cost
    in proportion to that operand, not to DIGITS)."""

    __slots__ = ("k", "sign", "_below", "_above")

    def __init__(self, k: int, sign: int = 1):
        self.k = k
        self.sign = sign
        bits = k * _BITS_PER_DIGIT
        self._below = int(bits) - 1     # |v| with at most this many bits is < 10**k
        self._above = int(bits) + 2     # |v| with at least this many bits is > 10**k

    def __neg__(self) -> "LargeTenPower":
        return LargeTenPower(self.k, -self.sign)

    def _order(self, v) -> int:
        """The sign of ``self - v`` for an int ``v``."""
        if v.__class__ is not int and not isinstance(v, int):
            return NotImplemented
        if v == 0 or (v < 0) != (self.sign < 0):
            return self.sign
        size = abs(v).bit_length()
        if size <= self._below:
            magnitude = 1
        elif size >= self._above:
            magnitude = -1
        else:
            exact = 10 ** self.k
            magnitude = (exact > abs(v)) - (exact < abs(v))
        return magnitude * self.sign

    def __lt__(self, v):
        o = self._order(v)
        return o if o is NotImplemented else o < 0

    def __gt__(self, v):
        o = self._order(v)
        return o if o is NotImplemented else o > 0

    def __le__(self, v):
        o = self._order(v)
        return o if o is NotImplemented else o <= 0

    def __ge__(self, v):
        o = self._order(v)
        return o if o is NotImplemented else o >= 0

    def bit_length(self) -> int:
        """At least the bit length of ``10**k`` (as ``int.bit_length``, give or take two)."""
        return self._above

    def __repr__(self) -> str:
        return f"{'-' if self.sign < 0 else ''}10**{self.k}"


def ten_power(k: int):
    """``10**k`` as a bound to compare ints with: the int itself for a usual ``k``, else a
    ``LargeTenPower`` (so a huge NUMERIC DIGITS costs nothing until a number that big)."""
    return P10[k] if k <= EAGER_POWER_DIGITS else LargeTenPower(k)
