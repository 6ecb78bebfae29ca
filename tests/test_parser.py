"""Tests of the parse stage (rexxlite.syntax.lexer + grammar/rexx.lark + rexxlite.syntax.parser).

Every expected error number, sub-number and line below was checked against Regina 3.6.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rexxlite.charset import byte_char
from rexxlite.syntax import ast
from rexxlite.syntax.ast import (
    Assignment, BinaryOp, Call, CallOn, Command, Compound, DoLoop, Drop, FunctionCall, If,
    Indirect, Label, Literal, LiteralPattern, Nop, Parse, Position, Procedure, Say, Select,
    Signal, SignalOn, TargetItem, UnaryOp, Var, VariablePattern,
)
from rexxlite.errors import RexxError
from rexxlite.syntax.parser import parse_program


def body(src):
    return parse_program(src).body


def expr(src):
    """The expression of ``say <src>``."""
    (say,) = body("say " + src)
    assert isinstance(say, Say)
    return say.expr


def L(v):
    return Literal(v)


def B(op, a, b):
    return BinaryOp(op, a, b)


# ----------------------------------------------------------------------------- expressions

def test_precedence_multiplication_before_addition():
    assert expr("1+2*3") == B("+", L("1"), B("*", L("2"), L("3")))


def test_power_is_left_associative():
    assert expr("2**3**2") == B("**", B("**", L("2"), L("3")), L("2"))


def test_prefix_minus_binds_tighter_than_power():
    # Regina: say -2**2 prints 4
    assert expr("-2**2") == B("**", UnaryOp("-", L("2")), L("2"))


def test_blank_and_bar_concatenation_same_level():
    assert expr("1 2||3") == B("||", B(" ", L("1"), L("2")), L("3"))


def test_not_and_logical():
    assert expr("\\0 & 1") == B("&", UnaryOp("\\", L("0")), L("1"))


def test_logical_precedence():
    e = expr("a | b & c = d")
    assert e == B("|", Var("A"), B("&", Var("B"), B("=", Var("C"), Var("D"))))


def test_comparison_below_concatenation():
    assert expr("a b = c") == B("=", B(" ", Var("A"), Var("B")), Var("C"))


@pytest.mark.parametrize("src,op", [
    ("a <> b", "\\="), ("a >< b", "\\="), ("a \\> b", "<="), ("a \\< b", ">="),
    ("a \\>> b", "<<="), ("a \\<< b", ">>="), ("a ¬= b", "\\="), ("a ~= b", "\\="),
    ("a ^= b", "\\="), ("a \\== b", "\\=="), ("a > = b", ">="), ("a = = b", "=="),
    ("a =< b", "<="), ("a => b", ">="), ("a >>= b", ">>="), ("a // b", "//"),
    ("a && b", "&&"), ("a * * b", "**"),
])
def test_operator_normalisation(src, op):
    assert expr(src).op == op


def test_abuttal_and_blank():
    assert expr("a'x'") == B("", Var("A"), L("x"))
    assert expr('"a"bc') == B("", L("a"), Var("BC"))
    assert expr("a 'x'") == B(" ", Var("A"), L("x"))
    assert expr("(1)(2)") == B("", L("1"), L("2"))
    assert expr("a (2)") == B(" ", Var("A"), L("2"))


def test_comments_abut():
    assert expr("'a'/* c */'b'") == B("", L("a"), L("b"))
    assert expr("'a' /* c */ 'b'") == B(" ", L("a"), L("b"))


def test_blanks_next_to_operators_are_insignificant():
    assert expr("a + b") == expr("a+b")
    assert expr("1 - -2") == B("-", L("1"), UnaryOp("-", L("2")))


def test_not_after_blank_is_concatenation():
    # Regina: say 1 \2  is  1 || ' ' || (\2)
    assert expr("1 \\2") == B(" ", L("1"), UnaryOp("\\", L("2")))


def test_function_calls():
    assert expr("f(1,,3)") == FunctionCall("F", [L("1"), None, L("3")])
    assert expr("f()") == FunctionCall("F", [])
    assert expr("f(,)") == FunctionCall("F", [None, None])
    assert expr("'f'(1)") == FunctionCall("f", [L("1")], quoted=True)
    assert expr("f (1)") == B(" ", Var("F"), L("1"))


def test_numbers_and_constants_keep_their_text():
    assert expr("1.50") == L("1.50")
    assert expr("1e+3") == L("1E+3")
    assert expr("1.5E-7") == L("1.5E-7")
    assert expr(".5") == L(".5")
    assert expr("12abc") == L("12ABC")


def test_symbols():
    assert expr("abc") == Var("ABC")
    assert expr("a.") == Var("A.")
    assert expr("a.b.1") == Compound("A.", [Var("B"), "1"])
    assert expr("a..c") == Compound("A.", ["", Var("C")])
    assert expr("a.b.") == Compound("A.", [Var("B"), ""])
    assert expr("!x?_@#$") == Var("!X?_@#$")


def test_strings():
    assert expr("'it''s'") == L("it's")
    assert expr('"a""b"') == L('a"b')
    assert expr("''") == L("")


def test_hex_and_binary_strings():
    assert expr("'41 42'x") == L("AB")
    assert expr("'1 23'x") == L("\x01\x23")
    assert expr("'0100 0001'b") == L("A")
    assert expr("'11 0000'b") == L("0")
    assert expr("''x") == L("")
    assert expr("'ab'X'cd'") == B("", L(byte_char(0xAB)), L("cd"))
    assert expr("'ab'xyz") == B("", L("ab"), Var("XYZ"))


# ----------------------------------------------------------------------------- clauses

def test_keywords_are_not_reserved():
    assert body("say = 1") == [Assignment(Var("SAY"), L("1"), line=1)]
    assert body("if = 2") == [Assignment(Var("IF"), L("2"), line=1)]
    assert body("say(1)") == [Say(L("1"), line=1)]
    with pytest.raises(RexxError) as caught:       # Regina: a bad assignment, not a command
        body("x == 1")
    assert (caught.value.code, caught.value.subcode) == (35, 1)


def test_empty_assignment_is_null_string():
    assert body("x =") == [Assignment(Var("X"), L(""), empty=True, line=1)]


def test_command_clause():
    assert body("'ls' '-l'") == [Command(B(" ", L("ls"), L("-l")), line=1)]


def test_labels():
    assert body("a: b: say 1") == [Label("A", line=1), Label("B", line=1), Say(L("1"), line=1)]
    assert body("'x': nop") == [Label("x", line=1), Nop(line=1)]


def test_lines_comments_and_continuation():
    prog = parse_program("/* a /* nested\n */ still */ say 1\nsay 'a',\n  'b'\n-- c\nsay 3")
    assert [c.line for c in prog.body] == [2, 3, 6]
    assert prog.body[1].expr == B(" ", L("a"), L("b"))
    assert prog.source_lines[0] == "/* a /* nested"
    assert len(prog.source_lines) == 6


def test_shebang_line_is_ignored():
    prog = parse_program("#!/usr/bin/env rexx\nsay 1\n")
    assert prog.body == [Say(L("1"), line=2)]
    assert prog.source_lines == ["#!/usr/bin/env rexx", "say 1"]


def test_if_then_else_forms():
    want = [If(Var("X"), Say(L("1"), line=1), Say(L("2"), line=1), line=1)]
    assert body("if x then say 1; else say 2") == want
    got = body("if x\nthen\nsay 1\nelse\nsay 2")
    assert isinstance(got[0], If) and got[0].otherwise.line == 5
    (i,) = body("if a then if b then nop; else say 1")
    assert i.otherwise is None and i.then.otherwise == Say(L("1"), line=1)


def test_do_loops():
    (d,) = body("do i = 1 to 10 by 2 for 3; say i; end i")
    assert d == DoLoop([Say(Var("I"), line=1)], control=Var("I"), start=L("1"), to=L("10"),
                       by=L("2"), for_=L("3"), order=["TO", "BY", "FOR"], end_name="I",
                       end_line=1, line=1)
    (d,) = body("do forever; leave; end")
    assert d.forever and d.body[0] == ast.Leave(None, line=1)
    (d,) = body("do 5; end")
    assert d.count == L("5")
    (d,) = body("do while x; end")
    assert d.while_ == Var("X")
    (d,) = body("do i=1 until i>3; iterate; end")
    assert d.until == B(">", Var("I"), L("3")) and d.control == Var("I")
    (d,) = body("do a.i = 1; end a.i")
    assert d.control == Compound("A.", [Var("I")])
    (d,) = body("do; end")
    assert d == DoLoop([], end_line=1, line=1)
    (d,) = body("do\n  nop\nend")
    assert d.end_line == 3


def test_select():
    (s,) = body("select; when a then nop; otherwise say 1; say 2; end")
    assert s == Select([(Var("A"), Nop(line=1))], [Say(L("1"), line=1), Say(L("2"), line=1)],
                       end_line=1, line=1)
    (s,) = body("select\nwhen a\nthen nop\nend")
    assert s.otherwise is None and s.end_line == 4


def test_call_and_signal():
    assert body("call f 1,,3") == [Call("F", [L("1"), None, L("3")], line=1)]
    assert body("call 'f'") == [Call("f", [], quoted=True, line=1)]
    assert body("call on error name x") == [CallOn("ERROR", True, "X", line=1)]
    assert body("call off halt") == [CallOn("HALT", False, line=1)]
    assert body("signal on novalue") == [SignalOn("NOVALUE", True, line=1)]
    assert body("signal lbl") == [Signal(label="LBL", line=1)]
    assert body("signal value 'a'") == [Signal(value=L("a"), line=1)]


def test_parse_templates():
    (p,) = body("parse upper var x a . 'lit' b (v) c 5 d =(e) f +3 g -(h) i, j")
    assert p.upper and p.source == "VAR" and p.var == Var("X")
    items = p.templates[0].items
    assert items == [
        TargetItem(Var("A")), TargetItem(None), LiteralPattern("lit"), TargetItem(Var("B")),
        VariablePattern(Var("V")), TargetItem(Var("C")), Position("abs", L("5")),
        TargetItem(Var("D")), Position("abs", Var("E")), TargetItem(Var("F")),
        Position("+", L("3")), TargetItem(Var("G")), Position("-", Var("H")),
        TargetItem(Var("I")),
    ]
    assert p.templates[1].items == [TargetItem(Var("J"))]
    (p,) = body("parse value f(1) with a")
    assert p.expr == FunctionCall("F", [L("1")])
    (p,) = body("arg a, b")
    assert p == Parse("ARG", [ast.Template([TargetItem(Var("A"))]),
                              ast.Template([TargetItem(Var("B"))])], upper=True, line=1)
    (p,) = body("parse caseless pull x")
    assert p.caseless and p.source == "PULL"


def test_other_instructions():
    assert body("drop a b. (c)") == [Drop([Var("A"), Var("B."), Indirect(Var("C"))], line=1)]
    assert body("procedure expose a (b)") == [Procedure([Var("A"), Indirect(Var("B"))], line=1)]
    (n,) = body("numeric form engineering")
    assert n == ast.Numeric("FORM", L("ENGINEERING"), keyword=True, line=1)
    (t,) = body("trace ?r")
    assert t == ast.Trace(L("?R"), line=1)
    (a,) = body("address system 'ls' with output append stem x. input normal")
    assert a.environment == "SYSTEM" and a.command == L("ls")
    assert a.redirects == [ast.Redirect("OUTPUT", "STEM", "X.", True, symbol=True),
                           ast.Redirect("INPUT", "NORMAL")]
    assert body("address value x") == [ast.Address(value=Var("X"), line=1)]
    assert body("require 'p'") == [ast.Require(L("p"), line=1)]


def test_interpret_strings_parse():
    prog = parse_program("do i=1 to 3; say i; end")
    assert isinstance(prog.body[0], DoLoop)
    assert parse_program("").body == []
    assert parse_program(";;").body == []


# ----------------------------------------------------------------------------- errors

ERRORS = [
    ("say 1 /* abc", 6, 1, 1),
    ("say 'abc", 6, 2, 1),
    ('say "abc', 6, 3, 1),
    ("say 1 [ 2", 13, 1, 1),
    ("say 1\nsay `", 13, 1, 2),
    ("do i=1\nsay 1", 14, 0, 2),
    ("select\nwhen 1 then nop", 14, 0, 2),
    ("if 1 then", 14, 3, 2),
    ("if 1 then nop; else", 14, 4, 2),
    ("say 1\nend", 10, 1, 2),
    ("do i=1; end j", 10, 0, 1),
    ("select; when 1 then nop; end x", 10, 0, 1),
    ("when 1 then nop", 9, 0, 1),
    ("otherwise nop", 9, 0, 1),
    ("then say 1", 8, 1, 1),
    ("say 1; else say 2", 8, 2, 1),
    ("select; say 1; end", 7, 0, 1),
    ("if 1 say 2", 18, 1, 2),
    ("if 1\nsay 2", 18, 1, 2),
    ("'4g'x", 15, 3, 1),
    ("'4 1'x", 15, 1, 1),
    ("'0102'b", 15, 4, 1),
    ("'0101 01'b", 15, 2, 1),
    ("call ,", 19, 2, 2),
    ("signal on error name 1", 19, 3, 1),
    ("address value", 19, 1, 1),
    ("parse var 5 a", 20, 1, 1),
    ("leave 1", 20, 1, 1),
    ("nop x", 21, 1, 1),
    ("parse foo a", 25, 12, 1),
    ("numeric bar", 25, 15, 1),
    ("numeric form xyz", 25, 11, 1),
    ("call on foo", 25, 1, 1),
    ("do forever 3; end", 25, 16, 1),
    ("do i=1 to 2 to 3; end", 27, 1, 1),
    ("do forever until 1 while 1; end", 27, 1, 1),
    ("do 3 to 4; end", 27, 1, 1),
    ("say * 1", 35, 1, 1),
    ("say 1 ** * 2", 35, 1, 1),
    ("say (1", 36, 0, 1),
    ("say f(1,,3", 36, 0, 1),
    ("x = (1,2)", 37, 1, 1),
    ("say ()", 37, 0, 1),
    ("call f 1,,2)", 37, 2, 1),
    ("parse value 1 x", 38, 3, 1),
    ("parse arg x 1 y +(2) z", 38, 1, 1),
    ("parse arg x +", 38, 1, 1),
    ("say 1 +", 64, 1, 1),
    ("say 1)", 64, 1, 1),
    ("1 = 2", 31, 2, 1),
]


@pytest.mark.parametrize("src,code,sub,line", ERRORS)
def test_syntax_errors(src, code, sub, line):
    with pytest.raises(RexxError) as info:
        parse_program(src + "\n")
    err = info.value
    assert (err.code, err.subcode, err.line) == (code, sub, line)


def test_error_details():
    with pytest.raises(RexxError) as info:
        parse_program("say 1 [ 2")
    assert info.value.detail == "Invalid character in program \"('5b'X)\""
    with pytest.raises(RexxError) as info:
        parse_program("'41 4'x")
    assert info.value.detail == "Invalid location of blank in position 5 in hexadecimal string"
    with pytest.raises(RexxError) as info:
        parse_program("if 1\nsay 2\n")
    assert info.value.detail == \
        'IF keyword on line 1 requires matching THEN clause; found "say "'


def test_first_error_in_text_wins():
    with pytest.raises(RexxError) as info:
        parse_program("say 1 +\nsay 'unterminated\n")
    assert info.value.code == 64 and info.value.line == 1
    with pytest.raises(RexxError) as info:
        parse_program("say 1\nsay 'unterminated\nsay (\n")
    assert info.value.code == 6 and info.value.line == 2


# ----------------------------------------------------------------------------- fuzzing

SOUP = [
    "say", "if", "then", "else", "do", "end", "select", "when", "otherwise", "call", "signal",
    "on", "off", "name", "value", "with", "parse", "arg", "pull", "var", "upper", "to", "by",
    "for", "forever", "while", "until", "leave", "iterate", "drop", "procedure", "expose",
    "numeric", "digits", "form", "trace", "address", "return", "exit", "push", "queue",
    "interpret", "nop", "options", "require", "error", "stem", "output", "append", "normal",
    "x", "a.b", "a.", "1", "2.5", "1e+3", ".", "'s'", '"q"', "'41'x", "'0101'b", "'zz'x", "'",
    '"', "(", ")", ",", ";", ":", "=", "==", "\\=", "+", "-", "*", "/", "//", "%", "**", "||",
    "|", "&", "&&", "<", ">", "<=", ">>", "\\", "¬", "/*", "*/", "--", "\n", " ", "\t", "[",
    "#!", "a:", "f(", '"x"(',
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(SOUP), st.sampled_from(["", " ", "\n"])),
                max_size=30))
def test_token_soup_only_raises_rexx_errors(parts):
    src = "".join(a + b for a, b in parts)
    try:
        prog = parse_program(src)
    except RexxError as err:
        assert isinstance(err.line, int)
        assert "Syntax error:" not in err.detail  # the catch-all for internal failures
    else:
        assert isinstance(prog, ast.Program)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_random_text_only_raises_rexx_errors(src):
    try:
        parse_program(src)
    except RexxError as err:
        assert isinstance(err.line, int)


def test_scan_lines_hands_over_one_clause_at_a_time():
    """Each list scan_lines yields is one clause's raw tokens with the token ending it last
    (';', a line end, or the end of the program); a continued line stays in its clause."""
    from rexxlite.syntax.lexer import scan_lines
    chunks = list(scan_lines("a = 1; b = 2;;say a,\n  b\nsay 'x;y'"))
    ends = [[t.kind for t in chunk if t.kind in (";", "eol", "eof", "err")] for chunk in chunks]
    assert ends == [[";"], [";"], [";"], ["eol"], ["eof"]]
    assert [t.value for t in chunks[3]] == ["SAY", "A", "B", "\n"]
    assert [type(n).__name__ for n in body("a = 1; b = 2;;say a,\n  b\nsay 'x;y'")] == [
        "Assignment", "Assignment", "Say", "Say"]
