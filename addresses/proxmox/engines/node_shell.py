"""Running a command on a Proxmox node: here, or over SSH (``../ssh_target.py`` builds ssh's argv).

Commands are argv lists. Over SSH the remote side runs them through a shell, so each argument
is quoted with shlex.quote and the quoted words are passed as one string after ``--`` and the
destination. stdout can be streamed line by line; a timeout kills the whole process group.
"""

from __future__ import annotations

import shlex

from ..ssh_target import SshTarget
from .base import ExecResult, LineSink
from .streamed_process import run_streamed


class NodeShell:
    """Runs argv lists on one node (``target`` None: this host)."""

    def __init__(self, target: SshTarget | None = None):
        self.target = target

    def where(self) -> str:
        return f"over SSH to {self.target.destination}" if self.target else "on this host"

    def argv(self, args: list[str]) -> list[str]:
        if self.target is None:
            return list(args)
        return self.target.argv(" ".join(shlex.quote(a) for a in args))

    def run(self, args: list[str], timeout: float | None = None, stdin: bytes | None = None,
            on_stdout_line: LineSink | None = None) -> ExecResult:
        return run_streamed(self.argv(args), timeout, stdin, on_stdout_line)
