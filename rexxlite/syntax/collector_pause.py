"""Python's cyclic garbage collector paused while a big tree is built in one go.

Building an AST (parsing, or loading one from the cache) makes hundreds of thousands of
objects and frees almost none; every few hundred allocations the collector runs, and its
older generations scan everything made so far, so a large program costs far more than its
size: the qocca trip test (19,000 lines) loads from the cache in 0.07 s with the collector
paused against 0.34 s without it. Nothing made there is garbage with cycles, so pausing loses
nothing. ``with collector_paused():`` restores the collector's previous state on the way out.

``set_aside()`` then moves everything alive (a program's AST, kept for the whole run) out of
the collector's sight (``gc.freeze``): otherwise the first collections of the oldest
generation after loading scan it all again, 0.2 s for qocca's tree while a few clauses
compile.

``pause_start_up()`` (the ``rexxlite`` command, first thing) keeps the collector off through
the start-up: importing rexxlite's modules, loading or parsing the program, compiling it. All
that lives for the whole run, yet the collections it set off were a tenth of a short cached
script's run (a young generation holding everything Python and the imports had made, scanned
and kept). ``end_start_up()``, when the program begins to run, sets all of it aside and turns
the collector on again.
"""

from __future__ import annotations

import gc


class collector_paused:
    """``with collector_paused():`` -- the collector off inside, as it was after. (A class,
    not ``contextlib.contextmanager``: importing contextlib is a cost a cached run need not
    pay.)"""
    __slots__ = ("was_enabled",)

    def __enter__(self) -> None:
        self.was_enabled = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc) -> None:
        if self.was_enabled:
            gc.enable()


def set_aside() -> None:
    """Let the cyclic collector no longer scan the objects alive now (``gc.freeze``)."""
    gc.freeze()


_paused_for_start_up = False


def pause_start_up() -> None:
    """The collector off until ``end_start_up`` (if it is on now)."""
    global _paused_for_start_up
    if gc.isenabled():
        gc.disable()
        _paused_for_start_up = True


def end_start_up() -> None:
    """After ``pause_start_up``: what is alive set aside, the collector on again (else
    nothing)."""
    global _paused_for_start_up
    if _paused_for_start_up:
        _paused_for_start_up = False
        gc.freeze()
        gc.enable()
