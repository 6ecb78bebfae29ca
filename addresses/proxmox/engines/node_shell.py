"""Running a command on a Proxmox node: here, or over SSH (``ssh -o BatchMode=yes user@host``).

Commands are argv lists. Over SSH the remote side runs them through a shell, so each argument
is quoted with shlex.quote and the quoted words are passed after ``--`` as one string. stdout
can be streamed line by line; a timeout kills the whole process group.
"""

from __future__ import annotations

import os
import shlex
import signal
import subprocess
import threading

from .base import ExecResult, LineSink

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
        try:
            proc = subprocess.Popen(
                self.argv(args), stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
        except FileNotFoundError as exc:
            return ExecResult("", f"{exc.filename}: command not found", 127)
        out: list[str] = []
        err: list[bytes] = []

        def pump_stdout() -> None:
            for raw in iter(proc.stdout.readline, b""):
                line = raw.decode("utf-8", errors="replace")
                out.append(line)
                if on_stdout_line is not None:
                    try:
                        on_stdout_line(line.rstrip("\n"))
                    except Exception:          # a caller's sink must not stop the pump
                        pass

        def pump_stderr() -> None:
            err.append(proc.stderr.read())

        pumps = [threading.Thread(target=pump_stdout, daemon=True),
                 threading.Thread(target=pump_stderr, daemon=True)]
        for pump in pumps:
            pump.start()
        if stdin is not None:
            try:
                proc.stdin.write(stdin)
                proc.stdin.close()
            except BrokenPipeError:
                pass
        timed_out = False
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            timed_out = True
            _kill(proc)
        except BaseException:
            _kill(proc)
            raise
        for pump in pumps:
            pump.join(timeout=5)
        stderr = b"".join(err).decode("utf-8", errors="replace")
        return ExecResult("".join(out), stderr, 124 if timed_out else proc.returncode, timed_out)


def _kill(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait()
