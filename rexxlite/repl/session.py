"""The interactive loop: read an entry with prompt_toolkit, run it, and go on.

Each complete entry runs at once through the backend, which keeps variables, routines, the
ADDRESS environment and plugin state between entries. Ctrl-C at the prompt cancels the input;
while an entry runs it interrupts it (HALT) and the prompt comes back. Ctrl-D or EXIT leaves.
With standard output not a terminal the plain session (``plain.py``) reads the entries instead.
"""

from __future__ import annotations

import os
import sys

from prompt_toolkit import PromptSession
from prompt_toolkit.history import History

from rexxlite import __version__
from rexxlite.repl.backend import Backend
from rexxlite.repl.completion import RexxCompleter
from rexxlite.repl.entry_handler import EntryHandler, help_request, prompt_text
from rexxlite.repl.highlight import prompt_lexer
from rexxlite.repl.history import attach_masking, flush, open_history
from rexxlite.repl.keys import entry_key_bindings
from rexxlite.repl.line_end import keep_unfinished_line
from rexxlite.repl.terminal_input import InterruptibleInput

BANNER = f"rexxlite {__version__}: type Rexx clauses, `help` for help, Ctrl-D to leave."


class ReplSession(EntryHandler):
    def __init__(self, backend: Backend | None = None, *, history: History | None = None,
                 input=None, output=None, stdout=None):
        super().__init__(backend or Backend(), stdout)
        self.prompt = PromptSession(
            multiline=True,
            prompt_continuation=self._continuation,
            lexer=prompt_lexer(),
            completer=RexxCompleter(self.backend),
            complete_while_typing=False,
            history=history if history is not None else open_history(),
            key_bindings=entry_key_bindings(),
            input=input,
            output=output,
        )
        attach_masking(self.prompt.history, self.backend.mask_source)

    # -- prompts --------------------------------------------------------------------------
    def _message(self) -> str:
        return prompt_text(self.backend)

    @staticmethod
    def _continuation(width: int, line_number: int, is_soft_wrap: bool) -> str:
        if is_soft_wrap:                # the same line, wrapped: no prompt of its own
            return ""
        return " " * max(width - 4, 0) + "... "

    # -- the loop -------------------------------------------------------------------------
    def run(self, banner: bool = True) -> int:
        """Read and run entries until Ctrl-D or EXIT; return the exit status."""
        if banner:
            print(BANNER, file=self._out(), flush=True)
        status = 0
        try:
            while True:
                self._keep_unfinished_line()
                try:
                    entry = self.prompt.prompt(self._message)
                except KeyboardInterrupt:
                    continue
                except EOFError:
                    break
                result = self.handle(entry)
                flush(self.prompt.history)      # after it ran: its secrets are known
                if result is not None:
                    status = result
                    break
        finally:
            flush(self.prompt.history)
            self.backend.close()
        return status

    def _keep_unfinished_line(self) -> None:
        output = self.prompt.output
        if _is_terminal(output):
            keep_unfinished_line(self._out(), output.get_size().columns)


def _is_terminal(output) -> bool:
    try:
        return os.isatty(output.fileno())
    except (OSError, NotImplementedError, ValueError, AttributeError):
        return False


def main() -> int:
    """Run the interactive session on the terminal; the process's exit status."""
    reader = InterruptibleInput(sys.stdin.fileno())
    backend = Backend(stdin=reader)
    if not sys.stdout.isatty():
        from rexxlite.repl.plain import PlainSession
        return PlainSession(backend, reader).run()
    return ReplSession(backend).run()


__all__ = ["ReplSession", "help_request", "main", "prompt_text", "BANNER"]
