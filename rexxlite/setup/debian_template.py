"""The Debian 12 (bookworm) minbase container template with python3, for running rexxlite
inside containers (ADDRESS PROXMOX ``deploy_rexx`` / ``execute_rexx``).

    rexxlite-setup debian [--force] [--output PATH]    (scripts/build-debian-template.sh too)

Output: ``$REXXLITE_TEMPLATE_DIR`` or /var/lib/vz/template/cache, file
``debian-12-rexxlite_amd64.tar.zst`` (volid ``local:vztmpl/debian-12-rexxlite_amd64.tar.zst``).
Cached: nothing is done when the file exists (unless ``force``). Takes 30-60 s; needs root,
debootstrap and zstd. The mirror is ``$DEBIAN_MIRROR``, else the one apt uses on this host.
debootstrap's own lines are shown as they come (``progress.py``), then the packing stage.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections import deque
from pathlib import Path

from rexxlite.setup.progress import Progress
from rexxlite.setup.template_files import INIT, SetupError, default_dir

NAME = "debian-12-rexxlite_amd64.tar.zst"
SUITE = "bookworm"
PACKAGES = "python3-minimal,libpython3.11-stdlib,python3"
DEFAULT_MIRROR = "http://deb.debian.org/debian"
TOOLS = ("debootstrap", "zstd", "tar")
# What a container does not need: downloaded packages, package lists, logs, documentation,
# device nodes (LXC makes its own /dev).
PRUNED = ("var/cache/apt/archives/*.deb", "var/lib/apt/lists/*", "var/log/*.log",
          "usr/share/doc/*", "usr/share/man/*", "dev/*")


def apt_mirror() -> str:
    """``$DEBIAN_MIRROR``, else the first non-security mirror apt uses here, else deb.debian.org."""
    if os.environ.get("DEBIAN_MIRROR"):
        return os.environ["DEBIAN_MIRROR"]
    sources = (("/etc/apt/sources.list.d/debian.sources", "URIs:"), ("/etc/apt/sources.list", "deb"))
    for path, keyword in sources:
        try:
            lines = Path(path).read_text().splitlines()
        except OSError:
            continue
        for line in lines:
            words = line.split()
            if len(words) >= 2 and words[0] == keyword and "security" not in line:
                return words[1]
    return DEFAULT_MIRROR


def build_debian(output: Path | None = None, force: bool = False,
                 progress: Progress | None = None) -> Path:
    """Build the Debian template at ``output`` unless it exists (see the module docstring)."""
    progress = progress or Progress("debian template")
    output = output or default_dir() / NAME
    if output.exists() and not force:
        progress.done(f"{output} (cached)")
        return output
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        raise SetupError(f"{', '.join(missing)} missing (apt-get install debootstrap zstd)")
    output.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="rexxlite-debian-", dir="/tmp"))
    try:
        rootfs = work / "rootfs"
        mirror = apt_mirror()
        progress.stage(f"debootstrap {SUITE} (minbase + python3) from {mirror}, 30-60 s")
        _debootstrap(rootfs, mirror, progress)
        progress.stage("adding the container init, hostname and hosts; pruning caches")
        _finish_rootfs(rootfs)
        size = _tree_size(rootfs)
        progress.stage(f"packing {size / 2**20:.0f} MiB with tar | zstd")
        _pack(rootfs, output)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    progress.done(f"{output} ({output.stat().st_size // 1024} KiB)")
    return output


def _debootstrap(rootfs: Path, mirror: str, progress: Progress,
                 packages: str = PACKAGES) -> None:
    argv = ["debootstrap", "--variant=minbase", f"--include={packages}", SUITE, str(rootfs),
            mirror]
    tail: deque[str] = deque(maxlen=20)
    with subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          stdin=subprocess.DEVNULL, text=True, errors="replace") as proc:
        assert proc.stdout is not None
        for line in proc.stdout:
            tail.append(line.rstrip())
            progress.tool_line("debootstrap", line)
    if proc.returncode != 0:
        raise SetupError(f"debootstrap failed (exit status {proc.returncode}):\n"
                         + "\n".join(tail))


def _finish_rootfs(rootfs: Path) -> None:
    init = rootfs / "sbin" / "init"
    init.parent.mkdir(parents=True, exist_ok=True)
    if init.is_symlink() or init.exists():
        init.unlink()
    init.write_text(INIT)
    init.chmod(0o755)
    (rootfs / "etc" / "hostname").write_text("localhost\n")
    (rootfs / "etc" / "hosts").write_text("127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost "
                                          "ip6-loopback\n")
    resolv = rootfs / "etc" / "resolv.conf"
    if resolv.is_symlink():
        resolv.unlink()
    resolv.write_text("")
    for pattern in PRUNED:
        for entry in rootfs.glob(pattern):
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                entry.unlink(missing_ok=True)


def _tree_size(root: Path) -> int:
    total = 0
    for folder, _dirs, files in os.walk(root):
        for name in files:
            try:
                total += os.lstat(os.path.join(folder, name)).st_size
            except OSError:
                pass
    return total


def _pack(rootfs: Path, output: Path) -> None:
    """tar the rootfs (numeric owners, xattrs) through zstd into ``output``, atomically."""
    tmp = output.with_name(f".{output.name}.tmp{os.getpid()}")
    try:
        tar = subprocess.Popen(["tar", "--numeric-owner", "--xattrs", "-C", str(rootfs), "-cf",
                                "-", "."], stdout=subprocess.PIPE)
        zstd = subprocess.run(["zstd", "-q", "-T0", "-f", "-o", str(tmp)], stdin=tar.stdout)
        assert tar.stdout is not None
        tar.stdout.close()
        if tar.wait() != 0 or zstd.returncode != 0:
            raise SetupError(f"packing failed (tar {tar.returncode}, zstd {zstd.returncode})")
        tmp.chmod(0o644)
        os.replace(tmp, output)
    finally:
        tmp.unlink(missing_ok=True)
