"""Where a SELECT's END, WHEN and OTHERWISE lines are found (their trace lines' texts):
``select_clauses._word_at`` finds a word as the regular expressions it replaced did."""

import re

from hypothesis import given, settings, strategies as st

from rexxlite.compiler.select_clauses import _word_at


@settings(max_examples=1500)
@given(st.text(alphabet="enWHodtrsiEND_ x1\u00e9;\t", max_size=30),
       st.sampled_from(["end", "when", "otherwise"]))
def test_word_found_as_by_a_word_boundary_pattern(line, word):
    found = re.search(rf"\b{word}\b", line, re.IGNORECASE)
    assert _word_at(line, word) == (found.start() if found else -1)
    first = re.match(rf"\s*{word}\b", line, re.IGNORECASE)
    assert (first is not None) == (_word_at(line.lstrip(), word) == 0)
