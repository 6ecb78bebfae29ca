"""SourceLines reads as the list of lines the parser used to make (split on line feeds, a
carriage return before one dropped, no line after a final line feed)."""

import itertools
import pickle

from rexxlite.syntax.source_lines import SourceLines


def _as_list(source: str) -> list[str]:
    lines = source.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line[:-1] if line.endswith("\r") else line for line in lines]


def test_every_short_text_gives_the_lines_of_the_list_rule():
    for size in range(7):
        for chars in itertools.product("a\n\r", repeat=size):
            text = "".join(chars)
            lines, expected = SourceLines(text), _as_list(text)
            assert len(lines) == len(expected) and list(lines) == expected, repr(text)
            assert lines == expected and lines[1:3] == expected[1:3]
            assert [lines[i] for i in range(-len(expected), len(expected))] == \
                expected[-len(expected):] + expected
            assert pickle.loads(pickle.dumps(lines)) == expected


def test_a_line_past_the_end_is_an_index_error():
    lines = SourceLines("say 1\nsay 2\n")
    assert lines[1] == "say 2"
    try:
        lines[2]
    except IndexError:
        pass
    else:
        raise AssertionError("no IndexError")


def test_where_the_lines_start_is_found_when_first_asked_for():
    """The parse keeps the text only; the line starts are worked out at the first use, and
    a pickled (cached) one brings them."""
    from rexxlite.syntax.parser import parse_program
    lines = parse_program("say 1\n\nsay 2\r\nsay 3").source_lines
    assert lines._found is None
    assert list(lines) == ["say 1", "", "say 2", "say 3"] and lines._found is not None
    again = pickle.loads(pickle.dumps(lines))
    assert again._found is not None and list(again) == list(lines)
