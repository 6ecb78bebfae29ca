"""Host child processes that die with the rexxlite process that started them.

Every short-lived host command of the local engine (tar and the zstd/gzip it runs, cp, mount,
btrfs, lxc-attach) is started through ``setpriv --pdeathsig KILL`` (``dies_with_us``): the kernel
kills it when the rexxlite thread that started it dies, even by SIGKILL. That is done by exec,
not in a ``preexec_fn`` (which is unsafe in a process with threads). A process that tar or cp
start themselves dies of a broken pipe when they go.

The command lxc-attach runs inside a container is a child of lxc-attach, not of rexxlite, and
keeps running when lxc-attach dies; it stays in lxc-attach's process group (which
``run_streamed`` makes a new session). ``group_guard()`` is a small watcher process
(``group_reaper.py``) that rexxlite tells which process groups it has running; when rexxlite's
end of the pipe closes, whatever the reason, the watcher SIGKILLs those groups and exits.
lxc-start is not wrapped: a container outlives the command that started it.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

PDEATHSIG = ["setpriv", "--pdeathsig", "KILL", "--"]
REAPER = Path(__file__).with_name("group_reaper.py")


def dies_with_us(argv: list[str]) -> list[str]:
    """``argv`` started so that it is SIGKILLed when the thread that starts it dies (where
    there is no setpriv, as on a non-Linux host driving a remote engine, ``argv`` itself; the
    local engine requires setpriv)."""
    return [*PDEATHSIG, *argv] if _has_setpriv() else argv


@functools.cache
def _has_setpriv() -> bool:
    return shutil.which(PDEATHSIG[0]) is not None


class GroupGuard:
    """The watcher process of this rexxlite process, started on first use."""

    def __init__(self) -> None:
        self._proc: subprocess.Popen | None = None
        self._lock = threading.Lock()

    def _send(self, line: str) -> None:
        with self._lock:
            if self._proc is None or self._proc.poll() is not None:
                self._proc = subprocess.Popen(
                    [sys.executable, "-I", "-S", str(REAPER), str(os.getpid())],
                    stdin=subprocess.PIPE,
                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd="/",
                    start_new_session=True)
            try:
                self._proc.stdin.write(line.encode() + b"\n")
                self._proc.stdin.flush()
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
