"""Fault points of the local engine, for tests: ``REXXLITE_PROXMOX_INJECT_FAULT=<point>`` makes
the step named ``point`` fail with an EngineError; ``kill:<point>`` makes the process SIGKILL
itself there (a crash at an exact moment, to test recovery)."""

from __future__ import annotations

import os
import signal

from .base import EngineError

FAULT_ENV = "REXXLITE_PROXMOX_INJECT_FAULT"


def fault(point: str) -> None:
    """Fail (or die) here if the test harness asked for it."""
    wanted = os.environ.get(FAULT_ENV)
    if wanted == point:
        raise EngineError(f"injected fault at {point}")
    if wanted == f"kill:{point}":
        os.kill(os.getpid(), signal.SIGKILL)
