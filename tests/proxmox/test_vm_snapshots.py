"""Snapshots of VMs on the local engine: qcow2 internal snapshots of the real disk (qemu-img on a
stopped VM, QMP on a running one, with the guest's filesystems frozen by its agent), the
``[NAME]`` sections of qemu-server/VMID.conf as Proxmox writes them, rollback that stops the VM
and sees the old file inside the booted guest, Proxmox's rules, and kill -9 recovery."""

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


def test_snapshots_of_a_running_and_a_stopped_vm_and_rollback(vpx, state_root):
    base = vpx.ok(f"create type=vm template={IMAGE} memory=160").fields["vmid"]
    vpx.ok(f"template vmid={base}")
    refused = vpx(f"snapshot vmid={base} name=x")
    assert refused.rc == 1 and refused.fields["error"] == "you can't take a snapshot if it's a template"
    vmid = vpx.ok(f"clone source={base}").fields["vmid"]        # a linked clone: its overlay
    disk = disk_of(state_root, vmid)
    vpx.ok(f"snapshot vmid={vmid} name=cold description='stopped, by qemu-img'")
    assert disk_snapshots(disk) == ["cold"]
    vpx.ok(f"start vmid={vmid}")
    vpx.ok(f"execute vmid={vmid} command='echo one > /root/f; sync'")
    vpx.ok(f"snapshot vmid={vmid} name=warm")                     # live, through QMP
    assert disk_snapshots(disk) == ["cold", "warm"]
    vpx.ok(f"execute vmid={vmid} command='echo two > /root/f; sync'")
    vpx.ok(f"set vmid={vmid} memory=192")
    listed = vpx.ok(f"listsnapshot vmid={vmid}").fields["snapshots"]
    assert [(s["name"], s["parent"]) for s in listed] == [
        ("cold", ""), ("warm", "cold"), ("current", "warm")]
    assert listed[0]["description"] == "stopped, by qemu-img" and listed[2]["running"] == 1
    conf_text = (state_root / "pve" / "qemu-server" / f"{vmid}.conf").read_text()
    assert "\n[warm]\n" in conf_text and "parent: cold" in conf_text and "snaptime: " in conf_text
    vpx.ok(f"rollback vmid={vmid} name=warm start=1")             # stops it, then boots
    assert vpx.ok(f"execute vmid={vmid} command='cat /root/f'").fields["stdout"] == "one"
    assert vpx.ok(f"config vmid={vmid}").fields["config"]["memory"] == "160"
    vpx.ok(f"delsnapshot vmid={vmid} name=cold")                  # live delete
    assert disk_snapshots(disk) == ["warm"]
    vpx.ok(f"rollback vmid={vmid} name=warm")
    assert vpx.ok(f"list").fields["containers"][1]["status"] == "stopped"
    vpx.ok(f"delsnapshot vmid={vmid} name=warm")                  # qemu-img -d
    assert disk_snapshots(disk) == [] and "[warm]" not in (
        state_root / "pve" / "qemu-server" / f"{vmid}.conf").read_text()
    assert disk_snapshots(state_root / "images" / str(base) / f"base-{base}-disk-0.qcow2") == []
    vpx.ok(f"remove vmid={vmid}")
    vpx.ok(f"remove vmid={base}")


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
