"""The plugin system end to end: the docs/plugins.md tutorial plugin, loaded by REQUIRE and
installed as a package with an entry point; REQUIRE's name forms and its errors."""

from __future__ import annotations

import re
import os
import subprocess
import sys
from pathlib import Path

import pytest

from rexx_run import run_rexx

DOCS = Path(__file__).resolve().parent.parent / "docs" / "plugins.md"

USE_KV = """
ADDRESS KV
"set key=colour value=blue"
"get key=colour"
say "colour is" RESULT
"keys"
say RESULT.count "key(s); the first is" RESULT.KEYS.1
"get key=missing"
say "rc" rc "error:" RESULT.error
"help get"
say RESULT
"""

EXPECTED = "colour is blue\n1 key(s); the first is colour\nrc 1 error: no such key\n"


def tutorial_block(language: str) -> str:
    """The first fenced block of ``language`` in the tutorial (tests use the doc's own code)."""
    return re.findall(rf"```{language}\n(.*?)```", DOCS.read_text(), re.S)[0]


def test_tutorial_plugin_is_about_thirty_lines():
    lines = [line for line in tutorial_block("python").splitlines() if line.strip()]
    assert len(lines) <= 35


def test_require_python_file(tmp_path):
    (tmp_path / "kv_address.py").write_text(tutorial_block("python"))
    script = tmp_path / "use.rexx"
    script.write_text('REQUIRE "./kv_address.py"\n' + USE_KV)
    done = run_rexx(script, cwd="/")
    assert done.stdout.startswith(EXPECTED), done.stderr
    assert "get - read a value" in done.stdout
    assert "key=" in done.stdout


def test_tutorial_script_block_runs(tmp_path):
    (tmp_path / "kv_address.py").write_text(tutorial_block("python"))
    script = tmp_path / "tutorial.rexx"
    script.write_text(tutorial_block("rexx"))
    done = run_rexx(script, cwd=tmp_path)
    assert done.stdout == "colour is blue\n1 key(s); the first is colour\n", done.stderr
    assert done.status == 0


@pytest.fixture(scope="module")
def kv_site(tmp_path_factory):
    """A folder the tutorial plugin was pip-installed into (offline), to put on PYTHONPATH."""
    root = tmp_path_factory.mktemp("kvpkg")
    package = root / "rexxlite-kv"
    package.mkdir()
    (package / "kv_address.py").write_text(tutorial_block("python"))
    (package / "pyproject.toml").write_text(tutorial_block("toml"))
    site = root / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-index",
                    "--no-build-isolation", "--target", str(site), str(package)],
                   check=True, capture_output=True)
    assert list(site.glob("rexxlite_kv-*.dist-info/entry_points.txt"))
    return {**os.environ, "PYTHONPATH": str(site)}


def test_installed_entry_point_plugin(kv_site, tmp_path):
    script = tmp_path / "use.rexx"
    script.write_text(USE_KV)
    done = run_rexx(script, env=kv_site)
    assert done.stdout.startswith(EXPECTED), done.stderr
    required = tmp_path / "req.rexx"
    required.write_text('REQUIRE "kv"\naddress kv "set key=a value=1"\nsay rc\n')
    assert run_rexx(required, env=kv_site).stdout == "0\n"


def test_entry_point_absent_without_install(tmp_path):
    script = tmp_path / "use.rexx"
    script.write_text("signal on failure\naddress KV 'keys'\nexit 0\nfailure: say 'FAILURE' rc; exit 1\n")
    done = run_rexx(script)
    assert done.stdout.startswith("FAILURE")
    assert done.status == 1


def test_require_js_era_names_map_to_python_plugins(tmp_path):
    for spec in ("cwd:extras/addresses/proxmox-address/proxmox-address.js",
                 "address-proxmox.js", "proxmox", "./lib/proxmox-address.js"):
        script = tmp_path / "js.rexx"
        script.write_text(f'REQUIRE "{spec}"\nsay "loaded"\n')
        done = run_rexx(script, cwd=tmp_path)
        assert done.stdout == "loaded\n", (spec, done.stderr)


def test_require_unknown_name_is_a_rexx_error(tmp_path):
    script = tmp_path / "bad.rexx"
    script.write_text('say "before"\nREQUIRE "nosuch-address.js"\nsay "after"\n')
    done = run_rexx(script)
    assert done.stdout == "before\n"
    assert "NOSUCH" in done.stderr and "line 2" in done.stderr
    assert "Traceback" not in done.stderr
    assert done.status != 0


def test_require_missing_file_is_a_rexx_error(tmp_path):
    script = tmp_path / "bad.rexx"
    script.write_text('REQUIRE "./missing.py"\n')
    done = run_rexx(script)
    assert "file not found" in done.stderr and "Traceback" not in done.stderr


def test_plugin_that_raises_becomes_failure(tmp_path):
    (tmp_path / "boom.py").write_text(
        "class Boom:\n    name = 'BOOM'\n    commands = ()\n"
        "    def execute(self, command, context):\n        raise RuntimeError('kaput')\n"
        "    def close(self):\n        pass\n"
        "ENVIRONMENT = Boom()\n")
    script = tmp_path / "b.rexx"
    script.write_text('REQUIRE "./boom.py"\ncall on failure\naddress boom "go"\nsay "rc" rc\n'
                      'say RESULT.error\nexit\nfailure: say "FAILURE trapped"; return\n')
    done = run_rexx(script)
    assert done.stdout == "FAILURE trapped\nrc -3\nkaput\n", done.stderr
    assert "Traceback" not in done.stderr
