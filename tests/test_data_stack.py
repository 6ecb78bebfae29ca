"""Room on CPython's frame data stack (``running/data_stack.py``): a recursion of Rexx calls
does not map and unmap a stack chunk per call, and ``with_room`` is a plain call otherwise."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from rexxlite.running.data_stack import with_room

FIB = "say fib(18)\nexit\nfib: procedure\n  parse arg n\n  if n < 2 then return n\n" \
      "  return fib(n - 1) + fib(n - 2)\n"


def test_with_room_returns_the_value_and_passes_exceptions_on():
    assert with_room(lambda a, b: a + b, 2, 3) == 5
    with pytest.raises(ZeroDivisionError):
        with_room(lambda: 1 // 0)


def test_with_room_leaves_deep_python_recursion_working():
    def depth(n):
        return 0 if n == 0 else 1 + depth(n - 1)
    assert with_room(depth, 800) == 800


@pytest.mark.skipif(shutil.which("strace") is None, reason="needs strace")
def test_a_recursive_rexx_function_does_not_map_a_chunk_per_call(tmp_path):
    program = tmp_path / "fib.rexx"
    program.write_text(FIB)
    log = tmp_path / "strace.log"
    done = subprocess.run(["strace", "-f", "-c", "-o", str(log), "-e", "trace=munmap",
                           sys.executable, "-m", "rexxlite", str(program)],
                          capture_output=True, text=True, timeout=120)
    if done.returncode != 0 and "ptrace" in done.stderr:
        pytest.skip("ptrace is not allowed here")
    assert done.stdout == "2584\n"
    calls = [line.split() for line in log.read_text().splitlines() if line.endswith("munmap")]
    assert calls, log.read_text()
    # fib(18) makes 8,361 calls; before, each crossing of a chunk's end unmapped it (thousands)
    assert int(calls[0][3]) < 200, log.read_text()


CHUNK_TOO_BIG = """
import resource, sys
from rexxlite.running import data_stack
# a host frame asking for a 64 MiB chunk, with 16 MiB of address space left: it cannot be pushed
data_stack._host.__code__ = data_stack._host.__code__.replace(co_stacksize=2 ** 26 // 8)
with open("/proc/self/statm") as statm:
    used = int(statm.read().split()[0]) * resource.getpagesize()
resource.setrlimit(resource.RLIMIT_AS, (used + 2 ** 24, used + 2 ** 24))
calls = []
def work(a):
    calls.append(a)
    return a * 2
print(data_stack.with_room(work, 21), calls)
def short():
    calls.append("short")
    raise MemoryError
try:
    data_stack.with_room(short)
except MemoryError:
    print("MemoryError", calls.count("short"))
"""


def test_with_room_calls_plainly_when_the_chunk_cannot_be_had():
    """No memory for the host frame's chunk: ``fn`` still runs, once; a MemoryError of ``fn``
    itself is passed on, not retried."""
    done = subprocess.run([sys.executable, "-c", CHUNK_TOO_BIG], capture_output=True,
                          text=True, timeout=60)
    assert (done.stdout, done.stderr) == ("42 [21]\nMemoryError 1\n", "")
