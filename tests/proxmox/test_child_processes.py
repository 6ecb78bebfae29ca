"""Host children die with the process that started them, even when it is SIGKILLed: plain
children through the parent-death signal, a new session's process group through the reaper."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

from proxmox_helpers import processes_with, wait_for

from rexxlite.addresses.proxmox.engines.streamed_process import run_streamed

STARTER = textwrap.dedent("""
    import sys
    from rexxlite.addresses.proxmox.engines import volumes
    from rexxlite.addresses.proxmox.engines.streamed_process import run_streamed
    how, seconds = sys.argv[1:]
    print("go", flush=True)
    if how == "run":
        volumes.run(["sleep", seconds], "sleeping")
    else:                          # the shell's own child stays in the group when it dies
        run_streamed(["sh", "-c", f"sleep {seconds}; :"])
""")


def _kill_starter(how: str, seconds: str) -> int:
    proc = subprocess.Popen([sys.executable, "-c", STARTER, how, seconds],
                            stdout=subprocess.PIPE, text=True, env=dict(os.environ))
    assert proc.stdout.readline() == "go\n"
    assert wait_for(lambda: processes_with(f"sleep {seconds}"), 10)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    return proc.pid


def test_a_host_command_dies_with_its_starter():
    _kill_starter("run", "4398")
    assert wait_for(lambda: not processes_with("sleep 4398"), 5)


def test_a_process_group_dies_with_its_starter_and_so_does_the_reaper():
    pid = _kill_starter("streamed", "4399")
    assert wait_for(lambda: not processes_with("sleep 4399"), 5), processes_with("sleep 4399")
    assert wait_for(lambda: not processes_with(f"group_reaper.py {pid} "), 5)


def test_a_missing_program_is_exit_127():
    done = run_streamed(["no-such-program-rexxlite"])
    assert (done.exit_code, done.stderr) == (127, "no-such-program-rexxlite: command not found")
