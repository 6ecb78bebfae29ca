"""ADDRESS PROXMOX command handling: help, status, syntax, refusals at the boundary."""

from __future__ import annotations

import os

import pytest

from proxmox_helpers import BUSYBOX, requires_lxc

pytestmark = requires_lxc


def test_status_reports_the_local_engine(px):
    result = px.ok("status")
    f = result.fields
    assert f["operation"] == "status" and f["runtime"] == "proxmox"
    assert f["backend"] == "local" and f["available"] is True and f["reason"] == ""
    assert f["activeContainers"] == 0 and f["maxContainers"] >= 1
    assert "securityMode" in f


def test_status_succeeds_and_explains_when_no_engine_can_work(px, monkeypatch):
    monkeypatch.setenv("PATH", "/nonexistent")
    from rexxlite.addresses.proxmox import ProxmoxEnvironment
    env = ProxmoxEnvironment()
    result = env.execute("status", px.context)
    assert result.rc == 0 and result.fields["success"] is True
    assert result.fields["available"] is False
    assert "lxc" in result.fields["reason"].lower()
    other = env.execute("list", px.context)
    assert other.rc == -3 and other.condition == "FAILURE"
    assert "lxc" in other.fields["error"].lower()


def test_help_lists_and_details_commands(px):
    listing = px.ok("help")
    for name in ("status", "clone_from_base", "execute_rexx", "register_base", "templates"):
        assert name in listing.output
    detail = px.ok("help clone")
    assert "source=" in detail.output and "(required)" in detail.output
    assert px("help nosuch").rc == 1
    assert px.ok("clone help").output == detail.output
    for spec in px.env.commands:
        assert px.ok(f"help {spec.name}").output.startswith(f"{spec.name} - ")


def test_templates_lists_volids(px):
    result = px.ok("templates")
    assert f"local:vztmpl/{BUSYBOX}" in result.fields["templates"]
    assert result.fields["count"] == len(result.fields["templates"])


@pytest.mark.parametrize("command", ["frobnicate vmid=100", "clone_from vmid=100", ""])
def test_unknown_command_is_failure(px, command):
    result = px(command)
    assert result.rc == -3 and result.condition == "FAILURE"
    assert result.fields["success"] is False and result.fields["error"]


@pytest.mark.parametrize("command", [
    "start vmid=100 colour=blue",          # unknown key
    "start",                               # missing required key
    "start 100",                           # not key=value
    'execute vmid=100 command="unterminated',
    "start vmid=100 vmid=101",             # repeated key
])
def test_bad_syntax_is_failure(px, command):
    result = px(command)
    assert result.rc == -3 and result.condition == "FAILURE", result.output
    assert result.fields["success"] is False


@pytest.mark.parametrize("command, fragment", [
    ("start vmid=99", "out of range"),
    ("start vmid=abc", "not a valid VMID"),
    ("start vmid=1000000000", "out of range"),
    (f"create template=local:vztmpl/{BUSYBOX} memory=0", "memory"),
    (f"create template=local:vztmpl/{BUSYBOX} cores=-1", "cores"),
    (f"create template=local:vztmpl/{BUSYBOX} storage=x;y", "storage"),
    ("create template=local:vztmpl/../../etc/passwd", "template"),
    ("create template=/etc/passwd", "template"),
    ("register_base name=a/b vmid=100", "base name"),
    ("execute vmid=100 command=true timeout=-1", "timeout"),
    ("create template=local:vztmpl/x.tar.gz net0=bridge=br0;x", "net0"),
])
def test_bad_values_are_refused(px, command, fragment):
    result = px(command)
    assert result.rc == 1 and result.condition == "ERROR", result.output
    assert fragment in result.fields["error"]


def test_hostname_with_shell_syntax_is_refused_and_nothing_is_made(px, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = px(f"create template=local:vztmpl/{BUSYBOX} hostname='x;touch p'")
    assert result.rc == 1 and result.condition == "ERROR"
    assert "valid DNS name" in result.fields["error"]
    assert not (tmp_path / "p").exists() and not os.path.exists("/p")
    assert px.ok("list").fields["count"] == 0


@pytest.mark.parametrize("hostname", ["-bad", "bad-", "a..b", "a_b", "x" * 64, "a b", "$(id)"])
def test_invalid_hostnames(px, hostname):
    assert px(f"create template=local:vztmpl/{BUSYBOX} hostname='{hostname}'").rc == 1


def test_missing_template_and_unknown_storage(px):
    missing = px("create template=local:vztmpl/nosuch.tar.gz")
    assert missing.rc == 1 and "does not exist" in missing.fields["error"]
    storage = px(f"create template=local:vztmpl/{BUSYBOX} storage=tank")
    assert storage.rc == 1 and storage.fields["error"] == "storage 'tank' does not exist"
    assert px.ok("list").fields["count"] == 0


def test_unknown_vmid_uses_proxmox_wording(px):
    result = px("start vmid=105")
    assert result.rc == 1
    assert result.fields["error"] == (
        f"Configuration file 'nodes/{px.engine.node}/lxc/105.conf' does not exist")
