"""The ``rexxlite`` command line.

    rexxlite FILE [ARG...]     run a program; the arguments, joined by blanks, are ARG(1)
    rexxlite -e CLAUSES [ARG...]   run clauses given on the command line
    rexxlite - [ARG...]        read the program from stdin (also when stdin is a pipe and
                               no FILE is given)
    rexxlite                   (on a terminal) the interactive REPL, when available
"""

from __future__ import annotations

import sys

from . import __version__
from .runner import run_file, run_source, setup_streams

USAGE = """usage: rexxlite FILE [ARG...]
       rexxlite -e 'CLAUSES' [ARG...]
       rexxlite - [ARG...]          (program on stdin)
       rexxlite --version
"""


def _args(words: list[str]) -> list[str]:
    return [" ".join(words)] if words else []


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    setup_streams()
    if argv and argv[0] in ("-h", "--help"):
        sys.stdout.write(USAGE)
        return 0
    if argv and argv[0] in ("-v", "--version"):
        sys.stdout.write(f"rexxlite {__version__}\n")
        return 0
    if argv and argv[0] == "-e":
        if len(argv) < 2:
            sys.stderr.write(USAGE)
            return 2
        return run_source(argv[1], "<command line>", _args(argv[2:]))
    if argv and argv[0] == "-":
        return run_source(sys.stdin.read(), "<stdin>", _args(argv[1:]), stdin=_no_stdin())
    if argv and argv[0] == "--":
        argv = argv[1:]
    if not argv:
        if not sys.stdin.isatty():
            return run_source(sys.stdin.read(), "<stdin>", [], stdin=_no_stdin())
        return _repl()
    return run_file(argv[0], _args(argv[1:]))


def _no_stdin():
    """After the program was read from stdin, PULL finds end of input."""
    import io
    return io.StringIO("")


def _repl() -> int:
    try:
        from .repl import session
        start = getattr(session, "main", None) or getattr(session, "run", None)
    except Exception:
        start = None
    if start is None:
        sys.stderr.write(USAGE)
        return 2
    result = start()
    return result if isinstance(result, int) else 0


if __name__ == "__main__":
    sys.exit(main())
