"""Whole lines the scanner builds from the text (``syntax/simple_lines``) give the very trees
the raw tokens give (every conformance, trip and Rosetta program with the line path on and
off: ``test_simple_clauses``), and so do random lines made of the pieces
where the line path's pattern has its edges (keywords in any case, ON / OFF, constants,
special variables, hex strings, doubled quotes, commas in strings, exponents, comments,
continuations, tabs, carriage returns, letters that are not ASCII)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rexxlite.syntax import simple_clauses, simple_lines
from rexxlite.syntax.lexer import Built, scan_lines
from tests.test_simple_clauses import outcome


def assert_same(source: str) -> None:
    made = outcome(source, True)
    assert made == outcome(source, True, lines=False)
    assert made == outcome(source, False)          # the parser alone


def test_the_line_path_builds_the_plain_lines_and_leaves_the_others():
    source = ("say 1\n"                         # (the first line: the scanner's own)
              "Call f a, 'b', 3\n"
              "  x = g( y.1, .rc )\n"
              "\tRETURN\n"
              "z = 'it''s'\n"                   # a doubled quote
              "call f a b\n"                    # a blank concatenation
              "call on error\n"
              "w = x + 1\n"
              "say f (a)\n"                     # a blank before '(': not a call
              "exit 1 /* end */\n"
              "push\n")
    built = [clause[-1].rule for clause in scan_lines(source, simple_lines.build_line)
             if clause[-1].__class__ is Built]
    assert built == ["call", "assign", "return_", "push"]
    assert_same(source)


def test_a_built_line_is_the_clause_lexers_node():
    _, call, assign, keyword = outcome("nop\ncall f a, 'b,c', 1e5\nx.1 = g()\nsay\n", True)
    assert call.name == "F" and call.line == 2
    assert [type(a).__name__ for a in call.args] == ["Var", "Literal", "Literal"]
    assert call.args[1].value == "b,c" and call.args[2].value == "1E5"
    assert assign.target.stem == "X." and assign.expr.name == "G" and assign.expr.args == []
    assert keyword.expr is None and keyword.line == 4


@pytest.mark.parametrize("source", [
    "nop\ncall f a,\n b\n", "nop\ncall f a, /* c */\n b\n", "nop\nx = 'a\n", "nop\nx =\n",
    "nop\nx == 1\n", "nop\n1x = 2\n", "nop\n.x = 2\n", "nop\ncall = 1\n", "nop\nsay = 1\n",
    "nop\ncall 'f' a\n", "nop\ncall f '41'x\n", "nop\ncall f 1e+5\n", "nop\ncall f 1e +5\n",
    "nop\nx = f(a,)\n", "nop\nx = f(,a)\n", "nop\nx = f( )\n", "nop\ncall off\n",
    "nop\ncall f a,,b\n", "nop\nsay(a)\n", "nop\nreturn:\n", "nop\nx = a\r\n",
    "nop\nx = 'ſ'\n", "nop\nſay 1\n", "nop\ncall \u212aey\n", "nop\nx = .line\n",
    "nop\nx = a;\n", "nop\nx = a -- c\n", "nop\nx = 'a' 'b'\n", "nop\nx = 'a'\"b\"\n",
    "nop\nif a then\ncall f\nelse\nx = 1\n", "nop\nselect\nwhen a then\nx = 1\nend\n",
    "nop\nl:\nsay x\n", "nop\ndo 2\nx = 1\nend\n", "nop\nx = 1", "nop\nCALL F A\n\n",
])
def test_odd_lines_parse_the_same(source):
    assert_same(source)


PIECES = ["a", "B.1", "c.d.", "1", "1e5", "1e", "+5", ".rc", ".x", "'s'", "'s,t'", '"q\'"',
          "'41'x", "''", "'i''t'", "f(", "g( ", "(", ")", ",", ", ", " ,", "=", "==", " ", "\t",
          "\r", "/* c */", "--", ";", ":", "call", "Call", "say", "return", "EXIT", "push",
          "queue", "on", "OFF", "ſ", "\u212a", "é"]
SOUP = settings(max_examples=400, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow])


@SOUP
@given(st.lists(st.lists(st.sampled_from(PIECES), min_size=1, max_size=9), min_size=1,
                max_size=4),
       st.sampled_from(["", " ", "  "]))
def test_random_lines_parse_the_same(lines, joiner):
    assert_same("nop\n" + "".join(joiner.join(pieces) + "\n" for pieces in lines))


def test_the_shared_nodes_serve_one_parse_and_are_let_go():
    body = outcome("nop\nx = a\ny = a\ncall f a\nz = b + a\n", True)
    x, y, call, z = body[1:]
    assert x.expr is y.expr is call.args[0] is z.expr.right     # one node for A
    assert not simple_clauses._SYMBOLS and not simple_clauses._LITERALS
    assert not simple_lines._TERM_NODES
    again = outcome("nop\nx = a\n", True)
    assert again[1].expr == x.expr and again[1].expr is not x.expr
