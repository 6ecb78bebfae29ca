"""Routing commands to ADDRESS environments, and the built-in SYSTEM / COMMAND / PATH ones.

Every command goes through an ``Environment`` (``plugin_api``) found in the run's
``PluginRegistry``: SYSTEM runs the command with ``/bin/sh -c`` (RC = exit status), COMMAND and
PATH run the program directly (no shell). These "classic" environments leave RESULT alone, as
Regina does; plugin environments fill RESULT and the RESULT. stem from their CommandResult.

``CommandRouter.execute`` never raises for a bad environment or a failing plugin: an unknown
name or a plugin exception becomes a FAILURE result with RC -3 and a message in RESULT.error.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys

from .charset import from_bytes, to_bytes
from .plugin_api import CommandContext, CommandResult, help_text
from .plugins import PluginRegistry


def _to_bytes(text: str) -> bytes:
    return to_bytes(text)


def _status(code: int) -> int:
    """The RC of a finished process: its exit status, or -signal when it was killed."""
    return code


class _ProcessEnvironment:
    """Shared code of the environments that run a host process."""

    name = "SYSTEM"
    commands = ()
    classic = True          # RC only: RESULT and RESULT. are left alone

    def _argv(self, command: str):
        raise NotImplementedError

    def execute(self, command: str, context: CommandContext, stdin=None, capture=False):
        try:
            context.stdout.flush()
        except Exception:
            pass
        try:
            argv = self._argv(command)
        except ValueError:
            return CommandResult(rc=-3, condition="FAILURE")
        if not argv:
            return CommandResult(rc=0)
        out = None
        err = None
        if capture:
            out = subprocess.PIPE
        else:
            out = _fd_or_none(context.stdout)
            err = _fd_or_none(context.stderr)
            if out is None:
                out = subprocess.PIPE
            if err is None:
                err = subprocess.PIPE
        try:
            done = subprocess.run(argv, stdin=stdin if stdin is not None else None,
                                  input=None, stdout=out, stderr=err)
        except FileNotFoundError:
            return CommandResult(rc=-9, condition="FAILURE")   # what Regina reports
        except PermissionError:
            return CommandResult(rc=-9, condition="FAILURE")
        except OSError:
            return CommandResult(rc=-3, condition="FAILURE")
        if not capture:
            if done.stdout:
                context.stdout.write(done.stdout.decode("utf-8", "surrogateescape"))
            if done.stderr:
                context.stderr.write(done.stderr.decode("utf-8", "surrogateescape"))
        result = CommandResult(rc=_status(done.returncode))
        if capture:
            result.output = (done.stdout or b"").decode("utf-8", "surrogateescape")
        return result

    def close(self) -> None:
        pass


def _fd_or_none(stream):
    try:
        fd = stream.fileno()
    except Exception:
        return None
    return fd


class SystemEnvironment(_ProcessEnvironment):
    """ADDRESS SYSTEM: the command line goes to ``/bin/sh -c``."""

    name = "SYSTEM"

    def _argv(self, command: str):
        return [b"/bin/sh", b"-c", _to_bytes(command)]


class CommandEnvironment(_ProcessEnvironment):
    """ADDRESS COMMAND / PATH: the first word is the program, found on PATH; no shell."""

    name = "COMMAND"

    def _argv(self, command: str):
        return [_to_bytes(w) for w in shlex.split(command)]


class PathEnvironment(CommandEnvironment):
    name = "PATH"


CLASSIC_ENVIRONMENTS = {
    "SYSTEM": SystemEnvironment,
    "COMMAND": CommandEnvironment,
    "PATH": PathEnvironment,
    "SH": SystemEnvironment,
    "BASH": SystemEnvironment,
    "UNIX": SystemEnvironment,
}


class CommandRouter:
    """The environments of one program run and the sending of commands to them."""

    def __init__(self, script_path: str | None = None):
        self.registry = PluginRegistry(dict(CLASSIC_ENVIRONMENTS))
        self.script_path = script_path

    def environment(self, name: str):
        try:
            return self.registry.get(name)
        except Exception:
            return None

    def execute(self, name: str, command: str, stdout=None, stderr=None):
        """Send ``command`` to environment ``name``: (CommandResult, environment or None)."""
        env = self.environment(name)
        if env is None:
            available = ", ".join(self.registry.available())
            return CommandResult(rc=-3, condition="FAILURE", fields={
                "error": f"no ADDRESS environment named {name.upper()}; available: {available}"
            }), None
        context = CommandContext(self.script_path, stdout or sys.stdout, stderr or sys.stderr,
                                 name.upper())
        words = command.split(None, 1)
        if words and words[0].lower() == "help" and getattr(env, "commands", ()):
            topic = words[1].strip() if len(words) > 1 else ""
            return CommandResult(output=help_text(env, topic)), env
        try:
            result = env.execute(command, context)
        except Exception as exc:   # a plugin bug: FAILURE, never a traceback
            return CommandResult(rc=-3, condition="FAILURE",
                                 fields={"error": str(exc) or type(exc).__name__}), env
        if not isinstance(result, CommandResult):
            rc = result if isinstance(result, int) else 0
            result = CommandResult(rc=rc)
        return result, env

    def require(self, spec: str, script_dir: str | None) -> str:
        return self.registry.require(spec, script_dir)

    def close_all(self) -> None:
        self.registry.close_all()


def script_dir_of(path: str | None) -> str | None:
    return os.path.dirname(os.path.abspath(path)) if path else None
