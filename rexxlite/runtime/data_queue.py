"""The data queue: PUSH (LIFO), QUEUE (FIFO), PULL / PARSE PULL, QUEUED() and Regina's buffers.

PULL takes the first line of the queue; when the queue is empty it reads a line from standard
input (``None`` at end of input, which PULL treats as an empty string) through ``reader`` when
one is given (the interpreter's default input stream, so that one place reads stdin).

Buffers (Regina's MAKEBUF / DROPBUF / DESBUF / BUFTYPE, from VM/CMS) split the queue into a
stack of parts: buffer 0 at the bottom, made on first need, and one more per MAKEBUF. PUSH puts
a line at the top of the top buffer, QUEUE at the bottom of the top buffer, and PULL takes from
the top buffer, dropping each empty buffer it passes (as Regina does, so a PULL that finds the
top buffer empty removes it).
"""

from __future__ import annotations

import sys

try:            # the C type itself: the package ``collections`` is a tenth of a short run's start-up
    from _collections import deque
except ImportError:             # not CPython
    from collections import deque

#: DROPBUF's answer when the buffer named does not exist (Regina's value).
NO_SUCH_BUFFER = -2


class DataQueue:
    def __init__(self, stdin=None, reader=None):
        self._buffers: list[deque[str]] = []     # bottom (buffer 0) first; empty: none made yet
        self._stdin = stdin
        self._reader = reader

    def _top(self) -> deque[str]:
        if not self._buffers:
            self._buffers.append(deque())
        return self._buffers[-1]

    def push(self, line: str) -> None:
        self._top().appendleft(line)

    def queue(self, line: str) -> None:
        self._top().append(line)

    def queued(self) -> int:
        return sum(len(buffer) for buffer in self._buffers)

    def pull(self) -> str | None:
        """The next line: from the queue, else from stdin (None at end of input)."""
        buffers = self._buffers
        while buffers:
            if buffers[-1]:
                return buffers[-1].popleft()
            buffers.pop()
        return self.read_stdin()

    def read_stdin(self) -> str | None:
        if self._reader is not None:
            return self._reader()
        stream = self._stdin or sys.stdin
        sys.stdout.flush()
        try:
            line = stream.readline()
        except (OSError, ValueError):
            return None
        if not line:
            return None
        if line.endswith("\n"):
            line = line[:-1]
            if line.endswith("\r"):
                line = line[:-1]
        return line

    def clear(self) -> None:
        self._buffers.clear()

    # Regina's buffers -------------------------------------------------------------------

    def make_buffer(self) -> int:
        """MAKEBUF: a new empty top buffer; the number of buffers above buffer 0."""
        self._top()
        self._buffers.append(deque())
        return len(self._buffers) - 1

    def drop_buffer(self, number: int) -> int:
        """DROPBUF / DESBUF: drop buffer ``number`` (counted from the top when negative: -1 is
        the top one) and every buffer above it; dropping buffer 0 empties it. The number of
        buffers left above buffer 0, or ``NO_SUCH_BUFFER``."""
        self._top()
        buffers = self._buffers
        if number < 0:
            number += len(buffers)
        if number >= len(buffers):
            return NO_SUCH_BUFFER
        del buffers[max(number, 1):]
        if number <= 0:
            buffers[0].clear()
        return len(buffers) - 1

    def listing(self, name: str = "SESSION") -> list[str]:
        """BUFTYPE's dump: Regina's lines describing the queue and each buffer, top first
        (characters that are not printable shown as '?')."""
        self._top()
        lines = [f"==> Name: {name}", f"==> Lines: {self.queued()}"]
        for number in range(len(self._buffers) - 1, -1, -1):
            lines.append(f"==> Buffer: {number}")
            lines.extend('"' + "".join(c if c.isprintable() and ord(c) < 127 else "?"
                                       for c in line) + '"'
                         for line in self._buffers[number])
        lines.append("==> End of Stack")
        return lines
