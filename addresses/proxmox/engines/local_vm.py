"""KVM/QEMU virtual machines of the local engine (a mixin of ``LocalEngine``).

A VM shares the VMID space, the locks, the intents and the recovery of containers
(``local_store.py``, ``local_recovery.py``); its config is ``pve/qemu-server/<vmid>.conf`` in
qemu-server's format (``name``, ``memory``, ``cores``, ``virtio0``, ``net0``, ``agent``,
``boot``, ``ostype``, ``template``), its disk a qcow2 (``qemu_disks.py``), its process a QEMU
(``qemu_runtime.py``), and commands inside it go through the QEMU guest agent
(``guest_agent.py``), as ``qm guest exec`` does.

``create type=vm template=local:iso/NAME.qcow2`` copies the image (a qcow2 or raw file in
``$REXXLITE_VM_IMAGE_DIR``, default /var/lib/vz/template/qemu, or an absolute path) and boots
the kernel and initrd lying next to it (``NAME.vmlinuz``, ``NAME.initrd``: what
``rexxlite-setup vm-image`` makes). Create, clone, template and destroy record their intent
before the first side effect, exactly as for containers, so a killed process leaves nothing
half-made; start has a single side effect (the QEMU process), and a VM whose process died
reads as stopped. ``execute`` waits for the agent (up to ``AGENT_WAIT`` seconds) when the VM
has just been started.
"""

from __future__ import annotations

import os
import shlex
from pathlib import Path

from . import pve_meta
from .base import (CloneInfo, ContainerInfo, CreateSpec, EngineError, ExecResult, LineSink,
                   base_in_use, vm_not_running, vm_running, vm_running_destroy)
from .faults import fault
from .local_clone import INHERITED_META, clone_meta, now
from .local_recovery import Intent
from .local_store import PveConfig
from .lxc_runtime import parse_net0, random_mac
from .qemu_disks import (DISK_KEY, Disk, copy_image, make_overlay, parse_disk, remove_file,
                         size_text, virtual_size)
from .qemu_runtime import VmHardware
from .stages import Stages

DEFAULT_IMAGE_DIR = "/var/lib/vz/template/qemu"
IMAGE_SUFFIXES = (".qcow2", ".img", ".raw")
AGENT_WAIT = 60.0
POWER_OFF = "sync; echo u > /proc/sysrq-trigger; echo o > /proc/sysrq-trigger"


class VmOps:
    """VM operations; uses the engine's store, qemu runtime and helpers."""

    def is_vm(self, vmid: int) -> bool:
        return self.store.kind(vmid) == "qemu"

    @property
    def image_dir(self) -> Path:
        return Path(os.environ.get("REXXLITE_VM_IMAGE_DIR") or DEFAULT_IMAGE_DIR)

    def vm_images(self) -> list[str]:
        """VM images available as ``local:iso/NAME`` (each with its kernel and initrd)."""
        try:
            names = sorted(os.listdir(self.image_dir))
        except OSError:
            return []
        return [f"local:iso/{n}" for n in names
                if n.endswith(IMAGE_SUFFIXES) and not n.startswith(".")
                and self._boot_files(self.image_dir / n, check=False)]

    def _image_file(self, template: str) -> Path:
        if template.startswith("/"):
            path = Path(template)
        else:
            storage, _, rest = template.partition(":")
            self._check_storage(storage)
            kind, _, name = rest.partition("/")
            if kind != "iso":
                raise EngineError(f"volume '{template}' is not a VM image (local:iso/NAME.qcow2)")
            path = self.image_dir / name
        if not path.is_file():
            raise EngineError(f"volume '{template}' does not exist")
        return path

    @staticmethod
    def _boot_files(image: Path, check: bool = True) -> tuple[Path, Path] | None:
        stem = image.name.rsplit(".", 1)[0]
        kernel, initrd = image.with_name(f"{stem}.vmlinuz"), image.with_name(f"{stem}.initrd")
        if kernel.is_file() and initrd.is_file():
            return kernel, initrd
        if check:
            raise EngineError(f"VM image {image.name} has no {kernel.name} and {initrd.name} "
                              "next to it (rexxlite-setup vm-image makes all three)")
        return None

    # -- reading --------------------------------------------------------------------------
    def _vm_running(self, vmid: int) -> bool:
        return self.qemu.running(vmid)

    def _vm_info(self, vmid: int, conf: PveConfig, running: bool) -> ContainerInfo:
        cloned = conf.meta.get("cloned-from", "")
        return ContainerInfo(
            vmid=vmid, hostname=conf.get("name", f"VM{vmid}"),
            status="running" if running else "stopped", template=conf.is_template,
            lock=conf.get("lock"), cloned_from=int(cloned) if cloned.isdigit() else None,
            memory=pve_meta.int_option(conf.get("memory"), 512),
            cores=pve_meta.int_option(conf.get("cores"), 1),
            rootfs=conf.get(DISK_KEY), base=conf.meta.get("base", ""), tags=conf.get("tags"),
            description=conf.description, created=conf.meta.get("created", ""),
            template_source=conf.meta.get("template-source", ""),
            clone_method=conf.meta.get("clone-method", ""),
            rexx_path=conf.meta.get("rexx-path", ""), type="qemu")

    def _disk_path(self, conf: PveConfig) -> Path:
        return parse_disk(conf.get(DISK_KEY)).path(self.store.images)

    # -- create ---------------------------------------------------------------------------
    def _vm_net0(self, net0: str) -> str:
        """``name=eth0,bridge=BR[,hwaddr=MAC]`` (the container form) as qemu-server's
        ``virtio=MAC,bridge=BR``; the bridge must exist."""
        from .lxc_runtime import bridge_exists
        fields = parse_net0(net0)
        bridge = fields.get("bridge", "")
        if not bridge_exists(bridge):
            raise EngineError(f"bridge '{bridge}' does not exist")
        return f"virtio={fields.get('hwaddr') or random_mac()},bridge={bridge}"

    def create_vm(self, spec: CreateSpec) -> ContainerInfo:
        self._check_storage(spec.storage)
        image = self._image_file(spec.template)
        kernel, initrd = self._boot_files(image)
        net0 = self._vm_net0(spec.net0) if spec.net0 else ""

        def new_config(vmid: int) -> PveConfig:
            conf = PveConfig(meta={"created": now()})
            Intent("create", [f"images/{vmid}"]).record(conf)
            return conf

        with self.store.reserve(spec.vmid, new_config, self.max_containers,
                                kind="qemu") as vmid:
            try:
                conf = self.store.read(vmid)
                disk = Disk(spec.storage, vmid, base=False)
                stages = Stages(self.progress)
                stages.say(f"VM {vmid}: copying {image.name} "
                           f"({image.stat().st_size / 2**20:.0f} MiB) with qemu-img convert")
                copy_image(image, disk.path(self.store.images))
                stages.say(f"VM {vmid}: disk made in {stages.elapsed()}")
                fault("vm-create:disk")
                size = size_text(virtual_size(disk.path(self.store.images)))
                conf.options.update({
                    "name": spec.hostname or f"VM{vmid}", "memory": str(spec.memory),
                    "cores": str(spec.cores), DISK_KEY: f"{disk.volid},size={size}",
                    "boot": f"order={DISK_KEY}", "agent": "1", "ostype": "l26",
                    "net0": net0, "tags": spec.tags})
                conf.description = spec.description
                conf.meta.update({"template-source": spec.template, "kernel": str(kernel),
                                  "initrd": str(initrd)})
                Intent.clear(conf)
                self.store.write(vmid, conf)
                return self._vm_info(vmid, conf, False)
            except BaseException:
                self._discard(vmid)
                raise

    # -- power ----------------------------------------------------------------------------
    def _hardware(self, conf: PveConfig) -> VmHardware:
        net = parse_net0(conf.get("net0")) if conf.get("net0") else {}
        return VmHardware(memory=pve_meta.int_option(conf.get("memory"), 512),
                          cores=pve_meta.int_option(conf.get("cores"), 1),
                          disk=self._disk_path(conf), kernel=Path(conf.meta.get("kernel", "")),
                          initrd=Path(conf.meta.get("initrd", "")),
                          bridge=net.get("bridge", ""), mac=net.get("virtio", ""))

    def start_vm(self, vmid: int) -> str:
        """Launch the VM; the accelerator (kvm / tcg)."""
        with self._held(vmid) as conf:
            if conf.is_template:
                raise EngineError("you can't start a vm if it's a template")
            self._check_lock(conf)
            if self._vm_running(vmid):
                raise vm_running(vmid)
            hardware = self._hardware(conf)
            for needed in (hardware.kernel, hardware.initrd, hardware.disk):
                if not needed.is_file():
                    raise EngineError(f"VM {vmid}: {needed} is missing")
            accel = self.qemu.start(vmid, hardware)
            fault("vm-start:launched")
            return accel

    def wait_agent(self, vmid: int, timeout: float = AGENT_WAIT) -> float:
        """Seconds until the guest agent of running ``vmid`` answered."""
        if not self._vm_running(vmid):
            raise vm_not_running(vmid)
        return self.qemu.agent(vmid).wait_ready(timeout)

    def stop_vm(self, vmid: int) -> None:
        with self._held(vmid):
            if not self._vm_running(vmid):
                self.qemu.clean(vmid)
                raise vm_not_running(vmid)
            self.qemu.stop(vmid)

    def shutdown_vm(self, vmid: int, timeout: int, force_stop: bool) -> None:
        """A clean power-off through the guest agent (sync, remount read-only, power off),
        else ACPI ``system_powerdown``; ``forcestop`` kills it when ``timeout`` passes."""
        with self._held(vmid, timeout=timeout + 10):
            pid = self.qemu.pid(vmid)
            if pid is None or not self._vm_running(vmid):
                raise vm_not_running(vmid)
            try:
                self.qemu.agent(vmid).call("guest-exec", {"path": "/bin/sh",
                                                          "arg": ["-c", POWER_OFF]}, 5)
            except EngineError:
                try:
                    self.qemu.qmp(vmid).command("system_powerdown")
                except (OSError, EngineError, ValueError):
                    pass
            if self.qemu.wait_gone(pid, timeout):
                self.qemu.clean(vmid)
                return
            if force_stop:
                self.qemu.stop(vmid)
                return
            raise EngineError(f"shutdown of VM {vmid} timed out after {timeout} s "
                              "(use forcestop=1 or stop)")

    # -- destroy --------------------------------------------------------------------------
    def _vm_linked_clones(self, vmid: int) -> list[int]:
        clones = []
        for other in self.store.vmids():
            if other == vmid or not self.is_vm(other):
                continue
            try:
                if parse_disk(self.store.read(other).get(DISK_KEY)).parent == vmid:
                    clones.append(other)
            except EngineError:
                continue
        return clones

    def destroy_vm(self, vmid: int, force: bool) -> None:
        with self._held(vmid) as conf:
            self._check_lock(conf)
            if self._vm_running(vmid):
                if not force:
                    raise vm_running_destroy(vmid)
                self.qemu.stop(vmid)
            if conf.is_template and self._vm_linked_clones(vmid):
                raise base_in_use(conf.get(DISK_KEY).split(",")[0])
            Intent("destroy", [f"images/{vmid}", f"qemu/{vmid}"]).record(conf)
            self.store.write(vmid, conf)
            fault("vm-destroy:locked")
            if conf.meta.get("base"):
                self.store.drop_base_index(conf.meta["base"], vmid)
            self._discard(vmid)

    # -- templates ------------------------------------------------------------------------
    def template_vm(self, vmid: int, conf: PveConfig, intent: Intent) -> None:
        """Give stopped ``vmid`` its base disk (a linked clone is flattened, so templates
        never stack); the intent first, the base appears by one rename of a complete file."""
        if self._vm_running(vmid):
            raise EngineError("you can't convert a running VM to a template")
        old = parse_disk(conf.get(DISK_KEY))
        images = self.store.images
        base_path = Disk(old.storage, vmid, base=True).path(images)
        own = old.path(images)
        flat = own.with_name(own.name + ".flatten")
        intent.creates = [self._relative(base_path), self._relative(flat)]
        intent.record(conf)
        self.store.write(vmid, conf)
        if old.parent is not None:
            remove_file(flat)
            copy_image(own, flat)
            fault("vm-template:flattened")
            os.rename(flat, base_path)
        else:
            os.rename(own, base_path)
        fault("vm-template:renamed")

    def finish_vm_template(self, vmid: int, conf: PveConfig, intent: Intent,
                           name_locked: bool) -> None:
        old = parse_disk(conf.get(DISK_KEY))
        new = Disk(old.storage, vmid, base=True)
        if not old.base:
            own = old.path(self.store.images)
            remove_file(own.with_name(own.name + ".flatten"))
            remove_file(own)
        size = conf.get(DISK_KEY).partition(",")[2]
        conf.options[DISK_KEY] = new.volid + (f",{size}" if size else "")
        self._write_template(vmid, conf, intent, name_locked)

    def settle_vm_template(self, vmid: int, conf: PveConfig, intent: Intent) -> None:
        """Recovery of an interrupted VM template: finished if the base disk exists."""
        old = parse_disk(conf.get(DISK_KEY))
        base_path = Disk(old.storage, vmid, base=True).path(self.store.images)
        if old.base or base_path.exists():
            self.finish_vm_template(vmid, conf, intent, name_locked=False)
            return
        own = old.path(self.store.images)
        remove_file(own.with_name(own.name + ".flatten"))
        Intent.clear(conf)
        self.store.write(vmid, conf)

    # -- clone ----------------------------------------------------------------------------
    def clone_vm(self, source: int, vmid: int | None, hostname: str | None,
                 full: bool | None) -> CloneInfo:
        self._recover_stale(source)
        with self.store.lock(source, shared=True):
            src = self.store.read(source)
            if not src.is_template:
                self._check_lock(src)
            if full is None:
                full = not src.is_template
            if not full and not src.is_template:
                raise EngineError("Linked clone feature is not supported for drive "
                                  f"'{DISK_KEY}' (use full=1, or clone a template)")
            if full and not src.is_template and self._vm_running(source):
                raise EngineError(f"VM {source} is running - stop it before a full clone")
            src_disk = parse_disk(src.get(DISK_KEY))
            meta = clone_meta(source, src, full, INHERITED_META + ("kernel", "initrd"))

            def new_config(new_vmid: int) -> PveConfig:
                conf = PveConfig(meta=dict(meta))
                Intent("clone", [f"images/{new_vmid}"]).record(conf)
                return conf

            with self.store.reserve(vmid, new_config, self.max_containers,
                                    kind="qemu") as new_vmid:
                try:
                    conf = self.store.read(new_vmid)
                    images = self.store.images
                    if full:
                        disk = Disk(src_disk.storage, new_vmid, base=False)
                        stages = Stages(self.progress)
                        stages.say(f"VM {new_vmid}: copying the disk of VM {source} "
                                   "(full clone)")
                        copy_image(src_disk.path(images), disk.path(images))
                        stages.say(f"VM {new_vmid}: copied in {stages.elapsed()}")
                    else:
                        disk = Disk(src_disk.storage, new_vmid, base=False, parent=source)
                        make_overlay(src_disk.path(images), disk.path(images))
                    fault("vm-clone:disk")
                    options = {k: v for k, v in src.options.items()
                               if k not in ("template", "lock", DISK_KEY)}
                    size = src.get(DISK_KEY).partition(",")[2]
                    options[DISK_KEY] = disk.volid + (f",{size}" if size else "")
                    options["name"] = hostname or f"VM{new_vmid}"
                    if options.get("net0"):          # a clone gets its own MAC address
                        net = parse_net0(options["net0"])
                        net["virtio"] = random_mac()
                        options["net0"] = ",".join(f"{k}={v}" for k, v in net.items())
                    conf.options = options
                    conf.description = src.description
                    Intent.clear(conf)
                    self.store.write(new_vmid, conf)
                    return CloneInfo(new_vmid, source, meta["clone-method"], options["name"])
                except BaseException:
                    self._discard(new_vmid)
                    raise

    # -- configuration --------------------------------------------------------------------
    def set_vm_config(self, vmid: int, changes: dict[str, str]) -> ContainerInfo:
        """hostname (the VM's ``name``) / memory / cores / tags / description (qm set);
        memory and cores apply at the next start."""
        with self._held(vmid) as conf:
            self._check_lock(conf)
            if "swap" in changes:
                raise EngineError("swap= is a container setting; a VM has none")
            if conf.is_template and set(changes) - {"description", "tags"}:
                raise EngineError("you can't change the hardware of a template")
            for key, value in changes.items():
                if key == "description":
                    conf.description = value
                else:
                    conf.options["name" if key == "hostname" else key] = value
            self.store.write(vmid, conf)
            return self._vm_info(vmid, conf, self._vm_running(vmid))

    # -- inside the VM --------------------------------------------------------------------
    def _agent_ready(self, vmid: int) -> None:
        self._recover_stale(vmid, wait=False)
        conf = self.store.read(vmid)
        if conf.get("agent", "0").split(",")[0] not in ("1", "enabled=1"):
            raise EngineError("No QEMU guest agent configured")
        self.wait_agent(vmid)

    def execute_vm(self, vmid: int, command: str, timeout: float | None,
                   on_stdout_line: LineSink | None, stdin: bytes | None) -> ExecResult:
        self._agent_ready(vmid)
        return self.qemu.agent(vmid).run(["/bin/sh", "-c", command], timeout, stdin,
                                         on_stdout_line)

    def push_file_vm(self, vmid: int, data: bytes, target: str, mode: int) -> None:
        """Write ``data`` to ``target`` in the VM (its stdin through the agent)."""
        self._agent_ready(vmid)
        script = ('umask 022; d=$(dirname "$1"); mkdir -p "$d" && cat > "$1.rexxlite-tmp" '
                  '&& chmod "$2" "$1.rexxlite-tmp" && mv -f "$1.rexxlite-tmp" "$1"')
        done = self.qemu.agent(vmid).run(["/bin/sh", "-c", script, "sh", target, f"{mode:o}"],
                                         120, data)
        if done.exit_code != 0:
            raise EngineError(f"failed to write '{shlex.quote(target)}' in VM {vmid}: "
                              f"{done.stderr.strip() or f'exit {done.exit_code}'}")

