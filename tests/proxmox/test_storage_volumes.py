"""``storage=`` puts container volumes on a storage, for real: a btrfs storage on a loop file
(volumes are subvolumes, linked clones writable snapshots, snapshots read-only ones) and a
directory storage (plain directories, overlayfs linked clones, copied snapshots). On each:
create, template, linked clone, a file of the clone unseen in the base, snapshot / change /
rollback, backup there and restore onto the other storage (same tree, same config), a full
clone onto the other storage, then everything removed and nothing left on either storage. A
SIGKILL during create, clone and restore onto a non-default storage leaves nothing half-made
(and the intent it leaves names the volume as STORAGE:images/VMID)."""

from __future__ import annotations

import os
import random
import subprocess
from pathlib import Path

import pytest

from proxmox_helpers import BUSYBOX, requires_lxc
from test_backup import _tree
from test_kill_recovery import SEED, _configs, _kill_during, _recover, _timed
from test_storages import _remove_fast

from rexxlite.addresses.proxmox.engines import volumes
from rexxlite.addresses.proxmox.engines.local_recovery import Intent

pytestmark = [requires_lxc, pytest.mark.skipif(
    subprocess.run(["which", "mkfs.btrfs"], capture_output=True).returncode != 0,
    reason="needs btrfs-progs")]

OTHER = {"fast": "nas", "nas": "fast"}


@pytest.fixture
def two_storages(px, tmp_path):
    """``fast`` (btrfs on a 400M loop file) and ``nas`` (a directory); at the end every
    container is destroyed and both storages removed, whatever happened."""
    mount, image, nas = tmp_path / "fast", px.root / "storage" / "fast.img", tmp_path / "nas"
    try:
        px.ok(f"storage_add name=fast type=btrfs path={mount} size=400M")
        px.ok(f"storage_add name=nas type=dir path={nas}")
        yield {"fast": mount, "nas": nas}
    finally:
        for info in px.engine.list():
            px(f"destroy vmid={info.vmid} force=1")
        px("storage_remove name=nas")
        _remove_fast(px, mount, image)


def _rootfs(px, vmid: int) -> str:
    return px.ok(f"config vmid={vmid}").fields["config"]["rootfs"]


def _is_subvolume(path: Path) -> bool:
    return subprocess.run(["btrfs", "subvolume", "show", str(path)],
                          capture_output=True).returncode == 0


def _merged_tree(px, vmid: int, scratch: Path) -> dict[str, tuple]:
    """The tree ``vmid`` sees: its volume, or for an overlayfs linked clone its upper dir over
    the template's volume, merged by a read-only overlay mount made here."""
    volume = volumes.parse_volid(_rootfs(px, vmid))
    images = Path(px.engine._images(volume.storage))
    own = volume.path(images)
    if volume.parent is None or _is_subvolume(own):
        return _tree(own)
    scratch.mkdir()
    subprocess.run(["mount", "-t", "overlay", "overlay", "-o",
                    f"ro,lowerdir={own}:{volume.parent_path(images)}", str(scratch)], check=True)
    try:
        return _tree(scratch)
    finally:
        subprocess.run(["umount", str(scratch)], check=True)
        scratch.rmdir()


def _left_on(path: Path) -> list[str]:
    """Volumes, subvolumes and mounts left on the storage at ``path``."""
    found = [str(p) for p in (path / "images").iterdir()] if (path / "images").is_dir() else []
    if subprocess.run(["stat", "-f", "-c", "%T", str(path)], capture_output=True,
                      text=True).stdout.strip() == "btrfs":
        listed = subprocess.run(["btrfs", "subvolume", "list", str(path)], capture_output=True,
                                text=True, check=True).stdout
        found += [line for line in listed.splitlines() if line.strip()]
    found += [m for m in volumes.mounts_under(path) if m != str(path)]
    return found


@pytest.mark.parametrize("store", ["fast", "nas"])
def test_a_container_life_on_a_storage(px, two_storages, store, tmp_path):
    path, other = two_storages[store], OTHER[store]
    images = path / "images"
    vmid = px.busybox(storage=store, hostname="onit")
    assert _rootfs(px, vmid) == f"{store}:{vmid}/subvol-{vmid}-disk-0.subvol,size=0T"
    own = images / str(vmid) / f"subvol-{vmid}-disk-0.subvol"
    assert (own / "bin" / "sh").exists() and not (px.root / "images" / str(vmid)).exists()
    assert _is_subvolume(own) == (store == "fast")

    px.ok(f"template vmid={vmid}")
    base = images / str(vmid) / f"base-{vmid}-disk-0.subvol"
    assert _rootfs(px, vmid) == f"{store}:{vmid}/base-{vmid}-disk-0.subvol,size=0T"
    refused = px(f"clone source={vmid} storage={other}")
    assert refused.rc == 1
    assert refused.fields["error"] == "parameter 'storage' not allowed for linked clones"
    clone = px.ok(f"clone source={vmid} hostname=linked").fields["vmid"]
    assert _rootfs(px, clone).startswith(
        f"{store}:{vmid}/base-{vmid}-disk-0.subvol/{clone}/subvol-{clone}-disk-0.subvol")
    upper = images / str(clone) / f"subvol-{clone}-disk-0.subvol"
    if store == "fast":                                 # a writable snapshot of the base
        info = subprocess.run(["btrfs", "subvolume", "show", str(upper)], capture_output=True,
                              text=True, check=True).stdout
        assert f"subvol-{clone}-disk-0.subvol" in info and not (upper / "bin").is_symlink()
        assert (upper / "bin" / "sh").exists()
    else:                                               # an overlayfs upper dir: nearly empty
        assert not (upper / "bin").exists()
    px.ok(f"start vmid={clone}")
    assert px.ok(f"execute vmid={clone} command=hostname").fields["stdout"] == "linked"
    px.ok(f"execute vmid={clone} command='echo one > /root/mine'")
    assert (upper / "root" / "mine").read_text() == "one\n"
    assert not (base / "root" / "mine").exists()

    px.ok(f"snapshot vmid={clone} name=first")
    assert (images / str(clone) / "snap-first.subvol").is_dir()
    assert _is_subvolume(images / str(clone) / "snap-first.subvol") == (store == "fast")
    px.ok(f"execute vmid={clone} command='echo two > /root/mine'")
    px.ok(f"rollback vmid={clone} name=first start=1")
    assert px.ok(f"execute vmid={clone} command='cat /root/mine'").fields["stdout"] == "one"

    made = px.ok(f"backup vmid={clone} storage={store}").fields     # running: mode snapshot
    assert not (images / str(clone) / "vzdump.subvol").exists()
    px.ok(f"stop vmid={clone}")
    assert made["volid"].startswith(f"{store}:backup/") and \
        Path(made["path"]).parent == path / "dump"
    px.ok(f"restore archive={made['volid']} vmid=800 storage={other}")
    assert _rootfs(px, 800) == f"{other}:800/subvol-800-disk-0.subvol,size=0T"
    restored = two_storages[other] / "images" / "800" / "subvol-800-disk-0.subvol"
    assert _tree(restored) == _merged_tree(px, clone, tmp_path / "merged")
    old, new = (px.ok(f"config vmid={n}").fields["config"] for n in (clone, 800))
    for key in ("hostname", "memory", "swap", "cores", "arch", "ostype"):
        assert old.get(key) == new.get(key), key

    full = px.ok(f"clone source={vmid} storage={other} full=1 hostname=away").fields["vmid"]
    assert _rootfs(px, full) == f"{other}:{full}/subvol-{full}-disk-0.subvol,size=0T"
    px.ok(f"start vmid={full}")
    assert px.ok(f"execute vmid={full} command='hostname; test -e /root/mine || echo no'"
                 ).fields["stdout"] == "away\nno"
    px.ok(f"start vmid=800")
    assert px.ok("execute vmid=800 command='cat /root/mine'").fields["stdout"] == "one"

    listed = {s["name"]: s for s in px.ok("storages").fields["storages"]}
    assert listed[store]["used"] > 0 and listed[store]["snapshots"]
    busy = px(f"storage_remove name={store}")
    assert busy.rc == 1 and "is still used by CT" in busy.fields["error"]
    px.ok(f"delbackup volid={made['volid']}")
    px.ok(f"delsnapshot vmid={clone} name=first")
    px.ok(f"template vmid={clone}")             # a linked clone becomes a standalone base
    flat = images / str(clone) / f"base-{clone}-disk-0.subvol"
    assert (flat / "root" / "mine").read_text() == "one\n" and (flat / "bin" / "sh").exists()
    assert sorted(os.listdir(images / str(clone))) == [flat.name]
    for gone in (800, full):
        px.ok(f"destroy vmid={gone} force=1")
    for info in px.engine.list():
        if info.vmid != vmid:
            px.ok(f"destroy vmid={info.vmid} force=1")
    px.ok(f"destroy vmid={vmid}")
    for name, where in two_storages.items():
        assert _left_on(where) == [], name
        assert not any((where / "dump").iterdir()), name
    assert not list((px.root / "images").iterdir())
    assert volumes.mounts_under(px.root) == []


def test_unknown_and_unfit_storages_are_refused_in_proxmox_words(px, two_storages, tmp_path):
    missing = px("create template=local:vztmpl/none.tar.gz storage=tank")
    assert missing.rc == 1 and missing.fields["error"] == "storage 'tank' does not exist"
    vmid = px.busybox()
    assert px(f"clone source={vmid} full=1 storage=tank").fields["error"] == \
        "storage 'tank' does not exist"
    cfg = px.root / "pve" / "storage.cfg"
    cfg.write_text(cfg.read_text() + f"\ndir: backups\n\tpath {tmp_path}/b\n\tcontent backup\n")
    refused = px(f"clone source={vmid} full=1 storage=backups")
    assert refused.fields["error"] == "storage 'backups' does not support container directories"
    px.ok(f"template vmid={vmid}")
    linked = px(f"clone source={vmid} storage=local")
    assert linked.fields["error"] == "parameter 'storage' not allowed for linked clones"
    assert [i.vmid for i in px.engine.list()] == [vmid]        # nothing was made


def _volumes_on(where: Path) -> set[int]:
    return {int(p.name) for p in (where / "images").iterdir()}


def test_sigkill_during_create_and_clone_onto_a_storage_leaves_nothing_half_made(
        px, two_storages):
    """SIGKILL at random moments of a create onto ``fast`` and of linked / full clones onto
    both storages: after a new process lists and unlocks, every container left is complete on
    its storage and no volume without a config remains on either."""
    base = px.busybox(storage="nas")
    px.ok(f"template vmid={base}")
    fast_base = px.busybox(storage="fast")
    px.ok(f"template vmid={fast_base}")
    keep = {base, fast_base}
    chance = random.Random(SEED)
    archive = px.ok(f"backup vmid={base} storage=nas").fields["volid"]
    commands = [f"create template=local:vztmpl/{BUSYBOX} storage=fast",
                f"clone source={base} full=1 storage=fast",
                f"clone source={fast_base} full=1 storage=nas",
                f"clone source={fast_base}",
                f"restore archive={archive} vmid=900 storage=fast force=1"]
    for command in commands:
        took = _timed(command)
        for _ in range(4):
            _kill_during(command, chance.uniform(0, took))
            for vmid, conf in _configs(px.root).items():     # what a killed one was making
                made = Intent.of(conf).creates if Intent.of(conf) else []
                target = "nas" if "storage=nas" in command else "fast"
                assert not made or made[0] == f"{target}:images/{vmid}", (command, made)
            _recover(px.root)
            listed = {i.vmid: i for i in px.engine.list()}
            assert not any(i.lock for i in listed.values()), (command, listed)
            assert keep <= set(listed)
            on_disk = _volumes_on(two_storages["fast"]) | _volumes_on(two_storages["nas"]) | {
                int(p.name) for p in (px.root / "images").iterdir()}
            assert on_disk <= set(listed), (command, on_disk - set(listed))
            for vmid in listed:
                volume = volumes.parse_volid(_rootfs(px, vmid))
                own = volume.path(two_storages[volume.storage] / "images")
                assert (own / "bin").exists() or volume.parent is not None, (command, vmid)
                assert own.is_dir(), (command, vmid)
            assert volumes.mounts_under(px.root) == []
            assert [m for s in two_storages.values() for m in volumes.mounts_under(s)
                    if m != str(two_storages["fast"])] == []
    assert os.path.isdir(two_storages["nas"] / "images")
