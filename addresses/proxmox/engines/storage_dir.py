"""Directory storages: one added with ``storage_add type=dir`` (Proxmox's ``dir``: a path on
any filesystem), and ``local``, the state root itself. Volumes are plain directories in
``images/``; linked clones are overlayfs upper dirs over the template's volume and snapshots
copies of a container's own layer (``local`` uses btrfs subvolumes instead when the state root
is on btrfs); backups go to ``dump/``."""

from __future__ import annotations

import shutil
from pathlib import Path

from . import volumes
from .storages import StorageDef, StorageUsage, usage_of

FEATURES = ("snapshots", "linked-clones", "backups")


class DirStorage:
    kind = "dir"
    features = FEATURES
    subvolumes = False

    def __init__(self, definition: StorageDef, root: Path):
        self.definition = definition
        self.images = Path(definition.path) / "images"

    def make(self) -> None:
        Path(self.definition.path, "dump").mkdir(parents=True, exist_ok=True)
        self.images.mkdir(exist_ok=True)

    def activate(self) -> None:
        self.make()

    def remove(self) -> None:
        pass                                     # a directory storage's files are the user's

    def usage(self) -> StorageUsage:
        return usage_of(self.definition.path)


class LocalStorage:
    """``local``: the state root's ``images/`` (its dump directory is the engine's: see
    ``local_backup.py``); btrfs subvolumes when the state root is on btrfs."""

    features = FEATURES

    def __init__(self, root: Path):
        self.definition = StorageDef("local", "dir", str(root), "rootdir,vztmpl,backup")
        self.images = root / "images"
        self.subvolumes = (volumes.fs_type(self.images) == "btrfs"
                           and shutil.which("btrfs") is not None)
        self.kind = "btrfs" if self.subvolumes else "overlayfs"

    def make(self) -> None:
        self.images.mkdir(parents=True, exist_ok=True)

    def activate(self) -> None:
        self.make()

    def remove(self) -> None:
        pass                                     # the state root stays

    def usage(self) -> StorageUsage:
        return usage_of(str(self.images))
