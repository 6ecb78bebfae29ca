"""TRACE settings: validating and normalising what TRACE / TRACE() are given.

A setting is an optional prefix ``?`` (interactive, toggles) and an option letter from
ACEFILNOR (only the first letter counts: ``TRACE Results`` is ``R``); an empty setting means
``N``. A whole number (trace skipping, interactive only) is accepted and ignored. The value kept
is what ``TRACE()`` returns: the prefix and the letter, e.g. ``?R``. Any other number is
Error 26.7, as in Regina.
"""

from __future__ import annotations

from rexxlite.errors import RexxError

LETTERS = "ACEFILNOR"


def normalise_trace(setting: str, current: str) -> str:
    text = setting.strip()
    if not text:
        return "N"
    if text[:1].isdigit() or text[:1] in "+-.":          # a number: whole, or Error 26.7
        from rexxlite.builtins.args import decimal_value
        number = decimal_value(text)
        if number is not None and number == number.to_integral_value():
            return current
        raise RexxError(26, 7, value=text)
    prefix = "?" if current.startswith("?") else ""    # '?' toggles interactive tracing
    while text and text[0] in "?!":
        if text[0] == "?":
            prefix = "" if prefix == "?" else "?"
        text = text[1:]
    if not text:
        return prefix + current.lstrip("?!")
    letter = text[0].upper()
    if letter not in LETTERS:
        raise RexxError(24, 1, value=text)
    if letter == "O":
        prefix = ""
    return prefix + letter
