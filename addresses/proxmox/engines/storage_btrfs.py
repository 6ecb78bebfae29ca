"""A btrfs storage: a btrfs filesystem at ``path``, or one made on a loop file when asked
(``size=``): ``truncate`` a file under the state root (``storage/NAME.img``), ``mkfs.btrfs``,
``mount -o loop``; removing it unmounts, detaches the loop device and deletes the file.
Volumes are subvolumes in ``images/``: snapshots are read-only subvolume snapshots, linked
clones writable snapshots of the template's subvolume; backups go to ``dump/``."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

from . import volumes
from .base import EngineError
from .faults import fault
from .storages import StorageDef, StorageUsage, usage_of


class BtrfsStorage:
    kind = "btrfs"
    features = ("snapshots", "linked-clones", "backups")
    subvolumes = True

    def __init__(self, definition: StorageDef, root: Path):
        self.definition = definition
        self.mount_point = Path(definition.path)
        self.images = self.mount_point / "images"

    @property
    def image(self) -> Path | None:
        return Path(self.definition.image) if self.definition.image else None

    def make(self) -> None:
        if self.image is not None and not self.image.exists():
            self.image.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.image.with_name(f".{self.image.name}.tmp{os.getpid()}")
            volumes.run(["truncate", "-s", self.definition.size, str(tmp)], "making loop file")
            fault("storage_add:truncated")
            volumes.run(["mkfs.btrfs", "-q", str(tmp)], "mkfs.btrfs")
            os.rename(tmp, self.image)
            fault("storage_add:formatted")
        self.activate()

    def activate(self) -> None:
        self.mount_point.mkdir(parents=True, exist_ok=True)
        if self.image is not None and not volumes.is_mounted(self.mount_point):
            volumes.run(["mount", "-o", "loop", str(self.image), str(self.mount_point)],
                        "mounting the btrfs loop file")
            fault("storage_add:mounted")
        if volumes.fs_type(self.mount_point) != "btrfs":
            raise EngineError(f"storage '{self.definition.name}': {self.mount_point} is not "
                              "a btrfs filesystem")
        (self.mount_point / "dump").mkdir(exist_ok=True)
        self.images.mkdir(exist_ok=True)

    def remove(self) -> None:
        if self.image is None:
            return
        for _ in range(50):
            if not volumes.is_mounted(self.mount_point):
                break
            if subprocess.run(["umount", str(self.mount_point)], capture_output=True,
                              cwd="/").returncode != 0:
                time.sleep(0.1)
        else:
            raise EngineError(f"unable to unmount '{self.mount_point}' (busy)")
        detach_loops(self.image)
        try:
            os.unlink(self.image)
        except FileNotFoundError:
            pass
        try:
            self.mount_point.rmdir()
        except OSError:
            pass

    def usage(self) -> StorageUsage:
        """statvfs after ``btrfs filesystem sync``: btrfs counts written data as used only
        once its transaction commits (up to 30 s later), so a backup just made would not show."""
        try:
            subprocess.run(["btrfs", "filesystem", "sync", str(self.mount_point)],
                           capture_output=True, cwd="/", timeout=60)
        except (OSError, subprocess.TimeoutExpired):
            pass                                   # the figures as statvfs has them
        return usage_of(str(self.mount_point))


def detach_loops(image: Path) -> None:
    """``losetup -d`` every loop device still backed by ``image``."""
    listed = subprocess.run(["losetup", "-j", str(image)], capture_output=True, text=True,
                            cwd="/").stdout
    for line in listed.splitlines():
        device = line.split(":", 1)[0]
        if device.startswith("/dev/loop"):
            subprocess.run(["losetup", "-d", device], capture_output=True, cwd="/")
