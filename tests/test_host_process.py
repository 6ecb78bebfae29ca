"""host_process.run: the real processes of ADDRESS SYSTEM / COMMAND, started with posix_spawn.

Each test runs real programs (sh, cat, ...) and checks what a classic environment relies on:
the status, the bytes fed and captured (a megabyte each way at once, without a deadlock),
descriptors handed over and merged, what the child does not inherit (descriptors, Python's
ignored SIGPIPE), the errors of a program that cannot start, and the reaping of a child after
an exception.
"""

import errno
import os
import subprocess
import sys

import pytest

from rexxlite.commands import host_process
from rexxlite.commands.host_process import CAPTURE, SAME_AS_STDOUT, run

SH = b"/bin/sh"


def sh(script: str, stdin=None, stdout=CAPTURE, stderr=CAPTURE):
    return run([b"sh", b"-c", script.encode()], SH, stdin, stdout, stderr)


def test_the_status_is_the_exit_status_or_minus_the_signal():
    assert sh("exit 3") == (3, b"", b"")
    assert sh("echo out; echo err >&2; exit 0") == (0, b"out\n", b"err\n")
    assert sh("kill -TERM $$")[0] == -15
    assert run([b"true"], None, None, CAPTURE, CAPTURE) == (0, b"", b"")   # found on PATH


def test_a_megabyte_is_fed_while_both_outputs_are_read():
    data = bytes(range(256)) * 4096
    status, out, err = sh("cat; cat /dev/null >&2; head -c 70000 /dev/zero >&2", stdin=data)
    assert (status, out, err) == (0, data, b"\0" * 70000)


def test_input_a_child_does_not_read_is_no_error():
    assert sh("exit 5", stdin=b"x" * 1_000_000) == (5, b"", b"")
    assert sh("head -c 3", stdin=b"abcdef" * 100_000, stderr=2) == (0, b"abc", b"")
    assert sh("cat", stdin=b"") == (0, b"", b"")


def test_descriptors_are_handed_over_and_stderr_can_follow_stdout(tmp_path):
    target = tmp_path / "out"
    with open(target, "wb") as handle:
        assert sh("echo one; echo two >&2", stdout=handle.fileno(),
                  stderr=SAME_AS_STDOUT) == (0, b"", b"")
    assert target.read_bytes() == b"one\ntwo\n"
    assert sh("echo one; echo two >&2; echo three", stderr=SAME_AS_STDOUT) == (
        0, b"one\ntwo\nthree\n", b"")


def test_stderr_handed_our_stdout_is_not_the_captured_one(capfd):
    """The child's stderr is this process's fd 1 while its own fd 1 is a capture pipe: fd 1 is
    copied before the pipe replaces it in the child."""
    status, out, err = sh("echo to-out; echo to-err >&2", stderr=1)
    assert (status, out, err) == (0, b"to-out\n", b"")
    assert capfd.readouterr().out == "to-err\n"


def test_inheritable_descriptors_are_not_passed_on():
    read_end, write_end = os.pipe()
    try:
        os.set_inheritable(write_end, True)
        status, _out, err = sh(f"echo leak >&{write_end}")
        assert status != 0 and err            # (dash: "Bad fd number")
        os.close(write_end)
        write_end = None
        assert os.read(read_end, 10) == b""          # nobody else holds the write end
    finally:
        os.close(read_end)
        if write_end is not None:
            os.close(write_end)


def test_the_child_does_not_inherit_pythons_ignored_sigpipe():
    sigpipe_bit = 1 << (13 - 1)
    mine = _ignored_mask(open("/proc/self/status").read())
    assert mine & sigpipe_bit                        # Python ignores SIGPIPE...
    status, out, _err = sh("cat /proc/self/status")
    assert status == 0 and not _ignored_mask(out.decode()) & sigpipe_bit    # ...its child not
    assert sh("yes | head -c 2 >/dev/null; echo done") == (0, b"done\n", b"")


def _ignored_mask(status_text: str) -> int:
    line = next(line for line in status_text.splitlines() if line.startswith("SigIgn:"))
    return int(line.split()[1], 16)


def test_a_program_that_cannot_start_is_its_exec_error_and_leaks_nothing(tmp_path):
    before = sorted(os.listdir("/proc/self/fd"))
    with pytest.raises(OSError) as missing:
        run([b"no-such-program-here"], None, b"input", CAPTURE, CAPTURE)
    assert missing.value.errno == errno.ENOENT
    script = tmp_path / "plain"
    script.write_text("echo from a script without a hash-bang\n")
    script.chmod(0o755)
    with pytest.raises(OSError) as plain:
        run([os.fsencode(script)], None, None, CAPTURE, CAPTURE)
    assert plain.value.errno == errno.ENOEXEC
    with pytest.raises(ValueError):
        run([b"echo", b"a\0b"], None, None, CAPTURE, CAPTURE)
    assert sorted(os.listdir("/proc/self/fd")) == before


def test_an_exception_while_it_runs_ends_and_reaps_the_child(monkeypatch):
    real_read = os.read
    seen = []

    def interrupted(fd, size):
        seen.append(real_read(fd, size))
        raise KeyboardInterrupt

    monkeypatch.setattr(host_process.os, "read", interrupted)
    with pytest.raises(KeyboardInterrupt):
        sh("echo $$; exec sleep 30")
    monkeypatch.undo()
    pid = int(seen[0])
    with pytest.raises(ChildProcessError):           # reaped: not even a zombie is left
        os.waitpid(pid, os.WNOHANG)
    with pytest.raises(ProcessLookupError):          # and killed, not left sleeping
        os.kill(pid, 0)


def test_with_sigchld_ignored_a_command_still_runs_and_reads_as_status_0(tmp_path):
    """A process started with SIGCHLD ignored (some daemons start children so) has its
    children reaped by the system: the command runs, its output arrives, its status reads 0,
    as subprocess reports it."""
    script = ("import signal, sys\n"
              "signal.signal(signal.SIGCHLD, signal.SIG_IGN)\n"
              "from rexxlite.commands.host_process import run, CAPTURE\n"
              "print(run([b'sh', b'-c', b'echo ran; exit 3'], b'/bin/sh', None, CAPTURE, CAPTURE))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=60)
    assert (done.returncode, done.stdout, done.stderr) == (0, "(0, b'ran\\n', b'')\n", "")
