"""The ADDRESS plugin API: what an environment is, what it is given and what a command returns.

An environment is any object with a ``name``, a ``commands`` description and an ``execute``
method; ``close`` runs once when the program ends (also after errors and Ctrl-C). Plugins are
found through the entry-point group ``rexxlite.addresses`` (value: a zero-argument callable,
usually the class, that returns the environment), the built-ins in ``addresses/``, and
``REQUIRE "file.py"`` (a module defining ``create_environment()`` or ``ENVIRONMENT``).

After a command the interpreter sets RC to ``rc``, RESULT to ``output``, drops the stem
``RESULT.`` and refills it from ``fields`` (tails upper-cased; lists as ``.0`` count and ``.1``
..; dicts as further tail parts; booleans as 1/0). ``condition`` ERROR or FAILURE is raised
when ``rc`` is non-zero (default: ERROR).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol, Sequence, TextIO, runtime_checkable


@dataclass
class CommandResult:
    rc: int = 0
    condition: str | None = None      # None, "ERROR" or "FAILURE"; None with rc != 0 means ERROR
    output: str | None = None         # the value RESULT gets (None: RESULT is dropped)
    fields: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Param:
    name: str
    help: str = ""
    required: bool = False


@dataclass(frozen=True)
class CommandSpec:
    name: str
    help: str
    params: tuple[Param, ...] = ()


@dataclass
class CommandContext:
    """What an environment may use of the calling program."""

    script_path: str | None           # the running program's file, None for -e / stdin / REPL
    stdout: TextIO
    stderr: TextIO
    environment: str                  # the name the command was addressed to (upper case)


@runtime_checkable
class Environment(Protocol):
    name: str                                  # upper-case ADDRESS name, e.g. "PROXMOX"
    commands: Sequence[CommandSpec]            # for help and REPL completion

    def execute(self, command: str, context: CommandContext) -> CommandResult: ...

    def close(self) -> None: ...
