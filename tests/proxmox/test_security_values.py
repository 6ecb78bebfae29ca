"""Security (issue 12): every PROXMOX parameter checker, swept (no container needed).

Values of thousands of digits were RC -3 with Python's ValueError text; now they are refused
like any invalid value ("parameter verification failed: vmid: ... is out of range", RC 1 and
ERROR). Every checker matches the whole value, so a trailing or leading newline is refused;
no checker lets any other exception than InvalidValue escape, whatever it is given.
"""

from __future__ import annotations

import os
import sys

import pytest

from rexxlite.addresses.proxmox import ProxmoxEnvironment
from rexxlite.addresses.proxmox import validate as v
from rexxlite.addresses.proxmox.commands import ARGS
from rexxlite.plugin_api import CommandContext

HUGE = "9" * 5000
FREE_TEXT = {("execute", "command"), ("execute_rexx", "script"), ("execute_rexx", "args")}


@pytest.fixture
def run(tmp_path, monkeypatch):
    """Runs one PROXMOX command with no engine behind it: every refusal here is the boundary."""
    for name in list(os.environ):
        if name.startswith("PROXMOX_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("HOME", str(tmp_path))
    env = ProxmoxEnvironment(engine=None, backend="local")
    context = CommandContext(None, sys.stdout, sys.stderr, "PROXMOX")
    return lambda command: env.execute(command, context)


def samples(tmp_path) -> dict[tuple[str, str], str]:
    """A valid value for each (command, parameter)."""
    script = tmp_path / "prog.rexx"
    script.write_text("say 1\n")
    key = tmp_path / "key"
    key.write_text("")
    by_name = {
        "vmid": "101", "source": "100", "hostname": "box", "template": "local:vztmpl/x.tar.gz",
        "storage": "local", "memory": "512", "swap": "0", "cores": "1",
        "net0": "name=eth0,bridge=vmbr0", "tags": "a;b", "node": "pve", "force": "1",
        "forcestop": "0", "full": "0", "base": "b1", "progress": "1", "progress_callback": "true",
        "timeout": "30s", "backend": "local",
        "host": "pve.example.net", "port": "8006", "user": "rexx@pve", "password": "pw",
        "token_name": "ci", "token_value": "tok", "verify_ssl": "1", "ssh": "root@pve",
        "ssh_user": "root", "ssh_port": "22", "ssh_identity": str(key),
        "ssh_known_hosts": str(key), "ssh_jump": "bastion:2222", "config": str(key),
        "rexx_binary": "/bin/sh", "script_file": str(script), "description": "notes",
        "command": "true",
        # snapshots, backups, storages (issue 15)
        "start": "1", "mode": "snapshot", "compress": "zstd", "notes": "nightly",
        "archive": "local:backup/vzdump-lxc-101-2024_01_02-03_04_05.tar.zst",
        "volid": "local:backup/vzdump-lxc-101-2024_01_02-03_04_05.tar.zst",         "type": "lxc", "path": "/srv/backups", "size": "1G",
    }
    out = {}
    for verb, args in ARGS.items():
        for name in args:
            if name == "name":
                out[verb, name] = "local" if verb == "backend" else "base1"
            elif name == "type":            # storage_add: dir|btrfs; create: lxc|vm
                out[verb, name] = "dir" if verb.startswith("storage") else "lxc"
            elif name == "target":
                out[verb, name] = "pve2" if verb.startswith("clone") else "/usr/local/bin/rexx"
            elif name in by_name:
                out[verb, name] = by_name[name]
    return out


def command(verb: str, name: str, value: str, values: dict) -> str:
    """``verb`` with its required parameters and ``name=value`` (quoted)."""
    words = [verb]
    for arg in ARGS[verb].values():
        if arg.required and arg.name != name:
            words.append(f"{arg.name}={values[verb, arg.name]}")
    quoted = value.replace("'", "''")
    return " ".join([*words, f"{name}='{quoted}'"])


def checked_parameters(tmp_path):
    values = samples(tmp_path)
    for verb, args in ARGS.items():
        for name in args:
            if (verb, name) not in FREE_TEXT:
                yield verb, name, values


def test_every_parameter_has_a_sample(tmp_path):
    values = samples(tmp_path)
    missing = [(verb, name) for verb, args in ARGS.items() for name in args
               if (verb, name) not in values and (verb, name) not in FREE_TEXT
              ]
    assert missing == []


def test_the_samples_are_valid(tmp_path):
    for verb, name, values in checked_parameters(tmp_path):
        ARGS[verb][name].check(values[verb, name], name)


@pytest.mark.parametrize("where", ["trailing", "leading", "inside"])
def test_a_newline_is_refused_in_every_parameter(run, tmp_path, where):
    for verb, name, values in checked_parameters(tmp_path):
        sample = values[verb, name]
        if name == "description":
            if where != "inside":
                continue                       # Notes may have several lines
            bad = sample + "\x1b[31m"
        else:
            bad = {"trailing": sample + "\n", "leading": "\n" + sample,
                   "inside": sample[:1] + "\n" + sample[1:]}[where]
        text = command(verb, name, bad, values)
        result = run(text)
        assert (result.rc, result.condition) == (1, "ERROR"), (text, result.output)
        assert "parameter verification failed: " in result.fields["error"], (text, result.output)
        assert f"{name}:" in result.fields["error"] or name == "backend", result.output


@pytest.mark.parametrize("verb, name", [
    ("start", "vmid"), ("clone", "source"), ("create", "memory"), ("create", "swap"),
    ("set", "cores"), ("shutdown", "timeout"), ("connect", "port"), ("connect", "ssh_port"),
    ("create", "vmid")])
def test_thousands_of_digits_are_an_invalid_value_not_a_python_error(run, tmp_path, verb,
                                                                     name):
    values = samples(tmp_path)
    result = run(command(verb, name, HUGE, values))
    assert (result.rc, result.condition) == (1, "ERROR"), result.output
    assert result.fields["error"].startswith(
        f"parameter verification failed: {name}: value '99999999999999999999'... "
        f"(5000 characters) is out of range (")
    assert HUGE[:100] not in result.output


@pytest.mark.parametrize("text, number", [("0101", 101), (" 101 ", 101), ("999999999", 999999999)])
def test_numbers_in_range_are_read_by_their_digits(text, number):
    assert v.vmid(text) == number


NASTY = ["", " ", "\n", "\0", HUGE, "9" * 5000 + "\n", "-oProxyCommand=id", "{node}", "%00",
         "a" * 100_000, "é", "\u2028", "..", "/proc/self/environ", "/dev/zero", "[::1]", "1e9",
         "１０１", "٣", "¹", "a,b", "a=b", "local:vztmpl/../../x.tar.gz", "0x10", "-1", "+1"]


def test_no_checker_lets_another_exception_escape(tmp_path):
    for verb, name, _values in checked_parameters(tmp_path):
        check = ARGS[verb][name].check
        for value in NASTY:
            try:
                check(value, name)
            except v.InvalidValue as exc:
                assert str(exc).startswith("parameter verification failed: ")
                assert len(str(exc)) < 400


@pytest.mark.parametrize("checker, value", [
    (v.vmid, "１０１"), (v.vmid, "٣٣٣"), (v.positive_int, "¹²³"), (v.hostname, "box."),
    (v.base_name, "b\n"), (v.storage, "local\n"), (v.tags, "a;b\n"), (v.boolean, "1\n"),
    (v.container_path, "/usr/bin/x\x1b"), (v.ssh_destination, "root@pve\n"),
    (v.ssh_jump, "bastion:22\n"), (v.ssh_user, "root\n"), (v.userid, "root@pam\n"),
    (v.token_name, "ci\n"), (v.secret, "pw\n"), (v.host_address, "pve\n"),
    (v.host_address, "fe80::1%eth0"), (v.net0, "name=eth0,bridge=vmbr0,rate=1.5\n")])
def test_each_checker_refuses_what_it_should(checker, value):
    with pytest.raises(v.InvalidValue):
        checker(value, "x")


@pytest.mark.parametrize("value", [
    "name=eth0,bridge=vmbr0",
    "name=eth0,bridge=vmbr0,hwaddr=BC:24:11:00:00:01,ip=10.0.0.2/24,gw=10.0.0.1",
    "name=eth1,bridge=vmbr0,ip=dhcp,ip6=auto,firewall=1,tag=10,rate=12.5,mtu=1450,type=veth",
    "name=eth0,bridge=vmbr1,ip=manual,ip6=fd00::2/64,gw6=fd00::1,trunks=2;5-7,link_down=0"])
def test_proxmox_net0_values_are_accepted(value):
    assert v.net0(value) == value


@pytest.mark.parametrize("value, words", [
    ("name=eth0", "bridge= is required"),
    ("name=eth0,bridge=vmbr0,hwaddr=01:00:5E:00:00:01", "unicast"),
    ("name=eth0,bridge=vmbr0,ip=10.0.0.256/24", "IPv4 CIDR"),
    ("name=eth0,bridge=vmbr0,ip=10.0.0.1/33", "IPv4 CIDR"),
    ("name=eth0,bridge=vmbr0,ip6=fd00::1/129", "IPv6 CIDR"),
    ("name=eth0,bridge=vmbr0,firewall=2", "boolean"),
    ("name=eth0,bridge=vmbr0,tag=0", "VLAN tag"),
    ("name=eth0,bridge=vmbr0,trunks=1;5000", "VLAN ids"),
    ("name=eth0,bridge=vmbr0,mtu=63", "MTU"),
    ("name=eth0,bridge=vmbr0,type=macvlan", "veth"),
    ("name=eth0,bridge=vmbr0,colour=blue", "unknown or malformed part"),
    ("name=eth0,,bridge=vmbr0", "unknown or malformed part"),
    ("name=eth0,bridge=vmbr0,bridge=vmbr1", "given twice"),
    ("name=a-very-long-interface-name,bridge=vmbr0", "interface name")])
def test_bad_net0_values_say_which_part(value, words):
    with pytest.raises(v.InvalidValue, match=words):
        v.net0(value)
