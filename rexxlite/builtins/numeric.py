"""The numeric built-in functions: ABS SIGN TRUNC MAX MIN FORMAT DIGITS FUZZ FORM and the
decimal conversions D2X D2C X2D C2D, with Regina 3.6's results and Error 40 texts.

Regina's quirks are kept on purpose (each was checked against Regina 3.6):

- ABS, MAX and MIN show their result with as many digits as the argument has, not rounded to
  NUMERIC DIGITS (``abs(12345678901)`` is ``12345678901``, ``abs('1e2')`` is ``1E+2``);
  MAX and MIN compare exactly and keep the first of equal values;
- TRUNC does not round to DIGITS either, and ``trunc(-0.5)`` is ``-0``;
- FORMAT with only its first argument rounds to DIGITS; with more it uses every digit;
- D2X/D2C divide by 256 with Regina's integer division, so a number whose quotient by 256 has
  more digits than NUMERIC DIGITS raises Error 26.11 (``d2x(1e12)`` under DIGITS 9);
- X2D/C2D show at least DIGITS digits but never round a significant digit away, so
  ``x2d('E8D4A51000')`` is ``1.00000000E+12`` under DIGITS 9.
"""

from __future__ import annotations

from rexxlite.numbers import arith
from rexxlite.charset import byte_char, from_bytes, to_bytes
from rexxlite.error_messages import MESSAGES
from rexxlite.errors import RexxError, fill
from rexxlite.numbers.numvalue import as_written, extreme
from rexxlite.numbers.ten_powers import ten_power
from rexxlite.builtins import args
from rexxlite.builtins.conversion import _pack_hex
from rexxlite.builtins.registry import builtin


# --- arguments -----------------------------------------------------------------------------

def number_arg(bif: str, pos: int, value: str):
    """Argument ``pos`` as an internal number (40.11 not a number, 40.9 exponent too big)."""
    num = arith.scan(value)
    if num == arith.EXPONENT_TOO_BIG:
        text = fill(MESSAGES[(40, 9)], {"bif": bif, "argnumber": pos, "value": value})
        raise RexxError(40, 9, text=text.replace("#Limit_ExponentDigits", "9"))
    if isinstance(num, int):
        raise RexxError(40, 11, bif=bif, argnumber=pos, value=value)
    return num


def _optional_count(bif: str, pos: int, value: str | None) -> int:
    """An optional whole number >= 0, -1 when omitted."""
    return -1 if value is None else args.nonnegative(bif, pos, value)


def _as_written(num, form: str) -> str:
    """A number shown with all its digits (how ABS, MAX and MIN return theirs)."""
    return arith.normalise(num, len(num[1]), form)


# --- ABS SIGN TRUNC MAX MIN ----------------------------------------------------------------

@builtin("ABS", 1, 1)
def bif_abs(ctx, number):
    neg, dig, exp = number_arg("ABS", 1, number)
    return _as_written((False, dig, exp), ctx.form)


@builtin("SIGN", 1, 1)
def bif_sign(ctx, number):
    neg, dig, exp = number_arg("SIGN", 1, number)
    if dig == "0":
        return "0"
    return "-1" if neg else "1"


@builtin("TRUNC", 1, 2)
def bif_trunc(ctx, number, decimals=None):
    places = 0 if decimals is None else args.nonnegative("TRUNC", 2, decimals)
    return truncate(number_arg("TRUNC", 1, number), places)


def truncate(num, places: int) -> str:
    """``num`` with its fraction cut to ``places`` digits, as Regina's str_trunc writes it."""
    neg, dig, exp = num
    size = len(dig)
    parts = ["-"] if neg else []
    used = max(min(exp, size), 0)
    parts.append(dig[:used])
    if exp > used:
        parts.append("0" * (exp - used))
    elif used == 0:
        parts.append("0")
    lead = 0
    if places > 0:
        parts.append(".")
        if exp < 0:
            lead = -exp
            parts.append("0" * lead)
    stop = min(size - exp, places) + used - lead
    if stop > used:
        parts.append(dig[used:stop])
        used = stop
    fill_to = places + min(exp, size)
    if fill_to > used:
        parts.append("0" * (fill_to - used))
    return "".join(parts)


def _extreme(bif: str, ctx, values, want: int) -> str:
    """MAX (want 1) or MIN (want -1): the first argument that no other one beats."""
    if not values or any(v is None for v in values):
        raise RexxError(40, 3, bif=bif, argnumber=max(len(values), 1))
    best = extreme(values, want, ctx.form)
    if best is None:                    # an argument is not a number: its Error 40
        for pos, text in enumerate(values, 1):
            number_arg(bif, pos, text)
    return best


@builtin("MAX", 0, -1)
def bif_max(ctx, *values):
    return _extreme("MAX", ctx, values, 1)


@builtin("MIN", 0, -1)
def bif_min(ctx, *values):
    return _extreme("MIN", ctx, values, -1)


# --- DIGITS FUZZ FORM ----------------------------------------------------------------------

@builtin("DIGITS", 0, 0)
def bif_digits(ctx):
    return str(ctx.digits)


@builtin("FUZZ", 0, 0)
def bif_fuzz(ctx):
    return str(ctx.fuzz)


@builtin("FORM", 0, 0)
def bif_form(ctx):
    return ctx.form


# --- FORMAT --------------------------------------------------------------------------------

@builtin("FORMAT", 1, 5)
def bif_format(ctx, number, before=None, after=None, expp=None, expt=None):
    """The text is returned as a value that keeps its numeric parts (``as_written``): a
    program that keeps FORMAT's exponential text and computes with it (``@.n = format(m,,,,0)``
    then ``@.k + @.k``) would otherwise have it scanned again at every use."""
    counts = [_optional_count("FORMAT", pos, value)
              for pos, value in ((2, before), (3, after), (4, expp), (5, expt))]
    num = number_arg("FORMAT", 1, number)
    return as_written(format_bif(num, number, *counts, ctx.digits, ctx.form))


def format_bif(num, text: str, before: int, after: int, expp: int, expt: int,
                  digits: int, form: str) -> str:
    """FORMAT(text, before, after, expp, expt) for ``num`` (the number ``text`` holds); -1 is
    an omitted argument.  Regina's str_format, its non-ANSI choices included."""
    if before == after == expp == expt == -1:
        return arith.normalise(num, digits, form)
    if expt == -1:
        expt = digits
    engineering = form[:1].upper() == "E"
    neg, dig, exp = num
    dig = dig.rstrip("0") or "0"
    show_exp = (expp != 0 and (exp < -5 or exp > expt)) or expt == 0
    exponent = exp - 1 if show_exp else 0
    if show_exp and engineering:
        exponent -= exponent % 3

    afters = len(dig) - (exp - exponent)
    if after == -1:
        after = max(afters, 0)
    if afters > after:
        keep = exp - exponent + after          # mantissa digits that stay
        if keep < 0 or (keep == 0 and dig[0] < "5"):
            dig, neg = "0", False
        elif dig[keep] >= "5":
            bumped = str(int(dig[:keep] or "0") + 1).zfill(keep)
            if len(bumped) > keep:              # 9.99 -> 10.0: one more digit in front
                exp += 1
                if exp - exponent > expt and expp != 0:
                    show_exp = True
                if show_exp:
                    exponent = exp - 1
                    if engineering:
                        exponent -= exponent % 3
            dig = bumped
        else:
            dig = dig[:keep]
            if not dig.strip("0"):
                neg = False

    point = exp - exponent
    integer_digits = point if point > 0 else 1
    sign = 1 if neg else 0
    if before == -1:
        before = integer_digits + sign
    if integer_digits > before - sign:
        raise RexxError(40, 38, bif="FORMAT", argnumber=2, value=text)
    if show_exp:
        exp_text = f"{exponent:+d}"
        exp_len = len(exp_text) - 1
        width = exp_len if expp == -1 else expp
        if exp_len > width:
            raise RexxError(40, 38, bif="FORMAT", argnumber=4, value=text)
    return (_integer_part(dig, point, before, neg) + _fraction_part(dig, point, after)
            + (_exponent_part(exponent, exp_text, width, expp) if show_exp else ""))


def _integer_part(dig: str, point: int, before: int, neg: bool) -> str:
    if point <= 0:
        body = "-0" if neg else "0"
    else:
        body = ("-" if neg else "") + dig[:point] + "0" * max(point - len(dig), 0)
    return body.rjust(before)


def _fraction_part(dig: str, point: int, after: int) -> str:
    if after <= 0:
        return ""
    if point < 0:
        zeros = min(-point, after)
        frac = "0" * zeros + dig[:after - zeros]
    else:
        frac = dig[point:point + after]
    return "." + frac.ljust(after, "0")


def _exponent_part(exponent: int, exp_text: str, width: int, expp: int) -> str:
    if exponent == 0:
        return " " * (width + 2) if expp != -1 else ""
    return "E" + exp_text[0] + exp_text[1:].rjust(width, "0")


# --- D2X D2C X2D C2D -----------------------------------------------------------------------

def _whole_arg(bif: str, value: str):
    """Argument 1 of D2X/D2C: a whole number of any size (40.12 otherwise)."""
    num = arith.scan(value)
    if isinstance(num, int) or arith.whole_value(num) is None:
        raise RexxError(40, 12, bif=bif, argnumber=1, value=value)
    return num


def _to_bytes(bif: str, value: str, length: str | None, digits: int, form: str,
              nibbles: bool) -> tuple[bytes, int]:
    """The bytes for D2X/D2C and the length asked for (-1 when omitted)."""
    num = _whole_arg(bif, value)
    count = -1 if length is None else args.nonnegative(bif, 2, length)
    if count == -1 and num[0]:
        raise RexxError(40, 13, bif=bif, argnumber=1, value=value)
    size = (count + 1) // 2 if nibbles and count > 0 else count
    return binerize(num, size, digits, form), count


_BYTE = (False, "256", 3)
_MINUS_ONE = (True, "1", 1)


def binerize(num, length: int, digits: int, form: str = "SCIENTIFIC") -> bytes:
    """``num`` as bytes, as ``binerize_by_division`` makes them, worked on a Python int (the
    division is digit by digit in Python, quadratic: 140 s for a 14,000-digit number). Only a
    quotient too large for DIGITS (Error 26.11) is left to the division, which raises it."""
    if length == 0:
        return b""
    value = arith.whole_value(num)
    if value is None or abs(value) // 256 >= ten_power(digits):
        return binerize_by_division(num, length, digits, form)
    if length == -1:
        return value.to_bytes(max(1, (value.bit_length() + 7) // 8), "big")
    return (value % (1 << (8 * length))).to_bytes(length, "big")


def binerize_by_division(num, length: int, digits: int, form: str = "SCIENTIFIC") -> bytes:
    """Regina's str_binerize: ``num`` as bytes by repeated integer division by 256.

    ``length`` -1 gives as many bytes as the value needs (it must not be negative); otherwise
    exactly ``length`` bytes, two's complement for negative values.  The division runs with
    as many digits as the number's integer part, but Regina checks each quotient against the
    program's DIGITS (Error 26.11).
    """
    ccns = max(num[2], 3)
    out = bytearray()
    if length == 0:
        return b""
    while True:
        quotient, remainder = arith.divide_both(num, _BYTE, ccns, form, digits)
        num = arith.strip(quotient)
        remainder = arith.strip(remainder)
        if length != -1 and remainder[0]:
            num = arith.strip(arith.add(num, _MINUS_ONE, ccns))
            remainder = arith.add(remainder, _BYTE, ccns)
        out.append(arith.whole_value(remainder) & 0xFF)
        if length == -1 and num[1] == "0" or len(out) == length:
            break
    out.reverse()
    return bytes(out)


@builtin("D2X", 1, 2)
def bif_d2x(ctx, number, length=None):
    data, count = _to_bytes("D2X", number, length, ctx.digits, ctx.form, nibbles=True)
    hex_digits = data.hex().upper()
    if count == -1:
        return hex_digits[1:] if len(hex_digits) > 1 and hex_digits[0] == "0" else hex_digits
    return hex_digits[len(hex_digits) - count:]


@builtin("D2C", 1, 2)
def bif_d2c(ctx, number, length=None):
    if length is None and len(number) < 4 and number.isdigit() and number.isascii() \
            and len(number) <= ctx.digits:
        value = int(number)             # a byte's number (``d2c(65)``): the byte itself
        if value < 256:
            return byte_char(value)
    data, _ = _to_bytes("D2C", number, length, ctx.digits, ctx.form, nibbles=False)
    return from_bytes(data)


def digitize(value: int, digits: int, form: str) -> str:
    """An integer from X2D/C2D, shown with at least DIGITS digits, never losing one."""
    if value == 0:
        return "0"
    text = str(abs(value))
    significant = len(text.rstrip("0"))
    return arith.normalise((value < 0, text, len(text)), max(significant, digits), form)


def _signed(hex_digits: str, count: int | None) -> int:
    """The value of hex digits; with ``count``, its last ``count`` digits as two's complement."""
    if count is None:
        return int(hex_digits or "0", 16)
    if count == 0:
        return 0
    field = hex_digits[-count:].rjust(count, "0")
    value = int(field, 16)
    if int(field[0], 16) >= 8:
        value -= 16 ** count
    return value


@builtin("X2D", 1, 2)
def bif_x2d(ctx, hex_string, length=None):
    count = None if length is None else args.nonnegative("X2D", 2, length)
    hex_digits = _pack_hex("X2D", hex_string).hex()
    if hex_string and len(hex_string.split()[0]) % 2:
        hex_digits = hex_digits[1:]          # the implied leading 0 of an odd first group
    return digitize(_signed(hex_digits, count), ctx.digits, ctx.form)


@builtin("C2D", 1, 2)
def bif_c2d(ctx, string, length=None):
    count = None if length is None else args.nonnegative("C2D", 2, length)
    hex_digits = to_bytes(string).hex()
    return digitize(_signed(hex_digits, None if count is None else 2 * count),
                    ctx.digits, ctx.form)
