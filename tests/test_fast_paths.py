"""The fast paths agree with the general ones: ``numvalue.add_values`` (``+``/``-`` kept in
numeric form) against ``arith.binary``, and the specialised built-ins against the registry's."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rexxlite.numbers import arith
from rexxlite.errors import RexxError
from rexxlite.numbers.numvalue import Num, add_int, add_values

FORMS = ("SCIENTIFIC", "ENGINEERING")

_mantissa = st.integers(min_value=0, max_value=10**22)
_SPECIAL = ["0", "007", "-0", "+5", " 5 ", "1e3", "1.0", "0.000", "9999999999", "999999999",
            "1E+10", "1.00000000E+10", "-6", "1.50", "- 7", "12.345", "5.00000500E+11", "abc"]


@st.composite
def numbers(draw):
    kind = draw(st.integers(0, 3))
    if kind == 0:
        return draw(st.sampled_from(_SPECIAL))
    digits = str(draw(_mantissa))
    sign = draw(st.sampled_from(["", "-", "+"]))
    if kind == 1:
        return sign + digits
    point = draw(st.integers(0, len(digits)))
    text = sign + digits[:point] + "." + digits[point:]
    if text.strip("+-") == ".":
        text = sign + "0"
    if kind == 3:
        text += "E" + str(draw(st.integers(-15, 15)))
    return text


def _value(text, digits, form, as_value):
    """``text`` as the interpreter may hold it: the string, an int, or a Num."""
    if as_value == 1:
        try:
            return int(text) if str(int(text)) == text and abs(int(text)) < 10**digits else text
        except ValueError:
            return text
    if as_value == 2:
        try:
            return add_values(text, 0, False, digits, form)
        except RexxError:
            return text
    return text


def _outcome(fn):
    try:
        v = fn()
    except RexxError as e:
        return ("error", e.code)
    return str(v)


@settings(max_examples=3000, deadline=None)
@given(numbers(), numbers(), st.sampled_from([1, 2, 3, 5, 9, 9, 12, 20]),
       st.sampled_from(FORMS), st.booleans(), st.integers(0, 2), st.integers(0, 2))
def test_add_values_matches_arith(a, b, digits, form, subtract, ka, kb):
    va = _value(a, digits, form, ka)
    vb = _value(b, digits, form, kb)
    op = "-" if subtract else "+"
    want = _outcome(lambda: arith.binary(op, str(va), str(vb), digits, form))
    got = _outcome(lambda: add_values(va, vb, subtract, digits, form))
    assert got == want


@settings(max_examples=2000, deadline=None)
@given(numbers(), st.integers(-10**12, 10**12), st.sampled_from([3, 5, 9, 9, 15]),
       st.sampled_from([3, 9, 15]), st.sampled_from(FORMS), st.booleans())
def test_num_plus_int(a, b, made_digits, digits, form, subtract):
    """A Num made under one DIGITS, then used with an int under another (DIGITS changed)."""
    try:
        num = add_values(a, 1, False, made_digits, form)
    except RexxError:
        return
    op = "-" if subtract else "+"
    want = _outcome(lambda: arith.binary(op, str(num), str(b), digits, form))
    got = _outcome(lambda: add_values(num, b, subtract, digits, form))
    assert got == want


@settings(max_examples=3000, deadline=None)
@given(st.integers(-10**20, 10**20), st.integers(-10**20, 10**20),
       st.sampled_from([1, 2, 3, 5, 9, 9, 12, 20, 60]), st.sampled_from(FORMS))
def test_add_int_matches_add_values(whole, b, digits, form):
    """``add_int`` (a Num beyond DIGITS plus an int) agrees with the general addition."""
    num = add_values(whole, 1 if whole % 3 else "0.5", False, digits, form)
    if not isinstance(num, Num):
        return
    for other in (b, -b, b // 10**digits, -int(str(num.c)[:1] + "0" * max(0, num.exp - 1))):
        assert _outcome(lambda: add_int(num, other, digits, form)) == \
            _outcome(lambda: add_values(num, other, False, digits, form))


@settings(max_examples=60, deadline=None)
@given(st.integers(-10**12, 10**12), st.floats(0, 1), st.integers(1, 400), st.floats(0, 1),
       st.sampled_from([3, 5, 9]), st.sampled_from(FORMS))
def test_summing_loop_matches_arith(start, where, count, pace, digits, form):
    """``s = s + i`` in a loop (the inlined accumulation) step by step as ``arith`` does it.
    (The control variable and BY stay within DIGITS, as in any counting loop.)"""
    top = 10**digits - 1
    first = int(-top + where * 2 * top)
    step = max(1, min(top, int(pace * (top - first) // count)))
    count = min(count, (top - first) // step)
    from rexxlite.running.runner import make_interpreter
    import io
    program = (f"numeric digits {digits}; numeric form {form}\n"
               f"s = '{start}'\n"           # a string: ``-n`` would round it first
               f"do i = {first} to {first + count * step} by {step}; s = s + i; end\n"
               "say s\n")
    out = io.StringIO()
    make_interpreter("sum", stdout=out).run_program(program, [])
    want = str(start)
    for i in range(first, first + count * step + 1, step):
        want = arith.binary("+", want, str(i), digits, form)
    assert out.getvalue().strip() == want


@settings(max_examples=2000, deadline=None)
@given(numbers(), numbers(), st.sampled_from([1, 3, 9, 12]), st.sampled_from(FORMS))
def test_num_digits_are_canonical(a, b, digits, form):
    """A Num's digits are those of its text, so the Num and its text compute alike."""
    try:
        v = add_values(a, b, False, digits, form)
    except RexxError:
        return
    if isinstance(v, Num):
        assert arith.scan(str(v)) == (v.neg, str(v.c), v.exp)
        assert v.n == len(str(v.c))
    else:
        assert isinstance(v, int) and abs(v) < 10**digits


def _numeric_result(a, b, op, digits, form):
    """``a op b`` kept in numeric form (a Num, an int), or None on a Rexx error."""
    from rexxlite.numbers.division import divide_values
    from rexxlite.numbers.products import multiply_values
    try:
        if op in "+-":
            return add_values(a, b, op == "-", digits, form)
        if op == "*":
            return multiply_values(a, b, digits, form)
        return divide_values(op, a, b, digits, form)
    except RexxError:
        return None


@settings(max_examples=2000, deadline=None)
@given(numbers(), numbers(), st.sampled_from("+-*/"), st.sampled_from([1, 3, 5, 9, 20, 40]),
       st.sampled_from(FORMS))
def test_remembered_texts_scan_alike(a, b, op, digits, form):
    """What a Num records when it makes its text (for ``arith.scan`` and ``numvalue.parts``)
    is what scanning that text gives."""
    from rexxlite.numbers import numvalue
    v = _numeric_result(a, b, op, digits, form)
    if not isinstance(v, Num):
        return
    arith._SCANNED.clear()
    numvalue._TEXT_PARTS.clear()
    text = str(v)
    scanned = arith._scan_text(text)
    assert arith._SCANNED.get(text, scanned) == scanned
    neg, dig, exp = scanned
    assert numvalue._TEXT_PARTS.get(text, (neg, int(dig), len(dig), exp)) == (
        neg, int(dig), len(dig), exp)
    assert arith.scan(text) == scanned


@settings(max_examples=2000, deadline=None)
@given(numbers(), numbers(), numbers(), st.sampled_from("+-*/"),
       st.sampled_from([1, 3, 5, 9, 20]), st.sampled_from([0, 0, 1, 2]), st.sampled_from(FORMS))
def test_compare_values_matches_arith(a, b, c, op, digits, fuzz, form):
    """Comparing a Num in place gives ``arith.compare`` of its text."""
    from rexxlite.numbers.numvalue import compare_values
    v = _numeric_result(a, b, op, digits, form)
    if not isinstance(v, Num) or fuzz >= digits:
        return
    for other in (c, _numeric_result(c, b, op, digits, form), v):
        if other is None:
            continue
        assert compare_values(v, other, digits, fuzz) == arith.compare(
            str(v), str(other), digits, fuzz)
        assert compare_values(other, v, digits, fuzz) == arith.compare(    # (not symmetric
            str(other), str(v), digits, fuzz)                              # in Regina)


@settings(max_examples=3000, deadline=None)
@given(st.data(), st.booleans(), st.integers(1, 70), st.sampled_from(FORMS))
def test_square_beyond_digits_matches_power(data, negative, digits, form):
    """The fused ``x ** 2`` beyond DIGITS (``product_beyond_digits(x, x)``) is Regina's
    powering (``products.power``) and what ``arith.binary`` shows."""
    import math
    from rexxlite.numbers.numvalue import parts, result
    from rexxlite.numbers.products import power, product_beyond_digits
    magnitude = data.draw(st.integers(math.isqrt(10**digits - 1) + 1, 10**digits - 1))
    x = -magnitude if negative else magnitude
    got = product_beyond_digits(x, x, digits, form)
    want = result(*power(parts(x), 2, digits), digits, form)
    assert (got.neg, got.c, got.n, got.exp, str(got)) == (
        want.neg, want.c, want.n, want.exp, str(want))
    assert str(got) == arith.binary("**", str(x), "2", digits, form)


def _nines_operand(data, digits: int) -> int:
    """An operand within DIGITS; often one whose products with others round up to a power of
    ten (many nines, or a power of ten, or near the square root of one)."""
    import math
    kind = data.draw(st.sampled_from(["any", "nines", "power", "root"]))
    if kind == "nines":
        n = data.draw(st.integers(1, digits))
        return 10**n - data.draw(st.integers(1, 3))
    if kind == "power":
        return 10 ** data.draw(st.integers(0, digits - 1)) + data.draw(st.integers(0, 2))
    if kind == "root":
        k = data.draw(st.integers(digits, 2 * digits))
        return min(max(math.isqrt(10**k) + data.draw(st.integers(-2, 2)), 1), 10**digits - 1)
    return data.draw(st.integers(1, 10**digits - 1))


@settings(max_examples=1500, deadline=None)
@given(st.data(), st.booleans(), st.booleans(), st.integers(1, 70), st.sampled_from(FORMS))
def test_product_beyond_digits_matches_multiply(data, a_negative, b_negative, digits, form):
    """The fused int product past DIGITS is ``multiply_values``' answer (Regina's cut and
    two roundings, ``products.multiply``) and what ``arith.binary`` shows, for operands
    whose product rounds up to a power of ten too."""
    from rexxlite.numbers.products import multiply_values, product_beyond_digits
    a = _nines_operand(data, digits)
    b = _nines_operand(data, digits)
    if a * b < 10**digits:
        b = 10**digits - 1 if a > 1 else b
    if a * b < 10**digits:
        return
    a, b = -a if a_negative else a, -b if b_negative else b
    got = product_beyond_digits(a, b, digits, form)
    want = multiply_values(a, b, digits, form)
    assert (got.neg, got.c, got.n, got.exp, str(got)) == (
        want.neg, want.c, want.n, want.exp, str(want))
    assert str(got) == arith.binary("*", str(a), str(b), digits, form)


PROGRAM = r"""
numeric digits 9
s = 0
do i = 1 to 50000 by 997
  s = s + i * 12345
  t = s - 0.5
end
say s t
numeric digits 5
say s + 1 s - 1 t + 0
numeric form engineering
say s + 0 (s + 0) * 2 s / 7 2 ** -3 1234 % 7 1234 // 7
numeric digits 9
numeric form scientific
x = '007'; y = ' 5 '; z = '+5'; w = '1e3'
say x + y z - w (x + 1.0) (w + 0)
line = 'the quick  brown'||'09'x||'fox'
say length(line) words(line) word(line, 4) word(line, 9) '['substr(line, 3, 20)']'
say pos('o', line) pos('o', line, 14) left(line, 3) right(line, 5) left('ab', 4)'|'
say substr('abc', 2) '['right('ab', 4)']' length(12345678 + 1)
n = 3; say word('a b c d', n) substr('hello', n, n) pos('l', 'hello', n)
signal on syntax
say substr('abc', 0)
exit
syntax: say 'error' rc condition('D')
"""


def test_fast_paths_match_regina_output(tmp_path):
    """A program that exercises the fast paths prints what Regina prints (as recorded)."""
    path = tmp_path / "fast.rexx"
    path.write_text(PROGRAM)
    out = subprocess.run([sys.executable, "-m", "rexxlite", str(path)], capture_output=True,
                         text=True, timeout=60)
    expected = EXPECTED.strip("\n").split("\n")
    assert out.stdout.strip("\n").split("\n") == expected


EXPECTED = """
1.56932850E+10 1.56932850E+10
1.5693E+10 1.5693E+10 1.5693E+10
15.693E+9 31.386E+9 2.2419E+9 0.125 176 2
12 -995 8.0 1000
20 4 fox  [e quick  brown\tfox  ]
14 14 the n\tfox ab  |
bc [  ab] 8
c llo 3
error 40 Error 40.14: SUBSTR argument 2 must be positive; found "0"
"""


class _LoopFrame:
    """What ``compare`` and ``do_loops.compare_to_limit`` read of a frame."""

    def __init__(self, digits: int, fuzz: int):
        self.digits, self.fuzz, self.form = digits, fuzz, "SCIENTIFIC"
        self.lim, self.clim = 10 ** digits, 10 ** (digits - fuzz)
        self.strict_white_space = False


@settings(max_examples=400, deadline=None)
@given(st.integers(1, 10**12), st.integers(-30, 30), st.booleans(),
       st.integers(-10**9, 10**9), st.booleans(), st.integers(3, 12), st.integers(0, 2))
def test_loop_limit_compare_agrees(c, shift, neg, to_v, near, digits, fuzz):
    """A DO loop's control variable (a ``Num``) against an int TO: the exact shortcut gives
    what the general comparison gives, for any DIGITS and FUZZ."""
    from rexxlite.compiler.do_loops import compare_to_limit
    from rexxlite.compiler.expressions import compare
    f = _LoopFrame(digits, fuzz)
    text = f"{'-' if neg else ''}{c}E{shift:+d}"
    v = arith.binary("+", text, "0", digits, "SCIENTIFIC")
    got = Num(*(lambda p: (p[0], int(p[1]), len(p[1]), p[2]))(arith.scan(v)), digits,
              "SCIENTIFIC")
    assert str(got) == v
    if near:        # a TO next to the value (where rounding and FUZZ matter)
        whole = int(Decimal(v))
        to_v = max(-f.lim + 1, min(f.lim - 1, whole + to_v % 7 - 3))
    assert compare_to_limit(got, to_v, f) == compare(v, to_v, f)


@settings(max_examples=400, deadline=None)
@given(numbers(), st.integers(-10**13, 10**13), st.integers(0, 2), st.integers(3, 12),
       st.integers(0, 2), st.integers(-3, 3))
def test_int_against_a_scanned_limit_agrees(to_text, v, as_value, digits, fuzz, near):
    """An int control variable against a TO that is a ``Num`` or a text kept as written (its
    scan made once per loop, and an exact int comparison where both fit in DIGITS-FUZZ): the
    general comparison's answer, also for a TO compared after another one."""
    from rexxlite.compiler.do_loops import compare_to_limit
    from rexxlite.compiler.expressions import compare
    f = _LoopFrame(digits, fuzz)
    to_v = _value(to_text, digits, "SCIENTIFIC", as_value)
    if not arith.is_number(to_text) or to_v.__class__ is int:
        return
    if near:        # a value next to the TO (where rounding and FUZZ matter)
        v = int(Decimal(to_text.replace(" ", ""))) + near
    expected = compare(v, to_v, f)
    assert compare_to_limit(v, to_v, f) == expected
    assert compare_to_limit(v, to_v, f) == expected       # (the scan kept from the first)
    compare_to_limit(v, "12.5", f)
    assert compare_to_limit(v, to_v, f) == expected
