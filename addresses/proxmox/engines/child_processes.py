"""Host child processes that die with the rexxlite process that started them.

Every short-lived host command of the local engine (tar, cp, mount, btrfs, lxc-attach) and ssh
of the pct engine is started with ``preexec_fn=dies_with_us()``: in the child, between fork and
exec, it sets the parent-death signal (``prctl(PR_SET_PDEATHSIG, SIGKILL)``), so the kernel
kills the child when the rexxlite thread that started it dies, even by SIGKILL, and then checks
that its parent is still the same process (had the parent died before the prctl, no signal
would ever come: the child exits instead). ``preexec_fn`` is unsafe in a process with threads
when it runs code that can need a lock another thread held at fork time; this one runs no such
code: one call of a ctypes function bound at import, ``os.getppid`` and ``os._exit``. (Where
there is no prctl, as on a non-Linux host driving a remote engine, there is no preexec_fn.)
A process that tar or cp start themselves (zstd, gzip) dies of the broken pipe when they go.

The command lxc-attach runs inside a container is a child of lxc-attach, not of rexxlite, and
keeps running when lxc-attach dies; it stays in lxc-attach's process group (which
``run_streamed`` makes a new session). ``group_guard()`` is a small watcher process
(``group_reaper.py``) that rexxlite tells which process groups it has running; when rexxlite's
end of the pipe closes, whatever the reason, the watcher SIGKILLs those groups and exits.
lxc-start is not wrapped: a container outlives the command that started it.
"""

from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
# (annotations only: no ``typing`` at run time)

REAPER = Path(__file__).with_name("group_reaper.py")
PR_SET_PDEATHSIG = 1


def _bind_prctl():
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None


_PRCTL = _bind_prctl()
_SIGKILL = int(signal.SIGKILL)


def dies_with_us(announce_fd: int | None = None) -> Callable[[], None] | None:
    """A ``preexec_fn`` making the child die with the thread that starts it (see above).
    With ``announce_fd`` (``GroupGuard.fileno()``) the child also tells the watcher its
    process group itself, before it runs its program, so that no moment exists in which the
    group runs unknown to the watcher (the parent's own ``watch`` would come after the fork)."""
    if _PRCTL is None:
        return None
    parent = os.getpid()

    def arm() -> None:
        if _PRCTL(PR_SET_PDEATHSIG, _SIGKILL) != 0 or os.getppid() != parent:
            os._exit(125)
        if announce_fd is not None:
            try:
                os.write(announce_fd, b"+%d\n" % os.getpid())
            except OSError:
                pass

    return arm


class GroupGuard:
    """The watcher process of this rexxlite process, started on first use."""

    def __init__(self) -> None:
        self._proc: subprocess.Popen | None = None
        self._lock = threading.Lock()

    def _started(self) -> subprocess.Popen:
        """The watcher, started when there is none (call with the lock held)."""
        if self._proc is None or self._proc.poll() is not None:
            self._proc = subprocess.Popen(
                [sys.executable, "-I", "-S", str(REAPER), str(os.getpid())],
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd="/",
                start_new_session=True)
        return self._proc

    def fileno(self) -> int:
        """The watcher's input, for a child to announce its own group (``dies_with_us``);
        each line is shorter than PIPE_BUF, so lines written by several processes never mix."""
        with self._lock:
            return self._started().stdin.fileno()

    def _send(self, line: str) -> None:
        with self._lock:
            proc = self._started()
            try:
                proc.stdin.write(line.encode() + b"\n")
                proc.stdin.flush()
            except OSError:
                pass

    def watch(self, pgid: int) -> None:
        """Kill process group ``pgid`` if rexxlite dies before it is released."""
        self._send(f"+{pgid}")

    def release(self, pgid: int) -> None:
        self._send(f"-{pgid}")


_GUARD = GroupGuard()


def group_guard() -> GroupGuard:
    return _GUARD


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def wait_for_commands_on(paths: list[str], timeout: float = 10.0) -> None:
    """Wait until no host process has an argument that is, or starts with, one of ``paths``.

    A command of a process that died (a ``mount -o loop`` of a storage's loop file, say) can
    outlive it for a moment: the kernel finishes the system call under way before the
    parent-death signal ends the command, so the mount may land after its parent is gone.
    Recovery waits for such stragglers before it undoes what they were doing."""
    me = os.getpid()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not any(_has_argument(pid, paths) for pid in _pids() if pid != me):
            return
        time.sleep(0.05)


def _pids() -> list[int]:
    return [int(name) for name in os.listdir("/proc") if name.isdigit()]


def _has_argument(pid: int, paths: list[str]) -> bool:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as handle:
            args = handle.read().split(b"\0")
    except OSError:
        return False                       # gone meanwhile, or not ours to read
    wanted = [os.fsencode(p) for p in paths]
    return any(arg.startswith(w) for arg in args for w in wanted)
