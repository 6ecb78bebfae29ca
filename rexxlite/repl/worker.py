"""One long-lived thread, with a large stack, on which all of a session's Rexx code runs.

Deep Rexx recursion needs more stack than the main thread has (the runner runs programs the
same way), and plugins may keep thread-bound state (a database connection), so every entry of
a session runs on the same thread. Ctrl-C arrives in the main thread, which is waiting for
the entry: it passes KeyboardInterrupt on to the worker, where the interpreter turns it into
HALT.
"""

from __future__ import annotations

import _thread
import queue
import sys
import threading
from typing import Any, Callable

from rexxlite.running.runner import wait_passing_interrupts

STACK_SIZE = 512 * 1024 * 1024
RECURSION_LIMIT = 200000
POLL_SECONDS = 0.2


class Worker:
    def __init__(self) -> None:
        self._jobs: queue.Queue = queue.Queue()
        sys.setrecursionlimit(max(sys.getrecursionlimit(), RECURSION_LIMIT))
        try:
            previous = threading.stack_size(STACK_SIZE)
        except (ValueError, RuntimeError):
            previous = None
        try:
            self._thread = threading.Thread(target=self._serve, name="rexx-repl", daemon=True)
            self._thread.start()
        finally:
            if previous is not None:
                threading.stack_size(previous)

    def call(self, fn: Callable[[], Any]) -> Any:
        """Run ``fn()`` on the worker and return its value (its exception is raised here);
        a Ctrl-C meanwhile is passed on to it (``runner.wait_passing_interrupts``)."""
        done = _thread.allocate_lock()
        done.acquire()
        outcome: dict[str, Any] = {}
        self._jobs.put((fn, outcome, done))
        wait_passing_interrupts(done, lambda: "ended" in outcome, self._thread.ident,
                                POLL_SECONDS)
        if "error" in outcome:
            raise outcome["error"]
        return outcome.get("value")

    def stop(self) -> None:
        """Let the thread end once it is idle."""
        self._jobs.put(None)

    def _serve(self) -> None:
        while True:
            try:
                if self._serve_one():
                    return
            except KeyboardInterrupt:       # a Ctrl-C passed on just as a job ended
                continue

    def _serve_one(self) -> bool:
        """Run the next job; True when told to stop."""
        job = self._jobs.get()
        if job is None:
            return True
        fn, outcome, done = job
        try:
            try:
                outcome["value"] = fn()
            except BaseException as error:   # handed to the caller, never lost here
                outcome["error"] = error
        except KeyboardInterrupt:
            outcome.setdefault("error", KeyboardInterrupt())
        finally:
            outcome["ended"] = True
            done.release()
        return False
