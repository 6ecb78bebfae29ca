"""The pct engine against fake_pct/pct: a TEST DOUBLE of Proxmox's CLI, not a Proxmox node.

The double reproduces pct's printed formats and exit codes (see its header); these tests check
both that the double stays faithful to them and that the engine maps every command to pct.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import threading

import pytest

from conftest import FAKE_BIN, TEMPLATE, VOLID, Proxmox
from rexxlite.addresses.proxmox.engines.node_shell import NodeShell
from rexxlite.addresses.proxmox.engines.pct import PctEngine
from rexxlite.addresses.proxmox.settings import Settings
from rexxlite.addresses.proxmox.ssh_target import SshTarget

as_root = pytest.mark.skipif(os.geteuid() != 0, reason="the double's pct exec isolates as root")


@pytest.fixture
def px(pct_state):
    return Proxmox(PctEngine(Settings(backend="pct", node="pve")))


def pct(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["pct", *args], capture_output=True, text=True)


# -- the double is faithful to pct ----------------------------------------------------------------
def test_double_prints_nothing_for_an_empty_list_and_pct_header_otherwise(pct_state):
    empty = pct("list")
    assert (empty.returncode, empty.stdout, empty.stderr) == (0, "", "")
    assert pct("create", "100", VOLID, "--storage", "local-lvm").returncode == 0
    lines = pct("list").stdout.splitlines()
    assert lines[0].rstrip() == "VMID       Status     Lock         Name"
    assert lines[1] == f"{'100':<10} {'stopped':<10} {'':<12} {'CT100':<20}"


def test_double_fails_like_pct_with_exit_255_and_needs_double_dash_for_exec(pct_state):
    missing = pct("start", "123")
    assert missing.returncode == 255
    assert missing.stderr == "Configuration file 'nodes/pve/lxc/123.conf' does not exist\n"
    pct("create", "100", VOLID, "--storage", "local-lvm")
    pct("start", "100")
    no_dashes = pct("exec", "100", "sh", "-c", "true")
    assert no_dashes.returncode == 255 and "Unknown option: c" in no_dashes.stderr
    assert subprocess.run(["pveversion"], capture_output=True, text=True).stdout.startswith(
        "pve-manager/8.2.4/")


# -- the engine ----------------------------------------------------------------------------------------
def test_status_reads_pveversion_and_pct_list(px):
    st = px.ok("status").fields
    assert st["backend"] == "pct" and st["available"] is True
    assert st["version"] == "8.2.4" and st["totalContainers"] == 0 and st["node"] == "pve"


def test_lifecycle_maps_to_pct(px, pct_state):
    made = px.ok(f"create template={VOLID} hostname=web memory=256 cores=2 "
                 "description='two: lines\nhere'").fields
    assert made["storage"] == "local-lvm"          # 'local' holds no containers on a stock node
    vmid = made["vmid"]
    conf = px.ok(f"config vmid={vmid}").fields["config"]
    assert conf["hostname"] == "web" and conf["memory"] == "256" and conf["cores"] == "2"
    raw = pct("config", str(vmid)).stdout
    assert "description: two%3A lines%0Ahere%0Arexxlite-created%3A " in raw
    assert px.ok(f"start vmid={vmid}").fields["status"] == "running"
    row = px.ok("list").fields["containers"][0]
    assert (row["vmid"], row["status"], row["hostname"]) == (vmid, "running", "web")
    px.fails(f"start vmid={vmid}", f"CT {vmid} already running")
    px.fails(f"destroy vmid={vmid}", f"unable to destroy CT {vmid} - container is running")
    px.ok(f"stop vmid={vmid}")
    px.ok(f"set vmid={vmid} memory=1024 tags=prod")
    assert px.ok(f"config vmid={vmid}").fields["config"]["memory"] == "1024"
    px.ok(f"destroy vmid={vmid}")
    assert pct("list").stdout == ""
    px.fails(f"config vmid={vmid}", f"Configuration file 'nodes/pve/lxc/{vmid}.conf' does not")


def test_bases_live_on_the_node_and_clones_are_linked(px):
    base = px.ok(f"create template={VOLID} hostname=base").fields["vmid"]
    px.ok(f"register_base name=Web vmid={base}")
    assert "tags: rexxlite-base-web" in pct("config", str(base)).stdout
    other = Proxmox(PctEngine(Settings(backend="pct", node="pve")))   # another client
    assert [(b["name"], b["vmid"]) for b in other.ok("list_bases").fields["bases"]] == \
        [("Web", base)]
    clone = other.ok("clone_from_base base=Web hostname=c1").fields
    assert clone["method"] == "linked-clone" and clone["base"] == "Web"
    conf = px.ok(f"config vmid={clone['vmid']}").fields["config"]
    assert conf["rootfs"].startswith(f"local-lvm:base-{base}-disk-0/vm-{clone['vmid']}-disk-0")
    assert "rexxlite-base" not in conf.get("tags", "")
    rows = {r["vmid"]: r for r in px.ok("list").fields["containers"]}
    assert rows[clone["vmid"]]["clonedFrom"] == base and rows[base]["base"] == "Web"
    assert [(rows[v]["template"], rows[v]["isTemplate"], rows[v]["cloneMethod"],
             rows[v]["storage"]) for v in (base, clone["vmid"])] == \
        [(VOLID, True, "", "local-lvm"), (VOLID, False, "linked-clone", "local-lvm")]
    assert other.ok("list_bases").fields["bases"][0]["template"] == VOLID
    px.fails(f"start vmid={base}", "you can't start a CT if it's a template")
    px.fails(f"destroy vmid={base}", "is still in use by linked cloned")
    px.fails(f"clone source={clone['vmid']} full=0", "only available for templates")
    px.fails(f"register_base name=Web vmid={clone['vmid']}", "base 'Web' already exists")


def test_two_clones_of_one_template_at_once_both_succeed(px, monkeypatch):
    base = px.ok(f"create template={VOLID}").fields["vmid"]
    px.ok(f"template vmid={base}")
    monkeypatch.setenv("FAKE_PCT_CLONE_SECS", "0.4")    # the source stays locked (disk)
    results = []

    def clone():
        client = Proxmox(PctEngine(Settings(backend="pct", node="pve")))
        results.append(client(f"clone source={base}"))

    threads = [threading.Thread(target=clone) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [r.rc for r in results] == [0, 0], [r.output for r in results]
    assert len({r.fields["vmid"] for r in results}) == 2
    assert not pct("config", str(base)).stdout.count("lock:")


@as_root
def test_execute_runs_pct_exec_with_double_dash_in_the_container(px):
    vmid = px.ok(f"create template={VOLID} hostname=box").fields["vmid"]
    px.fails(f"execute vmid={vmid} command=true", f"CT {vmid} not running")
    px.ok(f"start vmid={vmid}")
    done = px.ok(f"execute vmid={vmid} command='hostname; echo \"a  b\" '\"'\"'c'\"'\"''")
    assert done.output == "box\na  b c"
    failed = px(f"execute vmid={vmid} command='exit 3'")
    assert (failed.rc, failed.fields["exitCode"]) == (3, 3)


def test_ssh_argv_quotes_each_remote_argument():
    shell = NodeShell(SshTarget(host="pve1", user="root"))
    argv = shell.argv(["pct", "exec", "101", "--", "sh", "-c", "echo 'a b'; ls $HOME"])
    assert argv[:5] == ["ssh", "-o", "BatchMode=yes", "--", "root@pve1"]
    assert shlex.split(argv[5]) == ["pct", "exec", "101", "--", "sh", "-c",
                                    "echo 'a b'; ls $HOME"]


@as_root
def test_over_ssh_the_same_commands_work(pct_state, monkeypatch):
    px = Proxmox(PctEngine(Settings(backend="pct", node="pve", ssh="root@pve")))
    vmid = px.ok(f"create template={VOLID} hostname=far").fields["vmid"]
    px.ok(f"start vmid={vmid}")
    assert px.ok(f"execute vmid={vmid} command='echo $((6*7)) \"x y\"'").output == "42 x y"
    px.ok(f"deploy_rexx vmid={vmid} rexx_binary={FAKE_BIN / 'ssh'} target=/usr/local/bin/tool")
    assert (pct_state / "rootfs" / str(vmid) / "usr/local/bin/tool").read_bytes() == \
        (FAKE_BIN / "ssh").read_bytes()
    row = px.ok("list").fields["containers"][0]
    assert (row["rexxDeployed"], row["rexxPath"]) == (True, "/usr/local/bin/tool")
    assert "rexxlite-rexx-path: /usr/local/bin/tool" in \
        px.ok(f"config vmid={vmid}").fields["config"]["description"]


def test_without_pct_the_engine_is_unavailable(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    px = Proxmox(PctEngine(Settings(backend="pct", node="pve")))
    st = px.ok("status").fields
    assert st["available"] is False and "Proxmox VE node" in st["reason"]
    result = px(f"create template={VOLID}")
    assert (result.rc, result.condition) == (-3, "FAILURE")


def test_templates_come_from_pveam(px):
    assert px.ok("templates").fields["templates"] == [f"local:vztmpl/{TEMPLATE}"]


def test_clone_storage_goes_to_pct_as_storage_for_full_clones_only(px):
    base = px.ok(f"create template={VOLID} hostname=base").fields["vmid"]
    px.ok(f"register_base name=Away vmid={base}")
    px.fails("clone_from_base base=Away storage=local-lvm",
             "parameter 'storage' not allowed for linked clones")
    px.fails("clone_from_base base=Away full=1 storage=local",
             "storage 'local' does not support container directories")
    px.fails(f"clone source={base} full=1 storage=tank", "storage 'tank' does not exist")
    full = px.ok(f"clone source={base} full=1 storage=local-lvm").fields
    assert full["method"] == "full-clone"
    assert px.ok(f"config vmid={full['vmid']}").fields["config"]["rootfs"].startswith(
        f"local-lvm:vm-{full['vmid']}-disk-0")
