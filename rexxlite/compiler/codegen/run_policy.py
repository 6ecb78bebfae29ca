"""How the top-level clauses of a body are cut into runs: the clauses between two labels, at
most ``MAX_RUN`` at a time, each label a unit of its own; and the switches that turn the code
generator and compiling on first run off (for comparing the paths), which a unit image's key
holds.

The code generator makes one function of each run (``clause_function.generate_runs``), and
the compiler compiles a body a run at a time, when the run is first entered
(``lazy_units``); both cut the body here, so a generated run never spans two compiled units.
"""

from __future__ import annotations

import os

#: A run longer than this is cut into several (Python compiles huge functions slowly, and a
#: unit compiled on demand should not compile much more than the clauses run).
MAX_RUN = 200


def run_bounds(length: int, labels: list[int]) -> list[tuple[int, int]]:
    """``(start, end)`` of each unit of ``length`` top-level clauses with labels at the
    indices ``labels`` (ascending), in order: a label alone, or a run of at most ``MAX_RUN``
    clauses without a label."""
    bounds = []
    start = 0
    for stop in list(labels) + [length]:
        while start < stop:
            end = min(stop, start + MAX_RUN)
            bounds.append((start, end))
            start = end
        if stop < length:
            bounds.append((stop, stop + 1))
            start = stop + 1
    return bounds


def codegen_enabled() -> bool:
    """Whether clauses are generated as Python source (``REXXLITE_CODEGEN=0``: closures only,
    for comparing the two paths)."""
    return os.environ.get("REXXLITE_CODEGEN", "1") != "0"


def lazy_enabled() -> bool:
    """Whether a program's clauses are compiled when first run (``REXXLITE_LAZY=0``: all at
    once before the program starts, for comparing the two)."""
    return os.environ.get("REXXLITE_LAZY", "1") != "0"
