"""The one rule for turning rexxlite text (Python ``str``) into Rexx bytes and back.

A Rexx string is a string of characters (code points): LENGTH, SUBSTR, POS... count
characters. Where Rexx is byte-based (C2X, X2C, C2D, D2C, the BIT functions, XRANGE,
writing to a stream), a string is the bytes of its UTF-8 encoding, and bytes become text by
decoding them as UTF-8 with ``surrogateescape``: a byte that is not part of valid UTF-8 (say
``'80'x`` on its own) becomes the lone surrogate U+DC80, which encodes back to that same byte.

So ``c2x('é')`` is ``C3A9`` as in Regina, ``x2c('C3A9')`` is ``é`` again, and
``c2x(x2c(h)) == h`` for every hex string ``h``. See docs/unicode.md.
"""

from __future__ import annotations

ENCODING = "utf-8"
ERRORS = "surrogateescape"


def to_bytes(text: str) -> bytes:
    """The bytes ``text`` stands for (UTF-8; escaped surrogates give back their byte)."""
    try:
        return text.encode(ENCODING, ERRORS)
    except UnicodeEncodeError:      # a surrogate that is not an escaped byte
        return text.encode(ENCODING, "surrogatepass")


def from_bytes(data: bytes) -> str:
    """The text for ``data``: UTF-8, each byte that is not valid UTF-8 as its own character."""
    return data.decode(ENCODING, ERRORS)


def byte_char(value: int) -> str:
    """The single character that stands for the byte ``value`` (0-255) on its own."""
    return chr(value) if value < 0x80 else chr(0xDC00 + value)


def char_byte(ch: str) -> int | None:
    """The byte the one character ``ch`` stands for, or None when it stands for several."""
    data = to_bytes(ch)
    return data[0] if len(data) == 1 else None


#: Every byte value as its character: ``BYTE_CHARS[n]`` is ``byte_char(n)`` (XRANGE's table).
BYTE_CHARS: tuple[str, ...] = tuple(byte_char(n) for n in range(256))
