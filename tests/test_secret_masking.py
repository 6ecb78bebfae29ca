"""Secrets in commands (parameters a plugin marks secret) never reach traces, error tracebacks,
CONDITION('D') or the REPL history file; masking is by parsed parameter and by whole value."""

from __future__ import annotations

import os
import stat

from prompt_toolkit.application import create_app_session
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from rexx_run import run_rexx
from rexxlite.plugin_api import CommandSpec, Param
from rexxlite.repl.backend import Backend
from rexxlite.repl.history import PrivateFileHistory, open_history
from rexxlite.repl.session import ReplSession
from rexxlite.commands.secret_masking import SecretMasker, secret_keys

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

CONNECT = '"connect backend=api host=127.0.0.1 port=1 user=root@pam password='


def _masker() -> SecretMasker:
    keys = secret_keys([type("E", (), {"commands": (
        CommandSpec("c", "", (Param("password", secret=True), Param("token_value", secret=True),
                              Param("user"))),)})])
    assert keys == {"password", "token_value"}
    return SecretMasker(keys)


def test_command_text_is_masked_by_parsed_parameter():
    mask = _masker().text
    assert mask("connect user=me password=hunter2 x=1") == "connect user=me password=*** x=1"
    assert mask("connect PASSWORD='a b' token_value=\"q\"\"r\" z") == \
        "connect PASSWORD=*** token_value=*** z"
    assert mask('connect password="my pass phrase" x=1') == "connect password=*** x=1"
    assert mask("connect password=ab'cd'X y=1") == "connect password=*** y=1"
    assert mask("my_password=1 password.x=2") == "my_password=1 password.x=2"
    # an apostrophe the plugin parser would refuse cannot swallow a later secret word
    assert mask("it's password=\"my pass\" more") == "it's password=*** more"
    assert SecretMasker().text("password=x") == "password=x"
    # a command quoted inside the text (a traced INTERPRET string) is masked too
    assert mask('say "login password=abc1 x"') == 'say "login password=*** x"'
    assert _masker().clause("""interpret '"connect password=hunter2"'""") == \
        """interpret '"connect password=***"'"""


def test_remembered_values_are_masked_whole_never_inside_other_text():
    masker = _masker()
    masker.remember("connect user=ann password=0", frozenset({"password"}))
    masker.remember("connect password='my pass phrase'", frozenset({"password"}))
    assert masker.values == {"0", "my pass phrase"}
    assert masker.value("0") == "***"
    assert masker.value("10 100 0") == "10 100 ***"
    assert masker.value("100") == "100" and masker.value("a0") == "a0"
    assert masker.value("hostname=0 cores=10") == "hostname=*** cores=10"
    assert masker.value("using my pass phrase now") == "using *** now"
    assert masker.value("my pass phrases") == "my pass phrases"
    assert masker.clause("say 10 0 x.0 '0' 100") == "say 10 *** x.0 '***' 100"


def test_clause_source_literals_are_decoded_then_masked():
    clause = _masker().clause
    assert clause('"connect password=""my pass phrase"""') == '"connect password=***"'
    assert clause("\"connect password=ab'cd'X user=u\"") == '"connect password=*** user=u"'
    assert clause('"connect password="pw "user=u"') == '"connect password=***"pw "user=u"'
    # literals abutted to a "password=" literal go on with the secret word
    assert clause("'connect password='\"ab\"'cd' 'user=u'") == \
        "'connect password=***'\"***\"'***' 'user=u'"
    assert clause('"password="||pw||"tail more"') == '"password=***"||pw||"*** more"'
    assert clause("say 'x' /* password=1 */") == "say 'x' /* password=1 */"


def test_plugin_secret_is_masked_in_trace_and_condition(tmp_path):
    (tmp_path / "vault.py").write_text(VAULT)
    script = tmp_path / "v.rexx"
    script.write_text('REQUIRE "./vault.py"\nsignal on error\ntrace r\npin = 4711\n'
                      'address vault "login user=ann pin="pin\nexit\n'
                      "error: trace o; say condition('D'); say rc result.error\n")
    done = run_rexx(script)
    assert done.stdout == "login user=ann pin=***\n1 wrong pin\n", done.stderr
    assert "4711" not in done.stderr.split("*-* pin = 4711", 1)[1]
    assert '>V>   "***"' in done.stderr and "pin=***" in done.stderr
    assert "+++ RC=1 +++" in done.stderr


def test_first_proxmox_command_is_masked_under_every_trace_setting(tmp_path):
    """No REQUIRE: PROXMOX's secret keys are known before its first command is traced."""
    for setting in ("r", "i", "c", "a"):
        script = tmp_path / f"first_{setting}.rexx"
        script.write_text(f"address proxmox\ntrace {setting}\n{CONNECT}TOPSECRET0\"\n")
        done = run_rexx(script)
        assert "TOPSECRET" not in done.stdout + done.stderr, (setting, done.stderr)
        assert "password=***" in done.stderr and "+++ RC=-3 +++" in done.stderr


def test_doubled_and_mixed_quotes_are_masked_under_the_default_trace(tmp_path):
    script = tmp_path / "quotes.rexx"
    script.write_text("address proxmox\ncall on failure\n"
                      f'{CONNECT}""my pass phrase"""\n'
                      f"{CONNECT}ab'cd'X\"\n"
                      f'{CONNECT}"\'my\'\'quoted\'\'\'\n'
                      "exit\nfailure: say condition('D'); return\n")
    done = run_rexx(script)
    shown = done.stdout + done.stderr
    for piece in ("my pass", "phrase", "cd", "quoted"):
        assert piece not in shown, (piece, shown)
    assert done.stderr.count("password=***") == 3 and done.stderr.count("+++ RC=-3 +++") == 3
    assert done.stdout.count("password=***") == 3         # CONDITION('D')


def test_variable_holding_a_secret_is_masked_in_value_lines(tmp_path):
    script = tmp_path / "vars.rexx"
    script.write_text("address proxmox\ntrace i\npw = 'S3cr3tWord'\n"
                      f'{CONNECT}"pw\n'
                      "copy = pw\nsay 'using' copy\nsay length(copy)\n")
    done = run_rexx(script)
    before, after = done.stderr.split("     4 *-* ", 1)
    assert '>L>   "S3cr3tWord"' in before             # not known to be secret yet
    assert "S3cr3tWord" not in after, after          # the command's own lines and later ones
    assert after.count('>V>   "***"') == 4             # pw in the command, copy three times
    assert '>O>   "using ***"' in after
    assert done.stdout == "using S3cr3tWord\n10\n"    # the program still has the value


def test_short_secret_masks_only_whole_values(tmp_path):
    script = tmp_path / "short.rexx"
    script.write_text(f"address proxmox\npw = 0\n{CONNECT}\"pw\ntrace i\nsay 10 100 pw\n"
                      "n = 0\n")
    done = run_rexx(script)
    assert '>L>   "10"' in done.stderr and '>L>   "100"' in done.stderr
    assert '>V>   "***"' in done.stderr and '>O>   "10 100 ***"' in done.stderr
    assert "*-* n = ***" in done.stderr           # a whole token of the source, not in 10/100
    assert "1***" not in done.stderr and "***0" not in done.stderr


def test_error_traceback_masks_the_clause(tmp_path):
    script = tmp_path / "err.rexx"
    script.write_text(f"x = {CONNECT}hunter2\" + 1\n")
    done = run_rexx(script)
    assert "Error 41" in done.stderr and "+++ x = " in done.stderr
    assert "hunter2" not in done.stderr and "password=***" in done.stderr


def test_history_file_is_private_and_holds_no_secret_values(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    path = tmp_path / "rexxlite" / "history"
    history = open_history()
    assert isinstance(history, PrivateFileHistory)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    os.chmod(path, 0o644)                      # an old, readable file is made private again
    backend = Backend()
    history = open_history(backend.mask_source)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    entries = ["address proxmox",
               f'{CONNECT}""my pass phrase"""',
               f"pw = 'Xyzzy42'; {CONNECT}\"pw",
               "say 'again' 'Xyzzy42'"]
    for entry in entries:
        history.append_string(entry)
        assert entry not in path.read_text()    # written once it has run
        backend.run(entry)
        history.flush()
    text = path.read_text()
    backend.close()
    assert "pass phrase" not in text and "Xyzzy42" not in text
    assert "+address proxmox\n" in text and "+pw = '***'; " in text
    assert "+say 'again' '***'\n" in text
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


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


def test_command_inside_a_command_expression_keeps_the_trace_order(tmp_path):
    script = tmp_path / "nested.rexx"
    script.write_text("address proxmox\ntrace r\n"
                      f'{CONNECT}"getpw()\nexit\n'
                      "getpw:\n  inner = 'InnerSecret'\n"
                      f'  {CONNECT}" || inner\n  return \'OuterSecret\'\n')
    done = run_rexx(script)
    lines = done.stderr.splitlines()
    assert "Secret" not in done.stderr.split("*-*  inner = ", 1)[1], done.stderr
    assert lines[0].startswith("     3 *-* ") and lines[0].endswith("password=***\"getpw()")
    assert [n for n, text in enumerate(lines) if "+++ RC=-3 +++" in text] == [4, 6]
    assert lines[5] == "     8 *-*  return '***'"


def test_error_detail_masks_a_remembered_value(tmp_path):
    script = tmp_path / "detail.rexx"
    script.write_text(f"address proxmox\npw = 'hunter2'\n{CONNECT}\"pw\n"
                      "say substr('abc', pw)\n")
    done = run_rexx(script)
    assert 'Error 40.12: SUBSTR argument 2 must be a whole number; found "***"' in done.stderr
    assert "hunter2" not in done.stderr


def test_repl_session_saves_entries_masked_after_they_run(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    path = tmp_path / "rexxlite" / "history"
    path.parent.mkdir()
    path.write_text("")
    os.chmod(path, 0o664)
    with create_pipe_input() as pipe, create_app_session(input=pipe, output=DummyOutput()):
        session = ReplSession(Backend())            # its own history: open_history()
        pipe.send_text("address proxmox\r"
                       f"tok = 'Plugh99'; {CONNECT}\"tok\r"
                       "say tok\r\x04")
        session.run(banner=False)
    text = path.read_text()
    assert "Plugh99" not in text and "+tok = '***'; " in text and "+say tok\n" in text
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_entry_point_plugins_secrets_are_known_before_their_first_command(tmp_path):
    """A class factory declares its commands before anything is created; a function factory's
    environment is created before its first command's trace lines are written."""
    site = tmp_path / "site"
    (site / "vault_ep-1.0.dist-info").mkdir(parents=True)
    (site / "vault_ep-1.0.dist-info" / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: vault-ep\nVersion: 1.0\n")
    (site / "vault_ep-1.0.dist-info" / "entry_points.txt").write_text(
        "[rexxlite.addresses]\nVAULT = vault_ep:Vault\nVAULTFN = vault_ep:make\n")
    (site / "vault_ep.py").write_text(VAULT.replace("ENVIRONMENT = Vault()", """
class Other(Vault):
    name = "VAULTFN"
    commands = (CommandSpec("login", "", (Param("user"), Param("passcode", secret=True))),)

def make():
    return Other()
"""))
    script = tmp_path / "ep.rexx"
    script.write_text("trace r\naddress vaultfn\n'login user=bob passcode=8822'\n"
                      "address vault 'login user=ann pin=4711'\nsay 'done'\n")
    done = run_rexx(script, env={**os.environ, "PYTHONPATH": str(site)})
    assert done.stdout == "done\n", done.stderr
    assert "4711" not in done.stderr and "8822" not in done.stderr, done.stderr
    assert "passcode=***" in done.stderr and "pin=***" in done.stderr
    assert done.stderr.count("+++ RC=1 +++") == 2


def test_generated_commands_never_show_their_secret():
    """Commands with a secret quoted in every way the parser accepts, masked as command text,
    as a Rexx literal of a command clause and as a traced INTERPRET string."""
    import random
    rng = random.Random(12)
    keys = frozenset({"password", "token_value"})
    for _ in range(1500):
        parts = ["Zq" + "".join(rng.choice("abcdefgh0123") for _ in range(rng.randint(3, 8)))
                 for _ in range(rng.randint(1, 3))]
        secret = " ".join(parts)
        style = rng.randrange(4) if len(parts) == 1 else rng.choice((1, 2))
        if style == 0:
            written = secret
        elif style in (1, 2):
            q = "\"'"[style - 1]
            written = q + secret.replace(q, q * 2) + q
        else:                                            # mixed: ab'cd'X
            cut = rng.randint(1, len(secret) - 1)
            written = f"{secret[:cut]}'{secret[cut:]}'X"
            parts = [secret[:cut] + secret[cut:] + "X"]
        key = rng.choice(sorted(keys)).upper() if rng.random() < 0.2 else rng.choice(sorted(keys))
        words = ["connect", f"user=u{rng.randint(0, 9)}", f"{key}={written}", "x=1"]
        rng.shuffle(words[1:])
        command = " ".join(words)
        masker = SecretMasker(keys)
        literal = '"' + command.replace('"', '""') + '"'
        interpret = "interpret '" + literal.replace("'", "''") + "'"
        for shown in (masker.text(command), masker.clause(literal), masker.clause(interpret),
                      masker.value(command)):
            for part in parts:
                assert part not in shown, (command, shown)
        masker.remember(command, keys)
        assert masker.value(secret if style != 3 else parts[0]) == "***"
