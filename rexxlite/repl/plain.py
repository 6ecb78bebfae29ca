"""The plain session: entries read line by line, for standard output that is not a terminal.

``rexxlite > log`` (or with output into a pipe) cannot draw prompt_toolkit's screen: the escape
codes would land in the output. This session reads plain lines from standard input instead,
with the same rules for when an entry is complete (``continuation.is_complete``), and writes
its prompts to standard error when that is a terminal. Ctrl-C at the prompt drops the lines
typed so far; while an entry runs it interrupts it (HALT), as in the full-screen session.
"""

from __future__ import annotations

import sys

from rexxlite.repl.backend import Backend
from rexxlite.repl.continuation import is_complete
from rexxlite.repl.entry_handler import EntryHandler, prompt_text
from rexxlite.repl.terminal_input import InterruptibleInput

CONTINUATION_PROMPT = "... "


class PlainSession(EntryHandler):
    def __init__(self, backend: Backend, reader: InterruptibleInput, prompts=None):
        super().__init__(backend)
        self.reader = reader            # the same reader the backend's PULL reads from
        if prompts is None and sys.stderr.isatty():
            prompts = sys.stderr
        self.prompts = prompts

    def run(self) -> int:
        """Read and run entries until the end of input or EXIT; return the exit status."""
        status = 0
        try:
            while True:
                try:
                    entry = self._read_entry(prompt_text(self.backend))
                except KeyboardInterrupt:
                    self._show("\n")
                    continue
                if entry is None:
                    break
                result = self.handle(entry)
                if result is not None:
                    status = result
                    break
        finally:
            self.backend.close()
        return status

    def _read_entry(self, prompt: str) -> str | None:
        """The next complete entry (None at the end of input)."""
        lines: list[str] = []
        while True:
            self._show(prompt if not lines else CONTINUATION_PROMPT)
            line = self.reader.readline()
            if not line:
                return "\n".join(lines) if lines else None
            lines.append(line.rstrip("\r\n"))
            text = "\n".join(lines)
            if is_complete(text):
                return text

    def _show(self, text: str) -> None:
        if self.prompts is not None:
            self.prompts.write(text)
            self.prompts.flush()
