"""The one rule for turning rexxlite text (Python ``str``) into Rexx bytes and back.

Two models; the run picks one before the program is read (``use_utf8``):

- **bytes** (the default, Regina's): a Rexx string is bytes, held as a ``str`` with one
  character per byte (latin-1: ``chr(b)`` is the byte ``b``). The source, literals, every
  built-in and all I/O go through latin-1, so ``length('é')`` in a UTF-8 source is 2 and what
  is read comes out again byte for byte.
- **utf8** (``OPTIONS UTF8``, ``--utf8``, ``REXXLITE_UTF8=1``): a string is characters (code
  points); where Rexx deals in bytes a string is its UTF-8 encoding, and bytes become text by
  decoding them as UTF-8 with ``surrogateescape`` (a byte that is not valid UTF-8 becomes the
  lone surrogate U+DC80..U+DCFF, which encodes back to that byte).

In both, a hex or binary literal and X2C/D2C results give one character per byte
(``byte_chars``), and ``c2x(x2c(h)) == h`` for every hex string ``h``.

Plugins and the terminal deal in ordinary Python text: ``host_text`` turns a Rexx string into
it (its bytes decoded as UTF-8, undecodable bytes escaped) and ``rexx_text`` turns it back.
See docs/unicode.md.
"""

from __future__ import annotations

import codecs
import os

_OVERFLOW = "rexxlite-utf8"


def _utf8_overflow(exc: UnicodeError):
    """Encoding to latin-1, a character past U+00FF (host text that slipped in: a Python
    message, a file name) is written as its UTF-8 bytes rather than failing."""
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    return exc.object[exc.start:exc.end].encode("utf-8", "surrogatepass"), exc.end


codecs.register_error(_OVERFLOW, _utf8_overflow)


class _Model:
    """The current character model (process wide: one program run per process)."""

    utf8 = False
    encoding = "latin-1"
    errors = _OVERFLOW


MODEL = _Model()

#: The environment variable that turns the UTF-8 model on (``REXXLITE_UTF8=1``).
UTF8_VARIABLE = "REXXLITE_UTF8"

_OPTIONS_UTF8 = rb"^[ \t]*options\b[^;\n]*\butf8\b"   # compiled only for a text that has "utf8"


def use_utf8(on: bool) -> None:
    """Switch between the byte model (False, the default) and the UTF-8 model."""
    MODEL.utf8 = bool(on)
    MODEL.encoding, MODEL.errors = ("utf-8", "surrogateescape") if on else ("latin-1",
                                                                            _OVERFLOW)


def utf8_wanted(source: bytes | None = None, flag: bool = False) -> bool:
    """Whether a run uses the UTF-8 model: the command-line flag, ``REXXLITE_UTF8`` (set and
    not 0) or an ``OPTIONS ... UTF8`` clause at the start of a line of the program."""
    if flag or os.environ.get(UTF8_VARIABLE, "0").strip() not in ("", "0"):
        return True
    if source is None or b"utf8" not in source.lower():     # (IGNORECASE on bytes: ASCII)
        return False
    import re
    return re.search(_OPTIONS_UTF8, source, re.IGNORECASE | re.MULTILINE) is not None


def to_bytes(text: str) -> bytes:
    """The bytes ``text`` stands for."""
    try:
        return text.encode(MODEL.encoding, MODEL.errors)
    except UnicodeEncodeError:      # UTF-8 model: a surrogate that is not an escaped byte
        return text.encode("utf-8", "surrogatepass")


def from_bytes(data: bytes) -> str:
    """The Rexx string for ``data`` (bytes model: one character per byte)."""
    return data.decode(MODEL.encoding, MODEL.errors)


def byte_char(value: int) -> str:
    """The single character that stands for the byte ``value`` (0-255) on its own."""
    return chr(value) if value < 0x80 or not MODEL.utf8 else chr(0xDC00 + value)


def byte_chars(data: bytes) -> str:
    """One character per byte of ``data`` (hex and binary literals: never merged as UTF-8)."""
    if not MODEL.utf8:
        return data.decode("latin-1")
    return data.decode("ascii", "surrogateescape")


def char_byte(ch: str) -> int | None:
    """The byte the one character ``ch`` stands for, or None when it stands for several."""
    data = to_bytes(ch)
    return data[0] if len(data) == 1 else None


_ALL_BYTES = {False: bytes(range(256)).decode("latin-1"),
              True: bytes(range(256)).decode("ascii", "surrogateescape")}


def all_bytes() -> str:
    """Every byte value as its character, in order (XRANGE's and TRANSLATE's table)."""
    return _ALL_BYTES[MODEL.utf8]


def host_text(text: str) -> str:
    """A Rexx string as ordinary Python text, for a plugin or the terminal: its bytes decoded
    as UTF-8 (a byte that is not valid UTF-8 escaped as U+DC80..U+DCFF)."""
    return to_bytes(text).decode("utf-8", "surrogateescape")


def rexx_text(text: str) -> str:
    """Ordinary Python text (from a plugin, the terminal, the OS) as a Rexx string: its UTF-8
    bytes, in the current model."""
    try:
        return from_bytes(text.encode("utf-8", "surrogateescape"))
    except UnicodeEncodeError:      # a lone surrogate that is no escaped byte
        return from_bytes(text.encode("utf-8", "surrogatepass"))


def from_os(text: str) -> str:
    """A string the OS gave Python (argv, environment, file names) as a Rexx string."""
    return from_bytes(os.fsencode(text))


def swap_environment(name: str, new: str | None) -> str:
    """The value of environment variable ``name`` ('' when unset) as a Rexx string, after
    setting it to ``new`` unless that is None (VALUE(..., 'ENVIRONMENT'), PUTENV)."""
    key = to_bytes(name)
    old = from_bytes(os.environb.get(key, b""))
    if new is not None:
        try:
            os.environb[key] = to_bytes(new)
        except ValueError:          # a name with '=' or NUL in it: nothing is set
            pass
    return old


def to_os(text: str) -> bytes:
    """A Rexx string as the bytes to hand the OS (a file name, an environment value)."""
    return to_bytes(text)


_UPPER = {c: c - 32 for c in range(ord("a"), ord("z") + 1)}


def rexx_upper(s: str) -> str:
    """Upper case as Rexx does it: only a-z change."""
    return s.upper() if s.isascii() else s.translate(_UPPER)


def rexx_lower(s: str) -> str:
    return s.lower() if s.isascii() else "".join(
        chr(ord(ch) + 32) if "A" <= ch <= "Z" else ch for ch in s)
