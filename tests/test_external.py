"""External routines: a program split over files, run from another directory."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from rexx_run import run_rexx

REPO = Path(__file__).resolve().parent.parent


def _env(**extra) -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    env.pop("REXX_PATH", None)
    env.update(extra)
    return env


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def _app(tmp_path: Path) -> Path:
    app = tmp_path / "app"
    _write(app / "main.rexx", """
x = 'main x'
parse source sys how name
say 'main:' how substr(name, lastpos('/', name) + 1)
call greet 'World', 'twice'
say 'result:' result
say 'square:' square(7) 'x:' x
say 'nested:' square(square(2))
call 'tools/counter' 3
say 'counter result:' result
call noresult
say 'after noresult:' symbol('RESULT')
say 'exit value:' exiter()
do i = 1 to 3
  n = square(i)
end
say 'loop:' n
exit 0
""")
    _write(app / "greet.rexx", """
parse arg who, how
parse source sys type file
say 'hello' who how arg() type substr(file, lastpos('/', file) + 1)
say 'caller x visible?' symbol('X')
return 'greeted'
""")
    _write(app / "tools" / "counter.rex", """
arg n
total = 0
do i = 1 to n; total = total + i; end
return total
""")
    _write(tmp_path / "lib" / "square.rexx", """
parse source . type .
if type \\= 'FUNCTION' then say 'wrong type' type
return arg(1) ** 2
""")
    _write(tmp_path / "lib" / "noresult.rexx", "return\n")
    _write(tmp_path / "lib" / "exiter", "exit 'from exit'\n")
    return app


def test_multi_file_program_from_another_directory(tmp_path):
    app = _app(tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    run = run_rexx(app / "main.rexx", cwd=elsewhere,
                   env=_env(REXX_PATH=str(tmp_path / "lib")))
    assert run.stderr == ""
    assert run.status == 0
    lines = run.stdout.splitlines()
    assert lines[0] == "main: COMMAND main.rexx"
    assert lines[1] == "hello World twice 2 SUBROUTINE greet.rexx"
    assert lines[2] == "caller x visible? LIT"
    assert lines[3] == "result: greeted"
    assert lines[4] == "square: 49 x: main x"
    assert lines[5] == "nested: 16"
    assert lines[6] == "counter result: 6"
    assert lines[7] == "after noresult: LIT"
    assert lines[8] == "exit value: from exit"
    assert lines[9] == "loop: 9"


def test_current_directory_is_searched(tmp_path):
    _write(tmp_path / "here" / "helper.rexx", "return 'found in cwd'\n")
    main = _write(tmp_path / "prog" / "main.rexx", "say helper()\n")
    run = run_rexx(main, cwd=tmp_path / "here", env=_env())
    assert (run.status, run.stdout, run.stderr) == (0, "found in cwd\n", "")


def test_unknown_routine_is_error_43(tmp_path):
    main = _write(tmp_path / "main.rexx", "call no_such_routine_xyz\n")
    run = run_rexx(main, cwd=tmp_path, env=_env())
    assert run.status == 256 - 43
    assert 'Error 43.1: Could not find routine "NO_SUCH_ROUTINE_XYZ"' in run.stderr
    assert "Traceback" not in run.stderr


def test_error_in_external_routine_is_reported_and_sets_rc(tmp_path):
    _write(tmp_path / "bad.rexx", "say 'in bad'\ny = 'a' + arg(1)\n")
    main = _write(tmp_path / "main.rexx", "call bad 3\nsay 'after' rc\n")
    run = run_rexx(main, cwd=tmp_path, env=_env())
    assert run.status == 0
    assert run.stdout == "in bad\nafter 41\n"
    bad = str(tmp_path / "bad.rexx")
    assert run.stderr == ("     2 +++    y = 'a' + arg(1)\n"
                          "     1 +++ call bad 3\n"
                          f'Error 41 running "{bad}", line 2: Bad arithmetic conversion\n'
                          "       +++ RC=41 +++\n")


def test_external_program_is_parsed_once(tmp_path, monkeypatch):
    from rexxlite.running.interpreter import Interpreter
    from rexxlite.running.runner import run_file
    _write(tmp_path / "twice.rexx", "return arg(1) * 2\n")
    main = _write(tmp_path / "main.rexx", "do i = 1 to 5; x = twice(i); end; exit x\n")
    parsed = []
    original = Interpreter.parse

    def counting(self, source, name, from_file=False):
        parsed.append(name)
        return original(self, source, name, from_file)
    monkeypatch.setattr(Interpreter, "parse", counting)
    assert run_file(str(main)) == 10
    assert parsed == [str(main), str(tmp_path / "twice.rexx")]


def test_a_program_calling_itself_without_end_is_one_error_5(tmp_path):
    # Rosetta Code's fork.rexx (`child = fork()`) finds itself as the external routine FORK.
    # Each level used to report its own error (Error 5, then Error 44 at every level
    # above, each with a traceback as deep as its level): 2.4 GB of stderr, 77 s.
    main = _write(tmp_path / "fork.rexx", "child = fork()\n")
    run = run_rexx(main, cwd=tmp_path, env=_env())
    assert run.status == 256 - 5
    assert run.stdout == ""
    lines = run.stderr.splitlines()
    assert len(run.stderr) < 200_000
    assert lines[-1] == f'Error 5 running "{main}", line 1: System resources exhausted'
    assert lines[-2] == "     1 +++ child = fork()"
    assert "Error 44" not in run.stderr and "RC=" not in run.stderr
    assert sum("more lines like these" in line for line in lines) == 1
