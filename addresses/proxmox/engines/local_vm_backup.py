"""vzdump backups and restore of the local engine's VMs (a mixin of ``LocalEngine``): VMA.

``backup`` of a VM writes ``vzdump-qemu-VMID-DATE.vma[.zst|.gz|.lzo]`` (``vma.py``) to the
dump directory, as vzdump does on a node: the config as ``qemu-server.conf`` (its options and
description; no snapshots, lock or parent, none of rexxlite's ``# rexxlite:`` lines) and the
disk as device ``drive-virtio0``, read from a sparse raw copy (``qemu-img convert -O raw``,
``images/<vmid>/vzdump.raw``, removed afterwards) so its holes cost nothing. Modes as vzdump's:
``stop`` powers a running VM off for the backup and starts it again, ``suspend`` pauses it
(QMP ``stop`` / ``cont``) while its disk is copied, ``snapshot`` (the default) reads a
temporary internal snapshot ``vzdump`` taken live (QMP, the guest frozen by its agent
meanwhile) and deletes it afterwards. The lock is ``backup`` with an intent; the archive
appears by one rename when complete, after its ``.log`` and ``.notes``.

``restore`` of a ``vzdump-qemu-`` archive (ours, or a Proxmox node's) makes a new VM: the
VMID claimed with a ``restore`` intent (a killed restore disappears), the first device's
blocks written into a sparse raw file and converted to the VM's qcow2 (a template's archive
gives a template with its base disk), the options of qemu-server.conf kept where the local
engine can run them (name, memory, cores, agent, ostype, tags, onboot, template; net0 when its
bridge exists), the others named in ``restore-dropped``. The VM boots the kernel and initrd of
the first VM image in ``$REXXLITE_VM_IMAGE_DIR`` (an archive carries no boot files).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

from . import pve_meta, vma, vzdump
from .base import BackupInfo, BackupSpec, ContainerInfo, EngineError, RestoreSpec, vmid_used
from .child_processes import dies_with_us
from .faults import fault
from .local_clone import now
from .local_recovery import Intent
from .local_store import PveConfig
from .lxc_runtime import bridge_exists, parse_net0
from .qemu_disks import DISK_KEY, Disk, copy_image, remove_file, size_text
from .stages import Stages
from .volumes import run

RAW_COPY = "vzdump.raw"
BACKUP_SNAPSHOT = "vzdump"
DECOMPRESSOR = {".zst": ["zstd", "-q", "-d", "-c"], ".gz": ["gzip", "-d", "-c"],
                ".lzo": ["lzop", "-d", "-c"]}
KEPT_OPTIONS = ("name", "memory", "cores", "agent", "ostype", "tags", "onboot", "template")
POWER_OFF_WAIT = 60.0


class VmBackupOps:
    """Uses the engine's store, qemu runtime, locks, dump dirs, ``_disk_path``, ``_hardware``."""

    # -- backup -----------------------------------------------------------------------------
    def backup_vm(self, spec: BackupSpec) -> BackupInfo:
        dump = self._dump_dir(spec.storage)
        vmid, started = spec.vmid, time.time()
        with self._held(vmid, timeout=60) as conf:
            self._check_lock(conf)
            raw = self.store.images / str(vmid) / RAW_COPY
            Intent("backup", [self._relative(raw)]).record(conf)
            self.store.write(vmid, conf)
            conf_text = PveConfig(options={k: v for k, v in conf.options.items()
                                           if k not in ("lock", "parent")},
                                  description=conf.description).render()
            try:
                return self._vm_archive(spec, conf, conf_text, dump, raw, started)
            finally:
                remove_file(raw)
                Intent.clear(conf)
                self.store.write(vmid, conf)

    def _raw_copy(self, spec: BackupSpec, conf: PveConfig, raw: Path, stages: Stages) -> bool:
        """The disk as a sparse raw file at ``raw``, as ``spec.mode`` says; whether the VM
        was powered off for it (mode stop), so it is started again."""
        vmid, disk = spec.vmid, self._disk_path(conf)
        convert = ["qemu-img", "convert", "-U", "-O", "raw"]
        if not self._vm_running(vmid):
            run([*convert, str(disk), str(raw)], "qemu-img convert", timeout=3600)
            return False
        if spec.mode == "stop":
            stages.say(f"VM {vmid}: powering off for the backup (mode stop)")
            self._power_off(vmid)
            run([*convert, str(disk), str(raw)], "qemu-img convert", timeout=3600)
            return True
        qmp = self._live_qmp(vmid)                           # local_vm_snapshots.py
        if spec.mode == "suspend":
            qmp.command("stop")
            try:
                run([*convert, str(disk), str(raw)], "qemu-img convert", timeout=3600)
            finally:
                qmp.command("cont")
            return False
        if BACKUP_SNAPSHOT in self._disk_snapshots(vmid, conf):
            self._disk_snapshot(vmid, conf, "delete", BACKUP_SNAPSHOT)
        frozen = self._frozen_guest(vmid)
        try:
            self._disk_snapshot(vmid, conf, "create", BACKUP_SNAPSHOT)
        finally:
            if frozen:
                self._thaw_guest(vmid)
        try:
            run([*convert, "-l", f"snapshot.name={BACKUP_SNAPSHOT}", str(disk), str(raw)],
                "qemu-img convert", timeout=3600)
        finally:
            self._disk_snapshot(vmid, conf, "delete", BACKUP_SNAPSHOT)
        return False

    def _power_off(self, vmid: int) -> None:
        pid = self.qemu.pid(vmid)
        try:
            self.qemu.agent(vmid).call("guest-exec", {"path": "/bin/sh", "arg": [
                "-c", "sync; echo u > /proc/sysrq-trigger; echo o > /proc/sysrq-trigger"]}, 5)
        except (EngineError, OSError, ValueError):
            pass
        if pid is None or not self.qemu.wait_gone(pid, POWER_OFF_WAIT):
            self.qemu.stop(vmid)
        self.qemu.clean(vmid)

    def _vm_archive(self, spec: BackupSpec, conf: PveConfig, conf_text: str, dump: Path,
                    raw: Path, started: float) -> BackupInfo:
        vmid = spec.vmid
        stages = Stages(self.progress)
        remove_file(raw)
        restart = self._raw_copy(spec, conf, raw, stages)
        try:
            fault("vm-backup:copied")
            name = vzdump.archive_name(vmid, time.time(), spec.compress, "qemu")
            while os.path.lexists(dump / name):       # one a second: the next second's name
                time.sleep(0.2)
                name = vzdump.archive_name(vmid, time.time(), spec.compress, "qemu")
            tmp = dump / vzdump.temp_name(name)
            stages.say(f"VM {vmid}: creating vzdump archive '{dump / name}'")
            try:
                stored = _write_compressed(tmp, spec.compress, lambda out: vma.write_archive(
                    out, {vma.CONFIG_NAME: conf_text.encode()},
                    [(f"drive-{DISK_KEY}", str(raw))], int(started),
                    stages.meter(f"VM {vmid}: archived")))
                fault("vm-backup:written")
                size = tmp.stat().st_size
                seconds = time.time() - started
                self._beside(dump, vzdump.log_name(name), vzdump.log_lines(
                    vmid, name, spec.mode, spec.compress, stored, size, seconds, started,
                    "qemu"))
                if spec.notes:
                    self._beside(dump, vzdump.notes_name(name), spec.notes + "\n")
                os.rename(tmp, dump / name)
            except BaseException:
                remove_file(tmp)
                raise
            stages.say(f"VM {vmid}: archive of {size / 2**20:.1f} MiB in {stages.elapsed()}")
        finally:
            if restart:
                self.qemu.start(vmid, self._hardware(conf))
        return next(b for b in vzdump.listing(dump, spec.storage, vmid)
                    if b.volid.endswith("/" + name))

    # -- restore ----------------------------------------------------------------------------
    def restore_vm(self, spec: RestoreSpec, archive: Path) -> ContainerInfo:
        self._check_storage(spec.storage)
        vmid = spec.vmid
        if self.store.exists(vmid):
            if not spec.force:
                raise EngineError(f"unable to restore VM {vmid} - "
                                  f"{vmid_used(vmid, self.store.kind(vmid), self.node)}")
            self.destroy(vmid)

        def new_config(new_vmid: int) -> PveConfig:
            conf = PveConfig(meta={"created": now(), "restored-from": archive.name})
            Intent("restore", [f"images/{new_vmid}"]).record(conf)
            return conf

        with self.store.reserve(vmid, new_config, self.max_containers, kind="qemu"):
            try:
                return self._unpack_vm(spec, archive)
            except BaseException:
                self._discard(vmid)
                raise

    def _unpack_vm(self, spec: RestoreSpec, archive: Path) -> ContainerInfo:
        vmid = spec.vmid
        conf = self.store.read(vmid)
        folder = self.store.images / str(vmid)
        folder.mkdir(parents=True, exist_ok=True)
        raw = folder / RAW_COPY
        stages = Stages(self.progress)
        stages.say(f"VM {vmid}: reading {archive.name}")
        header = _read_compressed(archive, raw)
        fault("vm-restore:read")
        restored = PveConfig.parse(header.configs.get(vma.CONFIG_NAME, b"").decode(
            "utf-8", "replace"))
        options, dropped = self._restored_options(restored)
        template = options.get("template") == "1"
        disk = Disk(spec.storage, vmid, base=template)
        copy_image(raw, disk.path(self.store.images))
        remove_file(raw)
        size = next(iter(header.devices.values()))[1]
        options[DISK_KEY] = f"{disk.volid},size={size_text(size)}"
        options["boot"] = f"order={DISK_KEY}"
        options["name"] = spec.hostname or options.get("name", f"VM{vmid}")
        options.setdefault("agent", "1")
        boot = self._default_boot_files()
        conf.options.update(options)
        conf.description = restored.description
        conf.meta.update({"kernel": str(boot[0]), "initrd": str(boot[1])})
        if dropped:
            conf.meta["restore-dropped"] = " ".join(dropped)
        Intent.clear(conf)
        self.store.write(vmid, conf)
        stages.say(f"VM {vmid}: restored in {stages.elapsed()}")
        return self._vm_info(vmid, conf, False)

    def _restored_options(self, restored: PveConfig) -> tuple[dict[str, str], list[str]]:
        kept, dropped = {}, []
        for key, value in restored.options.items():
            if key in KEPT_OPTIONS:
                kept[key] = value
            elif key == "net0" and bridge_exists(parse_net0(value).get("bridge", "")):
                kept[key] = value
            elif key not in (DISK_KEY, "boot"):
                dropped.append(key)
        for key in ("memory", "cores"):
            if key in kept:
                kept[key] = str(pve_meta.int_option(kept[key], 512 if key == "memory" else 1))
        return kept, sorted(dropped)

    def _default_boot_files(self) -> tuple[Path, Path]:
        for volid in self.vm_images():
            found = self._boot_files(self.image_dir / volid.split("/", 1)[1], check=False)
            if found:
                return found
        raise EngineError(f"no VM image with a kernel and an initrd in {self.image_dir} to "
                          "boot the restored VM (rexxlite-setup vm-image makes one)")


def _write_compressed(dest: Path, compress: str, write) -> int:
    """``write(stream)`` into ``dest`` through the compressor of ``compress``; its result."""
    with open(dest, "wb") as out:
        if compress == "0":
            return write(out)
        argv = vzdump.COMPRESSOR[compress]
        if shutil.which(argv[0]) is None:
            raise EngineError(f"{argv[0]} is not installed (needed for compress={compress})")
        proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=out,
                                stderr=subprocess.DEVNULL, cwd="/", preexec_fn=dies_with_us())
        try:
            result = write(proc.stdin)
            proc.stdin.close()
        except BaseException:
            proc.kill()
            proc.wait()
            raise
        if proc.wait() != 0:
            raise EngineError(f"backup failed: {argv[0]} exited with {proc.returncode}")
        return result


def _read_compressed(archive: Path, raw: Path) -> vma.VmaHeader:
    """The VMA ``archive`` read (decompressed on the way); its first disk (the first device
    named ``drive-...``) written to the sparse file ``raw``."""
    suffix = next((s for s in DECOMPRESSOR if archive.name.endswith(".vma" + s)), "")
    if not suffix and not archive.name.endswith(".vma"):
        raise EngineError(f"{archive.name} is not a VMA archive (.vma[.zst|.gz|.lzo])")
    with open(archive, "rb") as plain:
        if not suffix:
            return _read_disk(plain, raw)
        proc = subprocess.Popen(DECOMPRESSOR[suffix], stdin=plain, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, cwd="/", preexec_fn=dies_with_us())
        try:
            header = _read_disk(proc.stdout, raw)
        except BaseException:
            proc.kill()
            raise
        finally:
            proc.stdout.close()
            err = proc.stderr.read().decode("utf-8", "replace").strip()
            proc.stderr.close()
            code = proc.wait()
        if code != 0:
            raise EngineError(f"unable to restore: {DECOMPRESSOR[suffix][0]}: "
                              f"{err.splitlines()[-1] if err else f'exit {code}'}")
        return header


def _read_disk(stream, raw: Path) -> vma.VmaHeader:
    header = vma.read_header(stream)
    disks = [d for d, (name, _) in sorted(header.devices.items()) if name.startswith("drive-")]
    if not disks:
        raise EngineError("unable to restore: the VMA archive holds no disk")
    wanted = disks[0]
    fd = os.open(raw, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.ftruncate(fd, header.devices[wanted][1])

        def on_block(dev_id: int, offset: int, data: bytes) -> None:
            if dev_id == wanted:
                os.pwrite(fd, data, offset)
        vma.read_extents(stream, header, on_block)
    finally:
        os.close(fd)
    header.devices = {wanted: header.devices[wanted]}
    return header
