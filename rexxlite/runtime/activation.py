"""One activation (the main program or a called routine): the state a clause runs in.

Compiled closures take the activation (``f``) as their only argument. It holds the variable
pool, the NUMERIC settings (with the integer limits the fast arithmetic paths check), the
condition traps, the ADDRESS environments, the arguments and the clause being run (``cl``,
a ``ClauseInfo``: line and source text, used for SIGL, errors and TRACE). It is also the
``ctx`` handed to built-in functions (``digits``, ``fuzz``, ``form``, ``streams``,
``raise_condition``, ``interpreter``).
"""

from __future__ import annotations

from rexxlite.numbers.ten_powers import ten_power


class ClauseInfo:
    """Where a clause is: its line, the AST node and the code (for its source text)."""
    __slots__ = ("line", "node", "code", "ordinal", "_text")

    def __init__(self, line: int, node, code, ordinal: int | None = None):
        self.line = line
        self.ordinal = ordinal
        self.node = node
        self.code = code
        self._text = None

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = self.code.clause_text(self)
        return self._text


class Trap:
    """An enabled condition trap: ``kind`` 'SIGNAL' or 'CALL', and the label to go to."""
    __slots__ = ("kind", "label")

    def __init__(self, kind: str, label: str):
        self.kind = kind
        self.label = label


_new_frame = object.__new__


class Frame:
    __slots__ = (
        "interp", "vars", "has_refs", "cl", "digits", "fuzz", "form", "lim", "clim",
        "traps", "delayed", "env", "env_prev", "args", "calltype", "depth", "loops",
        "cond", "proc_ok", "code", "trace", "parent", "name", "tracing", "elapsed_start",
        "source", "strict_ansi", "strict_white_space", "traps_shared",
    )

    def __init__(self, interp, code):
        """The main program's activation (a called routine's is made by ``call``)."""
        self.interp = interp
        self.code = code
        self.parent = None
        self.cl = None
        self.loops = 0
        self.args: list = []
        self.calltype = "COMMAND"
        self.proc_ok = False
        self.name = None
        self.vars = {}
        self.has_refs = False
        self.set_numeric(9, 0, "SCIENTIFIC")
        self.traps = {}
        self.traps_shared = False
        self.delayed = frozenset()
        self.env = "SYSTEM"
        self.env_prev = "SYSTEM"
        self.depth = 0
        self.cond = None
        self.trace = "N"
        self.tracing = 0            # trace.LEVELS of ``trace``: 0 = no per-clause trace
        self.elapsed_start = None   # TIME('E') / TIME('R') timer (``clock``)
        self.source = None          # (calltype, file) for PARSE SOURCE; None: the program's
        self.strict_ansi = False    # OPTIONS STRICT_ANSI: Regina's extensions refused
        self.strict_white_space = False     # OPTIONS STRICT_WHITE_SPACE_COMPARISONS

    def call(self, code, args: list, calltype: str, name) -> "Frame":
        """The activation of routine ``name`` (None: a condition handler) called from this
        one with ``args``: it takes the caller's variables (until a PROCEDURE), NUMERIC
        settings, traps, ADDRESS, TRACE, elapsed-time timer and OPTIONS. Made in one step,
        without ``__init__`` (a Rexx call costs one of these)."""
        new = _new_frame(Frame)
        new.interp = self.interp
        new.code = code
        new.parent = self
        new.cl = None
        new.loops = 0
        new.args = args
        new.calltype = calltype
        new.proc_ok = True
        new.name = name
        new.vars = self.vars
        new.has_refs = self.has_refs
        new.digits = self.digits
        new.fuzz = self.fuzz
        new.form = self.form
        new.lim = self.lim
        new.clim = self.clim
        new.traps = self.traps          # shared until the routine changes a trap
        new.traps_shared = True
        new.delayed = self.delayed      # a frozenset
        new.env = self.env
        new.env_prev = self.env_prev
        new.depth = self.depth + self.loops + 1
        new.cond = self.cond
        new.trace = self.trace
        new.tracing = self.tracing
        new.elapsed_start = self.elapsed_start
        new.source = self.source
        new.strict_ansi = self.strict_ansi
        new.strict_white_space = self.strict_white_space
        return new

    def own_traps(self) -> dict:
        """``traps``, to be changed: a routine inherits its caller's traps (shared, as a
        call that changes none is the common case) and copies them on its first change."""
        if self.traps_shared:
            self.traps = dict(self.traps)
            self.traps_shared = False
        return self.traps

    def set_numeric(self, digits: int, fuzz: int, form: str) -> None:
        self.digits = digits
        self.fuzz = fuzz
        self.form = form
        self.lim = ten_power(digits)
        self.clim = ten_power(digits - fuzz)

    # -- the built-in function context ---------------------------------------------------
    @property
    def interpreter(self):
        return self.interp

    @property
    def streams(self):
        return self.interp.streams

    def raise_condition(self, name: str, description: str = "") -> None:
        self.interp.raise_condition(self, name.upper(), description)

    @property
    def line(self) -> int:
        return self.cl.line if self.cl is not None else 0
