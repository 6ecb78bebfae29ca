"""The end of the ``rexxlite`` process (``cli.end_process``): ``os._exit`` after a program,
with what an orderly exit does that can be seen kept (atexit handlers, flushed standard
streams, the exit status, threads Python waits for), the interpreter's teardown skipped."""

from __future__ import annotations

import subprocess
import sys


def _python(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, timeout=60)


def _command(setup: str, clauses: str) -> str:
    return (f"import sys\n{setup}\nsys.argv = ['rexxlite', '-e', {clauses!r}]\n"
            "from rexxlite.cli import command\ncommand()\n")


def test_the_command_ends_with_the_programs_status_and_its_output_flushed():
    done = _python(_command("sys.stdout.write('written before ')", "say 'it ran'; exit 300"))
    assert done.returncode == 300 % 256 and done.stdout == "written before it ran\n"
    assert done.stderr == ""


def test_atexit_handlers_still_run():
    done = _python(_command("import atexit; atexit.register(print, 'handler ran')",
                            "say 'program'"))
    assert done.stdout == "program\nhandler ran\n" and done.returncode == 0


def test_a_thread_python_waits_for_is_waited_for():
    setup = ("import threading, time\n"
             "threading.Thread(target=lambda: (time.sleep(0.3), print('late'))).start()")
    done = _python(_command(setup, "say 'program'"))
    assert done.stdout == "program\nlate\n" and done.returncode == 0


def test_the_interpreters_teardown_is_skipped():
    """(What the fast end is for: an object that would be finalised on the way out is not.)"""
    setup = ("class Noisy:\n"
             "    def __del__(self): sys.stdout.write('torn down\\n'); sys.stdout.flush()\n"
             "keep = Noisy()")
    done = _python(_command(setup, "say 'program'"))
    assert done.stdout == "program\n" and done.returncode == 0
    orderly = _python(setup_and_exit := "import sys\n" + setup + "\nsys.exit(0)\n")
    assert orderly.stdout == "torn down\n", setup_and_exit      # (the same object, sys.exit)


def test_python_dash_m_rexxlite_ends_the_same_way():
    done = subprocess.run([sys.executable, "-m", "rexxlite", "-e", "say 1; exit 7"],
                          capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=60)
    assert done.stdout == "1\n" and done.returncode == 7
