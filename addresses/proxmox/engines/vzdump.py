"""vzdump archives as Proxmox VE makes them, on this host: names, ``pct.conf``, tar in and out.

A VM's backup is a VMA (``vma.py``): ``vzdump-qemu-VMID-DATE.vma[.zst|.gz|.lzo]``, the same
names otherwise. An LXC backup is ``vzdump-lxc-VMID-YYYY_MM_DD-HH_MM_SS.tar[.zst|.gz|.lzo]`` in the storage's
``dump/`` directory (``/var/lib/vz/dump`` for ``local``), beside it
``vzdump-lxc-VMID-...log`` (the task log) and ``<archive>.notes`` (the notes). The archive is a
tar of the container's root filesystem (``.``, numeric owners, xattrs, ``./tmp/*``,
``./var/tmp/*`` and ``./var/run/*.pid`` left out, as vzdump does) whose first member is
``./etc/vzdump/pct.conf``: the container's config in Proxmox's format without its snapshots,
``lock`` and ``parent``. ``pct restore`` reads that file back and removes it from the restored
rootfs; so does ``restore_options`` here, which keeps only the options it can check.
An archive is written under a temporary name (``.NAME.tmpPID``) and renamed when complete.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import time
from datetime import datetime
from pathlib import Path
# (annotations only: no ``typing`` at run time)

from .. import validate as v
from .base import BackupInfo, EngineError
from .child_processes import dies_with_us
from .local_store import PveConfig

ARCHIVE_CONF = "./etc/vzdump/pct.conf"
ARCHIVE_FIREWALL = "./etc/vzdump/pct.fw"
EXTENSION = {"zstd": ".zst", "gzip": ".gz", "lzo": ".lzo", "0": ""}
COMPRESSOR = {"zstd": ["zstd", "-q", "-c"], "gzip": ["gzip", "-c"], "lzo": ["lzop", "-c"]}
TAR_FLAGS = {".tar.zst": ["--zstd"], ".tar.gz": ["-z"], ".tar.lzo": ["--lzop"], ".tar": []}
EXCLUDED = ("./tmp/?*", "./var/tmp/?*", "./var/run/?*.pid")
_NAME = re.compile(r"vzdump-(?P<kind>lxc|qemu)-(?P<vmid>\d+)-"
                   r"(?P<when>\d{4}_\d\d_\d\d-\d\d_\d\d_\d\d)"
                   r"\.(?P<format>(?:tar|vma)(?:\.zst|\.gz|\.lzo)?)")
_STAMP = "%Y_%m_%d-%H_%M_%S"
CHUNK = 1 << 20


# -- names ------------------------------------------------------------------------------------
def archive_name(vmid: int, when: float, compress: str, kind: str = "lxc") -> str:
    """``vzdump-lxc-VMID-DATE.tar.zst`` (a VM: ``vzdump-qemu-VMID-DATE.vma.zst``)."""
    body = "vma" if kind == "qemu" else "tar"
    return f"vzdump-{kind}-{vmid}-{datetime.fromtimestamp(when).strftime(_STAMP)}.{body}" \
        f"{EXTENSION[compress]}"


def archive_kind(name: str) -> str:
    """``qemu`` for a VM's archive name, else ``lxc``."""
    return "qemu" if "vzdump-qemu-" in name else "lxc"


def log_name(archive: str) -> str:
    stem = archive[:archive.index(".vma")] if ".vma" in archive else \
        archive[:archive.index(".tar")]
    return stem + ".log"


def notes_name(archive: str) -> str:
    return archive + ".notes"


def temp_name(name: str) -> str:
    """The name a file has while it is written (swept when its process is gone)."""
    return f".{name}.tmp{os.getpid()}"


def tar_flags(name: str) -> list[str]:
    return next(flags for suffix, flags in TAR_FLAGS.items() if name.endswith(suffix))


def listing(dump: Path, storage: str, vmid: int | None = None) -> list[BackupInfo]:
    """The archives in ``dump`` (oldest first), as ``pvesm list STORAGE --content backup``."""
    try:
        names = os.listdir(dump)
    except FileNotFoundError:
        return []
    found = []
    for name in names:
        match = _NAME.fullmatch(name)
        if not match or (vmid is not None and int(match["vmid"]) != vmid):
            continue
        try:
            size = os.stat(dump / name).st_size
        except FileNotFoundError:
            continue                             # deleted while we looked
        ctime = int(datetime.strptime(match["when"], _STAMP).timestamp())
        notes = _read_small(dump / notes_name(name))
        found.append(BackupInfo(f"{storage}:backup/{name}", int(match["vmid"]), size, ctime,
                                match["format"], notes.rstrip("\n"), str(dump / name)))
    return sorted(found, key=lambda b: (b.ctime, b.vmid, b.volid))


def _read_small(path: Path, limit: int = 65536) -> str:
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
    except OSError:
        return ""
    with os.fdopen(fd, "r", errors="replace") as handle:
        return handle.read(limit)


# -- pct.conf ---------------------------------------------------------------------------------
def pct_conf(conf: PveConfig) -> str:
    """The ``./etc/vzdump/pct.conf`` of a container: its options (not lock, parent), its
    description; no snapshot sections and none of rexxlite's own ``# rexxlite:`` lines."""
    options = {k: val for k, val in conf.options.items() if k not in ("lock", "parent")}
    return PveConfig(options=options, description=conf.description).render()


def _int_check(minimum: int, maximum: int) -> Callable[[str, str], str]:
    return lambda value, name: str(v.positive_int(value, name, minimum, maximum))


RESTORED: dict[str, Callable[[str, str], str]] = {
    "hostname": v.hostname, "memory": _int_check(16, 2**26), "swap": _int_check(0, 2**26),
    "cores": _int_check(1, 8192), "net0": v.net0, "tags": v.tags,
    "arch": v.choice(("amd64", "i386", "arm64", "armhf")),
    "ostype": v.choice(("debian", "ubuntu", "centos", "fedora", "opensuse", "archlinux",
                        "alpine", "gentoo", "nixos", "devuan", "unmanaged")),
    "onboot": v.choice(("0", "1")), "unprivileged": v.choice(("0", "1")),
    "template": v.choice(("0", "1")),
}


def restore_options(conf: PveConfig) -> tuple[dict[str, str], list[str]]:
    """The options of an archive's pct.conf that a restored container takes (each checked as
    a command parameter is), and the names of those it leaves out (rootfs, mount points,
    raw lxc keys...: the new container gets its own rootfs and nothing else of the host)."""
    kept, dropped = {}, []
    for key, value in conf.options.items():
        check = RESTORED.get(key)
        if check is None:
            dropped.append(key)
            continue
        try:
            kept[key] = check(value, key)
        except v.InvalidValue as exc:
            raise EngineError(f"invalid configuration in the archive: {exc}") from None
    return kept, sorted(dropped)


# -- making an archive ------------------------------------------------------------------------
def tree_size(tree: Path) -> int:
    """Bytes of the files under ``tree`` (the total of a backup's progress)."""
    done = subprocess.run(["du", "-s", "-b", "-x", str(tree)], capture_output=True, text=True,
                          cwd="/")
    words = done.stdout.split()
    return int(words[0]) if words and words[0].isdigit() else 0


def write_archive(tree: Path, staging: Path, conf_text: str, dest: Path, compress: str,
                  on_progress: Callable[[int, int], None] | None = None) -> int:
    """Write the archive of ``tree`` with ``conf_text`` as its pct.conf to ``dest``; the tar
    bytes it holds. ``staging`` is an empty directory for the pct.conf meanwhile. tar's
    output passes through here to the compressor (so progress can count it)."""
    conf_dir = staging / "etc" / "vzdump"
    conf_dir.mkdir(parents=True)
    (conf_dir / "pct.conf").write_text(conf_text)
    total = tree_size(tree) if on_progress else 0
    argv = ["tar", "-c", "-f", "-", "--numeric-owner", "--sparse", "--xattrs",
            "--xattrs-include=user.*", "--xattrs-include=security.capability",
            "--one-file-system", "--warning=no-file-ignored", "--anchored",
            *[f"--exclude={pattern}" for pattern in EXCLUDED],
            "-C", str(staging), ARCHIVE_CONF, "-C", str(tree), "."]
    with open(dest, "wb") as out, tempfile.TemporaryFile() as tar_err, \
            tempfile.TemporaryFile() as comp_err:
        compressor = None
        if compress != "0":
            if shutil.which(COMPRESSOR[compress][0]) is None:
                raise EngineError(f"{COMPRESSOR[compress][0]} is not installed "
                                  f"(needed for compress={compress})")
            compressor = subprocess.Popen(COMPRESSOR[compress], stdin=subprocess.PIPE,
                                          stdout=out, stderr=comp_err, cwd="/",
                                          preexec_fn=dies_with_us())
        tar = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=tar_err, cwd="/",
                               preexec_fn=dies_with_us())
        sink = compressor.stdin if compressor else out
        written = 0
        try:
            while chunk := tar.stdout.read(CHUNK):
                sink.write(chunk)
                written += len(chunk)
                if on_progress:
                    on_progress(written, max(total, written))
            tar.wait()
            if compressor:
                compressor.stdin.close()
                compressor.wait()
        except BaseException:
            for proc in (tar, compressor):
                if proc is not None:
                    proc.kill()
                    proc.wait()
            raise
        if tar.returncode not in (0, 1):         # 1: a file changed while it was read
            raise EngineError(f"backup failed: tar: {_last_line(tar_err, tar.returncode)}")
        if compressor and compressor.returncode != 0:
            raise EngineError(f"backup failed: {COMPRESSOR[compress][0]}: "
                              f"{_last_line(comp_err, compressor.returncode)}")
    return written


def _last_line(handle, code: int) -> str:
    handle.seek(0)
    lines = handle.read().decode("utf-8", errors="replace").strip().splitlines()
    return lines[-1] if lines else f"exit {code}"


def read_restored_conf(rootfs: Path) -> PveConfig:
    """Take ``./etc/vzdump/pct.conf`` (and pct.fw) out of a restored rootfs, parsed; a
    symlink there is not followed."""
    folder = rootfs / "etc" / "vzdump"
    text = ""
    try:
        fd = os.open(folder / "pct.conf", os.O_RDONLY | os.O_NOFOLLOW)
        with os.fdopen(fd, "r", errors="replace") as handle:
            text = handle.read(1 << 20)
    except OSError:
        raise EngineError(f"unable to restore: no configuration ({ARCHIVE_CONF}) in the "
                          "archive") from None
    for name in ("pct.conf", "pct.fw"):
        try:
            os.unlink(folder / name)
        except OSError:
            pass
    try:
        folder.rmdir()
    except OSError:
        pass
    return PveConfig.parse(text)


def log_lines(vmid: int, archive: str, mode: str, compress: str, written: int, size: int,
              seconds: float, started: float, kind: str = "lxc") -> str:
    """The task log beside an archive, in vzdump's words."""
    def at(offset: float = 0) -> str:
        return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(started + offset))
    lines = [f"{at()} INFO: Starting Backup of VM {vmid} ({kind})",
             f"{at()} INFO: backup mode: {mode}",
             f"{at()} INFO: compress: {compress}",
             f"{at()} INFO: creating vzdump archive '{archive}'",
             f"{at(seconds)} INFO: Total bytes written: {written}",
             f"{at(seconds)} INFO: archive file size: {size / 2**20:.2f}MB",
             f"{at(seconds)} INFO: Finished Backup of VM {vmid} "
             f"({time.strftime('%H:%M:%S', time.gmtime(seconds))})"]
    return "\n".join(lines) + "\n"
