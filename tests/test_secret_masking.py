"""Secrets in commands (parameters a plugin marks secret) never reach traces or CONDITION('D')."""

from __future__ import annotations

from rexx_run import run_rexx
from rexxlite.plugin_api import CommandSpec, Param
from rexxlite.secret_masking import masker, secret_keys

VAULT = '''
from rexxlite.plugin_api import CommandResult, CommandSpec, Param

class Vault:
    name = "VAULT"
    commands = (CommandSpec("login", "log in", (Param("user"), Param("pin", secret=True))),)

    def execute(self, command, context):
        return CommandResult(rc=1, fields={"error": "wrong pin"})

    def close(self):
        pass

ENVIRONMENT = Vault()
'''


def test_masker_handles_plain_quoted_and_embedded_values():
    keys = secret_keys([type("E", (), {"commands": (
        CommandSpec("c", "", (Param("password", secret=True), Param("token_value", secret=True),
                              Param("user"))),)})])
    assert keys == {"password", "token_value"}
    mask = masker(keys)
    assert mask("connect user=me password=hunter2 x=1") == "connect user=me password=*** x=1"
    assert mask("connect PASSWORD='a b' token_value=\"q\"\"r\" z") == \
        "connect PASSWORD=*** token_value=*** z"
    assert mask('"connect password=s3cret"') == '"connect password=***"'     # in a source line
    assert mask("my_password=1 password.x=2") == "my_password=1 password.x=2"
    assert masker(frozenset())("password=x") == "password=x"


def test_plugin_secret_is_masked_in_trace_and_condition(tmp_path):
    (tmp_path / "vault.py").write_text(VAULT)
    script = tmp_path / "v.rexx"
    script.write_text('REQUIRE "./vault.py"\nsignal on error\ntrace r\npin = 4711\n'
                      'address vault "login user=ann pin="pin\nexit\n'
                      "error: trace o; say condition('D'); say rc result.error\n")
    done = run_rexx(script)
    assert done.stdout == "login user=ann pin=***\n1 wrong pin\n", done.stderr
    assert "pin=4711" not in done.stderr and "pin=***" in done.stderr
    assert "+++ RC=1 +++" in done.stderr


def test_proxmox_connect_secrets_never_shown(tmp_path):
    script = tmp_path / "c.rexx"
    script.write_text(
        'require "proxmox"\naddress proxmox\ncall on failure\ntrace c\n'
        '"connect backend=api host=127.0.0.1 port=1 user=root@pam token_name=t'
        ' token_value=TOPSECRET1 verify_ssl=0"\n'
        "say result.error\n"
        'trace n\n"connect backend=api host=127.0.0.1 port=1 user=root@pam password=TOPSECRET2"\n'
        "exit\nfailure: say condition('D'); return\n")
    done = run_rexx(script)
    assert "TOPSECRET" not in done.stdout + done.stderr
    assert "token_value=***" in done.stdout and "password=***" in done.stdout
    assert "token_value=***" in done.stderr and "password=***" in done.stderr
    assert "Traceback" not in done.stderr
