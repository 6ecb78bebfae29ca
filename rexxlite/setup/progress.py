"""Progress of long set-up work, as plain lines: a stage, a tool's own output, the end.

Every line starts with the job's name and the seconds since it began, so a minute of
debootstrap is a stream of ``debian template [  12.4s] I: Retrieving libc6`` lines rather
than silence; the same lines go to a terminal, a pipe or a log file.
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from typing import TextIO


@dataclass
class Progress:
    job: str                                   # e.g. "debian template"
    stream: TextIO | None = None               # default: sys.stdout at the time of writing
    started: float = field(default_factory=time.monotonic)

    def _write(self, text: str) -> None:
        out = self.stream or sys.stdout
        out.write(f"{self.job} [{time.monotonic() - self.started:6.1f}s] {text}\n")
        out.flush()

    def stage(self, text: str) -> None:
        """A step of the job begins."""
        self._write(text)

    def tool_line(self, tool: str, line: str) -> None:
        """A line a tool printed while the job runs it."""
        line = line.rstrip()
        if line:
            self._write(f"{tool}: {line}")

    def done(self, text: str) -> None:
        out = self.stream or sys.stdout
        out.write(f"{self.job}: {text}\n")
        out.flush()
