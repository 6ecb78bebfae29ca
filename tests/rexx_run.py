"""Running rexxlite as a user does (a subprocess), for tests that check what a user sees."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Run:
    status: int
    stdout: str
    stderr: str


def run_rexx(program: str | Path, *args: str, cwd: str | Path | None = None, stdin: str = "",
             python: str = sys.executable, timeout: float = 60, env: dict | None = None) -> Run:
    """Run a program file (a Path) or source text (a str, via -e) and capture what it prints."""
    if isinstance(program, Path):
        argv = [python, "-m", "rexxlite", str(program), *args]
    else:
        argv = [python, "-m", "rexxlite", "-e", program, *args]
    done = subprocess.run(argv, input=stdin, capture_output=True, text=True, cwd=cwd,
                          timeout=timeout, env=env)
    return Run(done.returncode, done.stdout, done.stderr)
