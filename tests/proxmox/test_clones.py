"""Templates, bases and clones: copy-on-write isolation, ancestry, refusals, failure cleanup."""

from __future__ import annotations

import os
import subprocess

import pytest

from proxmox_helpers import BUSYBOX, requires_lxc

pytestmark = requires_lxc


def _du_kib(path) -> int:
    """Space the path holds on its own (btrfs: exclusive extents, as du counts shared ones)."""
    fs = subprocess.run(["stat", "-f", "-c", "%T", str(path)], capture_output=True,
                        text=True).stdout.strip()
    if fs == "btrfs":
        out = subprocess.run(["btrfs", "filesystem", "du", "-s", "--raw", str(path)],
                             capture_output=True, text=True).stdout.splitlines()
        return int(out[-1].split()[1]) // 1024
    out = subprocess.run(["du", "-sk", str(path)], capture_output=True, text=True).stdout
    return int(out.split()[0])


def _base(px, name="bb", hostname="base") -> int:
    vmid = px.busybox(hostname=hostname)
    result = px.ok(f"register_base name={name} vmid={vmid}")
    assert result.fields["isTemplate"] is True
    return vmid


def test_register_base_stops_converts_and_records(px):
    vmid = px.busybox(hostname="base")
    px.ok(f"start vmid={vmid}")
    result = px.ok(f"register_base name=web vmid={vmid}")
    assert result.fields["stopped"] is True and result.fields["name"] == "web"
    info = px.ok("list").fields["containers"][0]
    assert info["isTemplate"] is True and info["status"] == "stopped" and info["base"] == "web"
    assert info["template"] == f"local:vztmpl/{BUSYBOX}"
    assert info["rootfs"].startswith(f"local:{vmid}/base-{vmid}-disk-0.subvol")
    bases = px.ok("list_bases").fields
    assert bases["count"] == 1
    base = bases["bases"][0]
    assert (base["name"], base["vmid"], base["isTemplate"], base["storage"]) == \
        ("web", vmid, True, "local")
    assert base["template"] == f"local:vztmpl/{BUSYBOX}"
    assert base["created"].endswith("Z")
    other = px.busybox()
    taken = px(f"register_base name=web vmid={other}")
    assert taken.rc == 1 and "already exists" in taken.fields["error"]


def test_linked_clones_are_copy_on_write_and_isolated(px):
    base = _base(px)
    first = px.ok("clone_from_base base=bb hostname=one")
    second = px.ok(f"clone source={base} hostname=two")
    for result in (first, second):
        assert result.fields["method"] == "linked-clone"
        assert result.fields["source"] == base
        assert 0 < result.fields["cloneTimeMs"] < 1000
    assert first.fields["base"] == "bb"
    a, b = first.fields["vmid"], second.fields["vmid"]
    assert (a, b) == (base + 1, base + 2)
    for vmid in (a, b):
        own = px.root / "images" / str(vmid)
        assert _du_kib(own) < 64, "a linked clone must not copy the rootfs"

    px.ok(f"start vmid={a}")
    px.ok(f"start vmid={b}")
    assert px.ok(f"execute vmid={a} command=hostname").fields["stdout"] == "one"
    assert px.ok(f"execute vmid={b} command=hostname").fields["stdout"] == "two"
    px.ok(f"execute vmid={a} command='echo secret > /root/only-a; rm /bin/vi'")
    assert px(f"execute vmid={b} command='cat /root/only-a'").rc != 0
    assert px.ok(f"execute vmid={b} command='ls /bin/vi'").rc == 0
    template_root = px.root / "images" / str(base) / f"base-{base}-disk-0.subvol"
    assert not (template_root / "root" / "only-a").exists()
    assert os.path.lexists(template_root / "bin" / "vi")
    assert (px.root / "images" / str(a) / f"subvol-{a}-disk-0.subvol" / "root" / "only-a").exists()

    listed = {c["vmid"]: c for c in px.ok("list").fields["containers"]}
    assert listed[a]["clonedFrom"] == base and listed[b]["clonedFrom"] == base
    assert listed[base]["clonedFrom"] == ""


def test_template_with_linked_clones_cannot_be_destroyed(px):
    base = _base(px)
    clone = px.ok("clone_from_base base=bb").fields["vmid"]
    refused = px(f"destroy vmid={base}")
    assert refused.rc == 1 and refused.condition == "ERROR"
    assert refused.fields["error"] == \
        f"base volume 'local:{base}/base-{base}-disk-0.subvol' is still in use by linked cloned"
    px.ok(f"destroy vmid={clone}")
    px.ok(f"destroy vmid={base}")
    assert px.ok("list").fields["count"] == 0


def test_full_clones_copy(px):
    base = _base(px)
    full = px.ok(f"clone source={base} full=1 hostname=solid").fields
    assert full["method"] == "full-clone"
    plain = px.busybox(hostname="plain")
    copy = px.ok(f"clone source={plain} hostname=copy").fields
    assert copy["method"] == "full-clone"
    px.ok(f"destroy vmid={base}")             # a full clone does not pin its template
    px.ok(f"start vmid={full['vmid']}")
    assert px.ok(f"execute vmid={full['vmid']} command=hostname").fields["stdout"] == "solid"
    linked = px(f"clone source={plain} full=0")
    assert linked.rc == 1 and "only available for templates" in linked.fields["error"]


def test_clone_of_a_linked_clone_made_template(px):
    base = _base(px)
    mid = px.ok("clone_from_base base=bb hostname=mid").fields["vmid"]
    px.ok(f"start vmid={mid}")
    px.ok(f"execute vmid={mid} command='echo layered > /etc/motd'")
    px.ok(f"register_base name=layered vmid={mid}")       # flattened into its own base
    px.ok(f"destroy vmid={base}")                         # no longer pinned by mid
    top = px.ok("clone_from_base base=layered hostname=top").fields["vmid"]
    px.ok(f"start vmid={top}")
    out = px.ok(f"execute vmid={top} command='cat /etc/motd; hostname'").fields["stdout"]
    assert out == "layered\ntop"


def test_clone_refusals(px):
    missing = px("clone_from_base base=nosuch")
    assert missing.rc == 1 and "no base named" in missing.fields["error"]
    base = _base(px)
    taken = px(f"clone source={base} vmid={base}")
    assert taken.rc == 1 and taken.fields["error"] == f"CT {base} already exists"
    assert px(f"clone source={base} hostname='x;touch p'").rc == 1
    assert px.ok("list").fields["count"] == 1


@pytest.mark.parametrize("point", ["clone:linked", "clone:hostname"])
def test_failure_mid_clone_leaves_nothing(px, monkeypatch, point):
    base = _base(px)
    before = sorted(p.name for p in (px.root / "pve" / "lxc").iterdir())
    monkeypatch.setenv("REXXLITE_PROXMOX_INJECT_FAULT", point)
    result = px("clone_from_base base=bb hostname=doomed")
    assert result.rc == 1 and f"injected fault at {point}" in result.fields["error"]
    monkeypatch.delenv("REXXLITE_PROXMOX_INJECT_FAULT")
    assert sorted(p.name for p in (px.root / "pve" / "lxc").iterdir()) == before
    assert sorted(p.name for p in (px.root / "images").iterdir()) == [str(base)]
    assert not any((px.root / "lxc").iterdir())
    again = px.ok("clone_from_base base=bb hostname=fine")
    assert again.fields["vmid"] == base + 1                 # the VMID was given back


def test_failure_mid_full_clone_and_create_leave_nothing(px, monkeypatch):
    base = _base(px)
    monkeypatch.setenv("REXXLITE_PROXMOX_INJECT_FAULT", "clone:copied")
    assert px(f"clone source={base} full=1").rc == 1
    monkeypatch.setenv("REXXLITE_PROXMOX_INJECT_FAULT", "create:extracted")
    assert px("create template=local:vztmpl/rexxlite-busybox_1.0_amd64.tar.gz").rc == 1
    assert [p.name for p in (px.root / "images").iterdir()] == [str(base)]
    assert [p.name for p in (px.root / "pve" / "lxc").iterdir()] == [f"{base}.conf"]


def test_failure_mid_flatten_leaves_the_linked_clone_as_it_was(px, monkeypatch):
    base = _base(px)
    child = px.ok(f"clone source={base} hostname=kid").fields["vmid"]
    monkeypatch.setenv("REXXLITE_PROXMOX_INJECT_FAULT", "template:flattened")
    failed = px(f"register_base name=flat vmid={child}")
    assert failed.rc == 1 and "injected fault at template:flattened" in failed.fields["error"]
    monkeypatch.delenv("REXXLITE_PROXMOX_INJECT_FAULT")
    info = px.ok("list").fields["containers"][-1]
    assert (info["vmid"], info["lock"], info["isTemplate"]) == (child, "", False)
    assert not list((px.root / "images").glob("*/*.flatten"))
    assert not (px.root / "work" / str(child)).exists()
    assert px.ok(f"register_base name=flat vmid={child}").fields["isTemplate"] is True


def test_base_names_survive_reuse_and_a_stale_index(px):
    first = _base(px, name="reuse")
    px.ok(f"destroy vmid={first}")
    assert px.ok("list_bases").fields["count"] == 0
    assert px("clone_from_base base=reuse").rc == 1
    second = _base(px, name="reuse")
    index = px.root / "pve" / "bases" / "reuse"
    index.unlink()
    index.symlink_to("999")                               # stale: the configs decide
    assert px.ok("clone_from_base base=reuse").fields["source"] == second
    assert os.readlink(index) == str(second)              # ... and the index is repaired


def test_renaming_a_linked_clone(px):
    _base(px)
    vmid = px.ok("clone_from_base base=bb hostname=old-name").fields["vmid"]
    px.ok(f"set vmid={vmid} hostname=new-name.example.org")
    px.ok(f"start vmid={vmid}")
    refused = px(f"set vmid={vmid} hostname=other")
    assert refused.rc == 1 and "while container is running" in refused.fields["error"]
    out = px.ok(f"execute vmid={vmid} command='hostname; cat /etc/hosts'").fields["stdout"]
    assert out.startswith("new-name.example.org\n")            # the UTS name, as Proxmox sets it
    assert "127.0.1.1\tnew-name.example.org new-name" in out and "old-name" not in out


def test_description_round_trips_in_proxmox_format(px):
    vmid = px.busybox(description="'50% done: see notes'")
    conf = (px.root / "pve" / "lxc" / f"{vmid}.conf").read_text()
    assert "#50%25 done: see notes" in conf
    assert px.ok(f"config vmid={vmid}").fields["config"]["description"] == "50% done: see notes"
