"""Snapshots of the local engine: snapshot, listsnapshot, rollback, delsnapshot (a mixin).

A snapshot is Proxmox's ``[NAME]`` section in the container's config (the options at that
moment, ``snaptime``, the ``parent`` snapshot, the description as ``#`` lines; the config
itself says ``parent: NAME`` for the latest) plus a frozen copy of the container's own volume,
``images/<vmid>/snap-NAME.subvol`` beside it on the volume's storage: on a btrfs storage a
read-only subvolume snapshot, on a directory storage (overlayfs) a ``cp -a --reflink=auto``
copy of the container's own layer. For a linked
clone that layer is only its overlay upper dir, so the snapshot costs what the clone changed;
the template below is read-only and never copied. A running container is frozen (lxc-freeze)
while its layer is copied, as Proxmox freezes it for a consistent snapshot.

A VM's snapshots are qcow2 internal snapshots (``local_vm_snapshots.py``); the public methods
below hand a VM's VMID there. Rollback stops a running container, copies the snapshot into ``rollback-new.subvol``, swaps
it with the own volume (``rollback-old.subvol`` meanwhile), then writes the snapshot's config.
Each operation records its lock (``snapshot``, ``snapshot-delete``, ``rollback``) and intent
before its first side effect (``local_recovery.py``); ``_settle_snapshot_op`` is what the next
process does with an interrupted one: a snapshot is undone, a delete finished, a rollback
finished once the swap began and undone before it.
"""

from __future__ import annotations

import os
import subprocess
import time
from contextlib import contextmanager
from pathlib import Path
# (annotations only: no ``typing`` at run time)

from . import volumes
from .base import (CURRENT_SNAPSHOT, EngineError, SnapshotInfo, no_such_snapshot,
                   snapshot_taken, template_snapshot)
from .faults import fault
from .local_recovery import Intent
from .local_store import PveConfig

NOT_SNAPSHOT_OPTIONS = ("lock", "parent", "snaptime")
ROLLBACK_NEW, ROLLBACK_OLD = "rollback-new.subvol", "rollback-old.subvol"
BACKUP_VOLUME = "vzdump.subvol"          # the frozen layer a mode=snapshot backup reads
BACKUP_STAGING = "vzdump-conf"           # where a backup puts the pct.conf it archives


# -- the [NAME] sections of a config ---------------------------------------------------------
def read_sections(conf: PveConfig) -> tuple[dict[str, PveConfig], list[str]]:
    """The snapshot sections of ``conf`` by name, and the other sections' text (kept as is)."""
    snapshots: dict[str, PveConfig] = {}
    others: list[str] = []
    name, body = "", []

    def close() -> None:
        if not name:
            return
        if ":" in name:                      # [pve:pending] and the like: not snapshots
            others.append("\n".join([f"[{name}]", *body]).rstrip("\n") + "\n")
        else:
            snapshots[name] = PveConfig.parse("\n".join(body))
    for line in conf.trailer.splitlines():
        if line.startswith("[") and line.rstrip().endswith("]"):
            close()
            name, body = line.strip()[1:-1], []
        else:
            body.append(line)
    close()
    return snapshots, others


def write_sections(conf: PveConfig, snapshots: dict[str, PveConfig], others: list[str]) -> None:
    parts = [f"[{name}]\n{section.render()}" for name, section in snapshots.items()]
    conf.trailer = "\n".join(parts + others)


def remove_tree(path: Path, btrfs: bool) -> None:
    """Remove one volume directory (a btrfs subvolume, or a plain tree); missing is fine."""
    if not os.path.lexists(path):
        return
    if btrfs:
        subprocess.run(["btrfs", "-q", "subvolume", "delete", str(path)], capture_output=True,
                       cwd="/")
    if os.path.lexists(path):                # rm is several times faster than rmtree
        volumes.run(["rm", "-rf", "--one-file-system", "--", str(path)], "removing volume")


def freeze_copy(source: Path, dest: Path, btrfs: bool, writable: bool = False) -> None:
    """``dest`` as a copy of the volume ``source``: a btrfs snapshot (read-only unless
    ``writable``), else a ``cp -a`` copy that shares blocks where the filesystem can."""
    if btrfs:
        run = ["btrfs", "-q", "subvolume", "snapshot", *([] if writable else ["-r"]),
               str(source), str(dest)]
        volumes.run(run, "snapshot")
        return
    dest.mkdir(mode=0o755)
    volumes.run(["cp", "-a", "--reflink=auto", f"{source}/.", str(dest)], "copying volume")


class SnapshotOps:
    """Snapshot operations; a mixin of ``LocalEngine`` (its store, runtime, locks, intents)."""

    def _own_volume(self, vmid: int, conf: PveConfig) -> Path:
        return self._volume_path(volumes.parse_volid(conf.get("rootfs")))

    def _snapshot_path(self, conf: PveConfig, name: str) -> Path:
        return self._folder(conf) / f"snap-{name}.subvol"

    def _cow(self, conf: PveConfig) -> bool:
        """True when the container's volume is on a btrfs storage (subvolume snapshots)."""
        return self._subvolumes(volumes.parse_volid(conf.get("rootfs")).storage)

    @contextmanager
    def _frozen(self, vmid: int) -> Iterator[None]:
        """The container's processes frozen meanwhile, when it runs (a consistent copy)."""
        if not self._running(vmid):
            yield
            return
        self.runtime.freeze(vmid)
        try:
            yield
        finally:
            self.runtime.unfreeze(vmid)

    # -- snapshot ---------------------------------------------------------------------------
    def snapshot(self, vmid: int, name: str, description: str = "") -> SnapshotInfo:
        self._ensure()
        if self.is_vm(vmid):
            return self.snapshot_vm(vmid, name, description)       # local_vm_snapshots.py
        with self._held(vmid) as conf:
            self._check_lock(conf)
            if conf.is_template:
                raise template_snapshot()
            snapshots, others = read_sections(conf)
            if name in snapshots:
                raise snapshot_taken(name)
            path = self._snapshot_path(conf, name)
            intent = Intent("snapshot", [self._relative(path)], snapshot=name)
            section = PveConfig(options={k: v for k, v in conf.options.items()
                                         if k not in NOT_SNAPSHOT_OPTIONS},
                                description=description)
            if conf.get("parent"):
                section.options["parent"] = conf.get("parent")
            intent.record(conf)
            self.store.write(vmid, conf)
            try:
                remove_tree(path, self._cow(conf))
                with self._frozen(vmid):
                    section.options["snaptime"] = str(int(time.time()))
                    freeze_copy(self._own_volume(vmid, conf), path, self._cow(conf))
                fault("snapshot:copied")
            except BaseException:
                self._settle_snapshot_op(vmid, self.store.read(vmid), intent)
                raise
            return self._snapshot_taken(vmid, conf, snapshots, others, name, section)

    def _snapshot_taken(self, vmid: int, conf: PveConfig, snapshots: dict[str, PveConfig],
                        others: list[str], name: str, section: PveConfig) -> SnapshotInfo:
        """A snapshot made (a container's copy or a VM's disk snapshot): its ``[NAME]``
        section written, the config's parent set to it, the intent cleared."""
        snapshots[name] = section
        write_sections(conf, snapshots, others)
        conf.options["parent"] = name
        Intent.clear(conf)
        self.store.write(vmid, conf)
        return _info(name, section)

    def snapshots(self, vmid: int) -> list[SnapshotInfo]:
        self._ensure()
        self._recover_stale(vmid, wait=False)
        conf = self.store.read(vmid)
        found = sorted((_info(name, s) for name, s in read_sections(conf)[0].items()),
                       key=lambda s: (s.snaptime, s.name))
        found.append(SnapshotInfo(CURRENT_SNAPSHOT, conf.get("parent"), "You are here!",
                                  running=self._running(vmid)))
        return found

    # -- rollback ---------------------------------------------------------------------------
    def rollback(self, vmid: int, name: str, start: bool = False) -> None:
        self._ensure()
        if self.is_vm(vmid):
            return self.rollback_vm(vmid, name, start)
        with self._held(vmid) as conf:
            self._check_lock(conf)
            if conf.is_template:
                raise EngineError("you can't rollback a template")
            if name not in read_sections(conf)[0]:
                raise no_such_snapshot(name)
            if self._running(vmid) and not self.runtime.stop(vmid, kill=True):
                raise EngineError(f"unable to stop CT {vmid}")
            folder = self._folder(conf)
            new, old = folder / ROLLBACK_NEW, folder / ROLLBACK_OLD
            intent = Intent("rollback", [self._relative(new), self._relative(old)],
                            snapshot=name)
            intent.record(conf)
            self.store.write(vmid, conf)
            try:
                remove_tree(new, self._cow(conf))
                remove_tree(old, self._cow(conf))
                freeze_copy(self._snapshot_path(conf, name), new, self._cow(conf), writable=True)
                fault("rollback:copied")
            except BaseException:
                self._settle_snapshot_op(vmid, self.store.read(vmid), intent)
                raise
            os.rename(self._own_volume(vmid, conf), old)
            fault("rollback:moved")
            os.rename(new, self._own_volume(vmid, conf))
            self._finish_rollback(vmid, conf, name)
        if start:
            self.start(vmid)

    def _finish_rollback(self, vmid: int, conf: PveConfig, name: str) -> None:
        """The config as the snapshot has it (this process's facts kept), the old volume gone."""
        snapshots, others = read_sections(conf)
        section = snapshots[name]
        options = {k: v for k, v in section.options.items() if k not in NOT_SNAPSHOT_OPTIONS}
        options["rootfs"] = conf.get("rootfs")
        options["parent"] = name
        conf.options = options
        conf.description = section.description
        Intent.clear(conf)
        self.store.write(vmid, conf)
        remove_tree(self._folder(conf) / ROLLBACK_OLD, self._cow(conf))

    # -- delsnapshot ------------------------------------------------------------------------
    def delete_snapshot(self, vmid: int, name: str) -> None:
        self._ensure()
        if self.is_vm(vmid):
            return self.delete_snapshot_vm(vmid, name)
        with self._held(vmid) as conf:
            self._check_lock(conf)
            if name not in read_sections(conf)[0]:
                raise no_such_snapshot(name)
            Intent("delsnapshot", [self._relative(self._snapshot_path(conf, name))],
                   snapshot=name).record(conf)
            self.store.write(vmid, conf)
            fault("delsnapshot:locked")
            self._finish_delete(vmid, conf, name)

    def _finish_delete(self, vmid: int, conf: PveConfig, name: str) -> None:
        """The snapshot's copy removed, its section dropped, its children re-parented."""
        remove_tree(self._snapshot_path(conf, name), self._cow(conf))
        self._drop_snapshot_section(vmid, conf, name)

    def _drop_snapshot_section(self, vmid: int, conf: PveConfig, name: str) -> None:
        """The snapshot's ``[NAME]`` section dropped and its children re-parented, for a
        container or a VM (whose snapshot lives inside its qcow2 disk)."""
        snapshots, others = read_sections(conf)
        gone = snapshots.pop(name, None)
        grandparent = gone.get("parent") if gone else ""
        for holder in [*snapshots.values(), conf]:
            if holder.get("parent") == name:
                if grandparent:
                    holder.options["parent"] = grandparent
                else:
                    holder.options.pop("parent", None)
        write_sections(conf, snapshots, others)
        Intent.clear(conf)
        self.store.write(vmid, conf)

    # -- recovery ---------------------------------------------------------------------------
    def _settle_snapshot_op(self, vmid: int, conf: PveConfig, intent: Intent) -> None:
        """What an interrupted snapshot operation left, settled (see the module docstring)."""
        if self.is_vm(vmid):
            self.settle_vm_snapshot_op(vmid, conf, intent)
            return
        folder = self._folder(conf)
        if intent.op == "delsnapshot":
            self._finish_delete(vmid, conf, intent.snapshot)
            return
        if intent.op == "rollback" and os.path.lexists(folder / ROLLBACK_OLD):
            own = self._own_volume(vmid, conf)
            if not os.path.lexists(own):
                os.rename(folder / ROLLBACK_NEW, own)
            self._finish_rollback(vmid, conf, intent.snapshot)
            return
        if intent.op == "snapshot":
            remove_tree(self._snapshot_path(conf, intent.snapshot), self._cow(conf))
        remove_tree(folder / ROLLBACK_NEW, self._cow(conf))
        remove_tree(folder / BACKUP_VOLUME, self._cow(conf))
        remove_tree(folder / BACKUP_STAGING, False)
        Intent.clear(conf)
        self.store.write(vmid, conf)


def _info(name: str, section: PveConfig) -> SnapshotInfo:
    snaptime = section.get("snaptime")
    return SnapshotInfo(name, section.get("parent"), section.description,
                        int(snaptime) if snaptime.isdigit() else 0)
