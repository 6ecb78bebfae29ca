"""Ctrl-C (SIGINT) during ``execute`` without timeout=: the command stops, its process group
dies (inside the container too) and the Rexx program gets HALT, as for any clause."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from proxmox_helpers import REPO, requires_lxc

pytestmark = requires_lxc


def processes_with(text: str) -> list[str]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            except OSError:
                continue
            if text in cmdline:
                found.append(cmdline)
    return found


def wait_for(check, seconds: float = 20) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.05)
    return False


def interrupt_program(tmp_path: Path, source: str, marker: str) -> tuple[int, str, str]:
    """Run ``source`` with rexxlite, SIGINT it once a process with ``marker`` in its command
    line runs, and return (exit status, stdout, stderr); no ``marker`` process may remain."""
    program = tmp_path / "prog.rexx"
    program.write_text(source)
    proc = subprocess.Popen([sys.executable, "-m", "rexxlite", str(program)], cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=dict(os.environ))
    try:
        assert wait_for(lambda: processes_with(marker)), "the command did not start"
        time.sleep(0.2)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert wait_for(lambda: not processes_with(marker), 5), processes_with(marker)
    return proc.returncode, out, err


def test_sigint_during_execute_is_halt_and_kills_the_command(px, tmp_path):
    vmid = px.busybox()
    px.ok(f"start vmid={vmid}")
    status, out, err = interrupt_program(tmp_path, (
        "address proxmox\n"
        "say 'start'\n"
        f"\"execute vmid={vmid} command='sleep 4301; echo never'\"\n"
        "say 'not reached'\n"), "sleep 4301")
    assert status == 256 - 4
    assert out == "start\n"
    assert 'line 3: Program interrupted' in err and "Error 4 running" in err
    assert "Traceback" not in err


def test_signal_on_halt_catches_an_interrupted_execute(px, tmp_path):
    vmid = px.busybox()
    px.ok(f"start vmid={vmid}")
    status, out, err = interrupt_program(tmp_path, (
        "signal on halt\n"
        "address proxmox\n"
        f"\"execute vmid={vmid} command='sleep 4302'\"\n"
        "exit 0\n"
        "halt:\n"
        "say 'halted' condition('C') condition('D') 'at' sigl\n"
        f"\"execute vmid={vmid} command='echo still usable'\"\n"
        "say rc result.stdout\n"
        "exit 3\n"), "sleep 4302")
    assert (status, err) == (3, ""), err
    assert out.splitlines()[0] == "halted HALT SIGINT at 3"
    assert "still usable" in out
