"""Templates, named bases and clones for the local engine (a mixin of ``LocalEngine``).

``template`` turns a stopped container into a read-only base (its volume renamed to
``base-<vmid>-disk-0``, a linked clone flattened first so templates never stack); a base name
is a ``# rexxlite: base=`` line in the config, with ``pve/bases/NAME`` as a checked index.
``clone`` of a template is linked (an overlayfs upper dir, or a btrfs snapshot) unless
``full``; the new VMID is claimed under the allocation lock and everything made is removed if
any step fails (``fault`` lets tests make a step fail).
"""

from __future__ import annotations

import os
import shutil
from datetime import datetime, timezone

from . import volumes
from .stages import Stages
from .base import BaseInfo, CloneInfo, ContainerInfo, EngineError, base_name_taken
from .local_store import PveConfig
from .lxc_runtime import parse_net0, random_mac

FAULT_ENV = "REXXLITE_PROXMOX_INJECT_FAULT"


def fault(point: str) -> None:
    """Fail here if the test harness asked for it (``REXXLITE_PROXMOX_INJECT_FAULT=point``)."""
    if os.environ.get(FAULT_ENV) == point:
        raise EngineError(f"injected fault at {point}")


def now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class TemplateCloneOps:
    """Template, base and clone operations; uses the engine's store, runtime and helpers."""

    def bases(self) -> list[BaseInfo]:
        self._ensure()
        found = []
        for vmid in self.store.vmids():
            try:
                conf = self.store.read(vmid)
            except EngineError:
                continue
            if conf.meta.get("base"):
                storage = conf.get("rootfs").split(":")[0]
                found.append(BaseInfo(conf.meta["base"], vmid, conf.meta.get("based", ""),
                                      conf.is_template, storage,
                                      conf.meta.get("template-source", "")))
        return found

    def find_base(self, name: str) -> int | None:
        """The VMID of base ``name``, or None. Looks in the index ``pve/bases/NAME`` (a
        symlink to the VMID, kept by register_base and destroy) and checks the answer against
        that container's config, which stays the source of truth; scans all configs (and
        repairs the index) only when the index is missing or stale."""
        self._ensure()
        try:
            vmid = int(os.readlink(self.store.base_index(name)))
            if self.store.read(vmid).meta.get("base") == name:
                return vmid
        except (OSError, ValueError, EngineError):
            pass
        for base in self.bases():
            if base.name == name:
                self.store.set_base_index(name, base.vmid)
                return base.vmid
        return None

    # -- templates and bases --------------------------------------------------------------
    def template(self, vmid: int, base_name: str | None = None) -> ContainerInfo:
        """Make ``vmid`` a read-only template (pct template) and optionally name it as a base."""
        self._ensure()
        if base_name:
            owner = self.find_base(base_name)
            if owner is not None and owner != vmid:
                raise base_name_taken(base_name, owner)
        with self.store.lock(vmid):
            conf = self.store.read(vmid)
            self._check_lock(conf)
            if self._running(vmid):
                raise EngineError("you can't convert a running CT to a template")
            if not conf.is_template:
                self._convert_to_template(vmid, conf)
            if base_name:
                conf.meta["base"] = base_name
                conf.meta["based"] = now()
            self.store.write(vmid, conf)
            if base_name:
                self.store.set_base_index(base_name, vmid)
            return self._info(vmid, conf, False)

    def _convert_to_template(self, vmid: int, conf: PveConfig) -> None:
        old = volumes.parse_volid(conf.get("rootfs"))
        images = self.store.images
        new = volumes.Volume(old.storage, vmid, base=True)
        own = old.path(images)
        if old.parent is not None and not self._btrfs:
            # A linked clone becomes a standalone base: flatten upper + lower into one tree,
            # so templates never stack (LXC's overlay driver takes one lower layer).
            flat = own.with_name(own.name + ".flatten")
            volumes.make_dir(flat, self._btrfs)
            try:
                volumes.copy([own, old.parent_path(images)], flat)
            except BaseException:
                volumes.remove(flat, self._btrfs)
                raise
            shutil.rmtree(own.parent / "work", ignore_errors=True)
            shutil.rmtree(own, ignore_errors=True)
            os.rename(flat, new.path(images))
        else:
            os.rename(own, new.path(images))
        conf.options["rootfs"] = f"{new.volid},size=0T"
        conf.options["template"] = "1"

    # -- clone ----------------------------------------------------------------------------
    def clone(self, source: int, vmid: int | None = None, hostname: str | None = None,
              full: bool | None = None) -> CloneInfo:
        self._ensure()
        with self.store.lock(source, shared=True):
            src = self.store.read(source)
            if not src.is_template:
                self._check_lock(src)
            if full is None:
                full = not src.is_template
            if not full and not src.is_template:
                raise EngineError("linked clone feature is only available for templates "
                                  "(use full=1 for a full clone)")
            if full and not src.is_template and self._running(source):
                raise EngineError(f"CT {source} is running - stop it before a full clone")
            src_volume = volumes.parse_volid(src.get("rootfs"))
            meta = {"created": now(), "cloned-from": str(source),
                    "clone-method": "full-clone" if full else "linked-clone"}
            for inherited in ("template-source", "rexx-path"):
                if src.meta.get(inherited):
                    meta[inherited] = src.meta[inherited]
            conf = PveConfig(options={"lock": "create"}, meta=meta)
            new_vmid = self.store.reserve(vmid, conf, self.max_containers)
            try:
                with self.store.lock(new_vmid):
                    return self._make_clone(source, src, src_volume, new_vmid, conf, hostname,
                                            full)
            except BaseException:
                self._discard(new_vmid)
                raise

    def _make_clone(self, source: int, src: PveConfig, src_volume: volumes.Volume, vmid: int,
                    conf: PveConfig, hostname: str | None, full: bool) -> CloneInfo:
        images = self.store.images
        src_path = src_volume.path(images)
        old_host = src.get("hostname")
        if full:
            volume = volumes.Volume(src_volume.storage, vmid, base=False)
            path = volume.path(images)
            volumes.make_dir(path, self._btrfs)
            layers = [src_path] + ([src_volume.parent_path(images)] if src_volume.parent else [])
            stages = Stages(self.progress)
            stages.say(f"CT {vmid}: copying the rootfs of CT {source} (full clone)")
            volumes.copy(layers, path)
            stages.say(f"CT {vmid}: copied in {stages.elapsed()}")
            fault("clone:copied")
            if hostname:
                volumes.set_hostname(path, hostname, previous=old_host)
        else:
            volume = volumes.Volume(src_volume.storage, vmid, base=False, parent=source)
            path = volume.path(images)
            volumes.link(src_path, path, self._btrfs)
            fault("clone:linked")
            if hostname:
                volumes.set_hostname(path, hostname, lower=None if self._btrfs else src_path,
                                     previous=old_host)
        fault("clone:hostname")
        options = {k: v for k, v in src.options.items() if k not in ("template", "lock", "rootfs")}
        options["rootfs"] = f"{volume.volid},size=0T"
        if hostname:
            options["hostname"] = hostname
        if options.get("net0"):                  # a clone gets its own MAC address
            net = parse_net0(options["net0"])
            net["hwaddr"] = random_mac()
            options["net0"] = ",".join(f"{k}={v}" for k, v in net.items())
        conf.options = options
        conf.description = src.description
        self.store.write(vmid, conf)
        return CloneInfo(vmid, source, conf.meta["clone-method"],
                         options.get("hostname", f"CT{vmid}"))
