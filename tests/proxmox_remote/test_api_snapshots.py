"""Snapshots and backups through the api engine against fakepve (a third-party fake of the
Proxmox VE API). fakepve models LXC snapshots (list, create, rollback, delete), storage
content (list, delete) and restore (POST /nodes/N/lxc restore=1); it has no
POST /nodes/N/vzdump archive (its generic route runs a task that writes none), so ``backup``
is checked in test_api_vzdump.py against the documented schema, and the pct engine's vzdump
against the pct double)."""

from __future__ import annotations

import pytest

from conftest import VOLID, Proxmox
from rexxlite.addresses.proxmox.engines.api import ApiEngine

ARCHIVE = "vzdump-lxc-321-2024_05_06-07_08_09.tar.zst"


@pytest.fixture
def px(api_settings):
    return Proxmox(ApiEngine(api_settings))


def test_snapshot_list_rollback_delete(px):
    vmid = px.ok(f"create template={VOLID} hostname=snap memory=256").fields["vmid"]
    px.ok(f"snapshot vmid={vmid} name=first description='safe point'")
    px.ok(f"set vmid={vmid} memory=1024")
    px.ok(f"snapshot vmid={vmid} name=second")
    listed = px.ok(f"listsnapshot vmid={vmid}").fields["snapshots"]
    assert [s["name"] for s in listed] == ["first", "second", "current"]
    assert listed[0]["description"] == "safe point" and listed[1]["parent"] == "first"
    assert listed[2]["description"] == "You are here!" and listed[2]["parent"] == "second"
    px.fails(f"snapshot vmid={vmid} name=first", "snapshot name 'first' already used")
    px.ok(f"rollback vmid={vmid} name=first")
    assert px.ok(f"config vmid={vmid}").fields["config"]["memory"] == "256"
    px.ok(f"delsnapshot vmid={vmid} name=first")
    listed = px.ok(f"listsnapshot vmid={vmid}").fields["snapshots"]
    assert [s["name"] for s in listed] == ["second", "current"] and listed[0]["parent"] == ""
    px.fails(f"delsnapshot vmid={vmid} name=first", "snapshot 'first' does not exist")
    px.fails(f"template vmid={vmid}", "unable to create template, because CT contains "
                                     "snapshots")
    px.ok(f"delsnapshot vmid={vmid} name=second")
    px.ok(f"template vmid={vmid}")
    px.fails(f"snapshot vmid={vmid} name=third", "you can't take a snapshot if it's a template")


def test_backups_restore_and_delbackup_of_a_stored_archive(px, pve):
    pve.store_file("local", ARCHIVE, 4096, content="backup")
    listed = px.ok("backups").fields["backups"]
    assert [b["volid"] for b in listed] == [f"local:backup/{ARCHIVE}"]
    assert listed[0]["vmid"] == 321 and listed[0]["size"] == 4096
    assert px.ok("backups vmid=100").fields["count"] == 0
    restored = px.ok(f"restore archive=local:backup/{ARCHIVE} vmid=640 hostname=back").fields
    assert restored["vmid"] == 640
    px.fails(f"restore archive=local:backup/{ARCHIVE} vmid=640", "already exists")
    px.ok(f"delbackup volid=local:backup/{ARCHIVE}")
    assert px.ok("backups").fields["count"] == 0
