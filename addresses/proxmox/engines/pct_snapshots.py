"""Snapshots and vzdump backups for the pct engine (a mixin of ``PctEngine``).

Each is the command a Proxmox admin types on the node: ``pct snapshot VMID NAME
[--description D]``, ``pct rollback VMID NAME [--start 1]``, ``pct delsnapshot VMID NAME``
(``qm snapshot/rollback/delsnapshot`` for a VM), ``vzdump VMID --storage S --mode M
--compress C [--notes-template N]`` (both kinds), ``pct restore VMID ARCHIVE --storage S
[--hostname H] [--force 1]`` (a VM's ``vzdump-qemu-`` archive: ``qmrestore ARCHIVE VMID
--storage S [--force 1]``), ``pvesm free VOLID``.
Listings are read as JSON from ``pvesh get`` of the API paths (``/nodes/N/lxc/V/snapshot``,
``/nodes/N/qemu/V/snapshot``,
``/nodes/N/storage/S/content --content backup``), not from the CLI's tree-shaped text.
With ``progress`` set (``progress=1``), vzdump's and pct restore's own stdout and stderr lines
go to it as they come (over SSH too), as the api engine shows a task's log.
"""

from __future__ import annotations

import json
import re
import time

from .base import (BackupInfo, BackupSpec, ContainerInfo, CURRENT_SNAPSHOT, EngineError,
                   LineSink, OutputSinks, RestoreSpec, SnapshotInfo)

_ARCHIVE_LINE = re.compile(r"creating (?:vzdump )?archive '([^']+)'")
_OWNER = re.compile(r"/vzdump-(?:lxc|qemu)-(\d+)-")
LONG = 3600.0                     # seconds a backup or restore may take


def snapshot_infos(entries: list[dict]) -> list[SnapshotInfo]:
    """The API's snapshot list (``current`` last, the others by snaptime)."""
    found, current = [], None
    for entry in entries:
        info = SnapshotInfo(str(entry.get("name", "")), str(entry.get("parent", "") or ""),
                            str(entry.get("description", "") or ""),
                            int(entry.get("snaptime", 0) or 0),
                            bool(int(entry.get("running", 0) or 0)))
        if info.name == CURRENT_SNAPSHOT:
            current = info
        else:
            found.append(info)
    found.sort(key=lambda s: (s.snaptime, s.name))
    return found + ([current] if current else [])


def backup_infos(entries: list[dict], vmid: int | None = None) -> list[BackupInfo]:
    """The API's storage content of type backup (containers' and VMs' archives)."""
    found = []
    for entry in entries:
        if entry.get("content") not in (None, "backup"):
            continue
        named = _OWNER.search(str(entry.get("volid", "")))
        owner = int(entry.get("vmid", 0) or (named[1] if named else 0))
        if vmid is not None and owner != vmid:
            continue
        found.append(BackupInfo(str(entry["volid"]), owner, int(entry.get("size", 0) or 0),
                                int(entry.get("ctime", 0) or 0),
                                str(entry.get("format", "") or ""),
                                str(entry.get("notes", "") or "")))
    return sorted(found, key=lambda b: (b.ctime, b.vmid, b.volid))


class PctSnapshotOps:
    """Uses the engine's ``run`` and ``node``."""

    progress: LineSink | None = None

    def _live(self) -> OutputSinks | None:
        """Both output streams of a long command to ``progress``, when it is set."""
        return OutputSinks(self.progress, self.progress) if self.progress else None

    def _pvesh_json(self, path: str, *options: str) -> list[dict]:
        text = self.run("pvesh", "get", path, *options, "--output-format", "json")
        try:
            data = json.loads(text or "[]")
        except ValueError:
            raise EngineError(f"unexpected answer from pvesh get {path}") from None
        return data if isinstance(data, list) else []

    def snapshot(self, vmid: int, name: str, description: str = "") -> SnapshotInfo:
        self.run(self.tool(vmid), "snapshot", vmid, name,
                 *(["--description", description] if description else []))
        made = next((s for s in self.snapshots(vmid) if s.name == name), None)
        return made or SnapshotInfo(name, description=description, snaptime=int(time.time()))

    def snapshots(self, vmid: int) -> list[SnapshotInfo]:
        kind = self.kind_of(vmid)
        return snapshot_infos(self._pvesh_json(f"/nodes/{self.node}/{kind}/{vmid}/snapshot"))

    def rollback(self, vmid: int, name: str, start: bool = False) -> None:
        self.run(self.tool(vmid), "rollback", vmid, name, *(["--start", "1"] if start else []),
                 timeout=LONG)

    def delete_snapshot(self, vmid: int, name: str) -> None:
        self.run(self.tool(vmid), "delsnapshot", vmid, name, timeout=LONG)

    def backup(self, spec: BackupSpec) -> BackupInfo:
        args = ["vzdump", spec.vmid, "--storage", spec.storage, "--mode", spec.mode,
                "--compress", spec.compress]
        if spec.notes:
            args += ["--notes-template", spec.notes]
        said: list[str] = []               # vzdump logs to stderr on a node: both are read

        def hear(line: str) -> None:
            said.append(line)
            if self.progress:
                self.progress(line)
        self.run(*args, timeout=LONG, live=OutputSinks(hear, hear))
        match = None
        for match in _ARCHIVE_LINE.finditer("\n".join(said)):
            pass
        if match is None:
            raise EngineError(f"vzdump of {'VM' if self.is_vm(spec.vmid) else 'CT'} "
                              f"{spec.vmid} named no archive")
        name = match[1].rsplit("/", 1)[-1]
        made = [b for b in self.backups(spec.storage, spec.vmid)
                if b.volid.endswith("/" + name)]
        if not made:
            raise EngineError(f"vzdump made {name}, but storage '{spec.storage}' does not "
                              "list it")
        return made[0]

    def backups(self, storage: str = "local", vmid: int | None = None) -> list[BackupInfo]:
        entries = self._pvesh_json(f"/nodes/{self.node}/storage/{storage}/content",
                                   "--content", "backup")
        return backup_infos(entries, vmid)

    def restore(self, spec: RestoreSpec) -> ContainerInfo:
        if "vzdump-qemu-" in spec.archive:
            return self._restore_vm(spec)
        storage = self._rootdir_storage(spec.storage)
        args = ["pct", "restore", spec.vmid, spec.archive, "--storage", storage]
        if spec.hostname:
            args += ["--hostname", spec.hostname]
        if spec.force:
            args += ["--force", "1"]
        self.run(*args, timeout=LONG, live=self._live())
        return self.info(spec.vmid)

    def _restore_vm(self, spec: RestoreSpec) -> ContainerInfo:
        """``qmrestore ARCHIVE VMID --storage S [--force 1]`` of a VM's archive; qmrestore
        has no name option, so ``hostname=`` is a ``qm set --name`` afterwards."""
        storage = self._rootdir_storage(spec.storage, content="images")
        args = ["qmrestore", spec.archive, spec.vmid, "--storage", storage]
        if spec.force:
            args += ["--force", "1"]
        self.run(*args, timeout=LONG, live=self._live())
        self._kinds[spec.vmid] = "qemu"
        if spec.hostname:
            self.run("qm", "set", spec.vmid, "--name", spec.hostname)
        return self.info(spec.vmid)

    def delete_backup(self, volid: str) -> None:
        self.run("pvesm", "free", volid)
