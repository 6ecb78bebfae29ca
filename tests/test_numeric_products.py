"""``*``, ``**``, ``/``, ``%`` and ``//`` kept in numeric form (``numbers.products``,
``numbers.division``) give exactly ``arith.binary``'s answers (Regina's algorithms on digit
strings), for operands held as text, ints or ``Num``, at small and large DIGITS and both FORMs;
and Regina's long division at a huge DIGITS (``long_division``, through libmpdec) gives the
digits of ``arith``'s own long division."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rexxlite.errors import RexxError
from rexxlite.numbers import arith
from rexxlite.numbers.division import divide_values
from rexxlite.numbers.long_division import long_quotient
from rexxlite.numbers.numvalue import Num
from rexxlite.numbers.products import multiply_values, power_values

from tests.test_fast_paths import FORMS, _outcome, _value, numbers

DIGITS = [1, 2, 3, 4, 5, 9, 9, 20, 50]
_powers = st.one_of(st.integers(-12, 70).map(str), st.sampled_from(
    ["0", "2.0", "1E1", "1.5", "-0", " 3 ", "2147483647", "2147483648", "abc"]))


def _operate(op, a, b, digits, form):
    if op == "*":
        return multiply_values(a, b, digits, form)
    if op == "**":
        return power_values(a, b, digits, form)
    return divide_values(op, a, b, digits, form)


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(["*", "/", "%", "//"]), numbers(), numbers(), st.sampled_from(DIGITS),
       st.sampled_from(FORMS), st.integers(0, 2), st.integers(0, 2))
def test_products_and_divisions_match_arith(op, a, b, digits, form, ka, kb):
    va = _value(a, digits, form, ka)
    vb = _value(b, digits, form, kb)
    want = _outcome(lambda: arith.binary(op, str(va), str(vb), digits, form))
    got = _outcome(lambda: _operate(op, va, vb, digits, form))
    assert got == want


@settings(max_examples=400, deadline=None)
@given(numbers(), _powers, st.sampled_from(DIGITS), st.sampled_from(FORMS), st.integers(0, 2))
def test_powers_match_arith(a, b, digits, form, ka):
    va = _value(a, digits, form, ka)
    want = _outcome(lambda: arith.binary("**", str(va), b, digits, form))
    got = _outcome(lambda: power_values(va, b, digits, form))
    assert got == want


@settings(max_examples=300, deadline=None)
@given(numbers(), numbers(), st.sampled_from(["*", "/", "**"]), st.sampled_from([3, 9]),
       st.sampled_from(FORMS))
def test_results_are_ints_or_canonical_nums(a, b, op, digits, form):
    """An int result is a plain whole number within DIGITS; a Num's digits are those its own
    text gives (so using the Num or its text later gives the same answer)."""
    if op == "**":
        b = "3"
    try:
        r = _operate(op, a, b, digits, form)
    except RexxError:
        return
    if r.__class__ is int:
        assert abs(r) < 10 ** digits
    elif r.__class__ is Num:
        neg, dig, exp = arith.scan(str(r))
        assert (r.neg, str(r.c), r.exp) == (neg, dig, exp)


_digit_strings = st.integers(1, 10**40).map(str)


@settings(max_examples=400, deadline=None)
@given(_digit_strings, _digit_strings, st.integers(-30, 30), st.integers(-30, 30),
       st.booleans(), st.sampled_from([1, 2, 3, 5, 9, 20, 45, 100]))
def test_long_quotient_gives_the_long_divisions_digits(fdig, sdig, fexp, sexp, neg, ccns):
    f, s = (neg, fdig, fexp), (False, sdig, sexp)
    want = arith._finish(arith._divide(f, s, ccns, arith._NORMAL), ccns, True)
    got = arith._finish(long_quotient(f, s, ccns), ccns, True)
    assert got == want
