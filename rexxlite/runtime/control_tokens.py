"""The control tokens a clause function returns: ``Leave`` / ``Iterate`` (caught by the
matching DO loop) and ``Return`` (caught by the routine runner); None means "go on". And the
exception of SIGNAL (``SignalJump``), which unwinds every active loop.

They live in the run-time layer: compiled code makes them and the interpreter catches them,
so a program run from its unit image has them without importing the compiler."""

from __future__ import annotations


class Leave:
    __slots__ = ("name",)

    def __init__(self, name):
        self.name = name


class Iterate:
    __slots__ = ("name",)

    def __init__(self, name):
        self.name = name


class Return:
    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value


class GoOn:
    """A generated run of clauses ended: the routine runner goes on at clause ``index``."""
    __slots__ = ("index",)

    def __init__(self, index: int):
        self.index = index


class SignalJump(Exception):
    """SIGNAL (or a condition trapped by SIGNAL ON): go to ``label``; SIGL = ``line``."""

    def __init__(self, label: str, line: int):
        super().__init__(label)
        self.label = label
        self.line = line


class SignalInstruction(SignalJump):
    """A SIGNAL instruction (inside INTERPRET Regina treats it specially, see c_Interpret)."""


FELL_OFF = object()      # run_routine's result when the code ran off its end (INTERPRET)
