"""Checking and converting built-in function arguments, raising Error 40 as Regina words it.

Whole-number arguments follow Regina (not NUMERIC DIGITS): the argument must be a Rexx number
(blanks, tabs and other C white space may surround it and follow a sign) whose value is
exactly a whole number, and its magnitude must fit a C int (at most 2147483647). So
``substr(s, '2.0')`` and ``substr(s, '1e0')`` are fine, ``'2.5'``, ``'1e10'`` and
``'2147483648'`` are Error 40.12, whatever NUMERIC DIGITS is.
"""

from __future__ import annotations

from rexxlite.charset import char_byte
from rexxlite.errors import RexxError

#: The characters C's isspace() accepts: what Regina skips around numbers and between words.
WHITESPACE = " \t\n\v\f\r"


def plain_split(string: str) -> bool:
    """Whether Python's own ``str.split()`` splits ``string`` into words as C's isspace() does:
    ASCII, without the four separators (\\x1c-\\x1f) Python counts as white space and C does
    not. (Five scans in C: faster than one regular expression search.)"""
    return (string.isascii() and "\x1c" not in string and "\x1d" not in string
            and "\x1e" not in string and "\x1f" not in string)


#: The largest magnitude Regina accepts for a whole-number argument (a C int).
MAX_WHOLE = 2**31 - 1

_WS = "[ \\t\\n\\v\\f\\r]*"
_NUMBER = None                      # made when first needed (``_number_pattern``)


def _number_pattern():
    global _NUMBER
    from rexxlite.syntax.sre_patterns import pattern
    _NUMBER = pattern(
        rf"{_WS}([-+]?){_WS}((?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?){_WS}\Z")
    return _NUMBER


def _decimal(value: str) -> Decimal | None:
    """``value`` as an exact Decimal when it is a Rexx number (no rounding), else None."""
    match = (_NUMBER or _number_pattern()).match(value)
    if match is None:
        return None
    from decimal import Decimal          # imported when first needed (start-up)
    return Decimal(match.group(1) + match.group(2))


def exact_integer(value: str, max_digits: int) -> int | None:
    """``value`` as an int when it is a number whose value is exactly whole and has at most
    ``max_digits`` digits (leading zeros aside); otherwise None."""
    if value.isdigit() and value.isascii():     # the common case: plain digits
        significant = value.lstrip("0")
        return int(value) if len(significant) <= max_digits else None
    number = _decimal(value)
    if number is None:
        return None
    sign, digits, exponent = number.as_tuple()
    if exponent < 0:
        if any(digits[exponent:]):
            return None
        digits, exponent = digits[:exponent], 0
    text = "".join(map(str, digits)).lstrip("0")
    if not text:
        return 0
    if len(text) + exponent > max_digits:
        return None
    result = int(text) * 10**exponent
    return -result if sign else result


def parse_whole(value: str) -> int | None:
    """``value`` as Regina reads a whole-number argument (see the module doc), else None."""
    number = exact_integer(value, len(str(MAX_WHOLE)))
    if number is None or abs(number) > MAX_WHOLE:
        return None
    return number


def whole(bif: str, pos: int, value: str) -> int:
    """Argument ``pos`` as a whole number (40.12 when it is not one)."""
    number = parse_whole(value)
    if number is None:
        raise RexxError(40, 12, bif=bif, argnumber=pos, value=value)
    return number


def nonnegative(bif: str, pos: int, value: str) -> int:
    """A whole number >= 0 (40.13 otherwise)."""
    number = whole(bif, pos, value)
    if number < 0:
        raise RexxError(40, 13, bif=bif, argnumber=pos, value=value)
    return number


def positive(bif: str, pos: int, value: str) -> int:
    """A whole number >= 1 (40.14 otherwise)."""
    number = whole(bif, pos, value)
    if number < 1:
        raise RexxError(40, 14, bif=bif, argnumber=pos, value=value)
    return number


def length_arg(bif: str, pos: int, value: str | None, default: int) -> int:
    """An optional length: ``default`` when omitted, else a whole number >= 0."""
    return default if value is None else nonnegative(bif, pos, value)


def start_arg(bif: str, pos: int, value: str | None, default: int = 1) -> int:
    """An optional start position: ``default`` when omitted, else a whole number >= 1."""
    return default if value is None else positive(bif, pos, value)


def pad_char(bif: str, pos: int, value: str | None, default: str = " ") -> str:
    """A single pad character (40.23 otherwise)."""
    if value is None:
        return default
    if len(value) != 1:
        raise RexxError(40, 23, bif=bif, argnumber=pos, value=value)
    return value


def byte_arg(bif: str, pos: int, value: str | None, default: int | None = None) -> int | None:
    """A single character that stands for one byte (see ``charset``), as that byte's value;
    ``default`` when omitted (40.23 otherwise, as Regina says of a two-byte UTF-8 'é')."""
    if value is None:
        return default
    byte = char_byte(value) if len(value) == 1 else None
    if byte is None:
        raise RexxError(40, 23, bif=bif, argnumber=pos, value=value)
    return byte


def option(bif: str, pos: int, value: str | None, allowed: str, default: str) -> str:
    """The first letter of an option, upper-cased, that must be one of ``allowed``
    (40.21 when the option is the null string, 40.28 when it starts otherwise)."""
    if value is None:
        return default
    if value == "":
        raise RexxError(40, 21, bif=bif, argnumber=pos)
    letter = value[:1].upper()
    if letter not in allowed:
        raise RexxError(40, 28, bif=bif, argnumber=pos, optionslist=allowed, value=value)
    return letter


def decimal_value(value: str) -> Decimal | None:
    """``value`` as an exact Decimal when it is a Rexx number (blanks allowed around it)."""
    return _decimal(value)
