"""Storages of the local engine: the registry (``pve/storage.cfg``) and the one interface each
storage type's module implements (``storage_dir.py``, ``storage_btrfs.py``).

``pve/storage.cfg`` is in Proxmox's format (``TYPE: NAME`` then tab-indented ``key value``
lines); ``local`` is implicit: the state root itself (``storage_dir.LocalStorage``), whose
copy-on-write is overlayfs, or btrfs subvolumes when the state root is on btrfs. A storage
added with ``storage_add`` holds container volumes (``create/clone/restore storage=NAME``: its
``images/VMID/`` directories, named ``NAME:VMID/subvol-VMID-disk-0.subvol`` in configs) and
vzdump backups (``backup storage=NAME``: its ``dump/`` directory).

A storage type is one small class with ``kind``, ``features``, ``images`` (where its volumes
live), ``subvolumes`` (True: a volume is a btrfs subvolume, snapshotted and linked-cloned by
``btrfs subvolume snapshot``; False: a plain directory, linked clones are overlayfs upper dirs
and snapshots ``cp -a --reflink=auto`` copies of a container's own layer), ``make``,
``activate``, ``remove`` and ``usage``. Others would fit the same interface: a ZFS module would
``zfs create POOL/subvol-VMID-disk-0`` per volume, snapshot with ``zfs snapshot DATASET@NAME``,
roll back with ``zfs rollback -r``, and make linked clones with ``zfs clone BASE@__base__
NEW``; an LVM-thin module would ``lvcreate -V SIZE -T VG/POOL -n vm-VMID-disk-0`` (with mkfs),
snapshot with ``lvcreate -s -n snap_vm-VMID-disk-0_NAME VG/vm-VMID-disk-0``, roll back by
``lvconvert --merge`` of a fresh snapshot copy, and make linked clones as thin snapshots of the
base volume. Neither is available on this machine, so neither is written.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from .base import EngineError

FEATURES = ("snapshots", "linked-clones", "backups")


@dataclass
class StorageDef:
    """One storage as storage.cfg holds it."""

    name: str
    kind: str                                # dir / btrfs
    path: str
    content: str = "rootdir,backup"
    image: str = ""                          # btrfs on a loop file: the file (under the root)
    size: str = ""                           # its size as given (e.g. 2G)
    extra: dict[str, str] = field(default_factory=dict)


@dataclass
class StorageUsage:
    total: int
    used: int

    @property
    def available(self) -> int:
        return max(self.total - self.used, 0)


class Storage:
    """What every storage kind has (the interface, written down: the kinds do not derive
    from it)."""

    definition: StorageDef
    kind: str
    features: tuple[str, ...]
    images: Path                             # its volumes: images/VMID/...
    subvolumes: bool                         # volumes are btrfs subvolumes (see the docstring)

    def make(self) -> None: ...              # create what it needs (idempotent when done)

    def activate(self) -> None: ...          # ready to use (a loop file mounted)

    def remove(self) -> None: ...            # undo make (a loop file unmounted and deleted)

    def usage(self) -> StorageUsage: ...


def usage_of(path: str) -> StorageUsage:
    try:
        st = os.statvfs(path)
    except OSError:
        return StorageUsage(0, 0)
    return StorageUsage(st.f_blocks * st.f_frsize, (st.f_blocks - st.f_bfree) * st.f_frsize)


# -- storage.cfg ------------------------------------------------------------------------------
_HEADER = re.compile(r"([a-z]+):\s*([a-z][a-z0-9_.-]*)")


def parse(text: str) -> list[StorageDef]:
    found: list[StorageDef] = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        header = _HEADER.fullmatch(line.strip()) if not line[:1].isspace() else None
        if header:
            found.append(StorageDef(header[2], header[1], ""))
        elif found:
            key, _, value = line.strip().partition(" ")
            target = found[-1]
            if key in ("path", "content", "image", "size"):
                setattr(target, key, value.strip())
            else:
                target.extra[key] = value.strip()
    return found


def render(defs: list[StorageDef]) -> str:
    out = []
    for d in defs:
        lines = [f"{d.kind}: {d.name}", f"\tpath {d.path}", f"\tcontent {d.content}"]
        lines += [f"\t{k} {val}" for k, val in (("image", d.image), ("size", d.size)) if val]
        lines += [f"\t{k} {val}" for k, val in d.extra.items()]
        if not all(line.isprintable() or "\t" in line for line in lines):
            raise EngineError("refusing to write a storage.cfg line holding a control character")
        out.append("\n".join(lines))
    return "\n\n".join(out) + ("\n" if out else "")


def open_storage(definition: StorageDef, root: Path) -> Storage:
    """The module of ``definition``'s type."""
    from .storage_btrfs import BtrfsStorage
    from .storage_dir import DirStorage
    types = {"dir": DirStorage, "btrfs": BtrfsStorage}
    if definition.kind not in types:
        raise EngineError(f"storage type '{definition.kind}' is not available")
    return types[definition.kind](definition, root)
