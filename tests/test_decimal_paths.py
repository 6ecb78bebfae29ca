"""The fast paths of non-integer arithmetic (session 15) agree with the exact general ones:
``products.multiply_parts``' inline rounding of a product longer than DIGITS against
``result(*multiply(...))``; ``numvalue.compare_values``' exact comparison of ints and ``Num``s
against ``arith.compare`` of their texts; the generated code's ``add_slow`` / ``multiply_slow`` /
``divide_slow`` on text operands (a fraction passed as an argument) against ``arith.binary``;
``add_parts``' inline rounding of a sum spanning DIGITS or DIGITS+1 digits against ``add``;
MAX / MIN (``extreme``) on ints and ``Num``s against the comparison of their scanned digits;
``products.square`` (``x ** 2``) against ``power``."""

from __future__ import annotations

from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from rexxlite.compiler.codegen.run_support import add_slow, divide_slow, multiply_slow
from rexxlite.errors import RexxError
from rexxlite.numbers import arith
from rexxlite.numbers.numvalue import (Num, _scanned, add, add_parts, compare_values, extreme,
                                       result)
from rexxlite.numbers.products import multiply, multiply_parts, power, square
from rexxlite.numbers.ten_powers import ten_power

from tests.test_fast_paths import FORMS, _outcome, _value, numbers


@st.composite
def _operand(draw, longest: int):
    """``(neg, c, n, exp)`` of a number of 1..``longest`` digits (no leading zero) and an
    exponent near the units, many of them all nines or a one and zeros (the carries), or a few
    digits that make halves (the ties)."""
    n = draw(st.integers(1, longest))
    kind = draw(st.integers(0, 6))
    if kind == 6:                       # 4s, 9s, 5s and 0s (a tie after a 49: two roundings)
        text = draw(st.text("0459", min_size=n, max_size=n))
        c = int("5" + text[1:])
    elif kind >= 4:                       # few digits then zeros (halves: ties to round)
        k = str(draw(st.sampled_from([5, 15, 25, 75, 125, 375, 625, 3125, 2, 4, 8, 16])))
        k = k[:n]
        c = int(k) * 10 ** (n - len(k))
    elif kind == 0:
        c = 10 ** n - 1
    elif kind == 1:
        c = 10 ** (n - 1) + draw(st.integers(0, 9 if n > 1 else 8))
    else:
        c = draw(st.integers(10 ** (n - 1), 10 ** n - 1))
    return draw(st.booleans()), c, n, draw(st.integers(-12, 12))


def _general_product(f, s, digits, form):
    try:
        return str(result(*multiply(*f, *s, digits), digits, form))
    except RexxError as e:
        return ("error", e.code)


@settings(max_examples=3000, deadline=None)
@given(st.data(), st.integers(1, 40), st.sampled_from(FORMS))
def test_multiply_parts_matches_multiply(data, digits, form):
    """Operands of up to DIGITS+2 digits (the inline path takes up to DIGITS+1): the value
    and its text are those of ``multiply`` then ``result``."""
    f = data.draw(_operand(digits + 2))
    s = data.draw(_operand(digits + 2))
    want = _general_product(f, s, digits, form)
    got = _outcome(lambda: multiply_parts(*f, *s, digits, form))
    assert got == want
    v = multiply_parts(*f, *s, digits, form) if want.__class__ is str else None
    if v.__class__ is Num:              # canonical: the digits its text gives
        neg, dig, exp = arith.scan(str(v))
        assert (v.neg, v.c, v.n, v.exp) == (neg, int(dig), len(dig), exp)


def _as_value(parts, digits, form):
    """A number given as parts, held as the interpreter holds it (an int or a ``Num``)."""
    return result(*parts, digits, form)


@settings(max_examples=3000, deadline=None)
@given(st.data(), st.integers(1, 25), st.sampled_from([0, 0, 1, 3]), st.sampled_from(FORMS),
       st.booleans())
def test_exact_compare_matches_arith(data, digits, fuzz, form, near):
    """Ints and ``Num``s of up to DIGITS+1 digits (so both the exact path and the one on
    text are taken), the second often the first plus or minus a unit of its last digit."""
    if fuzz >= digits:
        fuzz = digits - 1
    f = data.draw(_operand(digits + 1))
    if near:
        neg, c, n, exp = f
        c += data.draw(st.sampled_from([-1, 0, 1]))
        s = (neg, c, n, exp) if 10 ** (n - 1) <= c < 10 ** n else f
    else:
        s = data.draw(_operand(digits + 1))
    try:
        a = _as_value(f, digits + 1, form)
        b = _as_value(s, digits + 1, form)
    except RexxError:
        return
    for x, y in ((a, b), (b, a), (a, a), (a, 0), (0, b)):
        assert compare_values(x, y, digits, fuzz) == arith.compare(
            str(x), str(y), digits, fuzz)


def _frame(digits, form):
    return SimpleNamespace(digits=digits, form=form, traps=set(), lim=ten_power(digits))


@settings(max_examples=2000, deadline=None)
@given(st.sampled_from("+-*/"), numbers(), numbers(), st.sampled_from([1, 3, 5, 9, 9, 20]),
       st.sampled_from(FORMS), st.integers(0, 2), st.integers(0, 2))
def test_slow_paths_of_generated_code_match_arith(op, a, b, digits, form, ka, kb):
    """``add_slow`` / ``multiply_slow`` / ``divide_slow`` with operands as text (as PARSE ARG gives them), ints
    or ``Num``s."""
    va = _value(a, digits, form, ka)
    vb = _value(b, digits, form, kb)
    f = _frame(digits, form)
    want = _outcome(lambda: arith.binary(op, str(va), str(vb), digits, form))
    if op == "*":
        got = _outcome(lambda: multiply_slow(va, vb, f, None))
    elif op == "/":
        got = _outcome(lambda: divide_slow(va, vb, f, None))
    else:
        got = _outcome(lambda: add_slow(op, va, vb, f, None))
    assert got == want


def test_multiply_parts_double_rounding_exhaustively():
    """At DIGITS 2 and 3 every product of a (DIGITS+1)-digit and a two-digit number in a
    range, signs and exponents varied: the ties of the first rounding of a product with a
    leading zero (``.1001 * .45`` is ``0.0451`` at DIGITS 3, not ``0.0450``) are all there."""
    for digits in (2, 3):
        low = 10 ** digits
        for fc in range(low, low + 120):
            for sc in range(10, 100):
                neg = (fc + sc) % 3 == 0
                fexp, sexp = fc % 5 - 2, sc % 7 - 3
                f = (neg, fc, digits + 1, fexp)
                s = (False, sc, 2, sexp)
                assert _outcome(lambda: multiply_parts(*f, *s, digits, "SCIENTIFIC")) == \
                    _general_product(f, s, digits, "SCIENTIFIC"), (f, s, digits)


def _general_sum(f, s, digits, form):
    try:
        return str(result(*add(*f, *s, digits), digits, form))
    except RexxError as e:
        return ("error", e.code)


@settings(max_examples=2000, deadline=None)
@given(st.data(), st.integers(1, 40), st.sampled_from(FORMS), st.booleans())
def test_add_parts_matches_add(data, digits, form, zero):
    """Operands whose digits span up to DIGITS+3 (the inline rounding takes DIGITS and
    DIGITS+1), a zero now and then: the value and its text are those of ``add`` then
    ``result``, and a ``Num``'s digits are canonical."""
    f = data.draw(_operand(digits + 1))
    s = data.draw(_operand(digits + 1))
    s = s[:3] + (f[3] - data.draw(st.integers(-3, digits + 2)),)
    if zero and data.draw(st.booleans()):
        s = (False, 0, 1, 1)            # (a zero's parts are always these)
    want = _general_sum(f, s, digits, form)
    got = _outcome(lambda: add_parts(*f, *s, digits, form))
    assert got == want
    v = add_parts(*f, *s, digits, form) if want.__class__ is str else None
    if v.__class__ is Num:
        neg, dig, exp = arith.scan(str(v))
        assert (v.neg, v.c, v.n, v.exp) == (neg, int(dig), len(dig), exp)


def _extreme_reference(values, want, form):
    """``extreme`` as it was before its int path: every value scanned, digits compared."""
    best = winner = None
    for v in values:
        num = _scanned(v)
        if num.__class__ is int:
            return None
        if best is None or arith.compare_numbers(
                num, best, max(len(num[1]), len(best[1]))) == want:
            best, winner = num, v
    cls = winner.__class__
    if cls is int or (cls is Num and winner.n <= winner.digits and winner.exp <= winner.n
                      and winner.form == form):
        return winner
    return arith.normalise(best, len(best[1]), form)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.tuples(numbers(), st.integers(0, 2)), min_size=1, max_size=4),
       st.sampled_from([1, -1]), st.sampled_from([3, 9, 20]), st.sampled_from(FORMS))
def test_extreme_matches_reference(items, want, digits, form):
    """MAX / MIN of ints, ``Num``s and texts: the same value (and the same class) as the
    comparison of scanned digits gives."""
    values = [_value(text, digits, form, kind) for text, kind in items]
    got = extreme(values, want, form)
    expected = _extreme_reference(values, want, form)
    assert got.__class__ is expected.__class__ and str(got) == str(expected)


@settings(max_examples=2000, deadline=None)
@given(st.data(), st.integers(1, 40), st.sampled_from(FORMS))
def test_square_matches_power(data, digits, form):
    """``x ** 2`` of a base of up to DIGITS+1 digits (the inline path takes up to DIGITS): the
    value and its text are those of ``power`` then ``result``."""
    base = data.draw(_operand(digits + 1))
    try:
        want = str(result(*power(base, 2, digits), digits, form))
    except RexxError as e:
        want = ("error", e.code)
    assert _outcome(lambda: square(*base, digits, form)) == want


def test_square_double_rounding_exhaustively():
    """At DIGITS 2 and 3 the squares of every (DIGITS)-digit base, exponents varied."""
    for digits in (2, 3):
        for c in range(10 ** (digits - 1), 10 ** digits):
            base = (c % 2 == 0, c, digits, c % 7 - 3)
            want = str(result(*power(base, 2, digits), digits, "SCIENTIFIC"))
            assert str(square(*base, digits, "SCIENTIFIC")) == want, base
