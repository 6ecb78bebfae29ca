"""KVM/QEMU VMs under ADDRESS PROXMOX's local engine, with real QEMU processes booting the VM
template image (``rexxlite-setup vm-image``, built once and cached): create, register_base,
linked qcow2 clones, copy-on-write isolation between two running clones, execute through the
guest agent (exit codes, stderr, timeout), deploy_rexx/execute_rexx, shutdown and stop, remove
with nothing left; containers and VMs in one VMID space; kill -9 during create/clone/start.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
from proxmox_helpers import BUSYBOX, SCRIPTS, processes_with, requires_lxc, wait_for

from rexxlite.addresses.proxmox.engines.local import LocalEngine
from rexxlite.setup.vm_image import STEM, image_dir, image_files

pytestmark = requires_lxc
IMAGE = f"local:iso/{STEM}.qcow2"


@pytest.fixture(scope="session")
def vm_image_dir():
    """The VM image (qcow2, kernel, initrd): built once (about a minute), cached."""
    files = image_files()
    if not all(p.exists() for p in files.values()):
        done = subprocess.run(["bash", str(SCRIPTS / "build-vm-image.sh")], capture_output=True,
                              text=True, timeout=900)
        if done.returncode != 0:
            pytest.fail(f"building the VM image failed:\n{done.stdout}\n{done.stderr}")
    return image_dir()


@pytest.fixture
def vpx(px, vm_image_dir, monkeypatch):
    monkeypatch.setenv("REXXLITE_VM_IMAGE_DIR", str(vm_image_dir))
    return px


def _qemu_processes(root: Path) -> list[str]:
    return [p for p in processes_with(str(root)) if "qemu-system" in p]


def _backing_file(path: Path) -> str:
    info = subprocess.run(["qemu-img", "info", "-U", "--output=json", str(path)],
                          capture_output=True, text=True, check=True).stdout
    return json.loads(info).get("backing-filename", "")


def test_vms_linked_clones_isolated_execute_and_nothing_left(vpx, state_root):
    made = vpx.ok(f"create type=vm template={IMAGE} memory=192 hostname=vmbase")
    base = made.fields["vmid"]
    assert made.fields["type"] == "qemu" and made.output.startswith(f"VM {base} created")
    conf = vpx.ok(f"config vmid={base}").fields["config"]
    assert conf["virtio0"].startswith(f"local:{base}/vm-{base}-disk-0.qcow2,size=")
    assert (conf["memory"], conf["agent"], conf["name"]) == ("192", "1", "vmbase")
    assert (state_root / "pve" / "qemu-server" / f"{base}.conf").is_file()

    vpx.ok(f"register_base name=vmgold vmid={base}")
    base_disk = state_root / "images" / str(base) / f"base-{base}-disk-0.qcow2"
    assert base_disk.is_file()
    clones = []
    for n in range(3):
        done = vpx.ok(f"clone_from_base base=vmgold hostname=vm{n}")
        assert done.fields["method"] == "linked-clone"
        vmid = done.fields["vmid"]
        overlay = state_root / "images" / str(vmid) / f"vm-{vmid}-disk-0.qcow2"
        assert _backing_file(overlay) == str(base_disk)
        assert overlay.stat().st_blocks * 512 < 2**20          # space per clone < 1 MiB
        clones.append(vmid)
    assert vpx("remove vmid=%d" % base).fields["error"].startswith("base volume")

    a, b = clones[0], clones[1]
    starts = [threading.Thread(target=vpx.ok, args=(f"start vmid={v}",)) for v in (a, b)]
    for thread in starts:
        thread.start()
    for thread in starts:
        thread.join()
    rows = {r["vmid"]: r for r in vpx.ok("list").fields["containers"]}
    assert rows[a]["status"] == rows[b]["status"] == "running"
    assert rows[clones[2]]["status"] == "stopped" and rows[a]["type"] == "qemu"

    assert vpx.ok(f"execute vmid={a} command=\"echo only-in-a > /root/mark; sync\"").rc == 0
    seen = vpx(f"execute vmid={b} command=\"cat /root/mark\"")
    assert seen.rc == 1 and "No such file" in seen.fields["stderr"]
    assert vpx.ok(f"execute vmid={a} command=\"cat /root/mark\"").fields["stdout"] == "only-in-a"
    failed = vpx(f"execute vmid={a} command=\"echo out; echo err >&2; exit 7\"")
    assert (failed.rc, failed.fields["stdout"], failed.fields["stderr"]) == (7, "out", "err")
    slow = vpx(f"execute vmid={a} command=\"sleep 30\" timeout=1")
    assert slow.fields["timedOut"] is True and slow.rc != 0

    vpx.ok(f"deploy_rexx vmid={a}")
    ran = vpx.ok(f"execute_rexx vmid={a} script=\"say 6*7; say 'CHECKPOINT:done'\"")
    assert ran.fields["stdout"].splitlines()[0] == "42"

    assert vpx(f"start vmid={a}").fields["error"] == f"VM {a} already running"
    vpx.ok(f"shutdown vmid={a} timeout=20")
    vpx.ok(f"stop vmid={b}")
    assert vpx(f"stop vmid={b}").fields["error"] == f"VM {b} not running"
    assert not _qemu_processes(state_root)
    for vmid in clones + [base]:
        vpx.ok(f"remove vmid={vmid}")
    assert vpx.ok("list").fields["count"] == 0
    assert not list((state_root / "images").iterdir())
    assert not (state_root / "qemu").exists() or not list((state_root / "qemu").iterdir())
    assert not list(state_root.rglob("*.sock"))


def test_containers_and_vms_share_one_vmid_space(vpx, state_root):
    ct = vpx.busybox(hostname="box")
    vm = vpx.ok(f"create type=vm template={IMAGE} vmid={ct + 1}").fields["vmid"]
    rows = {r["vmid"]: r["type"] for r in vpx.ok("list").fields["containers"]}
    assert rows == {ct: "lxc", vm: "qemu"}
    node = vpx.engine.node
    assert vpx(f"create type=vm template={IMAGE} vmid={ct}").fields["error"] == \
        f"CT {ct} already exists on node '{node}'"
    assert vpx(f"create template=local:vztmpl/{BUSYBOX} vmid={vm}").fields["error"] == \
        f"VM {vm} already exists on node '{node}'"
    assert vpx.ok("create type=vm template=" + IMAGE).fields["vmid"] == vm + 1
    refused = vpx(f"create template={IMAGE}")
    assert refused.rc == 1 and "add type=vm" in refused.fields["error"]
    assert "type" in vpx.ok("help create").output
    status = vpx.ok("status").fields
    assert status["vms"] == "2" and status["vmAccelerator"].split()[0] in ("kvm", "tcg")


CHILD = textwrap.dedent("""
    import sys
    from rexxlite.addresses.proxmox import ProxmoxEnvironment
    from rexxlite.plugin_api import CommandContext
    env = ProxmoxEnvironment()
    ctx = CommandContext(None, sys.stdout, sys.stderr, "PROXMOX")
    result = env.execute(sys.argv[1], ctx)
    print("rc", result.rc, result.fields.get("error", ""), flush=True)
""")


def _killed_at(point: str, command: str) -> None:
    env = {**os.environ, "REXXLITE_PROXMOX_INJECT_FAULT": f"kill:{point}"}
    done = subprocess.run([sys.executable, "-c", CHILD, command], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == -signal.SIGKILL, done.stdout + done.stderr


@pytest.mark.parametrize("point", ["vm-create:disk", "vm-clone:disk", "vm-start:launched"])
def test_kill_during_vm_create_clone_start_leaves_nothing_half_made(vpx, state_root, point):
    base = vpx.ok(f"create type=vm template={IMAGE} memory=128").fields["vmid"]
    vpx.ok(f"template vmid={base}")
    clone = vpx.ok(f"clone source={base}").fields["vmid"]
    command = {"vm-create:disk": f"create type=vm template={IMAGE}",
               "vm-clone:disk": f"clone source={base}",
               "vm-start:launched": f"start vmid={clone}"}[point]
    _killed_at(point, command)
    engine = LocalEngine()                        # a fresh process's view
    for info in engine.list():
        if info.lock:
            engine.unlock(info.vmid)
    infos = {i.vmid: i for i in engine.list()}
    assert set(infos) == {base, clone}
    assert not any(i.lock for i in infos.values())
    assert sorted(os.listdir(state_root / "images")) == sorted([str(base), str(clone)])
    if point == "vm-start:launched":              # the one side effect happened: it runs
        assert infos[clone].status == "running"
        engine.stop(clone)
    assert not _qemu_processes(state_root)
    engine.destroy(clone)
    engine.destroy(base)
    assert wait_for(lambda: not _qemu_processes(state_root), 5)
    assert not list((state_root / "images").iterdir())


MIXED = """
address proxmox
'create template=local:vztmpl/%(busybox)s hostname=box'
ct = result.vmid
'create type=vm template=%(image)s memory=160 hostname=vee'
vm = result.vmid
'start vmid='ct
'start vmid='vm
'execute vmid='ct 'command="echo from-ct"'
say 'ct:' result.stdout
'execute vmid='vm 'command="cat /etc/os-release | head -1; exit 5"'
say 'vm:' rc result.stdout
'list'
do i = 1 to result.containers.0
  say 'row:' result.containers.i.vmid result.containers.i.type result.containers.i.status
end
'stop vmid='vm
say result
'remove vmid='ct 'force=1'
'remove vmid='vm
'list'
say 'left:' result.count
"""


def test_a_rexx_script_drives_containers_and_vms_together(vpx, state_root, tmp_path):
    program = tmp_path / "mixed.rexx"
    program.write_text(MIXED % {"busybox": BUSYBOX, "image": IMAGE})
    done = subprocess.run([sys.executable, "-m", "rexxlite", str(program)], capture_output=True,
                          text=True, timeout=120, env=dict(os.environ))
    lines = done.stdout.splitlines()
    assert "ct: from-ct" in lines, done.stdout + done.stderr
    assert 'vm: 5 PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"' in lines
    rows = sorted(line.split()[1:] for line in lines if line.startswith("row:"))
    assert rows == [["100", "lxc", "running"], ["101", "qemu", "running"]]
    assert "VM 101 stopped" in lines and lines[-1] == "left: 0"
    assert not _qemu_processes(state_root)


def test_template_of_a_linked_clone_is_flattened_and_full_clones_copy(vpx, state_root):
    base = vpx.ok(f"create type=vm template={IMAGE}").fields["vmid"]
    vpx.ok(f"template vmid={base}")
    linked = vpx.ok(f"clone source={base} hostname=mid").fields["vmid"]
    assert vpx(f"clone source={linked} full=0").fields["error"].startswith(
        "Linked clone feature is not supported")
    vpx.ok(f"template vmid={linked}")                   # templates never stack
    flat = state_root / "images" / str(linked) / f"base-{linked}-disk-0.qcow2"
    assert _backing_file(flat) == "" and flat.stat().st_size > 2**20
    assert vpx.ok(f"config vmid={linked}").fields["config"]["virtio0"].startswith(
        f"local:{linked}/base-{linked}-disk-0.qcow2,size=")
    full = vpx.ok(f"clone source={linked} full=1").fields
    assert full["method"] == "full-clone"
    copy = state_root / "images" / str(full["vmid"]) / f"vm-{full['vmid']}-disk-0.qcow2"
    assert _backing_file(copy) == ""
    vpx.ok(f"set vmid={full['vmid']} hostname=renamed memory=300")
    conf = vpx.ok(f"config vmid={full['vmid']}").fields["config"]
    assert (conf["name"], conf["memory"]) == ("renamed", "300")
    assert vpx(f"set vmid={full['vmid']} swap=64").fields["error"].startswith("swap=")
    assert vpx(f"start vmid={linked}").fields["error"] == "you can't start a vm if it's a template"
    for vmid in (full["vmid"], linked, base):
        vpx.ok(f"remove vmid={vmid}")
    assert not list((state_root / "images").iterdir())
