"""Built-ins that need the running program: ADDRESS ARG CONDITION QUEUED
SOURCELINE SYMBOL VALUE TRACE. ``ctx`` is the current activation (``activation.Frame``)."""

from __future__ import annotations


from rexxlite.charset import rexx_upper as _upper, swap_environment
from rexxlite.errors import RexxError
from rexxlite.builtins.args import option, positive
from rexxlite.builtins.registry import builtin
from rexxlite.numbers.numvalue import tostr
from rexxlite.runtime.variables import get_by_name, get_simple, set_by_name, symbol_kind


def _tostr(v):
    return v if v.__class__ is str else str(v)


@builtin("ADDRESS", 0, 1)
def address_(ctx, opt=None):
    letter = "N" if opt is None else option("ADDRESS", 1, opt, "EINO", "N")
    if letter == "N":
        return ctx.env
    return ctx.interpreter.redirections.describe(ctx, ctx.env, letter)


@builtin("ARG", 0, 2)
def arg_(ctx, n=None, opt=None):
    args = list(ctx.args)
    while args and args[-1] is None:
        args.pop()
    if n is None:
        if opt is not None:
            raise RexxError(40, 5, bif="ARG", argnumber=1)
        return str(len(args))
    index = positive("ARG", 1, n)
    if opt is None:
        if index <= len(args) and args[index - 1] is not None:
            return tostr(args[index - 1])
        return ""
    letter = option("ARG", 2, opt, "ENO", "N")
    if letter == "N":
        return tostr(args[index - 1]) if index <= len(args) and args[index - 1] is not None else ""
    exists = index <= len(args) and args[index - 1] is not None
    return "1" if exists == (letter == "E") else "0"


@builtin("CONDITION", 0, 1)
def condition_(ctx, opt=None):
    letter = option("CONDITION", 1, opt, "CEIDS", "I")   # E: Regina's extra information
    cond = ctx.cond
    if cond is None:
        return ""
    if letter == "E":
        return cond.extra
    if letter == "C":
        return cond.name
    if letter == "D":
        return cond.description or ""
    if letter == "I":
        return cond.instruction
    if cond.name in ctx.delayed:
        return "DELAY"
    return "ON" if cond.name in ctx.traps else "OFF"




@builtin("QUEUED", 0, 0)
def queued_(ctx):
    return str(ctx.interp.queue.queued())


@builtin("SOURCELINE", 0, 1)
def sourceline_(ctx, n=None):
    code = ctx.interp.code or ctx.code
    lines = code.source_lines if code is not None else []
    if n is None:
        return str(len(lines))
    index = positive("SOURCELINE", 1, n)
    if index > len(lines):
        raise RexxError(40, 34, bif="SOURCELINE", value=n, **{"sourceline()": len(lines)})
    return lines[index - 1]


@builtin("SYMBOL", 1, 1)
def symbol_(ctx, name):
    text = _upper(name)
    kind = symbol_kind(text)
    if kind != "VAR":
        from rexxlite.syntax.ast import RESERVED_DOT_SYMBOLS
        if kind == "LIT" and (text in RESERVED_DOT_SYMBOLS or text == ".LINE"):
            value = ctx.interp.special_variables.get(text)     # .RC .RS .MN: set or not
            if ctx.tracing >= 3:
                from rexxlite.runtime import trace
                trace.value(ctx, "V" if value is not None else "L",
                            value if value is not None else name)
            return "VAR" if value is not None else "LIT"
        return kind
    value, derived = get_by_name(ctx.vars, text, _tostr)
    if "." in text[:-1]:            # a compound by name: Regina's >C> state, as VALUE()
        _mark_derived(ctx, text, derived, False)
    if ctx.tracing >= 3:
        from rexxlite.builtins.symbol_trace import trace_symbol_lookup
        trace_symbol_lookup(ctx, name, text, value)
    return "VAR" if value is not None else "LIT"


@builtin("VALUE", 1, 3)
def value_(ctx, name, new=None, selector=None):
    if selector is not None:
        pool = _upper(selector.strip())
        if pool in ("ENVIRONMENT", "SYSTEM", "OS2ENVIRONMENT"):
            return swap_environment(name, new)
        raise RexxError(40, 37, bif="VALUE", value=selector)
    text = _upper(name)
    kind = symbol_kind(text)
    if kind == "BAD":
        raise RexxError(40, 26, bif="VALUE", value=name)
    if kind == "LIT" and new is not None:
        raise RexxError(40, 26, bif="VALUE", value=name)
    if kind == "LIT":
        from rexxlite.syntax.ast import SPECIAL_VARIABLES
        old = ctx.interp.special_variables.get(text, text) if text in SPECIAL_VARIABLES else text
    else:
        value, derived = get_by_name(ctx.vars, text, _tostr)
        if "." in text[:-1]:
            _mark_derived(ctx, text, derived, new is not None)
        if value is None:
            if "NOVALUE" in ctx.traps and new is None:
                ctx.interp.raise_condition(ctx, "NOVALUE", derived)
            old = derived
        else:
            old = _tostr(value)
    if new is not None:
        set_by_name(ctx.vars, text, new, _tostr)
    return old


def _mark_derived(ctx, text: str, derived: str, setting: bool) -> None:
    """VALUE() of a compound name marks the run as Regina does for its traces of constant
    tails (``expression_trace.show_derived``): derived with a variable tail that is set, or
    not; setting one shows its derived name (``>C>``, TRACE I) when its tail was."""
    pool = ctx.vars
    substituted = False
    for part in text.split(".")[1:]:
        if part and part[0] not in "0123456789" and get_simple(pool, part) is not None:
            substituted = True
            break
    ctx.interp.trace_tails_derived = substituted
    if substituted and setting and ctx.tracing >= 4:
        from rexxlite.runtime import trace
        trace.value(ctx, "C", derived)


@builtin("TRACE", 0, 1)
def trace_(ctx, setting=None):
    old = ctx.trace
    if setting is not None:
        ctx.interp.set_trace(ctx, setting)
    return old
