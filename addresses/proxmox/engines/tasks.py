"""Waiting for a Proxmox VE task by its UPID, with a timeout, passing on its log as it grows.

Most changes in Proxmox (create, clone, start, destroy...) answer with a UPID and run as a
task on the node. ``wait_task`` polls ``/nodes/NODE/tasks/UPID/status`` until the task has
stopped, reads new lines of ``.../log`` on the way and hands them to ``on_log``. A task whose
exit status is neither ``OK`` nor ``WARNINGS: n`` is a failure: EngineError with the task's own
exit status message (e.g. "CT is locked (disk)"). A timeout is an EngineError too; the task
keeps running on the node, and the message gives its UPID.
"""

from __future__ import annotations

import time
# (annotations only: no ``typing`` at run time)

from .base import EngineError, LineSink

POLL_FIRST, POLL_MAX = 0.05, 1.0


def is_upid(value: Any) -> bool:
    return isinstance(value, str) and value.startswith("UPID:")


def upid_node(upid: str) -> str:
    """The node a UPID ran on: UPID:NODE:PID:PSTART:STARTTIME:TYPE:ID:USER:."""
    return upid.split(":")[1]


def wait_task(call: Callable[[Callable], Any], upid: str, timeout: float,
              on_log: LineSink | None = None) -> None:
    """Wait for ``upid``; ``call(fn)`` runs ``fn(api)`` with the engine's error handling."""
    node = upid_node(upid)
    deadline = time.monotonic() + timeout
    seen = 0
    delay = POLL_FIRST

    def read_log() -> list[str]:
        nonlocal seen
        rows = call(lambda api: api.nodes(node).tasks(upid).log.get(start=seen, limit=500)) or []
        lines = [str(row.get("t", "")) for row in rows if int(row.get("n", 0)) > seen]
        seen += len(lines)
        return lines

    while True:
        status = call(lambda api: api.nodes(node).tasks(upid).status.get()) or {}
        if on_log is not None:
            for line in read_log():
                on_log(line)
        if status.get("status") == "stopped":
            exit_status = str(status.get("exitstatus", ""))
            if exit_status == "OK" or exit_status.startswith("WARNINGS"):
                return
            raise EngineError(exit_status or f"task {upid} failed")
        if time.monotonic() >= deadline:
            raise EngineError(f"timeout after {timeout:g} s waiting for task {upid} "
                              "(it is still running on the node)")
        time.sleep(min(delay, max(0.0, deadline - time.monotonic())))
        delay = min(delay * 2, POLL_MAX)
