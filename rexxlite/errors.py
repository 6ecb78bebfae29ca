"""Rexx errors: the exception that carries an error number, sub-number and filled message.

Every error a user sees is a ``RexxError``; the runner formats it the way Regina does
(``Error NN running "FILE", line L: main message`` and ``Error NN.M: detail``).
"""

from __future__ import annotations

from rexxlite.error_messages import MESSAGES

_PLACEHOLDER = None          # re.compile(r"<([a-z()]+)>"), made when first needed


def main_message(code: int) -> str:
    """The main text of error ``code`` ('' when Rexx defines none)."""
    return MESSAGES.get((code, 0), "")


def fill(template: str, fills: dict) -> str:
    """Replace ``<name>`` placeholders; a tuple value is consumed one item per occurrence."""
    queues = {k: (list(v) if isinstance(v, (tuple, list)) else None) for k, v in fills.items()}

    def sub(match) -> str:
        key = match.group(1)
        if key not in fills:
            return match.group(0)
        queue = queues[key]
        if queue is None:
            return str(fills[key])
        return str(queue.pop(0)) if queue else ""

    global _PLACEHOLDER
    if _PLACEHOLDER is None:
        import re
        _PLACEHOLDER = re.compile(r"<([a-z()]+)>")
    return _PLACEHOLDER.sub(sub, template)


class RexxError(Exception):
    """A Rexx error (SYNTAX condition): ``code`` 1-99, ``subcode`` 0 when there is no detail.

    ``detail`` is the filled sub-message; pass ``text=`` to give it literally instead of from
    the catalogue. ``main=`` replaces the number's main message where the catalogue's would
    mislead (rexxlite's own instructions, e.g. REQUIRE). ``line`` is set by the interpreter
    where the error was raised.
    """

    def __init__(self, code: int, subcode: int = 0, text: str | None = None,
                 main: str | None = None, **fills):
        self.code = code
        self._main = main
        self.subcode = subcode
        if text is not None:
            self.detail = text
        elif subcode:
            self.detail = fill(MESSAGES.get((code, subcode), ""), fills)
        else:
            self.detail = ""
        self.line: int | None = None
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self._main or main_message(self.code)

    @property
    def code_text(self) -> str:
        """``NN.M`` (or ``NN``) as CONDITION('C')-style descriptions and Error lines show it."""
        return f"{self.code}.{self.subcode}" if self.subcode else str(self.code)


def internal_error(exc: BaseException) -> RexxError:
    """Error 49.1 for a Python exception that escaped the interpreter (a bug of rexxlite's):
    its report names the exception and its message, as Regina's names the failing module."""
    return RexxError(49, 1, module=type(exc).__name__, linenumber=0, description=str(exc))


def cannot_compile(what: str) -> RexxError:
    """Error 49.1 for a tree the compiler has no rule for (a bug of rexxlite's), naming it."""
    return RexxError(49, 1, module="the compiler", linenumber=0,
                     description=f"cannot compile {what}")


class RexxExit(Exception):
    """Raised to end the program (EXIT, or an untrapped error after it was reported)."""

    def __init__(self, status: int, result: str | None = None):
        self.status = status
        self.result = result
        super().__init__(status)
