"""Crash safety of the local engine: intents, and recovery by the next process.

Every multi-step operation records, before its first side effect and in the same atomic
config write, a Proxmox ``lock:`` (``create`` for create and clone, ``template``, ``destroyed``)
and an intent: ``# rexxlite: intent=OP`` with ``intent-creates=`` the paths it is about to
make (relative to the state root, or ``STORAGE:relative`` on another storage), all inside the
container's own ``images/<vmid>`` on its volume's storage and ``work/<vmid>`` under the state
root, and for a template the base name it will record. All its work happens there (volumes in
``images/<vmid>``, a temporary overlay merge mounted at ``work/<vmid>``), and it holds the
container's flock throughout.

So whoever gets a container's exclusive flock and finds an intent knows its maker died, and
settles it (``RecoveryOps._recover``): create and clone are rolled back (the half-made
container disappears), destroy is finished, template is finished when its base volume exists
(made by one atomic rename after a complete copy) and rolled back otherwise. ``unlock VMID``
and every later command that changes VMID do this first; ``list`` shows the lock meanwhile, as
Proxmox does. ``sweep`` (once per process) removes temporary files of dead processes,
unmounts merges nobody holds and removes volumes that have no config, on every storage.
"""

from __future__ import annotations

import os
import shutil
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
# (annotations only: no ``typing`` at run time)

from . import volumes
from .base import EngineError, no_such_ct
from .local_store import LOCK_TIMEOUT, PveConfig

LOCK_OF = {"create": "create", "clone": "create", "template": "template",
           "destroy": "destroyed",
           # snapshots and backups (local_snapshots.py, local_backup.py)
           "snapshot": "snapshot", "delsnapshot": "snapshot-delete", "rollback": "rollback",
           "backup": "backup", "restore": "create"}
SETTLED_BY_SNAPSHOTS = ("snapshot", "delsnapshot", "rollback", "backup")
INTENT_KEYS = ("intent", "intent-creates", "intent-base", "intent-snapshot")


@dataclass
class Intent:
    """What an unfinished operation on a container is making."""

    op: str                                          # create | clone | template | destroy
    creates: list[str] = field(default_factory=list)  # paths relative to the state root
    base: str = ""                                   # template: the base name to record
    snapshot: str = ""                               # the snapshot it makes, deletes, rolls to

    def record(self, conf: PveConfig) -> None:
        conf.options["lock"] = LOCK_OF[self.op]
        conf.meta["intent"] = self.op
        conf.meta["intent-creates"] = " ".join(self.creates)
        if self.base:
            conf.meta["intent-base"] = self.base
        if self.snapshot:
            conf.meta["intent-snapshot"] = self.snapshot

    @staticmethod
    def clear(conf: PveConfig) -> None:
        conf.options.pop("lock", None)
        for key in INTENT_KEYS:
            conf.meta.pop(key, None)

    @classmethod
    def of(cls, conf: PveConfig) -> "Intent | None":
        op = conf.meta.get("intent", "")
        if op not in LOCK_OF:
            return None
        return cls(op, conf.meta.get("intent-creates", "").split(),
                   conf.meta.get("intent-base", ""), conf.meta.get("intent-snapshot", ""))


class RecoveryOps:
    """Recovery and sweeping; a mixin of ``LocalEngine`` (uses its store, runtime, storages)."""

    def _merge_point(self, vmid: int) -> Path:
        return self.store.work / str(vmid)

    @contextmanager
    def _held(self, vmid: int, timeout: float = LOCK_TIMEOUT) -> Iterator[PveConfig]:
        """Hold ``vmid``'s exclusive lock and yield its config, settling a dead process's
        unfinished operation first (no such CT when that removed the container)."""
        with self.store.lock(vmid, timeout=timeout):
            conf = self._recover(vmid)
            if conf is None:
                raise no_such_ct(vmid, self.node)
            yield conf

    def _recover_stale(self, vmid: int, wait: bool = True) -> None:
        """Settle ``vmid``'s unfinished operation if there is one (before a shared lock, or a
        command that only reads: ``wait=False``, so a live operation is not waited for)."""
        try:
            conf = self.store.read(vmid)
        except EngineError:
            return
        if Intent.of(conf) is None:
            return
        try:
            with self.store.lock(vmid, timeout=LOCK_TIMEOUT if wait else 0):
                self._recover(vmid)
        except EngineError:
            if wait:
                raise

    def _recover(self, vmid: int) -> PveConfig | None:
        """With ``vmid``'s exclusive lock held: finish or roll back what its intent says; the
        config afterwards (None: the container is gone). A lock without an intent (set by
        hand, or by Proxmox tools) is left for ``unlock``."""
        conf = self.store.read(vmid)
        intent = Intent.of(conf)
        if intent is None:
            return conf
        volumes.unmount_leftover(self._merge_point(vmid))
        if intent.op == "template":
            if self.is_vm(vmid):
                self.settle_vm_template(vmid, conf, intent)
            else:
                self._settle_template(vmid, conf, intent)
            return conf
        if intent.op in SETTLED_BY_SNAPSHOTS:
            self._settle_snapshot_op(vmid, conf, intent)     # local_snapshots.py
            return conf
        if intent.op == "destroy" and conf.meta.get("base"):
            self.store.drop_base_index(conf.meta["base"], vmid)
        self._discard(vmid)                      # all it names lies in the VMID's own dirs
        return None

    def _discard(self, vmid: int) -> None:
        """Remove everything of ``vmid``: merge mount, QEMU process and its run dir, volumes
        (on every storage), LXC dir, config (config last)."""
        volumes.unmount_leftover(self._merge_point(vmid))
        self.qemu.stop(vmid)
        for _, images, subvolumes in self._all_images():
            volumes.remove(images / str(vmid), subvolumes)
        shutil.rmtree(self.runtime.container_dir(vmid), ignore_errors=True)
        self.store.remove(vmid)

    # -- sweeping ---------------------------------------------------------------------------
    def sweep(self) -> None:
        """Clear what dead processes left outside any config: temporary files, merge mounts
        no process holds, volume and work dirs of VMIDs that have no config."""
        self.store.sweep_temp_files()
        self._settle_storages()                  # local_storages.py: a killed storage_add
        for vmid in _numbered(self.store.work):
            self._sweep_one(vmid, work=True)
        for _, images, _ in self._all_images():
            for vmid in _numbered(images):
                if not self.store.exists(vmid):
                    self._sweep_one(vmid, work=False)

    def _sweep_one(self, vmid: int, work: bool) -> None:
        try:
            with self.store.lock(vmid, timeout=0):
                if work:
                    volumes.unmount_leftover(self._merge_point(vmid))
                if not self.store.exists(vmid):
                    self._discard(vmid)
        except (EngineError, OSError):
            pass                                 # busy (its owner is alive), or not now


def _numbered(directory: Path) -> list[int]:
    try:
        return sorted(int(name) for name in os.listdir(directory) if name.isdigit())
    except OSError:
        return []
