"""The table of built-in functions and the decorator that fills it, with argument checking.

A built-in is ``fn(ctx, *args) -> str`` where each arg is a ``str`` or ``None`` (omitted).
``ctx`` is the running activation (see ``BuiltinContext``). Argument-count errors (40.3,
40.4, 40.5) are raised here, before the function runs, so functions only check types.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Protocol

from rexxlite.errors import RexxError


class BuiltinContext(Protocol):
    """What a built-in may use of the running program."""

    digits: int          # NUMERIC DIGITS
    fuzz: int            # NUMERIC FUZZ
    form: str            # 'SCIENTIFIC' or 'ENGINEERING'
    strict_ansi: bool    # OPTIONS STRICT_ANSI (read only for Regina's extensions)
    traps: dict          # the conditions trapped (name -> trap)


@dataclass(frozen=True)
class Builtin:
    name: str
    fn: Callable[..., str]
    min_args: int
    max_args: int          # -1: no maximum
    required: tuple[int, ...] = ()   # 1-based positions that may not be omitted
    extension: bool = False          # a Regina extension: Error 90.1 under OPTIONS STRICT_ANSI

    def call(self, ctx, args: list) -> str:
        if self.extension and ctx.strict_ansi:
            raise RexxError(90, 1, bif=self.name)
        n = len(args)
        if n < self.min_args:
            raise RexxError(40, 3, bif=self.name, argnumber=self.min_args)
        if self.max_args >= 0 and n > self.max_args:
            raise RexxError(40, 4, bif=self.name, argnumber=self.max_args)
        for pos in range(1, min(n, self.min_args) + 1):
            if args[pos - 1] is None:  # Regina counts an omitted required argument as missing
                raise RexxError(40, 3, bif=self.name, argnumber=self.min_args)
        for pos in self.required:
            if pos <= n and args[pos - 1] is None:
                raise RexxError(40, 5, bif=self.name, argnumber=pos)
        return self.fn(ctx, *args)


REGISTRY: dict[str, Builtin] = {}


def builtin(name: str, min_args: int = 0, max_args: int = -1, required: tuple[int, ...] = (),
            extension: bool = False):
    """Register ``fn`` as built-in ``name`` (upper case) taking min..max arguments;
    ``extension``: one of Regina's extensions, refused under OPTIONS STRICT_ANSI."""

    def register(fn):
        REGISTRY[name.upper()] = Builtin(name.upper(), fn, min_args, max_args, required,
                                         extension)
        return fn

    return register
