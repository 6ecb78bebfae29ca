"""A standard output whose reader went away (``rexxlite prog.rexx | head``): telling it from
other broken pipes, and ending the program as Regina does there, by SIGPIPE (status 141 in the
shell, no message)."""

from __future__ import annotations

import os
import sys


def output_closed(stream=None) -> bool:
    """Is ``stream`` (default: sys.stdout) a pipe or socket whose reading end is closed?"""
    stream = sys.stdout if stream is None else stream
    try:
        fd = stream.fileno()
    except (AttributeError, OSError, ValueError):
        return False
    import select                       # (only after a BrokenPipeError)
    try:
        poller = select.poll()
        poller.register(fd, select.POLLOUT)
        return any(events & select.POLLERR for _, events in poller.poll(0))
    except (OSError, ValueError):
        return False


def end_by_sigpipe() -> None:
    """Leave the process as a program killed by SIGPIPE does (what Regina does on ``| head``).
    The closed standard output is pointed at /dev/null first so that nothing is written to it
    on the way out."""
    import signal
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    os.kill(os.getpid(), signal.SIGPIPE)
