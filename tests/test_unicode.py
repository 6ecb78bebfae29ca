"""Strings are bytes (docs/unicode.md): one character per byte by default, as in Regina, and
Unicode text semantics only when asked for (OPTIONS UTF8, --utf8, REXXLITE_UTF8=1)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

PROBE = ("s = 'h\u00e9llo'\n"
         "say length(s) c2x(substr(s, 2, 1)) length('\u2550') length('cdab'x)\n"
         "say c2x(right('0a'x || 'efcdab89'x, 4)) length('C3A9'x) c2x(reverse('\u00e9'))\n"
         "say 'emoji \U0001F600 ok'\n")


def _run(tmp_path: Path, source: str, stdin: bytes = b"", flags: tuple = (), args: tuple = (),
         **env_extra) -> subprocess.CompletedProcess:
    program = tmp_path / "u.rexx"
    program.write_bytes(source.encode("utf-8"))
    env = dict(os.environ, LANG="C", LC_ALL="C", **env_extra)
    env.pop("REXXLITE_UTF8", None) if "REXXLITE_UTF8" not in env_extra else None
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    return subprocess.run([sys.executable, "-m", "rexxlite", *flags, str(program), *args],
                          input=stdin, capture_output=True, env=env, cwd=tmp_path, timeout=60)


def test_bytes_by_default(tmp_path):
    done = _run(tmp_path, PROBE)
    assert done.returncode == 0, done.stderr
    assert done.stdout == ("6 C3 3 2\n"
                           "EFCDAB89 2 A9C3\n"
                           "emoji \U0001F600 ok\n").encode()


def test_utf8_by_flag_option_and_environment(tmp_path):
    expected = ("5 C3A9 1 2\n"                 # hex literals stay one character per byte
                "EFCDAB89 2 C3A9\n"
                "emoji \U0001F600 ok\n").encode()
    for done in (_run(tmp_path, PROBE, flags=("--utf8",)),
                 _run(tmp_path, "options utf8\n" + PROBE),
                 _run(tmp_path, PROBE, REXXLITE_UTF8="1")):
        assert done.returncode == 0, done.stderr
        assert done.stdout == expected


def test_bytes_pass_through_unchanged(tmp_path):
    done = _run(tmp_path, "parse pull line\nsay length(line) c2x(line)\nsay line\n",
                stdin=b"a\xffb\xc3\xa9\n")
    assert done.returncode == 0, done.stderr
    assert done.stdout == b"5 61FF62C3A9\na\xffb\xc3\xa9\n"


def test_stream_functions_see_bytes(tmp_path):
    (tmp_path / "data.txt").write_bytes("\u00e9t\u00e9\n".encode("utf-8"))
    (tmp_path / "\u00e9.txt").write_bytes(b"\xff\x00\n")
    done = _run(tmp_path, "f = 'data.txt'\nsay chars(f) length(linein(f))\n"
                          "say c2x(linein('\u00e9.txt')) stream('\u00e9.txt', 'c', 'query size')\n")
    assert done.returncode == 0, done.stderr
    assert done.stdout == b"6 5\nFF00 3\n"


def test_arguments_environment_and_commands_are_bytes(tmp_path):
    source = ("parse arg a\nsay length(a) c2x(a)\n"
              "say length(value('RX_TEXT', , 'ENVIRONMENT'))\n"
              "call value 'RX_OUT', 'x'a, 'ENVIRONMENT'\n"
              "address system 'printf %s \"$RX_OUT\"' with output stem out.\n"
              "say out.0 c2x(out.1)\n")
    done = _run(tmp_path, source, args=("\u00e9",), RX_TEXT="\u2550")
    assert done.returncode == 0, done.stderr
    assert done.stdout == b"2 C3A9\n3\n1 78C3A9\n"


PLUGIN = '''
from rexxlite.plugin_api import CommandResult

class Echo:
    name = "ECHO"

    def execute(self, command, context):
        context.stdout.write("wrote " + command + "\\n")
        return CommandResult(output=command, fields={"chars": len(command), "text": command})

ENVIRONMENT = Echo()
'''


def test_plugins_get_and_give_python_text(tmp_path):
    # the plugin sees 'é' as one Python character; what it gives back is bytes again
    (tmp_path / "echo_address.py").write_text(PLUGIN)
    done = _run(tmp_path, "require './echo_address.py'\naddress echo 'é'\n"
                          "say length(result) c2x(result) result.chars c2x(result.text)\n")
    assert done.returncode == 0, done.stderr
    assert done.stdout == "wrote é\n2 C3A9 1 C3A9\n".encode()


def test_clauses_on_the_command_line_and_stdin_are_bytes_too(tmp_path):
    env = dict(os.environ, LANG="C", LC_ALL="C")
    env.pop("REXXLITE_UTF8", None)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    program = "say length('\u00e9') c2x('\u00e9')"
    outputs = []
    for flags in ((), ("--utf8",)):
        for how in ("-e", "-"):
            argv = [sys.executable, "-m", "rexxlite", *flags, how] + ([program] if how == "-e"
                                                                      else [])
            done = subprocess.run(argv, input=program.encode() if how == "-" else b"",
                                  capture_output=True, env=env, timeout=60)
            assert done.returncode == 0, done.stderr
            outputs.append(done.stdout)
    assert outputs == [b"2 C3A9\n", b"2 C3A9\n", b"1 C3A9\n", b"1 C3A9\n"]
