"""Storage management of the local engine (a mixin): storage_add, storage_remove, storages.

The registry is ``pve/storage.cfg`` (``storages.py``), changed under ``lock/storage.lock``.
Adding a btrfs storage with ``size=`` makes a loop file ``storage/NAME.img`` under the state
root: the entry is written first with the image named, so a process killed while making it
leaves an entry that ``storage_remove NAME`` (or the next ``storage_add NAME``, which
refuses it while it works) cleans: unmount, ``losetup -d``, delete. A failure undoes it all.
"""

from __future__ import annotations

import os
from pathlib import Path

from . import volumes
from .base import EngineError, StorageInfo
from .storages import StorageDef, open_storage, parse, render, usage_of

LOCAL = "local"


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

    # -- commands ---------------------------------------------------------------------------
    def storages(self) -> list[StorageInfo]:
        self._ensure()
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
        definition = StorageDef(name, kind, path, "backup", image, size)
        with self.store.storage_lock():
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
                storage.make()
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
            defs = self._storage_defs()
            definition = self._storage_def(name)
            open_storage(definition, self.store.root).remove()
            self._write_storage_defs([d for d in defs if d.name != name])
