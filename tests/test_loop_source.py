"""DO loops of whole-number arithmetic generated as Python source (``compile_loop_source``)
give the same answers as the clause-by-clause closures: random loops run both ways and
compared, and the generator is checked to be taken for the shapes it claims."""

from __future__ import annotations

import io

import pytest

from hypothesis import given, settings
from hypothesis import strategies as st

from rexxlite.compiler import loop_source as compile_loop_source
from rexxlite.running.runner import load_builtins, make_interpreter

load_builtins()


def run(source: str, generated: bool) -> str:
    with pytest.MonkeyPatch.context() as patch:
        if not generated:
            patch.setattr(compile_loop_source, "loop_runner", lambda *args: None)
        out = io.StringIO()
        interp = make_interpreter("loop.rexx", stdout=out, stderr=out)
        try:
            interp.run_program(source)
        except Exception as error:      # a Rexx error ends the run: its number is the answer
            out.write(f"\n{type(error).__name__} {getattr(error, 'code', '')}")
        return out.getvalue()


VALUES = ["0", "1", "-7", "999999990", "99999", "123456789012", "'3.5'", "'12'", "'abc'",
          "1e3", "-999999999", "5.00000500E+11"]
NAMES = ["S", "T", "U"]


@st.composite
def loops(draw):
    digits = draw(st.sampled_from([3, 4, 5, 9, 12]))
    setup = [f"numeric digits {digits}"]
    for name in NAMES:
        if draw(st.booleans()) or name == "S":
            setup.append(f"{name} = {draw(st.sampled_from(VALUES))}")
    operand = st.sampled_from(NAMES + ["i", "1", "7", "250"])
    body = []
    for _ in range(draw(st.integers(1, 3))):
        target = draw(st.sampled_from(NAMES))
        op = draw(st.sampled_from(["+", "-", "*"]))
        left = target if draw(st.booleans()) else draw(operand)
        body.append(f"  {target} = {left} {op} {draw(operand)}")
    if draw(st.booleans()):         # the control variable's step leaves DIGITS at the end
        start, stop, by = 10 ** digits - 3, 10 ** digits - 1, ""
    else:
        start = draw(st.sampled_from([1, 0, -3, 990]))
        stop = min(start + draw(st.sampled_from([-1, 0, 5, 40, 300])), 10 ** digits - 1)
        by = draw(st.sampled_from(["", " by 1", " by 3", " by 7"]))
    return "\n".join(setup + [f"do i = {start} to {stop}{by}"] + body
                     + ["end", "say i", *(f"say symbol('{n}') value('{n}')" for n in NAMES)])


@settings(max_examples=150, deadline=None)
@given(loops())
def test_generated_loops_agree_with_closures(source):
    assert run(source, True) == run(source, False), source


def test_accumulation_beyond_digits_is_regina_s_rounding():
    source = "s = 0\ndo i = 1 to 1000000\n  s = s + i\nend\nsay s i"
    assert run(source, True) == "5.00001001E+11 1000001\n"


def _shape(text):
    from rexxlite.syntax.parser import parse_program
    return parse_program(text, "x").body[0].body


def test_generator_taken_for_arithmetic_bodies_only():
    take = _shape("do i = 1 to 3\n s = s + i\n t = t * 2\nend")
    assert compile_loop_source.loop_runner(take, [None, None], [None, None], "I") is not None
    for text in ("do i = 1 to 3\n s = s || i\nend",      # not arithmetic
                 "do i = 1 to 3\n i = i + 1\nend",       # assigns the control variable
                 "do i = 1 to 3\n s.i = i + 1\nend",     # compound target
                 "do i = 1 to 3\n s = s / 2\nend",       # division
                 "do i = 1 to 3\n s = s + f(i)\nend"):   # a function call
        body = _shape(text)
        assert compile_loop_source.loop_runner(body, [None] * len(body), [None] * len(body),
                                               "I") is None, text
