"""Root filesystem volumes of the local engine: extract, link (copy-on-write), copy, remove.

Volumes are directories named as on a Proxmox directory storage, in the ``images/`` of the
storage their volid names (``local``: the state root's; see ``local_storages.py``)::

    images/<vmid>/subvol-<vmid>-disk-0.subvol     a container's own rootfs (or its overlay upper)
    images/<vmid>/base-<vmid>-disk-0.subvol       a template's rootfs (read-only base)
    images/<vmid>/work                            overlayfs work dir of a linked clone (LXC's)

and named in configs by Proxmox volids: ``local:101/subvol-101-disk-0.subvol``,
``local:100/base-100-disk-0.subvol`` and, for a linked clone,
``local:100/base-100-disk-0.subvol/101/subvol-101-disk-0.subvol`` (base first, as Proxmox
writes linked volumes). A linked clone is an overlayfs upper directory on top of the template's
rootfs; on a btrfs storage it is a writable snapshot of the template's subvolume instead. Every host
command here is an argv list; files written into a container's rootfs never follow symlinks.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
# (annotations only: no ``typing`` at run time)

from .base import EngineError
from .child_processes import dies_with_us
from .faults import fault

_VOLID = re.compile(
    r"^(?P<storage>[a-z][a-z0-9_.-]*):(?:(?P<pvmid>\d+)/base-(?P=pvmid)-disk-0\.subvol/)?"
    r"(?P<vmid>\d+)/(?P<kind>base|subvol)-(?P=vmid)-disk-0\.subvol$")

WAIT_SLICE = 0.1          # seconds between looks for an interrupt while a command runs

DECOMPRESS = {".tar.gz": ["-z"], ".tgz": ["-z"], ".tar.xz": ["-J"], ".tar.zst": ["--zstd"],
              ".tar": []}


@dataclass(frozen=True)
class Volume:
    storage: str
    vmid: int
    base: bool                   # a template's base volume
    parent: int | None = None    # the template a linked volume sits on

    @property
    def volid(self) -> str:
        own = f"{self.vmid}/{'base' if self.base else 'subvol'}-{self.vmid}-disk-0.subvol"
        if self.parent is not None:
            return f"{self.storage}:{self.parent}/base-{self.parent}-disk-0.subvol/{own}"
        return f"{self.storage}:{own}"

    def path(self, images: Path) -> Path:
        kind = "base" if self.base else "subvol"
        return images / str(self.vmid) / f"{kind}-{self.vmid}-disk-0.subvol"

    def parent_path(self, images: Path) -> Path | None:
        if self.parent is None:
            return None
        return Volume(self.storage, self.parent, True).path(images)


def parse_volid(volid: str) -> Volume:
    match = _VOLID.match(volid.split(",")[0])
    if not match:
        raise EngineError(f"unable to parse volume ID '{volid}'")
    parent = match["pvmid"]
    return Volume(match["storage"], int(match["vmid"]), match["kind"] == "base",
                  int(parent) if parent else None)


def run(argv: list[str], what: str, timeout: float = 600) -> subprocess.CompletedProcess:
    """Run a host command (argv list, never a shell); EngineError with its stderr on failure.
    It is waited for in short slices, so Ctrl-C (KeyboardInterrupt, HALT) stops it at once:
    the command is killed and the caller rolls back."""
    try:
        proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                cwd="/", preexec_fn=dies_with_us())
    except FileNotFoundError:
        raise EngineError(f"{what} failed: {argv[0]} is not installed") from None
    deadline = time.monotonic() + timeout
    try:
        while True:
            try:
                out, err = proc.communicate(timeout=WAIT_SLICE)
                break
            except subprocess.TimeoutExpired:
                if time.monotonic() >= deadline:
                    raise EngineError(f"{what} failed: {argv[0]} timed out after "
                                      f"{timeout:g} s") from None
    except BaseException:
        proc.kill()
        proc.communicate()
        raise
    if proc.returncode != 0:
        detail = (err or out).strip().splitlines()
        raise EngineError(f"{what} failed: {detail[-1] if detail else f'exit {proc.returncode}'}")
    return subprocess.CompletedProcess(argv, proc.returncode, out, err)


def fs_type(path: Path) -> str:
    try:
        return subprocess.run(["stat", "-f", "-c", "%T", str(path)], capture_output=True,
                              text=True, cwd="/").stdout.strip()
    except OSError:
        return ""


# -- making volumes ------------------------------------------------------------------------
def make_dir(path: Path, btrfs: bool) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if btrfs:
        run(["btrfs", "-q", "subvolume", "create", str(path)], "creating subvolume")
    else:
        path.mkdir(mode=0o755)


def extract(tarball: Path, dest: Path, on_progress: Callable[[int, int], None] | None = None,
            flags: list[str] | None = None) -> None:
    """Unpack a template tarball into ``dest`` (numeric owners, permissions, xattrs kept).
    With ``on_progress`` the tarball is fed to tar here and ``on_progress(bytes_read, size)``
    follows it (``feed``). ``flags``: tar's decompression flags (default: by its suffix)."""
    if flags is None:
        flags = next((f for suffix, f in DECOMPRESS.items() if tarball.name.endswith(suffix)),
                     [])
    argv = ["tar", "-x", *flags, "-f", "-" if on_progress else str(tarball), "-C", str(dest),
            "--numeric-owner", "--preserve-permissions", "--xattrs", "--xattrs-include=*",
            "--exclude=./dev/*"]
    if on_progress is None:
        run(argv, f"extracting {tarball.name}")
    else:
        feed(argv, tarball, on_progress, f"extracting {tarball.name}")


def feed(argv: list[str], source: Path, on_progress: Callable[[int, int], None],
         what: str) -> None:
    """Run ``argv`` with the file ``source`` on its stdin, calling ``on_progress(sent, size)``
    after each MiB; EngineError with its stderr on failure (as ``run``)."""
    size = source.stat().st_size
    try:
        proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, cwd="/")
    except FileNotFoundError:
        raise EngineError(f"{what} failed: {argv[0]} is not installed") from None
    errors: list[bytes] = []
    reader = threading.Thread(target=lambda: errors.append(proc.stderr.read()), daemon=True)
    reader.start()
    sent = 0
    try:
        with open(source, "rb") as handle:
            while chunk := handle.read(1 << 20):
                proc.stdin.write(chunk)
                sent += len(chunk)
                on_progress(sent, size)
        proc.stdin.close()
    except BrokenPipeError:
        pass                                   # tar stopped early: its stderr says why
    except BaseException:
        proc.kill()
        proc.wait()
        raise
    proc.wait()
    reader.join(timeout=5)
    if proc.returncode != 0:
        detail = b"".join(errors).decode("utf-8", errors="replace").strip().splitlines()
        raise EngineError(f"{what} failed: {detail[-1] if detail else f'exit {proc.returncode}'}")


def link(lower: Path, dest: Path, btrfs: bool) -> None:
    """A copy-on-write volume on ``lower``: a btrfs snapshot, or an empty overlayfs upper dir."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    if btrfs:
        run(["btrfs", "-q", "subvolume", "snapshot", str(lower), str(dest)], "snapshot")
    else:
        dest.mkdir(mode=0o755)


def copy(sources: list[Path], dest: Path, mount_point: Path) -> None:
    """A full copy of the merged view of ``sources`` (upper first) into ``dest``; a merge of
    two layers is mounted at ``mount_point`` meanwhile (under the state root, so the next
    process finds it if this one dies: see ``unmount_leftover``)."""
    with merged_view(sources, mount_point) as view:
        run(["cp", "-a", "--reflink=auto", f"{view}/.", str(dest)], "copying rootfs")


@contextmanager
def merged_view(layers: list[Path], mount_point: Path) -> Iterator[Path]:
    """One directory showing ``layers`` (upper first) merged: the layer itself, or a read-only
    overlay mount of them at ``mount_point`` (made empty here) that needs no upper or work dir."""
    if len(layers) == 1:
        yield layers[0]
        return
    unmount_leftover(mount_point)
    mount_point.parent.mkdir(parents=True, exist_ok=True)
    mount_point.mkdir()
    try:
        lowerdir = ":".join(str(p) for p in layers)
        run(["mount", "-t", "overlay", "overlay", "-o", f"ro,lowerdir={lowerdir}",
             str(mount_point)], "mounting merged rootfs")
        try:
            fault("merge:mounted")
            yield mount_point
        finally:
            subprocess.run(["umount", str(mount_point)], capture_output=True, cwd="/")
    finally:
        try:
            mount_point.rmdir()
        except OSError:
            pass


def unmount_leftover(mount_point: Path) -> None:
    """Unmount (lazily if busy) and remove a merge mount point a dead process left."""
    if not os.path.lexists(mount_point):
        return
    if is_mounted(mount_point):
        done = subprocess.run(["umount", str(mount_point)], capture_output=True, cwd="/")
        if done.returncode != 0:
            subprocess.run(["umount", "-l", str(mount_point)], capture_output=True, cwd="/")
    if is_mounted(mount_point):
        raise EngineError(f"unable to unmount '{mount_point}'")
    try:
        mount_point.rmdir()
    except FileNotFoundError:
        pass


def is_mounted(path: Path) -> bool:
    return str(path) in mounts_under(path)


def mounts_under(path: Path) -> list[str]:
    """Mount points at or below ``path`` (from /proc/self/mounts; octal escapes decoded)."""
    prefix = str(path)
    found = []
    with open("/proc/self/mounts", encoding="utf-8", errors="replace") as handle:
        for line in handle:
            fields = line.split()
            if len(fields) < 2:
                continue
            point = re.sub(r"\\([0-7]{3})", lambda m: chr(int(m[1], 8)), fields[1])
            if point == prefix or point.startswith(prefix.rstrip("/") + "/"):
                found.append(point)
    return found


def remove(path: Path, btrfs: bool = False) -> None:
    """Remove a volume's directory (the whole images/<vmid> dir), tolerating what is missing."""
    if not os.path.lexists(path):
        return
    if btrfs:
        for sub in sorted(path.glob("*.subvol")):
            subprocess.run(["btrfs", "-q", "subvolume", "delete", str(sub)], capture_output=True,
                           cwd="/")
    shutil.rmtree(path, ignore_errors=True)
    if os.path.lexists(path):
        raise EngineError(f"unable to remove volume directory '{path}'")


# -- hostname inside the container --------------------------------------------------------
def set_hostname(rootfs: Path, hostname: str, lower: Path | None = None,
                 previous: str = "") -> None:
    """Write /etc/hostname and /etc/hosts into ``rootfs``. For an overlay upper dir, ``lower``
    is the template's rootfs: files missing from the upper are read from it, and the new ones
    land in the upper (with an etc dir made like the lower's)."""
    etc = rootfs / "etc"
    if os.path.islink(etc) or (lower is not None and os.path.islink(lower / "etc")):
        return                                   # an unusual rootfs: leave it alone
    if not os.path.lexists(etc):
        if lower is None:
            return
        try:
            st = os.lstat(lower / "etc")
            etc.mkdir(mode=st.st_mode & 0o7777)
            os.chown(etc, st.st_uid, st.st_gid)
        except FileNotFoundError:
            etc.mkdir(mode=0o755)
    hosts_file = etc / "hosts"
    if not _is_regular(hosts_file) and lower is not None:
        hosts_file = lower / "etc" / "hosts"
    hosts = _read_text(hosts_file)
    short = hostname.split(".")[0]
    names = f"{hostname} {short}" if short != hostname else hostname
    lines = [ln for ln in hosts.splitlines()
             if not ln.startswith("127.0.1.1") and not (previous and _names_host(ln, previous))]
    at = next((i + 1 for i, ln in enumerate(lines) if ln.startswith("127.0.0.1")), 0)
    if not lines:
        lines = ["127.0.0.1\tlocalhost"]
        at = 1
    lines.insert(at, f"127.0.1.1\t{names}")
    _safe_write(etc, "hostname", f"{short}\n")
    _safe_write(etc, "hosts", "\n".join(lines) + "\n")


def _is_regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except FileNotFoundError:
        return False


def _names_host(line: str, host: str) -> bool:
    words = line.split("#")[0].split()
    return len(words) > 1 and host in words[1:] and not words[0].startswith("127.0.0.1")


def _read_text(path: Path) -> str:
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
    except OSError:
        return ""
    with os.fdopen(fd, "r", errors="replace") as handle:
        return handle.read(65536)


def _safe_write(directory: Path, name: str, text: str) -> None:
    """Write a file in a container's /etc without following a symlink planted there."""
    path = directory / name
    if os.path.lexists(path) and not _is_regular(path):
        os.unlink(path)                          # a symlink, or an overlay whiteout
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o644)
    with os.fdopen(fd, "w") as handle:
        handle.write(text)
