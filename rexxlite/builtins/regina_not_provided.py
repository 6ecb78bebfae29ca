"""Regina's extension built-ins that rexxlite does not provide, and why. A call of one of
these names that finds no internal routine and no external program is Error 43 whose message
says so (``routine_not_found``), instead of the plain "Could not find routine".

They are not registered as built-ins, so an external program of the same name (``trim.rexx``
beside the caller) is still found first, as it would be for any unknown name.
"""

from __future__ import annotations

from rexxlite.errors import RexxError

_AREXX = "an ARexx function, in Regina only under OPTIONS AREXX_BIFS"

#: name -> why rexxlite does not provide it
NOT_PROVIDED: dict[str, str] = {
    "FORK": "it would duplicate the interpreter process with its plugins and their "
            "connections; run a command or another program instead",
    "POPEN": "it runs its argument through a shell; use ADDRESS SYSTEM cmd WITH OUTPUT STEM",
    "RXQUEUE": "rexxlite has no external (rxstack) queues; WITH OUTPUT FIFO/LIFO names a "
               "queue of the program",
    "OPEN": "use STREAM(name, 'C', 'OPEN READ') or 'OPEN WRITE'",
    "CLOSE": "use STREAM(name, 'C', 'CLOSE')",
    "EOF": "use LINES(name) or CHARS(name)",
    "RXFUNCDEFINE": "rexxlite has no generic call interface (GCI)",
    "GCIPREFIXCHAR": "rexxlite has no generic call interface (GCI)",
}
for _name in ("B2C", "BITCHG", "BITCLR", "BITCOMP", "BITSET", "BITTST", "C2B", "COMPRESS",
              "EXISTS", "EXPORT", "FREESPACE", "GETSPACE", "HASH", "IMPORT", "RANDU", "READCH",
              "READLN", "SEEK", "SHOW", "STORAGE", "TRIM", "WRITECH", "WRITELN"):
    NOT_PROVIDED[_name] = _AREXX


def routine_not_found(name: str) -> RexxError:
    """Error 43.1 for ``name``, saying why when it is a Regina extension left out."""
    reason = NOT_PROVIDED.get(name.upper())
    if reason is None:
        return RexxError(43, 1, name=name)
    return RexxError(43, 1, text=f'Could not find routine "{name}": {name.upper()} is a '
                                 f'Regina extension that rexxlite does not provide ({reason})')
