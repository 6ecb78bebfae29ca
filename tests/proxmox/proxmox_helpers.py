"""Shared helpers of the ADDRESS PROXMOX tests: paths, the LXC check, the ``Proxmox`` caller.

Imported by conftest.py (the fixtures) and by the test modules; kept out of conftest.py so that
``import proxmox_helpers`` is unambiguous next to tests/conftest.py.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from rexxlite.plugin_api import CommandContext, CommandResult

REPO = Path(__file__).resolve().parents[2]
SCRIPTS = REPO / "scripts"
BUSYBOX = "rexxlite-busybox_1.0_amd64.tar.gz"
DEBIAN = "debian-12-rexxlite_amd64.tar.zst"
CACHE = Path("/var/lib/vz/template/cache")


def _lxc_usable() -> str:
    if os.geteuid() != 0:
        return "needs root"
    for tool in ("lxc-start", "lxc-attach", "lxc-stop", "lxc-info", "lxc-ls"):
        if shutil.which(tool) is None:
            return f"needs LXC ({tool} missing)"
    return ""


lxc_problem = _lxc_usable()
requires_lxc = pytest.mark.skipif(bool(lxc_problem), reason=lxc_problem or "LXC available")


def processes_with(text: str) -> list[str]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            except OSError:
                continue
            if text in cmdline:
                found.append(cmdline)
    return found


def wait_for(check, seconds: float = 20) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.05)
    return False


@dataclass
class Interrupted:
    status: int
    stdout: str
    stderr: str
    seconds: float                  # from the SIGINT to the end of the program


def interrupt_program(tmp_path: Path, source: str, marker: str) -> Interrupted:
    """Run ``source`` with rexxlite, SIGINT it once a process with ``marker`` in its command
    line has run for 0.2 s, and say how it ended; no ``marker`` process may remain."""
    program = tmp_path / "prog.rexx"
    program.write_text(source)
    proc = subprocess.Popen([sys.executable, "-m", "rexxlite", str(program)], cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=dict(os.environ))
    try:
        assert wait_for(lambda: processes_with(marker)), "the command did not start"
        time.sleep(0.2)
        proc.send_signal(signal.SIGINT)
        sent = time.monotonic()
        out, err = proc.communicate(timeout=20)
        seconds = time.monotonic() - sent
    finally:
        if proc.poll() is None:
            proc.kill()
    assert wait_for(lambda: not processes_with(marker), 5), processes_with(marker)
    return Interrupted(proc.returncode, out, err, seconds)


class Proxmox:
    """Calls ADDRESS PROXMOX directly, as the interpreter does."""

    def __init__(self, root: Path, templates: Path):
        from rexxlite.addresses.proxmox import ProxmoxEnvironment

        self.root = root
        self.templates = templates
        self.env = ProxmoxEnvironment()
        self.stderr = _Capture()
        self.context = CommandContext(None, sys.stdout, self.stderr, "PROXMOX")

    def __call__(self, command: str) -> CommandResult:
        return self.env.execute(command, self.context)

    def ok(self, command: str) -> CommandResult:
        result = self(command)
        assert result.rc == 0, f"{command!r} failed: rc={result.rc} {result.output}"
        assert result.fields["success"] is True
        return result

    def busybox(self, **extra) -> int:
        words = " ".join(f"{k}={v}" for k, v in extra.items())
        return self.ok(f"create template=local:vztmpl/{BUSYBOX} {words}").fields["vmid"]

    @property
    def engine(self):
        return self.env.engine

    def cleanup(self) -> None:
        engine = self.env.engine
        try:
            for info in engine.list():
                if info.type == "qemu":
                    engine.qemu.stop(info.vmid)
                elif info.status == "running":
                    engine.runtime.stop(info.vmid, kill=True)
        except Exception:
            pass
        self.env.close()
        shutil.rmtree(self.root, ignore_errors=True)


class _Capture:
    def __init__(self):
        self.parts: list[str] = []

    def write(self, text: str) -> int:
        self.parts.append(text)
        return len(text)

    def flush(self) -> None:
        pass

    @property
    def text(self) -> str:
        return "".join(self.parts)
