"""Regina's extensions about the running program: POOLID GETCALLSTACK, and the RXFUNC* family
(RXFUNCADD RXFUNCDROP RXFUNCQUERY RXFUNCERRMSG), which in rexxlite can register nothing:
there are no external function libraries (SAA DLLs) to load, so RXFUNCADD always fails as
Regina does when a library cannot be loaded, and RXFUNCERRMSG says why."""

from __future__ import annotations

from rexxlite.runtime.variables import set_by_name
from rexxlite.builtins.registry import builtin

#: Regina's return codes of the RXFUNC* functions (the SAA API's RXFUNC_* values).
RXFUNC_OK = 0
RXFUNC_NOTREG = 30
RXFUNC_MODNOTFND = 40
RXFUNC_NOT_LOADED = 60
RXFUNC_NOT_REGISTERED_QUERY = 1


def _call_chain(ctx):
    """The activations from ``ctx`` out to the program's main one (one per CALL or function
    call, condition handlers included)."""
    frame = ctx
    while frame is not None:
        yield frame
        frame = frame.parent


@builtin("POOLID", 0, 0, extension=True)
def poolid(ctx):
    """The call level: 1 in the main program, one more in each routine called (as Regina's
    POOLID counts them, PROCEDURE or not)."""
    return str(sum(1 for _ in _call_chain(ctx)))


@builtin("GETCALLSTACK", 1, 1, extension=True)
def getcallstack(ctx, stem):
    """GETCALLSTACK(stem): fill stem.1 ... stem.n with 'line name', the innermost call first
    (the line is where the routine was called), and stem.0 with n. Returns ''."""
    from rexxlite.charset import rexx_upper
    name = rexx_upper(stem)
    if not name.endswith("."):
        name += "."
    entries = [f"{frame.parent.cl.line if frame.parent.cl else 0} {frame.name}"
               for frame in _call_chain(ctx)
               if frame.parent is not None and frame.name is not None]

    def text(value):
        return value if value.__class__ is str else str(value)

    for number, entry in enumerate(entries, start=1):
        set_by_name(ctx.vars, f"{name}{number}", entry, text)
    set_by_name(ctx.vars, f"{name}0", str(len(entries)), text)
    ctx.interp.trace_tails_derived = False   # set by name: Regina's >C> state as after a
    return ""                                # constant tail (expression_trace.show_derived)


@builtin("RXFUNCADD", 2, 3, extension=True)
def rxfuncadd(ctx, name, module, entry=None):
    """Register external function ``name`` from library ``module``: never possible here."""
    ctx.interp.rxfunc_message = (
        f'rexxlite cannot load external function libraries ("{module}" for "{name}")')
    return str(RXFUNC_NOT_LOADED)


@builtin("RXFUNCDROP", 1, 1, extension=True)
def rxfuncdrop(ctx, name):
    return str(RXFUNC_NOTREG)


@builtin("RXFUNCQUERY", 1, 1, extension=True)
def rxfuncquery(ctx, name):
    """0 when ``name`` is a registered external function: none ever is."""
    return str(RXFUNC_NOT_REGISTERED_QUERY)


@builtin("RXFUNCERRMSG", 0, 0, extension=True)
def rxfuncerrmsg(ctx):
    """The reason the last RXFUNCADD failed ('' before any)."""
    return ctx.interp.rxfunc_message

