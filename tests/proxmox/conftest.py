"""Fixtures for the ADDRESS PROXMOX tests: real LXC containers, one state root per test.

Every test gets its own state root (a short directory under /tmp: LXC's socket names must stay
short) and a template directory holding the busybox template built for this session, so tests
cannot see each other's containers. Teardown stops and removes whatever the test left.
The Debian template (python3 inside) is built once by ``debian_template`` and cached in
/var/lib/vz/template/cache, so later runs reuse it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from proxmox_helpers import BUSYBOX, CACHE, DEBIAN, SCRIPTS, Proxmox, lxc_problem


@pytest.fixture(scope="session")
def template_dir():
    """A session template dir: a fresh busybox tarball, plus the cached Debian one if built."""
    if lxc_problem:
        pytest.skip(lxc_problem)
    path = Path(tempfile.mkdtemp(prefix="rxt-", dir="/tmp"))
    subprocess.run([sys.executable, str(SCRIPTS / "build-busybox-template.py"),
                    "--output", str(path / BUSYBOX)], check=True, capture_output=True)
    yield path
    shutil.rmtree(path, ignore_errors=True)


# Where state roots are made: /tmp, or e.g. a btrfs mount to test the btrfs snapshot path.
STATE_PARENT = os.environ.get("REXXLITE_TEST_STATE_PARENT", "/tmp")


@pytest.fixture
def state_root(monkeypatch, template_dir):
    root = Path(tempfile.mkdtemp(prefix="rxp-", dir=STATE_PARENT))
    monkeypatch.setenv("REXXLITE_PROXMOX_ROOT", str(root))
    monkeypatch.setenv("REXXLITE_TEMPLATE_DIR", str(template_dir))
    monkeypatch.setenv("REXXLITE_PROXMOX_BACKEND", "local")
    monkeypatch.delenv("REXXLITE_PROXMOX_INJECT_FAULT", raising=False)
    yield root
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def px(state_root, template_dir):
    proxmox = Proxmox(state_root, template_dir)
    yield proxmox
    proxmox.cleanup()


@pytest.fixture(scope="session")
def debian_template(template_dir):
    """The Debian template with python3: built once (30-60 s), cached for later runs."""
    cached = CACHE / DEBIAN
    if not cached.exists():
        if shutil.which("debootstrap") is None:
            pytest.skip("needs debootstrap to build the Debian template")
        done = subprocess.run(["bash", str(SCRIPTS / "build-debian-template.sh")],
                              env={**os.environ, "REXXLITE_TEMPLATE_DIR": str(CACHE)},
                              capture_output=True, text=True, timeout=900)
        if done.returncode != 0 or not cached.exists():
            pytest.fail(f"building the Debian template failed:\n{done.stdout}\n{done.stderr}")
    link = template_dir / DEBIAN
    if not link.exists():
        link.symlink_to(cached)
    return f"local:vztmpl/{DEBIAN}"
