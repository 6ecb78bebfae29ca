"""Storages on the local engine: storages / status show type, total, used and features;
storage_add of a dir storage and of a btrfs storage on a loop file it makes (and storage_remove
unmounting, detaching and deleting it, also when the test fails); backups to a storage; a
SIGKILL anywhere in storage_add settled by the next storage command."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from proxmox_helpers import requires_lxc

pytestmark = requires_lxc


def _loops_of(image: Path) -> str:
    return subprocess.run(["losetup", "-j", str(image)], capture_output=True, text=True).stdout


@pytest.fixture
def loop_storage(px, tmp_path):
    """storage_add of a btrfs loop storage; removed at the end whatever happened."""
    mount = tmp_path / "fast"
    image = px.root / "storage" / "fast.img"
    try:
        yield px.ok(f"storage_add name=fast type=btrfs path={mount} size=200M"), mount, image
    finally:
        _remove_fast(px, mount, image)


def _remove_fast(px, mount: Path, image: Path) -> None:
    """storage_remove of ``fast``, then whatever it left unmounted and detached by hand."""
    px("storage_remove name=fast")
    if mount.is_mount():
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)
    for line in _loops_of(image).splitlines():
        subprocess.run(["losetup", "-d", line.split(":")[0]], capture_output=True)


def test_storages_and_status_show_local(px):
    listed = px.ok("storages").fields["storages"]
    local = listed[0]
    assert local["name"] == "local" and local["type"] in ("overlayfs", "btrfs")
    assert local["total"] > local["used"] > 0 and local["snapshots"] and local["linkedClones"]
    assert px.ok("status").fields["storages"][0]["name"] == "local"


def test_a_btrfs_loop_storage_is_made_used_for_backups_and_removed(px, loop_storage,
                                                                  monkeypatch):
    added, mount, image = loop_storage
    assert added.fields["type"] == "btrfs" and added.fields["snapshots"]
    assert 150 * 2**20 < added.fields["total"] <= 200 * 2**20
    assert subprocess.run(["stat", "-f", "-c", "%T", str(mount)], capture_output=True,
                          text=True).stdout.strip() == "btrfs"
    assert image.exists() and _loops_of(image)
    cfg = (px.root / "pve" / "storage.cfg").read_text()
    assert cfg.startswith("btrfs: fast\n\tpath ") and f"\timage {image}\n" in cfg
    names = [s["name"] for s in px.ok("storages").fields["storages"]]
    assert names == ["local", "fast"]
    vmid = px.busybox()
    before = next(s for s in px.ok("storages").fields["storages"] if s["name"] == "fast")
    made = px.ok(f"backup vmid={vmid} storage=fast").fields
    after = next(s for s in px.ok("storages").fields["storages"] if s["name"] == "fast")
    assert after["used"] >= before["used"] + made["size"] // 2, (before, after, made["size"])
    assert after["available"] < before["available"]
    assert made["volid"].startswith("fast:backup/vzdump-lxc-")
    assert Path(made["path"]).parent == mount / "dump"
    assert px.ok("backups storage=fast").fields["count"] == 1
    px.ok(f"restore archive={made['volid']} vmid=450 storage=fast")
    assert px.ok("config vmid=450").fields["config"]["rootfs"].startswith("fast:450/subvol-450-")
    assert (mount / "images" / "450" / "subvol-450-disk-0.subvol" / "bin").is_dir()
    busy = px("storage_remove name=fast")
    assert busy.rc == 1 and busy.fields["error"] == "storage 'fast' is still used by CT 450"
    px.ok("destroy vmid=450")
    assert px("storage_add name=fast type=dir path=/tmp/other").fields["error"] == \
        "storage ID 'fast' already defined"
    px.ok("storage_remove name=fast")
    assert not image.exists() and not _loops_of(image) and not mount.is_mount()
    assert px("backups storage=fast").fields["error"] == "storage 'fast' does not exist"


def test_a_dir_storage_and_refusals(px, tmp_path, monkeypatch):
    target = tmp_path / "nas"
    px.ok(f"storage_add name=nas type=dir path={target}")
    assert (target / "dump").is_dir()
    nas = px.ok("storages").fields["storages"][1]
    assert nas["type"] == "dir" and nas["snapshots"] and nas["linkedClones"], nas
    assert (target / "images").is_dir()
    for bad in ("path=relative", "path=/proc/x", "path=/a/../b"):
        result = px(f"storage_add name=x type=dir {bad}")
        assert result.rc == 1 and "parameter verification failed" in result.fields["error"]
    assert px(f"storage_add name=y type=dir path={tmp_path}/y size=1G").rc == 1
    assert px(f"storage_add name=z type=btrfs path={tmp_path}/z size=10M").rc == 1
    assert px("storage_remove name=local").rc == 1
    px.ok("storage_remove name=nas")
    assert target.is_dir()                      # a directory storage's files are the user's


# -- crash safety of storage_add ---------------------------------------------------------------
KILL_CHILD = textwrap.dedent("""
    import sys
    from rexxlite.addresses.proxmox import ProxmoxEnvironment
    from rexxlite.plugin_api import CommandContext
    env = ProxmoxEnvironment()
    env.engine.list()
    print("go", flush=True)
    result = env.execute(sys.argv[1], CommandContext(None, sys.stdout, sys.stderr, "PROXMOX"))
    print("rc", result.rc, result.fields.get("error", ""), flush=True)
""")
KILL_POINTS = ("storage_add:recorded", "storage_add:truncated", "storage_add:formatted",
               "storage_add:mounted", "storage_add:made")
SEED = int(os.environ.get("REXXLITE_KILL_SEED", "20261201"))


def _child(command: str, point: str = "") -> subprocess.Popen:
    env = dict(os.environ)
    if point:
        env["REXXLITE_PROXMOX_INJECT_FAULT"] = f"kill:{point}"
    proc = subprocess.Popen([sys.executable, "-c", KILL_CHILD, command], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, env=env)
    assert proc.stdout.readline() == "go\n"
    return proc


def _left_behind(px, mount: Path, image: Path) -> list[str]:
    found = []
    if _loops_of(image):
        found.append(f"loop device: {_loops_of(image).strip()}")
    if mount.is_mount():
        found.append(f"mount at {mount}")
    if list((px.root / "storage").glob("*fast*")) if (px.root / "storage").exists() else []:
        found.append(f"files: {sorted(os.listdir(px.root / 'storage'))}")
    cfg = px.root / "pve" / "storage.cfg"
    if cfg.exists() and ": fast\n" in cfg.read_text():
        found.append(f"storage.cfg: {cfg.read_text()!r}")
    return found


@pytest.fixture
def cleanup_fast(px, tmp_path):
    mount, image = tmp_path / "fast", px.root / "storage" / "fast.img"
    try:
        yield mount, image
    finally:
        _remove_fast(px, mount, image)


def test_sigkill_in_storage_add_leaves_nothing_after_the_next_command(px, cleanup_fast):
    """SIGKILL at each step of storage_add (btrfs on a loop file), then at random moments:
    the next storage command leaves no loop device, mount, file or storage.cfg entry, and the
    same storage_add then works."""
    mount, image = cleanup_fast
    command = f"storage_add name=fast type=btrfs path={mount} size=128M"
    listing = ("storages", "status", f"storage_add name=other type=dir path={mount}x",
               "storage_remove name=fast")
    for n, point in enumerate(KILL_POINTS):
        proc = _child(command, point)
        out = proc.stdout.read()
        assert proc.wait() == -signal.SIGKILL, (point, out)
        cfg = (px.root / "pve" / "storage.cfg").read_text()
        assert "btrfs: fast" in cfg and "rexxlite-adding" in cfg, point   # marked, then...
        after = listing[n % len(listing)]
        px(after)                                                      # ...settled by it
        assert _left_behind(px, mount, image) == [], (point, after)
        px("storage_remove name=other")
    timed = time.monotonic()
    proc = _child(command)
    assert proc.stdout.read().startswith("rc 0") and proc.wait() == 0
    took = time.monotonic() - timed
    px.ok("storage_remove name=fast")
    chance = random.Random(SEED)
    for _ in range(6):
        proc = _child(command)
        time.sleep(chance.uniform(0, took))
        proc.send_signal(signal.SIGKILL)
        out = proc.stdout.read()
        proc.wait()
        cfg = (px.root / "pve" / "storage.cfg").read_text()
        if "rc 0" in out:                                  # finished first: complete
            assert "rexxlite-adding" not in cfg
        if "btrfs: fast" in cfg and "rexxlite-adding" not in cfg:
            px.ok("storage_remove name=fast")     # complete, whether or not it said so in time
        px.ok("storages")
        assert _left_behind(px, mount, image) == []
    added = px.ok(command).fields
    assert added["type"] == "btrfs" and mount.is_mount() and _loops_of(image)
    assert "rexxlite-adding" not in (px.root / "pve" / "storage.cfg").read_text()
