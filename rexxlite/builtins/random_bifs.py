"""RANDOM([max]), RANDOM(min, max [, seed]), as Regina 3.6 computes them.

Regina draws ``random() % (max - min + 1) + min`` from the C library's ``random()``, seeded by
``srandom(seed)`` when a seed is given. ``GlibcRandom`` is glibc's ``random()`` (the additive
feedback generator of degree 31), so a seeded sequence is the same as Regina's on Linux:
``RANDOM(,,5)`` is 675, then ``RANDOM()`` gives 765, 610... Each interpreter has its own
generator (``interpreter.random_generator``), seeded from the system until a seed is given.
"""

from __future__ import annotations

import os

from rexxlite.errors import RexxError
from rexxlite.builtins.args import nonnegative
from rexxlite.builtins.registry import builtin

DEGREE, SEPARATION = 31, 3
MAX_RANGE = 100000


class GlibcRandom:
    """glibc's random()/srandom() (TYPE_3): 31 words of state, results 0..2**31-1."""

    def __init__(self, seed: int | None = None):
        self.seed(int.from_bytes(os.urandom(4), "little") if seed is None else seed)

    def seed(self, seed: int) -> None:
        seed &= 0xFFFFFFFF
        word = seed or 1
        state = [word]
        for _ in range(1, DEGREE):
            hi, lo = divmod(word, 127773)
            word = 16807 * lo - 2836 * hi
            if word < 0:
                word += 2147483647
            state.append(word & 0xFFFFFFFF)
        self._state = state
        self._front, self._rear = SEPARATION, 0
        for _ in range(10 * DEGREE):
            self.next()

    def next(self) -> int:
        state = self._state
        value = (state[self._front] + state[self._rear]) & 0xFFFFFFFF
        state[self._front] = value
        self._front = (self._front + 1) % DEGREE
        self._rear = (self._rear + 1) % DEGREE
        return value >> 1


def generator_of(interpreter) -> GlibcRandom:
    generator = getattr(interpreter, "random_generator", None)
    if generator is None:
        generator = GlibcRandom()
        interpreter.random_generator = generator
    return generator


@builtin("RANDOM", 0, 3)
def random(ctx, *args):
    low, high = 0, 999
    if args and args[0] is not None:
        if len(args) > 1:
            low = nonnegative("RANDOM", 1, args[0])
        else:
            high = nonnegative("RANDOM", 1, args[0])
            if high > MAX_RANGE:
                raise RexxError(40, 31, bif="RANDOM", value=high)
    if len(args) > 1 and args[1] is not None:
        high = nonnegative("RANDOM", 2, args[1])
    generator = generator_of(ctx.interpreter)
    if len(args) > 2 and args[2] is not None:
        generator.seed(nonnegative("RANDOM", 3, args[2]))
    if low > high:
        raise RexxError(40, 33, bif="RANDOM", value=(low, high))
    if high - low > MAX_RANGE:
        raise RexxError(40, 32, bif="RANDOM", value=(low, high))
    return str(generator.next() % (high - low + 1) + low)
