"""Shared helpers of the ADDRESS PROXMOX tests: paths, the LXC check, the ``Proxmox`` caller.

Imported by conftest.py (the fixtures) and by the test modules; kept out of conftest.py so that
``import proxmox_helpers`` is unambiguous next to tests/conftest.py.
"""

from __future__ import annotations

import os
import shutil
import sys
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
                if info.status == "running":
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
