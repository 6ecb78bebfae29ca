"""The plugin API's ``CommandResult.variables``: a command's result names Rexx variables that
the interpreter sets after it (simple symbols and compounds; RC, RESULT, SIGL and names that
are no variable symbols are left alone)."""

from __future__ import annotations

from rexx_run import run_rexx

PLUGIN = '''
from rexxlite.plugin_api import CommandResult, parse_command


class Vars:
    name = "VARS"
    commands = ()

    def execute(self, command, context):
        verb, args = parse_command(command)
        names = {"last_verb": verb, "Count": 3, "ok": True, "kv.last": verb, "RC": "99",
                 "RESULT": "not me", "SIGL": "7", "1bad": "x", "bad name": "x", "x..y": "x",
                 "stem.": "x", "gone": None}
        rc = 1 if verb == "fail" else 0
        return CommandResult(rc=rc, output="out", variables=names)

    def close(self):
        pass


ENVIRONMENT = Vars()
'''


def test_result_variables_are_set_after_the_command(tmp_path):
    (tmp_path / "vars_address.py").write_text(PLUGIN)
    script = tmp_path / "v.rexx"
    script.write_text(
        'REQUIRE "./vars_address.py"\nsay symbol("LAST_VERB") symbol("KV.LAST")\n'
        'address vars "ping"\n'
        "say last_verb count ok kv.last rc result sigl symbol('GONE') symbol('STEM.X')\n"
        'address vars "fail"\nsay last_verb rc\n')
    done = run_rexx(script)
    assert done.stdout.splitlines() == ["LIT LIT", "ping 3 1 ping 0 out SIGL LIT LIT",
                                        "fail 1"], done.stderr
