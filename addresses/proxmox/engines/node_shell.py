"""Running a command on a Proxmox node: here, or over SSH (``ssh -o BatchMode=yes user@host``).

Commands are argv lists. Over SSH the remote side runs them through a shell, so each argument
is quoted with shlex.quote and the quoted words are passed after ``--`` as one string. stdout
can be streamed line by line; a timeout kills the whole process group.
"""

from __future__ import annotations

import shlex

from .base import ExecResult, LineSink
from .streamed_process import run_streamed

SSH_OPTIONS = ("-o", "BatchMode=yes")


class NodeShell:
    """Runs argv lists on one node (``ssh`` = "" for this host, else ``user@host``)."""

    def __init__(self, ssh: str = "", ssh_options: tuple[str, ...] = ()):
        self.ssh = ssh
        self.ssh_options = tuple(ssh_options)

    def where(self) -> str:
        return f"over SSH to {self.ssh}" if self.ssh else "on this host"

    def argv(self, args: list[str]) -> list[str]:
        if not self.ssh:
            return list(args)
        remote = " ".join(shlex.quote(a) for a in args)
        return ["ssh", *SSH_OPTIONS, *self.ssh_options, self.ssh, "--", remote]

    def run(self, args: list[str], timeout: float | None = None, stdin: bytes | None = None,
            on_stdout_line: LineSink | None = None) -> ExecResult:
        return run_streamed(self.argv(args), timeout, stdin, on_stdout_line)
