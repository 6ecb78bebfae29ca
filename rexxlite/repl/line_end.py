"""The session's standard output, remembering whether the last text written ended a line.

``call charout , 'xyz'`` leaves the cursor after ``xyz``; the prompt drawn next would start at
the beginning of that line and hide it. The session ends such output with a newline before it
shows the prompt again (``finish_line``), so the text stays on the screen.

A shell command writes to the terminal itself, past this tracker: ``keep_unfinished_line``
(the trick zsh uses) then writes a marker and a line's width of blanks and returns the cursor:
after a finished line the prompt covers them, after an unfinished one they wrap, so the text
and the marker stay above the prompt.
"""

from __future__ import annotations

from typing import TextIO


class LineEndTracker:
    """A text stream that passes everything on to ``stream`` and tracks the line end."""

    def __init__(self, stream: TextIO):
        self._stream = stream
        self.at_line_start = True

    def write(self, text: str) -> int:
        if text:
            self.at_line_start = text.endswith("\n")
        return self._stream.write(text)

    def finish_line(self) -> None:
        """End a line left open by the last output."""
        if not self.at_line_start:
            self.write("\n")
        self.flush()

    def flush(self) -> None:
        self._stream.flush()

    @property
    def buffer(self):
        """Bytes written through here also count (the interpreter writes escaped bytes so)."""
        return _BinaryTracker(self)

    def __getattr__(self, name):
        return getattr(self._stream, name)


class _BinaryTracker:
    def __init__(self, tracker: LineEndTracker):
        self._tracker = tracker

    def write(self, data: bytes) -> int:
        if data:
            self._tracker.at_line_start = data.endswith(b"\n")
        return self._tracker._stream.buffer.write(data)

    def flush(self) -> None:
        self._tracker._stream.buffer.flush()


UNFINISHED_MARK = "\u23ce"          # the return symbol, shown after output left unfinished
PLAIN_MARK = "%"                    # the same where the terminal's encoding has no such symbol


def keep_unfinished_line(stream: TextIO, columns: int) -> None:
    """Make sure the next prompt starts on a line of its own on the terminal ``stream``."""
    if columns < 2:
        return
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
    mark = UNFINISHED_MARK if encoding == "utf8" else PLAIN_MARK
    stream.write(mark + " " * (columns - 1) + "\r")
    stream.flush()
