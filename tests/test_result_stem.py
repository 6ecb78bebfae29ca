"""How a command's CommandResult reaches the program: RC, RESULT, the RESULT. stem (nested
lists and dicts, stale fields dropped, booleans) and the ERROR / FAILURE conditions."""

from __future__ import annotations

import textwrap

import pytest

from rexx_run import run_rexx

# An environment whose command is the JSON of the result it should return.
ECHO_PLUGIN = '''
import json
from rexxlite.plugin_api import CommandResult

class Echo:
    name = "ECHO"
    commands = ()
    closed_marker = None

    def execute(self, command, context):
        spec = json.loads(command)
        return CommandResult(rc=spec.get("rc", 0), condition=spec.get("condition"),
                             output=spec.get("output"), fields=spec.get("fields", {}))

    def close(self):
        print("closed", flush=True)

def create_environment():
    return Echo()
'''


def run_with_echo(tmp_path, body: str):
    (tmp_path / "echo_env.py").write_text(ECHO_PLUGIN)
    script = tmp_path / "t.rexx"
    script.write_text('REQUIRE "./echo_env.py"\nADDRESS ECHO\n' + textwrap.dedent(body))
    return run_rexx(script)


def test_nested_lists_and_dicts(tmp_path):
    done = run_with_echo(tmp_path, """
        '{"output": "two containers", "fields": {"cloneTimeMs": 7, "containers": [{"vmid": 101, "tags": ["a", "b"]}, {"vmid": 102, "net": {"ip": "10.0.0.2"}}]}}'
        say RESULT
        say RESULT.cloneTimeMs RESULT.CLONETIMEMS
        say RESULT.CONTAINERS.0 RESULT.containers.1.vmid RESULT.CONTAINERS.2.VMID
        say RESULT.containers.1.tags.0 RESULT.containers.1.tags.2
        say RESULT.containers.2.net.ip
        i = 2
        say RESULT.containers.i.vmid
    """)
    assert done.stdout.splitlines()[:6] == [
        "two containers", "7 7", "2 101 102", "2 b", "10.0.0.2", "102"], done.stderr


def test_stale_fields_are_dropped_and_result_unset(tmp_path):
    done = run_with_echo(tmp_path, """
        '{"output": "x", "fields": {"old": 1, "list": [1, 2, 3]}}'
        '{"fields": {"new": 2}}'
        say RESULT.old RESULT.new RESULT.list.0 symbol('RESULT') symbol('RESULT.OLD')
    """)
    assert done.stdout.splitlines()[0] == "RESULT.OLD 2 RESULT.LIST.0 LIT LIT", done.stderr


def test_booleans_work_in_if(tmp_path):
    done = run_with_echo(tmp_path, """
        '{"fields": {"success": true, "failed": false}}'
        if RESULT.success then say "yes"
        if \\RESULT.failed then say "not failed"
        say RESULT.success RESULT.failed
    """)
    assert done.stdout.splitlines()[:3] == ["yes", "not failed", "1 0"], done.stderr


def test_signal_on_error_from_plugin(tmp_path):
    done = run_with_echo(tmp_path, """
        signal on error
        '{"rc": 1, "fields": {"error": "CT 101 already exists"}}'
        say "not reached"
        exit
        error:
        say "ERROR" rc condition('C') RESULT.error "line" sigl
    """)
    assert done.stdout.splitlines()[0] == "ERROR 1 ERROR CT 101 already exists line 5", done.stderr


def test_call_on_failure_from_plugin(tmp_path):
    done = run_with_echo(tmp_path, """
        call on failure name trouble
        '{"rc": -3, "condition": "FAILURE", "fields": {"error": "no engine"}}'
        say "back" rc
        exit
        trouble:
        say "FAILURE" rc condition('C') condition('I')
        return
    """)
    assert done.stdout.splitlines()[:2] == ["FAILURE -3 FAILURE CALL", "back -3"], done.stderr


def test_failure_untrapped_falls_back_to_error_trap(tmp_path):
    done = run_with_echo(tmp_path, """
        signal on error
        '{"rc": -3, "condition": "FAILURE"}'
        exit
        error: say "ERROR trap got" condition('C') rc
    """)
    assert done.stdout.splitlines()[0] == "ERROR trap got ERROR -3", done.stderr


def test_close_hook_runs_at_exit_and_after_error(tmp_path):
    done = run_with_echo(tmp_path, """
        '{"fields": {}}'
        say 1 + 'x'
    """)
    assert done.stdout.splitlines()[-1] == "closed"
    assert "Error 41" in done.stderr
    assert done.status == 256 - 41


def test_unknown_environment_raises_failure_naming_it(tmp_path):
    script = tmp_path / "u.rexx"
    script.write_text("call on failure\naddress NOWHERE 'hello'\nsay 'rc' rc\nexit\n"
                      "failure: say condition('D'); say RESULT.error; return\n")
    done = run_rexx(script)
    lines = done.stdout.splitlines()
    assert lines[0] == "hello"
    assert "NOWHERE" in lines[1] and "SYSTEM" in lines[1] and "PROXMOX" in lines[1]
    assert lines[2].startswith("rc ")


@pytest.mark.parametrize("command,rc", [("exit 0", "0"), ("exit 3", "3"), ("exit 300", "44")])
def test_system_rc(command, rc):
    assert run_rexx(f"'{command}'; say rc").stdout.strip() == rc
