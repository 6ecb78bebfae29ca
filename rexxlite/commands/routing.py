"""Routing commands to ADDRESS environments, and the built-in SYSTEM / COMMAND / PATH ones.

Every command goes through an ``Environment`` (``plugin_api``) found in the run's
``PluginRegistry``. The "classic" environments run a host process and leave RESULT alone, as
Regina does; plugin environments fill RESULT and the RESULT. stem from their CommandResult.

- SYSTEM (also ENVIRONMENT and OS2ENVIRONMENT, Regina's other names for it) runs the command
  with ``/bin/sh -c``; RC is the exit status (``exit 300`` gives 44), so a missing program is
  the shell's RC 127 and ERROR.
- COMMAND and PATH (also CMD) run the program directly from PATH, no shell: words split at
  blanks, ' and " group, a backslash takes the next character as it is (Regina's rules). A
  program that cannot be run is RC -9 and FAILURE; an empty command RC -11 (what Regina's
  child reports).
- A program killed by a signal gives minus the signal number under COMMAND / PATH, and always
  -9 under SYSTEM (Regina's report of a shell that died); a negative RC is a FAILURE.
- A command ends at its first NUL character (``'echo a' || '00'x || 'b'`` runs ``echo a``),
  as Regina's does, whose commands are C strings.
- REGINA runs a Rexx program (the command's first word) with this interpreter, the rest of
  the command as its argument.
- A COMMAND program that is an executable file but no binary (a script without ``#!``) is run
  by ``/bin/sh``, as ``execvp`` does for Regina.

A classic environment follows its ``CommandContext``: ``input_lines`` (None: the program's
stdin) become the process's stdin; a ``stdout`` / ``stderr`` with a file descriptor is handed
to the process, any other (a capture buffer of WITH OUTPUT / ERROR) gets the decoded text;
``stderr is stdout`` sends both through one pipe.

``CommandRouter.execute`` never raises for a bad environment or a failing plugin: an unknown
name or a plugin exception becomes a FAILURE result with RC -3 and a message in RESULT.error
(``RoutedResult.problem`` holds it for the failed-command trace).
"""

from __future__ import annotations

import errno
import os
import sys

from rexxlite.charset import from_bytes, host_text, to_bytes
from rexxlite.commands.plugin_text import RexxTextWriter, plugin_lines
from rexxlite.commands.plugin_api import CommandContext, CommandResult, CommandSyntaxError, help_text
from rexxlite.commands.plugins import PluginRegistry
from rexxlite.commands.redirection import to_input_bytes
from rexxlite.commands.secret_masking import SecretMasker, secret_keys
from rexxlite.runtime.terminal_interrupt import await_interrupt


def is_plugin(environment) -> bool:
    """True for a plugin environment, whose commands set RESULT and RESULT.; False for a
    classic one (SYSTEM, COMMAND, PATH), whose commands set RC only."""
    return not getattr(environment, "classic", False)


class _ProcessEnvironment:
    """Shared code of the environments that run a host process."""

    name = "SYSTEM"
    commands = ()
    classic = True          # RC only: RESULT and RESULT. are left alone
    executable: bytes | None = None       # the file to run (None: argv[0] found on PATH)

    def _argv(self, command: str) -> list[bytes]:
        raise NotImplementedError

    def execute(self, command: str, context: CommandContext) -> CommandResult:
        from rexxlite.commands import host_process   # here: most programs run no command
        argv = self._argv(command.partition("\0")[0])    # ends at a NUL, as Regina's C text
        if not argv:
            return CommandResult(rc=-11, condition="FAILURE")
        lines = getattr(context, "input_lines", None)
        data = None if lines is None else to_input_bytes(lines)
        out = _fd_or(context.stdout, host_process.CAPTURE)
        err = (host_process.SAME_AS_STDOUT if context.stderr is context.stdout
               else _fd_or(context.stderr, host_process.CAPTURE))
        try:
            try:
                status, got_out, got_err = host_process.run(argv, self.executable, data, out,
                                                             err)
            except OSError as exc:
                if exc.errno != errno.ENOEXEC:
                    raise
                status, got_out, got_err = host_process.run(
                    [b"/bin/sh", _program_path(argv[0]), *argv[1:]], b"/bin/sh", data, out, err)
        except (OSError, ValueError):    # cannot be run: -9, as Regina
            return CommandResult(rc=-9, condition="FAILURE")
        await_interrupt(status)          # a Ctrl-C at the terminal is HALT, not RC -9
        if got_out:
            context.stdout.write(from_bytes(got_out))
        if got_err:
            context.stderr.write(from_bytes(got_err))
        rc = self._rc(status)
        return CommandResult(rc=rc, condition="FAILURE" if rc < 0 else None)

    def _rc(self, status: int) -> int:
        return status

    def close(self) -> None:
        pass


def _program_path(name: bytes) -> bytes:
    """Where execvp found ``name``: itself when it has a slash, else the PATH entry."""
    if b"/" in name:
        return name
    import shutil                   # (fnmatch, re: only for a script without #!)
    found = shutil.which(os.fsdecode(name))
    return os.fsencode(found) if found else name


def _fd_or(stream, otherwise: int) -> int:
    """The file descriptor to hand a process for ``stream`` (flushed first), or
    ``otherwise`` (a stream without one: a capture buffer)."""
    try:
        fd = stream.fileno()
    except Exception:
        return otherwise
    try:
        stream.flush()
    except Exception:
        pass
    return fd


class SystemEnvironment(_ProcessEnvironment):
    """ADDRESS SYSTEM: the command line goes to ``/bin/sh -c`` (the shell is named ``sh``, so
    its messages read ``sh: 1: ...`` as under Regina)."""

    name = "SYSTEM"
    executable = b"/bin/sh"

    def _argv(self, command: str) -> list[bytes]:
        return [b"sh", b"-c", to_bytes(command)]

    def _rc(self, status: int) -> int:
        return -9 if status < 0 else status


class CommandEnvironment(_ProcessEnvironment):
    """ADDRESS COMMAND / PATH / CMD: the first word is the program, found on PATH; no shell."""

    name = "COMMAND"

    def _argv(self, command: str) -> list[bytes]:
        return [to_bytes(word) for word in split_command_words(command)]


class ReginaEnvironment(CommandEnvironment):
    """ADDRESS REGINA: the first word names a Rexx program, run by this interpreter (a new
    ``python -m rexxlite`` process, no shell) with the rest of the command as its argument,
    as Regina runs one under its REGINA environment."""

    name = "REGINA"

    def _argv(self, command: str) -> list[bytes]:
        program, _, rest = command.strip(" \t").partition(" ")
        if not program:
            return []
        argv = [os.fsencode(sys.executable), b"-m", b"rexxlite", b"--", to_bytes(program)]
        rest = rest.strip(" \t")
        return argv + [to_bytes(rest)] if rest else argv


def split_command_words(text: str) -> list[str]:
    """Words as Regina's COMMAND environment splits them: blanks (and tabs) separate, ' and "
    group (an unmatched quote runs to the end), a backslash takes the next character
    literally (a trailing one is dropped); ``""`` is an empty word."""
    words: list[str] = []
    word: list[str] = []
    in_word = False
    quote = ""
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        i += 1
        if ch == "\\":
            if i < n:
                word.append(text[i])
                i += 1
            in_word = True
        elif quote:
            if ch == quote:
                quote = ""
            else:
                word.append(ch)
        elif ch in "'\"":
            quote = ch
            in_word = True
        elif ch in " \t\n\r\f\v":
            if in_word:
                words.append("".join(word))
                word, in_word = [], False
        else:
            word.append(ch)
            in_word = True
    if in_word:
        words.append("".join(word))
    return words


CLASSIC_ENVIRONMENTS = {
    "SYSTEM": SystemEnvironment,
    "ENVIRONMENT": SystemEnvironment,
    "OS2ENVIRONMENT": SystemEnvironment,
    "COMMAND": CommandEnvironment,
    "PATH": CommandEnvironment,
    "CMD": CommandEnvironment,
    "REGINA": ReginaEnvironment,
}


class RoutedResult:
    """What sending a command gave: the result, the environment (None: there is none) and,
    for an unknown environment or a plugin that raised, the explanation for the user."""

    __slots__ = ("result", "environment", "problem")

    def __init__(self, result: CommandResult, environment: object | None,
                 problem: str | None = None):
        self.result = result
        self.environment = environment
        self.problem = problem


class CommandRouter:
    """The environments of one program run and the sending of commands to them."""

    def __init__(self, script_path: str | None = None):
        self.registry = PluginRegistry(dict(CLASSIC_ENVIRONMENTS))
        self.script_path = script_path
        self._masker = SecretMasker()
        self._known_count = -1              # how many factories / instances keys came from
        self._declared_loaded = False
        self._own_keys: dict[int, frozenset[str]] = {}
        self.last: RoutedResult | None = None       # what the latest command gave (the REPL)

    # -- secrets (secret_masking) ---------------------------------------------------------
    def masker(self) -> SecretMasker:
        """The run's masker, knowing the secret keys of every plugin that can be reached: the
        built-in and entry-point ones are looked up (not created) the first time."""
        registry = self.registry
        if not self._declared_loaded:
            self._declared_loaded = True
            registry.load_declared()
        count = registry.count()
        if count != self._known_count:
            self._known_count = count
            self._masker.keys = self._masker.keys | secret_keys(registry.known())
        return self._masker

    def _may_hold_secret(self, text: str) -> bool:
        """False when nothing in ``text`` can be masked whatever the plugins declare: a secret
        key only counts in ``key=value`` and no secret value has been used yet. So a failed
        shell command or an error report does not import every plugin to find their keys."""
        return "=" in text or bool(self._masker.values)

    def mask(self, text: str) -> str:
        """Command text or a message with its secrets masked."""
        return self.masker().text(text) if self._may_hold_secret(text) else text

    def mask_value(self, text: str) -> str:
        """A traced value with its secrets masked."""
        return self.masker().value(text) if self._may_hold_secret(text) else text

    def mask_clause(self, source: str) -> str:
        """The source text of a clause with its secrets masked."""
        return self.masker().clause(source) if self._may_hold_secret(source) else source

    def remember_secrets(self, name: str, command: str) -> None:
        """Note the values ``command`` gives the secret parameters of environment ``name``
        (before it runs), so that later trace lines mask them wherever they appear whole.
        Only this environment's keys are needed: the other plugins (the entry points, 11 ms
        of ``importlib.metadata``) are looked up when something is to be masked."""
        env = self.environment(name)
        if env is None:
            return
        keys = self._own_keys.get(id(env))
        if keys is None:
            keys = self._own_keys[id(env)] = secret_keys([env])
        if keys:
            self._masker.remember(command, keys)

    def environment(self, name: str):
        try:
            return self.registry.get(name)
        except Exception:
            return None

    def execute(self, name: str, command: str, stdout=None, stderr=None,
                input_lines: list[str] | None = None) -> RoutedResult:
        """Send ``command`` to environment ``name`` (``help`` is answered from the declared
        commands of a plugin that declares any)."""
        env = self.environment(name)
        if env is None:
            installed = ", ".join(self.registry.available())
            problem = f"no ADDRESS environment named {name.upper()} (installed: {installed})"
            return RoutedResult(CommandResult(rc=-3, condition="FAILURE",
                                              fields={"error": problem}), None, problem)
        stdout, stderr = stdout or sys.stdout, stderr or sys.stderr
        if is_plugin(env):                    # plugins deal in Python text (plugin_text)
            command, input_lines = host_text(command), plugin_lines(input_lines)
            stdout = RexxTextWriter(stdout)
            stderr = stdout if stderr is stdout._target else RexxTextWriter(stderr)
        context = CommandContext(self.script_path, stdout, stderr, name.upper(), input_lines)
        words = command.split(None, 1)
        if words and words[0].lower() == "help" and getattr(env, "commands", ()):
            topic = words[1].strip() if len(words) > 1 else ""
            return RoutedResult(CommandResult(output=help_text(env, topic)), env)
        try:
            result = env.execute(command, context)
        except CommandSyntaxError as exc:     # a malformed command (parse_command): the user's
            return RoutedResult(CommandResult(rc=-3, condition="FAILURE",
                                              fields={"success": False, "error": str(exc)}),
                                env, f"ADDRESS {name.upper()}: {exc}")
        except Exception as exc:   # a plugin bug: FAILURE, never a traceback
            message = str(exc) or type(exc).__name__
            return RoutedResult(CommandResult(rc=-3, condition="FAILURE",
                                              fields={"error": message}), env,
                                f"ADDRESS {name.upper()} failed: {type(exc).__name__}: {message}")
        if not isinstance(result, CommandResult):
            rc = result if isinstance(result, int) else 0
            result = CommandResult(rc=rc)
        self.last = RoutedResult(result, env)
        return self.last

    def require(self, spec: str, script_dir: str | None) -> str:
        return self.registry.require(spec, script_dir)

    def close_all(self) -> None:
        self.registry.close_all()


def script_dir_of(path: str | None) -> str | None:
    return os.path.dirname(os.path.abspath(path)) if path else None
