"""Storage management of the local engine (a mixin): storage_add, storage_remove, storages.

The registry is ``pve/storage.cfg`` (``storages.py``), changed under ``lock/storage.lock``.
Adding a btrfs storage with ``size=`` makes a loop file ``storage/NAME.img`` under the state
root. Crash safety: the entry is written first, with the image named and a ``rexxlite-adding
PID`` line, and that line is dropped only when the storage is complete; so a process killed
while making it (the loop file half made, mkfs.btrfs not run, the loop device attached but not
mounted, or mounted) leaves an entry marked by a dead process, and the next storage command
(storages, status, storage_add, storage_remove, and the first command of every process)
settles it under the lock: unmount, ``losetup -d``, the file and its temporary file deleted,
the entry dropped. A failure undoes it all at once.
"""

from __future__ import annotations

import os
from pathlib import Path

from .base import EngineError, StorageInfo
from .faults import fault
from .child_processes import pid_alive
from .storages import StorageDef, open_storage, parse, render, usage_of

LOCAL = "local"
ADDING = "rexxlite-adding"          # storage.cfg key: the PID of a storage_add under way


class StorageOps:
    """Uses the engine's store, root and _btrfs."""

    @property
    def _storage_cfg(self) -> Path:
        return self.store.root / "pve" / "storage.cfg"

    def _storage_defs(self) -> list[StorageDef]:
        try:
            return parse(self._storage_cfg.read_text())
        except FileNotFoundError:
            return []

    def _write_storage_defs(self, defs: list[StorageDef]) -> None:
        tmp = self._storage_cfg.with_name(f".storage.cfg.tmp{os.getpid()}")
        tmp.write_text(render(defs))
        os.replace(tmp, self._storage_cfg)

    def _storage_def(self, name: str) -> StorageDef:
        found = next((d for d in self._storage_defs() if d.name == name), None)
        if found is None:
            raise EngineError(f"storage '{name}' does not exist")
        return found

    def _backup_dir(self, name: str) -> Path:
        """The dump directory of storage ``name`` (activated: a loop file mounted)."""
        storage = open_storage(self._storage_def(name), self.store.root)
        storage.activate()
        return Path(storage.definition.path) / "dump"

    def _settle_storages(self) -> None:
        """Undo the storage_add of every process that died in it (see the module docstring)."""
        if ADDING not in (self._storage_cfg.read_text() if self._storage_cfg.exists() else ""):
            return
        with self.store.storage_lock():
            self._settle_storages_locked()

    def _settle_storages_locked(self) -> None:
        defs = self._storage_defs()
        dead = [d for d in defs if ADDING in d.extra and not (
            d.extra[ADDING].isdigit() and pid_alive(int(d.extra[ADDING])))]
        for definition in dead:
            open_storage(definition, self.store.root).remove()
        if dead:
            self._write_storage_defs([d for d in defs if d not in dead])
        self.store.sweep_temp_files(extra=[self.store.root / "storage"])

    # -- commands ---------------------------------------------------------------------------
    def storages(self) -> list[StorageInfo]:
        self._ensure()
        self._settle_storages()
        local = usage_of(str(self.store.images))
        found = [StorageInfo(LOCAL, "btrfs" if self._btrfs else "overlayfs",
                             str(self.store.root), local.total, local.used, local.available,
                             ("snapshots", "linked-clones", "backups"), True,
                             "rootdir,vztmpl,backup")]
        for definition in self._storage_defs():
            storage = open_storage(definition, self.store.root)
            try:
                storage.activate()
                active = True
            except EngineError:
                active = False
            use = storage.usage()
            found.append(StorageInfo(definition.name, storage.kind, definition.path, use.total,
                                     use.used, use.available, storage.features, active,
                                     definition.content))
        return found

    def add_storage(self, name: str, kind: str, path: str, size: str = "") -> StorageInfo:
        self._ensure()
        if size and kind != "btrfs":
            raise EngineError("size= makes a btrfs loop file: it needs type=btrfs")
        image = str(self.store.root / "storage" / f"{name}.img") if size else ""
        definition = StorageDef(name, kind, path, "backup", image, size,
                                {ADDING: str(os.getpid())})
        with self.store.storage_lock():
            self._settle_storages_locked()
            defs = self._storage_defs()
            if name == LOCAL or any(d.name == name for d in defs):
                raise EngineError(f"storage ID '{name}' already defined")
            if any(d.path == path for d in defs) or Path(path) == self.store.root:
                raise EngineError(f"path '{path}' is already used by another storage")
            if size and os.path.lexists(path) and (not os.path.isdir(path) or os.listdir(path)):
                raise EngineError(f"path '{path}' exists and is not an empty directory")
            storage = open_storage(definition, self.store.root)
            self._write_storage_defs([*defs, definition])      # first: a crash leaves it named
            try:
                fault("storage_add:recorded")
                storage.make()
                fault("storage_add:made")
                del definition.extra[ADDING]
                self._write_storage_defs([*defs, definition])  # complete
            except BaseException:
                storage.remove()
                self._write_storage_defs(defs)
                raise
        return next(s for s in self.storages() if s.name == name)

    def remove_storage(self, name: str) -> None:
        self._ensure()
        if name == LOCAL:
            raise EngineError("storage 'local' cannot be removed")
        with self.store.storage_lock():
            self._settle_storages_locked()
            defs = self._storage_defs()
            definition = self._storage_def(name)
            open_storage(definition, self.store.root).remove()
            self._write_storage_defs([d for d in defs if d.name != name])
