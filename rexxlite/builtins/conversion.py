"""The conversion and bit built-in functions: B2X C2X X2B X2C BITAND BITOR BITXOR DATATYPE
ERRORTEXT.

C2X, X2C and the BIT functions work on bytes: a string is the bytes of its UTF-8 encoding,
and bytes become a string by UTF-8 decoding with ``surrogateescape`` (``rexxlite.charset``,
docs/unicode.md). So ``c2x('é')`` is ``C3A9`` as in Regina, ``x2c('C3A9')`` is ``é``, and
``c2x(x2c(h))`` gives back ``h``.

Hexadecimal and binary arguments are checked as Regina checks them, quirks included: white
space (blank, tab, newline, VT, FF, CR) may separate groups but not lead or trail; in a hex
string every group after the first must have an even number of digits (X2B does not mind an
odd last group); B2X silently drops the bits of a last group that do not fill a nibble, and
DATATYPE(s, 'B') counts the separators themselves when it checks group sizes (so it rejects
'0000 0000 0000'), as Regina does.
"""

from __future__ import annotations

import os

from rexxlite.charset import from_bytes, to_bytes
from rexxlite.error_messages import MESSAGES
from rexxlite.errors import RexxError
from rexxlite.builtins import args
from rexxlite.builtins.registry import builtin

_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")
_SPACE = frozenset(args.WHITESPACE)


# --- hexadecimal and binary strings --------------------------------------------------------

def _pack_hex(bif: str, string: str) -> bytes:
    """The bytes a hex string stands for (Regina's pack_hex), 40.25 when it is not one."""
    def invalid():
        return RexxError(40, 25, bif=bif, value=string)

    if string and (string[0] in _SPACE or string[-1] in _SPACE):
        raise invalid()
    first_group = len(string) - len(string.lstrip("0123456789abcdefABCDEF"))
    at_boundary = first_group % 2 == 0     # an odd first group starts with an implied 0
    nibbles = [] if at_boundary else [0]
    for char in string:
        if char in _SPACE:
            if not at_boundary:
                raise invalid()
        elif char in _HEX_DIGITS:
            nibbles.append(int(char, 16))
            at_boundary = not at_boundary
        else:
            raise invalid()
    if not at_boundary:
        raise invalid()
    return bytes(high * 16 + low for high, low in zip(nibbles[::2], nibbles[1::2]))


def _valid_hex(string: str) -> bool:
    """DATATYPE(s, 'X'): groups after the first of even length, no outer white space."""
    if string and (string[0] in _SPACE or string[-1] in _SPACE):
        return False
    state = 0                     # 0: first group; 2: at a byte boundary; 1: inside a byte
    for char in string:
        if char in _SPACE:
            if state == 1:
                return False
            state = state or 2
        elif char in _HEX_DIGITS:
            if state:
                state = 3 - state
        else:
            return False
    return state != 1


def _valid_binary(string: str) -> bool:
    """DATATYPE(s, 'B') exactly as Regina's valid_binary_const: scanning from the right, at
    each white space the count of characters seen so far (separators included) must be a
    multiple of four."""
    if not string:
        return True
    if string[0] in _SPACE or string[-1] in _SPACE:
        return False
    for seen, char in enumerate(reversed(string)):
        if char in _SPACE:
            if seen % 4:
                return False
        elif char not in "01":
            return False
    return True


@builtin("B2X", 1, 1)
def b2x(ctx, string):
    """The hex digits for a binary string (Regina's std_b2x, quirks included)."""
    def invalid():
        return RexxError(40, 24, bif="B2X", value=string)

    first_group = len(string) - len(string.lstrip("01"))
    if string and (first_group == 0 or string[-1] in _SPACE):
        raise invalid()
    bit = (4 - first_group % 4) % 4          # the implied leading zeros of the first group
    nibble, digits = 0, []
    for char in string:
        if char in _SPACE:
            if bit:
                raise invalid()
        elif char in "01":
            nibble = nibble * 2 + (char == "1")
            bit += 1
            if bit == 4:
                digits.append("0123456789ABCDEF"[nibble])
                nibble = bit = 0
        else:
            raise invalid()
    return "".join(digits)


@builtin("X2B", 1, 1)
def x2b(ctx, string):
    """The bits of a hex string, four per digit (Regina's std_x2b)."""
    if string and (string[0] in _SPACE or string[-1] in _SPACE):
        raise RexxError(40, 25, bif="X2B", value=string)
    state = 0                     # 0: first group; 2: at a byte boundary; 1: inside a byte
    bits = []
    for char in string:
        if char in _SPACE:
            if state == 1:
                raise RexxError(40, 25, bif="X2B", value=string)
            state = state or 2
        elif char in _HEX_DIGITS:
            bits.append(format(int(char, 16), "04b"))
            if state:
                state = 3 - state
        else:
            raise RexxError(40, 25, bif="X2B", value=string)
    return "".join(bits)


@builtin("C2X", 1, 1)
def c2x(ctx, string):
    return to_bytes(string).hex().upper()


@builtin("X2C", 1, 1)
def x2c(ctx, string):
    return from_bytes(_pack_hex("X2C", string))


# --- BITAND, BITOR, BITXOR -----------------------------------------------------------------

def _bits(bif: str, operation, string1: str, string2: str | None, pad: str | None) -> str:
    """``operation`` byte by byte; the longer string's tail is combined with ``pad`` when
    given, else kept as it is. The bytes are combined as one big integer each (a per-byte
    loop was two thirds of the BIT functions' time on four-byte words)."""
    pad_byte = args.byte_arg(bif, 3, pad)
    first = to_bytes(string1)
    second = to_bytes(string2) if string2 else b""
    if len(second) > len(first):
        first, second = second, first
    n, tail = len(first), b""
    if len(second) < n:
        if pad_byte is None:
            n = len(second)
            first, tail = first[:n], first[n:]
        else:
            second += bytes((pad_byte,)) * (n - len(second))
    return from_bytes(operation(int.from_bytes(first, "big"),
                                int.from_bytes(second, "big")).to_bytes(n, "big") + tail)


@builtin("BITAND", 1, 3)
def bitand(ctx, string1, string2=None, pad=None):
    return _bits("BITAND", int.__and__, string1, string2, pad)


@builtin("BITOR", 1, 3)
def bitor(ctx, string1, string2=None, pad=None):
    return _bits("BITOR", int.__or__, string1, string2, pad)


@builtin("BITXOR", 1, 3)
def bitxor(ctx, string1, string2=None, pad=None):
    return _bits("BITXOR", int.__xor__, string1, string2, pad)


# --- DATATYPE ------------------------------------------------------------------------------

_SYMBOL = r"[A-Za-z0-9.!?_#@$]+\Z"
_EXPONENT_CONSTANT = r"(?:[0-9]+\.?[0-9]*|\.[0-9]+)[eE][-+][0-9]+\Z"


def _is_number(string: str) -> bool:
    from rexxlite.numbers.arith import is_number   # imported here: arith imports the built-ins' helpers

    return is_number(string)


def _is_symbol(string: str) -> bool:
    """A valid Rexx symbol (SYMBOL() would not say BAD): symbol characters only, or a
    number with a signed exponent such as 1.5E+3."""
    from rexxlite.syntax.sre_patterns import pattern      # (when first needed: start-up)
    return bool(pattern(_SYMBOL).match(string) or pattern(_EXPONENT_CONSTANT).match(string))


def _ascii_all(string: str, chars: str) -> bool:
    return bool(string) and all(char in chars for char in string)


_LOWER = "abcdefghijklmnopqrstuvwxyz"
_UPPER = _LOWER.upper()
_DIGITS = "0123456789"

_TYPE_CHECKS = {
    "A": lambda ctx, s: _ascii_all(s, _LOWER + _UPPER + _DIGITS),
    "B": lambda ctx, s: _valid_binary(s),
    "L": lambda ctx, s: _ascii_all(s, _LOWER),
    "M": lambda ctx, s: _ascii_all(s, _LOWER + _UPPER),
    "N": lambda ctx, s: _is_number(s),
    "S": lambda ctx, s: _is_symbol(s),
    "U": lambda ctx, s: _ascii_all(s, _UPPER),
    # whole: exactly whole (no rounding) and no more digits than NUMERIC DIGITS
    "W": lambda ctx, s: _is_number(s) and args.exact_integer(s, ctx.digits) is not None,
    "X": lambda ctx, s: _valid_hex(s),
}


@builtin("DATATYPE", 1, 2)
def datatype(ctx, string, type_=None):
    """NUM or CHAR; with a type letter, 1 when ``string`` is of that type, else 0."""
    if type_ is None:
        return "NUM" if string and _is_number(string) else "CHAR"
    letter = args.option("DATATYPE", 2, type_, "ABLMNSUWX", "")
    if letter == "S" and ctx.tracing >= 3:
        from rexxlite.builtins.symbol_trace import trace_symbol_reference
        trace_symbol_reference(ctx, string)
    return "1" if _TYPE_CHECKS[letter](ctx, string) else "0"


# --- ERRORTEXT -----------------------------------------------------------------------------

def _error_number_part(part: str) -> int:
    """One side of N.M as Regina's atoposorzero reads it (40.11 / 40.13 name the part)."""
    number = args.parse_whole(part)
    if number is None:
        raise RexxError(40, 11, bif="ERRORTEXT", argnumber=1, value=part)
    if number < 0:
        raise RexxError(40, 13, bif="ERRORTEXT", argnumber=1, value=part)
    return number


@builtin("ERRORTEXT", 1, 2)
def errortext(ctx, number, option=None):
    """The text of error ``number`` (N or N.M); '' when there is none. Regina reads N and M
    separately as whole numbers (so '40.012' is 40.12), and numbers of 100 and up give the
    system's text for errno N-100. Option S (standard) gives the same texts as N."""
    args.option("ERRORTEXT", 2, option, "NS", "N")
    if number.count(".") > 1:
        raise RexxError(40, 11, bif="ERRORTEXT", argnumber=1, value=number)
    major_text, _, minor_text = number.partition(".")
    major = _error_number_part(major_text)
    minor = _error_number_part(minor_text) if "." in number else 0
    if major == 100:
        return "" if minor else "[Unknown filesystem error]"     # Regina: 100.M has no text
    if major > 100:
        return os.strerror(major - 100)
    return MESSAGES.get((major, minor), "")
