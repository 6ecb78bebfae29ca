"""Strings of plain ASCII digits as the ints they stand for, remembered.

Arithmetic and comparisons take a string operand of plain ASCII digits shorter than 19 (``n``
from PARSE ARG, ``id`` from PARSE VAR) as its int, as every path of the compiler does; anything
else stays the string and takes the general path. The code both compilers generate looks the
string up in ``DIGIT_INTS`` first: one dict lookup where the test is four calls (``isdigit``,
``len``, ``isascii``, ``int``). A string not found there is tested as before and, when it is
plain digits, entered; a table grown past ``KEPT`` entries is emptied (the strings a program
uses now are entered again), so it never holds more than ``KEPT + 1``. ``to_int`` makes the
generated statements.
"""

from __future__ import annotations

KEPT = 4096

DIGIT_INTS: dict = {}


def to_int(value: str, target: str, table: str, indent: str = "",
           known_str: bool = False) -> list[str]:
    """The lines that set local ``target`` (not ``value``) to the int ``value`` stands for when it
    is a string of plain ASCII digits shorter than 19 (else ``value`` itself), with the
    table ``DIGIT_INTS`` named ``table`` in the generated code; ``known_str``: ``value`` is
    known to be a ``str``."""
    return ([] if known_str else [f"{indent}if {value}.__class__ is not str: {target} = {value}"]) + [
            f"{indent}{'if' if known_str else 'elif'} ({target} := {table}.get({value})) is None:",
            f"{indent} if {value}.isdigit() and len({value}) < 19 and {value}.isascii():",
            f"{indent}  {target} = {table}[{value}] = int({value})",
            f"{indent}  if len({table}) > {KEPT}: {table}.clear()",
            f"{indent} else: {target} = {value}"]
