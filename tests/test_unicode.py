"""Non-ASCII text end to end (docs/unicode.md): strings are characters; byte-oriented functions
(C2X) and output see the UTF-8 bytes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _run(tmp_path: Path, source: str, stdin: bytes = b"") -> subprocess.CompletedProcess:
    program = tmp_path / "u.rexx"
    program.write_bytes(source.encode("utf-8"))
    env = dict(os.environ, LANG="C", LC_ALL="C")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    return subprocess.run([sys.executable, "-m", "rexxlite", str(program)], input=stdin,
                          capture_output=True, env=env, cwd=tmp_path, timeout=60)


def test_length_substr_c2x(tmp_path):
    done = _run(tmp_path, "s = 'h\u00e9llo'\n"
                          "say length(s) substr(s, 2, 1) c2x(s) c2x(substr(s, 2, 1))\n"
                          "say reverse(s) left(s, 3) || '|' pos('l', s)\n"
                          "say (x2c('C3A9') = '\u00e9') length(x2c('C3A9')) c2x(x2c('80'))\n")
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode("utf-8") == ("5 \u00e9 68C3A96C6C6F C3A9\n"
                                           "oll\u00e9h h\u00e9l| 3\n"
                                           "1 1 80\n")


def test_bytes_pass_through_unchanged(tmp_path):
    # a byte that is not UTF-8 is read, counted as one character and written back as itself
    done = _run(tmp_path, "parse pull line\nsay length(line) c2x(line)\nsay line\n",
                stdin=b"a\xffb\xc3\xa9\n")
    assert done.returncode == 0, done.stderr
    assert done.stdout == b"4 61FF62C3A9\na\xffb\xc3\xa9\n"


def test_stream_functions_see_bytes(tmp_path):
    (tmp_path / "data.txt").write_bytes("\u00e9t\u00e9\n".encode("utf-8"))
    done = _run(tmp_path, "f = 'data.txt'\nsay chars(f) length(linein(f))\n")
    assert done.returncode == 0, done.stderr
    assert done.stdout == b"6 3\n"
