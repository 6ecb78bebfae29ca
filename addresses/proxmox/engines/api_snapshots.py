"""Snapshots and vzdump backups for the api engine (a mixin of ``ApiEngine``).

The Proxmox VE API paths: ``GET|POST /nodes/N/lxc/V/snapshot`` (a VM: ``.../qemu/V/...``),
``DELETE .../snapshot/NAME``, ``POST .../snapshot/NAME/rollback`` (``start=1``), ``POST /nodes/N/vzdump`` (``vmid storage
mode compress notes-template``), ``GET /nodes/N/storage/S/content?content=backup``,
``DELETE /nodes/N/storage/S/content/VOLID``, and restore as ``POST /nodes/N/lxc`` with
``restore=1 ostemplate=ARCHIVE`` (``force=1`` to replace; a VM's archive: ``POST
/nodes/N/qemu`` with ``archive=ARCHIVE``, as qmrestore calls it). Each task is waited for, its log
shown with progress=1 as for create and clone. The answers are read by ``pct_snapshots``'
parsers (the pct engine reads the same JSON through pvesh).
"""

from __future__ import annotations

import re
# (annotations only: no ``typing`` at run time)

from .base import BackupInfo, BackupSpec, ContainerInfo, EngineError, RestoreSpec, SnapshotInfo
from .pct_snapshots import backup_infos, snapshot_infos


class ApiSnapshotOps:
    """Uses the engine's ``call``, ``_ct``, ``_wait``, ``node``, ``node_of``."""

    def snapshot(self, vmid: int, name: str, description: str = "") -> SnapshotInfo:
        ct = self._ct(vmid)
        params = {"snapname": name, **({"description": description} if description else {})}
        self._wait(self.call(lambda api: ct(api).snapshot.post(**params)))
        made = next((s for s in self.snapshots(vmid) if s.name == name), None)
        if made is None:
            raise EngineError(f"snapshot '{name}' does not exist")
        return made

    def snapshots(self, vmid: int) -> list[SnapshotInfo]:
        ct = self._ct(vmid)
        return snapshot_infos(self.call(lambda api: ct(api).snapshot.get()) or [])

    def rollback(self, vmid: int, name: str, start: bool = False) -> None:
        ct = self._ct(vmid)
        params = {"start": 1} if start else {}
        self._wait(self.call(lambda api: ct(api).snapshot(name).rollback.post(**params)))

    def delete_snapshot(self, vmid: int, name: str) -> None:
        ct = self._ct(vmid)
        self._wait(self.call(lambda api: ct(api).snapshot(name).delete()))

    def backup(self, spec: BackupSpec) -> BackupInfo:
        node = self.node_of(spec.vmid)
        params = vzdump_params(spec)
        before = {b.volid for b in self._backups_on(node, spec.storage, spec.vmid)}
        self._wait(self.call(lambda api: api.nodes(node).vzdump.post(**params)))
        made = [b for b in self._backups_on(node, spec.storage, spec.vmid)
                if b.volid not in before]
        if not made:
            raise EngineError(f"vzdump of CT {spec.vmid} left no new archive on storage "
                              f"'{spec.storage}'")
        return made[-1]

    def _backups_on(self, node: str, storage: str, vmid: int | None) -> list[BackupInfo]:
        entries = self.call(lambda api: api.nodes(node).storage(storage).content.get(
            content="backup")) or []
        return backup_infos(entries, vmid)

    def backups(self, storage: str = "local", vmid: int | None = None) -> list[BackupInfo]:
        return self._backups_on(self.node, storage, vmid)

    def restore(self, spec: RestoreSpec) -> ContainerInfo:
        if spec.archive.startswith("/"):
            raise EngineError("the api engine restores a backup volume (STORAGE:backup/...), "
                              "not a path")
        node = self.node
        if "vzdump-qemu-" in spec.archive:                 # a VM's VMA: what qmrestore posts
            return self._restore_vm(node, spec)
        storage = self._rootdir_storage(node, spec.storage)
        params: dict[str, Any] = {"vmid": spec.vmid, "ostemplate": spec.archive, "restore": 1,
                                  "storage": storage}
        if spec.hostname:
            params["hostname"] = spec.hostname
        if spec.force:
            params["force"] = 1
        self._wait(self.call(lambda api: api.nodes(node).lxc.post(**params)))
        return self.info(spec.vmid)

    def _restore_vm(self, node: str, spec: RestoreSpec) -> ContainerInfo:
        """``POST /nodes/N/qemu`` with ``archive=VOLID`` (qmrestore's call); ``hostname=`` is
        the VM's ``name`` afterwards."""
        params: dict[str, Any] = {"vmid": spec.vmid, "archive": spec.archive,
                                  "storage": self._rootdir_storage(node, spec.storage,
                                                                   content="images")}
        if spec.force:
            params["force"] = 1
        self._wait(self.call(lambda api: api.nodes(node).qemu.post(**params)))
        self._kinds[spec.vmid] = "qemu"
        if spec.hostname:
            self._put(spec.vmid, node, {"name": spec.hostname})
        return self.info(spec.vmid)

    def delete_backup(self, volid: str) -> None:
        storage = re.sub(r":.*", "", volid)
        node = self.node
        self._wait(self.call(lambda api: api.nodes(node).storage(storage).content(volid)
                             .delete()))


def vzdump_params(spec: BackupSpec) -> dict[str, Any]:
    """The body of ``POST /nodes/NODE/vzdump`` for ``spec``, in the API's names (the notes
    are ``notes-template``: vzdump expands ``{{guestname}}`` and the like in them)."""
    params: dict[str, Any] = {"vmid": str(spec.vmid), "storage": spec.storage,
                              "mode": spec.mode, "compress": spec.compress}
    if spec.notes:
        params["notes-template"] = spec.notes
    return params
