"""Running one host process (an argv list, never a shell) with its stdout read line by line as
it comes, its stderr collected, optional stdin bytes, and a timeout that kills its whole
process group (the process and everything it started)."""

from __future__ import annotations

import os
import signal
import subprocess
import threading

from .base import ExecResult, LineSink


def run_streamed(argv: list[str], timeout: float | None = None, stdin: bytes | None = None,
                 on_stdout_line: LineSink | None = None, cwd: str | None = None) -> ExecResult:
    """Run ``argv``; ``on_stdout_line`` gets each stdout line (without its newline) at once.
    A timeout gives exit code 124 and ``timed_out``; a missing program exit code 127."""
    try:
        proc = subprocess.Popen(
            argv, stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=cwd, start_new_session=True)
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
        _kill_group(proc)
    except BaseException:
        _kill_group(proc)
        raise
    for pump in pumps:
        pump.join(timeout=5)
    stderr = b"".join(err).decode("utf-8", errors="replace")
    return ExecResult("".join(out), stderr, 124 if timed_out else proc.returncode, timed_out)


def _kill_group(proc: subprocess.Popen) -> None:
    """SIGKILL the process group: the process and what it runs (inside a container too)."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait()
