"""The local engine's state on disk: Proxmox-format container configs, locks, VMID allocation.

Layout under the state root (``$REXXLITE_PROXMOX_ROOT``, default ``/var/lib/rexxlite``)::

    pve/lxc/<vmid>.conf        the container's config, in Proxmox's format (the source of truth)
    pve/qemu-server/<vmid>.conf    a VM's config instead (one VMID space: never both)
    pve/bases/<name>           symlink to the VMID of a registered base (an index, checked)
    images/<vmid>/...          its root filesystem volume (see volumes.py)
    lxc/<vmid>/config          the LXC config generated from the .conf at each start
    work/<vmid>                mount point of a temporary read-only overlay (flatten, full clone)
    lock/pve-config-<vmid>.lock, lock/allocate.lock, lock/base-<name>.lock    flock(2) locks

A config file looks like ``/etc/pve/lxc/<vmid>.conf`` on a Proxmox node: the description as
leading ``#`` lines, then sorted ``key: value`` lines. rexxlite's own facts (base name, clone
ancestry, creation time) are ``# rexxlite: key=value`` lines at the top, so Proxmox tools read
the file unchanged. Every write is atomic (temporary file + rename), and the writer refuses a
value that holds a newline or another control character (see ``PveConfig.render``).
"""

from __future__ import annotations

import errno
import fcntl
import os
import re
import time
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
# (annotations only: no ``typing`` at run time)

from .base import EngineError, already_exists, no_such_ct, vmid_used
from .child_processes import pid_alive

META_PREFIX = "# rexxlite: "
_KEY = re.compile(r"[a-z][a-z0-9_-]{0,63}")
LOCK_TIMEOUT = 10.0


@dataclass
class PveConfig:
    """One container config: Proxmox keys, description text and rexxlite metadata."""

    options: dict[str, str] = field(default_factory=dict)
    description: str = ""
    meta: dict[str, str] = field(default_factory=dict)
    trailer: str = ""            # [snapshot] sections etc., kept verbatim

    def get(self, key: str, default: str = "") -> str:
        return self.options.get(key, default)

    @property
    def is_template(self) -> bool:
        return self.options.get("template", "0") == "1"

    # -- text form ------------------------------------------------------------------------
    @classmethod
    def parse(cls, text: str) -> "PveConfig":
        conf = cls()
        description: list[str] = []
        lines = text.splitlines()
        for index, line in enumerate(lines):
            if line.startswith("["):
                conf.trailer = "\n".join(lines[index:]) + "\n"
                break
            if line.startswith(META_PREFIX):
                key, _, value = line[len(META_PREFIX):].partition("=")
                conf.meta[key.strip()] = _unescape(value)
            elif line.startswith("#"):
                description.append(_unescape(line[1:]))
            elif ":" in line:
                key, _, value = line.partition(":")
                conf.options[key.strip()] = value.strip()
        conf.description = "\n".join(description)
        return conf

    def render(self) -> str:
        """The file's text. The description and metadata are %-encoded so no line of them can
        end early or pass for another kind of line; an option key or value that could break
        the line format is refused (``EngineError``), whatever checked it before."""
        for key in [*self.options, *self.meta]:
            if not _KEY.fullmatch(key):
                raise EngineError(f"refusing to write config key {key[:40]!r}")
        for key, value in self.options.items():
            if not value.isprintable():
                raise EngineError(f"refusing to write config key '{key}': its value holds a "
                                  "newline or another control character")
        out = [f"{META_PREFIX}{key}={_escape(value)}" for key, value in sorted(self.meta.items())]
        if self.description:
            out += [_description_line(line) for line in self.description.split("\n")]
        out += [f"{key}: {value}" for key, value in sorted(self.options.items()) if value != ""]
        text = "\n".join(out) + "\n"
        if self.trailer:
            text += "\n" + self.trailer
        return text


def _description_line(text: str) -> str:
    """``#`` and the encoded line; a leading blank is encoded too when the line would otherwise
    read as rexxlite's ``# rexxlite: `` metadata."""
    line = "#" + _escape(text)
    return "#%20" + line[2:] if line.startswith(META_PREFIX) else line


def _escape(text: str) -> str:
    return "".join(c if c.isprintable() and c != "%" else f"%{ord(c):02X}" for c in text)


def _unescape(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        if text[i] == "%" and _is_hex(text[i + 1:i + 3]):
            out.append(chr(int(text[i + 1:i + 3], 16)))
            i += 3
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def _is_hex(text: str) -> bool:
    return len(text) == 2 and all(c in "0123456789abcdefABCDEF" for c in text)


class Store:
    """Config files, lock files and VMID allocation under one state root."""

    def __init__(self, root: Path, node: str, first_vmid: int = 100):
        self.root = root
        self.node = node
        self.first_vmid = first_vmid
        self.conf_dir = root / "pve" / "lxc"
        self.qemu_conf_dir = root / "pve" / "qemu-server"
        self.images = root / "images"
        self.lxcpath = root / "lxc"
        self.lock_dir = root / "lock"
        self.work = root / "work"

    def ensure(self) -> None:
        for path in (self.conf_dir, self.qemu_conf_dir, self.images, self.lxcpath, self.lock_dir, self.work):
            path.mkdir(parents=True, exist_ok=True, mode=0o755)

    # -- configs --------------------------------------------------------------------------
    def conf_path(self, vmid: int, kind: str | None = None) -> Path:
        """The config file of ``vmid``: a VM's (``kind`` qemu) or a container's."""
        kind = kind or self.kind(vmid)
        return (self.qemu_conf_dir if kind == "qemu" else self.conf_dir) / f"{vmid}.conf"

    def kind(self, vmid: int) -> str:
        """``qemu`` when ``vmid`` is a VM, else ``lxc`` (a container, or nothing yet)."""
        return "qemu" if (self.qemu_conf_dir / f"{vmid}.conf").exists() else "lxc"

    def exists(self, vmid: int) -> bool:
        return self.conf_path(vmid).exists()

    def vmids(self) -> list[int]:
        """Every VMID in use, containers and VMs (one VMID space)."""
        found: set[int] = set()
        for directory in (self.conf_dir, self.qemu_conf_dir):
            try:
                names = os.listdir(directory)
            except FileNotFoundError:
                continue
            found.update(int(n[:-5]) for n in names if n.endswith(".conf") and n[:-5].isdigit())
        return sorted(found)

    def read(self, vmid: int) -> PveConfig:
        try:
            return PveConfig.parse(self.conf_path(vmid).read_text())
        except FileNotFoundError:
            raise no_such_ct(vmid, self.node) from None

    def write(self, vmid: int, conf: PveConfig) -> None:
        path = self.conf_path(vmid)
        tmp = path.with_name(f".{vmid}.conf.tmp{os.getpid()}")
        tmp.write_text(conf.render())
        os.replace(tmp, path)

    def remove(self, vmid: int) -> None:
        try:
            self.conf_path(vmid).unlink()
        except FileNotFoundError:
            pass

    @contextmanager
    def reserve(self, vmid: int | None, make_config: Callable[[int], PveConfig],
                limit: int = 0, kind: str = "lxc") -> Iterator[int]:
        """Claim ``vmid`` (or the lowest free one): yields it holding its exclusive lock, its
        config ``make_config(vmid)`` written.

        Under the global allocation lock, so two processes never pick the same VMID, the
        container's lock is taken first and then the complete config (which carries the
        operation's lock and intent) appears at once: it is written to a temporary file and
        hard-linked into place, which fails if a config exists, so no process can ever see an
        empty or partial config, nor a new one whose maker does not hold its lock. ``limit``:
        the most containers there may be (0: no limit), checked under the same lock.
        ``kind``: ``qemu`` for a VM (its config goes to ``pve/qemu-server``).
        """
        with ExitStack() as held:
            with self.allocation_lock():
                taken = set(self.vmids())
                if limit and len(taken) >= limit:
                    raise EngineError(f"maximum number of containers reached ({limit})")
                if vmid is None:
                    vmid = self.first_vmid
                    while vmid in taken:
                        vmid += 1
                elif vmid in taken:
                    if kind == "lxc" and self.kind(vmid) == "lxc":
                        raise already_exists(vmid)
                    raise vmid_used(vmid, self.kind(vmid), self.node)
                held.enter_context(self.lock(vmid))
                self._create_exclusive(vmid, make_config(vmid), kind)
            yield vmid

    def _create_exclusive(self, vmid: int, conf: PveConfig, kind: str = "lxc") -> None:
        path = self.conf_path(vmid, kind)
        tmp = path.with_name(f".{vmid}.conf.tmp{os.getpid()}")
        tmp.write_text(conf.render())
        try:
            other = self.conf_path(vmid, "lxc" if kind == "qemu" else "qemu")
            if other.exists():
                raise vmid_used(vmid, "qemu" if kind == "lxc" else "lxc", self.node)
            os.link(tmp, path)
        except FileExistsError:
            raise already_exists(vmid) from None
        finally:
            tmp.unlink()

    # -- leftovers of processes that died -------------------------------------------------
    def sweep_temp_files(self, extra: list[Path] | None = None) -> list[Path]:
        """Remove the temporary files (``.NAME.tmpPID``) of processes that no longer run
        (in the state root's directories, and ``extra`` ones: a dump directory)."""
        removed = []
        for directory in (self.conf_dir, self.qemu_conf_dir, self.root / "pve" / "bases",
                          *self.lxcpath.glob("[0-9]*"), *(extra or [])):
            try:
                names = os.listdir(directory)
            except OSError:
                continue
            for name in names:
                pid = _temp_owner(name)
                if pid is not None and not pid_alive(pid):
                    try:
                        os.unlink(directory / name)
                        removed.append(directory / name)
                    except OSError:
                        pass
        return removed

    # -- the base-name index (a cache: the configs' "base" lines are the truth) -----------
    def base_index(self, name: str) -> Path:
        return self.root / "pve" / "bases" / name

    def set_base_index(self, name: str, vmid: int) -> None:
        link = self.base_index(name)
        link.parent.mkdir(parents=True, exist_ok=True)
        tmp = link.with_name(f".{name}.tmp{os.getpid()}")
        try:
            tmp.unlink()
        except FileNotFoundError:
            pass
        os.symlink(str(vmid), tmp)
        os.replace(tmp, link)

    def drop_base_index(self, name: str, vmid: int) -> None:
        link = self.base_index(name)
        try:
            if os.readlink(link) == str(vmid):
                link.unlink()
        except OSError:
            pass

    # -- locks ----------------------------------------------------------------------------
    @contextmanager
    def allocation_lock(self) -> Iterator[None]:
        with _flock(self.lock_dir / "allocate.lock", exclusive=True, timeout=LOCK_TIMEOUT):
            yield

    @contextmanager
    def lock(self, vmid: int, shared: bool = False, timeout: float = LOCK_TIMEOUT) -> Iterator[None]:
        """The per-container lock (exclusive for changes, shared while a clone reads a template).
        ``timeout=0``: one try (EngineError when another process holds it)."""
        with _flock(self.lock_dir / f"pve-config-{vmid}.lock", exclusive=not shared,
                    timeout=timeout):
            yield

    @contextmanager
    def storage_lock(self) -> Iterator[None]:
        """Held while storage.cfg and the storages it names change."""
        with _flock(self.lock_dir / "storage.lock", exclusive=True, timeout=60):
            yield

    @contextmanager
    def base_name_lock(self, name: str, timeout: float = LOCK_TIMEOUT) -> Iterator[None]:
        """Held across checking that base ``name`` is free, making the template and recording
        the name, so two register_base of one name cannot both succeed."""
        with _flock(self.lock_dir / f"base-{name}.lock", exclusive=True, timeout=timeout):
            yield


def _temp_owner(name: str) -> int | None:
    """The PID in a temporary file's name ``.NAME.tmpPID``, or None for other files."""
    stem, sep, pid = name.rpartition(".tmp")
    if not sep or not name.startswith(".") or not pid.isdigit():
        return None
    return int(pid)


@contextmanager
def _flock(path: Path, exclusive: bool, timeout: float) -> Iterator[None]:
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
    try:
        mode = (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB
        deadline = time.monotonic() + timeout
        delay = 0.001
        while True:
            try:
                fcntl.flock(fd, mode)
                break
            except OSError as exc:
                if exc.errno not in (errno.EAGAIN, errno.EACCES):
                    raise
                if time.monotonic() >= deadline:
                    raise EngineError(f"can't lock file '{path}' - got timeout") from None
                time.sleep(delay)
                delay = min(delay * 2, 0.05)
        yield
    finally:
        os.close(fd)   # closing the descriptor releases the lock
