"""Security (issue 12): a parameter naming a host file never reads /proc, /sys, /dev or a non-file.

The attack of the issue: ``deploy_rexx rexx_binary=/proc/self/environ`` copied the host's
environment (with PROXMOX_PASSWORD) into the container. Now ``rexx_binary=`` must be a regular
executable file, and ``script_file=``, ``connect config=`` and an absolute ``template=`` a
regular file; symlinks are resolved first, so a link into /proc is refused too. With a real
running container, checked from inside that nothing arrived.
"""

from __future__ import annotations

import os

import pytest

from proxmox_helpers import BUSYBOX, requires_lxc

pytestmark = requires_lxc
SECRET = "hunter2-host-secret"


@pytest.fixture
def running(px, monkeypatch):
    monkeypatch.setenv("PROXMOX_PASSWORD", SECRET)
    vmid = px.busybox(hostname="target")
    px.ok(f"start vmid={vmid}")
    return vmid


@pytest.fixture
def links(tmp_path):
    """Innocent-looking names that resolve into /proc, /sys and /dev, and other non-files."""
    made = {}
    for key, name, target in (
            ("rexx", "rexx", "/proc/self/environ"), ("prog", "prog.rexx", "/proc/1/environ"),
            ("conf", "conf.toml", "/proc/self/environ"), ("zero", "zero", "/dev/zero"),
            ("stdin", "stdin", "/dev/stdin"), ("cpus", "cpus", "/sys/devices/system/cpu/online"),
            ("tarball", "base.tar.gz", "/proc/self/environ")):
        made[key] = tmp_path / name
        made[key].symlink_to(target)
    made["dir"] = tmp_path / "folder"
    made["dir"].mkdir()
    made["fifo"] = tmp_path / "fifo"
    os.mkfifo(made["fifo"])
    made["plain"] = tmp_path / "plain"
    made["plain"].write_text("not executable\n")
    return made


def nothing_arrived(px, vmid: int, path: str) -> None:
    probe = px(f"execute vmid={vmid} command='test -e {path}'")
    assert probe.fields["exitCode"] == 1, f"{path} exists in CT {vmid}"
    assert SECRET not in px.ok(f"execute vmid={vmid} command='cat /usr/local/bin/* "
                               "/tmp/* 2>/dev/null; true'").output


@pytest.mark.parametrize("value, words", [
    ("/proc/self/environ", "/proc, /sys and /dev"),
    ("{rexx}", "/proc, /sys and /dev"),
    ("/proc/self/root/proc/self/environ", "/proc, /sys and /dev"),
    ("{zero}", "/proc, /sys and /dev"),
    ("{cpus}", "/proc, /sys and /dev"),
    ("/dev/shm/../../proc/self/environ", "/proc, /sys and /dev"),
    ("{dir}", "not a regular file"),
    ("{fifo}", "not a regular file"),
    ("{plain}", "not an executable file"),
    ("/nonexistent/rexx", "does not exist"),
])
def test_deploy_rexx_refuses_what_is_not_a_regular_executable(px, running, links, value,
                                                               words):
    result = px(f"deploy_rexx vmid={running} rexx_binary={value.format(**links)} "
                "target=/usr/local/bin/rexx")
    assert (result.rc, result.condition) == (1, "ERROR"), result.output
    assert "parameter verification failed: rexx_binary: " in result.fields["error"]
    assert words in result.fields["error"]
    nothing_arrived(px, running, "/usr/local/bin/rexx")


def test_deploy_rexx_still_copies_a_real_executable_and_follows_a_link_to_it(px, running,
                                                                              tmp_path):
    link = tmp_path / "my-rexx"
    link.symlink_to("/bin/busybox")
    result = px.ok(f"deploy_rexx vmid={running} rexx_binary={link} target=/opt/bin/busybox")
    assert result.fields["bytes"] == os.path.getsize(os.path.realpath("/bin/busybox"))
    assert px.ok(f"execute vmid={running} command='/opt/bin/busybox echo ok'").output == "ok"


@pytest.mark.parametrize("value", ["/proc/self/environ", "{prog}", "{stdin}", "{dir}",
                                   "{fifo}", "/sys/devices/system/cpu/online"])
def test_execute_rexx_refuses_a_script_file_that_is_not_a_regular_file(px, running, links,
                                                                        value):
    result = px(f"execute_rexx vmid={running} script_file={value.format(**links)}")
    assert (result.rc, result.condition) == (1, "ERROR"), result.output
    assert "parameter verification failed: script_file: " in result.fields["error"]
    nothing_arrived(px, running, "/tmp/rexxlite-*.rexx")


@pytest.mark.parametrize("value", ["/proc/self/environ", "{conf}", "{stdin}", "{dir}"])
def test_connect_refuses_a_config_that_is_not_a_regular_file(px, links, value):
    result = px(f"connect config={value.format(**links)}")
    assert (result.rc, result.condition) == (1, "ERROR"), result.output
    assert "parameter verification failed: config: " in result.fields["error"]
    assert SECRET not in result.output


def test_an_absolute_template_is_a_host_file_too(px, links):
    result = px(f"create template={links['tarball']}")
    assert (result.rc, result.condition) == (1, "ERROR"), result.output
    assert "/proc, /sys and /dev" in result.fields["error"]
    assert px.ok("list").fields["count"] == 0


def test_a_real_template_file_by_absolute_path_still_works(px, template_dir):
    vmid = px.ok(f"create template={template_dir / BUSYBOX} hostname=abs").fields["vmid"]
    assert px.ok("list").fields["containers"][0]["vmid"] == vmid
