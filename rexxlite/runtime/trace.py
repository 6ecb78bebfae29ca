"""TRACE at run time: the levels, and the lines written to stderr in Regina's format.

``frame.trace`` is the setting TRACE() returns (``?R``); ``frame.tracing`` its level, the one
number the per-clause hooks test (0: no per-clause tracing; TRACE N, F and E only show failed
commands, which ``command_clause`` does):

    C, L -> 1   (commands before they run / labels as they are passed)
    A    -> 2   (every clause)
    R    -> 3   (clauses, and the variables read: ``>V>``; Regina shows a simple variable's
                 reference until it has found the variable in its pool, even while tracing
                 was off, a compound's each time, and no ``>O>`` / ``>F>`` results)
    I    -> 4   (clauses and every intermediate value: ``>L> >V> >C> >O> >P> >U> >F>``)

Lines: ``     3 *-* say x`` (the line number is left out when it is the previous traced line's),
``       >V>   "1"``, ``       >>>   "word"`` (PARSE), ``       >.>   "word"`` (a ``.`` in a
template); clause texts and values are indented by the nesting depth (called routines and
repetitive DO loops). The ``?`` prefix is kept for TRACE() but never pauses (rexxlite is not
interactive).

Secrets are masked in every line (``secret_masking``, through the run's ``CommandRouter``).
The lines of a traced command clause are held (``run_clause``) until its command text is known and
its secret values are remembered (``release``, called by ``command_clause.run_command`` just
before the command is sent), so the clause's own ``>V>`` lines are masked as well.
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


def _show(interp, kind: str, prefix: str, payload: str, suffix: str = "") -> None:
    """Write ``prefix`` + the masked ``payload`` (``kind``: "clause" source or a "value") +
    ``suffix``, or keep it for later while a command clause holds the lines."""
    holds = interp.trace_holds
    if holds:
        holds[-1][1].append((kind, prefix, payload, suffix))
    else:
        _write(interp, prefix + (payload if kind not in _MASKED else
                                 interp.masked(kind, payload)) + suffix)


def show_lines(interp, lines) -> None:
    """Write (or keep, as ``_show``) lines a hold gathered: ``(kind, prefix, payload,
    suffix)`` each."""
    for kind, prefix, payload, suffix in lines:
        _show(interp, kind, prefix, payload, suffix)


_MASKED = frozenset(("clause", "value", "text"))      # the kinds of payload masked for secrets


def line(interp, prefix: str, message: str = "") -> None:
    """A ``+++`` line: ``prefix`` and a ``message`` masked as text (in turn while a command
    clause holds the lines)."""
    _show(interp, "text", prefix, message)


def clause(f, info) -> None:
    """``     3 *-* text`` for the clause ``info`` (a ClauseInfo)."""
    interp = f.interp
    line = info.line
    number = "      " if line == interp.trace_last_line else f"{line:>6}"
    interp.trace_last_line = line
    _show(interp, "clause", f"{number} *-* {' ' * (f.depth + f.loops)}", info.text)


def value(f, tag: str, v) -> None:
    """``       >V>   "value"``: up to a NUL character, as Regina writes it (a C string)."""
    text = v if v.__class__ is str else str(v)
    if "\0" in text:
        text = text[:text.index("\0")]
    _show(f.interp, "value", f"       >{tag}>   {' ' * (f.depth + f.loops)}\"", text, "\"")


def release(interp, f) -> None:
    """Write the lines the command clause running in frame ``f`` holds (if it holds any),
    masked with what is known now; a clause that holds lines too gets them instead."""
    holds = interp.trace_holds
    if holds and holds[-1][0] is f:
        _release_top(interp)


def _release_top(interp) -> None:
    holds = interp.trace_holds
    _frame, lines = holds.pop()
    for kind, prefix, payload, suffix in lines:
        text = payload if kind not in _MASKED else interp.masked(kind, payload)
        if holds:
            holds[-1][1].append(("done", prefix, text, suffix))
        else:
            _write(interp, prefix + text + suffix)


def _held(f, info, run):
    """Run a command clause with its trace lines held until its command is known."""
    interp = f.interp
    interp.trace_holds.append((f, []))
    depth = len(interp.trace_holds)
    try:
        clause(f, info)
        return run(f)
    finally:
        while len(interp.trace_holds) >= depth:   # not released: the command was never sent
            _release_top(interp)


def run_clause(f, info, is_command: bool, fn, tfn):
    """A clause of traced code run while tracing is on: trace it, then run it (the traced
    variant ``tfn`` at A, R and I, which traces values and DO loop passes)."""
    level = f.tracing
    if is_command and (level >= 2 or f.trace[-1:] == "C"):
        return _held(f, info, tfn if level >= 2 else fn)
    if level >= 2:
        clause(f, info)
        return tfn(f)
    return fn(f)


def label(f, info) -> None:
    """A label passed while tracing (TRACE L, A, R, I)."""
    if f.tracing and f.trace[-1:] != "C":
        clause(f, info)


def call_label(f, code, name: str) -> None:
    """A label reached by CALL (Regina traces it; not when reached by a function call)."""
    info = code.label_infos.get(name)
    if info is None and name in code.labels:      # the label is compiled when first run
        code.compile_at(code.labels[name])
        info = code.label_infos.get(name)
    if info is not None:
        label(f, info)
