"""Which simple variables of a pool a called PROCEDURE has exposed, for TRACE R.

Regina's reference to a simple variable stops showing it at TRACE R once it has found it
(``expression_trace.t_var``), but not a variable that a PROCEDURE EXPOSE called from that pool
has exposed: from then on every reference to it in that pool shows it each time, a DO loop's
stepping of it too (its first value, then each value read to be stepped). The names are kept
in the pool itself, under a key that is no string (so no Rexx name), and only where TRACE can
be on (``Interpreter.uses_trace``).
"""

from __future__ import annotations


class _ExposedKey:
    """The pool key of the set of names exposed from that pool."""
    __slots__ = ()

    def __repr__(self):
        return "<exposed names>"


EXPOSED = _ExposedKey()


def mark(pool: dict, name: str) -> None:
    """Simple variable ``name`` of ``pool`` has been exposed by a called PROCEDURE."""
    names = pool.get(EXPOSED)
    if names is None:
        names = pool[EXPOSED] = set()
    names.add(name)


def exposed(pool: dict, name: str) -> bool:
    """Whether ``mark`` has marked ``name`` in ``pool``."""
    names = pool.get(EXPOSED)
    return names is not None and name in names
