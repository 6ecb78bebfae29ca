"""Snapshots on real containers: snapshot, listsnapshot, rollback, delsnapshot (overlayfs and
plain-directory volumes; btrfs in test_btrfs_snapshots below when btrfs-progs is there)."""

from __future__ import annotations

import os
import subprocess

import pytest

from proxmox_helpers import requires_lxc
from test_btrfs import btrfs_px  # noqa: F401  (the loop-mounted btrfs state root)

pytestmark = requires_lxc


def _cat(px, vmid: int, path: str) -> str:
    return px.ok(f"execute vmid={vmid} command='cat {path}'").fields["stdout"]


def _write(px, vmid: int, path: str, text: str) -> None:
    px.ok(f"execute vmid={vmid} command='echo {text} > {path}'")


def test_snapshot_change_rollback_sees_the_old_content(px):
    vmid = px.busybox(hostname="snappy")
    px.ok(f"start vmid={vmid}")
    _write(px, vmid, "/root/file", "before")
    taken = px.ok(f"snapshot vmid={vmid} name=first description='before the change'")
    assert taken.fields["name"] == "first" and taken.fields["snaptime"] > 0
    _write(px, vmid, "/root/file", "after")
    _write(px, vmid, "/root/new", "extra")
    px.ok(f"set vmid={vmid} memory=256")
    listed = px.ok(f"listsnapshot vmid={vmid}").fields["snapshots"]
    assert [s["name"] for s in listed] == ["first", "current"]
    assert listed[0]["description"] == "before the change"
    assert listed[1] == {"name": "current", "parent": "first", "description": "You are here!",
                         "snaptime": 0, "running": 1}
    rolled = px.ok(f"rollback vmid={vmid} name=first start=1")     # stops it first
    assert rolled.fields["status"] == "running"
    assert _cat(px, vmid, "/root/file") == "before"
    assert px(f"execute vmid={vmid} command='test -e /root/new'").rc == 1
    assert px.ok(f"config vmid={vmid}").fields["config"]["memory"] == "512"
    assert px.ok(f"config vmid={vmid}").fields["config"]["parent"] == "first"
    px.ok(f"delsnapshot vmid={vmid} name=first")
    assert [s["name"] for s in px.ok(f"listsnapshot vmid={vmid}").fields["snapshots"]] == \
        ["current"]
    assert "parent" not in px.ok(f"config vmid={vmid}").fields["config"]
    assert not list((px.root / "images" / str(vmid)).glob("snap-*"))


def test_rollback_of_a_running_container_stops_it(px):
    vmid = px.busybox()
    px.ok(f"snapshot vmid={vmid} name=cold")
    px.ok(f"start vmid={vmid}")
    _write(px, vmid, "/root/x", "1")
    assert px.ok(f"rollback vmid={vmid} name=cold").fields["status"] == "stopped"
    assert px.ok("list").fields["containers"][0]["status"] == "stopped"
    px.ok(f"start vmid={vmid}")
    assert px(f"execute vmid={vmid} command='test -e /root/x'").rc == 1


def test_snapshot_chain_parents_and_delete_of_a_middle_one(px):
    vmid = px.busybox()
    for name in ("a", "b", "c"):
        px.ok(f"snapshot vmid={vmid} name={name}")
    snaps = {s["name"]: s for s in px.ok(f"listsnapshot vmid={vmid}").fields["snapshots"]}
    assert (snaps["a"]["parent"], snaps["b"]["parent"], snaps["c"]["parent"]) == ("", "a", "b")
    assert snaps["current"]["parent"] == "c"
    px.ok(f"delsnapshot vmid={vmid} name=b")
    snaps = {s["name"]: s for s in px.ok(f"listsnapshot vmid={vmid}").fields["snapshots"]}
    assert set(snaps) == {"a", "c", "current"} and snaps["c"]["parent"] == "a"
    text = (px.root / "pve" / "lxc" / f"{vmid}.conf").read_text()
    assert "\n[a]\n" in text and "\n[c]\n" in text and "parent: a" in text


def test_proxmox_rules_and_words(px):
    vmid = px.busybox()
    px.ok(f"snapshot vmid={vmid} name=one")
    again = px(f"snapshot vmid={vmid} name=one")
    assert again.rc == 1 and again.fields["error"] == "snapshot name 'one' already used"
    for bad in ("current", "1abc", "a.b", "x" * 41):
        refused = px(f"snapshot vmid={vmid} name={bad}")
        assert refused.rc == 1 and "name" in refused.fields["error"], bad
    missing = px(f"rollback vmid={vmid} name=nope")
    assert missing.fields["error"] == "snapshot 'nope' does not exist"
    assert px(f"delsnapshot vmid={vmid} name=nope").fields["error"] == \
        "snapshot 'nope' does not exist"
    assert px(f"template vmid={vmid}").fields["error"] == \
        "unable to create template, because CT contains snapshots"
    px.ok(f"delsnapshot vmid={vmid} name=one")
    px.ok(f"template vmid={vmid}")
    refused = px(f"snapshot vmid={vmid} name=two")
    assert refused.fields["error"] == "you can't take a snapshot if it's a template"


def test_snapshot_of_a_linked_clone_copies_only_its_layer_and_the_base_keeps_working(px):
    base = px.busybox()
    px.ok(f"template vmid={base}")
    clone = px.ok(f"clone source={base}").fields["vmid"]
    px.ok(f"start vmid={clone}")
    _write(px, clone, "/root/mine", "v1")
    px.ok(f"snapshot vmid={clone} name=s1")
    copy = px.root / "images" / str(clone) / "snap-s1.subvol"
    size = int(subprocess.run(["du", "-s", "-k", str(copy)], capture_output=True,
                              text=True).stdout.split()[0])
    assert size < 200, f"the snapshot of a linked clone is its upper layer only: {size} KiB"
    _write(px, clone, "/root/mine", "v2")
    px.ok(f"execute vmid={clone} command='rm /bin/ls'")
    px.ok(f"rollback vmid={clone} name=s1 start=1")
    assert _cat(px, clone, "/root/mine") == "v1"
    px.ok(f"execute vmid={clone} command='test -e /bin/ls'")
    other = px.ok(f"clone source={base}").fields["vmid"]           # the base keeps working
    px.ok(f"start vmid={other}")
    assert px(f"execute vmid={other} command='test -e /root/mine'").rc == 1
    assert px(f"destroy vmid={base}").fields["error"].startswith("base volume")


def test_a_kill_during_a_snapshot_is_undone_by_the_next_command(px, monkeypatch, tmp_path):
    vmid = px.busybox()
    program = tmp_path / "snap.rexx"
    program.write_text(f"address proxmox 'snapshot vmid={vmid} name=half'\n")
    env = {**os.environ, "REXXLITE_PROXMOX_INJECT_FAULT": "kill:snapshot:copied"}
    done = subprocess.run(["python3", "-m", "rexxlite", str(program)], env=env,
                          capture_output=True, text=True)
    assert done.returncode == -9
    assert px.ok("list").fields["containers"][0]["lock"] == "snapshot"
    px.ok(f"unlock vmid={vmid}")
    assert [s["name"] for s in px.ok(f"listsnapshot vmid={vmid}").fields["snapshots"]] == \
        ["current"]
    assert not (px.root / "images" / str(vmid) / "snap-half.subvol").exists()
    px.ok(f"snapshot vmid={vmid} name=half")


def test_a_kill_during_rollback_after_the_swap_is_finished(px, tmp_path):
    vmid = px.busybox()
    px.ok(f"start vmid={vmid}")
    _write(px, vmid, "/root/f", "old")
    px.ok(f"snapshot vmid={vmid} name=s")
    _write(px, vmid, "/root/f", "new")
    px.ok(f"stop vmid={vmid}")
    program = tmp_path / "rb.rexx"
    program.write_text(f"address proxmox 'rollback vmid={vmid} name=s'\n")
    env = {**os.environ, "REXXLITE_PROXMOX_INJECT_FAULT": "kill:rollback:moved"}
    assert subprocess.run(["python3", "-m", "rexxlite", str(program)], env=env,
                          capture_output=True).returncode == -9
    px.ok(f"start vmid={vmid}")                       # settles it first: finished
    assert _cat(px, vmid, "/root/f") == "old"
    assert not list((px.root / "images" / str(vmid)).glob("rollback-*"))


def test_on_btrfs_a_snapshot_is_a_read_only_subvolume(btrfs_px):
    px = btrfs_px
    vmid = px.busybox()
    px.ok(f"start vmid={vmid}")
    _write(px, vmid, "/root/f", "one")
    px.ok(f"snapshot vmid={vmid} name=s")
    copy = px.root / "images" / str(vmid) / "snap-s.subvol"
    shown = subprocess.run(["btrfs", "subvolume", "show", str(copy)], capture_output=True,
                           text=True)
    assert shown.returncode == 0 and "readonly" in shown.stdout
    _write(px, vmid, "/root/f", "two")
    px.ok(f"rollback vmid={vmid} name=s start=1")
    assert _cat(px, vmid, "/root/f") == "one"
    own = px.root / "images" / str(vmid) / f"subvol-{vmid}-disk-0.subvol"
    assert subprocess.run(["btrfs", "subvolume", "show", str(own)],
                          capture_output=True).returncode == 0
    px.ok(f"delsnapshot vmid={vmid} name=s")
    assert not copy.exists()
    px.ok(f"destroy vmid={vmid} force=1")
