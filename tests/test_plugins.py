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


# -- ADDRESS ... WITH and plugins ------------------------------------------------------------

def doc_blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", DOCS.read_text(), re.S)


def test_redirection_doc_example_runs(tmp_path):
    (tmp_path / "sort_address.py").write_text(doc_blocks("python")[1])
    script = tmp_path / "sort.rexx"
    script.write_text(doc_blocks("rexx")[2])         # [1] is the installed-plugin one
    done = run_rexx(script)
    assert done.stdout == "3 lines: apple fig pear (RESULT.count is 3)\n", done.stderr


LINES_PLUGIN = '''
from rexxlite.plugin_api import CommandResult, CommandSpec

class Lines:
    name = "LINES"
    commands = (CommandSpec("upper", "upper-case the input"), CommandSpec("count", "count it"))

    def execute(self, command, context):
        lines = context.input_lines
        if command == "upper":
            context.stderr.write("upper of %d line(s)\\n" % len(lines or []))
            return CommandResult(output="\\n".join(l.upper() for l in lines or []))
        if command == "count":
            context.stdout.write("counted\\n")
            return CommandResult(fields={"count": -1 if lines is None else len(lines)})
        return CommandResult(rc=5, fields={"error": "unknown"})

    def close(self):
        pass

ENVIRONMENT = Lines()
'''


def run_with_lines(tmp_path, body: str):
    (tmp_path / "lines_env.py").write_text(LINES_PLUGIN)
    script = tmp_path / "t.rexx"
    script.write_text('REQUIRE "./lines_env.py"\n' + body)
    return run_rexx(script)


def test_redirection_into_and_out_of_a_plugin(tmp_path):
    done = run_with_lines(tmp_path, """
in.0 = 2; in.1 = 'alpha'; in.2 = 'beta'
address LINES 'upper' with input stem in. output stem out. error stem err.
say out.0 out.1 out.2 '|' err.0 err.1 '|' result
queue 'q1'; queue 'q2'
address LINES 'count' with input fifo '' output stem c.
say result.count queued() c.0 c.1
address LINES 'count'
say result.count
address LINES 'upper' with input stem in. output fifo ''
say queued() 'queued'
parse pull first; say first
address LINES 'help' with output append stem c.
say c.0 c.2
""")
    assert done.stdout.splitlines() == [
        "2 ALPHA BETA | 1 upper of 2 line(s) | ALPHA",      # RESULT is "ALPHA\nBETA"
        "BETA",
        "2 0 1 counted",
        "counted",
        "-1",
        "2 queued",
        "ALPHA",
        "3 upper  upper-case the input",
    ], done.stderr
    assert done.stderr == "upper of 2 line(s)\n"     # the one command without ERROR redirected


def test_lasting_redirection_of_a_plugin(tmp_path):
    done = run_with_lines(tmp_path, """
in.0 = 1; in.1 = 'x'
address LINES with input stem in. output stem o.
say address() '|' address('I') '|' address('O')
'upper'
say o.0 o.1
'count'
say result.count o.0 o.1
address LINES 'count' with input normal output normal
say result.count
""")
    assert done.stdout.splitlines() == [
        "LINES | INPUT STEM IN. | REPLACE STEM O.", "1 X", "1 1 counted", "counted", "-1",
    ], done.stderr


def test_address_saved_across_call_value_and_swap(tmp_path):
    (tmp_path / "kv_address.py").write_text(tutorial_block("python"))
    script = tmp_path / "a.rexx"
    script.write_text("""REQUIRE "./kv_address.py"
address KV
call sub
say 'after call:' address()
'set key=a value=1'
'get key=a'; say 'kv has a =' result
address value 'SYS' || 'TEM'
say 'value:' address()
address
say 'swap:' address()
'get key=a'; say 'still kv:' result
address
say 'swap back:' address()
address value 'kv'
'get key=a'
say 'lower-case value name:' address() result
exit
sub:
  say 'in sub:' address()
  address system
  'true'
  say 'sub set:' address() rc
  return
""")
    done = run_rexx(script)
    assert done.stdout.splitlines() == [
        "in sub: KV", "sub set: SYSTEM 0", "after call: KV", "kv has a = 1", "value: SYSTEM",
        "swap: KV", "still kv: 1", "swap back: SYSTEM", "lower-case value name: kv 1",
    ], done.stderr


def test_unknown_environment_is_explained_on_stderr(tmp_path):
    script = tmp_path / "u.rexx"
    script.write_text("address NOWHERE 'hello'\nsay 'rc' rc\ntrace o\naddress NOWHERE 'x'\n")
    done = run_rexx(script)
    assert done.stdout == "rc -3\n"
    assert done.stderr.splitlines()[:2] == ["     1 *-* address NOWHERE 'hello'",
                                            "       +++ RC=-3 +++"]
    explanation = done.stderr.splitlines()[2]
    assert explanation.startswith("       +++ no ADDRESS environment named NOWHERE (installed:")
    assert "SYSTEM" in explanation and "PROXMOX" in explanation
    assert len(done.stderr.splitlines()) == 3       # TRACE O: nothing for the second one


def test_plugin_exception_is_explained_on_stderr(tmp_path):
    (tmp_path / "boom.py").write_text(
        "class Boom:\n    name = 'BOOM'\n    commands = ()\n"
        "    def execute(self, command, context):\n        raise RuntimeError('kaput')\n"
        "ENVIRONMENT = Boom()\n")
    script = tmp_path / "b.rexx"
    script.write_text('REQUIRE "./boom.py"\naddress boom "go"\n')
    done = run_rexx(script)
    assert done.stderr.splitlines()[-1] == "       +++ ADDRESS BOOM failed: RuntimeError: kaput"
    assert "Traceback" not in done.stderr and done.status == 0


def test_command_runs_a_script_without_shebang_through_sh(tmp_path):
    tool = tmp_path / "tool"
    tool.write_text("echo tool got $1\nexit 3\n")
    tool.chmod(0o755)
    done = run_rexx(f"address command '{tool} x' with output stem o.; say rc o.1")
    assert done.stdout == "3 tool got x\n", done.stderr


def test_environment_names_are_regina_s():
    from rexxlite.commands.routing import CLASSIC_ENVIRONMENTS
    assert sorted(CLASSIC_ENVIRONMENTS) == ["CMD", "COMMAND", "ENVIRONMENT", "OS2ENVIRONMENT",
                                           "PATH", "REGINA", "SYSTEM"]
