"""External routines: CALL or a function call of another Rexx program.

A name that is neither an internal label nor a built-in is looked for as a file: beside the
calling program, in the current directory, then in each directory of ``REXX_PATH`` (separated
by ``os.pathsep``), as ``name``, ``name.rexx`` and ``name.rex`` (the name as written, then in
lower case, since ``call helper`` arrives as ``HELPER``). A name with a ``/`` is a path
(relative ones from the same places). Nothing found: Error 43 (rexxlite never runs an unknown
routine as a shell command, unlike Regina; see docs/deviations.md).

The program runs in an activation of its own: its own variables, NUMERIC settings and traps,
``ARG()`` from the call, the caller's ADDRESS environments and elapsed-time timer, PARSE SOURCE
``UNIX SUBROUTINE|FUNCTION /its/path``. RETURN or EXIT with a value is the result. Each file is
read, parsed and compiled once per run. As in Regina, an error inside the external program is
reported (its traceback, the calling clause, ``+++ RC=n +++``) and the call then returns no
value with RC set to the error number: a CALL goes on, a function call is Error 44. Error 5
(a runaway recursion, a program calling itself as an external routine with no end; Regina
crashes) is not caught there: it ends the program with one report, not one per level.
"""

from __future__ import annotations

import os

from rexxlite.runtime.activation import Frame
from rexxlite.charset import from_bytes
from rexxlite.runtime.code import Code
from rexxlite.errors import RexxError, RexxExit
from rexxlite.runtime.variables import set_simple

EXTENSIONS = ("", ".rexx", ".rex")


def search_dirs(interp, f) -> list[str]:
    dirs = []
    caller = f.code.name if f.code is not None else None
    if caller and os.path.isabs(caller):
        dirs.append(os.path.dirname(caller))
    dirs.append(os.getcwd())
    for entry in os.environ.get("REXX_PATH", "").split(os.pathsep):
        if entry:
            dirs.append(os.path.abspath(entry))
    unique = []
    for d in dirs:
        if d not in unique:
            unique.append(d)
    return unique


def find(interp, f, name: str) -> str | None:
    """The absolute path of the program for routine ``name``, or None."""
    bases = [name] if name == name.lower() else [name, name.lower()]
    if os.path.isabs(name):
        places = [""]
    else:
        places = search_dirs(interp, f)
    for d in places:
        for base in bases:
            for ext in EXTENSIONS:
                path = os.path.join(d, base + ext) if d else base + ext
                if os.path.isfile(path):
                    return os.path.abspath(path)
    return None


def load(interp, path: str) -> Code:
    """The compiled program in ``path`` (parsed once per run)."""
    cache = interp.__dict__.setdefault("_externals", {})
    code = cache.get(path)
    if code is None:
        try:
            with open(path, "rb") as handle:
                source = from_bytes(handle.read())
        except OSError:
            raise RexxError(3, 1) from None
        program = interp.parse(source, path, from_file=True)
        code = Code(path, program.source_lines)
        interp.program_compiler(program, code).compile_body(program.body)
        cache[path] = code
    return code


def call_external(interp, f, name: str, args: list, calltype: str):
    path = find(interp, f, name)
    if path is None:
        from rexxlite.builtins.regina_not_provided import routine_not_found
        raise routine_not_found(name)
    # (Regina leaves the caller's SIGL alone on a call of an external routine)
    try:
        code = load(interp, path)
    except RexxError as error:
        return _failed(interp, f, error, path)
    new = Frame(interp, code)
    new.args = list(args)
    new.calltype = calltype
    new.name = name
    new.source = (calltype, path)
    new.depth = f.depth + f.loops + 1
    new.env, new.env_prev = f.env, f.env_prev
    new.elapsed_start = f.elapsed_start
    interp.call_depth += 1
    try:
        return interp.run_routine(new, 0)
    except RexxExit as stop:
        return stop.result
    except RexxError as error:
        if error.code == 5:         # resources exhausted: no level can go on
            if not getattr(error, "rexx_source", None):
                error.rexx_source = path
            raise
        return _failed(interp, f, error, path)
    finally:
        interp.call_depth -= 1


def _failed(interp, f, error: RexxError, path: str):
    """Regina's way with an error in an external routine: report it, RC = its number, and
    the call returns no value."""
    tb = list(getattr(error, "rexx_tb", None) or [])
    if f.cl is not None:
        tb.append((f.cl.line, f.cl, f.depth + f.loops))
    if not getattr(error, "rexx_source", None):
        error.rexx_source = path
    interp.report_error(error, tb)
    interp.stderr.write(f"       +++ RC={error.code} +++\n")
    set_simple(f.vars, "RC", str(error.code))
    return None
