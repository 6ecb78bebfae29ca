"""Fixtures for the pct and api engines, without a Proxmox VE node.

- The api engine talks to fakepve (a third-party fake of the Proxmox VE API, its pytest plugin
  serves it on 127.0.0.1 with a certificate we verify: TLS verification stays on).
- The pct engine runs ``fake_pct/pct``, a TEST DOUBLE of Proxmox's CLI (pct, pveversion, pvesh,
  pvesm, pveam) put first on PATH, with its state in a per-test directory ($FAKE_PCT_STATE).
- ``fake_pct/ssh`` is a TEST DOUBLE of ssh to a node: it runs the remote command here, with the
  pct double, after copying fakepve's containers into the double's state (the node's view of
  the cluster), so execute/deploy_rexx/execute_rexx can be tested through the api engine.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from rexxlite.plugin_api import CommandContext, CommandResult

HERE = Path(__file__).resolve().parent
FAKE_BIN = HERE / "fake_pct"
TEMPLATE = "debian-12-standard_12.7-1_amd64.tar.zst"
VOLID = f"local:vztmpl/{TEMPLATE}"
TOKEN_USER, TOKEN_NAME, TOKEN_VALUE = "rexx@pve", "ci", "5f0c1e4e-7d1a-4b8e-9f43-token-secret"
PASSWORD = "secret"


class Proxmox:
    """Calls ADDRESS PROXMOX directly, as the interpreter does."""

    def __init__(self, engine):
        from rexxlite.addresses.proxmox import ProxmoxEnvironment

        self.env = ProxmoxEnvironment(engine=engine)
        self.context = CommandContext(None, sys.stdout, sys.stderr, "PROXMOX")

    def __call__(self, command: str) -> CommandResult:
        return self.env.execute(command, self.context)

    def ok(self, command: str) -> CommandResult:
        result = self(command)
        assert result.rc == 0, f"{command!r} failed: rc={result.rc} {result.output}"
        return result

    def fails(self, command: str, words: str) -> CommandResult:
        result = self(command)
        assert result.rc != 0, f"{command!r} should fail: {result.output}"
        assert words in result.fields["error"], result.fields["error"]
        return result


@pytest.fixture
def fake_path(tmp_path, monkeypatch):
    """PATH with the doubles first (and python3 = this interpreter, for a quick start)."""
    shims = tmp_path / "shims"
    shims.mkdir()
    (shims / "python3").symlink_to(sys.executable)
    monkeypatch.setenv("PATH", f"{FAKE_BIN}:{shims}:{os.environ['PATH']}")
    return FAKE_BIN


@pytest.fixture
def pct_state(tmp_path, monkeypatch, fake_path):
    """An empty node for the pct double, with one OS template in local:vztmpl."""
    state = tmp_path / "node"
    (state / "vztmpl").mkdir(parents=True)
    (state / "vztmpl" / TEMPLATE).write_bytes(b"")
    monkeypatch.setenv("FAKE_PCT_STATE", str(state))
    monkeypatch.setenv("FAKE_PCT_NODE", "pve")
    for name in list(os.environ):
        if name.startswith("PROXMOX_"):
            monkeypatch.delenv(name)
    return state


@pytest.fixture
def pve(fakepve):
    """fakepve with an OS template in local:vztmpl and an API token for rexx@pve."""
    fakepve.store_file("local", TEMPLATE, 1024, content="vztmpl")
    fakepve.apitokens[f"{TOKEN_USER}!{TOKEN_NAME}"] = TOKEN_VALUE
    return fakepve


@pytest.fixture
def api_settings(pve, fakepve_cafile):
    from rexxlite.addresses.proxmox.settings import Settings

    return Settings(backend="api", host=pve.host, port=pve.port, user=TOKEN_USER,
                    token_name=TOKEN_NAME, token_value=TOKEN_VALUE, verify_ssl=fakepve_cafile)
