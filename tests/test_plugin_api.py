"""The plugin API's promises: parameter checks every plugin gets (``parse_command`` with the
declared commands, ``check_params``), what ``execute`` may return, dropped None fields, the
optional ``commands`` / ``close``, what ``CommandContext`` tells a plugin, and the API classes that replace dataclasses."""

from __future__ import annotations

import sys

import pytest

from rexx_run import run_rexx
from rexxlite.plugin_api import (CommandSpec, CommandSyntaxError, Param, check_params,
                                 parse_command)

SPECS = (CommandSpec("put", "store", (Param("key", "", True), Param("value"))),
         CommandSpec("ping", "no parameters"))


def test_parse_command_with_commands_checks_verb_and_keys():
    assert parse_command("PUT Key=a value='b c'", SPECS) == ("put", {"key": "a", "value": "b c"})
    assert parse_command("ping", SPECS) == ("ping", {})
    for text, message in [("put value=1", "put: key= is required"),
                          ("put key=a colour=red", "put: unknown parameter colour= (allowed: key, value)"),
                          ("ping x=1", "ping: unknown parameter x= (allowed: none)"),
                          ("pong", "unknown command 'pong' (commands: ping, put)"),
                          ("", "empty command (try: help)")]:
        with pytest.raises(CommandSyntaxError) as caught:
            parse_command(text, SPECS)
        assert str(caught.value) == message


def test_without_commands_parse_command_only_splits():
    assert parse_command("anything goes=1") == ("anything", {"goes": "1"})


def test_check_params_on_its_own():
    check_params(SPECS[0], {"key": "k"})
    with pytest.raises(CommandSyntaxError, match="put: key= is required"):
        check_params(SPECS[0], {})


PLUGIN = '''
from rexxlite.plugin_api import CommandResult, CommandSpec, Param, parse_command

class Probe:
    name = "PROBE"
    commands = (CommandSpec("where", "the context"), CommandSpec("number", "an int"),
                CommandSpec("nothing", "None"), CommandSpec("fields", "a None field"),
                CommandSpec("need", "a required key", (Param("key", "", True),)))

    def execute(self, command, context):
        verb, args = parse_command(command, self.commands)
        if verb == "where":
            return CommandResult(output=f"{context.script_path}|{context.environment}")
        if verb == "number":
            return 7
        if verb == "nothing":
            return None
        if verb == "fields":
            return CommandResult(output="f", fields={"kept": 1, "note": None})
        return CommandResult(output=args["key"])

ENVIRONMENT = Probe()
'''


def test_what_execute_may_return_and_what_the_context_says(tmp_path):
    (tmp_path / "probe.py").write_text(PLUGIN)          # no close(): it is optional
    script = tmp_path / "p.rexx"
    script.write_text('REQUIRE "./probe.py"\naddress PROBE\n'
                      '"where"; say result\n'
                      'result = "old"; "number"; say rc symbol("RESULT")\n'
                      '"nothing"; say rc symbol("RESULT") symbol("RESULT.X")\n'
                      '"fields"; say result.kept result.note\n'
                      '"need"; say rc "|" result.error\n'
                      '"need key=k"; say rc result\n')
    done = run_rexx(script)
    assert done.stdout.splitlines() == [
        f"{script}|PROBE", "7 LIT", "0 LIT LIT", "1 RESULT.NOTE",
        "-3 | need: key= is required", "0 k"], done.stderr
    assert done.stderr.endswith("       +++ ADDRESS PROBE: need: key= is required\n")
    assert "Traceback" not in done.stderr


def test_script_path_is_none_for_command_line_programs(tmp_path):
    (tmp_path / "probe.py").write_text(PLUGIN)
    done = run_rexx(f'REQUIRE "{tmp_path / "probe.py"}"; address PROBE "where"; say result')
    assert done.stdout == "None|PROBE\n"


def test_the_api_classes_behave_as_the_dataclasses_they_replace():
    """Plain classes (importing ``dataclasses`` cost a host command 9 ms): keyword and
    positional construction, a dataclass's repr and ==, a fresh dict per result, Param and
    CommandSpec immutable and hashable, ``isinstance`` of any object shaped as an Environment."""
    from rexxlite.plugin_api import (CommandContext, CommandResult, CommandSpec, Environment,
                                     Param)
    first, second = CommandResult(), CommandResult(rc=0)
    first.fields["x"] = 1
    assert second.fields == {} and first != second and CommandResult(1) == CommandResult(rc=1)
    assert repr(CommandResult(rc=2, output="o")) == (
        "CommandResult(rc=2, condition=None, output='o', fields={}, variables={}, "
        "output_shown=False)")
    first.note = "a plugin's own attribute"          # (results take attributes, as before)
    param = Param("password", "the password", secret=True)
    assert (param.name, param.help, param.required, param.secret) == (
        "password", "the password", False, True)
    with pytest.raises(AttributeError):
        param.required = True
    spec = CommandSpec("login", "log in", (param,))
    assert spec == CommandSpec("login", "log in", (Param("password", "the password", False,
                                                          True),))
    assert len({spec, CommandSpec("login", "log in", (param,))}) == 1
    context = CommandContext(None, sys.stdout, sys.stderr, "KV")
    assert context.input_lines is None and context.environment == "KV"

    class Shaped:
        name = "SHAPED"

        def execute(self, command, context):
            return 0

    assert isinstance(Shaped(), Environment) and not isinstance(object(), Environment)
