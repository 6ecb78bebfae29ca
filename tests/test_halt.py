"""HALT: a real SIGINT to a running rexxlite process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def _interrupt(tmp_path: Path, source: str):
    program = tmp_path / "prog.rexx"
    program.write_text(source)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    proc = subprocess.Popen([sys.executable, "-m", "rexxlite", str(program)], cwd=tmp_path,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    # wait until the program has started its loop
    deadline = time.time() + 20
    first = proc.stdout.readline()
    assert first == "start\n" or time.time() > deadline
    time.sleep(0.3)
    proc.send_signal(signal.SIGINT)
    try:
        out, err = proc.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        pytest.fail("the program did not stop on SIGINT")
    return proc.returncode, first + out, err


LOOP = "say 'start'\ndo forever\n  n = 1\nend\n"


def test_untrapped_halt_is_error_4(tmp_path):
    status, out, err = _interrupt(tmp_path, LOOP)
    assert status == 256 - 4
    assert out == "start\n"
    assert "Error 4 running" in err and "Program interrupted" in err
    assert "Traceback" not in err


def test_signal_on_halt(tmp_path):
    status, out, err = _interrupt(tmp_path, "signal on halt\n" + LOOP + (
        "halt:\nsay 'halted' condition('C') condition('D') condition('I')\nexit 3\n"))
    assert (status, out, err) == (3, "start\nhalted HALT SIGINT SIGNAL\n", "")


def test_call_on_halt_returns(tmp_path):
    status, out, err = _interrupt(tmp_path, """call on halt
say 'start'
do forever
  if done = 1 then leave
end
say 'after loop'
exit 5
halt:
say 'halted' condition('C') condition('I')
done = 1
return
""")
    assert (status, out, err) == (5, "start\nhalted HALT CALL\nafter loop\n", "")


def test_halt_at_a_loop_head_in_an_external_routine(tmp_path):
    """Ctrl-C while an external routine's empty loop goes round: its DO is reported at the
    loop's outer depth, the call one level out, then the caller goes on (RC 4), as Regina
    3.6 prints it (measured: the same program under ``rexx``)."""
    (tmp_path / "spin.rexx").write_text("do forever\nend\n")
    status, out, err = _interrupt(tmp_path, "say 'start'\ndo 1\ncall 'spin'\nend\n"
                                            "say 'back' rc\n")
    assert (status, out) == (0, "start\nback 4\n")
    assert err == ("     1 +++       do forever\n"
                   "     3 +++    call 'spin'\n"
                   f'Error 4 running "{tmp_path}/spin.rexx", line 1: Program interrupted\n'
                   "       +++ RC=4 +++\n")
