"""Security (issue 12): no ssh option from a script, a variable or a config file reaches ssh.

The attack of the issue was ``connect backend=pct ssh='-oProxyCommand=...'`` (or the same in
PROXMOX_SSH): ssh ran the proxy command on the host. These tests keep the REAL ssh first on
PATH, show that the canary does fire when such a string is handed to ssh, then that every way
of giving it to rexxlite is refused and the canary never appears; and that the structured
settings become only ``-o`` options built by rexxlite, with ``--`` before the destination.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess

import pytest

from conftest import Proxmox
from rexxlite.addresses.proxmox.engines.base import EngineUnavailable
from rexxlite.addresses.proxmox.engines.pct import PctEngine
from rexxlite.addresses.proxmox.settings import Settings, SettingsError, resolve
from rexxlite.addresses.proxmox.ssh_target import SshTarget
from rexxlite.addresses.proxmox.validate import InvalidValue

REAL_SSH = shutil.which("ssh")
pytestmark = pytest.mark.skipif(REAL_SSH is None, reason="needs the ssh client")


@pytest.fixture
def canary(tmp_path, monkeypatch):
    """A file a successful injection would create; no PROXMOX_* settings; real ssh on PATH."""
    for name in list(os.environ):
        if name.startswith("PROXMOX_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("PATH", f"{os.path.dirname(REAL_SSH)}:/usr/bin:/bin")
    return tmp_path / "canary"


def proxy(canary) -> str:
    return f"-oProxyCommand=touch {canary}"


def test_the_probe_is_live_ssh_runs_a_proxy_command_given_as_an_option(canary):
    subprocess.run(["ssh", "-o", "BatchMode=yes", proxy(canary), "node", "true"],
                   capture_output=True, timeout=30)
    assert canary.exists()          # what rexxlite must never let a value do


@pytest.mark.parametrize("words", [
    "ssh='{proxy}'",
    "ssh='root@pve {proxy}'",
    "ssh='{proxy}@pve'",
    "ssh=pve ssh_user='{proxy}'",
    "ssh=pve ssh_jump='{proxy}'",
    "ssh=pve ssh_jump='bastion,{proxy}'",
    "ssh=pve ssh_port='22 {proxy}'",
    "ssh=pve ssh_identity='{proxy}'",
    "ssh=pve ssh_known_hosts='{proxy}'",
])
def test_connect_refuses_option_strings_in_every_ssh_setting(canary, words):
    px = Proxmox(None)
    result = px(f"connect backend=pct {words.format(proxy=proxy(canary))}")
    assert (result.rc, result.condition) == (1, "ERROR"), result.output
    assert "parameter verification failed: ssh" in result.fields["error"]
    assert not canary.exists()


@pytest.mark.parametrize("variable, value", [
    ("PROXMOX_SSH", "{proxy}"),
    ("PROXMOX_SSH", "root@pve\n{proxy}"),
    ("PROXMOX_SSH_JUMP", "{proxy}"),
    ("PROXMOX_SSH_USER", "-lroot"),
])
def test_the_environment_cannot_pass_an_ssh_option(canary, monkeypatch, variable, value):
    monkeypatch.setenv("PROXMOX_BACKEND", "pct")
    monkeypatch.setenv("PROXMOX_SSH", "root@pve")
    monkeypatch.setenv(variable, value.format(proxy=proxy(canary)))
    with pytest.raises(SettingsError, match=f"parameter verification failed: {variable}"):
        resolve()
    px = Proxmox(None)
    for command in ("list", "connect"):
        result = px(command)
        assert result.rc != 0 and variable in result.fields["error"], result.output
    assert not canary.exists()


def test_a_config_file_cannot_pass_an_ssh_option(canary, tmp_path):
    config = tmp_path / "proxmox.toml"
    config.write_text(f'[proxmox]\nbackend = "pct"\nssh = "{proxy(canary)}"\n')
    result = Proxmox(None)(f"connect config={config}")
    assert result.rc == 1 and f"{config}: ssh: value" in result.fields["error"]
    with pytest.raises(SettingsError):
        resolve(config=str(config))
    assert not canary.exists()


def test_a_node_name_is_checked_when_it_fills_the_placeholder(canary):
    settings = Settings(backend="pct", ssh="root@{node}.lan")
    assert settings.ssh_target("pve2").destination == "root@pve2.lan"
    with pytest.raises(InvalidValue):
        settings.ssh_target(proxy(canary))
    with pytest.raises(EngineUnavailable, match="has {node} but no node is known"):
        PctEngine(settings)                       # no node: "{node}" would stay literal
    assert not canary.exists()


def test_structured_settings_become_options_built_by_rexxlite(tmp_path):
    key = tmp_path / "id_ed25519"
    known = tmp_path / "known_hosts"
    key.write_text("not a key\n")
    known.write_text("")
    target = Settings(ssh="admin@pve1.example.net", ssh_user="root", ssh_port=2222,
                      ssh_identity=str(key), ssh_known_hosts=str(known),
                      ssh_jump="jump@bastion:2200").ssh_target()
    assert target.argv("pct list") == [
        "ssh", "-o", "BatchMode=yes", "-o", "Port=2222",
        "-o", f"IdentityFile={key}", "-o", "IdentitiesOnly=yes",
        "-o", f"UserKnownHostsFile={known}", "-o", "StrictHostKeyChecking=yes",
        "-o", "ProxyJump=jump@bastion:2200", "--", "root@pve1.example.net", "pct list"]


@pytest.mark.parametrize("field, value, words", [
    ("host", "-oProxyCommand=x", "not a host"),
    ("host", "pve\n", "not a host"),
    ("user", "-l", "not a user name"),
    ("port", 70000, "out of range"),
    ("identity_file", "/proc/self/environ", "/proc, /sys and /dev"),
    ("identity_file", "/nonexistent/key", "does not exist"),
    ("jump", "a@b:c", "not a TCP port"),
])
def test_an_ssh_target_checks_each_part(field, value, words):
    with pytest.raises(InvalidValue, match=words):
        SshTarget(**{"host": "pve", field: value})


def test_a_key_file_whose_name_ssh_would_split_is_refused(tmp_path):
    odd = tmp_path / "my key"
    odd.write_text("")
    with pytest.raises(InvalidValue, match="ssh would split"):
        SshTarget(host="pve", identity_file=str(odd))


def test_real_ssh_takes_the_built_options(canary, tmp_path):
    """The real client, to a closed port: Port= and ProxyJump= are honoured, the failure is
    the engine's clear 'cannot reach' (an unavailable engine), and nothing else runs."""
    for settings in (Settings(backend="pct", ssh="root@127.0.0.1", ssh_port=1),
                     Settings(backend="pct", ssh="root@192.0.2.1", ssh_jump="127.0.0.1:1")):
        result = Proxmox(PctEngine(settings))("list")
        assert (result.rc, result.condition) == (-3, "FAILURE")
        assert "cannot reach the Proxmox node root@" in result.fields["error"]
        assert "port 1: Connection refused" in result.fields["error"]
    assert not canary.exists()


def test_the_double_is_given_dash_dash_before_the_destination(pct_state, tmp_path, monkeypatch):
    log = tmp_path / "ssh.log"
    monkeypatch.setenv("FAKE_SSH_LOG", str(log))
    px = Proxmox(PctEngine(Settings(backend="pct", node="pve", ssh="pve", ssh_user="root",
                                    ssh_port=2222)))
    assert px("status").fields["available"] is True
    for argv in map(json.loads, log.read_text().splitlines()):
        cut = argv.index("--")
        assert argv[:cut] == ["-o", "BatchMode=yes", "-o", "Port=2222"]
        assert argv[cut + 1] == "root@pve" and len(argv) == cut + 3
