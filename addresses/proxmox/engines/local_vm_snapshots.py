"""Snapshots of the local engine's VMs (a mixin of ``LocalEngine``): qcow2 internal snapshots.

As Proxmox does on a qcow2 volume, a VM snapshot is an internal snapshot of its disk plus a
``[NAME]`` section in ``qemu-server/VMID.conf`` (the options of that moment, ``snaptime``,
``parent``; the sections and the ``parent:`` line are those of containers,
``local_snapshots.py``). A stopped VM's disk is changed with ``qemu-img snapshot -c / -a / -d``;
a running VM's through its QMP monitor (``blockdev-snapshot-internal-sync`` /
``blockdev-snapshot-delete-internal-sync`` on drive ``virtio0``), its filesystems frozen by
the guest agent meanwhile (``guest-fsfreeze-freeze`` / ``-thaw``, when the agent answers), as
Proxmox takes a snapshot without RAM (``vmstate`` 0). Rollback stops a running VM first (a
snapshot without RAM cannot be resumed) and starts it again with ``start=1``; a template
cannot be snapshotted. A linked clone's snapshot lives in its own overlay: the template's
base is never written.

Each operation records its lock and intent first (``local_recovery.py``); what a killed
process left is settled by the next: an interrupted snapshot is deleted from the disk if it
got there, a delete or a rollback (re-applying a snapshot is idempotent) is finished, an
interrupted backup's raw copy and temporary ``vzdump`` snapshot removed.
"""

from __future__ import annotations

import json
import time

from .base import (EngineError, SnapshotInfo, no_such_snapshot, snapshot_taken,
                   template_snapshot)
from .faults import fault
from .guest_agent import Qmp
from .local_recovery import Intent
from .local_snapshots import NOT_SNAPSHOT_OPTIONS, read_sections
from .local_store import PveConfig
from .qemu_disks import DISK_KEY, remove_file
from .volumes import run

QMP_DRIVE = "virtio0"                 # the id QEMU gives the first -drive if=virtio
QMP_SNAPSHOT_TIMEOUT = 300.0
FREEZE_TIMEOUT = 10.0


class VmSnapshotOps:
    """Uses the engine's store, qemu runtime, locks and ``_disk_path``."""

    # -- the disk's internal snapshots ------------------------------------------------------
    def _disk_snapshots(self, vmid: int, conf: PveConfig) -> list[str]:
        done = run(["qemu-img", "info", "--output=json", "-U", str(self._disk_path(conf))],
                   "qemu-img info")
        try:
            return [str(s["name"]) for s in json.loads(done.stdout).get("snapshots", [])]
        except (ValueError, KeyError, TypeError):
            raise EngineError(f"qemu-img info: cannot read the snapshots of VM {vmid}") from None

    def _live_qmp(self, vmid: int) -> Qmp:
        return Qmp(self.qemu.run_dir(vmid) / "qmp.sock", QMP_SNAPSHOT_TIMEOUT)

    def _disk_snapshot(self, vmid: int, conf: PveConfig, action: str, name: str) -> None:
        """``create`` / ``apply`` / ``delete`` internal snapshot ``name`` of the VM's disk:
        through QMP while it runs (create and delete), else with qemu-img."""
        if self._vm_running(vmid):
            command = {"create": "blockdev-snapshot-internal-sync",
                       "delete": "blockdev-snapshot-delete-internal-sync"}[action]
            self._live_qmp(vmid).command(command, {"device": QMP_DRIVE, "name": name})
            return
        flag = {"create": "-c", "apply": "-a", "delete": "-d"}[action]
        run(["qemu-img", "snapshot", flag, name, str(self._disk_path(conf))],
            f"qemu-img snapshot {flag}")

    def _frozen_guest(self, vmid: int) -> bool:
        """Freeze the running guest's filesystems through its agent; whether it did."""
        if not self._vm_running(vmid):
            return False
        try:
            self.qemu.agent(vmid).call("guest-fsfreeze-freeze", None, FREEZE_TIMEOUT)
            return True
        except (EngineError, OSError, ValueError):
            return False

    def _thaw_guest(self, vmid: int) -> None:
        try:
            self.qemu.agent(vmid).call("guest-fsfreeze-thaw", None, FREEZE_TIMEOUT)
        except (EngineError, OSError, ValueError):
            pass

    # -- snapshot ---------------------------------------------------------------------------
    def snapshot_vm(self, vmid: int, name: str, description: str) -> SnapshotInfo:
        with self._held(vmid) as conf:
            self._check_lock(conf)
            if conf.is_template:
                raise template_snapshot()
            snapshots, others = read_sections(conf)
            if name in snapshots:
                raise snapshot_taken(name)
            section = PveConfig(options={k: v for k, v in conf.options.items()
                                         if k not in NOT_SNAPSHOT_OPTIONS},
                                description=description)
            if conf.get("parent"):
                section.options["parent"] = conf.get("parent")
            intent = Intent("snapshot", [], snapshot=name)
            intent.record(conf)
            self.store.write(vmid, conf)
            try:
                if name in self._disk_snapshots(vmid, conf):       # left by a crash
                    self._disk_snapshot(vmid, conf, "delete", name)
                frozen = self._frozen_guest(vmid)
                try:
                    section.options["snaptime"] = str(int(time.time()))
                    self._disk_snapshot(vmid, conf, "create", name)
                finally:
                    if frozen:
                        self._thaw_guest(vmid)
                fault("vm-snapshot:taken")
            except BaseException:
                self.settle_vm_snapshot_op(vmid, self.store.read(vmid), intent)
                raise
            return self._snapshot_taken(vmid, conf, snapshots, others, name, section)

    # -- rollback ---------------------------------------------------------------------------
    def rollback_vm(self, vmid: int, name: str, start: bool) -> None:
        with self._held(vmid) as conf:
            self._check_lock(conf)
            if conf.is_template:
                raise EngineError("you can't rollback a template")
            if name not in read_sections(conf)[0]:
                raise no_such_snapshot(name)
            Intent("rollback", [], snapshot=name).record(conf)
            self.store.write(vmid, conf)
            if self._vm_running(vmid):
                self.qemu.stop(vmid)
            fault("vm-rollback:stopped")
            self._apply_rollback(vmid, conf, name)
        if start:
            self.start(vmid)

    def _apply_rollback(self, vmid: int, conf: PveConfig, name: str) -> None:
        """The disk set back to snapshot ``name`` and the config to its section."""
        self._disk_snapshot(vmid, conf, "apply", name)
        fault("vm-rollback:applied")
        section = read_sections(conf)[0][name]
        options = {k: v for k, v in section.options.items() if k not in NOT_SNAPSHOT_OPTIONS}
        options[DISK_KEY] = conf.get(DISK_KEY)
        options["parent"] = name
        conf.options = options
        conf.description = section.description
        Intent.clear(conf)
        self.store.write(vmid, conf)

    # -- delsnapshot ------------------------------------------------------------------------
    def delete_snapshot_vm(self, vmid: int, name: str) -> None:
        with self._held(vmid) as conf:
            self._check_lock(conf)
            if name not in read_sections(conf)[0]:
                raise no_such_snapshot(name)
            Intent("delsnapshot", [], snapshot=name).record(conf)
            self.store.write(vmid, conf)
            fault("vm-delsnapshot:locked")
            self._finish_vm_delete(vmid, conf, name)

    def _finish_vm_delete(self, vmid: int, conf: PveConfig, name: str) -> None:
        if name in self._disk_snapshots(vmid, conf):
            self._disk_snapshot(vmid, conf, "delete", name)
        fault("vm-delsnapshot:deleted")
        self._drop_snapshot_section(vmid, conf, name)    # the sections (local_snapshots.py)

    # -- recovery ---------------------------------------------------------------------------
    def settle_vm_snapshot_op(self, vmid: int, conf: PveConfig, intent: Intent) -> None:
        """What an interrupted VM snapshot operation left, settled (module docstring)."""
        if intent.op == "delsnapshot":
            self._finish_vm_delete(vmid, conf, intent.snapshot)
            return
        if intent.op == "rollback" and intent.snapshot in read_sections(conf)[0]:
            if self._vm_running(vmid):
                self.qemu.stop(vmid)
            self._apply_rollback(vmid, conf, intent.snapshot)
            return
        if intent.op == "snapshot" and intent.snapshot in self._disk_snapshots(vmid, conf):
            self._disk_snapshot(vmid, conf, "delete", intent.snapshot)
        if intent.op == "backup":                 # local_vm_backup.py: its temporary parts
            if "vzdump" in self._disk_snapshots(vmid, conf):
                self._disk_snapshot(vmid, conf, "delete", "vzdump")
            for made in intent.creates:
                remove_file(self.store.root / made)
        Intent.clear(conf)
        self.store.write(vmid, conf)
