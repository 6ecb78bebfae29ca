"""WORDPOS's fast paths (one word among blank-separated words, ``list.index`` for plain
strings) give what Regina's rule gives: the word number where the phrase's words first occur
from word ``start`` on, counted only if the phrase without its outer blanks is no longer than
the text from there to the last word's end."""

import re

from hypothesis import given, strategies as st

from rexxlite.builtins.words import wordpos

_SPACE = " \t\n\v\f\r"


def regina_wordpos(phrase: str, string: str, start: int = 1) -> str:
    wanted = re.findall(r"[^ \t\n\v\f\r]+", phrase)
    if not wanted:
        return "0"
    spans = [m.span() for m in re.finditer(r"[^ \t\n\v\f\r]+", string)]
    words = [string[a:b] for a, b in spans]
    for i in range(start - 1, len(spans) - len(wanted) + 1):
        if words[i:i + len(wanted)] == wanted and \
                len(phrase.strip(_SPACE)) <= spans[-1][1] - spans[i][0]:
            return str(i + 1)
    return "0"


_text = st.text(alphabet="ab1 \t", max_size=30)


@given(_text, _text, st.integers(1, 6))
def test_wordpos_is_reginas_rule(phrase, string, start):
    assert wordpos(None, phrase, string, str(start)) == regina_wordpos(phrase, string, start)
    assert wordpos(None, phrase, string) == regina_wordpos(phrase, string)


@given(st.lists(st.sampled_from(["1", "12", "21", "121", "a", "b1"]), max_size=12),
       st.sampled_from(["1", "12", " 21 ", "121", "a", "x", "b1"]))
def test_one_word_among_words_that_contain_it(words, word):
    string = " ".join(words)
    assert wordpos(None, word, string) == regina_wordpos(word, string)
