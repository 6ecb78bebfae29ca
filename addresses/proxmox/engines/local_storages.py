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

Every container volume lives on one storage, named by its volid (``NAME:VMID/...``): the
engine asks ``_volume_storage(NAME)`` where its ``images/`` are and whether its volumes are
btrfs subvolumes, so create, clone, template, snapshots, backups and recovery each work on the
volume's own storage; ``_all_images`` is every storage's ``images/`` (for ``_discard`` and the
sweep of dead processes' leftovers). A storage holding volumes cannot be removed.
"""

from __future__ import annotations

import os
from pathlib import Path

from . import volumes
from .base import EngineError, StorageInfo
from .faults import fault
from .child_processes import pid_alive, wait_for_commands_on
from .storage_dir import LocalStorage
from .local_store import PveConfig
from .storages import Storage, StorageDef, open_storage, parse, render

LOCAL = "local"
ADDING = "rexxlite-adding"          # storage.cfg key: the PID of a storage_add under way


class StorageOps:
    """Uses the engine's store and root; keeps the storages it opened in ``_opened``."""

    _opened: dict[str, Storage]

    # -- where volumes live -----------------------------------------------------------------
    def _volume_storage(self, name: str) -> Storage:
        """Storage ``name`` activated, for container volumes (Proxmox's words when it does not
        exist or holds no container directories)."""
        opened = self._opened
        if name in opened:
            return opened[name]
        if name == LOCAL:
            storage: Storage = LocalStorage(self.store.root)
        else:
            definition = self._storage_def(name)
            if ADDING in definition.extra:
                raise EngineError(f"storage '{name}' does not exist")
            if "rootdir" not in definition.content.split(","):
                raise EngineError(f"storage '{name}' does not support container directories")
            storage = open_storage(definition, self.store.root)
        storage.activate()
        opened[name] = storage
        return storage

    def _images(self, storage: str) -> Path:
        """Where storage ``storage`` keeps its volumes (``images/VMID/...``)."""
        return self._volume_storage(storage).images

    def _subvolumes(self, storage: str) -> bool:
        """True when the volumes of ``storage`` are btrfs subvolumes (snapshots and linked
        clones by ``btrfs subvolume snapshot``), False for overlayfs and copies."""
        return self._volume_storage(storage).subvolumes

    def _volume_path(self, volume: volumes.Volume) -> Path:
        return volume.path(self._images(volume.storage))

    def _parent_path(self, volume: volumes.Volume) -> Path | None:
        """The template volume an overlayfs linked clone sits on (None: none, or a btrfs
        snapshot, which holds it all)."""
        if volume.parent is None or self._subvolumes(volume.storage):
            return None
        return volume.parent_path(self._images(volume.storage))

    def _folder(self, conf: PveConfig) -> Path:
        """The ``images/VMID`` directory of a container's own volume, on its storage."""
        return self._volume_path(volumes.parse_volid(conf.get("rootfs"))).parent

    def _all_images(self) -> list[tuple[str, Path, bool]]:
        """(name, images dir, subvolumes) of every storage that can be used now."""
        found = []
        for name in [LOCAL, *(d.name for d in self._storage_defs() if ADDING not in d.extra)]:
            try:
                storage = self._volume_storage(name)
            except EngineError:
                continue                            # holds no volumes, or cannot be activated
            found.append((name, storage.images, storage.subvolumes))
        return found

    def _relative(self, path: Path) -> str:
        """``path`` as an intent records it: relative to the state root, or ``NAME:relative``
        on another storage."""
        if path.is_relative_to(self.store.root):
            return str(path.relative_to(self.store.root))
        for name, images, _ in self._all_images():
            if path.is_relative_to(images.parent):
                return f"{name}:{path.relative_to(images.parent)}"
        raise EngineError(f"'{path}' is on no storage")

    def _volumes_on(self, name: str) -> list[int]:
        """The VMIDs whose rootfs is on storage ``name``, or that an operation under way is
        making there (its intent names ``NAME:images/VMID``)."""
        found = []
        for vmid in self.store.vmids():
            try:
                conf = self.store.read(vmid)
            except EngineError:
                continue
            making = conf.meta.get("intent-creates", "").split()
            if conf.get("rootfs").split(":", 1)[0] == name or any(
                    path.startswith(f"{name}:") for path in making):
                found.append(vmid)
        return found

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
            if definition.image:            # a mount / mkfs of it may outlive its process
                image = Path(definition.image)
                wait_for_commands_on([str(image), str(image.parent / f".{image.name}.tmp"),
                                      definition.path])
            open_storage(definition, self.store.root).remove()
        if dead:
            self._write_storage_defs([d for d in defs if d not in dead])
        self.store.sweep_temp_files(extra=[self.store.root / "storage"])

    # -- commands ---------------------------------------------------------------------------
    def storages(self) -> list[StorageInfo]:
        self._ensure()
        self._settle_storages()
        local = self._volume_storage(LOCAL)
        use = local.usage()
        found = [StorageInfo(LOCAL, local.kind, str(self.store.root), use.total, use.used,
                             use.available, local.features, True, local.definition.content)]
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
        definition = StorageDef(name, kind, path, "rootdir,backup", image, size,
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
            users = self._volumes_on(name)
            if users:
                raise EngineError(f"storage '{name}' is still used by "
                                  + ", ".join(f"{'VM' if self.is_vm(u) else 'CT'} {u}"
                                              for u in users))
            self._opened.pop(name, None)
            open_storage(definition, self.store.root).remove()
            self._write_storage_defs([d for d in defs if d.name != name])
