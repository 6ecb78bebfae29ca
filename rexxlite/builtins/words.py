"""The word built-in functions: DELWORD SUBWORD WORD WORDINDEX WORDLENGTH WORDPOS WORDS.

A word is a run of characters other than white space, and white space is what C's isspace()
accepts in Regina: blank, tab, newline, vertical tab, form feed and carriage return (not
other Unicode spaces). Behaviour follows Regina 3.6, including two of its quirks:

- DELWORD removes the deleted words and the white space after them, keeping what precedes;
- WORDPOS finds a phrase only where the phrase, stripped, is no longer (in characters,
  white space included) than the rest of the string from that word to its last word: so
  ``wordpos('b    c', 'a b c d')`` is 0 in Regina, and here.
"""

from __future__ import annotations

import itertools

from rexxlite.builtins import args
from rexxlite.builtins.registry import builtin
from rexxlite.syntax.sre_patterns import pattern

_WORD = None                        # a word: made when first needed (``_word_pattern``)
#: A run of characters that are not ``args.WHITESPACE`` (blank, tab, newline, VT, FF, CR).
WORD_TEXT = r"[^ \t\n\v\f\r]+"


def _word_pattern():
    global _WORD
    _WORD = pattern(WORD_TEXT)
    return _WORD


def _spans(string: str) -> list[tuple[int, int]]:
    """(start, end) of each word of ``string``."""
    return [match.span() for match in (_WORD or _word_pattern()).finditer(string)]


def _words_from(string: str, index: int):
    """An iterator of the word matches of ``string`` from word ``index`` (0-based) on (the words
    before it are passed over, nothing made for those after), or None past the last word."""
    found = (_WORD or _word_pattern()).finditer(string)
    for number, match in enumerate(found):
        if number == index:
            return match, found
    return None


def _nth(bif: str, string: str, number: str) -> tuple[int, int] | None:
    """The span of word ``number`` (argument 2, a positive whole number), None past the end."""
    index = args.positive(bif, 2, number) - 1
    found = _words_from(string, index)
    return None if found is None else found[0].span()


@builtin("DELWORD", 2, 3)
def delword(ctx, string, start, length=None):
    """``string`` without ``length`` words from word ``start`` (and the blanks after them)."""
    first = args.positive("DELWORD", 2, start) - 1
    spans = _spans(string)
    count = args.length_arg("DELWORD", 3, length, len(spans))
    if first >= len(spans):
        return string
    last = first + count
    end = spans[last][0] if last < len(spans) else len(string)
    return string[:spans[first][0]] + string[end:]


@builtin("SUBWORD", 2, 3)
def subword(ctx, string, start, length=None):
    """``length`` words from word ``start``, with the white space between them."""
    first = args.positive("SUBWORD", 2, start) - 1
    count = args.length_arg("SUBWORD", 3, length, -1)       # -1: all the rest
    found = _words_from(string, first) if count else None
    if found is None:
        return ""
    match, rest = found
    if count < 0:
        return string[match.start():len(string.rstrip(args.WHITESPACE))]
    last = match
    for last in itertools.islice(rest, count - 1):
        pass
    return string[match.start():last.end()]


@builtin("WORD", 2, 2)
def word(ctx, string, number):
    span = _nth("WORD", string, number)
    return string[span[0]:span[1]] if span else ""


@builtin("WORDINDEX", 2, 2)
def wordindex(ctx, string, number):
    span = _nth("WORDINDEX", string, number)
    return str(span[0] + 1) if span else "0"


@builtin("WORDLENGTH", 2, 2)
def wordlength(ctx, string, number):
    span = _nth("WORDLENGTH", string, number)
    return str(span[1] - span[0]) if span else "0"


@builtin("WORDPOS", 2, 3)
def wordpos(ctx, phrase, string, start=None):
    """The word number in ``string`` where the words of ``phrase`` first occur, from word
    ``start`` on; 0 if they do not (or ``phrase`` has no words)."""
    first = args.start_arg("WORDPOS", 3, start) - 1
    if args.plain_split(phrase) and args.plain_split(string):
        return _plain_wordpos(phrase, string, first)
    wanted = (_WORD or _word_pattern()).findall(phrase)
    if not wanted:
        return "0"
    phrase_size = len(phrase.strip(args.WHITESPACE))
    spans = _spans(string)
    words = [string[a:b] for a, b in spans]
    for index in range(first, len(spans) - len(wanted) + 1):
        if (words[index:index + len(wanted)] == wanted
                and phrase_size <= spans[-1][1] - spans[index][0]):
            return str(index + 1)
    return "0"


def _plain_wordpos(phrase: str, string: str, first: int) -> str:
    """WORDPOS of strings ``str.split`` splits as C's isspace() does: the first word looked
    for by ``list.index`` (in C), the rest compared where it is found; as the general path,
    a match counts only if the phrase (without its outer blanks) is no longer than the text
    from the match to the last word's end (Regina's rule)."""
    wanted = phrase.split()
    if not wanted:
        return "0"
    size = len(wanted)
    if size == 1 and first == 0 and _blank_separated(string):
        # one word looked for in words separated by blanks only: one search in C, with a blank
        # on both sides of each (no list of the words made)
        at = f" {string} ".find(f" {wanted[0]} ")
        return "0" if at < 0 else str(len(string[:at].split()) + 1)
    words = string.split()
    index = first
    while True:
        try:
            index = words.index(wanted[0], index)
        except ValueError:
            return "0"
        if index + size > len(words):
            return "0"
        if words[index:index + size] == wanted:
            start = _words_from(string, index)[0].start()
            if len(phrase.strip(args.WHITESPACE)) <= len(string.rstrip(args.WHITESPACE)) - start:
                return str(index + 1)
        index += 1


def _blank_separated(string: str) -> bool:
    """No white space but blanks in ``string`` (of the ASCII kind ``plain_split`` allows)."""
    return not ("\t" in string or "\n" in string or "\r" in string or "\v" in string
                or "\f" in string)


@builtin("WORDS", 1, 1)
def words(ctx, string):
    if args.plain_split(string):
        return str(len(string.split()))
    return str(sum(1 for _ in (_WORD or _word_pattern()).finditer(string)))
