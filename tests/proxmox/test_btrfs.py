"""On a btrfs state root, linked clones are writable btrfs snapshots instead of overlayfs.

Runs on a loop-mounted btrfs image made for the test (needs btrfs-progs; skipped without).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from proxmox_helpers import Proxmox, requires_lxc

pytestmark = [requires_lxc, pytest.mark.skipif(
    shutil.which("mkfs.btrfs") is None or shutil.which("btrfs") is None,
    reason="needs btrfs-progs")]


@pytest.fixture
def btrfs_px(monkeypatch, template_dir):
    work = Path(tempfile.mkdtemp(prefix="rxf-", dir="/tmp"))
    image, mount = work / "fs.img", work / "mnt"
    mount.mkdir()
    subprocess.run(["truncate", "-s", "1G", str(image)], check=True)
    subprocess.run(["mkfs.btrfs", "-q", str(image)], check=True, capture_output=True)
    done = subprocess.run(["mount", "-o", "loop", str(image), str(mount)], capture_output=True)
    if done.returncode != 0:
        shutil.rmtree(work)
        pytest.skip(f"cannot loop-mount btrfs here: {done.stderr.decode().strip()}")
    root = mount / "state"
    monkeypatch.setenv("REXXLITE_PROXMOX_ROOT", str(root))
    monkeypatch.setenv("REXXLITE_TEMPLATE_DIR", str(template_dir))
    monkeypatch.setenv("REXXLITE_PROXMOX_BACKEND", "local")
    px = Proxmox(root, template_dir)
    try:
        yield px
    finally:
        px.cleanup()
        for _ in range(50):                     # LXC may still be letting go of the mount
            if subprocess.run(["umount", str(mount)], capture_output=True).returncode == 0:
                break
            time.sleep(0.1)
        else:
            subprocess.run(["umount", "-l", str(mount)], capture_output=True)
        shutil.rmtree(work, ignore_errors=True)


def _exclusive_kib(path: Path) -> int:
    out = subprocess.run(["btrfs", "filesystem", "du", "-s", "--raw", str(path)],
                         capture_output=True, text=True, check=True).stdout.splitlines()
    return int(out[-1].split()[1]) // 1024


def test_linked_clones_are_btrfs_snapshots(btrfs_px):
    px = btrfs_px
    assert px.ok("status").fields["storage"] == "btrfs"
    base = px.busybox(hostname="bbase")
    px.ok(f"register_base name=snap vmid={base}")
    a = px.ok("clone_from_base base=snap hostname=one").fields["vmid"]
    b = px.ok("clone_from_base base=snap hostname=two").fields["vmid"]
    volume = px.root / "images" / str(a) / f"subvol-{a}-disk-0.subvol"
    info = subprocess.run(["btrfs", "subvolume", "show", str(volume)], capture_output=True,
                          text=True)
    assert info.returncode == 0, "a linked clone on btrfs is a subvolume snapshot"
    assert _exclusive_kib(volume) < 64
    px.ok(f"start vmid={a}")
    px.ok(f"start vmid={b}")
    assert px.ok(f"execute vmid={a} command=hostname").fields["stdout"] == "one"
    px.ok(f"execute vmid={a} command='echo x > /root/mine'")
    assert px(f"execute vmid={b} command='test -e /root/mine'").rc == 1
    refused = px(f"destroy vmid={base}")
    assert refused.rc == 1 and "still in use by linked cloned" in refused.fields["error"]
    px.ok(f"register_base name=mid vmid={a}")         # a snapshot is standalone already
    c = px.ok("clone_from_base base=mid hostname=three").fields["vmid"]
    px.ok(f"start vmid={c}")
    assert px.ok(f"execute vmid={c} command='cat /root/mine; hostname'").fields["stdout"] == \
        "x\nthree"
    for vmid in (c, b, a, base):
        if vmid == a:
            px.ok(f"destroy vmid={a}")
        else:
            px.ok(f"destroy vmid={vmid} force=1")
    assert not any((px.root / "images").iterdir())


def test_a_full_clone_of_a_snapshot_keeps_its_deletions(btrfs_px):
    """A btrfs linked clone holds its whole tree: a full clone copies it alone (merging it
    over the template again brought back the files the clone had deleted)."""
    px = btrfs_px
    base = px.busybox()
    px.ok(f"template vmid={base}")
    linked = px.ok(f"clone source={base}").fields["vmid"]
    px.ok(f"start vmid={linked}")
    px.ok(f"execute vmid={linked} command='rm /etc/hostname'")
    px.ok(f"stop vmid={linked}")
    full = px.ok(f"clone source={linked} full=1").fields["vmid"]
    assert not (px.root / "images" / str(full) / f"subvol-{full}-disk-0.subvol" / "etc" /
                "hostname").exists()
    assert "/rexxlite-merge" not in Path("/proc/mounts").read_text()
