"""TRACE at run time: the levels, and the lines written to stderr in Regina's format.

``frame.trace`` is the setting TRACE() returns (``?R``); ``frame.tracing`` its level, the one
number the per-clause hooks test (0: no per-clause tracing; TRACE N, F and E only show failed
commands, which ``command_clause`` does):

    C, L -> 1   (commands before they run / labels as they are passed)
    A    -> 2   (every clause)
    R    -> 3   (clauses, and the variables read: ``>V>``; Regina shows a variable reference
                 only the first time it is evaluated, and no ``>O>`` / ``>F>`` results)
    I    -> 4   (clauses and every intermediate value: ``>L> >V> >C> >O> >P> >U> >F>``)

Lines: ``     3 *-* say x`` (the line number is left out when it is the previous traced line's),
``       >V>   "1"``, ``       >>>   "word"`` (PARSE), ``       >.>   "word"`` (a ``.`` in a
template); clause texts and values are indented by the nesting depth (called routines and
repetitive DO loops). The ``?`` prefix is kept for TRACE() but never pauses (rexxlite is not
interactive).
"""

from __future__ import annotations

LEVELS = {"C": 1, "L": 1, "A": 2, "R": 3, "I": 4}


def level_of(setting: str) -> int:
    return LEVELS.get(setting[-1:].upper(), 0) if setting else 0


def _write(interp, text: str) -> None:
    try:
        interp.stdout.flush()
    except Exception:
        pass
    err = interp.stderr
    err.write(text + "\n")
    try:
        err.flush()
    except Exception:
        pass


def clause(f, info) -> None:
    """``     3 *-* text`` for the clause ``info`` (a ClauseInfo)."""
    interp = f.interp
    line = info.line
    number = "      " if line == interp.trace_last_line else f"{line:>6}"
    interp.trace_last_line = line
    _write(interp, f"{number} *-* {' ' * (f.depth + f.loops)}{interp.router.mask(info.text)}")


def value(f, tag: str, v) -> None:
    """``       >V>   "value"``."""
    text = f.interp.router.mask(v if v.__class__ is str else str(v))
    _write(f.interp, f"       >{tag}>   {' ' * (f.depth + f.loops)}\"{text}\"")


def run_clause(f, info, is_command: bool, fn, tfn):
    """A clause of traced code run while tracing is on: trace it, then run it (the traced
    variant ``tfn`` at A, R and I, which traces values and DO loop passes)."""
    level = f.tracing
    if level >= 2:
        clause(f, info)
        return tfn(f)
    if is_command and f.trace[-1:] == "C":
        clause(f, info)
    return fn(f)


def label(f, info) -> None:
    """A label passed while tracing (TRACE L, A, R, I)."""
    if f.tracing and f.trace[-1:] != "C":
        clause(f, info)


def call_label(f, code, name: str) -> None:
    """A label reached by CALL (Regina traces it; not when reached by a function call)."""
    info = code.label_infos.get(name)
    if info is not None:
        label(f, info)
