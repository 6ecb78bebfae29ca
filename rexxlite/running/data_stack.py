"""Room on CPython's frame data stack for a run of Rexx calls.

CPython keeps the frames of Python functions on a per-thread data stack made of chunks
(16 KiB at first). A chunk is allocated (``mmap``) when a frame does not fit in the current
one and freed (``munmap``) as soon as the frame at its base returns, so a recursion whose
depth goes up and down across a chunk's end (every Rexx routine call is a few Python calls)
maps and unmaps a chunk on each crossing: 36,000 ``mmap`` / ``munmap`` pairs in
shared/bench/fib.rexx. ``with_room(fn, *args)`` calls ``fn`` from a frame that sits at the
base of a chunk of ``CHUNK_BYTES`` (CPython sizes a chunk for its first frame by doubling
16 KiB until the frame fits): that frame takes a little more than half of the chunk and
everything ``fn`` calls lives in the other half, which stays mapped until ``fn`` returns.
When the host has no memory for that chunk at the moment (an address-space limit), the frame
cannot be pushed and ``fn`` is called plainly instead.
"""

from __future__ import annotations

#: The chunk the host frame asks CPython for; about half of it is left for the calls.
CHUNK_BYTES = 8 * 1024 * 1024

_SLOT = 8                                     # bytes per data-stack slot (a pointer)


def _host(fn, args, entered):
    entered.append(True)
    return fn(*args)


def _roomy(function):
    """``function`` with an evaluation stack reserved just over half of ``CHUNK_BYTES``
    (only reserved: CPython initialises a frame's locals, not its stack)."""
    try:
        function.__code__ = function.__code__.replace(
            co_stacksize=CHUNK_BYTES // 2 // _SLOT)
    except (AttributeError, TypeError, ValueError):     # another Python: a plain call
        pass
    return function


_host = _roomy(_host)


def with_room(fn, *args):
    """``fn(*args)``, with room on the data stack for deep and repeated calls."""
    entered: list = []
    try:
        return _host(fn, args, entered)
    except MemoryError:
        if entered:                 # raised by ``fn`` itself: not ours to retry
            raise
    return fn(*args)                # no memory for the chunk now: a plain call
