"""What a session does with one entry, however it was read: help, or run it interruptibly.

Both sessions (the full-screen one in ``session.py`` and the plain one in ``plain.py``) hand
each entry to ``EntryHandler.handle``: a bare ``help [topic]`` prints the REPL's help (fitted
to the terminal's width), anything else runs in the backend with Ctrl-C raising HALT in it.
Output the entry left without a final newline gets one, so the next prompt does not hide it.
"""

from __future__ import annotations

import re
import shutil
import signal
import sys
import threading
from contextlib import contextmanager
from typing import Iterator

from rexxlite.repl.backend import Backend
from rexxlite.repl.help_topics import render

HELP_ENTRY = re.compile(r"\s*help((?:\s+[A-Za-z0-9_.!?@#$]+)*)\s*", re.IGNORECASE)


def help_request(entry: str) -> str | None:
    """The topic when ``entry`` is a bare, unquoted ``help [topic...]`` ('' for none), else None.

    Only that exact form is the REPL's help; ``"help"`` in quotes (or anything else) is Rexx,
    so under ADDRESS env it is a command to that environment."""
    match = HELP_ENTRY.fullmatch(entry)
    return match.group(1).strip() if match else None


def prompt_text(backend: Backend) -> str:
    """``rexx> ``, or ``rexx [ENV]> `` while the ADDRESS environment is not the default."""
    address = backend.current_address()
    if address and address != backend.default_address():
        return f"rexx [{address}]> "
    return "rexx> "


class EntryHandler:
    def __init__(self, backend: Backend, stdout=None):
        self.backend = backend
        self.stdout = stdout

    def _out(self):
        return self.stdout or sys.stdout

    def handle(self, entry: str) -> int | None:
        """Run one entry; an exit status when the session should end (EXIT), else None."""
        if not entry.strip():
            return None
        topic = help_request(entry)
        if topic is not None:
            print(self.help(topic), file=self._out(), flush=True)
            return None
        try:
            with self._interruptible():
                return self.backend.run(entry)
        finally:
            self.backend.finish_line()

    def help(self, topic: str) -> str:
        backend = self.backend
        return render(topic, backend.environment_names(), backend.environment,
                      backend.current_address(), width=shutil.get_terminal_size().columns - 1)

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
