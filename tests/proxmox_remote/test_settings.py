"""Choosing and configuring an engine: environment, config file, ``connect``; secrets hidden."""

from __future__ import annotations

import pytest

from conftest import TOKEN_NAME, TOKEN_USER, TOKEN_VALUE, Proxmox
from rexxlite.addresses.proxmox import ProxmoxEnvironment
from rexxlite.addresses.proxmox.engines import choose_backend
from rexxlite.addresses.proxmox.settings import Settings, SettingsError, resolve


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch, tmp_path):
    for name in ("PROXMOX_BACKEND", "PROXMOX_HOST", "PROXMOX_PORT", "PROXMOX_USER",
                 "PROXMOX_PASSWORD", "PROXMOX_TOKEN_NAME", "PROXMOX_TOKEN_VALUE",
                 "PROXMOX_VERIFY_SSL", "PROXMOX_NODE", "PROXMOX_SSH", "PROXMOX_CONFIG",
                 "REXXLITE_PROXMOX_BACKEND"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))          # no ~/.config/rexxlite/proxmox.toml
    monkeypatch.setenv("PATH", str(tmp_path))          # no pct
    return tmp_path


def test_defaults_and_auto_choice(monkeypatch, tmp_path):
    s = resolve()
    assert (s.backend, s.port, s.verify(), s.chosen_backend()) == ("auto", 8006, True, "local")
    monkeypatch.setenv("PROXMOX_HOST", "pve.example.net")
    assert resolve().chosen_backend() == "api"
    (tmp_path / "pct").write_text("#!/bin/sh\n")
    (tmp_path / "pct").chmod(0o755)
    assert resolve().chosen_backend() == "pct"         # on a node, pct wins
    monkeypatch.setenv("PROXMOX_BACKEND", "api")
    assert choose_backend() == "api"


def test_file_then_environment_then_connect(monkeypatch, tmp_path):
    folder = tmp_path / ".config" / "rexxlite"
    folder.mkdir(parents=True)
    (folder / "proxmox.toml").write_text(
        '[proxmox]\nbackend = "api"\nhost = "file-host"\nport = 8443\nverify_ssl = false\n'
        'user = "rexx@pve"\ntoken_name = "ci"\ntoken_value = "from-file"\n')
    s = resolve()
    assert (s.host, s.port, s.verify(), s.token_value) == ("file-host", 8443, False, "from-file")
    monkeypatch.setenv("PROXMOX_HOST", "env-host")
    bundle = tmp_path / "pve-ca.pem"
    bundle.write_text("-----BEGIN CERTIFICATE-----\n")
    monkeypatch.setenv("PROXMOX_VERIFY_SSL", str(bundle))
    s = resolve()
    assert (s.host, s.verify()) == ("env-host", str(bundle))
    monkeypatch.setenv("SECRET_FROM_VAULT", "vault-value")
    s = resolve({"host": "connect-host", "token_value": "env:SECRET_FROM_VAULT"})
    assert (s.host, s.token_value, s.backend) == ("connect-host", "vault-value", "api")
    other = tmp_path / "other.toml"
    other.write_text('node = "pve3"\nssh = "root@{node}.lan"\n')
    monkeypatch.setenv("PROXMOX_CONFIG", str(other))
    s = resolve()
    assert (s.node, s.ssh_target("pve7").destination, s.host) == \
        ("pve3", "root@pve7.lan", "env-host")
    assert s.ssh_target().destination == "root@pve3.lan"


def test_bad_settings_are_refused():
    with pytest.raises(SettingsError, match="unknown setting 'hots'"):
        resolve({"hots": "x"})
    with pytest.raises(SettingsError, match="not one of local, pct, api, auto"):
        resolve({"backend": "lxd"})
    with pytest.raises(SettingsError, match=r"port: value '99999' is out of range \(1..65535\)"):
        resolve({"port": "99999"})
    with pytest.raises(SettingsError, match="does not exist"):
        resolve(config="/nonexistent/proxmox.toml")


def test_every_source_is_checked_like_connect(monkeypatch, tmp_path):
    """Settings from the environment and a file pass the same checks as connect's."""
    for name, value, words in (
            ("PROXMOX_HOST", "pve\n", "PROXMOX_HOST: value 'pve\\n' is not a DNS name"),
            ("PROXMOX_USER", "root", "PROXMOX_USER: value 'root' is not user@realm"),
            ("PROXMOX_TOKEN_VALUE", "tok\nX-Evil: 1", "PROXMOX_TOKEN_VALUE: value contains "
                                                     "a control character"),
            ("PROXMOX_NODE", "pve;id", "PROXMOX_NODE: value 'pve;id' does not look like"),
            ("PROXMOX_PORT", "9" * 5000, "PROXMOX_PORT: value '99999"),
            ("PROXMOX_VERIFY_SSL", "/proc/self/environ", "/proc, /sys and /dev")):
        monkeypatch.setenv(name, value)
        with pytest.raises(SettingsError) as refused:
            resolve()
        assert words in str(refused.value) and "X-Evil" not in str(refused.value)
        monkeypatch.delenv(name)
    config = tmp_path / "proxmox.toml"
    config.write_text('host = "pve"\nuser = "rexx@pve"\ntoken_name = "ci\\nx"\n')
    with pytest.raises(SettingsError, match=f"{config}: token_name: value"):
        resolve(config=str(config))


def test_config_files_are_host_files(monkeypatch, tmp_path):
    monkeypatch.setenv("PROXMOX_CONFIG", "/proc/self/environ")
    with pytest.raises(SettingsError, match="PROXMOX_CONFIG: file '/proc/self/environ' is "
                                            "refused: files in /proc, /sys and /dev"):
        resolve()
    monkeypatch.delenv("PROXMOX_CONFIG")
    folder = tmp_path / ".config" / "rexxlite"
    folder.mkdir(parents=True)
    (folder / "proxmox.toml").symlink_to("/proc/self/environ")     # the default file
    with pytest.raises(SettingsError, match="/proc, /sys and /dev"):
        resolve()
    (folder / "proxmox.toml").unlink()
    (folder / "proxmox.toml").write_bytes(b"host = '\xff'\n")
    with pytest.raises(SettingsError, match="is not UTF-8 text"):
        resolve()


def test_secrets_are_masked():
    s = Settings(host="h", user="u@pam", password="hunter2", token_value="tok-123")
    assert "hunter2" not in repr(s) and "tok-123" not in str(s)
    assert "password" not in s.public() and "token_value" not in s.public()
    assert s.mask("login with tok-123 and hunter2 failed") == \
        "login with ******** and ******** failed"


def test_connect_command_configures_the_api_engine_without_showing_secrets(pve, fakepve_cafile):
    px = Proxmox(None)
    result = px.ok(f"connect backend=api host={pve.host} port={pve.port} user={TOKEN_USER} "
                   f"token_name={TOKEN_NAME} token_value={TOKEN_VALUE} "
                   f"verify_ssl={fakepve_cafile}")
    assert result.fields["backend"] == "api" and result.fields["auth"] == "token"
    assert TOKEN_VALUE not in repr(result)
    st = px.ok("status")
    assert st.fields["backend"] == "api" and TOKEN_VALUE not in repr(st)
    wrong = px(f"connect backend=api host={pve.host} port={pve.port} user={TOKEN_USER} "
               f"token_name={TOKEN_NAME} token_value=wrong-{TOKEN_VALUE} "
               f"verify_ssl={fakepve_cafile}")
    assert (wrong.rc, wrong.condition) == (-3, "FAILURE")
    assert TOKEN_VALUE not in repr(wrong) and "authentication failure" in wrong.output
    assert px.ok("status").fields["backend"] == "api"      # the working connection stays


def test_connect_verifies_tls_by_default(pve):
    px = Proxmox(None)
    result = px(f"connect backend=api host={pve.host} port={pve.port} user={TOKEN_USER} "
                f"token_name={TOKEN_NAME} token_value={TOKEN_VALUE}")
    assert result.rc == -3 and "CERTIFICATE_VERIFY_FAILED" in result.output
    assert TOKEN_VALUE not in repr(result)


def test_connect_refuses_bad_values():
    env = ProxmoxEnvironment()
    px = Proxmox(None)
    px.env = env
    assert px("connect backend=lxd").rc != 0
    assert px("connect colour=blue").condition == "FAILURE"
