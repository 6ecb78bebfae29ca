"""The string, word, bit and conversion built-ins (strings.py, words.py, conversion.py).

Every expected value in CASES was obtained by running the same call under Regina 3.6
(``rexx``, NUMERIC DIGITS 9 unless a case gives other digits): its result, or its Error 40
with sub-code and message. Arguments and results with bytes beyond ASCII are written
``X("hex")``: the text those bytes stand for under rexxlite's rule (UTF-8, each invalid byte
as its own escaped character; see docs/unicode.md). The cases after CASES check rexxlite's
own decisions where Regina counts bytes or crashes.
"""

from __future__ import annotations

import pytest

from rexxlite.builtins import REGISTRY, args
from rexxlite.charset import from_bytes, use_utf8
from rexxlite.errors import RexxError


class Ctx:
    """The little a string built-in uses of the running program."""

    def __init__(self, digits: int = 9):
        self.digits, self.fuzz, self.form = digits, 0, "SCIENTIFIC"
        self.tracing = 0                # TRACE off (DATATYPE(s, 'S') traces its lookup)


def X(hex_digits: str) -> str:
    """The text for these bytes (as X2C gives it)."""
    return from_bytes(bytes.fromhex(hex_digits))


def E(code: int, subcode: int, detail: str) -> tuple:
    """An expected error."""
    return ("error", code, subcode, detail)


def call(name: str, arguments: list, digits: int = 9) -> str:
    return REGISTRY[name].call(Ctx(digits), list(arguments))


def check(name: str, arguments: list, expected, digits: int = 9) -> None:
    if isinstance(expected, tuple):
        with pytest.raises(RexxError) as caught:
            call(name, arguments, digits)
        error = caught.value
        assert ("error", error.code, error.subcode, error.detail) == expected
    else:
        assert call(name, arguments, digits) == expected


# (function, arguments, expected result or E(...)[, NUMERIC DIGITS]) -- all from Regina 3.6.
CASES = [
    # SUBSTR
    ("SUBSTR", ["abcdefghijkl", " 2 "], "bcdefghijkl"),
    ("SUBSTR", ["abcdefghijkl", "2.0"], "bcdefghijkl"),
    ("SUBSTR", ["abcdefghijkl", "2.5"], E(40, 12, 'SUBSTR argument 2 must be a whole number; found "2.5"')),
    ("SUBSTR", ["abcdefghijkl", "1e0"], "abcdefghijkl"),
    ("SUBSTR", ["abcdefghijkl", "+2"], "bcdefghijkl"),
    ("SUBSTR", ["abcdefghijkl", "0.2e1"], "bcdefghijkl"),
    ("SUBSTR", ["abcdefghijkl", "2."], "bcdefghijkl"),
    ("SUBSTR", ["abcdefghijkl", ".2e1"], "bcdefghijkl"),
    ("SUBSTR", ["abcdefghijkl", "2e-0"], "bcdefghijkl"),
    ("SUBSTR", ["abcdefghijkl", "20e-1"], "bcdefghijkl"),
    ("SUBSTR", ["abcdefghijkl", "1E+0"], "abcdefghijkl"),
    ("SUBSTR", ["abcdefghijkl", "1E"], E(40, 12, 'SUBSTR argument 2 must be a whole number; found "1E"')),
    ("SUBSTR", ["abcdefghijkl", ""], E(40, 12, 'SUBSTR argument 2 must be a whole number; found ""')),
    ("SUBSTR", ["abcdefghijkl", "x"], E(40, 12, 'SUBSTR argument 2 must be a whole number; found "x"')),
    ("SUBSTR", ["abcdefghijkl", " +2"], "bcdefghijkl"),
    ("SUBSTR", ["abcdefghijkl", "+ 2"], "bcdefghijkl"),
    ("SUBSTR", ["abcdefghijkl", "- 2"], E(40, 14, 'SUBSTR argument 2 must be positive; found "- 2"')),
    ("SUBSTR", ["abcdefghijkl", "-.0"], E(40, 14, 'SUBSTR argument 2 must be positive; found "-.0"')),
    ("SUBSTR", ["abcdefghijkl", "0e5"], E(40, 14, 'SUBSTR argument 2 must be positive; found "0e5"')),
    ("SUBSTR", ["abcdefghijkl", "Infinity"], E(40, 12, 'SUBSTR argument 2 must be a whole number; found "Infinity"')),
    ("SUBSTR", ["abcdefghijkl", "1_0"], E(40, 12, 'SUBSTR argument 2 must be a whole number; found "1_0"')),
    ("SUBSTR", ["abcdefghijkl", "0x1"], E(40, 12, 'SUBSTR argument 2 must be a whole number; found "0x1"')),
    ("SUBSTR", ["abcdefghijkl", "2.00000000001"], E(40, 12, 'SUBSTR argument 2 must be a whole number; found "2.00000000001"')),
    ("SUBSTR", ["abcdefghijkl", "1.9999999999999"], E(40, 12, 'SUBSTR argument 2 must be a whole number; found "1.9999999999999"')),
    ("SUBSTR", ["abcdefghijkl", "2147483647"], ""),
    ("SUBSTR", ["abcdefghijkl", "2147483648"], E(40, 12, 'SUBSTR argument 2 must be a whole number; found "2147483648"')),
    ("SUBSTR", ["abcdefghijkl", "-2147483647"], E(40, 14, 'SUBSTR argument 2 must be positive; found "-2147483647"')),
    ("SUBSTR", ["abcdefghijkl", "-2147483648"], E(40, 12, 'SUBSTR argument 2 must be a whole number; found "-2147483648"')),
    ("SUBSTR", ["abcdefghijkl", "2147483647.0"], ""),
    ("SUBSTR", ["abcdefghijkl", "21474836470e-1"], ""),
    ("SUBSTR", ["abcdefghijkl", "1e10"], E(40, 12, 'SUBSTR argument 2 must be a whole number; found "1e10"')),
    ("SUBSTR", ["abcdefghijkl", "1e9"], ""),
    ("SUBSTR", ["abcdefghijkl", "99999999999999999999"], E(40, 12, 'SUBSTR argument 2 must be a whole number; found "99999999999999999999"')),
    ("SUBSTR", ["abcdefghijkl", "123456789012"], E(40, 12, 'SUBSTR argument 2 must be a whole number; found "123456789012"')),
    ("SUBSTR", ["abcdefghijkl", "\t2"], "bcdefghijkl"),
    ("SUBSTR", ["abcdefghijkl", "2\t"], "bcdefghijkl"),
    ("SUBSTR", ["abcdefghijkl", "9\t2"], E(40, 12, 'SUBSTR argument 2 must be a whole number; found "9\t2"')),
    ("SUBSTR", ["abcdefghijkl", "\n2"], "bcdefghijkl"),
    ("SUBSTR", ["abcdefghijkl", "\r2\x0b"], "bcdefghijkl"),
    ("SUBSTR", ["abcdefghijkl", "1."], "abcdefghijkl"),
    ("SUBSTR", ["abcdefghijkl", "01"], "abcdefghijkl"),
    ("SUBSTR", ["abcdefghijkl", "09"], "ijkl"),
    ("SUBSTR", ["abcdefghijkl", "1234567890"], ""),
    ("SUBSTR", ["abcdefghijkl", "0.00000000001e11"], "abcdefghijkl"),
    ("SUBSTR", ["abcdefghijkl", "1.50e1"], ""),
    ("SUBSTR", ["abc", "1234"], "", 3),
    ("SUBSTR", ["abcdefghijklmnopq", "12"], "lmnopq", 3),
    ("SUBSTR", ["abcdefghijklmnopq", "1.01"], E(40, 12, 'SUBSTR argument 2 must be a whole number; found "1.01"'), 3),
    ("SUBSTR", ["abc", "3.0"], "c", 3),
    ("SUBSTR", ["abc", "1.0000000001"], E(40, 12, 'SUBSTR argument 2 must be a whole number; found "1.0000000001"'), 20),
    ("SUBSTR", ["abc", "12345678901"], E(40, 12, 'SUBSTR argument 2 must be a whole number; found "12345678901"'), 20),
    ("SUBSTR", ["abc", "2", "5", "*"], "bc***"),
    ("SUBSTR", ["abc", "0"], E(40, 14, 'SUBSTR argument 2 must be positive; found "0"')),
    ("SUBSTR", ["abc", "2", None, "*"], "bc"),
    ("SUBSTR", ["abc", "2", "1", "**"], E(40, 23, 'SUBSTR argument 4 must be a single character; found "**"')),
    ("SUBSTR", ["abc", "2", "1", ""], E(40, 23, 'SUBSTR argument 4 must be a single character; found ""')),
    ("SUBSTR", ["abc", "4"], ""),
    ("SUBSTR", ["abc", "5", "2"], "  "),
    ("SUBSTR", ["abc", "5", "2", "."], ".."),
    ("SUBSTR", ["abc", "1", "0"], ""),
    ("SUBSTR", ["abc", "1", "-1"], E(40, 13, 'SUBSTR argument 3 must be zero or positive; found "-1"')),
    ("SUBSTR", ["abc", "2"], "bc"),
    ("SUBSTR", ["abc", "1", "1.0"], "a"),
    ("SUBSTR", ["abc", "-1"], E(40, 14, 'SUBSTR argument 2 must be positive; found "-1"')),
    ("SUBSTR", ["", "1"], ""),
    ("SUBSTR", ["", "1", "2", "x"], "xx"),
    ("SUBSTR", ["abc", "3", "x"], E(40, 12, 'SUBSTR argument 3 must be a whole number; found "x"')),
    ("SUBSTR", ["abc", "x", "-1", ""], E(40, 12, 'SUBSTR argument 2 must be a whole number; found "x"')),
    # LEFT
    ("LEFT", ["abc", "5"], "abc  "),
    ("LEFT", ["abc", "5", "*"], "abc**"),
    ("LEFT", ["abc", "0"], ""),
    ("LEFT", ["abc", "1"], "a"),
    ("LEFT", ["abc", "2"], "ab"),
    ("LEFT", ["abc", "3"], "abc"),
    ("LEFT", ["abc", "-1"], E(40, 13, 'LEFT argument 2 must be zero or positive; found "-1"')),
    ("LEFT", ["abc", "2.5"], E(40, 12, 'LEFT argument 2 must be a whole number; found "2.5"')),
    ("LEFT", ["abc", "4", ""], E(40, 23, 'LEFT argument 3 must be a single character; found ""')),
    ("LEFT", ["abc", "4", "--"], E(40, 23, 'LEFT argument 3 must be a single character; found "--"')),
    ("LEFT", ["", "3", "."], "..."),
    ("LEFT", ["abcd", "2"], "ab"),
    ("LEFT", ["abcde", "2"], "ab"),
    ("LEFT", ["abcde", "3"], "abc"),
    ("LEFT", ["abcd", "1"], "a"),
    ("LEFT", ["abc", "8", "*"], "abc*****"),
    ("LEFT", ["abc", "7", "*"], "abc****"),
    ("LEFT", ["ab", "5"], "ab   "),
    ("LEFT", ["abc", "x", "xx"], E(40, 12, 'LEFT argument 2 must be a whole number; found "x"')),
    # RIGHT
    ("RIGHT", ["abc", "5"], "  abc"),
    ("RIGHT", ["abc", "5", "*"], "**abc"),
    ("RIGHT", ["abc", "0"], ""),
    ("RIGHT", ["abc", "1"], "c"),
    ("RIGHT", ["abc", "2"], "bc"),
    ("RIGHT", ["abc", "3"], "abc"),
    ("RIGHT", ["abc", "-1"], E(40, 13, 'RIGHT argument 2 must be zero or positive; found "-1"')),
    ("RIGHT", ["abc", "2.5"], E(40, 12, 'RIGHT argument 2 must be a whole number; found "2.5"')),
    ("RIGHT", ["abc", "4", ""], E(40, 23, 'RIGHT argument 3 must be a single character; found ""')),
    ("RIGHT", ["abc", "4", "--"], E(40, 23, 'RIGHT argument 3 must be a single character; found "--"')),
    ("RIGHT", ["", "3", "."], "..."),
    ("RIGHT", ["abcd", "2"], "cd"),
    ("RIGHT", ["abcde", "2"], "de"),
    ("RIGHT", ["abcde", "3"], "cde"),
    ("RIGHT", ["abcd", "1"], "d"),
    ("RIGHT", ["abc", "8", "*"], "*****abc"),
    ("RIGHT", ["abc", "7", "*"], "****abc"),
    ("RIGHT", ["ab", "5"], "   ab"),
    ("RIGHT", ["abc", "x", "xx"], E(40, 12, 'RIGHT argument 2 must be a whole number; found "x"')),
    # CENTER
    ("CENTER", ["abc", "5"], " abc "),
    ("CENTER", ["abc", "5", "*"], "*abc*"),
    ("CENTER", ["abc", "0"], ""),
    ("CENTER", ["abc", "1"], "b"),
    ("CENTER", ["abc", "2"], "ab"),
    ("CENTER", ["abc", "3"], "abc"),
    ("CENTER", ["abc", "-1"], E(40, 13, 'CENTER argument 2 must be zero or positive; found "-1"')),
    ("CENTER", ["abc", "2.5"], E(40, 12, 'CENTER argument 2 must be a whole number; found "2.5"')),
    ("CENTER", ["abc", "4", ""], E(40, 23, 'CENTER argument 3 must be a single character; found ""')),
    ("CENTER", ["abc", "4", "--"], E(40, 23, 'CENTER argument 3 must be a single character; found "--"')),
    ("CENTER", ["", "3", "."], "..."),
    ("CENTER", ["abcd", "2"], "bc"),
    ("CENTER", ["abcde", "2"], "bc"),
    ("CENTER", ["abcde", "3"], "bcd"),
    ("CENTER", ["abcd", "1"], "b"),
    ("CENTER", ["abc", "8", "*"], "**abc***"),
    ("CENTER", ["abc", "7", "*"], "**abc**"),
    ("CENTER", ["ab", "5"], " ab  "),
    ("CENTER", ["abc", "x", "xx"], E(40, 12, 'CENTER argument 2 must be a whole number; found "x"')),
    # CENTRE
    ("CENTRE", ["abc", "5"], " abc "),
    ("CENTRE", ["abc", "5", "*"], "*abc*"),
    ("CENTRE", ["abc", "0"], ""),
    ("CENTRE", ["abc", "1"], "b"),
    ("CENTRE", ["abc", "2"], "ab"),
    ("CENTRE", ["abc", "3"], "abc"),
    ("CENTRE", ["abc", "-1"], E(40, 13, 'CENTER argument 2 must be zero or positive; found "-1"')),
    ("CENTRE", ["abc", "2.5"], E(40, 12, 'CENTER argument 2 must be a whole number; found "2.5"')),
    ("CENTRE", ["abc", "4", ""], E(40, 23, 'CENTER argument 3 must be a single character; found ""')),
    ("CENTRE", ["abc", "4", "--"], E(40, 23, 'CENTER argument 3 must be a single character; found "--"')),
    ("CENTRE", ["", "3", "."], "..."),
    ("CENTRE", ["abcd", "2"], "bc"),
    ("CENTRE", ["abcde", "2"], "bc"),
    ("CENTRE", ["abcde", "3"], "bcd"),
    ("CENTRE", ["abcd", "1"], "b"),
    ("CENTRE", ["abc", "8", "*"], "**abc***"),
    ("CENTRE", ["abc", "7", "*"], "**abc**"),
    ("CENTRE", ["ab", "5"], " ab  "),
    ("CENTRE", ["abc", "x", "xx"], E(40, 12, 'CENTER argument 2 must be a whole number; found "x"')),
    # ABBREV
    ("ABBREV", ["PRINT", "pri"], "0"),
    ("ABBREV", ["PRINT", "PRI"], "1"),
    ("ABBREV", ["PRINT", "PRI", "4"], "0"),
    ("ABBREV", ["PRINT", "PRIN", "4"], "1"),
    ("ABBREV", ["PRINT", ""], "1"),
    ("ABBREV", ["PRINT", "", "0"], "1"),
    ("ABBREV", ["PRINT", "", "1"], "0"),
    ("ABBREV", ["", ""], "1"),
    ("ABBREV", ["", "", "0"], "1"),
    ("ABBREV", ["PRINT", "PRINTER"], "0"),
    ("ABBREV", ["PRINT", "PRINT", "6"], "0"),
    ("ABBREV", ["PRINT", "P", "-1"], E(40, 13, 'ABBREV argument 3 must be zero or positive; found "-1"')),
    ("ABBREV", ["PRINT", "P", "x"], E(40, 12, 'ABBREV argument 3 must be a whole number; found "x"')),
    ("ABBREV", ["PRINT", "P", ""], E(40, 12, 'ABBREV argument 3 must be a whole number; found ""')),
    ("ABBREV", ["PRINT", "P", None], "1"),
    ("ABBREV", ["PRINT", "P", "1.0"], "1"),
    ("ABBREV", ["PRINT", "P", "0"], "1"),
    ("ABBREV", ["PRINT", "PX", "1"], "0"),
    # CHANGESTR
    ("CHANGESTR", ["a", "banana", "o"], "bonono"),
    ("CHANGESTR", ["", "banana", "o"], "banana"),
    ("CHANGESTR", ["an", "banana", ""], "ba"),
    ("CHANGESTR", ["a", "", "o"], ""),
    ("CHANGESTR", ["aa", "aaaaa", "b"], "bba"),
    ("CHANGESTR", ["banana", "an", "x"], "an"),
    ("CHANGESTR", ["A", "banana", "x"], "banana"),
    ("CHANGESTR", ["na", "banana", "NA"], "baNANA"),
    # COUNTSTR
    ("COUNTSTR", ["", "abc"], "0"),
    ("COUNTSTR", ["a", "banana"], "3"),
    ("COUNTSTR", ["aa", "aaaaa"], "2"),
    ("COUNTSTR", ["A", "banana"], "0"),
    ("COUNTSTR", ["a", ""], "0"),
    ("COUNTSTR", ["", ""], "0"),
    ("COUNTSTR", ["ana", "banana"], "1"),
    ("COUNTSTR", ["banana", "an"], "0"),
    # COMPARE
    ("COMPARE", ["ab ", "ab"], "0"),
    ("COMPARE", ["ab", "ab "], "0"),
    ("COMPARE", ["abc", "abd"], "3"),
    ("COMPARE", ["abc", "ab"], "3"),
    ("COMPARE", ["ab", "abc"], "3"),
    ("COMPARE", ["", ""], "0"),
    ("COMPARE", ["", "  "], "0"),
    ("COMPARE", ["ab", "ab", "x"], "0"),
    ("COMPARE", ["abx", "ab", "x"], "0"),
    ("COMPARE", ["ab", "abxx", "x"], "0"),
    ("COMPARE", ["ab", "abxy", "x"], "4"),
    ("COMPARE", ["ab", "ab", ""], E(40, 23, 'COMPARE argument 3 must be a single character; found ""')),
    ("COMPARE", ["ab", "ab", "xy"], E(40, 23, 'COMPARE argument 3 must be a single character; found "xy"')),
    ("COMPARE", ["a", "b", None], "1"),
    ("COMPARE", ["abc", "xbc"], "1"),
    ("COMPARE", ["ab\t", "ab"], "3"),
    # COPIES
    ("COPIES", ["ab", "0"], ""),
    ("COPIES", ["ab", "3"], "ababab"),
    ("COPIES", ["", "3"], ""),
    ("COPIES", ["ab", "-1"], E(40, 13, 'COPIES argument 2 must be zero or positive; found "-1"')),
    ("COPIES", ["ab", ""], E(40, 12, 'COPIES argument 2 must be a whole number; found ""')),
    ("COPIES", ["ab", "1.5"], E(40, 12, 'COPIES argument 2 must be a whole number; found "1.5"')),
    ("COPIES", ["ab", "1E1"], "abababababababababab"),
    # DELSTR
    ("DELSTR", ["abcde", "2"], "a"),
    ("DELSTR", ["abcde", "2", "2"], "ade"),
    ("DELSTR", ["abcde", "6"], "abcde"),
    ("DELSTR", ["abcde", "5"], "abcd"),
    ("DELSTR", ["abcde", "2", "0"], "abcde"),
    ("DELSTR", ["abcde", "2", "10"], "a"),
    ("DELSTR", ["abcde", "0"], E(40, 14, 'DELSTR argument 2 must be positive; found "0"')),
    ("DELSTR", ["abcde", "2", "-1"], E(40, 13, 'DELSTR argument 3 must be zero or positive; found "-1"')),
    ("DELSTR", ["abcde", "x"], E(40, 12, 'DELSTR argument 2 must be a whole number; found "x"')),
    ("DELSTR", ["", "1"], ""),
    ("DELSTR", ["abcde", "1", "1"], "bcde"),
    ("DELSTR", ["abcde", "9", "2"], "abcde"),
    # INSERT
    ("INSERT", ["x", "abc", "5", None, "-"], "abc--x"),
    ("INSERT", ["x", "abc"], "xabc"),
    ("INSERT", ["x", "abc", "0"], "xabc"),
    ("INSERT", ["x", "abc", "1"], "axbc"),
    ("INSERT", ["xyz", "abc", "1", "1"], "axbc"),
    ("INSERT", ["xyz", "abc", "1", "5", "*"], "axyz**bc"),
    ("INSERT", ["x", "abc", "-1"], E(40, 13, 'INSERT argument 3 must be zero or positive; found "-1"')),
    ("INSERT", ["x", "abc", "1", "-1"], E(40, 13, 'INSERT argument 4 must be zero or positive; found "-1"')),
    ("INSERT", ["x", "abc", "1", None, ""], E(40, 23, 'INSERT argument 5 must be a single character; found ""')),
    ("INSERT", ["", "abc", "5"], "abc  "),
    ("INSERT", ["", "abc", "5", "2", "."], "abc...."),
    ("INSERT", ["x", "abc", None, "3"], "x  abc"),
    ("INSERT", ["x", "abc", None, None], "xabc"),
    ("INSERT", ["x", "abc", None, None, "*"], "xabc"),
    ("INSERT", ["x", "abc", "3"], "abcx"),
    ("INSERT", ["x", "abc", "x", "-1", ""], E(40, 12, 'INSERT argument 3 must be a whole number; found "x"')),
    # LASTPOS
    ("LASTPOS", ["a", "banana"], "6"),
    ("LASTPOS", ["a", "banana", "5"], "4"),
    ("LASTPOS", ["a", "banana", "0"], E(40, 14, 'LASTPOS argument 3 must be positive; found "0"')),
    ("LASTPOS", ["a", "banana", "1"], "0"),
    ("LASTPOS", ["a", "banana", "2"], "2"),
    ("LASTPOS", ["a", "banana", "100"], "6"),
    ("LASTPOS", ["", "banana"], "0"),
    ("LASTPOS", ["an", "banana"], "4"),
    ("LASTPOS", ["an", "banana", "3"], "2"),
    ("LASTPOS", ["an", "banana", "4"], "2"),
    ("LASTPOS", ["x", ""], "0"),
    ("LASTPOS", ["a", "banana", ""], E(40, 12, 'LASTPOS argument 3 must be a whole number; found ""')),
    ("LASTPOS", ["banana", "an"], "0"),
    ("LASTPOS", ["nan", "banana", "2147483647"], "3"),
    # POS
    ("POS", ["a", "banana"], "2"),
    ("POS", ["a", "banana", "3"], "4"),
    ("POS", ["a", "banana", "0"], E(40, 14, 'POS argument 3 must be positive; found "0"')),
    ("POS", ["", "banana"], "0"),
    ("POS", ["", "banana", "3"], "0"),
    ("POS", ["a", ""], "0"),
    ("POS", ["nan", "banana", "4"], "0"),
    ("POS", ["nan", "banana", "3"], "3"),
    ("POS", ["a", "banana", "7"], "0"),
    ("POS", ["a", "banana", "100"], "0"),
    ("POS", ["a", "banana", "6"], "6"),
    ("POS", ["a", "banana", "x"], E(40, 12, 'POS argument 3 must be a whole number; found "x"')),
    ("POS", ["banana", "an"], "0"),
    # LENGTH
    ("LENGTH", [""], "0"),
    # REVERSE
    ("REVERSE", [""], ""),
    # LENGTH
    ("LENGTH", ["abc"], "3"),
    # REVERSE
    ("REVERSE", ["abc"], "cba"),
    # LENGTH
    ("LENGTH", [" a b "], "5"),
    # REVERSE
    ("REVERSE", [" a b "], " b a "),
    # OVERLAY
    ("OVERLAY", ["x", "abc", "5"], "abc x"),
    ("OVERLAY", ["x", "abc"], "xbc"),
    ("OVERLAY", ["xy", "abc", "3"], "abxy"),
    ("OVERLAY", ["xy", "abc", "2", "1"], "axc"),
    ("OVERLAY", ["xy", "abc", "2", "4", "*"], "axy**"),
    ("OVERLAY", ["x", "abc", "0"], E(40, 14, 'OVERLAY argument 3 must be positive; found "0"')),
    ("OVERLAY", ["x", "abc", "1", "-1"], E(40, 13, 'OVERLAY argument 4 must be zero or positive; found "-1"')),
    ("OVERLAY", ["x", "abc", "1", "0"], "abc"),
    ("OVERLAY", ["x", "abc", "6", None, "."], "abc..x"),
    ("OVERLAY", ["", "abc", "2"], "abc"),
    ("OVERLAY", ["", "abc", "5"], "abc "),
    ("OVERLAY", ["x", "abc", None, None, ""], E(40, 23, 'OVERLAY argument 5 must be a single character; found ""')),
    ("OVERLAY", ["xyz", "abcdef", "2"], "axyzef"),
    ("OVERLAY", ["x", "abc", "x", "-1", ""], E(40, 12, 'OVERLAY argument 3 must be a whole number; found "x"')),
    # SPACE
    ("SPACE", [" a  b ", "2", "-"], "a--b"),
    ("SPACE", [" a  b "], "a b"),
    ("SPACE", [" a  b ", "0"], "ab"),
    ("SPACE", ["abc def  ghi", "1"], "abc def ghi"),
    ("SPACE", ["   "], ""),
    ("SPACE", [""], ""),
    ("SPACE", ["a", "-1"], E(40, 13, 'SPACE argument 2 must be zero or positive; found "-1"')),
    ("SPACE", ["a b", "1", ""], E(40, 23, 'SPACE argument 3 must be a single character; found ""')),
    ("SPACE", ["a b", None, "-"], "a-b"),
    ("SPACE", ["a\tb"], "a\tb"),
    ("SPACE", ["a\t b"], "a\t b"),
    ("SPACE", ["a  \tb  c"], "a \tb c"),
    ("SPACE", ["\ta\tb"], "\ta\tb"),
    ("SPACE", ["a b", "3", "+"], "a+++b"),
    ("SPACE", ["a b", "x", ""], E(40, 12, 'SPACE argument 2 must be a whole number; found "x"')),
    # STRIP
    ("STRIP", ["xxaxx", "B", "x"], "a"),
    ("STRIP", ["a", "Q"], E(40, 28, 'STRIP argument 2, option must start with one of "LTB"; found "Q"')),
    ("STRIP", ["  a  "], "a"),
    ("STRIP", ["  a  ", "L"], "a  "),
    ("STRIP", ["  a  ", "t"], "  a"),
    ("STRIP", ["  a  ", "trailing"], "  a"),
    ("STRIP", ["  a  ", ""], E(40, 21, "STRIP argument 2 must not be null")),
    ("STRIP", ["  a  ", None, "a"], "  a  "),
    ("STRIP", ["xxaxx", None, "x"], "a"),
    ("STRIP", ["xxaxx", "b", "xx"], E(40, 23, 'STRIP argument 3 must be a single character; found "xx"')),
    ("STRIP", ["xxaxx", "b", ""], E(40, 23, 'STRIP argument 3 must be a single character; found ""')),
    ("STRIP", ["\ta\t"], "\ta\t"),
    ("STRIP", [" \ta "], "\ta"),
    ("STRIP", [""], ""),
    ("STRIP", ["xxx", None, "x"], ""),
    ("STRIP", ["  a  ", "lead"], "a  "),
    ("STRIP", ["  a  ", "both"], "a"),
    ("STRIP", ["a", "Q", "xx"], E(40, 28, 'STRIP argument 2, option must start with one of "LTB"; found "Q"')),
    # TRANSLATE
    ("TRANSLATE", ["abc"], "ABC"),
    ("TRANSLATE", ["abc", "xy", "ab", "-"], "xyc"),
    ("TRANSLATE", ["abc", "xy", "abc"], "xy "),
    ("TRANSLATE", ["abc", "xy", "abc", "-"], "xy-"),
    ("TRANSLATE", ["abc", "xy"], "   "),
    ("TRANSLATE", ["abc", None, "ab"], "  c"),
    ("TRANSLATE", ["abc", None, "ab", "*"], "**c"),
    ("TRANSLATE", ["abc", "", "ab"], "  c"),
    ("TRANSLATE", ["abc", "xyz", ""], "abc"),
    ("TRANSLATE", ["abca", "xyz", "aba"], "xycx"),
    ("TRANSLATE", ["aBc"], "ABC"),
    ("TRANSLATE", ["abc", None, None, "*"], "ABC"),
    ("TRANSLATE", ["abc", "xy", None, "*"], "***"),
    ("TRANSLATE", ["abc", "xy", "ab", ""], E(40, 23, 'TRANSLATE argument 4 must be a single character; found ""')),
    ("TRANSLATE", ["abc", "xy", "ab", "--"], E(40, 23, 'TRANSLATE argument 4 must be a single character; found "--"')),
    ("TRANSLATE", ["a b", "xy", "ab"], "x y"),
    ("TRANSLATE", ["ab", "12345"], "  "),
    ("TRANSLATE", ["Hello, World! 123"], "HELLO, WORLD! 123"),
    ("TRANSLATE", ["abc", "ABC", "abc"], "ABC"),
    ("TRANSLATE", ["\x00\x01", "xy"], "xy"),
    ("TRANSLATE", ["", "x", "y"], ""),
    # VERIFY
    ("VERIFY", ["abc", "ab", "M", "2"], "2"),
    ("VERIFY", ["abc", "ab"], "3"),
    ("VERIFY", ["abc", "abc"], "0"),
    ("VERIFY", ["abc", ""], "1"),
    ("VERIFY", ["", "abc"], "0"),
    ("VERIFY", ["abc", "ab", "M"], "1"),
    ("VERIFY", ["abc", "ab", "N"], "3"),
    ("VERIFY", ["abc", "ab", "m"], "1"),
    ("VERIFY", ["abc", "ab", "match"], "1"),
    ("VERIFY", ["abc", "ab", "x"], E(40, 28, 'VERIFY argument 3, option must start with one of "MN"; found "x"')),
    ("VERIFY", ["abc", "ab", ""], E(40, 21, "VERIFY argument 3 must not be null")),
    ("VERIFY", ["abc", "ab", None, "2"], "3"),
    ("VERIFY", ["abc", "ab", None, "3"], "3"),
    ("VERIFY", ["abc", "ab", None, "4"], "0"),
    ("VERIFY", ["abc", "ab", None, "5"], "0"),
    ("VERIFY", ["abc", "ab", None, "0"], E(40, 14, 'VERIFY argument 4 must be positive; found "0"')),
    ("VERIFY", ["abc", "c", "M", "4"], "0"),
    ("VERIFY", ["abc", "", "M"], "0"),
    ("VERIFY", ["", "abc", "M"], "0"),
    ("VERIFY", ["", "", "N", "1"], "0"),
    ("VERIFY", ["", "", "N", "2"], "0"),
    ("VERIFY", ["123a", "0123456789"], "4"),
    ("VERIFY", ["abc", "ab", "x", "0"], E(40, 28, 'VERIFY argument 3, option must start with one of "MN"; found "x"')),
    ("VERIFY", ["abc", "ab", "N", "x"], E(40, 12, 'VERIFY argument 4 must be a whole number; found "x"')),
    # XRANGE
    ("XRANGE", ["a", "e"], "abcde"),
    ("XRANGE", [X("FE"), "\x02"], X("FEFF000102")),
    ("XRANGE", ["a"], X("6162636465666768696A6B6C6D6E6F707172737475767778797A7B7C7D7E7F80"
         "8182838485868788898A8B8C8D8E8F909192939495969798999A9B9C9D9E9FA0"
         "A1A2A3A4A5A6A7A8A9AAABACADAEAFB0B1B2B3B4B5B6B7B8B9BABBBCBDBEBFC0"
         "C1C2C3C4C5C6C7C8C9CACBCCCDCECFD0D1D2D3D4D5D6D7D8D9DADBDCDDDEDFE0"
         "E1E2E3E4E5E6E7E8E9EAEBECEDEEEFF0F1F2F3F4F5F6F7F8F9FAFBFCFDFEFF")),
    ("XRANGE", [None, "\x05"], "\x00\x01\x02\x03\x04\x05"),
    ("XRANGE", ["ab", "c"], E(40, 23, 'XRANGE argument 1 must be a single character; found "ab"')),
    ("XRANGE", ["a", ""], E(40, 23, 'XRANGE argument 2 must be a single character; found ""')),
    ("XRANGE", ["e", "a"], X("65666768696A6B6C6D6E6F707172737475767778797A7B7C7D7E7F8081828384"
         "85868788898A8B8C8D8E8F909192939495969798999A9B9C9D9E9FA0A1A2A3A4"
         "A5A6A7A8A9AAABACADAEAFB0B1B2B3B4B5B6B7B8B9BABBBCBDBEBFC0C1C2C3C4"
         "C5C6C7C8C9CACBCCCDCECFD0D1D2D3D4D5D6D7D8D9DADBDCDDDEDFE0E1E2E3E4"
         "E5E6E7E8E9EAEBECEDEEEFF0F1F2F3F4F5F6F7F8F9FAFBFCFDFEFF0001020304"
         "05060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F2021222324"
         "25262728292A2B2C2D2E2F303132333435363738393A3B3C3D3E3F4041424344"
         "45464748494A4B4C4D4E4F505152535455565758595A5B5C5D5E5F6061")),
    ("XRANGE", ["a", "a"], "a"),
    ("XRANGE", [], X("000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F"
         "202122232425262728292A2B2C2D2E2F303132333435363738393A3B3C3D3E3F"
         "404142434445464748494A4B4C4D4E4F505152535455565758595A5B5C5D5E5F"
         "606162636465666768696A6B6C6D6E6F707172737475767778797A7B7C7D7E7F"
         "808182838485868788898A8B8C8D8E8F909192939495969798999A9B9C9D9E9F"
         "A0A1A2A3A4A5A6A7A8A9AAABACADAEAFB0B1B2B3B4B5B6B7B8B9BABBBCBDBEBF"
         "C0C1C2C3C4C5C6C7C8C9CACBCCCDCECFD0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF"
         "E0E1E2E3E4E5E6E7E8E9EAEBECEDEEEFF0F1F2F3F4F5F6F7F8F9FAFBFCFDFEFF")),
    ("XRANGE", ["\x00", "\x03"], "\x00\x01\x02\x03"),
    ("XRANGE", ["z", None], X("7A7B7C7D7E7F808182838485868788898A8B8C8D8E8F90919293949596979899"
         "9A9B9C9D9E9FA0A1A2A3A4A5A6A7A8A9AAABACADAEAFB0B1B2B3B4B5B6B7B8B9"
         "BABBBCBDBEBFC0C1C2C3C4C5C6C7C8C9CACBCCCDCECFD0D1D2D3D4D5D6D7D8D9"
         "DADBDCDDDEDFE0E1E2E3E4E5E6E7E8E9EAEBECEDEEEFF0F1F2F3F4F5F6F7F8F9"
         "FAFBFCFDFEFF")),
    # WORDPOS
    ("WORDPOS", ["b c", "a b c d"], "2"),
    ("WORDPOS", ["b  c", "a b   c d"], "2"),
    ("WORDPOS", ["c", "a b c d c", "4"], "5"),
    ("WORDPOS", ["c", "a b c d c", "5"], "5"),
    ("WORDPOS", ["c", "a b c d c", "6"], "0"),
    ("WORDPOS", ["", "a b"], "0"),
    ("WORDPOS", ["  ", "a b"], "0"),
    ("WORDPOS", ["x", ""], "0"),
    ("WORDPOS", ["a", "a b", "0"], E(40, 14, 'WORDPOS argument 3 must be positive; found "0"')),
    ("WORDPOS", ["a\tb", "a\tb c"], "1"),
    ("WORDPOS", ["a    b", "a b"], "0"),
    ("WORDPOS", ["b    c", "a b c d"], "0"),
    ("WORDPOS", ["b    c", "a b c d e f"], "2"),
    ("WORDPOS", ["b    c", "a b c"], "0"),
    ("WORDPOS", ["b c", "a b  c"], "2"),
    ("WORDPOS", ["c", "a b c "], "3"),
    ("WORDPOS", ["a", "a", "2"], "0"),
    ("WORDPOS", ["b", "a b", "3"], "0"),
    ("WORDPOS", ["a b", "a\tb"], "1"),
    ("WORDPOS", ["the", "now is the time"], "3"),
    ("WORDPOS", ["is the", "now is the time"], "2"),
    ("WORDPOS", ["time now", "now is the time"], "0"),
    ("WORDPOS", ["b", "a b", "x"], E(40, 12, 'WORDPOS argument 3 must be a whole number; found "x"')),
    ("WORDPOS", ["A", "a"], "0"),
    # WORDS
    ("WORDS", ["a\tb"], "2"),
    ("WORDS", ["  a b  c "], "3"),
    ("WORDS", [""], "0"),
    ("WORDS", ["   "], "0"),
    ("WORDS", ["a\x00b"], "1"),
    ("WORDS", ["a\nb"], "2"),
    ("WORDS", ["a\x0bb\x0cc\rd"], "4"),
    ("WORDS", ["a\x1cb"], "1"),
    ("WORDS", [X("61A062")], "1"),
    ("WORDS", ["one"], "1"),
    # WORD
    ("WORD", ["a b c", "2"], "b"),
    ("WORD", ["a b c", "4"], ""),
    ("WORD", ["a b c", "0"], E(40, 14, 'WORD argument 2 must be positive; found "0"')),
    ("WORD", [" a  b ", "2"], "b"),
    ("WORD", ["a\nb", "1"], "a"),
    ("WORD", ["a b", "x"], E(40, 12, 'WORD argument 2 must be a whole number; found "x"')),
    ("WORD", ["a b", "1.5"], E(40, 12, 'WORD argument 2 must be a whole number; found "1.5"')),
    ("WORD", ["a b", "-1"], E(40, 14, 'WORD argument 2 must be positive; found "-1"')),
    # SUBWORD
    ("SUBWORD", ["a b c", "2"], "b c"),
    ("SUBWORD", ["a  b   c d", "2", "2"], "b   c"),
    ("SUBWORD", [" a  b   c d ", "2"], "b   c d"),
    ("SUBWORD", ["a b c", "4"], ""),
    ("SUBWORD", ["a b c", "2", "0"], ""),
    ("SUBWORD", ["a b c", "0"], E(40, 14, 'SUBWORD argument 2 must be positive; found "0"')),
    ("SUBWORD", ["a b c", "1", "-1"], E(40, 13, 'SUBWORD argument 3 must be zero or positive; found "-1"')),
    ("SUBWORD", ["a b c", "3", "5"], "c"),
    ("SUBWORD", ["a b c ", "3"], "c"),
    ("SUBWORD", ["a\tb\tc", "2"], "b\tc"),
    ("SUBWORD", ["a\tb\tc \t", "2"], "b\tc"),
    ("SUBWORD", ["", "1"], ""),
    ("SUBWORD", ["a b c", "x", "-1"], E(40, 12, 'SUBWORD argument 2 must be a whole number; found "x"')),
    # DELWORD
    ("DELWORD", ["a b c d", "2", "1"], "a c d"),
    ("DELWORD", ["a  b  c  d", "2", "1"], "a  c  d"),
    ("DELWORD", ["a  b  c  d", "2"], "a  "),
    ("DELWORD", ["a  b  c  d ", "4"], "a  b  c  "),
    ("DELWORD", ["a  b  c  d ", "3", "1"], "a  b  d "),
    ("DELWORD", [" a  b  c  d", "1", "1"], " b  c  d"),
    ("DELWORD", [" a  b  c  d", "1", "2"], " c  d"),
    ("DELWORD", ["a b c", "4"], "a b c"),
    ("DELWORD", ["a b c ", "4"], "a b c "),
    ("DELWORD", ["a b c", "2", "0"], "a b c"),
    ("DELWORD", ["a b c", "0"], E(40, 14, 'DELWORD argument 2 must be positive; found "0"')),
    ("DELWORD", ["a b c", "1", "-1"], E(40, 13, 'DELWORD argument 3 must be zero or positive; found "-1"')),
    ("DELWORD", ["a b c   ", "3"], "a b "),
    ("DELWORD", ["a b c   ", "2", "1"], "a c   "),
    ("DELWORD", ["  ", "1"], "  "),
    ("DELWORD", ["a\tb\tc", "2", "1"], "a\tc"),
    ("DELWORD", ["a b c", "1", "9"], ""),
    # WORDINDEX
    ("WORDINDEX", ["  a  bbb c", "2"], "6"),
    ("WORDINDEX", ["  a  bbb c", "4"], "0"),
    ("WORDINDEX", ["  a  bbb c", "0"], E(40, 14, 'WORDINDEX argument 2 must be positive; found "0"')),
    ("WORDINDEX", ["\ta", "1"], "2"),
    ("WORDINDEX", ["  a  bbb c", "1"], "3"),
    ("WORDINDEX", ["  a  bbb c", "3"], "10"),
    ("WORDINDEX", ["", "1"], "0"),
    ("WORDINDEX", ["a", "x"], E(40, 12, 'WORDINDEX argument 2 must be a whole number; found "x"')),
    # WORDLENGTH
    ("WORDLENGTH", ["  a  bbb c", "2"], "3"),
    ("WORDLENGTH", ["  a  bbb c", "4"], "0"),
    ("WORDLENGTH", ["  a  bbb c", "0"], E(40, 14, 'WORDLENGTH argument 2 must be positive; found "0"')),
    ("WORDLENGTH", ["\ta", "1"], "1"),
    ("WORDLENGTH", ["  a  bbb c", "1"], "1"),
    ("WORDLENGTH", ["  a  bbb c", "3"], "1"),
    ("WORDLENGTH", ["", "1"], "0"),
    ("WORDLENGTH", ["a", "x"], E(40, 12, 'WORDLENGTH argument 2 must be a whole number; found "x"')),
    # X2C
    ("X2C", ["4 1"], E(40, 25, 'X2C argument 1 must be a hexadecimal string; found "4 1"')),
    ("X2C", ["41 42"], "AB"),
    ("X2C", ["4142 4"], E(40, 25, 'X2C argument 1 must be a hexadecimal string; found "4142 4"')),
    ("X2C", ["414 2"], E(40, 25, 'X2C argument 1 must be a hexadecimal string; found "414 2"')),
    ("X2C", ["41  42"], "AB"),
    ("X2C", [" 4142"], E(40, 25, 'X2C argument 1 must be a hexadecimal string; found " 4142"')),
    ("X2C", ["4142 "], E(40, 25, 'X2C argument 1 must be a hexadecimal string; found "4142 "')),
    ("X2C", [""], ""),
    ("X2C", ["g1"], E(40, 25, 'X2C argument 1 must be a hexadecimal string; found "g1"')),
    ("X2C", ["141"], "\x01A"),
    ("X2C", ["1"], "\x01"),
    ("X2C", ["0 141"], E(40, 25, 'X2C argument 1 must be a hexadecimal string; found "0 141"')),
    ("X2C", ["41\t42"], "AB"),
    ("X2C", ["1 41"], "\x01A"),
    ("X2C", ["141 42"], "\x01AB"),
    ("X2C", ["41 141"], E(40, 25, 'X2C argument 1 must be a hexadecimal string; found "41 141"')),
    ("X2C", ["41 42 4344"], "ABCD"),
    ("X2C", ["f\t41"], "\x0fA"),
    ("X2C", ["41\n42"], "AB"),
    ("X2C", ["41 "], E(40, 25, 'X2C argument 1 must be a hexadecimal string; found "41 "')),
    ("X2C", ["4g"], E(40, 25, 'X2C argument 1 must be a hexadecimal string; found "4g"')),
    ("X2C", ["41 4g"], E(40, 25, 'X2C argument 1 must be a hexadecimal string; found "41 4g"')),
    ("X2C", ["616263"], "abc"),
    ("X2C", ["ff"], X("FF")),
    ("X2C", ["00ff"], X("00FF")),
    ("X2C", ["C3A9"], X("C3A9")),
    ("X2C", ["e282ac"], X("E282AC")),
    ("X2C", ["80"], X("80")),
    ("X2C", ["c3"], X("C3")),
    ("X2C", ["C3 A9"], X("C3A9")),
    ("X2C", ["a"], "\n"),
    # X2B
    ("X2B", [""], ""),
    ("X2B", ["1f"], "00011111"),
    ("X2B", ["1 f"], "00011111"),
    ("X2B", ["f 1f"], "111100011111"),
    ("X2B", ["fg"], E(40, 25, 'X2B argument 1 must be a hexadecimal string; found "fg"')),
    ("X2B", [" f"], E(40, 25, 'X2B argument 1 must be a hexadecimal string; found " f"')),
    ("X2B", ["4 1"], "01000001"),
    ("X2B", ["414 2"], "0100000101000010"),
    ("X2B", ["1 1 1"], E(40, 25, 'X2B argument 1 must be a hexadecimal string; found "1 1 1"')),
    ("X2B", ["41  1"], "010000010001"),
    ("X2B", ["41 "], E(40, 25, 'X2B argument 1 must be a hexadecimal string; found "41 "')),
    ("X2B", ["1 123"], "0001000100100011"),
    ("X2B", ["41\t1"], "010000010001"),
    ("X2B", ["ABCDEF"], "101010111100110111101111"),
    ("X2B", ["0"], "0000"),
    ("X2B", ["abc"], "101010111100"),
    # C2X
    ("C2X", [""], ""),
    ("C2X", ["abc"], "616263"),
    ("C2X", [X("007F")], "007F"),
    ("C2X", [" "], "20"),
    ("C2X", ["Hello"], "48656C6C6F"),
    # B2X
    ("B2X", ["1 0000 0001"], "101"),
    ("B2X", [""], ""),
    ("B2X", ["1"], "1"),
    ("B2X", ["0000000"], "00"),
    ("B2X", ["10000 0001"], "101"),
    ("B2X", ["1 000 0001"], E(40, 24, 'B2X argument 1 must be a binary string; found "1 000 0001"')),
    ("B2X", ["1  0000"], "10"),
    ("B2X", [" 0000"], E(40, 24, 'B2X argument 1 must be a binary string; found " 0000"')),
    ("B2X", ["0000 "], E(40, 24, 'B2X argument 1 must be a binary string; found "0000 "')),
    ("B2X", ["102"], E(40, 24, 'B2X argument 1 must be a binary string; found "102"')),
    ("B2X", ["11111111 1111"], "FFF"),
    ("B2X", ["0000 0000 1"], "00"),
    ("B2X", ["0 1"], "0"),
    ("B2X", ["01 0"], "1"),
    ("B2X", ["0000 1"], "0"),
    ("B2X", ["0000 11"], "0"),
    ("B2X", ["0000 1111"], "0F"),
    ("B2X", ["0000 11111"], "0F"),
    ("B2X", ["0000 11111111"], "0FF"),
    ("B2X", ["0000 1 0000"], E(40, 24, 'B2X argument 1 must be a binary string; found "0000 1 0000"')),
    ("B2X", ["0000 1111 0"], "0F"),
    ("B2X", ["00 000"], "0"),
    ("B2X", ["0 0 0 0"], E(40, 24, 'B2X argument 1 must be a binary string; found "0 0 0 0"')),
    ("B2X", ["0 0000 0"], "00"),
    ("B2X", ["1\t0000"], "10"),
    ("B2X", ["11 0000 1"], "30"),
    ("B2X", ["111 00001"], "70"),
    ("B2X", ["1 11111"], "1F"),
    ("B2X", ["1 00000000"], "100"),
    ("B2X", ["1111 000"], "F"),
    ("B2X", ["10101010"], "AA"),
    ("B2X", ["1x"], E(40, 24, 'B2X argument 1 must be a binary string; found "1x"')),
    # BITAND
    ("BITAND", ["\x12", "\x01", X("FF")], "\x00"),
    ("BITAND", ["\x124", X("F0")], "\x104"),
    ("BITAND", ["\x124", X("F0"), "\x0f"], "\x10\x04"),
    ("BITAND", ["\x12", X("F0F0"), "\x0f"], "\x10\x00"),
    ("BITAND", ["\x124"], "\x124"),
    ("BITAND", ["\x124", None, "\x0f"], "\x02\x04"),
    ("BITAND", ["\x124", ""], "\x124"),
    ("BITAND", ["\x124", X("FF"), ""], E(40, 23, 'BITAND argument 3 must be a single character; found ""')),
    ("BITAND", ["\x124", X("FF"), "\x11\x11"], E(40, 23, 'BITAND argument 3 must be a single character; found "\x11\x11"')),
    ("BITAND", ["", ""], ""),
    ("BITAND", ["abc", "    "], "    "),
    ("BITAND", ["ABC", "  ", " "], "\x00\x00\x00"),
    ("BITAND", ["\x01\x02\x03", "\x10"], "\x00\x02\x03"),
    # BITOR
    ("BITOR", ["\x12", "\x01", X("FF")], "\x13"),
    ("BITOR", ["\x124", X("F0")], X("F234")),
    ("BITOR", ["\x124", X("F0"), "\x0f"], X("F23F")),
    ("BITOR", ["\x12", X("F0F0"), "\x0f"], X("F2FF")),
    ("BITOR", ["\x124"], "\x124"),
    ("BITOR", ["\x124", None, "\x0f"], "\x1f?"),
    ("BITOR", ["\x124", ""], "\x124"),
    ("BITOR", ["\x124", X("FF"), ""], E(40, 23, 'BITOR argument 3 must be a single character; found ""')),
    ("BITOR", ["\x124", X("FF"), "\x11\x11"], E(40, 23, 'BITOR argument 3 must be a single character; found "\x11\x11"')),
    ("BITOR", ["", ""], ""),
    ("BITOR", ["abc", "    "], "abc "),
    ("BITOR", ["ABC", "  ", " "], "abc"),
    ("BITOR", ["\x01\x02\x03", "\x10"], "\x11\x02\x03"),
    # BITXOR
    ("BITXOR", ["\x12", "\x01", X("FF")], "\x13"),
    ("BITXOR", ["\x124", X("F0")], X("E234")),
    ("BITXOR", ["\x124", X("F0"), "\x0f"], X("E23B")),
    ("BITXOR", ["\x12", X("F0F0"), "\x0f"], X("E2FF")),
    ("BITXOR", ["\x124"], "\x124"),
    ("BITXOR", ["\x124", None, "\x0f"], "\x1d;"),
    ("BITXOR", ["\x124", ""], "\x124"),
    ("BITXOR", ["\x124", X("FF"), ""], E(40, 23, 'BITXOR argument 3 must be a single character; found ""')),
    ("BITXOR", ["\x124", X("FF"), "\x11\x11"], E(40, 23, 'BITXOR argument 3 must be a single character; found "\x11\x11"')),
    ("BITXOR", ["", ""], ""),
    ("BITXOR", ["abc", "    "], "ABC "),
    ("BITXOR", ["ABC", "  ", " "], "abc"),
    ("BITXOR", ["\x01\x02\x03", "\x10"], "\x11\x02\x03"),
    # DATATYPE
    ("DATATYPE", ["12"], "NUM"),
    ("DATATYPE", [" 12 "], "NUM"),
    ("DATATYPE", [""], "CHAR"),
    ("DATATYPE", ["abc"], "CHAR"),
    ("DATATYPE", ["1e3"], "NUM"),
    ("DATATYPE", ["-1.5"], "NUM"),
    ("DATATYPE", ["1e"], "CHAR"),
    ("DATATYPE", ["+.5e+3"], "NUM"),
    ("DATATYPE", ["."], "CHAR"),
    ("DATATYPE", ["1."], "NUM"),
    ("DATATYPE", [".e1"], "CHAR"),
    ("DATATYPE", ["1e+"], "CHAR"),
    ("DATATYPE", ["1 e1"], "CHAR"),
    ("DATATYPE", ["1\t"], "NUM"),
    ("DATATYPE", [" 1\t"], "NUM"),
    ("DATATYPE", ["--1"], "CHAR"),
    ("DATATYPE", ["+-1"], "CHAR"),
    ("DATATYPE", ["e1"], "CHAR"),
    ("DATATYPE", [" - 5"], "NUM"),
    ("DATATYPE", ["- 5"], "NUM"),
    ("DATATYPE", ["1.5E-3"], "NUM"),
    ("DATATYPE", ["0"], "NUM"),
    ("DATATYPE", ["\x002"], "CHAR"),
    ("DATATYPE", ["12", "N"], "1"),
    ("DATATYPE", ["", "N"], "0"),
    ("DATATYPE", ["+.5e+3", "N"], "1"),
    ("DATATYPE", [".", "N"], "0"),
    ("DATATYPE", ["1.", "N"], "1"),
    ("DATATYPE", [".e1", "N"], "0"),
    ("DATATYPE", ["1e+", "N"], "0"),
    ("DATATYPE", ["1 e1", "N"], "0"),
    ("DATATYPE", ["1\t", "N"], "1"),
    ("DATATYPE", ["\t2", "N"], "1"),
    ("DATATYPE", ["-\n2", "N"], "1"),
    ("DATATYPE", ["2\r", "N"], "1"),
    ("DATATYPE", ["\x002", "N"], "0"),
    ("DATATYPE", ["2\x00", "N"], "0"),
    ("DATATYPE", ["1e-999999999", "N"], "1"),
    ("DATATYPE", ["abc", "N"], "0"),
    ("DATATYPE", [" 12 ", "W"], "1"),
    ("DATATYPE", ["1e3", "W"], "1"),
    ("DATATYPE", ["1.5", "W"], "0"),
    ("DATATYPE", ["1.0", "W"], "1"),
    ("DATATYPE", ["1e-1", "W"], "0"),
    ("DATATYPE", ["10e-1", "W"], "1"),
    ("DATATYPE", ["1234567890", "W"], "0"),
    ("DATATYPE", ["12345678901", "W"], "0"),
    ("DATATYPE", ["1234567890.0", "W"], "0"),
    ("DATATYPE", ["1e100", "W"], "0"),
    ("DATATYPE", ["-0", "W"], "1"),
    ("DATATYPE", [" - 5", "W"], "1"),
    ("DATATYPE", ["123456789", "W"], "1"),
    ("DATATYPE", ["1234567891", "W"], "0"),
    ("DATATYPE", ["999999999", "W"], "1"),
    ("DATATYPE", ["999999999.4", "W"], "0"),
    ("DATATYPE", ["1.00000000001", "W"], "0"),
    ("DATATYPE", ["0.9999999999", "W"], "0"),
    ("DATATYPE", ["12345678.9", "W"], "0"),
    ("DATATYPE", ["1e9", "W"], "0"),
    ("DATATYPE", ["1e8", "W"], "1"),
    ("DATATYPE", ["-123456789", "W"], "1"),
    ("DATATYPE", ["-1234567891", "W"], "0"),
    ("DATATYPE", ["1.000000000000", "W"], "1"),
    ("DATATYPE", ["123456789.0000", "W"], "1"),
    ("DATATYPE", ["", "W"], "0"),
    ("DATATYPE", ["abc", "W"], "0"),
    ("DATATYPE", ["abc", "A"], "1"),
    ("DATATYPE", ["ab1", "A"], "1"),
    ("DATATYPE", ["ab 1", "A"], "0"),
    ("DATATYPE", ["", "A"], "0"),
    ("DATATYPE", ["AZaz09", "A"], "1"),
    ("DATATYPE", ["a_b", "A"], "0"),
    ("DATATYPE", ["0101", "B"], "1"),
    ("DATATYPE", ["01 01", "B"], "0"),
    ("DATATYPE", ["0 101", "B"], "0"),
    ("DATATYPE", ["0101 0101", "B"], "1"),
    ("DATATYPE", ["010 10101", "B"], "0"),
    ("DATATYPE", ["", "B"], "1"),
    ("DATATYPE", [" 0101", "B"], "0"),
    ("DATATYPE", ["1", "B"], "1"),
    ("DATATYPE", ["1 0000", "B"], "1"),
    ("DATATYPE", ["101", "B"], "1"),
    ("DATATYPE", ["0000 1", "B"], "0"),
    ("DATATYPE", ["10000 0001", "B"], "1"),
    ("DATATYPE", ["0000\t0000", "B"], "1"),
    ("DATATYPE", ["0000 0000 0000", "B"], "0"),
    ("DATATYPE", ["0000  0000", "B"], "0"),
    ("DATATYPE", ["1 0000 0000", "B"], "0"),
    ("DATATYPE", ["0000 11111111", "B"], "1"),
    ("DATATYPE", ["2", "B"], "0"),
    ("DATATYPE", ["abc", "L"], "1"),
    ("DATATYPE", ["aBc", "L"], "0"),
    ("DATATYPE", ["", "L"], "0"),
    ("DATATYPE", ["a1", "L"], "0"),
    ("DATATYPE", ["aBc", "M"], "1"),
    ("DATATYPE", ["a1", "M"], "0"),
    ("DATATYPE", ["", "M"], "0"),
    ("DATATYPE", ["Z", "M"], "1"),
    ("DATATYPE", ["ABC", "U"], "1"),
    ("DATATYPE", ["", "U"], "0"),
    ("DATATYPE", ["AbC", "U"], "0"),
    ("DATATYPE", ["A B", "U"], "0"),
    ("DATATYPE", ["a1", "S"], "1"),
    ("DATATYPE", ["1a", "S"], "1"),
    ("DATATYPE", ["a.b", "S"], "1"),
    ("DATATYPE", ["#@$!?_.", "S"], "1"),
    ("DATATYPE", ["a b", "S"], "0"),
    ("DATATYPE", [".", "S"], "1"),
    ("DATATYPE", ["a:", "S"], "0"),
    ("DATATYPE", ["-", "S"], "0"),
    ("DATATYPE", ["a-b", "S"], "0"),
    ("DATATYPE", ["1e+3", "S"], "1"),
    ("DATATYPE", ["a+b", "S"], "0"),
    ("DATATYPE", ["1e+", "S"], "0"),
    ("DATATYPE", ["+1", "S"], "0"),
    ("DATATYPE", ["1.5e-3", "S"], "1"),
    ("DATATYPE", [".5e+3", "S"], "1"),
    ("DATATYPE", ["a.e+1", "S"], "0"),
    ("DATATYPE", ["1e+3a", "S"], "0"),
    ("DATATYPE", ["0e-1", "S"], "1"),
    ("DATATYPE", ["1e+3.1", "S"], "0"),
    ("DATATYPE", ["", "S"], "0"),
    ("DATATYPE", ["ABC.def", "S"], "1"),
    ("DATATYPE", ["ab", "X"], "1"),
    ("DATATYPE", ["a b", "X"], "0"),
    ("DATATYPE", ["a bc", "X"], "1"),
    ("DATATYPE", ["ab cd", "X"], "1"),
    ("DATATYPE", ["abc de", "X"], "1"),
    ("DATATYPE", [" ab", "X"], "0"),
    ("DATATYPE", ["ab ", "X"], "0"),
    ("DATATYPE", ["g", "X"], "0"),
    ("DATATYPE", ["", "X"], "1"),
    ("DATATYPE", ["ab\tcd", "X"], "1"),
    ("DATATYPE", ["a bc d", "X"], "0"),
    ("DATATYPE", ["abc  de", "X"], "1"),
    ("DATATYPE", ["ab\ncd", "X"], "1"),
    ("DATATYPE", ["ABCDEF0123", "X"], "1"),
    ("DATATYPE", ["a", "Q"], E(40, 28, 'DATATYPE argument 2, option must start with one of "ABLMNSUWX"; found "Q"')),
    ("DATATYPE", ["a", ""], E(40, 21, "DATATYPE argument 2 must not be null")),
    ("DATATYPE", ["a", "whole"], "0"),
    ("DATATYPE", ["a", "n"], "0"),
    ("DATATYPE", ["12", "number"], "1"),
    ("DATATYPE", ["aBc", "mixed"], "1"),
    ("DATATYPE", ["a", None], "CHAR"),
    ("DATATYPE", ["1234567890", "W"], "1", 20),
    ("DATATYPE", ["1000", "W"], "0", 3),
    ("DATATYPE", ["999", "W"], "1", 3),
    ("DATATYPE", ["999.4", "W"], "0", 3),
    ("DATATYPE", ["1E2", "W"], "1", 3),
    ("DATATYPE", ["1E3", "W"], "0", 3),
    ("DATATYPE", ["00001234", "W"], "0", 3),
    ("DATATYPE", ["000999", "W"], "1", 3),
    # ERRORTEXT
    ("ERRORTEXT", ["40"], "Incorrect call to routine"),
    ("ERRORTEXT", ["100"], "[Unknown filesystem error]"),
    ("ERRORTEXT", ["99"], ""),
    ("ERRORTEXT", ["0"], ""),
    ("ERRORTEXT", ["1"], ""),
    ("ERRORTEXT", ["11"], "[Control stack full]"),
    ("ERRORTEXT", ["40.1"], 'External routine "<name>" failed'),
    ("ERRORTEXT", ["40.12"], '<bif> argument <argnumber> must be a whole number; found "<value>"'),
    ("ERRORTEXT", ["40.120"], ""),
    ("ERRORTEXT", ["40.5"], 'Missing argument in invocation of "<bif>"; argument <argnumber> is required'),
    ("ERRORTEXT", ["40", "N"], "Incorrect call to routine"),
    ("ERRORTEXT", ["40.12", "S"], '<bif> argument <argnumber> must be a whole number; found "<value>"'),
    ("ERRORTEXT", ["40", "S"], "Incorrect call to routine"),
    ("ERRORTEXT", ["40", "x"], E(40, 28, 'ERRORTEXT argument 2, option must start with one of "NS"; found "x"')),
    ("ERRORTEXT", ["-1"], E(40, 13, 'ERRORTEXT argument 1 must be zero or positive; found "-1"')),
    ("ERRORTEXT", ["a"], E(40, 11, 'ERRORTEXT argument 1 must be a number; found "a"')),
    ("ERRORTEXT", ["40.999"], ""),
    ("ERRORTEXT", ["40.0"], "Incorrect call to routine"),
    ("ERRORTEXT", [" 40 "], "Incorrect call to routine"),
    ("ERRORTEXT", ["4e1"], "Incorrect call to routine"),
    ("ERRORTEXT", ["90"], '[Non-ANSI feature used with "OPTIONS STRICT_ANSI"]'),
    ("ERRORTEXT", ["90.1"], "[<bif> is a Regina extension BIF]"),
    ("ERRORTEXT", ["48.920"], "Low-level stream I/O error: <description> <stream>: <description>"),
    ("ERRORTEXT", ["40.2"], ""),
    ("ERRORTEXT", ["64.1"], "[Syntax error at line %d]"),
    ("ERRORTEXT", ["0.1"], "Error <value> running <source>, line <linenumber>:"),
    ("ERRORTEXT", ["6.1"], 'Unmatched comment delimiter ("/*")'),
    ("ERRORTEXT", ["40.12 "], '<bif> argument <argnumber> must be a whole number; found "<value>"'),
    ("ERRORTEXT", ["40.012"], '<bif> argument <argnumber> must be a whole number; found "<value>"'),
    ("ERRORTEXT", ["40.12", ""], E(40, 21, "ERRORTEXT argument 2 must not be null")),
    ("ERRORTEXT", ["1.5e1"], ""),
    ("ERRORTEXT", ["101"], "Operation not permitted"),
    ("ERRORTEXT", ["2147483648"], E(40, 11, 'ERRORTEXT argument 1 must be a number; found "2147483648"')),
    ("ERRORTEXT", ["12"], "[Clause > 1024 characters]"),
    ("ERRORTEXT", ["31"], 'Name starts with number or "."'),
    ("ERRORTEXT", ["4.0e1"], "Program interrupted"),
    ("ERRORTEXT", ["40.5e0"], 'Missing argument in invocation of "<bif>"; argument <argnumber> is required'),
    ("ERRORTEXT", [" 40.12"], '<bif> argument <argnumber> must be a whole number; found "<value>"'),
    ("ERRORTEXT", ["40."], E(40, 11, 'ERRORTEXT argument 1 must be a number; found ""')),
    ("ERRORTEXT", [".5"], E(40, 11, 'ERRORTEXT argument 1 must be a number; found ""')),
    ("ERRORTEXT", ["+40"], "Incorrect call to routine"),
    ("ERRORTEXT", ["40.-1"], E(40, 13, 'ERRORTEXT argument 1 must be zero or positive; found "-1"')),
    ("ERRORTEXT", ["40.+1"], 'External routine "<name>" failed'),
    ("ERRORTEXT", ["40.1e0"], 'External routine "<name>" failed'),
    ("ERRORTEXT", ["400e-1"], "Incorrect call to routine"),
    ("ERRORTEXT", ["2147483647"], "Unknown error 2147483547"),
    ("ERRORTEXT", ["40.12", "N"], '<bif> argument <argnumber> must be a whole number; found "<value>"'),
    ("ERRORTEXT", ["6.1", "n"], 'Unmatched comment delimiter ("/*")'),
    ("ERRORTEXT", ["40.12", "Normal"], '<bif> argument <argnumber> must be a whole number; found "<value>"'),
    ("ERRORTEXT", ["1e3"], "Unknown error 900"),
    ("ERRORTEXT", [""], E(40, 11, 'ERRORTEXT argument 1 must be a number; found ""')),
    ("ERRORTEXT", ["40 .5"], 'Missing argument in invocation of "<bif>"; argument <argnumber> is required'),
    ("ERRORTEXT", ["40.12345678901"], E(40, 11, 'ERRORTEXT argument 1 must be a number; found "12345678901"')),
    ("ERRORTEXT", [" 0.1"], "Error <value> running <source>, line <linenumber>:"),
    ("ERRORTEXT", ["0.0"], ""),
    ("ERRORTEXT", ["0.3"], 'Interactive trace.  "Trace Off" to end debug. ENTER to continue.'),
    ("ERRORTEXT", ["a.1"], E(40, 11, 'ERRORTEXT argument 1 must be a number; found "a"')),
    ("ERRORTEXT", ["-1.1"], E(40, 13, 'ERRORTEXT argument 1 must be zero or positive; found "-1"')),
    ("ERRORTEXT", ["40.a"], E(40, 11, 'ERRORTEXT argument 1 must be a number; found "a"')),
    ("ERRORTEXT", ["2.5e1"], ""),
    ("ERRORTEXT", [" 40 . 12 "], '<bif> argument <argnumber> must be a whole number; found "<value>"'),
    ("ERRORTEXT", ["1E1"], "Unexpected or unmatched END"),
    ("ERRORTEXT", [" "], E(40, 11, 'ERRORTEXT argument 1 must be a number; found " "')),
    ("ERRORTEXT", ["- 1"], E(40, 13, 'ERRORTEXT argument 1 must be zero or positive; found "- 1"')),
    ("ERRORTEXT", ["1e-1"], E(40, 11, 'ERRORTEXT argument 1 must be a number; found "1e-1"')),
    ("ERRORTEXT", ["15e-1"], E(40, 11, 'ERRORTEXT argument 1 must be a number; found "15e-1"')),
    ("ERRORTEXT", ["40.1e-1"], E(40, 11, 'ERRORTEXT argument 1 must be a number; found "1e-1"')),
    ("ERRORTEXT", ["400e-1.5"], 'Missing argument in invocation of "<bif>"; argument <argnumber> is required'),
    ("ERRORTEXT", ["40.2147483647"], ""),
    ("ERRORTEXT", ["40.2147483648"], E(40, 11, 'ERRORTEXT argument 1 must be a number; found "2147483648"')),
    ("ERRORTEXT", ["101.1"], "Operation not permitted"),
    ("ERRORTEXT", ["100.0"], "[Unknown filesystem error]"),
    ("ERRORTEXT", ["102.5"], "No such file or directory"),
    ("ERRORTEXT", ["99.1"], ""),
    ("ERRORTEXT", ["45.1"], 'Data expected on RETURN instruction because routine "<name>" was called as a function'),
    ("ERRORTEXT", ["122"], "Invalid argument"),
    ("ERRORTEXT", ["40", None], "Incorrect call to routine"),
    ("ERRORTEXT", ["a", "x"], E(40, 28, 'ERRORTEXT argument 2, option must start with one of "NS"; found "x"')),
    ("ERRORTEXT", ["-1", ""], E(40, 21, "ERRORTEXT argument 2 must not be null")),
    # ABBREV
    ("ABBREV", ["1"], E(40, 3, 'Not enough arguments in invocation of "ABBREV"; minimum expected is 2')),
    ("ABBREV", ["1", "1", "1", "1"], E(40, 4, 'Too many arguments in invocation of "ABBREV"; maximum expected is 3')),
    # CENTER
    ("CENTER", ["1"], E(40, 3, 'Not enough arguments in invocation of "CENTER"; minimum expected is 2')),
    ("CENTER", ["1", "1", "1", "1"], E(40, 4, 'Too many arguments in invocation of "CENTER"; maximum expected is 3')),
    # CENTRE
    ("CENTRE", ["1"], E(40, 3, 'Not enough arguments in invocation of "CENTER"; minimum expected is 2')),
    ("CENTRE", ["1", "1", "1", "1"], E(40, 4, 'Too many arguments in invocation of "CENTER"; maximum expected is 3')),
    # CHANGESTR
    ("CHANGESTR", ["1", "1"], E(40, 3, 'Not enough arguments in invocation of "CHANGESTR"; minimum expected is 3')),
    ("CHANGESTR", ["1", "1", "1", "1"], E(40, 4, 'Too many arguments in invocation of "CHANGESTR"; maximum expected is 3')),
    # COMPARE
    ("COMPARE", ["1"], E(40, 3, 'Not enough arguments in invocation of "COMPARE"; minimum expected is 2')),
    ("COMPARE", ["1", "1", "1", "1"], E(40, 4, 'Too many arguments in invocation of "COMPARE"; maximum expected is 3')),
    # COPIES
    ("COPIES", ["1"], E(40, 3, 'Not enough arguments in invocation of "COPIES"; minimum expected is 2')),
    ("COPIES", ["1", "1", "1"], E(40, 4, 'Too many arguments in invocation of "COPIES"; maximum expected is 2')),
    # COUNTSTR
    ("COUNTSTR", ["1"], E(40, 3, 'Not enough arguments in invocation of "COUNTSTR"; minimum expected is 2')),
    ("COUNTSTR", ["1", "1", "1"], E(40, 4, 'Too many arguments in invocation of "COUNTSTR"; maximum expected is 2')),
    # DELSTR
    ("DELSTR", ["1"], E(40, 3, 'Not enough arguments in invocation of "DELSTR"; minimum expected is 2')),
    ("DELSTR", ["1", "1", "1", "1"], E(40, 4, 'Too many arguments in invocation of "DELSTR"; maximum expected is 3')),
    # INSERT
    ("INSERT", ["1"], E(40, 3, 'Not enough arguments in invocation of "INSERT"; minimum expected is 2')),
    ("INSERT", ["1", "1", "1", "1", "1", "1"], E(40, 4, 'Too many arguments in invocation of "INSERT"; maximum expected is 5')),
    # LASTPOS
    ("LASTPOS", ["1"], E(40, 3, 'Not enough arguments in invocation of "LASTPOS"; minimum expected is 2')),
    ("LASTPOS", ["1", "1", "1", "1"], E(40, 4, 'Too many arguments in invocation of "LASTPOS"; maximum expected is 3')),
    # LEFT
    ("LEFT", ["1"], E(40, 3, 'Not enough arguments in invocation of "LEFT"; minimum expected is 2')),
    ("LEFT", ["1", "1", "1", "1"], E(40, 4, 'Too many arguments in invocation of "LEFT"; maximum expected is 3')),
    # LENGTH
    ("LENGTH", [], E(40, 3, 'Not enough arguments in invocation of "LENGTH"; minimum expected is 1')),
    ("LENGTH", ["1", "1"], E(40, 4, 'Too many arguments in invocation of "LENGTH"; maximum expected is 1')),
    # OVERLAY
    ("OVERLAY", ["1"], E(40, 3, 'Not enough arguments in invocation of "OVERLAY"; minimum expected is 2')),
    ("OVERLAY", ["1", "1", "1", "1", "1", "1"], E(40, 4, 'Too many arguments in invocation of "OVERLAY"; maximum expected is 5')),
    # POS
    ("POS", ["1"], E(40, 3, 'Not enough arguments in invocation of "POS"; minimum expected is 2')),
    ("POS", ["1", "1", "1", "1"], E(40, 4, 'Too many arguments in invocation of "POS"; maximum expected is 3')),
    # REVERSE
    ("REVERSE", [], E(40, 3, 'Not enough arguments in invocation of "REVERSE"; minimum expected is 1')),
    ("REVERSE", ["1", "1"], E(40, 4, 'Too many arguments in invocation of "REVERSE"; maximum expected is 1')),
    # RIGHT
    ("RIGHT", ["1"], E(40, 3, 'Not enough arguments in invocation of "RIGHT"; minimum expected is 2')),
    ("RIGHT", ["1", "1", "1", "1"], E(40, 4, 'Too many arguments in invocation of "RIGHT"; maximum expected is 3')),
    # SPACE
    ("SPACE", [], E(40, 3, 'Not enough arguments in invocation of "SPACE"; minimum expected is 1')),
    ("SPACE", ["1", "1", "1", "1"], E(40, 4, 'Too many arguments in invocation of "SPACE"; maximum expected is 3')),
    # STRIP
    ("STRIP", [], E(40, 3, 'Not enough arguments in invocation of "STRIP"; minimum expected is 1')),
    ("STRIP", ["1", "1", "1", "1"], E(40, 4, 'Too many arguments in invocation of "STRIP"; maximum expected is 3')),
    # SUBSTR
    ("SUBSTR", ["1"], E(40, 3, 'Not enough arguments in invocation of "SUBSTR"; minimum expected is 2')),
    ("SUBSTR", ["1", "1", "1", "1", "1"], E(40, 4, 'Too many arguments in invocation of "SUBSTR"; maximum expected is 4')),
    # TRANSLATE
    ("TRANSLATE", [], E(40, 3, 'Not enough arguments in invocation of "TRANSLATE"; minimum expected is 1')),
    ("TRANSLATE", ["1", "1", "1", "1", "1"], E(40, 4, 'Too many arguments in invocation of "TRANSLATE"; maximum expected is 4')),
    # VERIFY
    ("VERIFY", ["1"], E(40, 3, 'Not enough arguments in invocation of "VERIFY"; minimum expected is 2')),
    ("VERIFY", ["1", "1", "1", "1", "1"], E(40, 4, 'Too many arguments in invocation of "VERIFY"; maximum expected is 4')),
    # XRANGE
    ("XRANGE", ["1", "1", "1"], E(40, 4, 'Too many arguments in invocation of "XRANGE"; maximum expected is 2')),
    # DELWORD
    ("DELWORD", ["1"], E(40, 3, 'Not enough arguments in invocation of "DELWORD"; minimum expected is 2')),
    ("DELWORD", ["1", "1", "1", "1"], E(40, 4, 'Too many arguments in invocation of "DELWORD"; maximum expected is 3')),
    # SUBWORD
    ("SUBWORD", ["1"], E(40, 3, 'Not enough arguments in invocation of "SUBWORD"; minimum expected is 2')),
    ("SUBWORD", ["1", "1", "1", "1"], E(40, 4, 'Too many arguments in invocation of "SUBWORD"; maximum expected is 3')),
    # WORD
    ("WORD", ["1"], E(40, 3, 'Not enough arguments in invocation of "WORD"; minimum expected is 2')),
    ("WORD", ["1", "1", "1"], E(40, 4, 'Too many arguments in invocation of "WORD"; maximum expected is 2')),
    # WORDINDEX
    ("WORDINDEX", ["1"], E(40, 3, 'Not enough arguments in invocation of "WORDINDEX"; minimum expected is 2')),
    ("WORDINDEX", ["1", "1", "1"], E(40, 4, 'Too many arguments in invocation of "WORDINDEX"; maximum expected is 2')),
    # WORDLENGTH
    ("WORDLENGTH", ["1"], E(40, 3, 'Not enough arguments in invocation of "WORDLENGTH"; minimum expected is 2')),
    ("WORDLENGTH", ["1", "1", "1"], E(40, 4, 'Too many arguments in invocation of "WORDLENGTH"; maximum expected is 2')),
    # WORDPOS
    ("WORDPOS", ["1"], E(40, 3, 'Not enough arguments in invocation of "WORDPOS"; minimum expected is 2')),
    ("WORDPOS", ["1", "1", "1", "1"], E(40, 4, 'Too many arguments in invocation of "WORDPOS"; maximum expected is 3')),
    # WORDS
    ("WORDS", [], E(40, 3, 'Not enough arguments in invocation of "WORDS"; minimum expected is 1')),
    ("WORDS", ["1", "1"], E(40, 4, 'Too many arguments in invocation of "WORDS"; maximum expected is 1')),
    # B2X
    ("B2X", [], E(40, 3, 'Not enough arguments in invocation of "B2X"; minimum expected is 1')),
    ("B2X", ["1", "1"], E(40, 4, 'Too many arguments in invocation of "B2X"; maximum expected is 1')),
    # C2X
    ("C2X", [], E(40, 3, 'Not enough arguments in invocation of "C2X"; minimum expected is 1')),
    ("C2X", ["1", "1"], E(40, 4, 'Too many arguments in invocation of "C2X"; maximum expected is 1')),
    # X2B
    ("X2B", [], E(40, 3, 'Not enough arguments in invocation of "X2B"; minimum expected is 1')),
    ("X2B", ["1", "1"], E(40, 4, 'Too many arguments in invocation of "X2B"; maximum expected is 1')),
    # X2C
    ("X2C", [], E(40, 3, 'Not enough arguments in invocation of "X2C"; minimum expected is 1')),
    ("X2C", ["1", "1"], E(40, 4, 'Too many arguments in invocation of "X2C"; maximum expected is 1')),
    # BITAND
    ("BITAND", [], E(40, 3, 'Not enough arguments in invocation of "BITAND"; minimum expected is 1')),
    ("BITAND", ["1", "1", "1", "1"], E(40, 4, 'Too many arguments in invocation of "BITAND"; maximum expected is 3')),
    # BITOR
    ("BITOR", [], E(40, 3, 'Not enough arguments in invocation of "BITOR"; minimum expected is 1')),
    ("BITOR", ["1", "1", "1", "1"], E(40, 4, 'Too many arguments in invocation of "BITOR"; maximum expected is 3')),
    # BITXOR
    ("BITXOR", [], E(40, 3, 'Not enough arguments in invocation of "BITXOR"; minimum expected is 1')),
    ("BITXOR", ["1", "1", "1", "1"], E(40, 4, 'Too many arguments in invocation of "BITXOR"; maximum expected is 3')),
    # DATATYPE
    ("DATATYPE", [], E(40, 3, 'Not enough arguments in invocation of "DATATYPE"; minimum expected is 1')),
    ("DATATYPE", ["1", "1", "1"], E(40, 4, 'Too many arguments in invocation of "DATATYPE"; maximum expected is 2')),
    # ERRORTEXT
    ("ERRORTEXT", [], E(40, 3, 'Not enough arguments in invocation of "ERRORTEXT"; minimum expected is 1')),
    ("ERRORTEXT", ["1", "1", "1"], E(40, 4, 'Too many arguments in invocation of "ERRORTEXT"; maximum expected is 2')),
]


@pytest.mark.parametrize("case", CASES, ids=lambda case: f"{case[0]}{case[1]!r}")
def test_as_regina(case):
    name, arguments, expected, *digits = case
    check(name, arguments, expected, *digits)


# --- rexxlite's own rules (docs/unicode.md): characters, not bytes --------------------------

UNICODE_CASES = [
    ("LENGTH", ["é"], "1"),                       # Regina: 2 (bytes)
    ("REVERSE", ["aé€"], "€éa"),
    ("SUBSTR", ["été", "2", "1"], "t"),
    ("LEFT", ["a", "3", "é"], "aéé"),             # Regina: 40.23, 'é' being two bytes
    ("CENTER", ["é", "3", "·"], "·é·"),
    ("POS", ["t", "été"], "2"),
    ("TRANSLATE", ["été"], "éTé"),                # upper case is a-z only, as in Regina
    ("TRANSLATE", ["été", "e", "é"], "ete"),
    ("VERIFY", ["éa", "é"], "2"),
    ("WORDS", ["é\u00a0ü"], "1"),                 # only C white space separates words
    ("C2X", ["é"], "C3A9"),                       # as Regina
    ("C2X", ["€"], "E282AC"),
    ("X2C", ["C3A9"], "é"),
    ("X2C", ["C3"], "\udcc3"),                    # a byte that is not UTF-8 on its own
    ("C2X", ["\udcc3"], "C3"),
    ("X2C", ["C3A9C3"], "é\udcc3"),
    ("BITAND", ["é", "\udcff"], "é"),             # C3 & FF, then A9 kept: C3 A9 again
    ("BITAND", ["é", "\x7f"], "C\udca9"),        # C3 & 7F is "C"; A9 alone is not UTF-8
    ("BITOR", ["é", "", " "], "\udce3\udca9"),  # E3 A9 is not UTF-8: two escaped bytes
    ("BITXOR", ["a", "b", "é"], E(40, 23, 'BITXOR argument 3 must be a single character; found "é"')),
    ("XRANGE", ["é"], E(40, 23, 'XRANGE argument 1 must be a single character; found "é"')),
    ("DATATYPE", ["é", "M"], "0"),
    ("DATATYPE", ["é", "S"], "0"),
    ("DATATYPE", ["é", "X"], "0"),
]


@pytest.fixture
def utf8_model():
    """The opt-in UTF-8 character model (OPTIONS UTF8) for one test, then bytes again."""
    use_utf8(True)
    yield
    use_utf8(False)


@pytest.mark.parametrize("case", UNICODE_CASES, ids=lambda case: f"{case[0]}{case[1]!r}")
def test_characters_not_bytes_under_utf8(case, utf8_model):
    check(*case)


BYTE_CASES = [                                    # the default: one character per byte
    ("LENGTH", ["\xc3\xa9"], "2"),                # 'é' in a UTF-8 source is two bytes
    ("C2X", ["\xc3\xa9"], "C3A9"),
    ("X2C", ["C3A9"], "\xc3\xa9"),
    ("X2C", ["CDAB"], "\xcd\xab"),                # never merged into one character
    ("REVERSE", ["\xc3\xa9"], "\xa9\xc3"),
    ("BITAND", ["\xc3\xa9", "\x7f"], "C\xa9"),
    ("BITXOR", ["a", "bc", "\xe9"], "\x03\x8a"),    # any byte is a pad
    ("XRANGE", ["\xfe"], "\xfe\xff"),
    ("TRANSLATE", ["\xc3\xa9", "ab", "\xa9\xc3"], "ba"),
    ("D2C", ["255"], "\xff"),
    ("C2D", ["\xff\x00"], "65280"),
]


@pytest.mark.parametrize("case", BYTE_CASES, ids=lambda case: f"{case[0]}{case[1]!r}")
def test_one_character_per_byte(case):
    check(*case)


@pytest.mark.parametrize("hex_digits", ["", "00", "7F", "80", "C3A9", "FF", "E282AC", "C3C3A9", "EDA080"])
def test_c2x_x2c_round_trip(hex_digits):
    text = call("X2C", [hex_digits])
    assert call("C2X", [text]) == hex_digits


def test_xrange_gives_every_byte_once():
    table = call("XRANGE", [])
    assert len(table) == 256
    assert call("C2X", [table]) == "".join(f"{n:02X}" for n in range(256))


# --- where Regina crashes (segmentation fault), rexxlite answers -----------------------------

def test_verify_with_an_omitted_start_starts_at_1():
    assert call("VERIFY", ["abc", "ab", None, None]) == "3"


def test_errortext_with_two_periods_is_not_a_number():
    check("ERRORTEXT", ["40.5.1"],
          E(40, 11, 'ERRORTEXT argument 1 must be a number; found "40.5.1"'))


# --- the shared argument helpers --------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("7", 7), (" -7 ", -7), ("+ 7", 7), ("7.000", 7), ("70e-1", 7), (".7e1", 7), ("\t7\r", 7),
    ("2147483647", 2147483647), ("-2147483647", -2147483647), ("0E+99999999999", 0),
    ("2147483648", None), ("-2147483648", None), ("1e10", None), ("7.5", None), ("", None),
    ("7 7", None), ("1e999999999999", None), ("1e-999999999999", None), ("Infinity", None),
    ("NaN", None), ("0x10", None), ("١", None), ("1_000", None),
])
def test_parse_whole(text, expected):
    assert args.parse_whole(text) == expected


def test_exact_integer_counts_digits_without_leading_zeros():
    assert args.exact_integer("000123", 3) == 123
    assert args.exact_integer("1234", 3) is None
    assert args.exact_integer("-0.000", 1) == 0


def test_a_null_option_is_40_21_for_every_function():
    with pytest.raises(RexxError) as caught:
        args.option("DATE", 1, "", "BDEMNOSUW", "N")
    assert (caught.value.code, caught.value.subcode) == (40, 21)
    assert caught.value.detail == "DATE argument 1 must not be null"


def test_length_and_start_defaults():
    assert args.length_arg("X", 2, None, 5) == 5
    assert args.start_arg("X", 3, None) == 1
    assert args.start_arg("X", 3, "4") == 4
