"""The table of built-in functions and the decorator that fills it, with argument checking.

A built-in is ``fn(ctx, *args) -> str`` where each arg is a ``str`` or ``None`` (omitted).
``ctx`` is the running activation (see ``BuiltinContext``). Argument-count errors (40.3,
40.4, 40.5) are raised here, before the function runs, so functions only check types.

The table fills itself: ``HOMES`` says which module of ``rexxlite.builtins`` registers each
name, and the first lookup of a name imports its module (a program that calls no stream
function never imports the stream I/O). Iterating or counting the table imports them all.
``tests/test_builtin_homes.py`` checks ``HOMES`` against what the modules register.
"""

from __future__ import annotations


from rexxlite.errors import RexxError


class BuiltinContext:
    """What a built-in may use of the running program (the frame it is called in; a
    description for readers, no base class: ``typing`` is a cost no run needs)."""

    digits: int          # NUMERIC DIGITS
    fuzz: int            # NUMERIC FUZZ
    form: str            # 'SCIENTIFIC' or 'ENGINEERING'
    strict_ansi: bool    # OPTIONS STRICT_ANSI (read only for Regina's extensions)
    traps: dict          # the conditions trapped (name -> trap)


class Builtin:
    """A registered built-in: ``call`` checks the argument count, then runs ``fn``. (A plain
    class: importing ``dataclasses`` for it was a tenth of a cached script's start-up.)"""
    __slots__ = ("name", "fn", "min_args", "max_args", "required", "extension")

    def __init__(self, name: str, fn: "Callable[..., str]", min_args: int, max_args: int,
                 required: tuple[int, ...] = (), extension: bool = False):
        self.name = name
        self.fn = fn
        self.min_args = min_args
        self.max_args = max_args          # -1: no maximum
        self.required = required          # 1-based positions that may not be omitted
        self.extension = extension        # a Regina extension: Error 90.1 under STRICT_ANSI

    def call(self, ctx, args: list) -> str:
        if self.extension and ctx.strict_ansi:
            raise RexxError(90, 1, bif=self.name)
        n = len(args)
        if n < self.min_args:
            raise RexxError(40, 3, bif=self.name, argnumber=self.min_args)
        if self.max_args >= 0 and n > self.max_args:
            raise RexxError(40, 4, bif=self.name, argnumber=self.max_args)
        if None in args:    # one C-level scan; the loops below only when something is omitted
            self._check_omitted(args, n)
        return self.fn(ctx, *args)

    def _check_omitted(self, args: list, n: int) -> None:
        """Error 40 when an omitted argument is one that may not be omitted."""
        for pos in range(1, min(n, self.min_args) + 1):
            if args[pos - 1] is None:  # Regina counts an omitted required argument as missing
                raise RexxError(40, 3, bif=self.name, argnumber=self.min_args)
        for pos in self.required:
            if pos <= n and args[pos - 1] is None:
                raise RexxError(40, 5, bif=self.name, argnumber=pos)


#: module of rexxlite.builtins -> the built-ins it registers
_MODULE_NAMES = {
    "checkpoint": "CHECKPOINT",
    "conversion": "B2X BITAND BITOR BITXOR C2X DATATYPE ERRORTEXT X2B X2C",
    "datetime_bifs": "DATE TIME",
    "numeric": "ABS C2D D2C D2X DIGITS FORM FORMAT FUZZ MAX MIN SIGN TRUNC X2D",
    "program": "ADDRESS ARG CONDITION QUEUED SOURCELINE SYMBOL TRACE VALUE",
    "random_bifs": "RANDOM",
    "regina_buffers": "BUFTYPE DESBUF DROPBUF MAKEBUF",
    "regina_program": "GETCALLSTACK POOLID RXFUNCADD RXFUNCDROP RXFUNCERRMSG RXFUNCQUERY",
    "regina_strings": "FIND INDEX JUSTIFY LOWER UPPER",
    "regina_system": "BEEP CD CHDIR CRYPT DIRECTORY FILESPEC GETPID GETTID PUTENV QUALIFY SLEEP "
                     "STATE UNAME UNIXERROR",
    "stream_bifs": "CHARIN CHAROUT CHARS LINEIN LINEOUT LINES STREAM",
    "strings": "ABBREV CENTER CENTRE CHANGESTR COMPARE COPIES COUNTSTR DELSTR INSERT LASTPOS "
               "LEFT LENGTH OVERLAY POS REVERSE RIGHT SPACE STRIP SUBSTR TRANSLATE VERIFY XRANGE",
    "system_bifs": "USERID",
    "words": "DELWORD SUBWORD WORD WORDINDEX WORDLENGTH WORDPOS WORDS",
}

#: built-in name -> the module of rexxlite.builtins that registers it
HOMES: dict[str, str] = {name: module for module, names in _MODULE_NAMES.items()
                         for name in names.split()}


class Registry(dict):
    """name -> ``Builtin``, importing a name's module (``HOMES``) when it is first looked up."""

    def __missing__(self, name):
        module = HOMES.get(name)
        if module is None:
            raise KeyError(name)
        __import__(f"rexxlite.builtins.{module}")   # (not importlib: a start-up cost)
        return dict.__getitem__(self, name)

    def get(self, name, default=None):
        try:
            return self[name]
        except KeyError:
            return default

    def __contains__(self, name) -> bool:
        return dict.__contains__(self, name) or name in HOMES

    def load_all(self) -> None:
        """Import every module of ``HOMES`` (their registrations happen)."""
        for module in sorted(set(HOMES.values())):
            __import__(f"rexxlite.builtins.{module}")

    def __iter__(self):
        self.load_all()
        return dict.__iter__(self)

    def __len__(self) -> int:
        self.load_all()
        return dict.__len__(self)

    def keys(self):
        self.load_all()
        return dict.keys(self)

    def values(self):
        self.load_all()
        return dict.values(self)

    def items(self):
        self.load_all()
        return dict.items(self)


REGISTRY: Registry = Registry()


def refused_first(name: str, call: Callable):
    """``call`` (a closure of the running frame ``f``) for a call of ``name``; when ``name`` is
    one of Regina's extension built-ins, preceded by the STRICT_ANSI check: Regina raises
    Error 90.1 before it evaluates (and traces) the arguments."""
    b = REGISTRY.get(name)
    if b is None or not b.extension:
        return call

    def refused(f, *rest):
        if f.strict_ansi:
            raise RexxError(90, 1, bif=name)
        return call(f, *rest)
    return refused


def builtin(name: str, min_args: int = 0, max_args: int = -1, required: tuple[int, ...] = (),
            extension: bool = False):
    """Register ``fn`` as built-in ``name`` (upper case) taking min..max arguments;
    ``extension``: one of Regina's extensions, refused under OPTIONS STRICT_ANSI."""

    def register(fn):
        REGISTRY[name.upper()] = Builtin(name.upper(), fn, min_args, max_args, required,
                                         extension)
        return fn

    return register
