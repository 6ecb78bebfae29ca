"""How the top-level clauses of a body are cut into runs: the clauses between two labels, at
most ``MAX_RUN`` at a time, each label a unit of its own.

The code generator makes one function of each run (``clause_function.generate_runs``), and
the compiler compiles a body a run at a time, when the run is first entered
(``lazy_units``); both cut the body here, so a generated run never spans two compiled units.
"""

from __future__ import annotations

from rexxlite.syntax import ast

#: A run longer than this is cut into several (Python compiles huge functions slowly, and a
#: unit compiled on demand should not compile much more than the clauses run).
MAX_RUN = 200


def run_bounds(nodes: list) -> list[tuple[int, int]]:
    """``(start, end)`` of each unit of ``nodes`` in order: a label alone, or a run of at
    most ``MAX_RUN`` clauses without a label."""
    bounds = []
    start, n = 0, len(nodes)
    while start < n:
        if nodes[start].__class__ is ast.Label:
            bounds.append((start, start + 1))
            start += 1
            continue
        end = start
        while end < n and nodes[end].__class__ is not ast.Label and end - start < MAX_RUN:
            end += 1
        bounds.append((start, end))
        start = end
    return bounds
