"""How TRACE I shows the result of ``**``: Regina traces it before it drops the fraction's
trailing zeros (``1.0**3`` is traced as ``1.000``, then used as ``1``; ``(-0.28571)**2`` at
DIGITS 5 as ``0.081630``).

The value rexxlite computes is the stripped one; ``shown_power`` puts back the zeros: the
unstripped result has as many digits as the exact power of the base's digits, at most DIGITS.
"""

from __future__ import annotations

from rexxlite.numbers.arith import scan
from rexxlite.numbers.numvalue import tostr


def _whole_power(text: str) -> int | None:
    num = scan(text)
    if isinstance(num, int):
        return None
    neg, dig, exp = num                     # (exp: how many digits are before the point)
    if exp < len(dig):
        if exp < 0 or dig[exp:].strip("0"):
            return None                     # not whole (Error 26 then, from the operation)
        dig = dig[:exp] or "0"
    value = int(dig + "0" * (exp - len(dig)))
    return -value if neg else value


def shown_power(base, power, result, digits: int) -> str:
    """``result`` (of ``base ** power``) as Regina's trace shows it."""
    text = tostr(result)
    n = _whole_power(tostr(power))
    num = scan(tostr(base))
    if not n or n < 0 or n > 64 or isinstance(num, int):
        return text
    coefficient = num[1].lstrip("0")
    if not coefficient:
        return text
    return padded(text, min(digits, len(str(int(coefficient) ** n))))


def padded(text: str, wanted: int) -> str:
    """Number ``text`` with its trailing zeros put back: ``wanted`` significant digits."""
    mantissa, e, exponent = text.partition("E")
    have = len(mantissa.lstrip("-").replace(".", "").lstrip("0"))
    if have >= wanted:
        return text
    if "." not in mantissa:
        mantissa += "."
    return mantissa + "0" * (wanted - have) + e + exponent
