"""Checking and converting built-in function arguments, raising Error 40 as Regina words it."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from ..errors import RexxError


def _decimal(value: str) -> Decimal | None:
    text = value.strip()
    if not text or text[0] not in "+-.0123456789" or text.lower() in ("inf", "nan"):
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def whole(bif: str, pos: int, value: str) -> int:
    """Argument ``pos`` as a whole number (40.12 when it is not one)."""
    number = _decimal(value)
    if number is None or number != number.to_integral_value():
        raise RexxError(40, 12, bif=bif, argnumber=pos, value=value)
    return int(number)


def nonnegative(bif: str, pos: int, value: str) -> int:
    """A whole number >= 0 (40.13 otherwise)."""
    number = whole(bif, pos, value)
    if number < 0:
        raise RexxError(40, 13, bif=bif, argnumber=pos, value=value)
    return number


def positive(bif: str, pos: int, value: str) -> int:
    """A whole number >= 1 (40.14 otherwise)."""
    number = whole(bif, pos, value)
    if number < 1:
        raise RexxError(40, 14, bif=bif, argnumber=pos, value=value)
    return number


def pad_char(bif: str, pos: int, value: str | None, default: str = " ") -> str:
    """A single pad character (40.23 otherwise)."""
    if value is None:
        return default
    if len(value) != 1:
        raise RexxError(40, 23, bif=bif, argnumber=pos, value=value)
    return value


def option(bif: str, pos: int, value: str | None, allowed: str, default: str) -> str:
    """The first letter of an option, upper-cased, that must be one of ``allowed`` (40.28)."""
    if value is None:
        return default
    letter = value[:1].upper()
    if not letter or letter not in allowed:
        raise RexxError(40, 28, bif=bif, argnumber=pos, optionslist=allowed, value=value)
    return letter
