"""Standard input for a REPL session: lines read so that Ctrl-C can stop the wait.

PULL and LINEIN with an empty queue read a line of standard input on the worker thread. A
plain blocking read cannot be interrupted there (the KeyboardInterrupt the main thread passes
on would wait for the read to return, and the line then typed would be lost), so this reader
waits for input in short ``select`` polls and reads only what is there: a Ctrl-C stops the
wait before anything is read. The plain (not full-screen) session reads its entries from the
same reader, so the entries and the program's input share one buffer.
"""

from __future__ import annotations

import os
import select

POLL_SECONDS = 0.1
CHUNK = 65536


class InterruptibleInput:
    """A minimal text stream over file descriptor ``fd``: ``readline()``, ``read()``."""

    def __init__(self, fd: int = 0, encoding: str = "utf-8"):
        self.fd = fd
        self.encoding = encoding
        self._buffer = b""
        self._at_end = False

    def readline(self) -> str:
        """The next line with its newline ('' at end of input)."""
        while b"\n" not in self._buffer and self._fill():
            pass
        line, sep, self._buffer = self._buffer.partition(b"\n")
        return (line + sep).decode(self.encoding, "surrogateescape")

    def read(self) -> str:
        while self._fill():
            pass
        data, self._buffer = self._buffer, b""
        return data.decode(self.encoding, "surrogateescape")

    def _fill(self) -> bool:
        """Wait for more input (in polls, so that an interrupt gets through) and add it to
        the buffer; False at end of input."""
        if self._at_end:
            return False
        while True:
            try:
                ready, _, _ = select.select([self.fd], [], [], POLL_SECONDS)
            except InterruptedError:
                continue
            if ready:
                break
        try:
            data = os.read(self.fd, CHUNK)
        except OSError:
            data = b""
        if not data:                  # Ctrl-D on a terminal ends one read, not the input
            self._at_end = not self.isatty()
            return False
        self._buffer += data
        return True

    def isatty(self) -> bool:
        try:
            return os.isatty(self.fd)
        except OSError:
            return False

    def fileno(self) -> int:
        return self.fd

    def close(self) -> None:
        """The descriptor belongs to the process: closing the session leaves it open."""
