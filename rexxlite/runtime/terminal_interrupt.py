"""Waiting, on the interpreter thread, for the Ctrl-C that killed a command's process.

Ctrl-C at a terminal sends SIGINT to the whole foreground process group: a host command that
rexxlite runs (ADDRESS SYSTEM / COMMAND) dies of it at once, and so does rexxlite's own wait for
it. Rexx code runs on a thread of its own (the runner's, the REPL's worker), but Python hands a
signal only to the main thread, which passes the interrupt on to the interpreter thread a moment
later. Without a wait, the interpreter thread could go on in that moment, and a REPL entry
could even end, before the interrupt arrives: the command would then read as an ordinary
failure (RC -9) and the HALT (Error 4) the user asked for would be lost or come clauses later.

``await_interrupt(returncode)`` is called with the status of each finished command process:
when the process died of SIGINT and this is not the main thread, it waits, in short sleeps
(between which the passed-on KeyboardInterrupt is raised here), up to ``GRACE_SECONDS``. A
process killed by a SIGINT that was sent to it alone costs that wait and then reads as the
failure it is. (``threading`` is imported only then: start-up does without it.)
"""

from __future__ import annotations

import time

SIGINT = 2
GRACE_SECONDS = 2.0
STEP_SECONDS = 0.005


def await_interrupt(returncode: int) -> None:
    """Give the main thread time to pass on the Ctrl-C that ended a command (see above)."""
    if returncode != -SIGINT:
        return
    import threading            # here: only after a command that died of SIGINT
    if threading.current_thread() is threading.main_thread():
        return
    deadline = time.monotonic() + GRACE_SECONDS
    while time.monotonic() < deadline:
        time.sleep(STEP_SECONDS)
