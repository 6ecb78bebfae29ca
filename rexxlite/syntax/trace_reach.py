"""Which top-level clauses of a program can run while TRACE is on (they get trace hooks).

TRACE is a setting of an activation: a routine called starts with its caller's, and the
caller's comes back when it returns. So, run without ``-t``, tracing can be on in a clause
only if a clause of the same activation before it turned it on, or the activation was called
(or its condition trap taken) while it was on. ``traced_clauses`` follows that from each
clause that can turn tracing on (a TRACE instruction or TRACE() whose setting is not a
constant that leaves it off): to the clauses after it, falling through (not past a top-level
RETURN, EXIT or SIGNAL), to the labels it CALLs, calls as functions or SIGNALs, and, once
anything is reached, to every label a SIGNAL ON / CALL ON names (a condition raised there
jumps or calls with tracing on). An INTERPRET anywhere (its string may do anything) or a
SIGNAL VALUE reached means every clause. ``mentions_trace`` is the cheap test before it:
text that never says TRACE has none. The same walk finds the clauses not reached that name a
compound with a variable tail: run untraced they still change what TRACE shows later
(``compiler/trace_hooks.derives_variable_tail``), so they mark the run where hooks would.

``-t``, the REPL, INTERPRET strings and external routines called from code with hooks are
hooked throughout by their compilers (``running/interpreter``, ``running/external``).
"""

from __future__ import annotations

from rexxlite.syntax import ast
from rexxlite.syntax.clause_tree import has_clause, nodes_within
from rexxlite.syntax.deferred_body import DeferredBody, top_labels

#: The TRACE option letters that trace clauses (``runtime.trace.LEVELS``): C L A R I.
TRACING_LETTERS = "CLARI"

_ENDS = (ast.Return, ast.Exit)      # a top-level clause that never falls through (and SIGNAL)


def mentions_trace(lines) -> bool:
    """Whether source with these lines mentions TRACE at all (else no clause can trace)."""
    for line in lines:
        if "trace" in line.lower():
            return True
    return False


def setting_keeps_off(text: str) -> bool:
    """Whether TRACE given the constant ``text`` leaves tracing off where it is off: an option
    that is not C L A R I (``Off``, ``N``, ``E``, ``F``), a ``?`` / ``!`` prefix alone, a
    number (which change nothing but the interactive pause), or nothing (``N``)."""
    text = text.strip()
    if text[:1].isdigit() or text[:1] in "+-.":
        return True
    text = text.lstrip("?!")
    return not text or text[0].upper() not in TRACING_LETTERS


def names_variable_tail(node) -> bool:
    """Whether AST node ``node`` is a compound with a variable tail (``a.i``, not ``a.1``)."""
    return node.__class__ is ast.Compound and not all(
        tail.__class__ is str for tail in node.tails)


def _turns_on(node) -> bool:
    """Whether AST node ``node`` itself (a TRACE instruction or a TRACE() / CALL TRACE) can
    turn tracing on."""
    cls = node.__class__
    if cls is ast.Trace:
        setting = node.setting
        return not (setting is None or (setting.__class__ is ast.Literal
                                        and setting_keeps_off(setting.value)))
    if (cls is ast.FunctionCall or cls is ast.Call) and node.name.upper() == "TRACE":
        args = node.args
        if not args or args[0] is None:
            return False                  # TRACE(): only asks
        first = args[0]
        return not (first.__class__ is ast.Literal and setting_keeps_off(first.value))
    return False


class _Clause:
    """What one top-level clause (with everything inside it) tells the reach."""
    __slots__ = ("turns_on", "signals_value", "targets", "ends", "tails")

    def __init__(self, node):
        self.turns_on = False
        self.signals_value = False        # a SIGNAL VALUE inside
        self.targets: set = set()         # the names it CALLs, calls as functions, SIGNALs
        self.tails = False                # a compound with a variable tail inside
        cls = node.__class__
        self.ends = cls in _ENDS or (cls is ast.Signal and node.value is None)
        for item in nodes_within(node):
            cls = item.__class__
            if cls is ast.Signal and item.value is not None:
                self.signals_value = True
            elif cls is ast.Compound:
                if not self.tails and names_variable_tail(item):
                    self.tails = True
            elif cls is ast.Signal or cls is ast.Call or cls is ast.FunctionCall:
                name = item.label if cls is ast.Signal else item.name
                if name:
                    self.targets.add(name.upper())
            if _turns_on(item):
                self.turns_on = True


def _handler_names(body) -> set:
    """The labels any SIGNAL ON / CALL ON of ``body`` (at any depth) names."""
    return {(item.name or item.condition).upper() for item in nodes_within(body)
            if (item.__class__ is ast.SignalOn or item.__class__ is ast.CallOn) and item.enable}


def traced_clauses(body) -> tuple:
    """(``hooked``, ``tailed``): the indexes of the top-level clauses of ``body`` that can run
    while TRACE is on (an empty set: none can; None: every clause can), and of those others
    that name a compound with a variable tail (where some are hooked)."""
    if has_clause(body, (ast.Interpret,)):   # (clauses only: qocca's 19,000 lines in 0.4 ms)
        return None, frozenset()
    clauses = [_Clause(node) for node in body]
    labels: dict[str, int] = {}
    for index, name in top_labels(body):
        labels.setdefault(name.upper(), index)
    pending = [index for index, clause in enumerate(clauses) if clause.turns_on]
    reached: set = set()
    handlers = None
    count = len(clauses)
    while pending:
        index = pending.pop()
        if index >= count or index in reached:
            continue
        reached.add(index)
        clause = clauses[index]
        if clause.signals_value:
            return None, frozenset()
        for name in clause.targets:
            target = labels.get(name)
            if target is not None:
                pending.append(target)
        if not clause.ends:
            pending.append(index + 1)
        if handlers is None:
            handlers = _handler_names(body)
            pending += [labels[name] for name in handlers if name in labels]
    if not reached:
        return frozenset(), frozenset()
    return frozenset(reached), frozenset(index for index, clause in enumerate(clauses)
                                         if clause.tails and index not in reached)


_NONE = (frozenset(), frozenset())      # no clause hooked
_last: list = [None, None]      # the program reached last and its reach (stored, then run)


def program_reach(program) -> tuple:
    """``traced_clauses`` of ``program``'s body: a cached program's from its outline (worked
    out when it was stored, so nothing of the body is read now), else worked out now (once
    for a program both stored and run)."""
    body = program.body
    if body.__class__ is DeferredBody:
        return body.reach
    if not mentions_trace(program.source_lines):
        return _NONE
    if _last[0] is not program:
        _last[:] = program, traced_clauses(body)
    return _last[1]
