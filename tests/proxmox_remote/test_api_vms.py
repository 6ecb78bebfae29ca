"""VMs through the api engine against fakepve, which models /nodes/{node}/qemu (create, power,
config, template, linked clone, destroy) and the guest agent (exec, exec-status with answers
the test sets): the same verbs as for containers, and one VMID space."""

from __future__ import annotations

import pytest

from conftest import VOLID, Proxmox
from rexxlite.addresses.proxmox.engines.api import ApiEngine

IMAGE = "local:iso/rexxlite-vm_1.0_amd64.qcow2"


@pytest.fixture
def px(api_settings, pve):
    pve.store_file("local", "rexxlite-vm_1.0_amd64.qcow2", 4096)
    return Proxmox(ApiEngine(api_settings))


def test_vm_lifecycle_clone_and_execute_through_the_agent(px, pve):
    made = px.ok(f"create type=vm template={IMAGE} hostname=vm1 memory=256 cores=2")
    vmid = made.fields["vmid"]
    assert made.fields["type"] == "qemu" and made.fields["storage"] == "local-lvm"
    vm = pve.vm(vmid)
    assert (vm.config["virtio0"].startswith("local-lvm:"), int(vm.config["memory"]),
            str(vm.config["agent"])) == (True, 256, "1")
    ct = px.ok(f"create template={VOLID} hostname=box").fields["vmid"]
    rows = {r["vmid"]: (r["type"], r["hostname"]) for r in px.ok("list").fields["containers"]}
    assert rows == {vmid: ("qemu", "vm1"), ct: ("lxc", "box")}
    px.ok(f"register_base name=vmgold vmid={vmid}")
    assert pve.vm(vmid).template
    clone = px.ok("clone_from_base base=vmgold hostname=vm2").fields
    assert clone["method"] == "linked-clone" and pve.vm(clone["vmid"]).name == "vm2"
    px.ok(f"start vmid={clone['vmid']}")
    assert pve.vm(clone["vmid"]).status == "running"
    failed = px(f"execute vmid={clone['vmid']} command=true")      # no agent answering yet
    assert failed.rc == 1 and "agent" in failed.fields["error"].lower()
    pve.vm(clone["vmid"]).agent = {"exec": {
        "/bin/sh -c uname -r": {"exitcode": 3, "out-data": "6.1.0\n", "err-data": "warn\n"}}}
    ran = px(f"execute vmid={clone['vmid']} command=\"uname -r\"")
    assert (ran.rc, ran.fields["stdout"], ran.fields["stderr"]) == (3, "6.1.0", "warn")
    px.ok(f"stop vmid={clone['vmid']}")
    px.fails(f"execute vmid={clone['vmid']} command=true", f"VM {clone['vmid']} not running")
    px.ok(f"remove vmid={clone['vmid']}")
    px.ok(f"remove vmid={vmid}")
    assert pve.vm(vmid) is None and pve.vm(clone["vmid"]) is None


def test_a_vmid_of_a_container_is_refused_for_a_vm(px, pve):
    ct = px.ok(f"create template={VOLID}").fields["vmid"]
    px.fails(f"create type=vm template={IMAGE} vmid={ct}",
             f"CT {ct} already exists on node 'pve1'")


def test_vm_snapshots_through_the_api(px, pve):
    vmid = px.ok(f"create type=vm template={IMAGE} hostname=snappy").fields["vmid"]
    px.ok(f"snapshot vmid={vmid} name=before description='safe point'")
    listed = px.ok(f"listsnapshot vmid={vmid}").fields["snapshots"]
    assert [s["name"] for s in listed] == ["before", "current"]
    assert listed[0]["description"] == "safe point"
    px.fails(f"snapshot vmid={vmid} name=before", "already")
    px.ok(f"set vmid={vmid} memory=384")
    px.ok(f"rollback vmid={vmid} name=before")
    assert int(pve.vm(vmid).config["memory"]) == 512
    px.ok(f"delsnapshot vmid={vmid} name=before")
    assert [s["name"] for s in px.ok(f"listsnapshot vmid={vmid}").fields["snapshots"]] == [
        "current"]
