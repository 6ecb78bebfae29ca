"""``backup`` through the api engine, as far as fakepve models it, and the rest checked against
Proxmox's documented API schema.

fakepve 0.5 routes ``POST /nodes/N/vzdump`` generically: it checks the body against the PVE
API schema it vendors (the apidoc of the API viewer; a parameter the schema lacks, or a value
outside it, is a 400 "parameter verification failed") and runs a ``vzdump`` task that writes
no archive. So: the request we send reaches a vzdump task for the right guest, and the engine
then says honestly that no archive appeared; every body we can send (each mode, each
compressor, notes, another storage) satisfies the documented schema, and a body breaking it
(a wrong name, a wrong value) fails the same check, so the check can fail. The archives fakepve
does model (storage content: list, restore, delete) are in test_api_snapshots.py.
"""

from __future__ import annotations

import itertools

import pytest

from conftest import VOLID, Proxmox
from rexxlite.addresses.proxmox.engines.api import ApiEngine
from rexxlite.addresses.proxmox.engines.api_snapshots import vzdump_params
from rexxlite.addresses.proxmox.engines.base import BackupSpec

fake_schema = pytest.importorskip("fakepve.schema")


@pytest.fixture
def px(api_settings):
    return Proxmox(ApiEngine(api_settings))


def _vzdump_schema() -> dict:
    return fake_schema.load().paths["/nodes/{node}/vzdump"]["POST"]["parameters"]


def test_backup_reaches_a_vzdump_task_and_no_archive_is_reported_as_such(px, pve):
    vmid = px.ok(f"create template={VOLID} hostname=dumped").fields["vmid"]
    before = len(pve.tasklog)
    result = px(f"backup vmid={vmid} mode=stop compress=gzip notes='nightly run'")
    assert result.rc == 1
    assert result.fields["error"] == (f"vzdump of CT {vmid} left no new archive on "
                                      "storage 'local'")
    tasks = [t for t in pve.tasklog[before:] if t["type"] == "vzdump"]
    assert [(t["id"], t["exitstatus"]) for t in tasks] == [(str(vmid), "OK")], pve.tasklog[before:]


def test_every_body_we_send_matches_the_documented_vzdump_parameters():
    schema = _vzdump_schema()
    for mode, compress, notes, storage in itertools.product(
            ("snapshot", "suspend", "stop"), ("zstd", "gzip", "lzo", "0"),
            ("", "before upgrade {{guestname}}"), ("local", "nas-1")):
        body = vzdump_params(BackupSpec(321, storage, mode, compress, notes))
        _, errors = fake_schema.validate(schema, {"node": "pve", **body})
        assert errors == {}, (body, errors)
        assert body["vmid"] == "321" and body["storage"] == storage
        assert ("notes-template" in body) == bool(notes)


@pytest.mark.parametrize("wrong", [{"notes": "x"}, {"compress": "zst"}, {"mode": "freeze"},
                                   {"vmid": "abc"}])
def test_the_schema_check_refuses_a_body_that_breaks_it(wrong):
    body = {**vzdump_params(BackupSpec(321)), **wrong}
    _, errors = fake_schema.validate(_vzdump_schema(), {"node": "pve", **body})
    assert set(errors) == set(wrong), errors


def test_restore_and_clone_send_storage_as_proxmox_documents_it(px, pve):
    """``restore storage=`` and ``clone full=1 storage=`` name the target storage; a linked
    clone with storage= is refused by Proxmox's rule (fakepve answers for it)."""
    schema = fake_schema.load().paths
    for path, method in (("/nodes/{node}/lxc", "POST"),
                         ("/nodes/{node}/lxc/{vmid}/clone", "POST")):
        assert "storage" in schema[path][method]["parameters"]["properties"], path
    vmid = px.ok(f"create template={VOLID} hostname=src").fields["vmid"]
    full = px.ok(f"clone source={vmid} full=1 storage=local-lvm").fields["vmid"]
    assert px.ok(f"config vmid={full}").fields["config"]["rootfs"].startswith("local-lvm:")
    px.ok(f"template vmid={vmid}")
    refused = px(f"clone source={vmid} storage=local-lvm")
    assert refused.rc == 1 and "storage" in refused.fields["error"], refused.fields
