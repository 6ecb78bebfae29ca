"""A command from start to end: WITH redirection, sending it to its environment, RC and
RESULT, the trace of a failed command, and the ERROR / FAILURE condition.

``run_command`` is what a command clause (``'ls'``, ``ADDRESS SYSTEM 'ls' WITH ...``) does:

1. the redirection in force (``redirection.Redirections``) is resolved: the input lines are
   collected and the output targets checked (Error 54.1, 94.109 and NOTREADY happen here,
   before the command runs);
2. the command goes to the ``CommandRouter`` with capture buffers as stdout / stderr for
   redirected OUTPUT / ERROR (one buffer when they name the same target);
3. RC is set; a plugin environment (not SYSTEM / COMMAND / PATH) sets RESULT, the RESULT.
   stem and the variables its result names (``CommandResult.variables``); a plugin's
   ``output`` also goes to a redirected OUTPUT, after what it wrote;
4. the captured text is delivered to its targets;
5. a non-zero RC (or a FAILURE) is traced on stderr as Regina does under the current TRACE
   setting, with one more ``+++`` line explaining an unknown environment or a plugin that
   raised, and then raises ERROR or FAILURE.
"""

from __future__ import annotations

import io

from rexxlite.runtime import trace
from rexxlite.commands.routing import CLASSIC_ENVIRONMENTS, is_plugin
from rexxlite.commands.redirection import Delivery, input_lines, queue_markers, trace_names
from rexxlite.commands.plugin_text import rexx_value
from rexxlite.commands.result_fields import flatten_fields, format_scalar
from rexxlite.runtime.variables import drop_simple, drop_stem, set_simple, split_name, stem_of, symbol_kind


def run_command(interp, f, env_name: str, command: str, info, one_off=None) -> None:
    if env_name.upper() in CLASSIC_ENVIRONMENTS:
        command, markers = queue_markers(command)       # 'LIFO> cmd >FIFO', as Regina
        if markers:
            one_off = [*(one_off or ()), *markers]
    parts = interp.redirections.effective(env_name, one_off)
    trace_names(f, parts.values())
    lines = input_lines(f, parts["INPUT"])
    delivery = Delivery(f, parts["OUTPUT"], parts["ERROR"])
    out_buf = io.StringIO() if parts["OUTPUT"] is not None else None
    err_buf = out_buf if delivery.shared else (
        io.StringIO() if parts["ERROR"] is not None else None)
    interp.router.remember_secrets(env_name, command)
    trace.release(interp, f)             # the clause's held trace lines, its secrets masked
    _flush(interp.stdout)
    routed = interp.router.execute(env_name, command,
                                   interp.stdout if out_buf is None else out_buf,
                                   interp.stderr if err_buf is None else err_buf, lines)
    result = routed.result
    rc = _as_rc(result.rc)
    set_simple(f.vars, "RC", str(rc))
    plugin = is_plugin(routed.environment)
    if plugin:
        set_result_fields(f, result)
        set_plugin_variables(f, result.variables)
    if out_buf is not None or err_buf is not None:
        out_text = None if out_buf is None else out_buf.getvalue()
        if plugin and out_text is not None and result.output is not None \
                and not result.output_shown:
            out_text = _joined(out_text, rexx_value(str(result.output)))
        err_text = None if err_buf is None or delivery.shared else err_buf.getvalue()
        delivery.deliver(out_text, err_text)
    failed = rc != 0 or result.condition == "FAILURE"
    condition = (result.condition or "ERROR").upper() if failed else ""
    interp.special_variables.update({".RC": str(rc), ".RS": _RS.get(condition, "0")})
    if failed:
        trace_failed_command(interp, f, info, rc, routed.problem)
        interp.raise_condition(f, "FAILURE" if condition == "FAILURE" else "ERROR",
                               interp.router.mask(command))


#: ``.RS`` after a command: 0 when it succeeded, 1 after ERROR, -1 after FAILURE (Regina).
_RS = {"ERROR": "1", "FAILURE": "-1"}


def _as_rc(value) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def _joined(before: str, text: str) -> str:
    if before and not before.endswith("\n"):
        before += "\n"
    return before + text


def _flush(stream) -> None:
    try:
        stream.flush()
    except Exception:
        pass


def set_result_fields(f, result) -> None:
    """RESULT from ``result.output`` (dropped when None); RESULT. dropped and refilled."""
    pool = f.vars
    if result.output is None:
        drop_simple(pool, "RESULT")
    else:
        set_simple(pool, "RESULT", rexx_value(str(result.output)))
    drop_stem(pool, "RESULT.")
    fields = flatten_fields(result.fields or {})
    if fields:
        stem = stem_of(pool, "RESULT.")
        for tail, value in fields.items():
            stem.set(rexx_value(tail), rexx_value(value))


RESERVED_VARIABLES = frozenset({"RC", "RESULT", "SIGL"})


def set_plugin_variables(f, variables) -> None:
    """Assign the variables a plugin's result names (values as RESULT. tails are formatted).
    A name that is no variable symbol, or one the interpreter itself sets, is skipped."""
    for name, value in (variables or {}).items():
        name = str(name).upper()
        if name in RESERVED_VARIABLES or symbol_kind(name) != "VAR" or value is None:
            continue
        stem, tails = split_name(name)
        if tails is None:
            if not stem.endswith("."):
                set_simple(f.vars, stem, rexx_value(format_scalar(value)))
        elif all(tails):
            stem_of(f.vars, stem).set(".".join(tails), rexx_value(format_scalar(value)))


def trace_failed_command(interp, f, info, rc: int, problem: str | None = None) -> None:
    """Regina's stderr lines for a failed command: under TRACE N and F the clause and
    ``+++ RC=n +++``; under E and L only the RC line; under A, C, I and R (which traced the
    clause already) only the RC line; nothing under TRACE O."""
    letter = (f.trace or "N").lstrip("?!")[:1].upper() or "N"
    if letter == "O":
        return
    held = interp.interpret_clause
    if held is not None and held[0] is f:
        info = held[1]              # Regina shows the INTERPRET clause, not the string's
    if letter in "NF":
        trace.clause(f, info)       # shares the "same line as before: no number" rule
    trace.line(interp, f"       +++ RC={rc} +++")
    if problem:
        trace.line(interp, "       +++ ", rexx_value(problem))
