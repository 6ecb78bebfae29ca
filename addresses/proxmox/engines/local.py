"""The local engine: real LXC containers on this host with Proxmox semantics.

Containers are named by VMID under the engine's own lxcpath; each has a Proxmox-format config
(``local_store.py``), a rootfs volume (``volumes.py``) and, while it runs, an LXC config
(``lxc_runtime.py``). Templates are read-only bases; linked clones share a template's rootfs
copy-on-write (overlayfs on a directory storage, btrfs snapshots on a btrfs one: each volume on
the storage its volid names, ``local_storages.py``). Every change holds
the container's lock (and VMID allocation a global lock), and a failure undoes what it made;
an operation records its lock and intent first, so what a killed process left is settled by the
next one (``local_recovery.py``). KVM/QEMU virtual machines share the VMID space, the
locks and the recovery; their operations are in ``local_vm.py`` (each public method below
hands a VM's VMID there).

Configuration: ``REXXLITE_PROXMOX_ROOT`` (state root, default /var/lib/rexxlite),
``REXXLITE_TEMPLATE_DIR`` (what ``local:vztmpl/`` means, default /var/lib/vz/template/cache),
``REXXLITE_DUMP_DIR`` (the dump directory of storage ``local``, default /var/lib/vz/dump),
``REXXLITE_PROXMOX_NODE`` (node name in messages, default the host name),
``REXXLITE_PROXMOX_MAX_CONTAINERS`` (default 1000). For tests,
``REXXLITE_PROXMOX_INJECT_FAULT=<point>`` makes the named step fail, ``kill:<point>`` makes
the process SIGKILL itself there (see ``faults.py``).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from . import pve_meta, volumes
from .base import (ContainerInfo, CreateSpec, EngineError, EngineStatus,
                   EngineUnavailable, ExecResult, LineSink, already_running, base_in_use,
                   is_template_start, locked, not_running, running_destroy)
from .faults import fault
from .local_clone import TemplateCloneOps, now
from .local_backup import BackupOps
from .local_recovery import Intent, RecoveryOps
from .local_snapshots import SnapshotOps
from .local_storages import StorageOps
from .local_store import PveConfig, Store
from .local_vm import VmOps
from .local_vm_backup import VmBackupOps
from .local_vm_snapshots import VmSnapshotOps
from .qemu_runtime import QemuRuntime, accelerator, kvm_is_pvm, kvm_usable
from .lxc_runtime import LxcRuntime, bridge_exists, parse_net0, random_mac, render_config
from .stages import Stages

DEFAULT_ROOT = "/var/lib/rexxlite"
DEFAULT_TEMPLATE_DIR = "/var/lib/vz/template/cache"
REQUIRED_TOOLS = ("lxc-start", "lxc-stop", "lxc-attach", "lxc-info", "lxc-ls", "tar")


class LocalEngine(TemplateCloneOps, SnapshotOps, BackupOps, StorageOps, RecoveryOps, VmOps,
                  VmSnapshotOps, VmBackupOps):
    """The embedded engine (see the module docstring); templates, bases and clones are in
    ``local_clone.py``, snapshots in ``local_snapshots.py``, vzdump backups and restore in
    ``local_backup.py``, storages in ``local_storages.py``, intents and crash recovery in
    ``local_recovery.py``, virtual machines in ``local_vm.py`` (their snapshots in
    ``local_vm_snapshots.py``, their VMA backups in ``local_vm_backup.py``)."""

    name = "local"

    def __init__(self, root: str | os.PathLike | None = None,
                 template_dir: str | os.PathLike | None = None, node: str | None = None):
        self.root = Path(root or os.environ.get("REXXLITE_PROXMOX_ROOT") or DEFAULT_ROOT)
        self.template_dir = Path(template_dir or os.environ.get("REXXLITE_TEMPLATE_DIR")
                                 or DEFAULT_TEMPLATE_DIR)
        self.node = node or os.environ.get("REXXLITE_PROXMOX_NODE") or \
            os.uname().nodename.split(".")[0] or "localhost"      # (gethostname)
        self.max_containers = int(os.environ.get("REXXLITE_PROXMOX_MAX_CONTAINERS", "1000"))
        self.store = Store(self.root, self.node)
        self.runtime = LxcRuntime(self.store.lxcpath)
        self.qemu = QemuRuntime(self.root / "qemu")
        self._ready = False
        self._opened = {}                         # storages opened for volumes, by name
        self.progress: LineSink | None = None     # stage lines of create / clone (progress=1)

    # -- availability ---------------------------------------------------------------------
    def unavailable_reason(self) -> str:
        if os.geteuid() != 0:
            return "the local engine needs root (LXC containers are made as root)"
        missing = [tool for tool in REQUIRED_TOOLS if shutil.which(tool) is None]
        if missing:
            return (f"missing {', '.join(missing)}: install LXC "
                    "(apt-get install lxc, or run scripts/setup-host.sh)")
        try:
            self.store.ensure()
        except OSError as exc:
            return f"cannot use state root {self.root}: {exc.strerror}"
        return ""

    def _ensure(self) -> None:
        if self._ready:
            return
        reason = self.unavailable_reason()
        if reason:
            raise EngineUnavailable(reason)
        self._ready = True
        self.sweep()

    def status(self) -> EngineStatus:
        reason = self.unavailable_reason()
        status = EngineStatus(backend=self.name, available=not reason, reason=reason,
                              max_containers=self.max_containers)
        status.details = {"root": str(self.root), "templateDir": str(self.template_dir),
                          "node": self.node}
        if not reason:
            self._ensure()
            status.active_containers = len(self.runtime.running() & set(self.store.vmids()))
            status.total_containers = len(self.store.vmids())
            status.details["storage"] = self._volume_storage("local").kind
            vms = [vmid for vmid in self.store.vmids() if self.is_vm(vmid)]
            status.details["vms"] = str(len(vms))
            status.details["activeVms"] = str(sum(self._vm_running(vmid) for vmid in vms))
            kernels = sorted(self.image_dir.glob("*.vmlinuz"))
            accel = accelerator(kernels[0] if kernels else None)
            status.details["vmAccelerator"] = accel if accel == "kvm" else (
                "tcg (software emulation: " + _no_kvm_reason() + ")")
        return status

    # -- reading --------------------------------------------------------------------------
    def _info(self, vmid: int, conf: PveConfig, running: bool) -> ContainerInfo:
        cloned = conf.meta.get("cloned-from", "")
        return ContainerInfo(
            vmid=vmid, hostname=conf.get("hostname", f"CT{vmid}"),
            status="running" if running else "stopped", template=conf.is_template,
            lock=conf.get("lock"), cloned_from=int(cloned) if cloned.isdigit() else None,
            memory=pve_meta.int_option(conf.get("memory"), 512),
            cores=pve_meta.int_option(conf.get("cores"), 1),
            rootfs=conf.get("rootfs"), base=conf.meta.get("base", ""), tags=conf.get("tags"),
            description=conf.description, created=conf.meta.get("created", ""),
            template_source=conf.meta.get("template-source", ""),
            clone_method=conf.meta.get("clone-method", ""),
            rexx_path=conf.meta.get("rexx-path", ""))

    def list(self) -> list[ContainerInfo]:
        self._ensure()
        running = self.runtime.running()
        infos = []
        for vmid in self.store.vmids():
            try:
                conf = self.store.read(vmid)
            except EngineError:
                continue                       # destroyed while we looked
            if self.is_vm(vmid):
                infos.append(self._vm_info(vmid, conf, self._vm_running(vmid)))
            else:
                infos.append(self._info(vmid, conf, vmid in running))
        return infos

    def info(self, vmid: int) -> ContainerInfo:
        self._ensure()
        self._recover_stale(vmid, wait=False)
        conf = self.store.read(vmid)
        if self.is_vm(vmid):
            return self._vm_info(vmid, conf, self._vm_running(vmid))
        return self._info(vmid, conf, self._running(vmid))

    def config(self, vmid: int) -> dict[str, str]:
        self._ensure()
        self._recover_stale(vmid, wait=False)
        conf = self.store.read(vmid)
        out = dict(conf.options)
        if conf.description:
            out["description"] = conf.description
        return out

    def _running(self, vmid: int) -> bool:
        if self.is_vm(vmid):
            return self._vm_running(vmid)
        return self.runtime.state(vmid) == "RUNNING"

    def templates(self) -> list[str]:
        try:
            names = sorted(os.listdir(self.template_dir))
        except OSError:
            return []
        return [f"local:vztmpl/{n}" for n in names
                if n.endswith(tuple(volumes.DECOMPRESS)) and not n.startswith(".")]

    # -- helpers --------------------------------------------------------------------------
    def _check_lock(self, conf: PveConfig) -> None:
        if conf.get("lock"):
            raise locked(conf.get("lock"))

    def _check_storage(self, storage: str) -> None:
        """Templates and VM disks live on ``local`` (a storage_add storage holds container
        volumes and backups)."""
        if storage != "local":
            self._storage_def(storage)                 # "does not exist" when it does not
            raise EngineError(f"storage '{storage}' holds container volumes and backups: "
                              "templates and VM disks are on 'local' on the local engine")

    def _template_file(self, template: str) -> Path:
        if template.startswith("/"):
            return Path(template)
        storage, _, rest = template.partition(":")
        self._check_storage(storage)
        path = self.template_dir / rest.partition("/")[2]
        if not path.is_file():
            raise EngineError(f"volume '{template}' does not exist")
        return path

    def _rootfs_spec(self, conf: PveConfig) -> str:
        volume = volumes.parse_volid(conf.get("rootfs"))
        lower = self._parent_path(volume)
        if lower is not None:
            return f"overlay:{lower}:{self._volume_path(volume)}"
        return f"dir:{self._volume_path(volume)}"

    # -- create ---------------------------------------------------------------------------
    def create(self, spec: CreateSpec) -> ContainerInfo:
        self._ensure()
        if spec.type == "qemu":
            return self.create_vm(spec)
        folder = self._images(spec.storage)          # Proxmox's words for a storage unfit
        tarball = self._template_file(spec.template)
        if spec.net0:
            fields = parse_net0(spec.net0)
            if not bridge_exists(fields.get("bridge", "")):
                raise EngineError(f"bridge '{fields.get('bridge', '')}' does not exist")
            if "hwaddr" not in fields:
                spec.net0 = f"{spec.net0},hwaddr={random_mac()}"

        def new_config(vmid: int) -> PveConfig:
            conf = PveConfig(options={"arch": "amd64", "ostype": "unmanaged"},
                             meta={"created": now()})
            Intent("create", [self._relative(folder / str(vmid))]).record(conf)
            return conf

        with self.store.reserve(spec.vmid, new_config, self.max_containers) as vmid:
            try:
                conf = self.store.read(vmid)
                volume, path = self._unpack_volume(vmid, spec.storage, tarball)
                fault("create:extracted")
                hostname = spec.hostname or f"CT{vmid}"
                volumes.set_hostname(path, hostname)
                conf.options.update({
                    "hostname": hostname, "memory": str(spec.memory), "swap": str(spec.swap),
                    "cores": str(spec.cores), "rootfs": f"{volume.volid},size=0T",
                    "net0": spec.net0, "tags": spec.tags})
                conf.description = spec.description
                conf.meta["template-source"] = spec.template
                Intent.clear(conf)
                self.store.write(vmid, conf)
                return self._info(vmid, conf, False)
            except BaseException:
                self._discard(vmid)
                raise

    def _unpack_volume(self, vmid: int, storage: str, tarball: Path,
                       flags: list[str] | None = None) -> tuple[volumes.Volume, Path]:
        """A new own volume of ``vmid`` holding the unpacked ``tarball`` (stage lines said)."""
        volume = volumes.Volume(storage, vmid, base=False)
        path = self._volume_path(volume)
        volumes.make_dir(path, self._subvolumes(storage))
        stages = Stages(self.progress)
        stages.say(f"CT {vmid}: unpacking {tarball.name} "
                   f"({tarball.stat().st_size / 2**20:.0f} MiB)")
        volumes.extract(tarball, path, stages.meter(f"CT {vmid}: unpacking"), flags)
        stages.say(f"CT {vmid}: unpacked in {stages.elapsed()}")
        return volume, path

    # -- power ----------------------------------------------------------------------------
    def start(self, vmid: int) -> None:
        self._ensure()
        if self.is_vm(vmid):
            self.start_vm(vmid)
            return
        with self._held(vmid) as conf:
            if conf.is_template:
                raise is_template_start()
            self._check_lock(conf)
            if self._running(vmid):
                raise already_running(vmid)
            self._launch(vmid, conf)

    def _launch(self, vmid: int, conf: PveConfig) -> None:
        """Start ``vmid`` from ``conf`` (its lock held, the checks done)."""
        log = self.runtime.container_dir(vmid) / "lxc.log"
        self.runtime.write_config(vmid, render_config(vmid, conf.options,
                                                      self._rootfs_spec(conf), log))
        self.runtime.start(vmid)

    def stop(self, vmid: int) -> None:
        self._ensure()
        if self.is_vm(vmid):
            return self.stop_vm(vmid)
        with self._held(vmid):
            if not self._running(vmid):
                raise not_running(vmid)
            if not self.runtime.stop(vmid, kill=True):
                raise EngineError(f"unable to stop CT {vmid}")

    def shutdown(self, vmid: int, timeout: int = 60, force_stop: bool = False) -> None:
        self._ensure()
        if self.is_vm(vmid):
            return self.shutdown_vm(vmid, timeout, force_stop)
        with self._held(vmid, timeout=timeout + 10):
            if not self._running(vmid):
                raise not_running(vmid)
            if self.runtime.stop(vmid, kill=False, timeout=timeout):
                return
            if force_stop and self.runtime.stop(vmid, kill=True):
                return
            raise EngineError(f"shutdown of CT {vmid} timed out after {timeout} s "
                              "(use forcestop=1 or stop)")

    # -- destroy --------------------------------------------------------------------------
    def _linked_clones(self, vmid: int) -> list[int]:
        clones = []
        for other in self.store.vmids():
            if other == vmid:
                continue
            try:
                rootfs = self.store.read(other).get("rootfs")
                if volumes.parse_volid(rootfs).parent == vmid:
                    clones.append(other)
            except EngineError:
                continue
        return clones

    def destroy(self, vmid: int, force: bool = False) -> None:
        self._ensure()
        if self.is_vm(vmid):
            return self.destroy_vm(vmid, force)
        with self._held(vmid) as conf:
            self._check_lock(conf)
            if self._running(vmid):
                if not force:
                    raise running_destroy(vmid)
                self.runtime.stop(vmid, kill=True)
            if conf.is_template and self._linked_clones(vmid):
                raise base_in_use(conf.get("rootfs").split(",")[0])
            Intent("destroy", [self._relative(self._folder(conf))]).record(conf)
            self.store.write(vmid, conf)
            fault("destroy:locked")
            if conf.meta.get("base"):
                self.store.drop_base_index(conf.meta["base"], vmid)
            self._discard(vmid)

    # -- configuration --------------------------------------------------------------------
    def record(self, vmid: int, key: str, value: str) -> None:
        """One of rexxlite's facts, as a ``# rexxlite: KEY=VALUE`` line of the config."""
        self._ensure()
        with self.store.lock(vmid):
            conf = self.store.read(vmid)
            conf.meta[key] = value
            self.store.write(vmid, conf)

    def set_config(self, vmid: int, changes: dict[str, str]) -> ContainerInfo:
        """Change hostname / memory / swap / cores / tags / description (pct set)."""
        self._ensure()
        if self.is_vm(vmid):
            return self.set_vm_config(vmid, changes)
        with self._held(vmid) as conf:
            self._check_lock(conf)
            if conf.is_template and set(changes) - {"description", "tags"}:
                raise EngineError("you can't change the hardware of a template")
            if "hostname" in changes and changes["hostname"] != conf.get("hostname"):
                if self._running(vmid):
                    raise EngineError("unable to modify hostname while container is running")
                volume = volumes.parse_volid(conf.get("rootfs"))
                volumes.set_hostname(self._volume_path(volume), changes["hostname"],
                                     lower=self._parent_path(volume),
                                     previous=conf.get("hostname"))
            for key, value in changes.items():
                if key == "description":
                    conf.description = value
                else:
                    conf.options[key] = value
            self.store.write(vmid, conf)
            return self._info(vmid, conf, self._running(vmid))

    def unlock(self, vmid: int) -> None:
        """Remove a stale ``lock:`` left by an interrupted operation (pct unlock): what a
        process that died left is finished or rolled back first (``local_recovery.py``: an
        interrupted create or clone disappears)."""
        self._ensure()
        with self.store.lock(vmid):
            conf = self._recover(vmid)
            if conf is not None and conf.get("lock"):
                conf.options.pop("lock", None)
                self.store.write(vmid, conf)

    # -- inside the container -------------------------------------------------------------
    def execute(self, vmid: int, command: str, timeout: float | None = None,
                on_stdout_line: LineSink | None = None, stdin: bytes | None = None) -> ExecResult:
        self._ensure()
        if self.is_vm(vmid):
            return self.execute_vm(vmid, command, timeout, on_stdout_line, stdin)
        self._recover_stale(vmid, wait=False)
        self.store.read(vmid)
        if not self._running(vmid):
            raise not_running(vmid)
        return self.runtime.attach(vmid, ["/bin/sh", "-c", command], timeout, on_stdout_line,
                                   stdin)

    def push_file(self, vmid: int, data: bytes, target: str, mode: int = 0o644) -> None:
        """Write ``data`` to ``target`` inside the running container (like pct push)."""
        script = ('umask 022; d=$(dirname "$1"); mkdir -p "$d" && cat > "$1.rexxlite-tmp" '
                  '&& chmod "$2" "$1.rexxlite-tmp" && mv -f "$1.rexxlite-tmp" "$1"')
        self._ensure()
        if self.is_vm(vmid):
            return self.push_file_vm(vmid, data, target, mode)
        if not self._running(vmid):
            raise not_running(vmid)
        done = self.runtime.attach(vmid, ["/bin/sh", "-c", script, "sh", target, f"{mode:o}"],
                                   120, None, data)
        if done.exit_code != 0:
            raise EngineError(f"failed to write '{target}' in CT {vmid}: "
                              f"{done.stderr.strip() or f'exit {done.exit_code}'}")

    def close(self) -> None:
        pass


def _no_kvm_reason() -> str:
    if not kvm_usable():
        return "/dev/kvm cannot be opened"
    if kvm_is_pvm():
        return ("/dev/kvm is kvm-pvm here, without VT-x/AMD-V: it boots only PVM guest "
                "kernels, not the VM image's Debian kernel")
    return "KVM does not boot a guest on this host"
