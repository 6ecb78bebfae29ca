"""Running a Rexx program from a file or a string: the exit status, errors on stderr.

``run_file(path, args)`` and ``run_source(source, name, args)`` return the process exit
status: the EXIT value (modulo 256, as Regina), 0 at the end of the program, 256 - N after
Error N (253 when the program file cannot be read: Error 3). A Python traceback never reaches the user: an unexpected exception inside the
interpreter becomes a Rexx error (49, or 5 for exhausted resources), Ctrl-C is HALT (Error 4).
"""

from __future__ import annotations

import os
import sys
import time
import _thread                     # (not ``threading``: a cost every run paid for one thread)

from rexxlite.runtime.broken_pipe import end_by_sigpipe, output_closed
from rexxlite.charset import MODEL, from_bytes, from_os, use_utf8, utf8_wanted
from rexxlite.errors import RexxError, internal_error

SIGPIPE = object()        # the outcome of a program whose standard output was closed


def load_builtins() -> None:
    """Import every module of ``rexxlite.builtins`` now (a run does not need to: the registry
    imports a built-in's module when the name is first looked up)."""
    from rexxlite.builtins.registry import REGISTRY
    REGISTRY.load_all()


def setup_streams(terminal: bool = False) -> None:
    """Make the process's standard streams agree with the character model (``charset``:
    latin-1 for the byte model, UTF-8 with undecodable bytes kept for the UTF-8 one), so every
    byte a program reads or writes passes through unchanged. ``terminal`` (the REPL, whose
    line editor writes Python text): UTF-8 with undecodable bytes kept, whatever the model
    (the REPL converts the interpreter's strings, ``plugin_text.HostTextWriter``)."""
    encoding, errors = ("utf-8", "surrogateescape") if terminal else (MODEL.encoding,
                                                                       MODEL.errors)
    for stream in (sys.__stdout__, sys.__stderr__, sys.__stdin__):
        try:
            stream.reconfigure(encoding=encoding, errors=errors)
        except (AttributeError, ValueError):
            pass


def choose_model(source: bytes | None = None, utf8: bool = False) -> None:
    """Pick the run's character model (``charset.utf8_wanted``) and fit the standard streams
    to it."""
    wanted = utf8_wanted(source, utf8)
    if wanted != MODEL.utf8:
        use_utf8(wanted)
        setup_streams()


def make_interpreter(name: str, path: str | None = None, **kwargs):
    from rexxlite.running.interpreter import Interpreter
    return Interpreter(name=name, path=path, **kwargs)


def run_source(source: str | bytes, name: str = "<string>", args: list[str] | None = None,
               path: str | None = None, utf8: bool = False, **kwargs) -> int:
    """Run the program ``source`` (``name`` is what messages and PARSE SOURCE show): bytes
    are decoded in the character model the run uses (``choose_model``: ``utf8``, the
    environment, an OPTIONS UTF8 clause); text is taken as the program's characters.
    ``args`` are the arguments as the OS gave them (decoded by ``os.fsdecode``)."""
    if isinstance(source, bytes):
        choose_model(source, utf8)
        source = from_bytes(source)
    else:
        choose_model(source.encode("utf-8", "surrogatepass"), utf8)
    arguments = [from_os(arg) for arg in args or []]
    interp = make_interpreter(name, path, **kwargs)
    return _guarded(lambda: interp.run_program(source, arguments), interp)


def run_file(path: str, args: list[str] | None = None, **kwargs) -> int:
    """Run the program in file ``path``."""
    full = os.path.abspath(path)
    try:
        with open(full, "rb") as handle:
            source = handle.read()
    except OSError as exc:          # Regina: Error 3.1 "Program was not found", status 253
        missing = isinstance(exc, FileNotFoundError)
        error = RexxError(3, 1, description="Program was not found" if missing else exc.strerror)
        return _report(make_interpreter(path), error)
    return run_source(source, full, args, path=full, **kwargs)


def _guarded(run, interp) -> int:
    """Run ``run()`` on a thread with a large stack (deep Rexx recursion), turning anything
    unexpected into a Rexx error report."""
    outcome: list = []
    done = _thread.allocate_lock()      # held while the program runs
    done.acquire()

    def target():
        try:
            try:
                outcome.append(run())
            except KeyboardInterrupt:
                outcome.append(_report(interp, RexxError(4)))
            except RexxError as e:
                outcome.append(_report(interp, e))
            except SystemExit as e:
                outcome.append(e.code if isinstance(e.code, int) else 1)
            except BrokenPipeError as exc:
                if output_closed():
                    outcome.append(SIGPIPE)
                else:
                    outcome.append(_report(interp, internal_error(exc)))
            except BaseException as exc:  # never show a Python traceback
                outcome.append(_report(interp, internal_error(exc)))
        except BaseException:         # a second Ctrl-C while reporting the first
            if not outcome:
                outcome.append((256 - 4) & 0xFF)
        finally:
            done.release()

    _catch_sigint()
    old_limit = sys.getrecursionlimit()
    worker = _start_worker(target, old_limit)
    if worker is None:              # no thread can be had at all: run on this one
        target()
    else:
        wait_passing_interrupts(done, lambda: bool(outcome), worker)
    if outcome and outcome[0] is SIGPIPE:
        end_by_sigpipe()
    try:
        sys.stdout.flush()
    except Exception:
        pass
    return outcome[0] if outcome else 1


# (thread stack size, Python recursion limit that stack holds): Rexx recursion some 10,000
# calls deep needs the first; the others are fallbacks when memory is short for a moment.
_STACKS = ((512 * 1024 * 1024, 200000), (64 * 1024 * 1024, 25000), (0, 3000))


def _start_worker(target, old_limit: int):
    """The interpreter thread's identity, the thread started with the largest stack the host
    gives now, and the recursion limit for it; None when no thread can be started at all (the
    caller then runs the program on its own thread rather than fail with a Python
    traceback). The thread is a bare ``_thread`` one: nothing waits for it at exit (the
    caller waits for it)."""
    for size, limit in _STACKS:
        try:
            old_size = _thread.stack_size(size)
        except (ValueError, RuntimeError):
            old_size = None
        try:
            sys.setrecursionlimit(max(old_limit, limit))
            return _thread.start_new_thread(target, ())
        except RuntimeError:            # "can't start new thread"
            continue
        finally:
            if old_size is not None:
                _thread.stack_size(old_size)
    sys.setrecursionlimit(max(old_limit, 3000))
    return None


def _catch_sigint() -> None:
    """Ctrl-C is HALT even when the program was started with SIGINT ignored (a background
    job), as in Regina. (``_signal``, the C module under ``signal``: importing ``signal`` makes
    its enums, a cost every run paid for one call.)"""
    try:
        import _signal as signal
    except ImportError:             # not CPython
        import signal
    try:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    except (ValueError, OSError):   # (ValueError: not the main thread, e.g. the REPL's worker)
        pass


def wait_passing_interrupts(done, ended, worker: int, step: float = 0.2) -> None:
    """Wait until ``ended()`` is true, acquiring lock ``done`` (which the interpreter thread
    ``worker`` releases when it has ended its job) in steps of ``step`` seconds. Ctrl-C
    reaches this (main) thread between them and is passed on to ``worker``, where it becomes
    the HALT condition, while the job has not ended; one that cannot be passed on yet
    (``_interrupt``) is tried again every millisecond. (A bare lock: a Ctrl-C raised inside
    ``threading.Event.wait``'s condition can leave its lock released, "release unlocked lock";
    and ``ended``, not the lock, says when to stop: this thread may hold the lock already.)"""
    since = None                    # when a Ctrl-C not passed on yet came
    while not ended():
        if since is not None and _interrupt(worker, time.monotonic() - since > 1.0):
            since = None
        try:
            done.acquire(True, step if since is None else 0.001)
        except KeyboardInterrupt:
            if since is None:
                since = time.monotonic()


def _interrupt(worker: int, anyway: bool = False) -> bool:
    """Deliver Ctrl-C to the interpreter thread (``worker``: its identity); False when it
    cannot be now. CPython 3.11 gives a new thread's state the identity of the thread
    starting it until the new thread runs, and PyThreadState_SetAsyncExc raises in the first
    state it finds with the identity, the newest: sent while the worker starts a thread, the
    exception killed that thread before it ran, and the worker waited for it for ever (a
    plugin's output pumps). Such a thread is in ``threading._limbo`` from before its state is
    made until it runs, and a thread enters it only under ``_active_limbo_lock``; so the
    exception is sent, under that lock, when none is there (or ``anyway``: one left there)."""
    import ctypes
    import threading
    with threading._active_limbo_lock:
        if threading._limbo and not anyway:
            return False
        ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(worker),
                                                   ctypes.py_object(KeyboardInterrupt))
    return True


def _report(interp, error: RexxError) -> int:
    try:
        interp.report_error(error, getattr(error, "rexx_tb", []))
    except Exception:
        sys.stderr.write(f"Error {error.code}: {error.message}\n")
    return (256 - error.code) & 0xFF
