#!/usr/bin/env python3
"""Compare TRACE I output of rexxlite and Regina over every conformance program.

Each ``tests/conformance/*/*.rexx`` (with its ``.args`` / ``.stdin``) is run twice, as
``rexx -ti ./NAME.rexx ARGS`` and as ``python -m rexxlite -ti NAME.rexx ARGS``, in its folder with
the conformance environment (regenerate.py's). The standard errors (the trace), with the
program's path normalised to ``{FILE}`` as in tests/test_conformance.py, are compared; the
programs whose trace differs are listed and counted.

Usage::

    python3 tests/conformance/trace_compare.py               # all programs; list those differing
    python3 tests/conformance/trace_compare.py -t r core     # another TRACE letter, one folder
    python3 tests/conformance/trace_compare.py --diff NAME   # show the unified diff of some

Regina must be installed as ``rexx`` (``$REGINA`` overrides). Exit status 1 when any differ.
"""

from __future__ import annotations

import argparse
import difflib
import importlib.util
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
TIMEOUT = 120     # seconds per run: Regina takes 12 s on numeric_digits_huge under -ti

_spec = importlib.util.spec_from_file_location("conformance_regenerate", HERE / "regenerate.py")
regenerate = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(regenerate)


def _run(argv: list[str], program: Path, env: dict) -> str:
    try:
        done = subprocess.run(argv, input=regenerate.read_stdin(program), capture_output=True,
                              cwd=program.parent, timeout=TIMEOUT, env=env)
    except subprocess.TimeoutExpired:
        return "<timed out>\n"
    return regenerate.normalise_stderr(done.stderr.decode("latin-1"), program)


def _rexxlite_env() -> dict:
    env = regenerate.program_env()
    env["PYTHONPATH"] = str(REPO)
    return env


def traces(program: Path, letter: str, regina: str) -> tuple[str, str]:
    """(Regina's stderr, rexxlite's stderr) for ``program`` run under ``-t<letter>``."""
    args = regenerate.read_args(program)
    theirs = _run([regina, f"-t{letter}", f"./{program.name}", *args], program,
                  regenerate.program_env())
    ours = _run([sys.executable, "-m", "rexxlite", f"-t{letter}", program.name, *args],
                program, _rexxlite_env())
    return theirs, ours


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("programs", nargs="*", help="programs, names or folders (default: all)")
    parser.add_argument("-t", dest="letter", default="i", help="TRACE letter (default i)")
    parser.add_argument("--diff", action="store_true", help="print the diff of each difference")
    parser.add_argument("-j", dest="jobs", type=int, default=os.cpu_count() or 1)
    opts = parser.parse_args()
    regina = os.environ.get("REGINA", "rexx")
    programs = regenerate.select(opts.programs)

    with ThreadPoolExecutor(max_workers=opts.jobs) as pool:
        results = list(pool.map(lambda p: traces(p, opts.letter, regina), programs))
    differing = 0
    for program, (theirs, ours) in zip(programs, results):
        if theirs == ours:
            continue
        differing += 1
        print(f"DIFFERS  {program.relative_to(HERE)}")
        if opts.diff:
            sys.stdout.writelines(difflib.unified_diff(
                theirs.splitlines(keepends=True), ours.splitlines(keepends=True),
                fromfile="Regina", tofile="rexxlite"))
    print(f"{len(programs)} programs, {differing} differ under -t{opts.letter}", file=sys.stderr)
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
