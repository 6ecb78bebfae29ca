"""The ADDRESS plugin API: what an environment is, what it is given and what a command returns.

An environment is any object with a ``name`` and an ``execute`` method; optional are a
``commands`` description (help, REPL completion, and the parameter checks of
``parse_command(text, commands)`` / ``check_params``) and ``close``, run once when the program
ends (also after errors and Ctrl-C). Plugins are
found through the entry-point group ``rexxlite.addresses`` (value: a zero-argument callable,
usually the class, that returns the environment), the built-ins in ``addresses/``, and
``REQUIRE "file.py"`` (a module defining ``create_environment()`` or ``ENVIRONMENT``).

After a command the interpreter sets RC to ``rc``, RESULT to ``output``, drops the stem
``RESULT.`` and refills it from ``fields`` (tails upper-cased; lists as ``.0`` count and ``.1``
..; dicts as further tail parts; booleans as 1/0; None values left unset). ``condition``
ERROR or FAILURE is raised when ``rc`` is non-zero (default: ERROR). Then each of
``variables`` is assigned in the caller's variable pool (names upper-cased; a simple symbol or
a compound with constant tails, such as ``KV_LAST`` or ``KV.LAST``; other names, and RC,
RESULT and SIGL, are skipped). ``execute`` may also return an int (the RC alone) or None (RC
0); a ``CommandSyntaxError`` it raises is a FAILURE with RC -3 and the message in RESULT.error.

``ADDRESS env command WITH ...``: ``CommandContext.input_lines`` holds the lines of WITH INPUT
(None when input is not redirected); under WITH OUTPUT / ERROR ``context.stdout`` /
``context.stderr`` are buffers whose lines go to the target, and ``output`` is delivered there
too (after what was written to ``context.stdout``). See docs/plugins.md.
"""

from __future__ import annotations

from rexxlite.syntax.node_class import fields_eq, fields_repr

# The four classes below are plain classes with a dataclass's constructor, repr and ==
# (``Param`` and ``CommandSpec`` also immutable and hashable): ``dataclasses`` imports
# ``inspect``, ``re`` and ``typing``, which made the first host command of a script cost 9 ms.
# Annotations are only read by tools (no ``typing`` at run time).


class _Fields:
    """A dataclass's repr and == for a class listing its fields in ``_fields``."""

    __slots__ = ()
    _fields: tuple = ()
    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = None


class _FrozenFields(_Fields):
    """Fields set once, by ``__init__``; hashable, as a frozen dataclass."""

    __slots__ = ()

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign to field {name!r} of {type(self).__name__}")

    __delattr__ = __setattr__

    def __hash__(self):
        return hash(tuple(getattr(self, name) for name in self._fields))

    def _set(self, **values) -> None:
        for name, value in values.items():
            object.__setattr__(self, name, value)


class CommandResult(_Fields):
    """What a command gave (see the module doc for what the interpreter does with each)."""

    _fields = ("rc", "condition", "output", "fields", "variables", "output_shown")

    def __init__(self, rc: int = 0, condition: str | None = None, output: str | None = None,
                 fields: dict[str, object] | None = None,
                 variables: dict[str, object] | None = None, output_shown: bool = False):
        self.rc = rc
        self.condition = condition    # None, "ERROR" or "FAILURE"; None with rc != 0: ERROR
        self.output = output          # the value RESULT gets (None: RESULT is dropped)
        self.fields = {} if fields is None else fields
        self.variables = {} if variables is None else variables   # Rexx variables to set
        # True: ``output`` was already written to ``context.stdout`` as it came (a plugin
        # that streams, e.g. PROXMOX ``execute progress=1``). It still becomes RESULT, but
        # WITH OUTPUT does not get it a second time and the REPL does not show it again.
        self.output_shown = output_shown


class Param(_FrozenFields):
    """A parameter of a command: ``name=`` (help text, required, secret)."""

    __slots__ = ("name", "help", "required", "secret")
    _fields = __slots__

    def __init__(self, name: str, help: str = "", required: bool = False,
                 secret: bool = False):
        # ``secret``: its value is masked in traces and CONDITION('D')
        self._set(name=name, help=help, required=required, secret=secret)


class CommandSpec(_FrozenFields):
    """A command an environment declares: its verb, help text and parameters."""

    __slots__ = ("name", "help", "params")
    _fields = __slots__

    def __init__(self, name: str, help: str, params: tuple[Param, ...] = ()):
        self._set(name=name, help=help, params=params)


class CommandContext(_Fields):
    """What an environment may use of the calling program."""

    _fields = ("script_path", "stdout", "stderr", "environment", "input_lines")

    def __init__(self, script_path: str | None, stdout: TextIO, stderr: TextIO,
                 environment: str, input_lines: list[str] | None = None):
        self.script_path = script_path    # the running program's file, None for -e / REPL
        self.stdout = stdout              # a capture buffer when WITH OUTPUT redirects it
        self.stderr = stderr              # likewise for WITH ERROR (``stderr is stdout``)
        self.environment = environment    # the name the command was addressed to (upper)
        self.input_lines = input_lines    # WITH INPUT's lines; None: no input redirection


class _EnvironmentShape(type):
    """``isinstance(x, Environment)``: whether ``x`` has a ``name`` and an ``execute`` (what
    a runtime-checkable Protocol tests, without importing ``typing``)."""

    def __instancecheck__(cls, instance) -> bool:
        return hasattr(instance, "name") and callable(getattr(instance, "execute", None))


class Environment(metaclass=_EnvironmentShape):
    """What an environment must have; ``commands`` (a sequence of CommandSpec, default none)
    and ``close()`` are optional extras the interpreter looks for. Deriving from it is
    optional: any object of this shape is an environment."""

    name: str                                  # upper-case ADDRESS name, e.g. "PROXMOX"

    def execute(self, command: str, context: CommandContext) -> CommandResult | int | None:
        raise NotImplementedError


class CommandSyntaxError(ValueError):
    """A command string that is not ``verb key=value ...``; the message is for the user."""


def parse_command(text: str, commands: Sequence[CommandSpec] | None = None, *,
                  flags: bool = False) -> tuple[str, dict[str, str | bool]]:
    """Split ``verb key=value key="quoted value" key='x'`` into the verb and its arguments.

    Keys are lower-cased; a value may be quoted with ' or " (a doubled quote inside stands for
    one). A repeated key is a CommandSyntaxError; so is a word without ``=``, unless ``flags``
    is true: then an unquoted bare word ``force`` is the argument ``force`` with the value True.
    Given the plugin's ``commands``, the verb must be one of them and its parameters are
    checked (``check_params``): so a plugin's ``execute`` only sees the keys it declared, and
    every required one.
    """
    verb, args = _split_command(text, flags)
    if commands is not None:
        specs = {spec.name.lower(): spec for spec in commands}
        if not verb:
            raise CommandSyntaxError("empty command (try: help)")
        if verb not in specs:
            raise CommandSyntaxError(f"unknown command '{verb}' (commands: "
                                     f"{', '.join(sorted(specs))})")
        check_params(specs[verb], args)
    return verb, args


def check_params(spec: CommandSpec, args: Mapping[str, object]) -> None:
    """A CommandSyntaxError unless every key of ``args`` is a declared parameter of ``spec``
    and every ``Param(required=True)`` is there; the message names the first one wrong."""
    declared = [param.name.lower() for param in spec.params]
    unknown = sorted(set(args) - set(declared))
    if unknown:
        allowed = ", ".join(declared) or "none"
        raise CommandSyntaxError(f"{spec.name}: unknown parameter {unknown[0]}= "
                                 f"(allowed: {allowed})")
    missing = [param.name for param in spec.params
               if param.required and param.name.lower() not in args]
    if missing:
        raise CommandSyntaxError(f"{spec.name}: {missing[0]}= is required")


def _split_command(text: str, flags: bool) -> tuple[str, dict[str, str | bool]]:
    words = split_words(text)
    if not words:
        return "", {}
    verb, args = words[0][0].lower(), {}
    for word, quoted in words[1:]:
        key, sep, value = word.partition("=")
        if flags and not sep and not quoted and key:
            value = True
        elif not sep or not key:
            raise CommandSyntaxError(f"expected key=value, found {word!r}")
        key = key.lower()
        if key in args:
            raise CommandSyntaxError(f"{key}= given twice")
        args[key] = value
    return verb, args


def split_words(text: str, strict: bool = True) -> list[tuple[str, bool]]:
    """Blank-separated words as (word, quoted); '...' or "..." quote a part of a word (a
    doubled quote inside stands for one). An unmatched quote is a CommandSyntaxError, or with
    ``strict`` false runs to the end of the text."""
    return [(word, quoted) for _start, _end, word, quoted in word_spans(text, strict)]


def word_spans(text: str, strict: bool = True):
    """The words of ``split_words`` with where each lies in ``text``: (start, end, word,
    quoted), ``text[start:end]`` being the word as written (the secret masker rewrites it)."""
    i, n = 0, len(text)
    while i < n:
        while i < n and text[i] in " \t":
            i += 1
        if i >= n:
            break
        start, word, quoted = i, [], False
        while i < n and text[i] not in " \t":
            ch = text[i]
            if ch in "'\"":
                quoted = True
                i += 1
                while True:
                    if i >= n:
                        if not strict:
                            break
                        raise CommandSyntaxError(f"unmatched {ch} in command")
                    if text[i] == ch:
                        if i + 1 < n and text[i + 1] == ch:
                            word.append(ch)
                            i += 2
                            continue
                        i += 1
                        break
                    word.append(text[i])
                    i += 1
            else:
                word.append(ch)
                i += 1
        yield start, i, "".join(word), quoted


def help_text(environment: Environment, topic: str = "") -> str:
    """The text of ``help`` / ``help COMMAND`` built from an environment's declared commands."""
    specs = {spec.name.lower(): spec for spec in environment.commands}
    if topic:
        spec = specs.get(topic.lower())
        if spec is None:
            return f"{environment.name}: no command {topic!r}; commands: {', '.join(sorted(specs))}"
        lines = [f"{spec.name} - {spec.help}"]
        for param in spec.params:
            need = "required" if param.required else "optional"
            lines.append(f"  {param.name}=  ({need}) {param.help}".rstrip())
        return "\n".join(lines)
    width = max((len(name) for name in specs), default=0)
    return "\n".join(f"{spec.name.ljust(width)}  {spec.help}" for spec in environment.commands)
