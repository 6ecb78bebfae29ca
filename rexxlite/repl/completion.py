"""Tab completion for the REPL: keywords, built-in functions, variables and plugin commands.

Outside strings the word before the cursor completes to a keyword, a built-in function, a
routine defined in the session or a variable in scope. Inside a quoted command (a clause that is just an open string, or
``ADDRESS env "...``) it completes the environment's command names and then that command's
``key=`` parameters, from the plugin's declared ``commands``. After ``ADDRESS `` it completes
the names of the environments (the built-in ones and the plugins that can be loaded).
"""

from __future__ import annotations

from typing import Iterable, Protocol, Sequence

from prompt_toolkit.completion import CompleteEvent, Completer, Completion
from prompt_toolkit.document import Document

from rexxlite.commands.plugin_api import CommandSpec, Environment
from rexxlite.repl import scan
from rexxlite.repl.help_topics import BUILTINS, INSTRUCTIONS, builtin_names

SUB_KEYWORDS = (
    "THEN ELSE END WHEN OTHERWISE TO BY FOR FOREVER WHILE UNTIL WITH VALUE VAR UPPER LOWER "
    "CASELESS EXPOSE ON OFF NAME DIGITS FUZZ FORM SCIENTIFIC ENGINEERING SOURCE VERSION LINEIN "
    "EXTERNAL NUMERIC INPUT OUTPUT ERROR STEM STREAM APPEND REPLACE NORMAL FIFO LIFO HALT "
    "NOVALUE SYNTAX NOTREADY FAILURE LOSTDIGITS"
).split()
KEYWORDS = sorted(set(INSTRUCTIONS) | set(SUB_KEYWORDS))


class CompletionSource(Protocol):
    """What completion needs from the running session (the REPL backend provides it)."""

    def variable_names(self) -> Sequence[str]: ...

    def routine_names(self) -> Sequence[str]: ...

    def current_address(self) -> str: ...

    def environment_names(self) -> Sequence[str]: ...

    def environment(self, name: str) -> Environment | None: ...


class RexxCompleter(Completer):
    def __init__(self, source: CompletionSource):
        self.source = source

    def get_completions(self, document: Document, complete_event: CompleteEvent) -> Iterable[Completion]:
        tokens = scan.scan(document.text_before_cursor)
        _, clause = scan.clauses(tokens)
        command = _command_context(clause)
        if command is not None:
            env_name, inner = command
            yield from self._command_completions(env_name or self.source.current_address(), inner)
            return
        if tokens and tokens[-1].kind not in (scan.WORD, scan.BLANK, scan.OTHER, scan.SEMI,
                                              scan.NEWLINE, scan.COMMA):
            return          # inside (or right after) a string or comment
        prefix = tokens[-1].text if tokens and tokens[-1].kind == scan.WORD else ""
        if _names_environment(clause, prefix):
            yield from self._environment_completions(prefix)
            return
        if not prefix and not complete_event.completion_requested:
            return
        if prefix[:1].isdigit() or prefix[:1] == ".":
            return
        yield from self._word_completions(prefix)

    # -- words ---------------------------------------------------------------------------
    def _word_completions(self, prefix: str) -> Iterable[Completion]:
        upper = prefix.upper()
        lower_case = prefix != upper or not prefix
        seen: set[str] = set()
        groups = (
            (KEYWORDS, lambda name: "instruction" if name in INSTRUCTIONS else "keyword"),
            (builtin_names(), lambda name: "built-in"),
            (sorted(self.source.routine_names()), lambda name: "routine"),
            (sorted(self.source.variable_names()), lambda name: "variable"),
        )
        for names, meta in groups:
            for name in names:
                if not name.upper().startswith(upper) or name.upper() in seen:
                    continue
                seen.add(name.upper())
                text = name.lower() if lower_case else name.upper()
                yield Completion(text, start_position=-len(prefix), display_meta=_meta(name, meta(name)))

    def _environment_completions(self, prefix: str) -> Iterable[Completion]:
        current = self.source.current_address().upper()
        for name in sorted(set(self.source.environment_names()) | {current}):
            if name.upper().startswith(prefix.upper()):
                meta = "current environment" if name.upper() == current else "environment"
                yield Completion(name, start_position=-len(prefix), display_meta=meta)

    # -- plugin commands -----------------------------------------------------------------
    def _command_completions(self, env_name: str, inner: str) -> Iterable[Completion]:
        environment = self.source.environment(env_name) if env_name else None
        if environment is None:
            return
        specs = list(getattr(environment, "commands", ()) or ())
        words = inner.split()
        typing_verb = not words or (len(words) == 1 and not inner[-1:].isspace())
        if typing_verb:
            prefix = words[0] if words else ""
            names = [spec.name for spec in specs]
            if "help" not in (n.lower() for n in names):
                names.append("help")
            helps = {spec.name: spec.help for spec in specs}
            for name in names:
                if name.lower().startswith(prefix.lower()):
                    yield Completion(name, start_position=-len(prefix),
                                     display_meta=helps.get(name, "describe the commands"))
            return
        spec = _find_spec(specs, words[0])
        if spec is None:
            return
        partial = "" if inner[-1:].isspace() else words[-1]
        if "=" in partial:
            return          # a value is being typed
        given = {w.partition("=")[0].lower() for w in words[1:] if "=" in w}
        for param in spec.params:
            if param.name.lower() in given or not param.name.lower().startswith(partial.lower()):
                continue
            need = "required" if param.required else "optional"
            meta = f"({need}) {param.help}".strip()
            yield Completion(param.name + "=", start_position=-len(partial), display_meta=meta)


def _meta(name: str, kind: str) -> str:
    if kind == "built-in" and name in BUILTINS:
        return BUILTINS[name].split(":", 1)[0]
    return kind


def _find_spec(specs: list[CommandSpec], verb: str) -> CommandSpec | None:
    for spec in specs:
        if spec.name.lower() == verb.lower():
            return spec
    return None


def _names_environment(clause: list[scan.Token], prefix: str) -> bool:
    """True when the word being typed is the environment of an ADDRESS clause: ``address ``
    or ``address PRO`` (the clause's second word, the cursor still in it or right before)."""
    words = clause[:-1] if prefix else clause
    return len(words) == 1 and words[0].is_word("ADDRESS")


def _command_context(clause: list[scan.Token]) -> tuple[str | None, str] | None:
    """(environment name or None for the current one, text typed inside the quotes) when the
    clause being typed is an unfinished quoted command, else None."""
    if not clause or clause[-1].kind != scan.OPEN_STRING:
        return None
    if len(clause) == 1:
        env_name = None
    elif len(clause) == 3 and clause[0].is_word("ADDRESS") and clause[1].kind == scan.WORD:
        env_name = clause[1].text.upper()
    else:
        return None
    token = clause[-1]
    quote = token.text[0]
    return env_name, token.text[1:].replace(quote * 2, quote)
