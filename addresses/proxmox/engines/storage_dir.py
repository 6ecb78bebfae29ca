"""A directory storage (Proxmox's ``dir``): a path on any filesystem; backups in ``dump/``."""

from __future__ import annotations

from pathlib import Path

from .storages import StorageDef, StorageUsage, usage_of


class DirStorage:
    kind = "dir"
    features = ("backups",)

    def __init__(self, definition: StorageDef, root: Path):
        self.definition = definition

    def make(self) -> None:
        Path(self.definition.path, "dump").mkdir(parents=True, exist_ok=True)

    def activate(self) -> None:
        self.make()

    def remove(self) -> None:
        pass                                     # a directory storage's files are the user's

    def usage(self) -> StorageUsage:
        return usage_of(self.definition.path)
