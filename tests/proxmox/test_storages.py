"""Storages on the local engine: storages / status show type, total, used and features;
storage_add of a dir storage and of a btrfs storage on a loop file it makes (and storage_remove
unmounting, detaching and deleting it, also when the test fails); backups to a storage."""

from __future__ import annotations

import shutil
import subprocess
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
    made = px.ok(f"backup vmid={vmid} storage=fast").fields
    assert made["volid"].startswith("fast:backup/vzdump-lxc-")
    assert Path(made["path"]).parent == mount / "dump"
    assert px.ok("backups storage=fast").fields["count"] == 1
    px.ok(f"restore archive={made['volid']} vmid=450")
    refused = px(f"create template=local:vztmpl/x.tar.gz storage=fast")
    assert refused.rc == 1 and "holds backups only" in refused.fields["error"]
    assert px("storage_add name=fast type=dir path=/tmp/other").fields["error"] == \
        "storage ID 'fast' already defined"
    px.ok("storage_remove name=fast")
    assert not image.exists() and not _loops_of(image) and not mount.is_mount()
    assert px("backups storage=fast").fields["error"] == "storage 'fast' does not exist"


def test_a_dir_storage_and_refusals(px, tmp_path, monkeypatch):
    target = tmp_path / "nas"
    px.ok(f"storage_add name=nas type=dir path={target}")
    assert (target / "dump").is_dir()
    assert "snapshots" not in px.ok("storages").fields["storages"][1]["features"]
    for bad in ("path=relative", "path=/proc/x", "path=/a/../b"):
        result = px(f"storage_add name=x type=dir {bad}")
        assert result.rc == 1 and "parameter verification failed" in result.fields["error"]
    assert px(f"storage_add name=y type=dir path={tmp_path}/y size=1G").rc == 1
    assert px(f"storage_add name=z type=btrfs path={tmp_path}/z size=10M").rc == 1
    assert px("storage_remove name=local").rc == 1
    px.ok("storage_remove name=nas")
    assert target.is_dir()                      # a directory storage's files are the user's
