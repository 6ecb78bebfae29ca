"""Running one host process (an argv list, never a shell) with its stdout read line by line as
it comes, its stderr collected (also line by line to ``OutputSinks.stderr`` when the stdout
sink is an ``OutputSinks`` that has one), optional stdin bytes, and a timeout that kills its
whole process group (the process and everything it started, inside a container too). The
group is killed too when the process itself dies of a signal (lxc-attach killed or crashed):
what it had started would otherwise run on with nobody reading its output.

The process group also dies when the caller is interrupted (Ctrl-C: KeyboardInterrupt, which
the interpreter turns into HALT; the wait polls so that an interrupt delivered to the Rexx
thread is seen at once) and when rexxlite dies (see ``child_processes``)."""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import time

from .base import ExecResult, LineSink
from .child_processes import dies_with_us, group_guard

POLL_SECONDS = 0.05


def run_streamed(argv: list[str], timeout: float | None = None, stdin: bytes | None = None,
                 on_stdout_line: LineSink | None = None, cwd: str | None = None) -> ExecResult:
    """Run ``argv``; ``on_stdout_line`` gets each stdout line (without its newline) at once.
    A timeout gives exit code 124 and ``timed_out``; a missing program exit code 127."""
    guard = group_guard()
    try:
        proc = subprocess.Popen(       # the child announces its group to the guard itself
            argv, stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=cwd, start_new_session=True,
            preexec_fn=dies_with_us(guard.fileno()))
    except FileNotFoundError as exc:
        return ExecResult("", f"{exc.filename}: command not found", 127)
    guard.watch(proc.pid)              # also where there is no prctl (no preexec_fn)
    try:
        return _collect(proc, timeout, stdin, on_stdout_line)
    finally:
        group_guard().release(proc.pid)


def _collect(proc: subprocess.Popen, timeout: float | None, stdin: bytes | None,
             on_stdout_line: LineSink | None) -> ExecResult:
    out: list[str] = []
    err: list[bytes] = []

    on_stderr_line = getattr(on_stdout_line, "stderr", None)

    def pump_stdout() -> None:
        _pump_lines(proc.stdout, out, on_stdout_line)

    def pump_stderr() -> None:
        if on_stderr_line is None:
            err.append(proc.stderr.read())
        else:
            lines: list[str] = []
            _pump_lines(proc.stderr, lines, on_stderr_line)
            err.append("".join(lines).encode("utf-8", errors="replace"))

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
        timed_out = not _wait(proc, timeout)
        if timed_out or proc.returncode < 0:
            _kill_group(proc)       # (killed itself: what it ran would go on unread)
    except BaseException:
        _kill_group(proc)
        raise
    for pump in pumps:
        pump.join(timeout=5)
    stderr = b"".join(err).decode("utf-8", errors="replace")
    return ExecResult("".join(out), stderr, 124 if timed_out else proc.returncode, timed_out)


def _pump_lines(stream, lines: list[str], sink: LineSink | None) -> None:
    """Read ``stream`` line by line into ``lines``, giving each line to ``sink`` at once."""
    for raw in iter(stream.readline, b""):
        line = raw.decode("utf-8", errors="replace")
        lines.append(line)
        if sink is not None:
            try:
                sink(line.rstrip("\n"))
            except Exception:          # a caller's sink must not stop the pump
                pass


def _wait(proc: subprocess.Popen, timeout: float | None) -> bool:
    """Wait for ``proc`` (False when ``timeout`` seconds passed first), in short slices: a
    blocking waitpid would hold off the KeyboardInterrupt meant for this thread."""
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        left = POLL_SECONDS if deadline is None else min(POLL_SECONDS,
                                                         deadline - time.monotonic())
        if left <= 0:
            return proc.poll() is not None
        try:
            proc.wait(timeout=left)
            return True
        except subprocess.TimeoutExpired:
            continue


def _kill_group(proc: subprocess.Popen) -> None:
    """SIGKILL the process group: the process and what it runs (inside a container too)."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait()
