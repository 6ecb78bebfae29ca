"""The api engine against fakepve (a third-party fake of the Proxmox VE API) on loopback.

TLS is verified against the fake's certificate. Each test gets its own fake (the ``fakepve``
fixture of fakepve's pytest plugin), so faults injected in one cannot leak into another.
"""

from __future__ import annotations

import os
import threading
from dataclasses import replace

import pytest

from conftest import PASSWORD, TOKEN_USER, TOKEN_VALUE, VOLID, Proxmox
from rexxlite.addresses.proxmox.engines.api import ApiEngine


@pytest.fixture
def px(api_settings):
    return Proxmox(ApiEngine(api_settings))


def make_base(px, name="web") -> int:
    vmid = px.ok(f"create template={VOLID} hostname={name}-base memory=256").fields["vmid"]
    px.ok(f"register_base name={name} vmid={vmid}")
    return vmid


def test_lifecycle(px, pve):
    st = px.ok("status").fields
    assert (st["backend"], st["available"], st["version"], st["auth"]) == \
        ("api", True, "9.0.10", "token")
    made = px.ok(f"create template={VOLID} hostname=web memory=256 cores=2 tags=prod")
    vmid = made.fields["vmid"]
    assert made.fields["storage"] == "local-lvm"     # 'local' holds no containers on PVE
    ct = pve.ct(vmid)
    assert (ct.config["hostname"], int(ct.config["memory"]), ct.status) == ("web", 256, "stopped")
    px.ok(f"start vmid={vmid}")
    assert pve.ct(vmid).status == "running"
    rows = px.ok("list").fields["containers"]
    assert [(r["vmid"], r["status"], r["tags"]) for r in rows] == [(vmid, "running", "prod")]
    px.fails(f"destroy vmid={vmid}", f"unable to destroy CT {vmid} - container is running")
    px.ok(f"shutdown vmid={vmid} timeout=10")
    px.ok(f"set vmid={vmid} memory=512 description=hello")
    assert px.ok(f"config vmid={vmid}").fields["config"]["memory"] == "512"
    px.ok(f"destroy vmid={vmid}")
    assert pve.ct(vmid) is None
    px.fails(f"start vmid={vmid}", f"Configuration file 'nodes/pve1/lxc/{vmid}.conf'")


def test_linked_clones_and_template_refusals(px, pve):
    base = make_base(px)
    assert pve.ct(base).template and "rexxlite-base-web" in pve.ct(base).config["tags"]
    clone = px.ok("clone_from_base base=web hostname=web-1").fields
    assert (clone["method"], clone["source"], clone["base"]) == ("linked-clone", base, "web")
    new = pve.ct(clone["vmid"])
    assert new.config["hostname"] == "web-1" and "rexxlite-base" not in new.config.get("tags", "")
    rows = {r["vmid"]: r for r in px.ok("list").fields["containers"]}
    assert rows[clone["vmid"]]["clonedFrom"] == base and rows[base]["base"] == "web"
    assert (rows[clone["vmid"]]["cloneMethod"], rows[clone["vmid"]]["template"]) == \
        ("linked-clone", VOLID)
    assert (rows[base]["cloneMethod"], rows[base]["isTemplate"]) == ("", True)
    full = px.ok(f"clone source={clone['vmid']} hostname=copy").fields
    assert full["method"] == "full-clone"
    px.fails(f"start vmid={base}", "you can't start a CT if it's a template")
    px.fails(f"clone source={clone['vmid']} full=0", "only available for templates")
    px.fails(f"register_base name=web vmid={clone['vmid']}", "base 'web' already exists")
    px.ok(f"start vmid={clone['vmid']}")
    px.fails(f"template vmid={clone['vmid']}",
             "you can't convert a CT to template if the CT is running")


def test_base_names_persist_for_a_new_engine(api_settings, px):
    base = make_base(px, "Debian.12")
    other = Proxmox(ApiEngine(api_settings))
    bases = other.ok("list_bases").fields["bases"]
    assert [(b["name"], b["vmid"], b["isTemplate"], b["template"]) for b in bases] == \
        [("Debian.12", base, True, VOLID)]
    assert other.ok("clone_from_base base=Debian.12").fields["source"] == base


def test_template_without_a_task_waits_for_the_config(px, pve, monkeypatch):
    vmid = px.ok(f"create template={VOLID}").fields["vmid"]
    engine = px.env.engine
    real_call = engine.call

    def call(fn):                          # a PVE that answers POST .../template with null
        answer = real_call(fn)
        return None if isinstance(answer, str) and ":vztemplate:" in answer else answer

    monkeypatch.setattr(engine, "call", call)
    done = px.ok(f"template vmid={vmid}").fields
    assert (done["isTemplate"], done["template"]) == (True, VOLID)
    assert pve.ct(vmid).template


def test_a_locked_ct_is_refused_in_proxmox_words(px, pve):
    vmid = px.ok(f"create template={VOLID}").fields["vmid"]
    pve.snapshot_lock(vmid, "backup")
    px.fails(f"start vmid={vmid}", "CT is locked (backup)")
    px.fails(f"destroy vmid={vmid}", "CT is locked (backup)")
    px.fails(f"unlock vmid={vmid}", "pct unlock")      # the API keeps the lock: SSH needed
    pve.unlock(vmid)
    px.ok(f"start vmid={vmid}")


@pytest.mark.fakepve(time_scale=0.01)
def test_two_linked_clones_at_once_both_succeed(api_settings, pve):
    pve.ct_secs["clone"] = 40                       # 0.4 s: the template stays locked (disk)
    px = Proxmox(ApiEngine(api_settings))
    make_base(px)
    results = []

    def clone(n):
        client = Proxmox(ApiEngine(api_settings))
        results.append(client(f"clone_from_base base=web hostname=c{n}"))

    threads = [threading.Thread(target=clone, args=(n,)) for n in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [r.rc for r in results] == [0, 0, 0], [r.output for r in results]
    assert len({r.fields["vmid"] for r in results}) == 3
    assert all(ct.lock is None for ct in pve.cts)


def test_nextid_does_not_reserve_so_already_exists_is_retried(px, pve):
    first = px.ok(f"create template={VOLID}").fields["vmid"]
    engine = px.env.engine
    real_next = engine.next_vmid
    answers = iter([first, first])                 # another client took the id meanwhile
    engine.next_vmid = lambda: next(answers, None) or real_next()
    second = px.ok(f"create template={VOLID}").fields["vmid"]
    assert second != first and pve.ct(second) is not None


@pytest.mark.fakepve(time_scale=0.01)
def test_slow_tasks_are_waited_for_with_progress_and_a_timeout(api_settings, pve):
    pve.ct_secs["create"] = 60                      # 0.6 s
    lines = []
    px = Proxmox(ApiEngine(api_settings, progress=lines.append))
    px.ok(f"create template={VOLID} vmid=200")
    assert lines[-1] == "TASK OK"
    hurried = Proxmox(ApiEngine(api_settings, task_timeout=0.2))
    failed = hurried.fails(f"create template={VOLID} vmid=201", "timeout after 0.2 s")
    assert "UPID:" in failed.fields["error"]


def test_a_task_that_ends_in_error_is_a_failed_command(px, pve):
    vmid = px.ok(f"create template={VOLID}").fields["vmid"]
    pve.ct(vmid).start_error = "startup for container '%d' failed" % vmid
    result = px.fails(f"start vmid={vmid}", f"startup for container '{vmid}' failed")
    assert (result.rc, result.condition) == (1, "ERROR")


def test_403_is_reported_with_the_missing_privilege(px, pve):
    vmid = px.ok(f"create template={VOLID}").fields["vmid"]
    pve.grant(TOKEN_USER, "/", "VM.Audit")            # may look, not touch
    px.fails(f"start vmid={vmid}", f"Permission check failed (/vms/{vmid}, VM.PowerMgmt)")
    assert [r["vmid"] for r in px.ok("list").fields["containers"]] == [vmid]


def test_an_expired_ticket_is_renewed(api_settings, pve):
    settings = replace(api_settings, user="root@pam", token_name="", token_value="",
                       password=PASSWORD)
    px = Proxmox(ApiEngine(settings))
    assert px.ok("status").fields["auth"] == "password"
    pve.revoke_tickets()                            # as after the 2 h ticket lifetime
    px.ok(f"create template={VOLID}")


def test_cluster_placement_node_and_target(px, pve):
    pve.add_node("pve2")
    pve.add_ceph_storage("ceph")                    # shared: clones may live on another node
    vmid = px.ok(f"create template={VOLID} node=pve2 storage=ceph").fields["vmid"]
    assert pve.ct(vmid).node == "pve2"
    px.ok(f"start vmid={vmid}")                     # found on pve2 via /cluster/resources
    px.ok(f"stop vmid={vmid}")
    px.ok(f"register_base name=shared vmid={vmid}")
    clone = px.ok("clone_from_base base=shared target=pve1").fields["vmid"]
    assert pve.ct(clone).node == "pve1"
    local = px.ok(f"create template={VOLID} node=pve1 storage=local-lvm").fields["vmid"]
    px.ok(f"template vmid={local}")
    px.fails(f"clone source={local} target=pve2", "can't clone CT to node 'pve2'")


def test_execute_needs_ssh_and_says_so(px):
    vmid = px.ok(f"create template={VOLID}").fields["vmid"]
    px.ok(f"start vmid={vmid}")
    px.fails(f"execute vmid={vmid} command=hostname", "needs SSH to the container's node")
    px.fails(f"deploy_rexx vmid={vmid}", "PROXMOX_SSH")


@pytest.mark.skipif(os.geteuid() != 0, reason="the pct double isolates containers as root")
def test_execute_goes_over_ssh_to_the_node(api_settings, pve, pct_state, fakepve_cafile,
                                            monkeypatch):
    monkeypatch.setenv("FAKEPVE_URL", pve.url)
    monkeypatch.setenv("FAKEPVE_CA", fakepve_cafile)
    monkeypatch.setenv("FAKEPVE_TOKEN", f"{TOKEN_USER}!ci={TOKEN_VALUE}")
    px = Proxmox(ApiEngine(replace(api_settings, ssh="root@{node}")))
    vmid = px.ok(f"create template={VOLID} hostname=inside").fields["vmid"]
    px.fails(f"execute vmid={vmid} command=hostname", f"CT {vmid} not running")
    px.ok(f"start vmid={vmid}")
    assert px.ok(f"execute vmid={vmid} command='hostname; echo \"$((1+1))\"'").output == \
        "inside\n2"


def test_register_base_without_vmid_finds_the_container_as_the_js_handler_did(px, pve):
    by_name = px.ok(f"create template={VOLID} hostname=solo").fields["vmid"]
    by_number = px.ok(f"create template={VOLID} hostname=twin").fields["vmid"]
    px.ok(f"create template={VOLID} hostname=twin")
    done = px.ok("register_base name=solo").fields
    assert (done["baseName"], done["vmid"], done["isTemplate"]) == ("solo", by_name, True)
    assert pve.ct(by_name).template
    done = px.ok(f"register_base name={by_number}").fields       # the JS default: name = VMID
    assert (done["baseName"], done["vmid"]) == (str(by_number), by_number)
    px.fails("register_base name=twin", "2 containers with host name 'twin' (give vmid=)")
    px.fails("register_base name=nobody", "no container with host name 'nobody' (give vmid=)")
    assert px("register_base name=nobody").variables["ERRORTEXT"] == \
        "register_base: no container with host name 'nobody' (give vmid=)"


def test_progress_1_shows_the_task_log_at_once(api_settings, pve):
    import io
    from rexxlite.plugin_api import CommandContext
    pve.ct_secs["create"] = 20                      # 0.2 s: less than the quiet 2 s
    px = Proxmox(ApiEngine(api_settings))
    err = io.StringIO()
    quiet = io.StringIO()
    made = px.env.execute(f"create template={VOLID} progress=1",
                          CommandContext(None, io.StringIO(), err, "PROXMOX"))
    assert made.rc == 0 and err.getvalue().splitlines()[-1] == "[proxmox] TASK OK"
    again = px.env.execute(f"create template={VOLID}",
                           CommandContext(None, io.StringIO(), quiet, "PROXMOX"))
    assert again.rc == 0 and quiet.getvalue() == ""
    assert px.env.engine.progress is None           # restored after the command
