"""CHECKPOINT(name [, param]...): report progress from a Rexx program to whoever runs it.

Prints one line ``CHECKPOINT name k=v ...`` on the program's standard output and flushes it, so
that a host running the program in a container (``ADDRESS PROXMOX "execute_rexx ..."``) sees it
at once: it streams such lines as progress and returns them as RESULT.CHECKPOINTS.n.NAME,
.PARAMS (the text after the name) and .VALUES.KEY. Each param is ``key=value`` or a bare word;
a value holding blanks or quotes is written in double quotes (a quote inside doubled).
Returns the empty string.
"""

from __future__ import annotations

import sys

from rexxlite.builtins.registry import builtin


def _quote(text: str) -> str:
    if text and not any(c in text for c in " \t\"'"):
        return text
    return '"' + text.replace('"', '""') + '"'


def format_checkpoint(name: str, params: list[str]) -> str:
    words = [_quote(name)]
    for param in params:
        key, sep, value = param.partition("=")
        if sep and key and not any(c in key for c in " \t\"'"):
            words.append(f"{key}={_quote(value)}")
        else:
            words.append(_quote(param))
    return "CHECKPOINT " + " ".join(words)


@builtin("CHECKPOINT", 1, -1, required=(1,))
def checkpoint_(ctx, name, *params):
    line = format_checkpoint(name, [p for p in params if p is not None])
    interpreter = getattr(ctx, "interpreter", None)
    out = getattr(interpreter, "stdout", None) or sys.stdout
    out.write(line + "\n")
    out.flush()
    return ""
