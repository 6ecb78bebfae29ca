"""The string built-in functions: ABBREV CENTER CENTRE CHANGESTR COMPARE COPIES COUNTSTR
DELSTR INSERT LASTPOS LEFT LENGTH OVERLAY POS REVERSE RIGHT SPACE STRIP SUBSTR TRANSLATE
VERIFY XRANGE.

Each behaves as Regina 3.6 does, edge cases and Error 40 sub-messages included (the
arguments are checked in Regina's order, so the first bad one is the one reported).

Strings are characters (code points), not bytes: LENGTH('é') is 1 where Regina, reading a
UTF-8 source, says 2, and a pad may be any one character. Only XRANGE is about byte values:
it returns one character per byte (see ``rexxlite.charset`` and docs/unicode.md), and it is
TRANSLATE's default input table. SPACE and STRIP (by default) deal in blanks (' ') only, as
in Regina; the word functions (words.py) also treat tab, newline, CR, FF and VT as blanks.
"""

from __future__ import annotations


from rexxlite.charset import all_bytes
from rexxlite.builtins import args
from rexxlite.builtins.registry import REGISTRY, builtin


def _fit(text: str, length: int, pad: str) -> str:
    """``text`` cut or padded on the right to exactly ``length`` characters."""
    return text[:length] + pad * (length - len(text))


@builtin("ABBREV", 2, 3)
def abbrev(ctx, information, info_abbrev, length=None):
    """1 when ``info_abbrev`` starts ``information`` and is at least ``length`` long."""
    length = args.length_arg("ABBREV", 3, length, len(info_abbrev))
    ok = information.startswith(info_abbrev) and length <= len(info_abbrev)
    return "1" if ok else "0"


@builtin("CENTER", 2, 3)
def center(ctx, string, length, pad=None):
    """``string`` centred in ``length`` characters: padded (the extra pad on the right) or
    cut (the extra character lost on the right)."""
    length = args.nonnegative("CENTER", 2, length)
    pad = args.pad_char("CENTER", 3, pad)
    size = len(string)
    if size > length:
        start = (size - length) // 2
        return string[start:start + length]
    left = (length - size) // 2
    return pad * left + string + pad * (length - size - left)


# CENTRE is CENTER under another name: Regina's messages for it say CENTER.
REGISTRY["CENTRE"] = REGISTRY["CENTER"]


@builtin("CHANGESTR", 3, 3)
def changestr(ctx, needle, haystack, new):
    """Every non-overlapping ``needle`` in ``haystack`` replaced by ``new`` (none when null)."""
    if not needle:
        return haystack
    return haystack.replace(needle, new)


@builtin("COMPARE", 2, 3)
def compare(ctx, string1, string2, pad=None):
    """0 when equal (the shorter padded), else the position of the first difference."""
    pad = args.pad_char("COMPARE", 3, pad)
    size = max(len(string1), len(string2))
    first, second = string1.ljust(size, pad), string2.ljust(size, pad)
    for index in range(size):
        if first[index] != second[index]:
            return str(index + 1)
    return "0"


@builtin("COPIES", 2, 2)
def copies(ctx, string, count):
    return string * args.nonnegative("COPIES", 2, count)


@builtin("COUNTSTR", 2, 2)
def countstr(ctx, needle, haystack):
    """How many non-overlapping ``needle`` there are in ``haystack`` (0 for a null needle)."""
    return str(haystack.count(needle)) if needle else "0"


@builtin("DELSTR", 2, 3)
def delstr(ctx, string, start, length=None):
    start = args.positive("DELSTR", 2, start)
    length = args.length_arg("DELSTR", 3, length, len(string))
    return string[:start - 1] + string[start - 1 + length:]


@builtin("INSERT", 2, 5)
def insert(ctx, new, target, position=None, length=None, pad=None):
    """``new`` (cut or padded to ``length``) inserted after character ``position``."""
    position = args.length_arg("INSERT", 3, position, 0)
    length = args.length_arg("INSERT", 4, length, len(new))
    pad = args.pad_char("INSERT", 5, pad)
    return _fit(target[:position], position, pad) + _fit(new, length, pad) + target[position:]


@builtin("LASTPOS", 2, 3)
def lastpos(ctx, needle, haystack, start=None):
    """The position of the last ``needle`` that ends at or before ``start``; 0 if none."""
    start = args.start_arg("LASTPOS", 3, start, len(haystack))
    if not needle:
        return "0"
    return str(haystack.rfind(needle, 0, start) + 1)


@builtin("LEFT", 2, 3)
def left(ctx, string, length, pad=None):
    length = args.nonnegative("LEFT", 2, length)
    return _fit(string, length, args.pad_char("LEFT", 3, pad))


@builtin("LENGTH", 1, 1)
def length(ctx, string):
    return str(len(string))


@builtin("OVERLAY", 2, 5)
def overlay(ctx, new, target, position=None, length=None, pad=None):
    """``target`` with ``new`` (cut or padded to ``length``) written over it from ``position``."""
    position = args.start_arg("OVERLAY", 3, position)
    length = args.length_arg("OVERLAY", 4, length, len(new))
    pad = args.pad_char("OVERLAY", 5, pad)
    before = _fit(target[:position - 1], position - 1, pad)
    return before + _fit(new, length, pad) + target[position - 1 + length:]


@builtin("POS", 2, 3)
def pos(ctx, needle, haystack, start=None):
    """The position of the first ``needle`` at or after ``start``; 0 if none (or null)."""
    start = args.start_arg("POS", 3, start)
    if not needle:
        return "0"
    return str(haystack.find(needle, start - 1) + 1)


@builtin("REVERSE", 1, 1)
def reverse(ctx, string):
    return string[::-1]


@builtin("RIGHT", 2, 3)
def right(ctx, string, length, pad=None):
    length = args.nonnegative("RIGHT", 2, length)
    pad = args.pad_char("RIGHT", 3, pad)
    kept = string[len(string) - length:] if length < len(string) else string
    return pad * (length - len(kept)) + kept


@builtin("SPACE", 1, 3)
def space(ctx, string, count=None, pad=None):
    """The blank-delimited words of ``string`` joined by ``count`` pad characters."""
    count = args.length_arg("SPACE", 2, count, 1)
    pad = args.pad_char("SPACE", 3, pad)
    words = [word for word in string.split(" ") if word]
    return (pad * count).join(words)


@builtin("STRIP", 1, 3)
def strip(ctx, string, option=None, char=None):
    """``string`` without leading (L), trailing (T) or both (B) ``char`` (a blank)."""
    option = args.option("STRIP", 2, option, "LTB", "B")
    char = args.pad_char("STRIP", 3, char)
    if option in "LB":
        string = string.lstrip(char)
    if option in "TB":
        string = string.rstrip(char)
    return string


@builtin("SUBSTR", 2, 4)
def substr(ctx, string, start, length=None, pad=None):
    start = args.positive("SUBSTR", 2, start)
    length = args.length_arg("SUBSTR", 3, length, max(len(string) - start + 1, 0))
    pad = args.pad_char("SUBSTR", 4, pad)
    return _fit(string[start - 1:], length, pad)


def translate_table(table_out: str | None, table_in: str | None, pad: str) -> dict:
    """The str.translate map: the n-th character of ``table_in`` (by default every byte, as
    XRANGE gives them in the current character model) becomes the n-th of ``table_out``, or
    ``pad`` past its end; the first occurrence of a character in ``table_in`` wins."""
    return _translate_map(table_out, all_bytes() if table_in is None else table_in, pad)


_MAPS: dict = {}             # (table_out, table_in, pad) -> map; cleared past _MAPS_KEPT
_MAPS_KEPT = 64


def _translate_map(table_out: str | None, table_in: str, pad: str) -> dict:
    """The ``str.translate`` map of the tables, kept for the next call with the same ones (a
    dict, not ``functools.lru_cache``: importing functools is a start-up cost)."""
    key = (table_out, table_in, pad)
    mapping = _MAPS.get(key)
    if mapping is not None:
        return mapping
    table_out = table_out or ""
    mapping = {}
    for index, char in enumerate(table_in):
        mapping.setdefault(ord(char), table_out[index] if index < len(table_out) else pad)
    if len(_MAPS) >= _MAPS_KEPT:
        _MAPS.clear()
    _MAPS[key] = mapping
    return mapping


_UPPER = {code: code - 32 for code in range(ord("a"), ord("z") + 1)}


def _upper(string: str) -> str:
    """Upper case as Regina's C locale does it: a-z only."""
    return string.translate(_UPPER)


@builtin("TRANSLATE", 1, 4)
def translate(ctx, string, table_out=None, table_in=None, pad=None):
    """``string`` upper-cased (a-z only) with no tables, else translated through them."""
    pad = args.pad_char("TRANSLATE", 4, pad)
    if table_out is None and table_in is None:
        return _upper(string)
    return string.translate(translate_table(table_out, table_in, pad))


@builtin("VERIFY", 2, 4)
def verify(ctx, string, reference, option=None, start=None):
    """The position of the first character from ``start`` that is not in ``reference``
    (N, nomatch) or is in it (M, match); 0 if there is none."""
    match = args.option("VERIFY", 3, option, "MN", "N") == "M"
    start = args.start_arg("VERIFY", 4, start)
    chars = set(reference)
    for index in range(start - 1, len(string)):
        if (string[index] in chars) == match:
            return str(index + 1)
    return "0"


@builtin("XRANGE", 0, 2)
def xrange(ctx, start=None, end=None):
    """Every byte value from ``start`` to ``end`` (wrapping past 'FF'x), one character each."""
    first = args.byte_arg("XRANGE", 1, start, 0x00)
    last = args.byte_arg("XRANGE", 2, end, 0xFF)
    table = all_bytes()
    if first <= last:
        return table[first:last + 1]
    return table[first:] + table[:last + 1]         # past 'FF'x on from '00'x
