"""The VM template image: a small Debian 12 qcow2 that boots straight to the QEMU guest agent.

    rexxlite-setup vm-image [--force] [--dir DIR]       (scripts/build-vm-image.sh too)

Output, in ``$REXXLITE_VM_IMAGE_DIR`` or /var/lib/vz/template/qemu (the local engine's
``local:iso/`` storage for VM images)::

    rexxlite-vm_1.0_amd64.qcow2     the root disk (ext4 on the whole disk, /dev/vda)
    rexxlite-vm_1.0_amd64.vmlinuz   Debian's cloud kernel, booted directly (-kernel)
    rexxlite-vm_1.0_amd64.initrd    a busybox initrd loading the virtio modules (-initrd)

The root holds debootstrap's minbase with python3 (so ``deploy_rexx``/``execute_rexx`` work)
and qemu-guest-agent, with ``vm-init.sh`` as /sbin/init: no systemd, the agent answers about a
second after the kernel starts. The kernel comes from the Debian package
``linux-image-cloud-amd64`` fetched with ``apt-get download`` and unpacked with ``dpkg-deb -x``
(the host's own kernel is not touched); its virtio modules go into the initrd, virtio_console
included, so the root disk needs no modules. Cached: nothing is done when the three files exist
(unless ``force``). Needs root, debootstrap, e2fsprogs, qemu-utils, busybox-static; 1-2 min.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from rexxlite.setup.busybox_template import find_busybox
from rexxlite.setup.debian_template import _debootstrap, _finish_rootfs, _tree_size, apt_mirror
from rexxlite.setup.progress import Progress
from rexxlite.setup.template_files import SetupError

STEM = "rexxlite-vm_1.0_amd64"
DEFAULT_DIR = "/var/lib/vz/template/qemu"
KERNEL_PACKAGE = "linux-image-cloud-amd64"
PACKAGES = "python3-minimal,libpython3.11-stdlib,python3,qemu-guest-agent"
MODULES = ("virtio_pci", "virtio_blk", "virtio_console", "virtio_net")
DISK_SIZE = "1G"
TOOLS = ("debootstrap", "mkfs.ext4", "qemu-img", "apt-get", "dpkg-deb")
HERE = Path(__file__).resolve().parent


def image_dir() -> Path:
    return Path(os.environ.get("REXXLITE_VM_IMAGE_DIR") or DEFAULT_DIR)


def image_files(folder: Path | None = None) -> dict[str, Path]:
    """The three files of the image: ``disk``, ``kernel``, ``initrd``."""
    folder = folder or image_dir()
    return {"disk": folder / f"{STEM}.qcow2", "kernel": folder / f"{STEM}.vmlinuz",
            "initrd": folder / f"{STEM}.initrd"}


def build_vm_image(folder: Path | None = None, force: bool = False,
                   progress: Progress | None = None) -> Path:
    """Build the image in ``folder`` unless it is there (see the module docstring)."""
    progress = progress or Progress("vm image")
    files = image_files(folder)
    if all(p.exists() for p in files.values()) and not force:
        progress.done(f"{files['disk']} (cached)")
        return files["disk"]
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        raise SetupError(f"{', '.join(missing)} missing (apt-get install debootstrap "
                         "e2fsprogs qemu-utils)")
    files["disk"].parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="rexxlite-vm-", dir="/tmp"))
    try:
        progress.stage(f"apt-get download {KERNEL_PACKAGE} (unpacked with dpkg-deb -x)")
        kernel_root = _fetch_kernel(work)
        rootfs = work / "rootfs"
        mirror = apt_mirror()
        progress.stage(f"debootstrap bookworm (minbase + python3 + qemu-guest-agent) from "
                       f"{mirror}, 40-90 s")
        _debootstrap(rootfs, mirror, progress, PACKAGES)
        progress.stage("adding the VM init; pruning caches")
        _finish_rootfs(rootfs)
        (rootfs / "sbin" / "init").write_text((HERE / "vm-init.sh").read_text())
        progress.stage("making the initrd (busybox + virtio modules)")
        initrd = _make_initrd(kernel_root, work / "initrd")
        size = _tree_size(rootfs)
        progress.stage(f"mkfs.ext4 -d ({size / 2**20:.0f} MiB) and qemu-img convert -O qcow2")
        disk = _make_disk(rootfs, work)
        for key, made in (("kernel", _kernel_file(kernel_root)), ("initrd", initrd),
                          ("disk", disk)):
            tmp = files[key].with_name(f".{files[key].name}.tmp{os.getpid()}")
            shutil.copyfile(made, tmp)
            tmp.chmod(0o644)
            os.replace(tmp, files[key])
    finally:
        shutil.rmtree(work, ignore_errors=True)
    progress.done(f"{files['disk']} ({files['disk'].stat().st_size // 1024} KiB)")
    return files["disk"]


def _run(argv: list[str], cwd: Path | None = None, **kwargs) -> None:
    done = subprocess.run(argv, cwd=cwd, capture_output=True, text=True, **kwargs)
    if done.returncode != 0:
        raise SetupError(f"{argv[0]} failed (exit status {done.returncode}): "
                         f"{(done.stderr or done.stdout).strip()[-800:]}")


def _fetch_kernel(work: Path) -> Path:
    """The versioned cloud kernel package the metapackage depends on, unpacked."""
    depends = subprocess.run(["apt-cache", "depends", KERNEL_PACKAGE], capture_output=True,
                             text=True).stdout.split()
    names = [w for w in depends if w.startswith("linux-image-") and w != KERNEL_PACKAGE]
    if not names:
        raise SetupError(f"apt-cache knows no {KERNEL_PACKAGE} (run apt-get update)")
    download = work / "deb"
    download.mkdir()
    download.chmod(0o777)                       # apt's _apt user writes there
    _run(["apt-get", "download", "-q", names[0]], cwd=download)
    debs = list(download.glob("*.deb"))
    if not debs:
        raise SetupError(f"apt-get download {names[0]} gave no package")
    root = work / "kernel"
    _run(["dpkg-deb", "-x", str(debs[0]), str(root)])
    return root


def _kernel_file(kernel_root: Path) -> Path:
    found = sorted((kernel_root / "boot").glob("vmlinuz-*"))
    if not found:
        raise SetupError("the kernel package holds no /boot/vmlinuz-*")
    return found[-1]


def _module_depends(path: Path) -> list[str]:
    """The ``depends=`` of a module's .modinfo strings (what modinfo prints)."""
    for item in path.read_bytes().split(b"\0"):
        if item.startswith(b"depends="):
            return [d for d in item[8:].decode().split(",") if d]
    return []


def _modules_in_order(kernel_root: Path) -> list[Path]:
    """The modules of ``MODULES`` and what they depend on, each after its dependencies."""
    by_name = {p.name[:-3].replace("-", "_"): p
               for p in (kernel_root / "lib" / "modules").rglob("*.ko")}
    ordered: list[Path] = []

    def visit(name: str) -> None:
        path = by_name.get(name.replace("-", "_"))
        if path is None:
            raise SetupError(f"the kernel package has no module {name}")
        if path in ordered:
            return
        for dependency in _module_depends(path):
            visit(dependency)
        ordered.append(path)
    for name in MODULES:
        visit(name)
    return ordered


def _make_initrd(kernel_root: Path, tree: Path) -> Path:
    """A newc cpio (gzip) of busybox, the modules and ``vm-initrd-init.sh`` as /init."""
    (tree / "bin").mkdir(parents=True)
    (tree / "modules").mkdir()
    shutil.copyfile(find_busybox(), tree / "bin" / "busybox")
    (tree / "bin" / "busybox").chmod(0o755)
    names = []
    for module in _modules_in_order(kernel_root):
        shutil.copyfile(module, tree / "modules" / module.name)
        names.append(module.name)
    (tree / "modules.order").write_text("\n".join(names) + "\n")
    init = tree / "init"
    init.write_text((HERE / "vm-initrd-init.sh").read_text())
    init.chmod(0o755)
    out = tree.with_suffix(".img")
    entries = sorted(str(p.relative_to(tree)) for p in tree.rglob("*"))
    with open(out, "wb") as sink:
        cpio = subprocess.Popen([str(tree / "bin" / "busybox"), "cpio", "-o", "-H", "newc"],
                                cwd=tree, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL)
        gzip = subprocess.Popen(["gzip", "-9"], stdin=cpio.stdout, stdout=sink)
        assert cpio.stdin is not None and cpio.stdout is not None
        cpio.stdout.close()
        cpio.stdin.write(("\n".join(entries) + "\n").encode())
        cpio.stdin.close()
        if cpio.wait() != 0 or gzip.wait() != 0:
            raise SetupError("making the initrd failed (busybox cpio | gzip)")
    return out


def _make_disk(rootfs: Path, work: Path) -> Path:
    raw = work / "disk.raw"
    _run(["mkfs.ext4", "-q", "-F", "-L", "rexxlite-vm", "-d", str(rootfs), str(raw), DISK_SIZE])
    disk = work / "disk.qcow2"
    _run(["qemu-img", "convert", "-O", "qcow2", str(raw), str(disk)])
    return disk
