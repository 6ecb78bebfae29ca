"""How the top-level clauses of a body are cut into runs: the clauses between two labels, at
most ``MAX_RUN`` at a time, each label a unit of its own.

The code generator makes one function of each run (``clause_function.generate_runs``), and
the compiler compiles a body a run at a time, when the run is first entered
(``lazy_units``); both cut the body here, so a generated run never spans two compiled units.
"""

from __future__ import annotations

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
