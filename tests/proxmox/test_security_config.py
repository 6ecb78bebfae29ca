"""Security (issue 12): no value can write its own line into a container config.

The attack of the issue: a newline in a ``net0=`` sub-value (``firewall=`` was unchecked) wrote
``rootfs: <another container's volume>`` into ``pve/lxc/N.conf``, so the new container booted
on its victim's root filesystem; a variant (``memory: lots``) broke ``list`` for every
container. Here, with real containers: the attack is refused at the boundary, and even when
the boundary is bypassed the config writer refuses it; a damaged config does not break
``list``; multi-line Notes stay Notes.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from proxmox_helpers import BUSYBOX, requires_lxc
from rexxlite.addresses.proxmox.engines.base import CreateSpec, EngineError
from rexxlite.addresses.proxmox.engines.local_store import PveConfig

pytestmark = requires_lxc
TEMPLATE = f"local:vztmpl/{BUSYBOX}"


def victim_rootfs(px, vmid: int) -> str:
    return px.engine.config(vmid)["rootfs"].split(",")[0]


def only_configs(state_root) -> list[str]:
    return sorted(os.listdir(state_root / "pve" / "lxc"))


@pytest.fixture
def bridge():
    name = f"rxsb{os.getpid() % 10000}"
    made = subprocess.run(["ip", "link", "add", name, "type", "bridge"], capture_output=True)
    assert made.returncode == 0, made.stderr
    yield name
    subprocess.run(["ip", "link", "del", name], capture_output=True)


def test_net0_newline_attack_is_refused_and_list_still_works(px, state_root, bridge):
    victim = px.busybox(hostname="victim")
    volid = victim_rootfs(px, victim)
    before = (state_root / "pve" / "lxc" / f"{victim}.conf").read_text()
    for payload in (f"firewall=1\nrootfs: {volid}", f"firewall=1\rrootfs: {volid}",
                    "firewall=1\nmemory: lots", "firewall=1\u2028rootfs: x", "firewall=1\n"):
        result = px(f"create template={TEMPLATE} net0='name=eth0,bridge={bridge},{payload}'")
        assert (result.rc, result.condition) == (1, "ERROR"), result.output
        assert "parameter verification failed: net0: firewall" in result.fields["error"]
    listing = px.ok("list").fields
    assert listing["count"] == 1 and listing["containers"][0]["rootfs"].startswith(volid)
    assert only_configs(state_root) == [f"{victim}.conf"]
    assert (state_root / "pve" / "lxc" / f"{victim}.conf").read_text() == before


def test_the_config_writer_refuses_the_attack_when_the_boundary_is_bypassed(px, state_root,
                                                                             bridge):
    victim = px.busybox(hostname="victim")
    volid = victim_rootfs(px, victim)
    spec = CreateSpec(template=TEMPLATE, net0=f"name=eth0,bridge={bridge},firewall=1\n"
                                              f"rootfs: {volid}")
    with pytest.raises(EngineError, match="refusing to write config key 'net0'"):
        px.engine.create(spec)
    with pytest.raises(EngineError, match="refusing to write config key 'tags'"):
        px.engine.set_config(victim, {"tags": "a\nlock: create"})
    assert px.ok("list").fields["count"] == 1
    assert only_configs(state_root) == [f"{victim}.conf"]
    assert sorted(os.listdir(state_root / "images")) == [str(victim)]
    assert px.ok(f"config vmid={victim}").fields["config"].get("lock") is None
    px.ok(f"start vmid={victim}")
    assert px.ok(f"execute vmid={victim} command=hostname").output == "victim"


@pytest.mark.parametrize("command", [
    "create template={t} hostname='box\n'",
    "create template={t} hostname='box\nrootfs: local:100/x'",
    "create template={t} tags='a\nrootfs: local:100/x'",
    "create template={t} tags='ok\n'",
    "create template={t} memory='512\n'",
    "create template={t} cores='1\nrootfs: x'",
    "create template={t} storage='local\n'",
    "create template='{t}\n'",
    "create template={t} description='a\x00b'",
    "create template={t} description='a\x1b[2Jb'",
    "create template={t} description='note\nrexxlite-base: stolen'",
    "create template={t} net0='name=eth0\n,bridge=br0'",
    "create template={t} net0='name=eth0,bridge=br0\n'",
    "create template={t} net0='name=eth0,bridge=br0,hwaddr=02:00:00:00:00:01\n'",
    "create template={t} net0='name=eth0,bridge=br0,ip=10.0.0.2/24\n'",
    "create template={t} net0='name=eth0,bridge=br0,gw=10.0.0.1\n'",
    "create template={t} net0='name=eth0,bridge=br0,ip6=fd00::2/64\n'",
    "create template={t} net0='name=eth0,bridge=br0,gw6=fd00::1%eth0'",
    "create template={t} net0='name=eth0,bridge=br0,tag=4095'",
    "create template={t} net0='name=eth0,bridge=br0,trunks=1;2\n'",
    "create template={t} net0='name=eth0,bridge=br0,rate=1e9'",
    "create template={t} net0='name=eth0,bridge=br0,mtu=1500\n'",
    "create template={t} net0='name=eth0,bridge=br0,type=veth\n'",
    "create template={t} net0='name=eth0,bridge=br0,link_down=1\n'",
    "create template={t} net0='name=eth0,bridge=br0,ip=dhcp,ip=10.0.0.2/24'",
    "set vmid={vmid} hostname='x\nrootfs: y'",
    "set vmid={vmid} tags='x\nrootfs: y'",
    "set vmid={vmid} swap='0\n'",
])
def test_a_control_character_in_any_config_value_is_refused(px, state_root, command):
    vmid = px.busybox(hostname="keep")
    before = (state_root / "pve" / "lxc" / f"{vmid}.conf").read_text()
    result = px(command.format(t=TEMPLATE, vmid=vmid))
    assert (result.rc, result.condition) == (1, "ERROR"), result.output
    assert result.fields["error"].startswith("parameter verification failed: ")
    assert only_configs(state_root) == [f"{vmid}.conf"]
    assert (state_root / "pve" / "lxc" / f"{vmid}.conf").read_text() == before
    assert px.ok("list").fields["count"] == 1


def test_multi_line_notes_are_encoded_and_never_become_config_lines(px, state_root):
    vmid = px.busybox(hostname="notes")
    conf_file = state_root / "pve" / "lxc" / f"{vmid}.conf"
    options = PveConfig.parse(conf_file.read_text()).options
    notes = ("first line\nrootfs: local:999/subvol-999-disk-0.subvol\n rexxlite: base=evil\n"
             "[snapshot]\nlock: backup\n\ttabbed 100% done: ok")
    px.ok(f"set vmid={vmid} description='{notes}'")
    stored = PveConfig.parse(conf_file.read_text())
    assert stored.description == notes
    assert stored.options == options and stored.meta.get("base") is None
    assert stored.trailer == ""
    text = conf_file.read_text()
    assert all(line.startswith("#") for line in text.splitlines()[:-len(options)])
    info = px.ok("list").fields["containers"][0]
    assert (info["lock"], info["base"], info["rootfs"]) == ("", "", options["rootfs"])
    assert px.ok(f"config vmid={vmid}").fields["config"]["description"] == notes
    px.ok(f"start vmid={vmid}")                          # the config still works as one


def test_a_damaged_config_does_not_break_list(px, state_root):
    good = px.busybox(hostname="good")
    bad = px.busybox(hostname="bad")
    conf_file = state_root / "pve" / "lxc" / f"{bad}.conf"
    conf_file.write_text(conf_file.read_text() + "memory: lots\ncores: " + "9" * 5000 + "\n")
    rows = {row["vmid"]: row for row in px.ok("list").fields["containers"]}
    assert sorted(rows) == [good, bad]
    assert (rows[bad]["memory"], rows[bad]["cores"]) == (512, 1)


def test_a_rexx_program_sending_the_attack_gets_an_error_and_list_works(px, state_root,
                                                                       tmp_path, bridge):
    program = tmp_path / "attack.rexx"
    program.write_text(f"""address PROXMOX
"create template={TEMPLATE} hostname=victim"
victim = RESULT.vmid
payload = "name=eth0,bridge={bridge},firewall=1" || '0a'x || "rootfs:local:"victim"/x"
"create template={TEMPLATE} net0="payload
say 'attack' rc RESULT.success
"list"
say 'list' rc RESULT.count
""")
    done = subprocess.run([sys.executable, "-m", "rexxlite", str(program)], capture_output=True,
                          text=True, timeout=120, env=dict(os.environ))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["attack 1 0", "list 0 1"], done.stdout + done.stderr
    assert len(only_configs(state_root)) == 1


def test_the_net0_keys_the_local_engine_applies_reach_the_container(px, bridge):
    """ip6= and mtu= (checked as Proxmox's format) become the LXC network settings;
    firewall= and tag= are kept in the config for a Proxmox node."""
    net0 = (f"name=eth0,bridge={bridge},ip=10.213.0.2/24,ip6=fd00:213::2/64,mtu=1400,"
            "firewall=1,tag=5")
    vmid = px.busybox(net0=net0)
    assert px.ok(f"config vmid={vmid}").fields["config"]["net0"].startswith(net0 + ",hwaddr=")
    px.ok(f"start vmid={vmid}")
    inside = px.ok(f"execute vmid={vmid} command='cat /sys/class/net/eth0/mtu "
                   "/proc/net/if_inet6'").output
    assert inside.splitlines()[0] == "1400"
    assert "fd000213000000000000000000000002" in inside
