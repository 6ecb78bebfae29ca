"""``PROXMOX_BACKEND=api`` where proxmoxer cannot be imported: ``status`` still succeeds and
says how to install the api extra; other commands fail with the same reason.

Each test runs rexxlite in a subprocess whose ``import proxmoxer`` really fails
(``sys.modules['proxmoxer'] = None`` before rexxlite starts), as on a host without the extra.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

HIDE_PROXMOXER = ("import sys; sys.modules['proxmoxer'] = None; "
                  "from rexxlite.cli import main; sys.exit(main())")
STATUS = ('address proxmox "status"; say rc; say result.available; say result.backend; '
          'say result.reason; say result')
INSTALL = "pip install 'rexxlite[api]'"
# An empty settings file, so that no settings file of this host counts (/dev/null is refused:
# device files are never read for a parameter).
NO_SETTINGS = Path(tempfile.mkdtemp(prefix="rxt-settings-")) / "proxmox.toml"
NO_SETTINGS.write_text("")


def run_without_proxmoxer(program: str, **settings: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PROXMOX_")}
    env.update(settings, PROXMOX_CONFIG=str(NO_SETTINGS))
    return subprocess.run([sys.executable, "-c", HIDE_PROXMOXER, "-e", program], env=env,
                          capture_output=True, text=True, timeout=60)


def test_the_subprocess_really_cannot_import_proxmoxer():
    done = run_without_proxmoxer("nop")
    probe = subprocess.run([sys.executable, "-c", HIDE_PROXMOXER.replace(
        "from rexxlite.cli import main; sys.exit(main())", "import proxmoxer")],
        capture_output=True, text=True)
    assert done.returncode == 0 and probe.returncode == 1
    assert "ModuleNotFoundError: import of proxmoxer halted" in probe.stderr


@pytest.mark.parametrize("settings", [
    {"PROXMOX_BACKEND": "api"},                                          # no host either
    {"PROXMOX_BACKEND": "api", "PROXMOX_HOST": "pve.invalid", "PROXMOX_USER": "root@pam",
     "PROXMOX_PASSWORD": "x"},
    {"PROXMOX_BACKEND": "auto", "PROXMOX_HOST": "pve.invalid"},           # auto picks api
], ids=["no-host", "host", "auto"])
def test_status_reports_unavailable_with_how_to_install(settings):
    assert shutil.which("pct") is None        # else auto would choose pct, not api
    done = run_without_proxmoxer(STATUS, **settings)
    rc, available, backend, reason, text = done.stdout.splitlines()
    assert (rc, available, backend) == ("0", "0", "api"), done.stderr
    assert INSTALL in reason and "proxmoxer" in reason
    assert text == f"proxmox api: unavailable: {reason}"
    assert done.stderr == "" and done.returncode == 0


def test_other_commands_fail_with_the_same_reason():
    done = run_without_proxmoxer('address proxmox "list"; say rc; say result.error',
                                 PROXMOX_BACKEND="api", PROXMOX_HOST="pve.invalid")
    assert done.stdout.splitlines()[0] == "-3"
    assert INSTALL in done.stdout.splitlines()[1]
    assert "Traceback" not in done.stderr


def test_with_proxmoxer_and_no_host_the_reason_is_the_host():
    env = {k: v for k, v in os.environ.items() if not k.startswith("PROXMOX_")}
    env.update(PROXMOX_BACKEND="api", PROXMOX_CONFIG=str(NO_SETTINGS))
    done = subprocess.run([sys.executable, "-m", "rexxlite", "-e", STATUS], env=env,
                          capture_output=True, text=True, timeout=60)
    rc, available, backend, reason, _ = done.stdout.splitlines()
    assert (rc, available, backend) == ("0", "0", "api")
    assert "needs a host" in reason and "PROXMOX_HOST" in reason
