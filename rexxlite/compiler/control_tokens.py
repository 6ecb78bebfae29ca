"""The control tokens a clause function returns: ``Leave`` / ``Iterate`` (caught by the
matching DO loop) and ``Return`` (caught by the routine runner); None means "go on"."""

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
