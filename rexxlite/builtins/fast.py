"""Specialised calls of the commonest built-ins: LENGTH WORDS WORD SUBSTR POS LEFT RIGHT and
TRANSLATE with both tables.

``compile_call(name, argfns)`` gives a closure for a call whose arguments are all present and
whose count is one these handle, or None. The arguments are compiled as values (so a whole
number made by arithmetic arrives as an ``int`` and is not parsed again); the closure does the
work inline when every argument is of the plain kind (strings, whole numbers in range) and
otherwise hands the same values, as strings, to the registered built-in, which then does all
the checking and raises Regina's errors. Results that are whole numbers are ints when they
fit NUMERIC DIGITS (values, see ``compile_expr``).

The word functions split on C white space only (blank, tab, newline, VT, FF, CR): a string
with other characters Python counts as white space takes the general path. The last string
split is remembered, so a loop over the words of one string splits it once; TRANSLATE
remembers its last arguments and result the same way, so ``words(translate(rec, ' ', ','))`` on
an unchanged ``rec`` gives the very string whose words are already known.
"""

from __future__ import annotations

from rexxlite.builtins.args import plain_split
from rexxlite.builtins.registry import REGISTRY
from rexxlite.builtins.strings import translate_table


def _text(v) -> str:
    return v if v.__class__ is str else str(v)


def general_call(name: str):
    builtin = REGISTRY[name]

    def call(f, values):
        return builtin.call(f, [_text(v) for v in values])
    return call


class Splitter:
    """The words of the last string split (by identity)."""
    __slots__ = ("string", "words")

    def __init__(self):
        self.string = None
        self.words = None

    def split(self, s: str):
        """The list of words of ``s``, or None when ``s`` needs the general word rules."""
        if s is self.string:
            return self.words
        if plain_split(s):
            words = s.split()
        else:
            words = None
        self.string = s
        self.words = words
        return words


def _length(a0, general):
    def length(f):
        s = a0(f)
        if s.__class__ is not str:
            s = str(s)
        n = len(s)
        return n if n < f.lim else str(n)
    return length


def _words(a0, general):
    cache = Splitter()

    def words(f):
        s = a0(f)
        if s.__class__ is str:
            w = cache.split(s)
            if w is not None:
                n = len(w)
                return n if n < f.lim else str(n)
        return general(f, (s,))
    return words


def _word(a0, a1, general):
    cache = Splitter()

    def word(f):
        s = a0(f)
        n = a1(f)
        if s.__class__ is str and n.__class__ is int and 0 < n < 2147483648:
            w = cache.split(s)
            if w is not None:
                return w[n - 1] if n <= len(w) else ""
        return general(f, (s, n))
    return word


def _substr(a0, a1, a2, general):
    def substr(f):
        s = a0(f)
        n = a1(f)
        if a2 is None:
            if n.__class__ is int and 0 < n < 2147483648:
                return _text(s)[n - 1:]
            return general(f, (s, n))
        k = a2(f)
        if (n.__class__ is int and k.__class__ is int and 0 < n < 2147483648
                and 0 <= k < 2147483648):
            s = _text(s)
            piece = s[n - 1:n - 1 + k]
            return piece if len(piece) == k else piece + " " * (k - len(piece))
        return general(f, (s, n, k))
    return substr


def _pos(a0, a1, a2, general):
    def pos(f):
        needle = a0(f)
        hay = a1(f)
        if a2 is None:
            start = 1
        else:
            start = a2(f)
            if start.__class__ is not int or not 0 < start < 2147483648:
                return general(f, (needle, hay, start))
        needle = _text(needle)
        if not needle:
            return 0
        r = _text(hay).find(needle, start - 1) + 1
        return r if r < f.lim else str(r)
    return pos


def _sized(take):
    """A maker for LEFT / RIGHT: ``take(string, length)`` when the length is a plain whole
    number, else the general built-in."""
    def maker(a0, a1, general):
        def call(f):
            s = a0(f)
            n = a1(f)
            if n.__class__ is int and 0 <= n < 2147483648:
                return take(_text(s), n)
            return general(f, (s, n))
        return call
    return maker


_left = _sized(lambda s, n: s[:n].ljust(n))
_right = _sized(lambda s, n: s[len(s) - n:] if n < len(s) else s.rjust(n))


class LastTranslation:
    """TRANSLATE with both tables, remembering its last arguments and result: the same
    strings (by identity) give the very same result string."""
    __slots__ = ("string", "table_out", "table_in", "result")

    def __init__(self):
        self.string = self.table_out = self.table_in = self.result = None

    def translate(self, s: str, table_out: str, table_in: str) -> str:
        if s is self.string and table_out is self.table_out and table_in is self.table_in:
            return self.result
        result = s.translate(translate_table(table_out, table_in, " "))
        self.string, self.table_out, self.table_in, self.result = s, table_out, table_in, result
        return result


def _translate(a0, a1, a2, general):
    last = LastTranslation()

    def translate(f):
        return last.translate(_text(a0(f)), _text(a1(f)), _text(a2(f)))
    return translate


# name -> (allowed argument counts, maker)
_MAKERS = {
    "LENGTH": ((1,), _length),
    "WORDS": ((1,), _words),
    "WORD": ((2,), _word),
    "SUBSTR": ((2, 3), _substr),
    "POS": ((2, 3), _pos),
    "LEFT": ((2,), _left),
    "RIGHT": ((2,), _right),
    "TRANSLATE": ((3,), _translate),
}


def handles(name: str, args: list) -> bool:
    """True when ``compile_call`` takes a call of ``name`` with these argument nodes."""
    entry = _MAKERS.get(name)
    return (entry is not None and name in REGISTRY and len(args) in entry[0]
            and all(a is not None for a in args))


def compile_call(name: str, argfns: list):
    """A closure for built-in ``name`` called with ``argfns`` (value closures); see
    ``handles``."""
    entry = _MAKERS[name]
    padded = list(argfns) + [None] * (3 - len(argfns))
    maker = entry[1]
    general = general_call(name)
    count = maker.__code__.co_argcount - 1
    return maker(*padded[:count], general)
