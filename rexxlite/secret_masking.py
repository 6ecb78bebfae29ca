"""Masking of secret ``key=value`` arguments (passwords, API token secrets) in command text
that rexxlite shows the user: trace lines and the description of an ERROR / FAILURE
condition (``CONDITION('D')``).

A plugin marks a parameter secret with ``Param(..., secret=True)``; every environment the
program can reach contributes its secret keys. ``password=hunter2`` is shown as
``password=***``; the value may be quoted ('...' or "...") or end at a blank or a quote.
"""

from __future__ import annotations

import re
from typing import Iterable

MASK = "***"


def secret_keys(environments: Iterable[object]) -> frozenset[str]:
    """The lower-case names of the secret parameters the given environments declare."""
    keys = set()
    for environment in environments:
        for spec in getattr(environment, "commands", None) or ():
            for param in getattr(spec, "params", ()):
                if getattr(param, "secret", False):
                    keys.add(param.name.lower())
    return frozenset(keys)


def masker(keys: frozenset[str]):
    """A function that masks the values of ``keys`` in a text (identity when there are none)."""
    if not keys:
        return lambda text: text
    names = "|".join(sorted(re.escape(k) for k in keys))
    pattern = re.compile(
        rf"(?i)(?<![\w.])({names})=(\"(?:[^\"]|\"\")*\"|'(?:[^']|'')*'|[^\s'\"]*)")
    return lambda text: pattern.sub(lambda m: f"{m.group(1)}={MASK}", text)
