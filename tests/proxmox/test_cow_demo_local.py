"""scripts/test-proxmox-cow.rexx end to end: the README's first command, through rexxlite."""

from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest

from proxmox_helpers import REPO, requires_lxc

pytestmark = requires_lxc
SCRIPT = REPO / "scripts" / "test-proxmox-cow.rexx"


def _interpreter_ready() -> str:
    exe = shutil.which("rexxlite")
    if exe is None:
        return "rexxlite is not installed (pip install -e .)"
    probe = subprocess.run([exe, "-e", "x.1 = 2.5; say x.1 * 2 format(7/2, , 2)"],
                           capture_output=True, text=True)
    if probe.stdout.strip() != "5.0 3.50":
        return f"interpreter core not ready yet: {probe.stderr.strip()[:200]}"
    return ""


def test_cow_script_runs_end_to_end(state_root):
    reason = _interpreter_ready()
    if reason:
        pytest.skip(reason)
    assert os.access(SCRIPT, os.X_OK)
    assert SCRIPT.read_text().startswith("#!/usr/bin/env rexxlite\n")
    done = subprocess.run([str(SCRIPT)], capture_output=True, text=True, timeout=300,
                          cwd=REPO, env=dict(os.environ))
    out = done.stdout
    assert done.returncode == 0, out + done.stderr
    for line in ("=== Proxmox LXC CoW Cloning Test ===", "  Runtime: proxmox",
                 "  ✅ Proxmox handler ready", "  ✅ Container created: 100",
                 "  ✅ Total containers: 4 (expected 4: 1 base + 3 clones)", "  ✅ Cleaned up"):
        assert line in out
    times = re.findall(r"✅ Clone (\d) completed in ([\d.]+) ms \(method: linked-clone\)", out)
    assert [n for n, _ in times] == ["1", "2", "3"]
    assert all(float(ms) < 1000 for _, ms in times)
    assert "its new file is not seen by clone 2" in out
    assert not any((state_root / "images").iterdir())
    assert not any((state_root / "pve" / "lxc").iterdir())
