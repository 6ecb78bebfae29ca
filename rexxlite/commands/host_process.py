"""Running one host process for a classic environment (SYSTEM, COMMAND): started with
``os.posix_spawn``, its stdin fed, its output collected, its status returned.

This is what the classic environments need of ``subprocess``, without importing it:
``subprocess`` brings ``threading``, ``selectors``, ``signal`` and ``locale`` (and through it
``re``, ``enum``, ``functools``), some 8 ms of the start-up of every script that runs a command.
``run`` does what ``subprocess.run`` did for them:

- The program is started with ``posix_spawn`` (``posix_spawnp``, searching PATH, when no
  executable is named), in the environment ``os.environb`` (which PUTENV and
  ``VALUE(name, value, 'ENVIRONMENT')`` change), with SIGPIPE and SIGXFSZ at their defaults
  (Python ignores SIGPIPE; ``restore_signals``).
- Descriptors that rexxlite inherited and that are still inheritable are closed in the child
  (``close_fds``); rexxlite's own are never inherited (PEP 446).
- stdin is the caller's, or a pipe fed with the given bytes (a child that reads only some of
  them is no error). stdout and stderr are descriptors handed over (``dup2``), or pipes whose
  bytes are returned (``CAPTURE``); stderr may be the child's stdout (``SAME_AS_STDOUT``).
- The status is the exit status, or minus the number of the signal that killed the process
  (0 when rexxlite was started with SIGCHLD ignored: the system reaps the child itself).
- A program that cannot be started is the ``OSError`` of its ``exec`` (``ENOEXEC`` for an
  executable file that is no binary and has no ``#!``), raised before anything has run; an
  argument holding NUL is a ``ValueError``.
- An exception while it runs (a Ctrl-C passed on as KeyboardInterrupt) gives the process a
  quarter of a second to end, then kills it; it is always reaped.
"""

from __future__ import annotations

import os
import time

try:                    # (the C module: ``signal`` itself imports ``enum``)
    from _signal import SIGKILL, SIGPIPE, SIGXFSZ
except ImportError:     # not CPython
    from signal import SIGKILL, SIGPIPE, SIGXFSZ

CAPTURE = -1            # stdout / stderr: a pipe whose bytes ``run`` returns
SAME_AS_STDOUT = -2     # stderr: wherever the child's stdout goes
CHUNK = 65536
END_GRACE_SECONDS = 0.25


def run(argv: list[bytes], executable: bytes | None, stdin: bytes | None, stdout: int,
        stderr: int) -> tuple[int, bytes, bytes]:
    """Run ``argv`` (``executable`` the file to run, else ``argv[0]`` found on PATH) to its
    end: (status, captured stdout, captured stderr). ``stdin`` None: the caller's stdin;
    ``stdout`` / ``stderr`` a descriptor, ``CAPTURE`` or (stderr) ``SAME_AS_STDOUT``."""
    parent_ends: dict[int, str] = {}     # descriptor -> "feed" / "out" / "err" (ours to use)
    child_ends: list[int] = []           # closed here once the child has its copies
    actions = []
    try:
        if stdin is not None:
            read_end, feed = _pipe()
            parent_ends[feed] = "feed"
            child_ends.append(read_end)
            actions.append((os.POSIX_SPAWN_DUP2, read_end, 0))
        for target, where in ((1, stdout), (2, stderr)):
            if where == SAME_AS_STDOUT:
                actions.append((os.POSIX_SPAWN_DUP2, 1, 2))
            elif where == CAPTURE:
                drain, write_end = _pipe()
                parent_ends[drain] = "out" if target == 1 else "err"
                child_ends.append(write_end)
                actions.append((os.POSIX_SPAWN_DUP2, write_end, target))
            else:
                if where < 3 and where != target:     # fd 1 or 2 may be replaced before it
                    where = os.dup(where)              # is copied: hand over a copy of it
                    child_ends.append(where)
                actions.append((os.POSIX_SPAWN_DUP2, where, target))
        actions += [(os.POSIX_SPAWN_CLOSE, fd) for fd in _inherited_descriptors()]
        spawn = os.posix_spawn if executable is not None else os.posix_spawnp
        pid = spawn(executable if executable is not None else argv[0], argv, os.environb,
                    file_actions=actions, setsigdef=(SIGPIPE, SIGXFSZ))
    except BaseException:
        _close_all(parent_ends)
        raise
    finally:
        for fd in child_ends:
            os.close(fd)
    try:
        captured = _exchange(parent_ends, stdin)
        try:
            _done, status = os.waitpid(pid, 0)
        except ChildProcessError:       # SIGCHLD ignored (rexxlite started so): the system
            status = 0                  # reaped it; its status is lost (subprocess: 0 too)
    except BaseException:
        _end(pid)
        raise
    finally:
        _close_all(parent_ends)
    return os.waitstatus_to_exitcode(status), captured["out"], captured["err"]


def _pipe() -> tuple[int, int]:
    """A pipe whose ends are above 0-2, so that no ``dup2`` of the child overwrites one
    before it is copied (possible only when rexxlite was started with 0, 1 or 2 closed)."""
    ends = os.pipe()
    if min(ends) > 2:
        return ends
    import fcntl
    moved = tuple(fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 3) for fd in ends)
    for fd in ends:
        os.close(fd)
    return moved


def _inherited_descriptors() -> list[int]:
    """The inheritable descriptors above 2 (rexxlite got them from its own parent)."""
    try:
        names = os.listdir("/proc/self/fd")
    except OSError:
        return []
    found = []
    for name in names:
        fd = int(name)
        if fd > 2:
            try:
                if os.get_inheritable(fd):
                    found.append(fd)
            except OSError:             # the listing's own descriptor, closed by now
                pass
    return found


def _exchange(ends: dict[int, str], data: bytes | None) -> dict[str, bytes]:
    """Feed ``data`` to the "feed" end while reading the "out" and "err" ends to their end
    (each may be missing); the bytes read, by name."""
    chunks: dict[str, list[bytes]] = {"out": [], "err": []}
    readers = [fd for fd, role in ends.items() if role != "feed"]
    feed = next((fd for fd, role in ends.items() if role == "feed"), None)
    if feed is not None and not data:
        _close(ends, feed)
        feed = None
    if feed is None and len(readers) <= 1:      # one pipe or none: plain reads suffice
        for fd in readers:
            while chunk := os.read(fd, CHUNK):
                chunks[ends[fd]].append(chunk)
    else:
        _poll(ends, feed, memoryview(data or b""), readers, chunks)
    return {role: b"".join(parts) for role, parts in chunks.items()}


def _poll(ends, feed, data, readers, chunks) -> None:
    import select
    poller = select.poll()
    waiting = set(readers)
    for fd in readers:
        poller.register(fd, select.POLLIN)
    if feed is not None:
        os.set_blocking(feed, False)
        poller.register(feed, select.POLLOUT)
        waiting.add(feed)
    offset = 0
    while waiting:
        for fd, _event in poller.poll():
            if fd == feed:
                try:
                    offset += os.write(fd, data[offset:offset + CHUNK])
                except BlockingIOError:
                    continue
                except BrokenPipeError:       # the child stopped reading: no error
                    offset = len(data)
                if offset >= len(data):
                    poller.unregister(fd)
                    waiting.discard(fd)
                    _close(ends, fd)
                continue
            chunk = os.read(fd, CHUNK)
            if chunk:
                chunks[ends[fd]].append(chunk)
            else:
                poller.unregister(fd)
                waiting.discard(fd)


def _close(ends: dict[int, str], fd: int) -> None:
    """Close one of the parent's ends (the feed, once all is written) and forget it."""
    del ends[fd]
    os.close(fd)


def _close_all(ends: dict[int, str]) -> None:
    for fd in list(ends):
        _close(ends, fd)


def _end(pid: int) -> None:
    """Reap the child after an exception: a moment to end by itself, then SIGKILL."""
    try:
        deadline = time.monotonic() + END_GRACE_SECONDS
        while time.monotonic() < deadline:
            done, _status = os.waitpid(pid, os.WNOHANG)
            if done:
                return
            time.sleep(0.01)
        os.kill(pid, SIGKILL)
        os.waitpid(pid, 0)
    except (ChildProcessError, ProcessLookupError):   # reaped already: the exception came
        pass                                          # just after its waitpid returned
