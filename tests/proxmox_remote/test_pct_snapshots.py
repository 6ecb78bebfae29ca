"""Snapshots and vzdump backups through the pct engine, against fake_pct (a TEST DOUBLE of
Proxmox's pct / vzdump / pvesh / pvesm, not a Proxmox node): the engine maps each command to
the node's own tool and reads the API's JSON back."""

from __future__ import annotations

import io
import os
import subprocess

import pytest

from conftest import VOLID, Proxmox
from rexxlite.addresses.proxmox.engines.pct import PctEngine
from rexxlite.addresses.proxmox.settings import Settings
from rexxlite.plugin_api import CommandContext

as_root = pytest.mark.skipif(os.geteuid() != 0, reason="the double's pct exec isolates as root")


@pytest.fixture
def px(pct_state):
    return Proxmox(PctEngine(Settings(backend="pct", node="pve")))


@as_root
def test_snapshot_rollback_delsnapshot(px, pct_state):
    vmid = px.ok(f"create template={VOLID} hostname=snap").fields["vmid"]
    px.ok(f"start vmid={vmid}")
    px.ok(f"execute vmid={vmid} command='echo old > /root/f'")
    px.ok(f"snapshot vmid={vmid} name=before description='safe point'")
    px.ok(f"execute vmid={vmid} command='echo new > /root/f'")
    listed = px.ok(f"listsnapshot vmid={vmid}").fields["snapshots"]
    assert [s["name"] for s in listed] == ["before", "current"]
    assert listed[0]["description"] == "safe point" and listed[0]["snaptime"] > 0
    assert listed[1]["parent"] == "before" and listed[1]["running"] == 1
    px.fails(f"snapshot vmid={vmid} name=before", "snapshot name 'before' already used")
    px.fails(f"rollback vmid={vmid} name=nope", "snapshot 'nope' does not exist")
    px.ok(f"rollback vmid={vmid} name=before start=1")
    assert px.ok(f"execute vmid={vmid} command='cat /root/f'").fields["stdout"] == "old"
    px.ok(f"snapshot vmid={vmid} name=second")
    px.ok(f"delsnapshot vmid={vmid} name=before")
    listed = px.ok(f"listsnapshot vmid={vmid}").fields["snapshots"]
    assert [s["name"] for s in listed] == ["second", "current"] and listed[0]["parent"] == ""


def test_a_template_cannot_be_snapshotted(px):
    vmid = px.ok(f"create template={VOLID}").fields["vmid"]
    px.ok(f"template vmid={vmid}")
    px.fails(f"snapshot vmid={vmid} name=x", "you can't take a snapshot if it's a template")


def test_backup_list_restore_delete(px, pct_state):
    vmid = px.ok(f"create template={VOLID} hostname=orig memory=300").fields["vmid"]
    made = px.ok(f"backup vmid={vmid} notes='nightly'").fields
    assert made["volid"].startswith(f"local:backup/vzdump-lxc-{vmid}-")
    assert made["volid"].endswith(".tar.zst") and made["size"] > 0 and made["notes"] == "nightly"
    archive = pct_state / "dump" / made["volid"].split("/", 1)[1]
    first = subprocess.run(["tar", "--zstd", "-tf", str(archive)], capture_output=True,
                           text=True, check=True).stdout.splitlines()[0]
    assert first == "./etc/vzdump/pct.conf"
    assert [b["volid"] for b in px.ok("backups").fields["backups"]] == [made["volid"]]
    px.fails("backup vmid=%d storage=local-lvm" % vmid, "does not support backups")
    restored = px.ok(f"restore archive={made['volid']} vmid=600 hostname=copy").fields
    assert restored["vmid"] == 600 and restored["hostname"] == "copy"
    conf = px.ok("config vmid=600").fields["config"]
    assert conf["memory"] == "300" and conf["rootfs"].startswith("local-lvm:vm-600-disk-0")
    px.fails(f"restore archive={made['volid']} vmid=600", "already exists")
    px.ok(f"restore archive={made['volid']} vmid=600 force=1")
    px.ok(f"delbackup volid={made['volid']}")
    assert px.ok("backups").fields["count"] == 0 and not archive.exists()


def test_progress_shows_vzdump_and_pct_restore_lines_live(px, pct_state):
    vmid = px.ok(f"create template={VOLID}").fields["vmid"]
    quiet = io.StringIO()
    made = px.env.execute(f"backup vmid={vmid}", CommandContext(None, io.StringIO(), quiet,
                                                                "PROXMOX"))
    assert made.rc == 0 and quiet.getvalue() == ""
    shown = io.StringIO()
    context = CommandContext(None, io.StringIO(), shown, "PROXMOX")
    made = px.env.execute(f"backup vmid={vmid} progress=1", context)
    assert made.rc == 0, made.output
    lines = shown.getvalue().splitlines()
    assert lines[0] == f"[proxmox] INFO: starting new backup job: vzdump {vmid} --storage local"
    archive = made.fields["volid"].split("/", 1)[1]
    assert f"[proxmox] INFO: creating vzdump archive '/var/lib/vz/dump/{archive}'" in lines
    assert lines[-1] == "[proxmox] INFO: Backup job finished successfully"
    shown.seek(0)
    shown.truncate()
    restored = px.env.execute(f"restore archive={made.fields['volid']} vmid=650 progress=1",
                              context)
    assert restored.rc == 0, restored.output
    [line] = shown.getvalue().splitlines()
    assert line.startswith("[proxmox] extracting archive '") and line.endswith(f"/{archive}'")


def test_progress_shows_pct_create_and_clone_lines(px, pct_state):
    shown = io.StringIO()
    context = CommandContext(None, io.StringIO(), shown, "PROXMOX")
    made = px.env.execute(f"create template={VOLID} progress=1", context)
    assert made.rc == 0, made.output
    assert f"[proxmox] extracting archive '/var/lib/vz/template/cache/{VOLID.split('/')[-1]}'" \
        in shown.getvalue().splitlines()
    vmid = made.fields["vmid"]
    px.ok(f"template vmid={vmid}")
    shown.seek(0)
    shown.truncate()
    assert px.env.execute(f"clone source={vmid} progress=1", context).rc == 0
    [line] = shown.getvalue().splitlines()
    assert line.startswith("[proxmox] create linked clone of mountpoint rootfs (")
    shown.seek(0)
    shown.truncate()
    assert px.env.execute(f"clone source={vmid}", context).rc == 0 and shown.getvalue() == ""
