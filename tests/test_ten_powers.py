"""The DIGITS bound for a huge NUMERIC DIGITS: compares as 10**k without being computed; the
count of an int's trailing zeros."""

import time

import pytest
from hypothesis import given, strategies as st

from rexxlite.numbers.ten_powers import (
    EAGER_POWER_DIGITS, LargeTenPower, digit_count, ten_power, trailing_zeros)


def _zeros_one_by_one(c: int, most: int) -> int:
    k = 0
    while k < most and c % 10 == 0:
        c //= 10
        k += 1
    return k


@given(st.integers(0, 10 ** 60), st.integers(0, 3000), st.integers(0, 200))
def test_trailing_zeros_counts_as_dividing_by_ten(digits, zeros, most):
    c = digits * 10 ** zeros
    for bound in (most, zeros, zeros + 1, 3):
        assert trailing_zeros(c, bound, digit_count(c)) == _zeros_one_by_one(c, bound)


@pytest.mark.parametrize("k", [EAGER_POWER_DIGITS + 1, 5000, 12345])
def test_large_bound_compares_as_the_exact_power_near_the_edge(k):
    exact = 10 ** k
    lim = ten_power(k)
    assert isinstance(lim, LargeTenPower)
    for v in (exact - 1, exact, exact + 1, exact // 7, exact * 3, 2 ** (exact.bit_length() - 1),
              2 ** exact.bit_length(), 0, 1, -1):
        for s in (1, -1):
            w = s * v
            assert (-lim < w < lim) == (-exact < w < exact), w
            assert (w < lim, w <= lim, w > lim, w >= lim) == \
                (w < exact, w <= exact, w > exact, w >= exact)
            assert (w < -lim, w <= -lim, w > -lim, w >= -lim) == \
                (w < -exact, w <= -exact, w > -exact, w >= -exact)


def test_usual_digits_give_the_int():
    assert ten_power(9) == 10 ** 9 and ten_power(9).__class__ is int


def test_a_huge_bound_is_instant_for_small_ints():
    start = time.perf_counter()
    lim = ten_power(999_999_999)
    assert -lim < 4 < lim and not (10 ** 50 > lim) and lim.bit_length() > 3 * 999_999_999
    assert time.perf_counter() - start < 0.1
