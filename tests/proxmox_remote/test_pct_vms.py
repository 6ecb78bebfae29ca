"""VMs through the pct engine against fake_pct's ``qm`` (a TEST DOUBLE of qemu-server's CLI
with its state in the double's node dir, not a Proxmox node): every VM verb is built as a qm
command and its printed answer (qm list rows, qm config lines, qm guest exec JSON) is parsed
back; containers and VMs share one VMID space."""

from __future__ import annotations

import json
import os
import subprocess
import time

import pytest

from conftest import FAKE_BIN, VOLID, Proxmox
from rexxlite.addresses.proxmox.engines.pct import PctEngine
from rexxlite.addresses.proxmox.engines.pct_output import ListRow
from rexxlite.addresses.proxmox.engines.pct_vm import parse_qm_list
from rexxlite.addresses.proxmox.settings import Settings

IMAGE = "local:iso/rexxlite-vm_1.0_amd64.qcow2"
as_root = pytest.mark.skipif(os.geteuid() != 0, reason="the double's guest exec isolates as root")


@pytest.fixture
def px(pct_state):
    (pct_state / "iso").mkdir()
    (pct_state / "iso" / "rexxlite-vm_1.0_amd64.qcow2").write_bytes(b"QFI\xfb")
    return Proxmox(PctEngine(Settings(backend="pct", node="pve")))


def qm(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(FAKE_BIN / "qm"), *args], capture_output=True, text=True)


def alive(pid: int) -> bool:
    """A process that runs (a killed one not yet reaped is a zombie: dead)."""
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def vm_state(state, vmid: int) -> dict:
    return json.loads((state / "qemu" / f"{vmid}.json").read_text())


def test_create_list_config_set_and_the_one_vmid_space(px, pct_state):
    made = px.ok(f"create type=vm template={IMAGE} hostname=vm1 memory=256 cores=2 "
                 "description='a vm'").fields
    vmid = made["vmid"]
    assert made["type"] == "qemu" and made["storage"] == "local-lvm"
    conf = vm_state(pct_state, vmid)["config"]
    assert conf["virtio0"].startswith(f"local-lvm:vm-{vmid}-disk-0")
    assert (conf["name"], conf["memory"], conf["cores"], conf["agent"], conf["boot"]) == (
        "vm1", "256", "2", "1", "order=virtio0")
    ct = px.ok(f"create template={VOLID} hostname=box").fields["vmid"]
    assert ct != vmid
    rows = {r["vmid"]: (r["type"], r["hostname"], r["status"], r["memory"])
            for r in px.ok("list").fields["containers"]}
    assert rows == {vmid: ("qemu", "vm1", "stopped", 256), ct: ("lxc", "box", "stopped", 512)}
    px.fails(f"create type=vm template={IMAGE} vmid={ct}", f"CT {ct} already exists on node 'pve'")
    px.fails(f"create template={VOLID} vmid={vmid}", f"VM {vmid} already exists on node 'pve'")
    config = px.ok(f"config vmid={vmid}").fields["config"]
    assert config["name"] == "vm1" and "rexxlite-created:" in config["description"]
    info = px.ok(f"set vmid={vmid} hostname=renamed memory=384 tags=web").fields
    assert (info["hostname"], info["memory"], info["tags"], info["type"]) == (
        "renamed", 384, "web", "qemu")
    px.fails(f"set vmid={vmid} swap=128", "swap= is a container setting")
    status = px.ok("status").fields
    assert (status["totalContainers"], status["vms"]) == (2, "1")
    px.fails(f"create type=vm template=local:iso/missing.qcow2", "does not exist")


def test_power_template_linked_clone_and_destroy(px, pct_state):
    vmid = px.ok(f"create type=vm template={IMAGE} hostname=gold").fields["vmid"]
    px.ok(f"start vmid={vmid}")
    px.fails(f"start vmid={vmid}", f"VM {vmid} already running")
    px.fails(f"remove vmid={vmid}", f"VM {vmid} is running - destroy failed")
    px.fails(f"template vmid={vmid}", "if VM is running")
    px.ok(f"shutdown vmid={vmid} timeout=5")
    px.fails(f"stop vmid={vmid}", f"VM {vmid} not running")
    px.ok(f"register_base name=vmgold vmid={vmid}")
    conf = vm_state(pct_state, vmid)["config"]
    assert conf["template"] == "1" and conf["virtio0"].startswith(f"local-lvm:base-{vmid}-disk-0")
    px.fails(f"start vmid={vmid}", "you can't start a vm if it's a template")
    assert [b["vmid"] for b in px.ok("list_bases").fields["bases"]] == [vmid]
    clone = px.ok("clone_from_base base=vmgold hostname=web1").fields
    new = clone["vmid"]
    assert clone["method"] == "linked-clone"
    disk = vm_state(pct_state, new)["config"]["virtio0"]
    assert disk.startswith(f"local-lvm:base-{vmid}-disk-0/vm-{new}-disk-0")
    row = next(r for r in px.ok("list").fields["containers"] if r["vmid"] == new)
    assert (row["hostname"], row["clonedFrom"], row["cloneMethod"], row["base"]) == (
        "web1", vmid, "linked-clone", "")
    full = px.ok(f"clone source={vmid} full=1").fields
    assert full["method"] == "full-clone" and full["hostname"] == f"VM{full['vmid']}"
    px.fails(f"clone source={new} full=0", "linked clone feature is only available for templates")
    px.fails(f"remove vmid={vmid}", "is still in use by linked cloned")
    px.ok(f"start vmid={new}")
    px.ok(f"remove vmid={new} force=1")
    px.ok(f"remove vmid={full['vmid']}")
    px.ok(f"remove vmid={vmid}")
    assert px.ok("list").fields["count"] == 0
    assert not list((pct_state / "qemu").glob("*.json"))


@as_root
def test_execute_through_qm_guest_exec(px, pct_state):
    vmid = px.ok(f"create type=vm template={IMAGE}").fields["vmid"]
    px.fails(f"execute vmid={vmid} command=true", f"VM {vmid} not running")
    px.ok(f"start vmid={vmid}")
    ran = px(f"execute vmid={vmid} command='echo out; echo err >&2; exit 3'")
    assert (ran.rc, ran.fields["stdout"], ran.fields["stderr"]) == (3, "out", "err")
    assert px.ok(f"execute vmid={vmid} command='hostname'").fields["stdout"] == f"VM{vmid}"
    started = time.monotonic()
    late = px(f"execute vmid={vmid} command='echo $$ > /tmp/pid; sleep 30' timeout=1")
    assert late.fields["timedOut"] == 1 and time.monotonic() - started < 10
    pid = int((pct_state / "rootfs" / str(vmid) / "tmp" / "pid").read_text())
    deadline = time.monotonic() + 5                 # killed through the agent, as in a guest
    while alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not alive(pid)
    px.ok(f"set vmid={vmid} description=x")
    subprocess.run([str(FAKE_BIN / "qm"), "set", str(vmid), "--agent", "0"], check=True)
    px.fails(f"execute vmid={vmid} command=true", "No QEMU guest agent configured")


@as_root
def test_deploy_rexx_sends_a_big_file_in_pieces(px, pct_state):
    vmid = px.ok(f"create type=vm template={IMAGE}").fields["vmid"]
    px.ok(f"start vmid={vmid}")
    blob = pct_state / "blob"
    blob.write_bytes(os.urandom(2_000_000))          # more than qm's 1 MiB of stdin
    blob.chmod(0o755)
    px.ok(f"deploy_rexx vmid={vmid} rexx_binary={blob} target=/usr/local/bin/tool")
    copied = pct_state / "rootfs" / str(vmid) / "usr" / "local" / "bin" / "tool"
    assert copied.read_bytes() == blob.read_bytes() and os.access(copied, os.X_OK)
    assert px.ok("list").fields["containers"][0]["rexxPath"] == "/usr/local/bin/tool"


@as_root
def test_vm_snapshots_through_qm(px, pct_state):
    vmid = px.ok(f"create type=vm template={IMAGE}").fields["vmid"]
    px.ok(f"start vmid={vmid}")
    px.ok(f"execute vmid={vmid} command='echo old > /root/f'")
    px.ok(f"snapshot vmid={vmid} name=before description='safe point'")
    px.ok(f"execute vmid={vmid} command='echo new > /root/f'")
    listed = px.ok(f"listsnapshot vmid={vmid}").fields["snapshots"]
    assert [s["name"] for s in listed] == ["before", "current"]
    assert listed[0]["description"] == "safe point" and listed[1]["running"] == 1
    px.ok(f"rollback vmid={vmid} name=before start=1")
    assert px.ok(f"execute vmid={vmid} command='cat /root/f'").fields["stdout"] == "old"
    px.ok(f"delsnapshot vmid={vmid} name=before")
    assert [s["name"] for s in px.ok(f"listsnapshot vmid={vmid}").fields["snapshots"]] == [
        "current"]
    px.ok(f"stop vmid={vmid}")
    px.ok(f"snapshot vmid={vmid} name=kept")
    px.fails(f"template vmid={vmid}", "because VM contains snapshots")


def test_qm_list_and_guest_exec_output_as_qm_prints_them(pct_state):
    assert qm("list").stdout == ""
    assert parse_qm_list(
        "      VMID NAME                 STATUS     MEM(MB)    BOOTDISK(GB) PID       \n"
        "       100 my vm                running    2048              32.00 4242      \n"
    ) == [ListRow(100, "running", "", "my vm")]
    failed = qm("start", "123")
    assert failed.returncode == 255
    assert failed.stderr == "Configuration file 'nodes/pve/qemu-server/123.conf' does not exist\n"


def test_vm_backup_restore_and_delete_through_vzdump_and_qmrestore(px, pct_state):
    vmid = px.ok(f"create type=vm template={IMAGE} hostname=orig memory=300 "
                 "description='keep me'").fields["vmid"]
    made = px.ok(f"backup vmid={vmid} notes=nightly").fields
    assert made["volid"].startswith(f"local:backup/vzdump-qemu-{vmid}-")
    assert made["volid"].endswith(".vma.zst") and made["format"] == "vma.zst"
    assert made["vmid"] == vmid and made["notes"] == "nightly" and made["size"] > 0
    archive = pct_state / "dump" / made["volid"].split("/", 1)[1]
    plain = subprocess.run(["zstd", "-d", "-c", str(archive)], capture_output=True,
                           check=True).stdout
    assert plain[:4] == b"VMA\0"
    ct = px.ok(f"create template={VOLID}").fields["vmid"]
    px.fails(f"restore archive={made['volid']} vmid={ct}", f"CT {ct} already exists")
    restored = px.ok(f"restore archive={made['volid']} vmid=700 hostname=copy").fields
    assert (restored["vmid"], restored["hostname"]) == (700, "copy")
    conf = px.ok("config vmid=700").fields["config"]
    assert conf["memory"] == "300" and conf["virtio0"].startswith("local-lvm:vm-700-disk-0")
    assert conf["description"].startswith("keep me")
    assert (pct_state / "images" / "vm-700-disk-0.raw").read_bytes()[:4] == b"QFI\xfb"
    px.fails(f"restore archive={made['volid']} vmid=700", "VM 700 already exists")
    px.ok(f"restore archive={made['volid']} vmid=700 force=1")
    rows = {r["vmid"]: r["type"] for r in px.ok("list").fields["containers"]}
    assert rows == {vmid: "qemu", ct: "lxc", 700: "qemu"}
    assert [b["vmid"] for b in px.ok("backups").fields["backups"]] == [vmid]
    px.ok(f"delbackup volid={made['volid']}")
    assert px.ok("backups").fields["count"] == 0 and not archive.exists()
