"""Clauses generated as Python source (``rexxlite/compiler/codegen``) give the same answers as
the closures: each program runs both ways (``REXXLITE_CODEGEN=0`` is closures only) and the
output, error reports included, must be the same; each program is also checked to have had
clauses generated, so a generator that silently declined everything would fail."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rexxlite.compiler.codegen import clause_function
from rexxlite.running.runner import load_builtins, make_interpreter

load_builtins()


def run(source: str, generated: bool, stdin: str = "") -> tuple[str, int]:
    """(stdout and stderr, clauses generated) of ``source`` run one way."""
    made = []

    def counting(real):
        def count(*args):
            fn = real(*args)
            if fn is not None:
                made.append(fn)
            return fn
        return count
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("REXXLITE_CODEGEN", "1" if generated else "0")
        patch.setattr(clause_function, "ENTRIES_BEFORE_GENERATING", 0)
        for name in ("generated_clause", "generated_segment"):
            patch.setattr(clause_function, name, counting(getattr(clause_function, name)))
        out = io.StringIO()
        interp = make_interpreter("prog.rexx", stdout=out, stderr=out)
        status = interp.run_program(source)
        return out.getvalue() + f"\nstatus {status}", len(made)


def generated_equals_closures(source: str) -> None:
    """``source`` gives the same output both ways and had clauses generated."""
    closures, _ = run(source, False)
    generated, made = run(source, True)
    assert made > 0
    assert generated == closures


def same_both_ways(source: str) -> str:
    closures, none_made = run(source, False)
    generated, made = run(source, True)
    assert none_made == 0
    assert made > 0, "no clause of the program was generated"
    assert generated == closures
    return generated


PROGRAMS = {
    "counted loop": "s = 0; do i = 1 to 10; s = s + i * 2; end; say s i",
    "by and down": "do i = 10 to 1 by -3; say i; end; do i = 1 to 7 by 2; say i; end; say i",
    "control changed in body": "do i = 1 to 10; if i = 3 then i = 8; say i; end",
    "control becomes text": "do i = 1 to 5; say i; if i = 2 then i = '3.5'; end",
    "step beyond digits": "numeric digits 3; do i = 990 to 1002 by 5; say i; end",
    "start not whole": "do i = 1.5 to 4; say i; end",
    "bad start": "signal on syntax; do i = 'x' to 4; say i; end; exit; syntax: say 'E' rc sigl",
    "leave iterate": ("do i = 1 to 10; if i // 2 = 0 then iterate; if i > 7 then leave; say i;"
                      " end; say 'after' i"),
    "named leave": ("do i = 1 to 3; do j = 1 to 3; if j = 2 then iterate i; if i = 3 then leave i;"
                    " say i j; end; end; say i j"),
    "leave outer through plain loop": ("do i = 1 to 3; n = 0; do forever; n = n + 1; if n > i then"
                                       " leave; if i = 2 then leave i; end; say i n; end"),
    "do while until count": ("n = 0; do while n < 5; n = n + 1; end; say n; do until n > 8;"
                             " n = n + 2; end; say n; do 3; say 'x'; end; do 0; say 'no'; end"),
    "return from loop": ("say f(5); exit; f: procedure; parse arg m; do i = 1 to 100;"
                         " if i * i > m then return i; end; return 'none'"),
    "return in select in loop": ("call g; say result; exit; g: do k = 1 to 9; select;"
                                 " when k = 1 then nop; when k < 4 then say k; otherwise return k;"
                                 " end; end"),
    "return kept numeric": ("s = 0; do j = -1 to 1 by .5; z = f(j); s = s + z; say z sign(z)"
                            " max(z, j) s; end; say g() g() + 1; exit; f: procedure; parse arg x;"
                            " return x * (x - 3); g: numeric digits 20; return 10**15 + 1"),
    "select no otherwise": "x = 5\nselect\n when x = 1 then say 1\n when x = 2 then say 2\nend",
    "novalue in loop": ("signal on novalue; do i = 1 to 3; say i; if i = 2 then say undefined;"
                        " end; exit; novalue: say 'NOVALUE' sigl condition('D')"),
    "error 41 line": "do i = 1 to 3\n  x = i + 'a'\nend",
    "error 34": "do i = 1 to 3\n  if i then say i\nend",
    "comparisons": ("a = ' 12 '; b = '12.0'; if a = b then say 'eq'; if a == b then say 'no';"
                    " if 'abc' < 'abd' then say 'lt'; if 10 > 9 then say 'gt'; if '10' << '9'"
                    " then say 'strict'; if 1e3 = 1000 then say 'num'"),
    "logical": "do i = 0 to 1; do j = 0 to 1; say i j (i & j) (i | j) (i && j) \\i; end; end",
    "concat": "x = 'a'; do i = 1 to 3; y = x || i 'b'i; say y; end",
    "stem elements": ("a. = 0; do i = 1 to 5; a.i = i * i; end; do i = 1 to 6; say a.i; end;"
                      " drop a.3; do i = 3 to 3; say a.i; end"),
    "stem no default": "do i = 1 to 2; say b.i; end",
    "exposed": ("x = 1; s. = 0; call p; say x s.1; exit; p: procedure expose x s.;"
                " do i = 1 to 3; x = x + i; s.1 = s.1 + x; end; return"),
    "arith kinds": ("numeric digits 5; do i = 1 to 3; say i / 3 i % 2 i // 2 i ** 3 -i +i"
                    " 99999 + i 99998 * i 7 - i * 2; end"),
    "power literals inline": ("do k = 1 to 2; say 0**0 (-3)**3 (-2)**4 ' 12 '**2 2.5**3 31622**2"
                              " 31623**2 99999**3 (-99999)**4; do i = 31620 to 31624; say i**2"
                              " i**3 i**4 (-i)**3; end; numeric digits 5; do i = 1005 to 1008;"
                              " say i**2 (i % 8)**3 (i % 8)**4; end; say 317**2 99999**2; end"),
    "power literal errors": ("signal on syntax; n = 'abc'; do i = 1 to 2; x = 1E+999999999;"
                             " if i = 2 then say n**2; say x**2; end; exit;"
                             " syntax: say 'E' rc sigl"),
    "power literal lostdigits": ("numeric digits 4; signal on lostdigits; do i = 1 to 2;"
                                 " say (i * 999)**2 123456**2; end; exit;"
                                 " lostdigits: say condition('D') sigl"),
    "fractions": "s = 0; do i = 1 to 4; s = s + 0.1; say s; end; s = 5.00000500E+11; do 3; s = s + 7; end; say s",
    "lostdigits": ("numeric digits 4; signal on lostdigits; do i = 1 to 2; x = 123456 + i; say x; end;"
                   " exit; lostdigits: say condition('D') sigl"),
    "call internal": "do i = 1 to 3; call sq i; say result; end; exit; sq: return arg(1) ** 2",
    "numeric inside": "do i = 1 to 2; numeric digits 3; x = 999 + i; say x; numeric digits 9; say 999 + i; end",
    "signal out of loop": "do i = 1 to 5; if i = 3 then signal out; say i; end; out: say 'out' i sigl",
    "interpret in loop": "do i = 1 to 3; interpret 'say' i '*' i; end",
    "procedure in routine": "say r(4); exit; r: procedure; do i = 1 to arg(1); end; return i",
    "if else chain": ("do i = 1 to 6; if i < 2 then say 'a'; else if i < 4 then say 'b'; else do;"
                      " say 'c'; say i; end; end"),
    "label inside loop": "do i = 1 to 2\nx: say i\nend\nsignal x",
    "leave outside loop": "if 1 then leave",
    "halt free sigl": "do i = 1 to 2; call lbl; end; exit; lbl: say sigl; return",
    "routine runs": ("say fib(12); call show 'a', 'b'; exit\nfib: procedure\n parse arg n\n"
                     " if n < 2 then return n\n return fib(n - 1) + fib(n - 2)\n"
                     "show: arg x, y\n say x y\n return"),
    "clauses one by one where HALT is mentioned": ("call on halt; do i = 1 to 3; say i; end; exit;"
                                                   " halt: say 'halted'; return"),
    "run falls into the next label": "x = 1; say x\nnext: say 'next' x\n y = 2; say y",
    "signal into a run": "signal b; a: say 'a'; say 'a2'; exit; b: say 'b'; say 'b2'; signal a",
    "range loop control changed by a call": ("do j = 1 to 6; call bump; say j; end; say j; exit;"
                                            " bump: if j = 2 then j = 4; return"),
    "range loop control dropped or equal": ("do j = 1 to 5; if j = 3 then drop j; if j = 'J' then"
                                            " j = 4; if j = 2 then j = 2; say j; end; say j"),
    "range loop iterate after a change": ("do j = 1 to 9 by 2; if j = 3 then do; j = 6; iterate;"
                                          " end; say j; end; say j"),
    "range loop bounds at digits": ("numeric digits 4; do j = 9990 to 9999 by 3; end; say j;"
                                    " do j = 9990 to 10005 by 5; say j; end; say j;"
                                    " do j = -4 by 11995 for 2; end; say j; do j = 1 to 3 by 9998;"
                                    " end; say j"),
    "sealed loop stem created inside": ("do i = 1 to 3; n.i = i; end; say n.1 n.3 n.4;"
                                        " d. = 'x'; do i = 1 to 3; say d.i e.i; d.i = i; end"),
    "sealed loop stem replaced": ("a. = 0; do i = 1 to 3; a.i = i; if i = 2 then a. = 'x';"
                                  " say a.1 a.2 a.3; end; say i"),
    "sealed loop outer control inside": ("do i = 1 to 3; do j = i to 3; m.i.j = i * j; t.j = i;"
                                         " end; end; say m.2.3 t.3 i j"),
    "sealed loop error reads control": ("signal on syntax; do i = 1 to 5; x.i = i; y = x.i * 2;"
                                        " if i = 3 then x.i = 'a'; z = x.i + 1; end; exit;"
                                        " syntax: say 'E' rc sigl i y"),
    "value() changes the control": "do i = 1 to 6; x = value('I', i + 1); say i x; end; say i",
    "inline built-ins": ("s = 'the quick  brown fox'; do i = 1 to 3; say length(s) length(i * 50)"
                         " word(s, i) word(s, 2.0) '['substr(s, i * 7, 4)']' substr(s, 3) pos('o', s)"
                         " pos('o', s, 14) pos('', s) substr(123, 2, 1); end; numeric digits 1;"
                         " do 1; say length(s) pos('x', s) pos('f', s); end"),
    "inline built-in errors": ("signal on syntax; s = 'a b'; do i = 1 to 2; say word(s, i - 1); end;"
                               " exit; syntax: say 'E' rc sigl condition('D')"),
    "arg upper and missing": "call r 'abc'; exit; r: arg p, q; say p '['q']'; parse arg m; say m; return",
    "procedure not first": "call r; call r; exit; r: say 'in'; procedure; say 'out'; return",
    "procedure in main": "say 'a'; procedure; say 'b'",
    "procedure expose stem and indirect": ("a. = 1; n = 'z'; z = 5; call p; call p; say a.2 z; exit;"
                                           " p: procedure expose a. (n); a.2 = a.2 + z; z = z + 1;"
                                           " return"),
    "error deep in calls": ("say f(1); exit\nf: procedure\n parse arg n\n if n > 3 then return"
                            " n + 'a'\n return f(n + 1)"),
    "syntax trapped in routine": ("say f(); say f(); exit; f: procedure; signal on syntax;"
                                  " x = 1 + 'a'; return 'no'; syntax: return 'trapped' rc sigl"),
    "signal to a label in the routine": ("call r; say result; call r; say result; exit;"
                                         " r: procedure; signal there; return 1; there: return 2"),
    "leave in a routine outside loops": "call r; call r; exit; r: say 'in'; leave",
    "stray leave trapped": ("call r; call r; say 'back'; exit; r: signal on syntax; say 'in';"
                            " leave; syntax: say 'E' rc sigl; return"),
    "call on notready handler": ("call r; call r; exit; r: call on notready; x = linein('/no/such');"
                                 " say 'after'; return; notready: say 'handler' condition('C');"
                                 " return"),
    "sigl through exposed pools": ("x.1 = 1; call p; call p; exit; p: procedure expose x.; call q;"
                                   " say 'p' sigl; return; q: say 'q' sigl; return"),
    "routine at the end of the program": "call r; call r; say 'done'; exit; r:",
    "function without a value": "say f(); exit; f: procedure; say 'in'; return",
    "one-argument function without a value": ("do i = 1 to 2; say g(i); end; exit; g: if arg(1) = 2"
                                              " then return; return arg(1) * 10"),
    # BIT calls nested in BIT calls keep their integer; a literal operand is one in the text
    "nested bit calls": ("k = 'abcdefgh' || '00ff7f80'x || 'xyz'; do j = 1 to 15 by 2;"
                         " w = substr(k, j, 4); say c2x(bitxor(bitand(w, 'f0f0f0f0'x),"
                         " bitor(w, '0f0f0f0f'x))) c2x(bitand(bitor(w, 'ff'x), w))"
                         " c2x(bitxor(bitand(w, 'ab'), bitor('abc', w))) c2x(bitand('', w))"
                         " c2x(bitor(bitxor(w, w), 'a')) c2x(bitand(w, 1234))"
                         " c2x(bitor(bitand(w, 'zz'), bitand(w, w))) c2d(bitxor(w, '0102'x))"
                         " c2x(bitxor(bitand(w, bitor(w, 'aaaa')), bitxor(bitor(w, w), w)));"
                         " end"),
    "nested bit call raising": ("signal on syntax; w = 'abcd'; say c2x(bitxor(bitand(w, 'ab'),"
                                " bitor(w, 'cd', 'toolong'))); exit; syntax: say 'E' rc sigl"),
    "substr of a literal length": ("s = 'abcdef'; do j = 1 to 8; say '<'substr(s, j, 4)'>'"
                                   " '<'substr(s, j, 0)'>' '<'substr(j * 11, j, 1)'>'; end;"
                                   " say substr(s, 2.0, 3); signal on syntax;"
                                   " say substr(s, 'x', 2); exit; syntax: say 'E' rc sigl"),
    # a loop's start / TO / BY / FOR inline (``loop_values``): each made a number before the
    # next is evaluated, whatever kind of value it is
    "loop values of every kind": ("n = '4'; b = ' 2 '; do k = 1 to 3; do i = k * 2 to n + k by b"
                                  " for k; say k i; end; do j = k to 1.5 by -0.5; say j; end;"
                                  " do j = '07' for '2'; say j; end; end; numeric digits 3;"
                                  " do i = 990 to 1002 by 500; say i; end; do i = 31 * 33 to 1e3"
                                  " by 4; say i; end; do i = 31 * 33 to 1100 by 40; say i; end"),
    "loop start no number and a TO calling": ("signal on syntax; do i = 'x' to f();"
                                                    " say i; end; exit; f: say 'f called';"
                                                    " return 3; syntax: say 'E' rc sigl"),
    "loop TO no number before BY is evaluated": ("signal on syntax; do k = 1 to 2;"
                                                 " do i = k to 'y' by f(); say i; end; end;"
                                                 " exit; f: say 'f called'; return 1;"
                                                 " syntax: say 'E' rc sigl"),
    "loop BY and FOR in the order written": ("signal on syntax; do k = 1 to 2; do i = 1 for f(k)"
                                             " by g(k); say i; end; end; exit; f: say 'f';"
                                             " return 2 - arg(1) * 3; g: say 'g'; return 1;"
                                             " syntax: say 'E' rc sigl"),
    "loop FOR not whole": ("signal on syntax; do k = 1 to 2; do i = 1 for 1.5; say i; end; end;"
                           " exit; syntax: say 'E' rc sigl"),
    "loop TO unset with novalue": ("signal on novalue; do k = 1 to 2; do i = k to nothere;"
                                   " say i; end; end; exit; novalue: say 'N' condition('D') sigl"),
    "loop values through exposed variables": ("n = 3; call p; say i; exit; p: procedure expose n"
                                              " i; do k = 1 to 2; do i = k * k to n * k by k;"
                                              " say k i; end; end; return"),
    # int tails (``variables.tail_key``): the int, its text and a literal name one compound
    "int and text tails": ("a. = '-'; do i = -2 to 12 by 7; a.i = i * i; end; t = '5'; a.t = 'five';"
                           " z = '05'; a.z = 'oh five'; do i = 3 to 12 by 2; say i a.i; end;"
                           " say a.5 a.05 a.12; numeric digits 2; do i = 90 to 100 by 9;"
                           " a.i = i; end; k = '1.1E+2'; say a.k a.108 a.99; drop a.5;"
                           " do i = 4 to 6; say symbol('A.'i) value('A.'i); end"),
    # ``if stem.i`` in a loop (``_element_truth``): 1 and 0 first, anything else checked
    "element truth": ("f. = 1; f.3 = 0; f.5 = ' 1 '; k = '6'; f.k = '01'; f.7 = '0';"
                      " drop f.8; signal on syntax; do i = 1 to 9; if f.i then say i 'yes';"
                      " else say i 'no'; end; exit; syntax: say 'E' rc sigl i"),
    "element truth not logical": ("f. = 0; f.2 = 1.0 + 0; signal on syntax; do i = 1 to 3;"
                                  " if f.i then say i 'yes'; else say i 'no'; end; exit;"
                                  " syntax: say 'E' rc sigl i"),
    "element truth of an exposed element": ("f. = 0; f.2 = 1; call p; exit; p: procedure"
                                            " expose f.2; do i = 1 to 3; if f.i then say i;"
                                            " end; return"),
    "int tails exposed and dropped": ("x.3 = 'three'; call p; say x.3 x.4; exit; p: procedure"
                                      " expose x.3 x.4; do i = 3 to 4; say i x.i; x.i = i * 10;"
                                      " end; i = 3; drop x.i; say symbol('X.3'); return"),
}


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_same_answer_both_ways(name):
    same_both_ways(PROGRAMS[name])


def test_run_without_loop_is_generated_on_second_entry():
    made = []
    real = clause_function.generated_segment
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(clause_function, "generated_segment",
                      lambda *args: made.append(1) or real(*args))
        out = io.StringIO()
        interp = make_interpreter("prog.rexx", stdout=out, stderr=out)
        interp.run_program("call r 1; call r 2; call r 3; exit; r: parse arg x; say x * 2; return")
    assert out.getvalue() == "2\n4\n6\n"
    assert made == [1]          # at the second CALL, once


def test_error_report_keeps_line_and_traceback():
    out = same_both_ways("say 'start'\ndo i = 1 to 3\n  x = i + 'a'\nend\n")
    assert "Error 41" in out and "line 3" in out and "+++" in out


NUMBERS = ["0", "1", "-7", "999999990", "99999", "123456789012", "'3.5'", "'12'", "' 8 '",
           "1e3", "-999999999", "5.00000500E+11", "'abc'"]


@st.composite
def programs(draw):
    digits = draw(st.sampled_from([3, 5, 9, 12]))
    start = draw(st.sampled_from(["1", "-2", "95", "'7'", "998", "99999998"]))
    headers = [f"to {start} + 5", "for 4", f"to {start} + 5 for 3", "for 3 by 2", "for 0",
               f"to {start} + 2 for 9", f"to {start} + 4.5", f"to {start} + 2.25 by 2",
               f"to {start} + 3.5 for 9", f"to {start} - 0.5"]
    if start in ("998", "99999998"):
        # at DIGITS 3 the bound of 998 + 5 is 1.00E+3, where adding 1 changes nothing: without
        # a FOR such a loop never ends (in Regina too)
        headers = [h for h in headers if "for" in h]
    header = draw(st.sampled_from(headers))
    # a FOR loop ends whatever the body does to its control variable
    targets = ["S", "T", "A.I"] + (["I"] if "to" not in header else [])
    body = []
    for _ in range(draw(st.integers(1, 4))):
        target = draw(st.sampled_from(targets))
        left = draw(st.sampled_from(NUMBERS + ["S", "T", "I", "A.I"]))
        right = draw(st.sampled_from(NUMBERS + ["S", "T", "I"]))
        op = draw(st.sampled_from(["+", "-", "*", "%", "//", "=", "<", ">=", "\\=", "==", "||"]))
        if draw(st.booleans()):
            body.append(f"{target} = {left} {op} {right}")
        else:
            body.append(f"if {left} {op} {right} then {target} = {right}; else {target} = {left}")
    return (f"numeric digits {digits}; signal on syntax; a. = 2; s = 1; t = 2; "
            f"do i = {start} {header}; " + "; ".join(body) + "; end; say s t a.i i; exit; "
            "syntax: say 'SYNTAX' rc sigl s t")


@settings(max_examples=60, deadline=None)
@given(st.sampled_from([1, 3, 5, 9]), st.integers(-10**9, 10**9), st.sampled_from([2, 3, 4]))
def test_power_literal_same_answer(digits, base, power):
    source = (f"numeric digits {digits}; signal on syntax; do k = 1 to 2;"
              f" i = {base} - k; say i**{power} (-i)**{power} (i / 7)**{power}; end; exit; syntax: say 'E' rc sigl")
    generated_equals_closures(source)


@settings(max_examples=80, deadline=None)
@given(st.sampled_from([1, 3, 5, 9, 20]), st.integers(-10**21, 10**21),
       st.integers(-10**21, 10**21) | st.integers(-30, 30))
def test_integer_division_same_answer(digits, a, b):
    """``%`` and ``//`` of ints (inline for every sign) give what ``arith`` gives on text,
    errors included (Error 42.3, Error 26.11 past DIGITS), both ways."""
    from rexxlite.numbers import arith
    from rexxlite.errors import RexxError
    source = (f"numeric digits {digits}; signal on syntax; do k = 1 to 1; a = {a} + 0;"
              f" b = {b} + 0; say a % b; say a // b; say (-a) // b; say a % (-b); end; exit;"
              " syntax: say 'E' rc")
    generated = same_both_ways(source)
    want = []
    for x, op, y in ((a, "%", b), (a, "//", b), (-a, "//", b), (a, "%", -b)):
        try:
            xt = arith.binary("+", str(x), "0", digits, "SCIENTIFIC")
            yt = arith.binary("+", str(y), "0", digits, "SCIENTIFIC")
            want.append(arith.binary(op, xt, yt, digits, "SCIENTIFIC"))
        except RexxError as e:
            want.append(f"E {e.code}")
            break
    assert generated.split("\n")[:len(want)] == want


_MIXED_VALUES = ["7", "-3", "0", "2.5", "-.125", "1e3", "' 4 '", "12345678901", "1/3", "-2/7",
                 "10**12 + 1", "1.50", "'abc'", "0.000001234"]


@settings(max_examples=80, deadline=None)
@given(st.sampled_from([3, 5, 9, 20]),
       st.lists(st.sampled_from(_MIXED_VALUES), min_size=3, max_size=3),
       st.sampled_from(["max(a, b)", "min(a, b, c)", "max(c)", "sign(a)", "sign(a - b)",
                        "a + b", "a - c", "b * c", "a * b + c", "max(a * b, c - a)",
                        "min(a + 0, b / 3)"]))
def test_numeric_results_same_answer(digits, values, expression):
    """Arithmetic on fractions, numbers beyond DIGITS, whole numbers and texts, and MAX /
    MIN / SIGN of them (generated inline when the values are ints or ``Num``), give the
    closures' answers, Regina's errors included, both ways."""
    a, b, c = values
    source = (f"signal on syntax; a = {a}; b = {b}; c = {c}; numeric digits {digits};"
              f" do k = 1 to 2; r = {expression}; say r r + 0 sign(r); a = r; end; exit;"
              " syntax: say 'E' rc condition('D') sigl")
    generated_equals_closures(source)


@settings(max_examples=60, deadline=None)
@given(programs())
def test_random_loops_same_answer(source):
    generated_equals_closures(source)


@st.composite
def general_loops(draw):
    """Loops the generator makes as a ``while`` (``controlled_passes``): non-integer or
    negative steps, TO either way, WHILE / UNTIL, the body changing the control variable;
    a FOR ends each whatever the body does."""
    digits = draw(st.sampled_from([3, 5, 9]))
    start = draw(st.sampled_from(["1", "-2.5", ".25", "'7'", "1e2", "99999998", "0.10"]))
    by = draw(st.sampled_from(["1", "-1", ".5", "-.25", "3", "'2'", "1e1", "0.001"]))
    extra = draw(st.sampled_from(["", f"to {start} + 3", f"to {start} - 3", "while i < 5",
                                  "until i > 3", "while s < 100", f"to {start} + 2 until t > 4"]))
    body = []
    for _ in range(draw(st.integers(1, 3))):
        target = draw(st.sampled_from(["S", "T", "I"]))
        left = draw(st.sampled_from(NUMBERS[:10] + ["S", "T", "I"]))
        right = draw(st.sampled_from(NUMBERS[:10] + ["S", "T", "I", ".5"]))
        op = draw(st.sampled_from(["+", "-", "*", "=", "<", "\\=", "||"]))
        if draw(st.booleans()):
            body.append(f"{target} = {left} {op} {right}")
        else:
            body.append(f"if {left} {op} {right} then iterate; else {target} = {left}")
    if draw(st.booleans()):
        body.append("if i > 4 then leave")
    return (f"numeric digits {digits}; signal on syntax; s = 1; t = 2; "
            f"do i = {start} by {by} for 4 {extra}; " + "; ".join(body)
            + "; end; say s t i; exit; syntax: say 'SYNTAX' rc sigl s t")


@settings(max_examples=80, deadline=None)
@given(general_loops())
def test_random_general_loops_same_answer(source):
    generated_equals_closures(source)


PARSE_STRINGS = ["''", "'a b  c'", "'  lead x,y,,z  '", "'a' || '09'x || 'b c'", "'k=v;k2=v2'",
                 "'AbC,aBc,ABC'", "'x' || 'e4'x || 'y' || 'c4'x || 'z'",
                 "' a' || '0a'x || 'b  ' || '0d'x"]
PARSE_TARGETS = ["a", "b", "c.k", ".", "a"]
PARSE_STRING_PATTERNS = ["','", "''", "'b'", "'B'", "(p)", "(q)", "'='"]
PARSE_POSITIONS = ["1", "3", "=2", "+2", "-1", "+0", "=(n)", "+(n)", "-(n)", "10"]


@st.composite
def parse_programs(draw):
    items = PARSE_TARGETS + PARSE_STRING_PATTERNS
    if draw(st.booleans()):
        items = items + PARSE_POSITIONS
    items = draw(st.lists(st.sampled_from(items), min_size=1, max_size=7))
    how = draw(st.sampled_from(["", "upper ", "lower ", "caseless ", "upper caseless "]))
    source = draw(st.sampled_from(["var s", "value s || '' with", "arg"]))
    text = draw(st.sampled_from(PARSE_STRINGS))
    n = draw(st.sampled_from(["2", "0", "'x'", "-3", "99999999999"]))
    return (f"signal on syntax; p = ','; q = 'c'; k = 1; n = {n}; s = {text}\n"
            f"do j = 1 to 2; a = '?'; b = '?'; c.k = '?'\n"
            f" call r s\nend\nexit\n"
            f"r: parse {how}{source} {' '.join(items)}\n"
            f" say '<'a'>' '<'||b'>' '<'c.k'>' c2x(a) c2x(b); return\n"
            "syntax: say 'E' rc condition('D') sigl")


@settings(max_examples=150, deadline=None)
@given(parse_programs())
def test_random_parse_templates_same_answer(source):
    generated_equals_closures(source)


def test_a_loop_in_an_interpret_string_is_generated_and_answers_the_same():
    generated_equals_closures(
        "s = 0; interpret 'do i = 1 to 30; do j = 1 to i; if j // 3 then s = s + j * i; end;"
        " end'; say s i j;"
        " do k = 1 to 3; interpret 'do m = 1 to 9; if m > k then leave; end'; end; say k m;"
        " say f(30); exit; f: procedure; interpret 'do q = 1 by 2; if q * q > arg(1) then"
        " return q; end'")


def test_at_most_so_many_interpret_strings_are_generated(monkeypatch):
    """A program making many different loop strings, each run once, stops paying for their
    generation after ``GENERATED_INTERPRETS`` of them."""
    from rexxlite.running import interpreter
    monkeypatch.setenv("REXXLITE_CODEGEN", "1")
    monkeypatch.setattr(interpreter, "GENERATED_INTERPRETS", 3)
    out = io.StringIO()
    interp = make_interpreter("prog.rexx", stdout=out, stderr=out)
    interp.run_program("s = 0; do n = 1 to 5; interpret 'do i = 1 to' n '; if i // 2 then"
                       " s = s + i; else s = s - 1; end'; end; say s")
    assert out.getvalue() == "13\n"
    assert interp.interpret_generations == 3
