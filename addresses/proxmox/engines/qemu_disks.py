"""VM disk volumes of the local engine: qcow2 files named as on a Proxmox directory storage.

    images/<vmid>/vm-<vmid>-disk-0.qcow2      a VM's own disk (or its linked-clone overlay)
    images/<vmid>/base-<vmid>-disk-0.qcow2    a VM template's disk (read-only base)

named by volids ``local:101/vm-101-disk-0.qcow2``, ``local:100/base-100-disk-0.qcow2`` and,
for a linked clone, ``local:100/base-100-disk-0.qcow2/101/vm-101-disk-0.qcow2`` (base first,
as Proxmox writes it). A linked clone is a qcow2 overlay whose backing file is the template's
base (``qemu-img create -f qcow2 -F qcow2 -b BASE``); a full clone and a VM made from an image
are complete copies (``qemu-img convert -O qcow2``). Every host command is an argv list.
A template's directory also holds ``base-<vmid>-disk-0.qcow2.empty-overlay``, the empty
overlay its linked clones are copied from (see ``make_overlay``).
"""

from __future__ import annotations

import json
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from .base import EngineError
from .volumes import run

_VOLID = re.compile(
    r"^(?P<storage>[a-z][a-z0-9_.-]*):(?:(?P<pvmid>\d+)/base-(?P=pvmid)-disk-0\.qcow2/)?"
    r"(?P<vmid>\d+)/(?P<kind>base|vm)-(?P=vmid)-disk-0\.qcow2$")
DISK_KEY = "virtio0"
EMPTY_OVERLAY = ".empty-overlay"


@dataclass(frozen=True)
class Disk:
    storage: str
    vmid: int
    base: bool
    parent: int | None = None     # the template a linked disk's backing file belongs to

    @property
    def volid(self) -> str:
        own = f"{self.vmid}/{'base' if self.base else 'vm'}-{self.vmid}-disk-0.qcow2"
        if self.parent is not None:
            return f"{self.storage}:{self.parent}/base-{self.parent}-disk-0.qcow2/{own}"
        return f"{self.storage}:{own}"

    def path(self, images: Path) -> Path:
        return images / str(self.vmid) / f"{'base' if self.base else 'vm'}-{self.vmid}-disk-0.qcow2"

    def parent_path(self, images: Path) -> Path | None:
        return None if self.parent is None else Disk(self.storage, self.parent, True).path(images)


def parse_disk(volid: str) -> Disk:
    match = _VOLID.match(volid.split(",")[0])
    if not match:
        raise EngineError(f"unable to parse volume ID '{volid}'")
    parent = match["pvmid"]
    return Disk(match["storage"], int(match["vmid"]), match["kind"] == "base",
                int(parent) if parent else None)


def copy_image(source: Path, target: Path) -> None:
    """A complete qcow2 copy of ``source`` (qcow2 or raw; a backing chain is flattened)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    run(["qemu-img", "convert", "-O", "qcow2", str(source), str(target)], "qemu-img convert")


def make_overlay(base: Path, target: Path) -> None:
    """A linked clone: an empty qcow2 whose backing file is ``base``. Every empty overlay of
    one base is the same file, so ``qemu-img create -b`` runs once per template (its result
    kept as ``BASE.empty-overlay``, made by a rename) and each clone is a copy of it: a file
    copy instead of a process."""
    empty = base.with_name(base.name + EMPTY_OVERLAY)
    if not empty.exists():
        tmp = empty.with_name(f".{empty.name}.tmp{os.getpid()}")
        try:
            run(["qemu-img", "create", "-q", "-f", "qcow2", "-F", "qcow2", "-b", str(base),
                 str(tmp)], "qemu-img create")
            os.replace(tmp, empty)
        finally:
            remove_file(tmp)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.tmp{os.getpid()}")
    try:
        shutil.copyfile(empty, tmp)
        os.replace(tmp, target)
    finally:
        remove_file(tmp)


def virtual_size(path: Path) -> int:
    """The disk's size in bytes as the guest sees it."""
    done = run(["qemu-img", "info", "--output=json", "-U", str(path)], "qemu-img info")
    try:
        return int(json.loads(done.stdout)["virtual-size"])
    except (ValueError, KeyError):
        raise EngineError(f"qemu-img info: cannot read the size of {path.name}") from None


def size_text(size: int) -> str:
    """Proxmox's ``size=`` form: 1G, 512M."""
    for unit, factor in (("T", 2**40), ("G", 2**30), ("M", 2**20), ("K", 2**10)):
        if size % factor == 0:
            return f"{size // factor}{unit}"
    return str(size)


def remove_file(path: Path) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass
