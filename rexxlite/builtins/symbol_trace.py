"""The trace lines SYMBOL() and DATATYPE(s, 'S') write under TRACE R and I, as Regina's (it
looks the name up as a variable reference would). A simple symbol or a stem shows its value
(``>V>``) or, unset, its name as given: ``>V>`` when the variable exists without a value
(``has_existed``), ``>L>`` when it never did. A compound whose tail has a variable that is
set shows its derived name at TRACE I (``>C>``: the name as given, each variable part
replaced by its value or, unset, its name), and marks the run as having derived a variable
tail (``expression_trace.show_derived``); any other compound shows nothing."""

from __future__ import annotations

from rexxlite.charset import rexx_upper
from rexxlite.numbers.numvalue import tostr
from rexxlite.runtime import trace
from rexxlite.runtime.variables import get_by_name, get_simple, has_existed, symbol_kind


def trace_symbol_lookup(ctx, given: str, name: str, value) -> None:
    """The lines for SYMBOL(``given``) (``name``: upper case; ``value``: the variable's or
    None), at TRACE R (a simple symbol's) and I."""
    parts = given.split(".")
    if len(parts) == 1 or (len(parts) == 2 and not parts[1]):
        if value is not None:
            trace.value(ctx, "V", value)
        else:
            trace.value(ctx, "V" if has_existed(ctx.vars, name) else "L", given)
        return
    shown = [parts[0]]
    derived = False
    for part in parts[1:]:
        v = get_simple(ctx.vars, part.upper()) if part and not part[0].isdigit() else None
        if v is None:
            shown.append(part.upper() if part and not part[0].isdigit() else part)
        else:
            shown.append(v if v.__class__ is str else str(v))
            derived = True
    if derived:
        ctx.interp.trace_tails_derived = True
        if ctx.tracing >= 4:
            trace.value(ctx, "C", ".".join(shown))


def trace_symbol_reference(ctx, given: str) -> None:
    """The lines for DATATYPE(``given``, 'S'): a variable symbol's as SYMBOL(``given``)'s."""
    name = rexx_upper(given)
    if symbol_kind(name) == "VAR":
        value, _ = get_by_name(ctx.vars, name, tostr)
        trace_symbol_lookup(ctx, given, name, value)
