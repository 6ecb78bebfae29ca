"""scripts/test-proxmox-cow.rexx, unchanged, on the local engine and on the api engine.

The script is run by the rexxlite command as a user would run it; only the environment
variables differ. ``local``: real LXC containers on this host (needs root and LXC). ``api``:
fakepve (a third-party fake of the Proxmox VE API) with execute going over the ssh TEST DOUBLE
to the pct TEST DOUBLE (see conftest.py), which runs the commands isolated per container.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from conftest import TOKEN_NAME, TOKEN_USER, TOKEN_VALUE

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "test-proxmox-cow.rexx"
BUSYBOX = "rexxlite-busybox_1.0_amd64.tar.gz"


def _problem(backend: str) -> str:
    if shutil.which("rexxlite") is None:
        return "rexxlite is not installed (pip install -e .)"
    if os.geteuid() != 0:
        return "needs root (LXC containers; the pct double's isolation)"
    if backend == "local" and shutil.which("lxc-start") is None:
        return "needs LXC"
    return ""


def _local_env(tmp: Path) -> dict[str, str]:
    templates = tmp / "templates"
    templates.mkdir()
    subprocess.run([sys.executable, str(REPO / "scripts" / "build-busybox-template.py"),
                    "--output", str(templates / BUSYBOX)], check=True, capture_output=True)
    root = Path(tempfile.mkdtemp(prefix="rxc-", dir="/tmp"))       # LXC wants short paths
    return {"PROXMOX_BACKEND": "local", "REXXLITE_PROXMOX_ROOT": str(root),
            "REXXLITE_TEMPLATE_DIR": str(templates)}


def _api_env(tmp: Path, pve, cafile: str) -> dict[str, str]:
    pve.store_file("local", BUSYBOX, 1024, content="vztmpl")
    pve.apitokens[f"{TOKEN_USER}!{TOKEN_NAME}"] = TOKEN_VALUE
    shims = tmp / "shims"
    shims.mkdir()
    (shims / "python3").symlink_to(sys.executable)
    (tmp / "node").mkdir()
    fake = Path(__file__).resolve().parent / "fake_pct"
    return {"PROXMOX_BACKEND": "api", "PROXMOX_HOST": pve.host, "PROXMOX_PORT": str(pve.port),
            "PROXMOX_USER": TOKEN_USER, "PROXMOX_TOKEN_NAME": TOKEN_NAME,
            "PROXMOX_TOKEN_VALUE": TOKEN_VALUE, "PROXMOX_VERIFY_SSL": cafile,
            "PROXMOX_SSH": "root@{node}", "FAKEPVE_URL": pve.url, "FAKEPVE_CA": cafile,
            "FAKEPVE_TOKEN": f"{TOKEN_USER}!{TOKEN_NAME}={TOKEN_VALUE}",
            "FAKE_PCT_STATE": str(tmp / "node"), "FAKE_PCT_NODE": "pve1",
            "PATH": f"{fake}:{shims}:{os.environ['PATH']}"}


@pytest.mark.parametrize("backend", ["local", "api"])
def test_cow_script_runs_unchanged(backend, request, tmp_path):
    reason = _problem(backend)
    if reason:
        pytest.skip(reason)
    base = {k: v for k, v in os.environ.items()
            if not k.startswith(("PROXMOX_", "REXXLITE_PROXMOX_"))}
    if backend == "local":
        extra = _local_env(tmp_path)
    else:
        extra = _api_env(tmp_path, request.getfixturevalue("pve"),
                         request.getfixturevalue("fakepve_cafile"))
    try:
        done = subprocess.run(["rexxlite", str(SCRIPT)], capture_output=True, text=True,
                              timeout=300, cwd=REPO, env={**base, **extra})
    finally:
        if backend == "local":
            shutil.rmtree(extra["REXXLITE_PROXMOX_ROOT"], ignore_errors=True)
    out = done.stdout
    assert done.returncode == 0, out + done.stderr
    assert f"(backend: {backend})" in out
    for line in ("  ✅ Proxmox handler ready", "  ✅ Total containers: 4 (expected 4: 1 base + 3 clones)",
                 "its new file is not seen by clone 2", "  ✅ Cleaned up"):
        assert line in out, out
    methods = re.findall(r"✅ Clone (\d) completed in [\d.]+ ms \(method: ([a-z-]+)\)", out)
    assert methods == [("1", "linked-clone"), ("2", "linked-clone"), ("3", "linked-clone")]
    if backend == "api":
        assert request.getfixturevalue("pve").cts == []       # everything removed again
    assert TOKEN_VALUE not in out + done.stderr
