"""The watcher process of ``child_processes.GroupGuard`` (run as a script, not imported; its
argument, the PID of the rexxlite process it watches, is only there to be seen in ``ps``).

Reads ``+PGID`` / ``-PGID`` lines on stdin (a pipe from the rexxlite process); at end of input
(rexxlite exited or was killed) it SIGKILLs every process group still listed and exits. It
ignores the terminal's SIGINT and SIGHUP: Ctrl-C is for rexxlite, which kills its own groups.
"""

import os
import signal
import sys


def main() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    groups: set[int] = set()
    for line in sys.stdin.buffer:
        text = line.strip().decode("ascii", "replace")
        if text[1:].isdigit() and int(text[1:]) > 1:
            (groups.add if text[0] == "+" else groups.discard)(int(text[1:]))
    for pgid in groups:
        try:
            os.killpg(pgid, signal.SIGKILL)
        except OSError:
            pass


if __name__ == "__main__":
    main()
