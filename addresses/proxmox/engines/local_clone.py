"""Templates, named bases and clones for the local engine (a mixin of ``LocalEngine``).

``template`` turns a stopped container into a read-only base (its volume renamed to
``base-<vmid>-disk-0``, a linked clone flattened first so templates never stack); a base name
is a ``# rexxlite: base=`` line in the config, with ``pve/bases/NAME`` as a checked index.
``clone`` of a template is linked (an overlayfs upper dir on a directory storage, a btrfs
snapshot on a btrfs one), on the template's own storage, unless ``full``; a full clone goes to
``storage=`` (default: the source's), which Proxmox refuses for a linked clone; the new VMID is
claimed under the allocation lock and everything made is removed if any step fails (``fault``
lets tests make a step fail). Each records its lock and intent before its first side effect, so
a process that dies midway leaves work the next one settles (``local_recovery.py``).
"""

from __future__ import annotations

import os
import shutil
from contextlib import ExitStack
from datetime import datetime, timezone

from . import volumes
from .stages import Stages
from .base import BaseInfo, CloneInfo, ContainerInfo, EngineError, base_name_taken
from .faults import fault
from .local_recovery import Intent
from .local_snapshots import read_sections
from .local_store import PveConfig
from .lxc_runtime import parse_net0, random_mac

def now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


# The rexxlite facts a clone takes over from its source (a VM also its boot kernel and initrd).
INHERITED_META = ("template-source", "rexx-path")


def clone_meta(source: int, src: PveConfig, full: bool,
               inherited: tuple[str, ...] = INHERITED_META) -> dict[str, str]:
    """The rexxlite facts of a new clone of ``source``: when, from what, how, and what it
    inherits from ``src`` (the source's config)."""
    meta = {"created": now(), "cloned-from": str(source),
            "clone-method": "full-clone" if full else "linked-clone"}
    for key in inherited:
        if src.meta.get(key):
            meta[key] = src.meta[key]
    return meta


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
                storage = (conf.get("rootfs") or conf.get("virtio0")).split(":")[0]
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
        """Make ``vmid`` a read-only template (pct template) and optionally name it as a base;
        a name is checked, used and recorded under its own lock (two register_base of one
        name at once: one of them fails)."""
        self._ensure()
        with ExitStack() as held:
            if base_name:
                held.enter_context(self.store.base_name_lock(base_name))
                owner = self.find_base(base_name)
                if owner is not None and owner != vmid:
                    raise base_name_taken(base_name, owner)
            conf = held.enter_context(self._held(vmid))
            self._check_lock(conf)
            vm = self.is_vm(vmid)
            if self._running(vmid):
                raise EngineError(f"you can't convert a running {'VM' if vm else 'CT'} "
                                  "to a template")
            if not conf.is_template and read_sections(conf)[0]:
                raise EngineError(f"unable to create template, because {'VM' if vm else 'CT'} "
                                  "contains snapshots")
            intent = Intent("template", base=base_name or "")
            convert, settle, finish = ((self.template_vm, self.settle_vm_template,
                                        self.finish_vm_template) if vm else
                                       (self._convert_to_template, self._settle_template,
                                        self._finish_template))
            if not conf.is_template:
                try:
                    convert(vmid, conf, intent)
                except BaseException:            # settled at once, as a later command would
                    settle(vmid, self.store.read(vmid), intent)
                    raise
            finish(vmid, conf, intent, name_locked=True)
            return (self._vm_info if vm else self._info)(vmid, conf, False)

    def _convert_to_template(self, vmid: int, conf: PveConfig, intent: Intent) -> None:
        """Give ``vmid`` its base volume; the intent is recorded first, the base volume
        appears by one rename of a complete tree (so its presence means "done")."""
        old = volumes.parse_volid(conf.get("rootfs"))
        subvolumes = self._subvolumes(old.storage)
        base_path = self._volume_path(volumes.Volume(old.storage, vmid, base=True))
        own = self._volume_path(old)
        flatten = old.parent is not None and not subvolumes
        flat = own.with_name(own.name + ".flatten")
        intent.creates = [self._relative(base_path)]
        if flatten:
            intent.creates += [self._relative(flat), self._relative(self._merge_point(vmid))]
        intent.record(conf)
        self.store.write(vmid, conf)
        if flatten:
            # A linked clone becomes a standalone base: flatten upper + lower into one tree,
            # so templates never stack (LXC's overlay driver takes one lower layer).
            volumes.remove(flat, subvolumes)
            volumes.make_dir(flat, subvolumes)
            volumes.copy([own, self._parent_path(old)], flat, self._merge_point(vmid))
            fault("template:flattened")
            os.rename(flat, base_path)
        else:
            os.rename(own, base_path)
        fault("template:renamed")

    def _finish_template(self, vmid: int, conf: PveConfig, intent: Intent,
                         name_locked: bool) -> None:
        """The template's config (and base name) once its base volume exists; what the
        conversion left (the linked clone's upper and work dirs, a flatten copy) removed."""
        old = volumes.parse_volid(conf.get("rootfs"))
        new = volumes.Volume(old.storage, vmid, base=True)
        if not old.base:
            own = self._volume_path(old)
            volumes.remove(own.with_name(own.name + ".flatten"), self._subvolumes(old.storage))
            if os.path.lexists(own):
                shutil.rmtree(own)
            shutil.rmtree(own.parent / "work", ignore_errors=True)
        conf.options["rootfs"] = f"{new.volid},size=0T"
        self._write_template(vmid, conf, intent, name_locked)

    def _write_template(self, vmid: int, conf: PveConfig, intent: Intent,
                        name_locked: bool) -> None:
        """The last step of template (containers and VMs): ``template: 1``, the base name
        (if still free when not checked under its lock), the intent cleared, the index."""
        conf.options["template"] = "1"
        name = intent.base if name_locked else self._free_name(intent.base, vmid)
        if name:
            conf.meta["base"] = name
            conf.meta["based"] = now()
        Intent.clear(conf)
        self.store.write(vmid, conf)
        if name:
            self.store.set_base_index(name, vmid)

    def _free_name(self, name: str, vmid: int) -> str:
        """``name`` if no other container has it as a base name now (checked under its lock,
        taken with one try: recovery must not wait for a name while it holds a CT lock)."""
        if not name:
            return ""
        try:
            with self.store.base_name_lock(name, timeout=0):
                owner = self.find_base(name)
                return name if owner in (None, vmid) else ""
        except EngineError:
            return ""

    def _settle_template(self, vmid: int, conf: PveConfig, intent: Intent) -> None:
        """Recovery of an interrupted template: finish it if its base volume was made, else
        undo it (the flatten copy removed, the container as it was)."""
        old = volumes.parse_volid(conf.get("rootfs"))
        base_path = self._volume_path(volumes.Volume(old.storage, vmid, base=True))
        if old.base or os.path.lexists(base_path):
            self._finish_template(vmid, conf, intent, name_locked=False)
            return
        own = self._volume_path(old)
        volumes.remove(own.with_name(own.name + ".flatten"), self._subvolumes(old.storage))
        Intent.clear(conf)
        self.store.write(vmid, conf)

    # -- clone ----------------------------------------------------------------------------
    def clone(self, source: int, vmid: int | None = None, hostname: str | None = None,
              full: bool | None = None, storage: str | None = None) -> CloneInfo:
        self._ensure()
        if self.is_vm(source):
            if storage is not None:
                _storage_for_full_only(full, self.store.read(source).is_template)
                self._check_storage(storage)
            return self.clone_vm(source, vmid, hostname, full)
        self._recover_stale(source)
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
            if storage is not None:
                _storage_for_full_only(full, src.is_template)
            src_volume = volumes.parse_volid(src.get("rootfs"))
            target = storage or src_volume.storage
            images = self._images(target)           # Proxmox's words for a storage unfit
            meta = clone_meta(source, src, full)

            def new_config(new_vmid: int) -> PveConfig:
                conf = PveConfig(meta=dict(meta))
                made = [images / str(new_vmid)]
                if full and self._parent_path(src_volume) is not None:
                    made.append(self._merge_point(new_vmid))
                Intent("clone", [self._relative(p) for p in made]).record(conf)
                return conf

            with self.store.reserve(vmid, new_config, self.max_containers) as new_vmid:
                try:
                    return self._make_clone(source, src, src_volume, new_vmid,
                                            self.store.read(new_vmid), hostname, full, target)
                except BaseException:
                    self._discard(new_vmid)
                    raise

    def _make_clone(self, source: int, src: PveConfig, src_volume: volumes.Volume, vmid: int,
                    conf: PveConfig, hostname: str | None, full: bool,
                    target: str) -> CloneInfo:
        src_path = self._volume_path(src_volume)
        lower = self._parent_path(src_volume)    # None on btrfs: a snapshot holds it all
        old_host = src.get("hostname")
        if full:
            volume = volumes.Volume(target, vmid, base=False)
            path = self._volume_path(volume)
            volumes.make_dir(path, self._subvolumes(target))
            layers = [src_path] if lower is None else [src_path, lower]
            stages = Stages(self.progress)
            stages.say(f"CT {vmid}: copying the rootfs of CT {source} (full clone)")
            volumes.copy(layers, path, self._merge_point(vmid))
            stages.say(f"CT {vmid}: copied in {stages.elapsed()}")
            fault("clone:copied")
            if hostname:
                volumes.set_hostname(path, hostname, previous=old_host)
        else:
            volume = volumes.Volume(src_volume.storage, vmid, base=False, parent=source)
            path = self._volume_path(volume)
            subvolumes = self._subvolumes(src_volume.storage)
            volumes.link(src_path, path, subvolumes)
            fault("clone:linked")
            if hostname:
                volumes.set_hostname(path, hostname, lower=None if subvolumes else src_path,
                                     previous=old_host)
        fault("clone:hostname")
        options = {k: v for k, v in src.options.items() if k not in ("template", "lock", "rootfs", "parent")}
        options["rootfs"] = f"{volume.volid},size=0T"
        if hostname:
            options["hostname"] = hostname
        if options.get("net0"):                  # a clone gets its own MAC address
            net = parse_net0(options["net0"])
            net["hwaddr"] = random_mac()
            options["net0"] = ",".join(f"{k}={v}" for k, v in net.items())
        conf.options = options
        conf.description = src.description
        Intent.clear(conf)
        self.store.write(vmid, conf)
        return CloneInfo(vmid, source, conf.meta["clone-method"],
                         options.get("hostname", f"CT{vmid}"))


def _storage_for_full_only(full: bool | None, is_template: bool) -> None:
    """Proxmox's rule: ``storage=`` picks where a full clone goes; a linked clone stays on its
    template's storage, so the parameter is refused for one (pct clone's words)."""
    if not (full if full is not None else not is_template):
        raise EngineError("parameter 'storage' not allowed for linked clones")
