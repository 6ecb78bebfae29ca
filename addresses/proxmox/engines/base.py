"""The engine interface of ADDRESS PROXMOX, its data types and its errors.

An engine is what actually makes containers: ``local`` (LXC on this host, ``local.py``), later
``pct`` (a Proxmox node's CLI) and ``api`` (the Proxmox VE REST API). The environment above
(``environment.py``) parses and validates commands and shapes RESULT once for all of them; an
engine receives clean Python values and returns the dataclasses below or raises ``EngineError``
with the wording Proxmox itself uses, so that a script sees the same messages on every engine.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# (annotations only: no ``typing`` at run time)
LineSink = "Callable[[str], None]"      # called with each line of output


@dataclass
class OutputSinks:
    """Where a command's output goes live, line by line: ``stdout`` and ``stderr`` sinks.
    It is given where a ``LineSink`` for stdout is taken (it is called with stdout lines), so
    every engine passes it on unchanged; ``run_streamed`` also streams stderr to ``stderr``."""

    stdout: LineSink
    stderr: LineSink | None = None

    def __call__(self, line: str) -> None:
        self.stdout(line)


class EngineError(Exception):
    """A refused or failed operation; ``str(error)`` is the message in Proxmox's wording."""


class EngineUnavailable(EngineError):
    """The engine cannot work on this host at all (no root, no LXC...): a FAILURE, not an ERROR."""


# Proxmox's own wording for the refusals every engine shares (pve-container, pve-guest-common).
def no_such_ct(vmid: int, node: str) -> EngineError:
    return EngineError(f"Configuration file 'nodes/{node}/lxc/{vmid}.conf' does not exist")


def already_exists(vmid: int) -> EngineError:
    return EngineError(f"CT {vmid} already exists")


# -- VMs (qemu-server's wording) ------------------------------------------------------------
def vmid_used(vmid: int, kind: str, node: str) -> EngineError:
    """VMID ``vmid`` is taken by a guest of ``kind`` (lxc / qemu): pve-cluster's
    check_vmid_unused, said when one kind is created on a VMID of the other."""
    return EngineError(f"{'VM' if kind == 'qemu' else 'CT'} {vmid} already exists on node "
                       f"'{node}'")


def vm_not_running(vmid: int) -> EngineError:
    return EngineError(f"VM {vmid} not running")


def vm_running(vmid: int) -> EngineError:
    return EngineError(f"VM {vmid} already running")


def vm_running_destroy(vmid: int) -> EngineError:
    return EngineError(f"VM {vmid} is running - destroy failed")


def is_template_start() -> EngineError:
    return EngineError("you can't start a CT if it's a template")


def locked(lock: str) -> EngineError:
    return EngineError(f"CT is locked ({lock})")


def running_destroy(vmid: int) -> EngineError:
    return EngineError(f"unable to destroy CT {vmid} - container is running")


def already_running(vmid: int) -> EngineError:
    return EngineError(f"CT {vmid} already running")


def not_running(vmid: int) -> EngineError:
    return EngineError(f"CT {vmid} not running")


def base_in_use(volid: str) -> EngineError:
    return EngineError(f"base volume '{volid}' is still in use by linked cloned")


def base_name_taken(name: str, owner: int) -> EngineError:
    return EngineError(f"base '{name}' already exists (CT {owner})")


def check_base_name_free(bases: Iterable[BaseInfo], name: str | None, vmid: int) -> None:
    """Refuse ``name`` as the base name of ``vmid`` when another container has it."""
    if name:
        for base in bases:
            if base.name == name and base.vmid != vmid:
                raise base_name_taken(name, base.vmid)


@dataclass
class ContainerInfo:
    """One container as ``list`` and ``config`` report it."""

    vmid: int
    hostname: str
    status: str                      # running / stopped
    template: bool = False
    lock: str = ""
    cloned_from: int | None = None   # the template a linked (or full) clone was made from
    memory: int = 512                # MiB
    cores: int = 1
    rootfs: str = ""                 # Proxmox volid, e.g. local:101/subvol-101-disk-0.subvol
    base: str = ""                   # base name given by register_base, "" if none
    tags: str = ""
    description: str = ""
    created: str = ""                # ISO 8601 UTC
    template_source: str = ""        # the template volid it was made from (a clone: its source's)
    clone_method: str = ""           # linked-clone / full-clone for a clone, "" otherwise
    rexx_path: str = ""              # where deploy_rexx put a Rexx interpreter, "" if nowhere
    type: str = "lxc"                # lxc (a container) / qemu (a VM), as Proxmox's resources

    @property
    def storage(self) -> str:
        """The storage of its rootfs volume (``local`` of ``local:101/...``)."""
        return self.rootfs.split(":", 1)[0] if ":" in self.rootfs else ""


@dataclass
class BaseInfo:
    """A registered base: a template with a name."""

    name: str
    vmid: int
    created: str
    template: bool
    storage: str
    template_source: str = ""        # the template volid the base was created from


@dataclass
class CloneInfo:
    vmid: int
    source: int
    method: str                      # linked-clone / full-clone
    hostname: str


@dataclass
class ExecResult:
    stdout: str
    stderr: str
    exit_code: int
    timed_out: bool = False


@dataclass
class EngineStatus:
    backend: str                     # local / pct / api
    available: bool
    reason: str = ""                 # why not available ("" when available)
    active_containers: int = 0       # running
    total_containers: int = 0
    max_containers: int = 0
    security_mode: str = "strict"
    details: dict[str, str] = field(default_factory=dict)


@dataclass
class CreateSpec:
    """What ``create`` asks for, validated."""

    template: str                    # volid local:vztmpl/NAME or an absolute tarball path
    vmid: int | None = None          # None: next free
    hostname: str | None = None      # None: CT<vmid>
    storage: str = "local"
    memory: int = 512
    swap: int = 512
    cores: int = 1
    net0: str = ""                   # name=eth0,bridge=BRIDGE[,ip=...] or ""
    tags: str = ""
    description: str = ""
    node: str = ""                   # cluster node (api engine); "" = the engine's default
    type: str = "lxc"                # lxc, or qemu for a VM (create type=vm)


class Engine:
    """What every PROXMOX engine provides. VMIDs are ints; errors are EngineError. (The
    interface, written down: the engines have these methods and do not derive from it.)"""

    name: str                        # local / pct / api
    node: str                        # the Proxmox node name used in messages

    def status(self) -> EngineStatus: ...

    def list(self) -> list[ContainerInfo]: ...

    def info(self, vmid: int) -> ContainerInfo: ...

    def config(self, vmid: int) -> dict[str, str]: ...

    def set_config(self, vmid: int, changes: dict[str, str]) -> ContainerInfo: ...

    def create(self, spec: CreateSpec) -> ContainerInfo: ...

    def start(self, vmid: int) -> None: ...

    def stop(self, vmid: int) -> None: ...

    def shutdown(self, vmid: int, timeout: int, force_stop: bool) -> None: ...

    def destroy(self, vmid: int, force: bool) -> None: ...

    def template(self, vmid: int, base_name: str | None = None) -> ContainerInfo: ...

    def bases(self) -> list[BaseInfo]: ...

    # Optional: ``find_base(name) -> int | None``, a fast lookup of one base (the environment
    # falls back to scanning ``bases()`` when an engine has none).

    # ``storage=`` (keyword, optional): where a full clone's volume goes (refused by Proxmox,
    # and so by every engine, for a linked clone).
    def clone(self, source: int, vmid: int | None, hostname: str | None,
              full: bool | None) -> CloneInfo: ...

    def execute(self, vmid: int, command: str, timeout: float | None,
                on_stdout_line: LineSink | None = None, stdin: bytes | None = None) -> ExecResult: ...

    def push_file(self, vmid: int, data: bytes, target: str, mode: int = 0o644) -> None: ...

    def templates(self) -> list[str]: ...

    def unlock(self, vmid: int) -> None: ...

    # Keep one of rexxlite's facts with the container (``rexx-path``, set by deploy_rexx).
    def record(self, vmid: int, key: str, value: str) -> None: ...

    def close(self) -> None: ...


# -- snapshots and backups (issue 15) ---------------------------------------------------------
# Engines with snapshots provide: snapshot(vmid, name, description), snapshots(vmid) ->
# list[SnapshotInfo] (with Proxmox's "current" entry last), rollback(vmid, name, start),
# delete_snapshot(vmid, name); with backups: backup(BackupSpec) -> BackupInfo,
# backups(storage, vmid) -> list[BackupInfo], restore(RestoreSpec) -> ContainerInfo,
# delete_backup(volid). The environment refuses a command whose method an engine lacks.
CURRENT_SNAPSHOT = "current"


def no_such_snapshot(name: str) -> EngineError:
    return EngineError(f"snapshot '{name}' does not exist")


def snapshot_taken(name: str) -> EngineError:
    return EngineError(f"snapshot name '{name}' already used")


def template_snapshot() -> EngineError:
    return EngineError("you can't take a snapshot if it's a template")


@dataclass
class SnapshotInfo:
    """One entry of ``listsnapshot``, as Proxmox's API lists it."""

    name: str
    parent: str = ""
    description: str = ""
    snaptime: int = 0                # seconds since the epoch; 0 for "current"
    running: bool = False            # "current" only: whether the container runs


@dataclass
class BackupSpec:
    vmid: int
    storage: str = "local"
    mode: str = "snapshot"           # stop / suspend / snapshot
    compress: str = "zstd"           # zstd / gzip / lzo / 0
    notes: str = ""


@dataclass
class BackupInfo:
    """One vzdump archive on a storage (``pvesm list STORAGE --content backup``)."""

    volid: str                       # local:backup/vzdump-lxc-101-2026_01_02-03_04_05.tar.zst
    vmid: int
    size: int
    ctime: int                       # when it was made (from its name), seconds since the epoch
    format: str                      # tar.zst / tar.gz / tar.lzo / tar
    notes: str = ""
    path: str = ""                   # the file, for engines that have it on this host


@dataclass
class RestoreSpec:
    archive: str                     # a backup volid or an absolute path
    vmid: int
    storage: str = "local"
    hostname: str | None = None
    force: bool = False


@dataclass
class StorageInfo:
    """One storage as ``storages`` and ``status`` show it (``pvesm status``)."""

    name: str
    type: str                        # dir / btrfs (local: overlayfs or btrfs)
    path: str
    total: int
    used: int
    available: int
    features: tuple[str, ...]        # snapshots, linked-clones, backups
    active: bool = True
    content: str = ""
