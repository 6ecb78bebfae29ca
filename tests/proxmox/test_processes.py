"""State lives on disk, not in a process: a second process sees it; concurrent clones are safe."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

from proxmox_helpers import requires_lxc

pytestmark = requires_lxc

CHILD = textwrap.dedent("""
    import json, sys
    from rexxlite.addresses.proxmox import ProxmoxEnvironment
    from rexxlite.plugin_api import CommandContext
    env = ProxmoxEnvironment()
    ctx = CommandContext(None, sys.stdout, sys.stderr, "PROXMOX")
    out = []
    for command in sys.argv[1:]:
        r = env.execute(command, ctx)
        out.append({"rc": r.rc, "fields": r.fields})
    print(json.dumps(out, default=str))
""")


def _child(*commands: str, wait: bool = True):
    proc = subprocess.Popen([sys.executable, "-c", CHILD, *commands], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=dict(os.environ))
    if not wait:
        return proc
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    return json.loads(out)


def test_a_second_process_sees_containers_bases_and_ancestry(px):
    base = px.busybox(hostname="persist")
    px.ok(f"register_base name=keep vmid={base}")
    clone = px.ok("clone_from_base base=keep hostname=kid").fields["vmid"]
    px.ok(f"start vmid={clone}")
    listing, bases, cloned = _child("list", "list_bases", "clone_from_base base=keep")
    by_vmid = {c["vmid"]: c for c in listing["fields"]["containers"]}
    assert by_vmid[base]["isTemplate"] is True and by_vmid[base]["base"] == "keep"
    assert by_vmid[clone]["clonedFrom"] == base and by_vmid[clone]["status"] == "running"
    assert bases["fields"]["bases"][0]["name"] == "keep"
    assert cloned["rc"] == 0 and cloned["fields"]["vmid"] == clone + 1
    # ... and this process sees what the child made
    assert px.ok("list").fields["count"] == 3


def test_two_processes_cloning_one_template_at_once(px):
    base = px.busybox()
    px.ok(f"register_base name=shared vmid={base}")
    clones = ["clone_from_base base=shared"] * 5
    procs = [_child(*clones, wait=False) for _ in range(2)]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        results += json.loads(out)
    assert all(r["rc"] == 0 for r in results), results
    vmids = [r["fields"]["vmid"] for r in results]
    assert len(set(vmids)) == 10
    assert sorted(vmids) == list(range(base + 1, base + 11))
    listed = px.ok("list").fields["containers"]
    assert len(listed) == 11 and all(c["lock"] == "" for c in listed)


def test_two_register_base_of_one_name_at_once_one_wins(px):
    """The name is checked, used and recorded under a lock of its own (it was not: both
    processes succeeded and list_bases showed the name twice)."""
    base = px.busybox()
    px.ok(f"register_base name=origin vmid={base}")
    for round_ in range(3):
        pair = [px.ok(f"clone source={base}").fields["vmid"] for _ in range(2)]
        procs = [_child("list", f"register_base name=dup{round_} vmid={vmid}", wait=False)
                 for vmid in pair]
        outcomes = []
        for proc in procs:
            out, err = proc.communicate(timeout=120)
            assert proc.returncode == 0, err
            outcomes.append(json.loads(out)[1])
        assert sorted(r["rc"] for r in outcomes) == [0, 1], outcomes
        loser = next(r for r in outcomes if r["rc"] == 1)
        assert f"dup{round_}" in loser["fields"]["error"]
        names = [b["name"] for b in px.ok("list_bases").fields["bases"]]
        assert names.count(f"dup{round_}") == 1, names
