"""The interactive REPL: ``rexxlite`` with no arguments on a terminal.

``main()`` runs a prompt_toolkit session (``session.py``) over one persistent interpreter
(``backend.py``), with continuation lines, completion, highlighting, history and ``help``;
with standard output not a terminal it reads plain lines instead (``plain.py``). The rules
a user sees are in docs/repl.md.
"""

from __future__ import annotations


def main() -> int:
    """Start the interactive session; return the exit status."""
    from rexxlite.repl.session import main as run

    return run()


__all__ = ["main"]
