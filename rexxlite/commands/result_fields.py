"""Flattening a command's named fields into RESULT. tails: lists as stems, dicts as tail parts.

``flatten_fields({"cloneTimeMs": 7, "containers": [{"vmid": 101}]})`` gives
``{"CLONETIMEMS": "7", "CONTAINERS.0": "1", "CONTAINERS.1.VMID": "101"}``: the tails that the
interpreter sets under the stem ``RESULT.`` after a command. Booleans become 1 / 0 so that
``IF RESULT.success THEN`` works; None leaves the tail unset.
"""

from __future__ import annotations

# (annotations only: no ``typing`` at run time)


def format_scalar(value: Any) -> str:
    """A field value as a Rexx string."""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return str(value)
        if value == int(value) and abs(value) < 1e15:
            return str(int(value))
        return f"{value:.6f}".rstrip("0").rstrip(".")
    return str(value)


def _walk(prefix: str, value: Any) -> Iterator[tuple[str, str]]:
    if value is None:
        return
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _walk(f"{prefix}.{str(key).upper()}" if prefix else str(key).upper(), item)
    elif isinstance(value, (list, tuple)):
        yield f"{prefix}.0", str(len(value))
        for index, item in enumerate(value, start=1):
            yield from _walk(f"{prefix}.{index}", item)
    else:
        yield prefix, format_scalar(value)


def flatten_fields(fields: dict[str, Any]) -> dict[str, str]:
    """The RESULT. tails (upper case, dot-joined) and their string values."""
    return dict(_walk("", fields))
