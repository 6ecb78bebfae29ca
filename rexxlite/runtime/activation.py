"""One activation (the main program or a called routine): the state a clause runs in.

Compiled closures take the activation (``f``) as their only argument. It holds the variable
pool, the NUMERIC settings (with the integer limits the fast arithmetic paths check), the
condition traps, the ADDRESS environments, the arguments and the clause being run (``cl``,
a ``ClauseInfo``: line and source text, used for SIGL, errors and TRACE). It is also the
``ctx`` handed to built-in functions (``digits``, ``fuzz``, ``form``, ``streams``,
``raise_condition``, ``interpreter``).
"""

from __future__ import annotations

try:            # (the C module: ``operator`` itself is a start-up cost)
    from _operator import attrgetter
except ImportError:             # not CPython
    from operator import attrgetter

from rexxlite.numbers.ten_powers import ten_power


class ClauseInfo:
    """Where a clause is: its line (and its text, ``sigl``, the value SIGL is given by a
    CALL from here), the AST node and the code (for its source text)."""
    __slots__ = ("line", "sigl", "node", "code", "ordinal", "_text")

    def __init__(self, line: int, node, code, ordinal: int | None = None):
        self.line = line
        self.sigl = str(line)
        self.ordinal = ordinal
        self.node = node
        self.code = code
        self._text = None

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = self.code.clause_text(self)
        return self._text


class LineEnd:
    """Stands for a WHEN / OTHERWISE as the node of a ClauseInfo: its text runs to the ';' or
    the line end (``Code.clause_text``)."""
    __slots__ = ()
    to_line_end = True


class Trap:
    """An enabled condition trap: ``kind`` 'SIGNAL' or 'CALL', and the label to go to."""
    __slots__ = ("kind", "label")

    def __init__(self, kind: str, label: str):
        self.kind = kind
        self.label = label


_new_frame = object.__new__
_new_settings = object.__new__


class Settings:
    """The settings a routine inherits from its caller and seldom changes: NUMERIC FUZZ, the
    conditions delayed (a CALL ON handler running), the ADDRESS environments, CONDITION()'s
    information, the TRACE setting, the elapsed-time timer, PARSE SOURCE's (call type, file)
    of an external routine, the OPTIONS in force. A call shares its caller's object (one field
    copied instead of ten); a change copies it first (``Frame.own_settings``)."""
    __slots__ = ("fuzz", "delayed", "env", "env_prev", "cond", "trace", "elapsed_start",
                 "source", "strict_ansi", "strict_white_space")

    def copy(self) -> "Settings":
        new = _new_settings(Settings)
        for name in Settings.__slots__:
            setattr(new, name, getattr(self, name))
        return new


def _setting(name: str) -> property:
    """``Frame.<name>``: read from the frame's settings, written to its own copy of them."""
    def write(frame, value):
        setattr(frame.own_settings(), name, value)
    return property(attrgetter("settings." + name), write)


class Frame:
    __slots__ = (
        "interp", "vars", "has_refs", "cl", "digits", "form", "lim", "clim", "traps", "args",
        "calltype", "depth", "loops", "proc_ok", "code", "parent", "name", "tracing",
        "settings", "inherited",
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
        settings = self.settings = _new_settings(Settings)
        self.inherited = False
        settings.fuzz = 0
        settings.delayed = frozenset()
        settings.env = "SYSTEM"
        settings.env_prev = "SYSTEM"
        settings.cond = None
        settings.trace = "N"
        settings.elapsed_start = None   # TIME('E') / TIME('R') timer (``clock``)
        settings.source = None          # (calltype, file) for PARSE SOURCE; None: the program's
        settings.strict_ansi = False    # OPTIONS STRICT_ANSI: Regina's extensions refused
        settings.strict_white_space = False     # OPTIONS STRICT_WHITE_SPACE_COMPARISONS
        self.set_numeric(9, 0, "SCIENTIFIC")
        self.traps = {}
        self.depth = 0
        self.tracing = 0            # trace.LEVELS of ``trace``: 0 = no per-clause trace

    fuzz = _setting("fuzz")
    delayed = _setting("delayed")           # a frozenset
    env = _setting("env")
    env_prev = _setting("env_prev")
    cond = _setting("cond")
    trace = _setting("trace")
    elapsed_start = _setting("elapsed_start")
    source = _setting("source")
    strict_ansi = _setting("strict_ansi")
    strict_white_space = _setting("strict_white_space")

    def call(self, code, args: list, calltype: str, name) -> "Frame":
        """The activation of routine ``name`` (None: a condition handler) called from this
        one with ``args``: it takes the caller's variables (until a PROCEDURE), NUMERIC
        settings, traps and the other ``Settings`` (shared until it changes one). Made in one
        step, without ``__init__`` (a Rexx call costs one of these)."""
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
        new.form = self.form
        new.lim = self.lim
        new.clim = self.clim
        new.traps = self.traps
        new.settings = self.settings
        new.inherited = True
        new.depth = self.depth + self.loops + 1
        new.tracing = self.tracing
        return new

    def own_traps(self) -> dict:
        """``traps``, to be changed: a routine inherits its caller's traps (shared, as a
        call that changes none is the common case) and copies them on its first change."""
        if self.inherited:
            self._own()
        return self.traps

    def own_settings(self) -> Settings:
        """``settings``, to be changed (copied first when they are the caller's)."""
        if self.inherited:
            self._own()
        return self.settings

    def _own(self) -> None:
        """The caller's traps and settings copied, to be this routine's own."""
        self.traps = dict(self.traps)
        self.settings = self.settings.copy()
        self.inherited = False

    def set_numeric(self, digits: int, fuzz: int, form: str) -> None:
        self.digits = digits
        if fuzz != self.settings.fuzz:
            self.own_settings().fuzz = fuzz
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
