"""The lines of a program's text, cut from the text when asked for.

Tracebacks, TRACE, SOURCELINE and SELECT's END/WHEN lookups need a program's source lines by
number. ``SourceLines`` keeps the text once and where each line starts (8 bytes a line, an
unsigned 64-bit ``memoryview`` of a buffer: the extension module ``array`` was a tenth of a
short cached run's start-up) instead of a list of line strings (about 57 bytes a line: 57 MB
for a million-line program); where the lines start is worked out when first needed, not by
the parse.
It reads like a list of str: ``len``, indexing (negative and slices too), iteration, ``==``.
Lines are split on line feeds; a carriage return before one is not part of the line, and a
line feed at the very end does not start another line.
"""

from __future__ import annotations

import sys


def _line_starts(text: str) -> bytes:
    """Where each line of ``text`` starts, as unsigned 64-bit numbers in the machine's order:
    line 0 at 0, each next one after a line feed (worked out in C: the lengths of the lines
    cut at the line feeds, summed; a loop of ``find`` calls was 2,400 instructions a line)."""
    from itertools import accumulate, repeat     # (built in; only a parse needs them)
    lines = text.split("\n")
    if not lines[-1]:
        lines.pop()                 # a line feed at the very end starts no line (no text: none)
    starts = accumulate(map((1).__add__, map(len, lines)), initial=0)
    return b"".join(map(int.to_bytes, starts, repeat(8, len(lines)), repeat(sys.byteorder)))


class SourceLines:
    __slots__ = ("_text", "_found")

    def __init__(self, text: str, starts: bytes | None = None):
        self._text = text
        # unpickled: already found; else found when first asked for (a program that is run
        # without writing its cache, and shows no line, never needs them)
        self._found = None if starts is None else memoryview(starts).cast("Q")

    @property
    def _starts(self):
        found = self._found
        if found is None:
            found = self._found = memoryview(_line_starts(self._text)).cast("Q")
        return found

    def __len__(self) -> int:
        return len(self._starts)

    def _line(self, index: int) -> str:
        text, starts = self._text, self._starts
        start = starts[index]
        if index + 1 < len(starts):
            end = starts[index + 1] - 1
        else:
            end = len(text) - 1 if text.endswith("\n") else len(text)
        if end > start and text[end - 1] == "\r":
            end -= 1
        return text[start:end]

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self._line(i) for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("source line out of range")
        return self._line(index)

    def __iter__(self):
        for index in range(len(self)):
            yield self._line(index)

    def __eq__(self, other) -> bool:
        if isinstance(other, (SourceLines, list, tuple)):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None

    def __repr__(self) -> str:
        return f"SourceLines({len(self)} lines)"

    def state(self) -> tuple[str, bytes]:
        """The text and the line starts as bytes: ``SourceLines(*state)`` is this again (the
        program cache writes it with ``marshal``)."""
        return self._text, self._starts.tobytes()

    def __reduce__(self):
        return SourceLines, self.state()
