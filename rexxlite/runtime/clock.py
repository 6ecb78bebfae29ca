"""The clock DATE and TIME read: one reading per clause, and the elapsed-time timer.

Rexx reads the clock once per clause, so every DATE() and TIME() of a clause sees the same
moment (``date('S') time('L') time('L')`` is consistent). The interpreter keeps one ``Clock``
as ``interpreter.clock`` (``clock_of`` creates it on first use). Two cheap signals mark a new
clause: ``now(key)`` is given the running clause (``frame.cl``) and reads the clock again when
it differs from the last call's, and a clause that calls DATE or TIME calls
``clock.new_clause()`` each time it starts (so a loop running one clause over and over sees
time pass). Without a key, and until ``new_clause()`` is first called, every call reads the
clock afresh.

The elapsed-time timer (TIME('E'), TIME('R')) belongs to an activation, as in Regina: a routine
starts with its caller's timer, and resetting it in the routine leaves the caller's alone. It
is kept in the activation's ``elapsed_start`` attribute (None: not started; the interpreter
sets it on a new activation from its caller's). An activation without that attribute uses one
timer kept on the clock.
"""

from __future__ import annotations

import time


class Clock:
    def __init__(self, source=time.time_ns):
        self._source = source            # nanoseconds since the epoch (replaceable in tests)
        self._reading: tuple[int, int] | None = None
        self._per_clause = False
        self._key = None
        self.elapsed_start: tuple[int, int] | None = None

    def new_clause(self) -> None:
        """A new clause starts: the next DATE/TIME reads the clock again."""
        self._per_clause = True
        self._reading = None

    def now(self, key=None) -> tuple[int, int]:
        """(seconds, microseconds) since the epoch: this clause's reading (``key``: the clause
        running, a new one reads the clock again)."""
        if key is not self._key:
            self._key = key
            self._reading = None
        if self._reading is None or not self._per_clause:
            ns = self._source()
            self._reading = (ns // 1_000_000_000, ns // 1000 % 1_000_000)
        return self._reading

    def elapsed(self, activation, reset: bool) -> str:
        """TIME('E') / TIME('R'): seconds since the timer started ('.000000' the first time,
        which starts it); ``reset`` restarts it."""
        holder = activation if _has_timer(activation) else self
        sec, usec = self.now(getattr(activation, "cl", None))
        start = holder.elapsed_start
        if start is None:
            secs, micros = 0, 0
        else:
            secs, micros = sec - start[0], usec - start[1]
            if micros < 0:
                secs, micros = secs - 1, micros + 1_000_000
        if start is None or reset:
            holder.elapsed_start = (sec, usec)
        return f"{secs}.{micros:06d}" if secs else f".{micros:06d}"


def _has_timer(activation) -> bool:
    try:
        activation.elapsed_start
    except AttributeError:
        return False
    return True


def clock_of(interpreter) -> Clock:
    """The interpreter's clock (created and attached on first use)."""
    clock = getattr(interpreter, "clock", None)
    if clock is None:
        clock = Clock()
        interpreter.clock = clock
    return clock
