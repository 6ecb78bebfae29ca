"""Regina's string extensions: UPPER LOWER INDEX FIND JUSTIFY (checked against Regina 3.6).

INDEX and FIND are POS and WORDPOS with the first two arguments swapped (haystack first), and
Regina reports their argument errors under those names (``POS argument 3 must be positive``).
"""

from __future__ import annotations

from rexxlite.builtins import args
from rexxlite.builtins.registry import REGISTRY, builtin


def _upper(text: str) -> str:
    from rexxlite.charset import rexx_upper
    return rexx_upper(text)


def _lower(text: str) -> str:
    from rexxlite.charset import rexx_lower
    return rexx_lower(text)


def _change_case(bif: str, change, string: str, start, length, pad) -> str:
    """UPPER / LOWER (string, start, length, pad): change the case of ``length`` characters
    from ``start``. As in Regina, a ``length`` past the end pads the result to ``length``
    characters in all (not to start+length-1): ``upper('abc', 2, 5, 'x')`` is ``aBCxx``."""
    first = args.start_arg(bif, 2, start)
    size = len(string)
    if length is None:
        count = size - first + 1 if size >= first else 0
    else:
        count = args.nonnegative(bif, 3, length)
    fill = args.pad_char(bif, 4, pad)
    begin = first - 1 if size >= first else size
    changed = min(count, size)
    text = string[:begin] + change(string[begin:begin + changed]) + string[begin + changed:]
    if changed < count:
        text = text[:changed] + fill * (count - changed)
    return text


@builtin("UPPER", 1, 4, extension=True)
def upper(ctx, string, start=None, length=None, pad=None):
    return _change_case("UPPER", _upper, string, start, length, pad)


@builtin("LOWER", 1, 4, extension=True)
def lower(ctx, string, start=None, length=None, pad=None):
    return _change_case("LOWER", _lower, string, start, length, pad)


@builtin("INDEX", 2, 3, extension=True)
def index(ctx, haystack, needle, start=None):
    return REGISTRY["POS"].fn(ctx, needle, haystack, start)


@builtin("FIND", 2, 3, extension=True)
def find(ctx, string, phrase, start=None):
    return REGISTRY["WORDPOS"].fn(ctx, phrase, string, start)


def _words(string: str) -> list[str]:
    return string.split() if string.isascii() else "".join(
        " " if ch in args.WHITESPACE else ch for ch in string).split(" ")


@builtin("JUSTIFY", 2, 3, extension=True)
def justify(ctx, string, length, pad=None):
    """The words of ``string`` spread over ``length`` characters, the gaps filled with ``pad``
    and the spare blanks given, one each, to the gaps after the first (gaps - spare) // 2, as
    Regina does. Words that do not fit are cut at ``length``; one word is padded on the right."""
    size = args.nonnegative("JUSTIFY", 2, length)
    fill = args.pad_char("JUSTIFY", 3, pad)
    words = [word for word in _words(string) if word]
    gaps = len(words) - 1
    chars = sum(map(len, words))
    if gaps <= 0 or chars + gaps > size:
        text = fill.join(words)
        return text[:size] + fill * (size - len(text))
    between, extra = divmod(size - chars, gaps)
    skipped = (gaps - extra) // 2
    parts = [words[0]]
    for gap, word in enumerate(words[1:]):
        wider = skipped <= gap < skipped + extra
        parts.append(fill * (between + wider) + word)
    return "".join(parts)
