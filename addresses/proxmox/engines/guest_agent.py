"""Clients of a running QEMU's two control sockets: QMP (the monitor) and the guest agent.

Both speak JSON lines over a unix socket. ``Qmp`` reads the greeting, negotiates
``qmp_capabilities`` and sends one command, skipping asynchronous events. ``GuestAgent``
first synchronises with ``guest-sync-delimited`` (a random id; the agent prefixes its answer
with 0xFF, so bytes left over from an earlier client are skipped), then runs commands. ``run``
is what ``qm guest exec`` does: ``guest-exec`` with ``capture-output`` (stdin as
``input-data``), then ``guest-exec-status`` polled until ``exited``; stdout and stderr come
back base64-encoded. On a timeout the process is killed through the agent (``sh -c 'kill -9 PID'``).
"""

from __future__ import annotations

import base64
import json
import random
import socket
import time
from pathlib import Path
# (annotations only: no ``typing`` at run time)

from .base import EngineError, ExecResult, LineSink

POLL_FIRST = 0.005
POLL_MAX = 0.1


class SocketJson:
    """A JSON-lines connection to a unix socket, with a deadline per read."""

    def __init__(self, path: Path, timeout: float):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(timeout)
        try:
            self.sock.connect(str(path))
        except OSError:
            self.sock.close()
            raise
        self.buffer = b""

    def close(self) -> None:
        self.sock.close()

    def send(self, message: dict[str, Any]) -> None:
        self.sock.sendall(json.dumps(message).encode() + b"\n")

    def read(self) -> dict[str, Any]:
        while b"\n" not in self.buffer:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise EngineError("the QEMU socket closed")
            self.buffer += chunk
        line, _, self.buffer = self.buffer.partition(b"\n")
        line = line.lstrip(b"\xff").strip()
        if not line:
            return self.read()
        return json.loads(line)


def _answer(reply: dict[str, Any], what: str) -> Any:
    if "error" in reply:
        raise EngineError(f"{what}: {reply['error'].get('desc', reply['error'])}")
    return reply.get("return")


class Qmp:
    """One QMP command per connection (QEMU serves one monitor client at a time)."""

    def __init__(self, path: Path, timeout: float = 2.0):
        self.path = path
        self.timeout = timeout

    def command(self, name: str, arguments: dict[str, Any] | None = None) -> Any:
        conn = SocketJson(self.path, self.timeout)
        try:
            greeting = conn.read()
            if "QMP" not in greeting:
                raise EngineError("not a QMP socket")
            conn.send({"execute": "qmp_capabilities"})
            self._reply(conn, "qmp_capabilities")
            message: dict[str, Any] = {"execute": name}
            if arguments:
                message["arguments"] = arguments
            conn.send(message)
            return self._reply(conn, name)
        finally:
            conn.close()

    @staticmethod
    def _reply(conn: SocketJson, what: str) -> Any:
        while True:
            reply = conn.read()
            if "event" not in reply:
                return _answer(reply, what)

    def answers(self) -> bool:
        try:
            self.command("query-status")
            return True
        except (OSError, EngineError, ValueError):
            return False


class GuestAgent:
    """The QEMU guest agent of one VM, through its virtio-serial chardev socket."""

    def __init__(self, path: Path, vmid: int):
        self.path = path
        self.vmid = vmid

    def _connect(self, timeout: float) -> SocketJson:
        try:
            conn = SocketJson(self.path, timeout)
        except OSError:
            raise EngineError(f"VM {self.vmid} qmp command 'guest-ping' failed - "
                              "QEMU guest agent is not running") from None
        token = random.randrange(1, 2**31)
        try:
            conn.send({"execute": "guest-sync-delimited", "arguments": {"id": token}})
            while conn.read().get("return") != token:
                pass
        except (OSError, ValueError, EngineError):
            conn.close()
            raise EngineError(f"VM {self.vmid} qmp command 'guest-ping' failed - "
                              "got timeout") from None
        return conn

    def call(self, name: str, arguments: dict[str, Any] | None = None,
             timeout: float = 10.0) -> Any:
        conn = self._connect(timeout)
        try:
            return self._call(conn, name, arguments)
        finally:
            conn.close()

    def _call(self, conn: SocketJson, name: str, arguments: dict[str, Any] | None) -> Any:
        message: dict[str, Any] = {"execute": name}
        if arguments is not None:
            message["arguments"] = arguments
        try:
            conn.send(message)
            return _answer(conn.read(), f"VM {self.vmid} qmp command '{name}' failed")
        except (OSError, ValueError) as exc:
            raise EngineError(f"VM {self.vmid} qmp command '{name}' failed - {exc}") from None

    def wait_ready(self, timeout: float) -> float:
        """Seconds until the agent answered ``guest-ping`` (EngineError after ``timeout``)."""
        started = time.monotonic()
        while True:
            try:
                self.call("guest-ping", timeout=0.5)
                return time.monotonic() - started
            except EngineError:
                if time.monotonic() - started >= timeout:
                    raise EngineError(f"VM {self.vmid}: the QEMU guest agent did not answer "
                                      f"within {timeout:g} s") from None
                time.sleep(0.05)

    def run(self, argv: list[str], timeout: float | None, stdin: bytes | None = None,
            on_stdout_line: LineSink | None = None) -> ExecResult:
        """``qm guest exec``: run ``argv`` in the guest and wait for it (see the docstring)."""
        arguments: dict[str, Any] = {"path": argv[0], "arg": argv[1:], "capture-output": True}
        if stdin is not None:
            arguments["input-data"] = base64.b64encode(stdin).decode()
        conn = self._connect(10.0)
        try:
            pid = self._call(conn, "guest-exec", arguments)["pid"]
            deadline = None if timeout is None else time.monotonic() + timeout
            delay = POLL_FIRST
            while True:
                status = self._call(conn, "guest-exec-status", {"pid": pid})
                if status.get("exited"):
                    break
                if deadline is not None and time.monotonic() >= deadline:
                    self._call(conn, "guest-exec", {"path": "/bin/sh",
                                                    "arg": ["-c", f"kill -9 {int(pid)}"]})
                    return ExecResult("", "", 124, timed_out=True)
                time.sleep(delay)
                delay = min(delay * 2, POLL_MAX)
        finally:
            conn.close()
        out = base64.b64decode(status.get("out-data", "")).decode("utf-8", "replace")
        err = base64.b64decode(status.get("err-data", "")).decode("utf-8", "replace")
        if on_stdout_line is not None:
            for line in out.splitlines():
                on_stdout_line(line)
        code = status.get("exitcode")
        if code is None:                                  # killed by a signal
            code = 128 + int(status.get("signal", 9))
        return ExecResult(out, err, int(code))
