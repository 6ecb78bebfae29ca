"""The busybox container template: a rootfs tarball made in well under a second.

The rootfs holds Debian's static /bin/busybox, a symlink for every applet, the usual /etc files
and a small /sbin/init that exits cleanly on LXC's halt signal (SIGPWR) so that a clean
shutdown takes milliseconds, not the stop timeout. The tarball is written directly with the
``tarfile`` module (no staging directory), owned by root, with fixed timestamps.

    rexxlite-setup busybox [--force] [--output PATH]     (or python3 -m rexxlite.setup ...;
    scripts/build-busybox-template.py calls this too)

Default output: ``$REXXLITE_TEMPLATE_DIR`` or ``/var/lib/vz/template/cache``, file
``rexxlite-busybox_1.0_amd64.tar.gz`` (volid ``local:vztmpl/rexxlite-busybox_1.0_amd64.tar.gz``).
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

NAME = "rexxlite-busybox_1.0_amd64.tar.gz"
MTIME = 1_700_000_000

from rexxlite.setup.progress import Progress
from rexxlite.setup.template_files import INIT, SetupError, default_dir

FILES = {
    "etc/passwd": "root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n",
    "etc/group": "root:x:0:\nnogroup:x:65534:\n",
    "etc/shadow": "root:*:19000:0:99999:7:::\n",
    "etc/hostname": "localhost\n",
    "etc/hosts": "127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n",
    "etc/os-release": 'NAME="rexxlite busybox"\nID=busybox\nVERSION_ID=1.0\n'
                      'PRETTY_NAME="rexxlite busybox template 1.0"\n',
    "etc/profile": "export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\n",
    "etc/resolv.conf": "",
    "etc/fstab": "",
}

DIRS = ["bin", "sbin", "usr", "usr/bin", "usr/sbin", "usr/local", "usr/local/bin",
        "usr/local/sbin", "etc", "proc", "sys", "dev", "dev/pts", "run", "root", "home",
        "var", "var/log", "var/tmp", "mnt", "opt", "lib"]


def find_busybox() -> Path:
    for candidate in ("/bin/busybox", "/usr/bin/busybox"):
        path = Path(candidate)
        if path.is_file():
            out = subprocess.run(["file", "-L", str(path)], capture_output=True, text=True).stdout \
                if shutil.which("file") else "statically linked"
            if "statically linked" in out or "static-pie" in out:
                return path
    raise SetupError("a static busybox is needed: apt-get install busybox-static")


def _info(name: str, kind: bytes, mode: int, size: int = 0, link: str = "") -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.type, info.mode, info.size, info.linkname = kind, mode, size, link
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    info.mtime = MTIME
    return info


def build(output: Path, busybox: Path, progress: Progress) -> None:
    applets = subprocess.run([str(busybox), "--list-full"], capture_output=True, text=True,
                             check=True).stdout.split()
    progress.stage(f"writing {output.name}: {busybox} and {len(applets)} applet links")
    data = busybox.read_bytes()
    output.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".build-", dir=output.parent)
    try:
        with os.fdopen(fd, "wb") as raw, tarfile.open(fileobj=raw, mode="w:gz") as tar:
            tar.addfile(_info(".", tarfile.DIRTYPE, 0o755))
            for d in DIRS:
                tar.addfile(_info(d, tarfile.DIRTYPE, 0o755))
            for d, mode in (("tmp", 0o1777), ("root", 0o700)):
                tar.addfile(_info(d, tarfile.DIRTYPE, mode))
            tar.addfile(_info("bin/busybox", tarfile.REGTYPE, 0o755, len(data)), io.BytesIO(data))
            for applet in applets:
                if applet in ("bin/busybox", "sbin/init"):
                    continue
                depth = applet.count("/")
                tar.addfile(_info(applet, tarfile.SYMTYPE, 0o777,
                                  link="../" * depth + "bin/busybox"))
            for name, text in {**FILES, "sbin/init": INIT}.items():
                body = text.encode()
                mode = 0o755 if name == "sbin/init" else (0o640 if name == "etc/shadow" else 0o644)
                tar.addfile(_info(name, tarfile.REGTYPE, mode, len(body)), io.BytesIO(body))
        os.chmod(tmp, 0o644)
        os.replace(tmp, output)
    except BaseException:
        os.unlink(tmp)
        raise


def build_busybox(output: Path | None = None, force: bool = False,
                  progress: Progress | None = None) -> Path:
    """Build the busybox template at ``output`` (default: the template directory), unless it
    is there already (``force``: build again). Returns its path."""
    progress = progress or Progress("busybox template")
    output = output or default_dir() / NAME
    if output.exists() and not force:
        progress.done(f"{output} (cached)")
        return output
    build(output, find_busybox(), progress)
    progress.done(f"{output} ({output.stat().st_size // 1024} KiB)")
    return output
