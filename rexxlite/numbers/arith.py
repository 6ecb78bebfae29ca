"""Rexx decimal arithmetic and number formatting under NUMERIC DIGITS/FUZZ/FORM, as Regina does it.

Regina does not compute the exact ANSI results in every corner: it truncates each operand to
DIGITS+1 significant digits, rounds products twice, raises ``**`` by repeated multiplication at
DIGITS precision (``2**100`` is ``1.26765061E+30``), computes ``%`` and ``//`` by a long division
that may keep only part of the dividend (``numeric digits 3; say 12345 // 100`` is ``40``) and
compares numbers digit by digit instead of by subtraction.  This module reproduces those
algorithms so that every result matches Regina 3.6 character for character.

A number is held internally as ``(neg, dig, exp)``: the value is ``0.dig * 10**exp``; ``dig`` is
a string of decimal digits that keeps trailing zeros (they are significant: ``1.50+1.50`` is
``3.00``) and has no leading zeros except for zero itself, which is ``(False, '0', 1)``.

Public interface (strings in, strings out, as the interpreter needs it):

- ``parse_number(s)`` / ``is_number(s)``: Rexx number syntax;
- ``binary(op, a, b, digits, form)`` for ``+ - * / % // **``;
- ``prefix(op, a, digits, form)`` for unary ``+`` and ``-``;
- ``compare(a, b, digits, fuzz)``: numeric comparison, ``None`` unless both are numbers;
- ``to_whole(s, digits)``: the exact whole value of ``s`` as an ``int``;
- ``format_number(d, digits, form)``: the Rexx display of a ``Decimal``.
"""

from __future__ import annotations

from rexxlite.errors import RexxError
from rexxlite.numbers.ten_powers import P10, ten_power

MAX_EXPONENT = 999_999_999          # Regina's largest exponent
_WS = " \t\n\v\f\r"                 # C isspace(): blanks Regina skips around a number

NOT_A_NUMBER = 11                   # scan() codes, as Regina's Error 40 sub-numbers
EXPONENT_TOO_BIG = 9

ZERO = (False, "0", 1)
_NORMAL, _INTEGER, _REMAINDER, _BOTH = 0, 1, 2, 3
_DIVISIONS = {"/": _NORMAL, "%": _INTEGER, "//": _REMAINDER}


# --------------------------------------------------------------------------------------------
# Reading numbers

#: ``scan`` results of short texts seen before, and of texts made from numbers held in numeric
#: form (``remember_scan``): a value that goes through text (an argument, PARSE, a compound)
#: and back into arithmetic or a comparison is not read again. Bounded: cleared when full.
_SCANNED: dict = {}
_SCANNED_SIZE = 4096
_SCANNED_LENGTH = 120           # longer texts are scanned every time (and not kept)


def scan(s: str):
    """``s`` as ``(neg, dig, exp)``, or the error code 11 (not a number) or 9 (exponent too big).

    No rounding happens here: every digit written is kept.
    """
    got = _SCANNED.get(s)
    if got is not None:
        return got
    got = _scan_text(s)
    if len(s) <= _SCANNED_LENGTH:
        if len(_SCANNED) >= _SCANNED_SIZE:
            _SCANNED.clear()
        _SCANNED[s] = got
    return got


def remember_scan(text: str, num) -> None:
    """Record that ``scan(text)`` is ``num`` (the caller made ``text`` from ``num`` with all
    its digits, so scanning it would give ``num`` back)."""
    if len(text) <= _SCANNED_LENGTH:
        if len(_SCANNED) >= _SCANNED_SIZE:
            _SCANNED.clear()
        _SCANNED[text] = num


def _digits(text: str) -> bool:
    """Only the digits 0-9 (or nothing)."""
    return not text or text.isdigit() and text.isascii()


def _scan_text(s: str):
    """``scan`` itself, without the memory of texts seen before. A number's text is blanks,
    a sign, blanks, digits with at most one period among or around them (at least one digit),
    an exponent (E or e, a sign, digits) and blanks: the pattern
    ``WS*([-+]?)WS*([0-9]*)(?:\\.([0-9]*))?(?:[eE]([-+]?)([0-9]+))?WS*``, read with string
    methods (importing ``re`` for it was a tenth of a short run's start-up)."""
    t = s.strip(_WS)
    sign = t[:1]
    if sign == "-" or sign == "+":
        t = t[1:].lstrip(_WS)
    mantissa, marker, exponent = t.partition("e") if "e" in t else t.partition("E")
    whole, _, frac = mantissa.partition(".")
    if not (whole or frac) or not _digits(whole) or not _digits(frac):
        return NOT_A_NUMBER
    edigits = None
    if marker:
        esign = exponent[:1]
        edigits = exponent[1:] if esign == "-" or esign == "+" else exponent
        if not edigits or not _digits(edigits):
            return NOT_A_NUMBER
    digits = whole + frac
    stripped = digits.lstrip("0")
    exp = len(whole) - (len(digits) - len(stripped))
    if edigits is not None:
        value = int(edigits)
        if value >= 10 ** 9:
            return EXPONENT_TOO_BIG
        if esign == "-":
            if value - exp - 1 > MAX_EXPONENT:
                return EXPONENT_TOO_BIG
            exp -= value
        else:
            if exp + value - 1 > MAX_EXPONENT:
                return EXPONENT_TOO_BIG
            exp += value
    if not stripped:
        return ZERO
    return (sign == "-", stripped, exp)


def parse_number(s: str) -> Decimal | None:
    """``s`` as a ``Decimal`` (all digits kept, trailing zeros too), or None if not a number."""
    num = scan(s)
    if isinstance(num, int):
        return None
    return to_decimal(num)


def is_number(s: str) -> bool:
    """True when ``s`` is a Rexx number (DATATYPE(s, 'N'))."""
    return not isinstance(scan(s), int)


def to_decimal(num) -> Decimal:
    from decimal import Decimal        # imported when first needed (start-up)
    neg, dig, exp = num
    return Decimal((1 if neg else 0, tuple(map(int, dig)), exp - len(dig)))


def from_decimal(d: Decimal):
    """A finite ``Decimal`` as ``(neg, dig, exp)``."""
    sign, digit_tuple, exponent = d.as_tuple()
    dig = "".join(map(str, digit_tuple)).lstrip("0")
    if not dig:
        return ZERO
    return (bool(sign), dig, len(dig) + exponent)


def _plain_int(s: str) -> int | None:
    """``s`` as an int when it is just ASCII digits with an optional leading '-' (fast path)."""
    if s.isdigit() and s.isascii():
        return int(s)
    if s[:1] == "-" and s[1:].isdigit() and s.isascii():
        return -int(s[1:])
    return None


def to_whole(s: str, digits: int = 9) -> int | None:
    """The value of ``s`` as an int when it is a whole number, else None.

    Regina checks the exact value (``1.9999999999`` is not whole even under DIGITS 9, and
    ``1234`` is whole under DIGITS 3), so ``digits`` does not round; it is accepted for the
    interface's sake.  ``1E2``, ``2.0`` and `` 7 `` are whole.
    """
    value = _plain_int(s)
    if value is not None:
        return value
    num = scan(s)
    if isinstance(num, int):
        return None
    return whole_value(num)


_MAX_WHOLE_DIGITS = 1_000_000     # beyond this a "whole number" is of no use to anyone


def whole_value(num) -> int | None:
    """The exact int value of an internal number, None unless it is whole (and of sane size)."""
    neg, dig, exp = num
    if exp > _MAX_WHOLE_DIGITS:
        return None
    if exp < len(dig):
        if exp <= 0 or dig[exp:].strip("0"):
            return None if dig != "0" else 0
        dig = dig[:exp]
    value = int(dig) * 10 ** (exp - len(dig))
    return -value if neg else value


# --------------------------------------------------------------------------------------------
# Writing numbers

def normalise(num, ccns: int, form: str = "SCIENTIFIC") -> str:
    """Regina's display of ``num`` with ``ccns`` significant digits (its ``str_norm``).

    Rounds to ``ccns`` digits; uses exponential notation when the exponent of the first digit
    is below -6 or at least ``ccns``; ENGINEERING form makes that exponent a multiple of 3.
    """
    neg, dig, exp = num
    stripped = dig.lstrip("0")
    if not stripped:
        return "0"
    exp -= len(dig) - len(stripped)
    dig = stripped
    if len(dig) > ccns:
        dig, exp = _round_digits(dig, exp, ccns)
    e = exp - 1
    if e < -6 or e >= ccns:
        if form[:1] in ("E", "e") and e % 3:
            e -= e % 3
        if e > MAX_EXPONENT or e < -MAX_EXPONENT:
            raise RexxError(42)
    else:
        e = 0
    point = exp - e
    size = len(dig)
    if point <= 0:
        text = "0." + "0" * -point + dig
    elif point < size:
        text = dig[:point] + "." + dig[point:]
    else:
        text = dig + "0" * (point - size)
    if e:
        text += f"E{e:+d}"
    return "-" + text if neg else text


def format_number(d: Decimal, digits: int, form: str = "SCIENTIFIC") -> str:
    """The Rexx display of ``d`` under NUMERIC DIGITS ``digits`` and FORM ``form``."""
    return normalise(from_decimal(d), digits, form)


def full_text(num, form: str = "SCIENTIFIC") -> str:
    """``num`` displayed with all its digits (as Regina quotes operands in messages)."""
    return normalise(num, max(len(num[1]), 1), form)


# --------------------------------------------------------------------------------------------
# Rounding helpers

def _round_digits(dig: str, exp: int, size: int):
    """Round a digit string (no leading zeros) to ``size`` digits, half up."""
    keep = dig[:size]
    if dig[size] >= "5":
        bumped = _increment(keep)
        if bumped is None:
            return "1" + "0" * (size - 1), exp + 1
        keep = bumped
    return keep, exp


def _increment(digits: str) -> str | None:
    """The digit string one more than ``digits``, as long; None when it would need one more
    digit (all nines). Linear in the length (an int conversion is not, for a huge DIGITS)."""
    body = digits.rstrip("9")
    if not body:
        return None
    return body[:-1] + "123456789"[int(body[-1])] + "0" * (len(digits) - len(body))


def _round(num, ccns: int):
    """Regina's ``str_round``: leading zeros are (wrongly) counted twice towards the size."""
    neg, dig, exp = num
    leading = len(dig) - len(dig.lstrip("0"))
    if leading == len(dig):
        return num
    size = ccns + 2 * leading
    if len(dig) <= size:
        return num
    keep = dig[:size]
    if dig[size] >= "5":
        bumped = _increment(keep)
        if bumped is None:
            return (neg, "1" + "0" * (size - 1), exp + 1)
        keep = bumped
    return (neg, keep, exp)


def strip(num):
    """Regina's ``str_strip``: drop leading zeros; any zero becomes plain positive 0."""
    neg, dig, exp = num
    stripped = dig.lstrip("0")
    if not stripped:
        return ZERO
    if len(stripped) != len(dig):
        return (neg, stripped, exp - (len(dig) - len(stripped)))
    return num


def _strip_fraction_zeros(num):
    """Drop trailing zeros after the decimal point (after / % // and **)."""
    neg, dig, exp = num
    size = len(dig)
    while size > 1 and exp < size and dig[size - 1] == "0":
        size -= 1
    return (neg, dig[:size], exp) if size != len(dig) else num


# --------------------------------------------------------------------------------------------
# The operations, on (neg, dig, exp) values

def add(f, s, ccns: int):
    """f + s as Regina adds: each operand cut to DIGITS+1 digits, aligned on the larger."""
    if s[1] == "0":
        return f
    if f[1] == "0":
        return s
    if f[2] < s[2]:
        f, s = s, f
    neg, fdig, fexp = f
    subtract = f[0] != s[0]
    sdig = s[1]
    shift = fexp - s[2]
    fused = min(ccns + 1, len(fdig))
    sused = min(ccns + 1 - shift, len(sdig))
    size = max(fused, shift + sused)
    other = sdig[:sused] + "0" * (size - shift - sused) if sused > 0 else "0"
    below, total = digit_sum(fdig[:fused] + "0" * (size - fused), other, subtract)
    if below:
        neg = not neg
    exp = fexp
    if len(total) > size:
        size += 1
        exp += 1
    dig = total.zfill(size)
    if size > ccns:
        keep = dig[:ccns]
        if dig[ccns] > "4":
            bumped = _increment(keep)
            if bumped is None:
                bumped = "1" + "0" * (ccns - 1)
                exp += 1
            keep = bumped
        dig = keep
    return strip((neg, dig, exp))


def _multiply(f, s, ccns: int):
    """f * s as Regina multiplies: DIGITS+1 digits of each, the product rounded (str_round)."""
    if f[1] == "0" or s[1] == "0":
        return ZERO
    fdig = f[1][:ccns + 1]
    sdig = s[1][:ccns + 1]
    size = len(fdig) + len(sdig)
    product = digit_product(fdig, sdig).zfill(size)
    return _round((f[0] != s[0], product, f[2] + s[2]), ccns)


#: Past this many digits an operand is multiplied through ``decimal`` (linear conversions
#: from and to text) instead of Python's int, whose conversions are quadratic.
LONG_DIGITS = 3000


def digit_sum(first: str, second: str, subtract: bool) -> tuple[bool, str]:
    """``first + second`` (``first - second`` when ``subtract``) of two digit strings: whether
    the result is negative, and its magnitude as digits."""
    if len(first) < LONG_DIGITS and len(second) < LONG_DIGITS:
        total = int(first) - int(second) if subtract else int(first) + int(second)
        return total < 0, str(-total if total < 0 else total)
    from decimal import MAX_EMAX, MIN_EMIN, Context, Decimal
    context = Context(prec=max(len(first), len(second)) + 2, Emax=MAX_EMAX, Emin=MIN_EMIN)
    operation = context.subtract if subtract else context.add
    total = operation(Decimal(first), Decimal(second))
    return total.is_signed(), str(total.copy_abs())


def digit_product(first: str, second: str) -> str:
    """The product of two digit strings, as digits (no leading zeros but for 0)."""
    if len(first) < LONG_DIGITS and len(second) < LONG_DIGITS:
        return str(int(first) * int(second))
    from decimal import MAX_EMAX, MIN_EMIN, Context, Decimal
    context = Context(prec=len(first) + len(second) + 1, Emax=MAX_EMAX, Emin=MIN_EMIN)
    return str(context.multiply(Decimal(first), Decimal(second)))


def _divide(f, s, ccns: int, kind: int, form: str = "SCIENTIFIC", user_digits: int = 0):
    """Regina's long division: f / s, f % s or f // s (``kind``) with DIGITS ``ccns``.

    The divisor and the dividend are cut to DIGITS+1 digits; the quotient gets at most
    DIGITS+1 digits; integer division stops at the decimal point and the remainder is what
    is left of the (cut) dividend.  Raises 26.11/26.12 when the integer part does not fit.
    """
    fneg, fdig, fexp = f
    sneg, sdig_all, sexp = s
    ssize = min(len(sdig_all), ccns + 1)
    sdig = sdig_all[:ssize]
    divisor = int(sdig)
    tend = min(len(fdig), ccns + 1)
    used = fdig[:tend]

    def fetch(i: int) -> int:
        return ord(used[i]) - 48 if i < tend else 0

    rexp = 1 + fexp - sexp
    window = int(used[:ssize].ljust(ssize, "0"))    # the partial dividend
    width = ssize                                   # its width in digits
    tcnt = ssize                                    # dividend digits taken so far
    if window < divisor:
        window = window * 10 + fetch(tcnt)
        tcnt += 1
        width += 1
        rexp -= 1
    out: list[int] = []
    outp = 0
    finished = False
    while outp < ccns + 1 and not finished:
        out.append(0)
        if width > ssize and window < 10 ** (width - 1):
            width -= 1
        if kind != _NORMAL and outp >= rexp:
            finished = True
            outp += 1
            continue
        digit, window = divmod(window, divisor)
        out[outp] = digit
        width = ssize
        window = window * 10 + fetch(tcnt)
        tcnt += 1
        width += 1
        if tcnt > tend:
            finished = window == 0
        outp += 1
    tstart = tcnt - width
    residual = str(window).zfill(width)
    span = min(max(tend, tcnt) - tstart, ccns + 1)
    if span > width:
        residual += fdig[tcnt:tstart + span]
    residual = residual[:span]

    if kind != _NORMAL:
        if not _fits(out, outp, rexp, residual, span, fexp - tstart, sdig, sexp, ccns,
                     user_digits or ccns):
            raise RexxError(26, 12 if kind == _REMAINDER else 11,
                            value=(full_text(f, form), full_text(s, form), ccns))
    quotient = _drop_fraction_zeros("".join(map(str, out[:outp])), rexp, fneg != sneg)
    if kind == _BOTH:
        return quotient, _drop_fraction_zeros(residual, fexp - tstart, fneg)
    if kind == _REMAINDER:
        return _drop_fraction_zeros(residual, fexp - tstart, fneg)
    return quotient


def quotient(f, s, ccns: int):
    """``f / s`` before the rounding to DIGITS: Regina's long division (``_divide``), or the
    same digits from libmpdec (``long_division``) when DIGITS is beyond ``LONG_DIGITS``."""
    if ccns > LONG_DIGITS:
        from rexxlite.numbers.long_division import long_quotient   # decimal: when needed
        return long_quotient(f, s, ccns)
    return _divide(f, s, ccns, _NORMAL)


def _drop_fraction_zeros(dig: str, exp: int, neg: bool):
    size = len(dig)
    while size > exp and size > 1 and dig[size - 1] == "0":
        size -= 1
    return (neg, dig[:size], exp)


def _fits(out, outp, rexp, residual, span, rexp_residual, sdig, sexp, ccns,
          user_digits) -> bool:
    """Regina's check that an integer division was exact enough to give a whole quotient."""
    first = 0
    while first < span and residual[first] == "0":
        first += 1
    if first < span and rexp_residual - first >= sexp:
        if rexp_residual - first > sexp:
            return False
        count = min(span - first, len(sdig))
        j = 0
        while j < count:
            diff = ord(residual[first + j]) - ord(sdig[j])
            if diff > 0:
                return False
            if diff != 0:
                break
            j += 1
        if j >= count and len(sdig) > count and count > 0:
            return False
    if outp > ccns and out[ccns] != 0:
        return False
    # the quotient must be whole and fit in DIGITS
    digits = out[:outp]
    if outp > rexp and any(digits[max(0, rexp):]):
        return False
    lead = 0
    while lead < outp and digits[lead] == 0:
        lead += 1
    return not (lead < outp and rexp - lead > user_digits)


def _power(base, exponent_num, ccns: int):
    """base ** n: left-to-right binary powering at DIGITS precision; 1/x for negative n."""
    power = whole_value(exponent_num)
    if power is None or not -2147483647 <= power <= 2147483647:
        raise RexxError(26)
    negative = power < 0
    bits = bin(abs(power))[2:] if power else ""
    acc = (False, "1", 1)
    for i, bit in enumerate(bits):
        if bit == "1":
            acc = _strip_checked(_multiply(acc, base, ccns))
        if i < len(bits) - 1:
            acc = _strip_checked(_multiply(acc, acc, ccns))
    if negative:
        if acc[1] == "0":
            raise RexxError(42, 3)      # Regina loops forever here
        return quotient((False, "1", 1), acc, ccns)
    return acc


def _whole_power(x: int, y: int, ccns: int):
    """``x ** y`` for a whole ``x`` within DIGITS and a whole ``y >= 0``: exactly ``_power``'s
    steps (each product of DIGITS+1-digit operands rounded by ``_round``'s rule, leading zero
    counted twice), on ints instead of digit strings; the unformatted result, or None when the
    general path must decide (a zero base)."""
    if x == 0:
        return None
    base = -x if x < 0 else x
    mantissa, shift = 1, 0                  # the value so far: mantissa * 10**shift
    bits = bin(y)[2:] if y else ""
    last = len(bits) - 1
    for i, bit in enumerate(bits):
        if bit == "1":
            mantissa, shift = _int_product(mantissa, shift, base, 0, ccns)
        if i < last:
            mantissa, shift = _int_product(mantissa, shift, mantissa, shift, ccns)
    dig = str(mantissa)
    return _finish((x < 0 and y % 2 == 1, dig, shift + len(dig)), ccns, True)


def _int_product(fm: int, fs: int, sm: int, ss: int, ccns: int) -> tuple[int, int]:
    """``_multiply`` then ``_strip_checked`` on values ``m * 10**s`` (m > 0, as its digits)."""
    fdigits, sdigits = len(str(fm)), len(str(sm))
    if fdigits > ccns + 1:
        fm, fs, fdigits = fm // P10[fdigits - ccns - 1], fs + fdigits - ccns - 1, ccns + 1
    if sdigits > ccns + 1:
        sm, ss, sdigits = sm // P10[sdigits - ccns - 1], ss + sdigits - ccns - 1, ccns + 1
    product, shift = fm * sm, fs + ss
    size = fdigits + sdigits
    leading = size - len(str(product))     # 0, or 1 when the product is a digit shorter
    drop = size - (ccns + 2 * leading)
    if drop > 0:
        kept, rest = divmod(product, P10[drop])
        if rest >= 5 * P10[drop - 1]:
            kept += 1
            if leading == 0 and kept == P10[size - drop]:     # 99..9 rounded up
                kept, shift = kept // 10, shift + 1
        product, shift = kept, shift + drop
    exp = shift + len(str(product))
    if exp - 1 > MAX_EXPONENT or -MAX_EXPONENT > exp + 1:
        raise RexxError(42)
    return product, shift


def _strip_checked(num):
    """Regina's ``descr_strip`` inside ``**``: drop leading zeros, check the exponent range."""
    neg, dig, exp = num
    stripped = dig.lstrip("0")
    exp -= len(dig) - len(stripped)
    if exp - 1 > MAX_EXPONENT or -MAX_EXPONENT > exp + 1:
        raise RexxError(42)
    return (neg, stripped or "0", exp if stripped else 1)


def _finish(num, ccns: int, strip_fraction: bool):
    """What Regina does to every result: strip, round to DIGITS, maybe drop fraction zeros."""
    num = _round(strip(num), ccns)
    if strip_fraction:
        num = _strip_fraction_zeros(num)
    return num


def operate(op: str, f, s, ccns: int, form: str = "SCIENTIFIC"):
    """``f op s`` on internal numbers; the unformatted result."""
    if op == "+":
        return _finish(add(f, s, ccns), ccns, False)
    if op == "-":
        return _finish(add(f, (not s[0], s[1], s[2]), ccns), ccns, False)
    if op == "*":
        return _finish(_multiply(f, s, ccns), ccns, False)
    if op in _DIVISIONS:
        if s[1] == "0":
            raise RexxError(42, 3)
        kind = _DIVISIONS[op]
        if kind == _NORMAL:
            return _finish(quotient(f, s, ccns), ccns, True)
        return _finish(_divide(f, s, ccns, kind, form), ccns, True)
    if op == "**":
        return _finish(_power(f, s, ccns), ccns, True)
    raise ValueError(f"unknown arithmetic operator {op!r}")


# --------------------------------------------------------------------------------------------
# The interface for the interpreter

def _operand(value: str):
    num = scan(value)
    if isinstance(num, int):
        raise RexxError(41)     # Regina gives no sub-number: "Bad arithmetic conversion"
    return num


def _fast(op: str, a: str, b: str, digits: int) -> str | None:
    """Exact integer results that fit in DIGITS, without the general machinery."""
    x = _plain_int(a)
    if x is None:
        return None
    y = _plain_int(b)
    if y is None:
        return None
    limit = ten_power(digits)
    if not (-limit < x < limit and -limit < y < limit):
        return None
    if op == "+":
        r = x + y
    elif op == "-":
        r = x - y
    elif op == "*":
        r = x * y
    elif op == "/":
        if y == 0 or x % y:
            return None
        r = x // y
    elif op == "%":
        if y == 0:
            return None
        r = abs(x) // abs(y)
        if (x < 0) != (y < 0):
            r = -r
    elif op == "//":
        if y == 0:
            return None
        r = abs(x) % abs(y)
        if x < 0:
            r = -r
    else:
        return None
    if -limit < r < limit:
        return str(r)
    return None


def _fast_power(a: str, b: str, digits: int, form: str) -> str | None:
    """``a ** b`` for a whole base within DIGITS and a whole exponent ``0 <= b < 10**DIGITS``
    without the digit strings: the exact int when it fits, else ``_whole_power``."""
    x = _plain_int(a)
    if x is None:
        return None
    y = _plain_int(b)
    if y is None or y < 0:
        return None
    limit = ten_power(digits)
    if not (-limit < x < limit and y < limit and y <= 2147483647):    # Regina: Error 26 beyond
        return None
    if y <= 64:
        r = x ** y
        if -limit < r < limit:
            return str(r)
    num = _whole_power(x, y, digits)
    return None if num is None else normalise(num, digits, form)


def binary(op: str, a: str, b: str, digits: int, form: str = "SCIENTIFIC",
           lost=None) -> str:
    """``a op b`` for op in ``+ - * / % // **`` under NUMERIC DIGITS/FORM, as Regina shows it.

    Errors: 41 (an operand is not a number), 42.3 (division by zero), 26 (``**`` with a
    non-whole power), 26.11/26.12 (``%``/``//`` quotient too large for DIGITS), 42 (exponent
    overflow).

    ``lost``, when given, is called as ``lost(index, value)`` for each operand (0 left, 1 right)
    that has more significant digits than DIGITS, before the operation, as Regina raises the
    LOSTDIGITS condition (its description is the operand: the symbol or literal as written,
    or the value).  It may raise to SIGNAL, or return to let the operation go on.
    """
    quick = _fast_power(a, b, digits, form) if op == "**" else _fast(op, a, b, digits)
    if quick is not None:
        return quick
    f = _operand(a)
    s = _operand(b)
    if lost is not None and not (op in _DIVISIONS and s[1] == "0"):
        for index, (num, text) in enumerate(((f, a), (s, b))):
            if loses_digits(num, digits):
                lost(index, text)
    return normalise(operate(op, f, s, digits, form), digits, form)


def loses_digits(num, digits: int) -> bool:
    """True when ``num`` has a non-zero digit beyond the first DIGITS (Regina's LOSTDIGITS)."""
    return len(num[1]) > digits and bool(num[1][digits:].strip("0"))


def prefix(op: str, a: str, digits: int, form: str = "SCIENTIFIC") -> str:
    """Unary ``+a`` or ``-a``: the operand rounded to DIGITS (``-' 3 '`` is ``-3``)."""
    x = _plain_int(a)
    limit = ten_power(digits)
    if x is not None and -limit < x < limit:
        return str(-x if op == "-" else x)
    neg, dig, exp = _operand(a)
    if op == "-":
        neg = not neg
    return normalise(_finish((neg, dig, exp), digits, False), digits, form)


def exact_prefix(op: str, a: str) -> str:
    """Unary ``+a`` or ``-a`` keeping every digit of ``a`` (what Regina's DO TO and BY see:
    it rounds a prefix operator's result to DIGITS only when making its text)."""
    neg, dig, exp = _operand(a)
    if op == "-":
        neg = not neg
    return normalise((neg, dig, exp), max(len(dig), 1))


def compare(a: str, b: str, digits: int, fuzz: int = 0) -> int | None:
    """-1, 0 or 1 comparing numbers ``a`` and ``b`` as Regina does; None unless both are numbers.

    Regina compares sign, then exponent, then the first DIGITS-FUZZ digits, with a final
    look at the next digit for rounding (its ``string_test``); it does not subtract.
    """
    x = _plain_int(a)
    if x is not None:
        y = _plain_int(b)
        if y is not None and len(a) <= digits - fuzz and len(b) <= digits - fuzz:
            return (x > y) - (x < y)
    f = scan(a)
    if isinstance(f, int):
        return None
    s = scan(b)
    if isinstance(s, int):
        return None
    return compare_numbers(f, s, digits - fuzz)


def compare_numbers(f, s, precision: int) -> int:
    """Regina's ``string_test`` on internal numbers, comparing ``precision`` digits."""
    fneg, fdig, fexp = f
    sneg, sdig, sexp = s
    if fneg != sneg:
        return -1 if fneg else 1
    fzero = fdig == "0"
    szero = sdig == "0"
    if fzero or szero:
        if fzero and szero:
            return 0
        if fzero:
            return 1 if sneg else -1
        return -1 if fneg else 1
    if fexp != sexp:
        return 1 if fneg != (fexp > sexp) else -1
    top = min(precision, max(len(fdig), len(sdig)))
    top = max(top, 0)
    fpart = fdig[:top].ljust(top, "0")
    spart = sdig[:top].ljust(top, "0")
    if fpart != spart:
        return 1 if fneg != (fpart > spart) else -1
    fnext = fdig[top] if top < len(fdig) else "0"
    snext = sdig[top] if top < len(sdig) else "0"
    if (fnext > "4") == (snext > "4"):
        return 0
    return 1 if fneg != (fnext > "5") else -1


def divide_both(f, s, ccns: int, form: str, user_digits: int):
    """Regina's integer division giving (quotient, remainder), as D2X and D2C use it."""
    return _divide(f, s, ccns, _BOTH, form, user_digits)
