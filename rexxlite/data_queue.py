"""The data queue: PUSH (LIFO), QUEUE (FIFO), PULL / PARSE PULL and QUEUED().

PULL takes the first line of the queue; when the queue is empty it reads a line from standard
input (``None`` at end of input, which PULL treats as an empty string) through ``reader`` when
one is given (the interpreter's default input stream, so that one place reads stdin).
"""

from __future__ import annotations

import sys
from collections import deque


class DataQueue:
    def __init__(self, stdin=None, reader=None):
        self._lines: deque[str] = deque()
        self._stdin = stdin
        self._reader = reader

    def push(self, line: str) -> None:
        self._lines.appendleft(line)

    def queue(self, line: str) -> None:
        self._lines.append(line)

    def queued(self) -> int:
        return len(self._lines)

    def pull(self) -> str | None:
        """The next line: from the queue, else from stdin (None at end of input)."""
        if self._lines:
            return self._lines.popleft()
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
        self._lines.clear()
