"""kill -9 during VM snapshot operations on the local engine (qcow2 internal snapshots): the next
command settles what was left, on the disk and in the config. Snapshots of a running and a
stopped VM, rollback and the rules: test_vm_backups.py (one booted VM for both)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from test_vms import CHILD, IMAGE, vm_image_dir, vpx  # noqa: F401  (fixtures)

from rexxlite.addresses.proxmox.engines.local import LocalEngine


def disk_snapshots(disk: Path) -> list[str]:
    info = subprocess.run(["qemu-img", "info", "-U", "--output=json", str(disk)],
                          capture_output=True, text=True, check=True).stdout
    return [s["name"] for s in json.loads(info).get("snapshots", [])]


def disk_of(root: Path, vmid: int) -> Path:
    return root / "images" / str(vmid) / f"vm-{vmid}-disk-0.qcow2"


def _killed(point: str, command: str) -> None:
    env = {**os.environ, "REXXLITE_PROXMOX_INJECT_FAULT": f"kill:{point}"}
    done = subprocess.run([sys.executable, "-c", CHILD, command], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == -signal.SIGKILL, done.stdout + done.stderr


def test_a_kill_during_a_vm_snapshot_rollback_or_delete_is_settled(vpx, state_root):
    vmid = vpx.ok(f"create type=vm template={IMAGE} memory=128").fields["vmid"]
    disk = disk_of(state_root, vmid)
    _killed("vm-snapshot:taken", f"snapshot vmid={vmid} name=half")
    conf = state_root / "pve" / "qemu-server" / f"{vmid}.conf"
    assert "lock: snapshot" in conf.read_text() and disk_snapshots(disk) == ["half"]
    engine = LocalEngine()                        # the next process undoes it, on disk too
    assert [s.name for s in engine.snapshots(vmid)] == ["current"] and disk_snapshots(disk) == []
    vpx.ok(f"snapshot vmid={vmid} name=s")
    vpx.ok(f"set vmid={vmid} cores=2")
    _killed("vm-rollback:applied", f"rollback vmid={vmid} name=s")
    vpx.ok(f"unlock vmid={vmid}")                 # finished: the config is the snapshot's
    assert vpx.ok(f"config vmid={vmid}").fields["config"]["cores"] == "1"
    _killed("vm-delsnapshot:deleted", f"delsnapshot vmid={vmid} name=s")
    vpx.ok(f"unlock vmid={vmid}")
    assert disk_snapshots(disk) == []
    assert [s["name"] for s in vpx.ok(f"listsnapshot vmid={vmid}").fields["snapshots"]] == [
        "current"]
    vpx.ok(f"remove vmid={vmid}")
