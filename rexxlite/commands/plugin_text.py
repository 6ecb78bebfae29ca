"""What crosses the line between the interpreter's Rexx strings and a plugin's Python text.

A plugin (any non-classic ADDRESS environment) deals in ordinary Python ``str``: the command,
WITH INPUT's lines and what it writes to ``context.stdout`` / ``stderr`` are text whose UTF-8
encoding is the program's bytes (``charset.host_text``: a byte that is not valid UTF-8 arrives
as U+DC80..U+DCFF, ``surrogateescape``). What it gives back (RESULT, RESULT. fields, variables,
output) is turned into Rexx strings the same way round (``charset.rexx_text``), so
``length(result.x)`` counts the bytes of its UTF-8 text, as Regina would. See docs/plugins.md.
"""

from __future__ import annotations

from rexxlite.charset import host_text, rexx_text


class _ConvertingWriter:
    """A text stream that hands what is written to ``target`` converted; everything else
    (``fileno``, ``flush``, ``isatty``, ``encoding``...) is the target's."""

    convert = staticmethod(str)

    def __init__(self, target):
        self._target = target

    def write(self, text: str) -> int:
        self._target.write(self.convert(text))
        return len(text)

    def __getattr__(self, name):
        return getattr(self._target, name)


class RexxTextWriter(_ConvertingWriter):
    """For a plugin: what it writes (Python text) reaches ``target`` as Rexx strings."""

    convert = staticmethod(rexx_text)


class HostTextWriter(_ConvertingWriter):
    """For the REPL: what the interpreter writes (Rexx strings) reaches the terminal's text
    stream (UTF-8, ``surrogateescape``) as the same bytes."""

    convert = staticmethod(host_text)


class RexxTextReader:
    """For the REPL: the terminal's lines (Python text) read as Rexx strings (PULL, LINEIN)."""

    def __init__(self, source):
        self._source = source

    def readline(self) -> str:
        return rexx_text(self._source.readline())

    def read(self) -> str:
        return rexx_text(self._source.read())

    def __getattr__(self, name):
        return getattr(self._source, name)


def plugin_lines(lines: list[str] | None) -> list[str] | None:
    """WITH INPUT's lines as the plugin gets them."""
    return None if lines is None else [host_text(line) for line in lines]


def rexx_value(value: str) -> str:
    """A string a plugin produced, as the Rexx string a variable gets."""
    return rexx_text(value)
