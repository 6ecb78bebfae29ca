"""The interactive loop: read an entry with prompt_toolkit, run it, and go on.

Each complete entry runs at once through the backend, which keeps variables, routines, the
ADDRESS environment and plugin state between entries. Ctrl-C at the prompt cancels the input;
while an entry runs it interrupts it (HALT) and the prompt comes back. Ctrl-D or EXIT leaves.
"""

from __future__ import annotations

import re
import signal
import sys
import threading
from contextlib import contextmanager
from typing import Iterator

from prompt_toolkit import PromptSession
from prompt_toolkit.history import History
from prompt_toolkit.lexers import PygmentsLexer
from pygments.lexers import RexxLexer

from .. import __version__
from .backend import Backend
from .completion import RexxCompleter
from .help_topics import render
from .history import attach_masking, flush, open_history
from .keys import entry_key_bindings

BANNER = f"rexxlite {__version__}: type Rexx clauses, `help` for help, Ctrl-D to leave."
HELP_ENTRY = re.compile(r"\s*help((?:\s+[A-Za-z0-9_.!?@#$]+)*)\s*", re.IGNORECASE)


def help_request(entry: str) -> str | None:
    """The topic when ``entry`` is a bare, unquoted ``help [topic...]`` ('' for none), else None.

    Only that exact form is the REPL's help; ``"help"`` in quotes (or anything else) is Rexx,
    so under ADDRESS env it is a command to that environment."""
    match = HELP_ENTRY.fullmatch(entry)
    return match.group(1).strip() if match else None


class ReplSession:
    def __init__(self, backend: Backend | None = None, *, history: History | None = None,
                 input=None, output=None, stdout=None):
        self.backend = backend or Backend()
        self.stdout = stdout
        self.prompt = PromptSession(
            multiline=True,
            prompt_continuation=self._continuation,
            lexer=PygmentsLexer(RexxLexer),
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
        address = self.backend.current_address()
        if address and address != self.backend.default_address():
            return f"rexx [{address}]> "
        return "rexx> "

    @staticmethod
    def _continuation(width: int, line_number: int, is_soft_wrap: bool) -> str:
        return " " * max(width - 4, 0) + "... "

    # -- the loop -------------------------------------------------------------------------
    def _out(self):
        return self.stdout or sys.stdout

    def run(self, banner: bool = True) -> int:
        """Read and run entries until Ctrl-D or EXIT; return the exit status."""
        if banner:
            print(BANNER, file=self._out(), flush=True)
        status = 0
        try:
            while True:
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

    def handle(self, entry: str) -> int | None:
        """Run one entry; an exit status when the session should end (EXIT), else None."""
        if not entry.strip():
            return None
        topic = help_request(entry)
        if topic is not None:
            print(self._help(topic), file=self._out(), flush=True)
            return None
        with self._interruptible():
            return self.backend.run(entry)

    def _help(self, topic: str) -> str:
        backend = self.backend
        return render(topic, backend.environment_names(), backend.environment, backend.current_address())

    @contextmanager
    def _interruptible(self) -> Iterator[None]:
        """While an entry runs, Ctrl-C (SIGINT) raises KeyboardInterrupt in it, which the
        interpreter turns into HALT (trapped by SIGNAL ON HALT, else Error 4)."""
        if threading.current_thread() is not threading.main_thread():
            yield
            return
        previous = signal.signal(signal.SIGINT, signal.default_int_handler)
        try:
            yield
        finally:
            signal.signal(signal.SIGINT, previous)


def main() -> int:
    """Run the interactive session on the terminal; the process's exit status."""
    return ReplSession().run()
