"""How much of a cached run the compiler still takes, and what the unit image leaves of it.

A program run before starts from its cached AST and the cached code objects of its generated
text, but each unit (``compiler/lazy_units.py``) is compiled when it first runs: its clauses
into closures (``Compiler.compile_top``), then its runs of clauses generated as Python text
(``clause_function.generate_runs``, which finds the text's code object in the cache). A run
keeps the compiled units in the program's unit image (``compiler/unit_image.py``), and the
next run loads them instead.

This tool runs each program given (files, or folders searched for ``*.rexx``) three times,
each in a fresh ``python -m`` process of its own, stdin from /dev/null and stdout discarded:
the first run keeps the AST and the image; the second (``cached``) is told not to load the
image, so it compiles the units (from the cached AST) and writes the image again; the third
(``image``) starts from it. In the two measured runs the program runs on the main thread with
the unit compiler's entry points wrapped in timers, and each reports:

- ``run``: ``runner.run_file`` from start to end (the program's whole run, without Python's
  and rexxlite's own start-up; the cached run's includes writing the image);
- ``units``: time inside ``LazyUnits.compile_unit`` (everything compiling costs);
- ``closures`` and ``generation``: the two parts of it named above;
- ``load`` (the image run): ``unit_image.load``, making the units from the image.

Prints one line per program and the medians and means. A benchmark, not a test: the numbers
are wall time of one run each. A run that times out (or a driver that fails) is listed as
such and left out; a program ending with a status other than 0 (a Rexx error, an EXIT n) is
counted, with its status shown.

    python3 benchmarks/compile_share.py FILE_OR_DIR... [--limit N] [--timeout S]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

PARTS = ("units", "closures", "generation", "load")


def _timed(owner, name: str, totals: dict, key: str) -> None:
    """Wrap ``owner.name`` so the time spent in its outermost calls adds up in ``totals``."""
    inner = getattr(owner, name)
    depth = [0]

    def timed(*args, **kwargs):
        depth[0] += 1
        started = time.perf_counter()
        try:
            return inner(*args, **kwargs)
        finally:
            depth[0] -= 1
            if not depth[0]:
                totals[key] += time.perf_counter() - started
    setattr(owner, name, timed)


def measure_one(path: str, compiling: bool) -> dict:
    """The figures (milliseconds) of one run of ``path`` in this process (``compiling``:
    without loading the program's unit image)."""
    from rexxlite.compiler import code_cache, instructions, lazy_units, unit_image
    from rexxlite.compiler.codegen import clause_function
    from rexxlite.running import runner

    runner._start_worker = lambda target, old_limit: None     # the program on this thread
    if compiling:
        unit_image.load = lambda *args: None
    totals = dict.fromkeys(PARTS, 0.0)
    _timed(lazy_units.LazyUnits, "compile_unit", totals, "units")
    _timed(instructions.Compiler, "compile_top", totals, "closures")
    _timed(clause_function, "generate_runs", totals, "generation")
    _timed(unit_image, "load", totals, "load")
    shown, sys.stdout = sys.stdout, open(os.devnull, "w")
    started = time.perf_counter()
    try:
        status = runner.run_file(path, [])
    except SystemExit as exc:
        status = exc.code if isinstance(exc.code, int) else 1
    elapsed = time.perf_counter() - started
    sys.stdout.flush()
    sys.stdout = shown
    code_cache.save()               # as the command does at the end: the next run finds them
    figures = {key: round(1000 * value, 2) for key, value in totals.items()}
    figures.update(run=round(1000 * elapsed, 2), status=status)
    return figures


def _programs(places: list[str]) -> list[Path]:
    found: list[Path] = []
    for place in map(Path, places):
        found += sorted(place.rglob("*.rexx")) if place.is_dir() else [place]
    return found


def _measured_runs(path: Path, timeout: float) -> tuple | None:
    """The figures of the second (cached) and third (image) runs, each from a process of its
    own; None if any run failed."""
    command = [sys.executable, os.path.abspath(__file__), "--one", str(path)]
    runs = []
    for number in range(3):
        try:
            done = subprocess.run(command + ["--compiling"] * (number == 1),
                                  stdin=subprocess.DEVNULL, capture_output=True,
                                  text=True, timeout=timeout, cwd=path.parent)
        except subprocess.TimeoutExpired:
            return None
        lines = done.stdout.strip().splitlines()
        if done.returncode != 0 or not lines:
            return None
        runs.append(json.loads(lines[-1]))
    return runs[1], runs[2]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("places", nargs="*", help="Rexx files, or folders of them")
    parser.add_argument("--limit", type=int, default=0, help="at most this many programs")
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds a run may take")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    parser.add_argument("--compiling", action="store_true", help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    if options.one:
        figures = measure_one(options.one, options.compiling)
        print(json.dumps(figures))
        sys.stdout.flush()
        os._exit(0)                 # as the command ends: no teardown of the modules
    programs = _programs(options.places)
    if options.limit:
        programs = programs[:options.limit]
    if not programs:
        parser.error("no programs given")
    rows = []
    for path in programs:
        measured = _measured_runs(path, options.timeout)
        if measured is None:
            print(f"{path.name}: failed or timed out")
            continue
        rows.append(measured)
        cached, image = measured
        status = f" (status {cached['status']})" if cached["status"] else ""
        print(f"{path.name}: " + " ".join(f"{key} {cached[key]:.2f}"
                                          for key in ("run",) + PARTS[:3])
              + " image " + " ".join(f"{key} {image[key]:.2f}"
                                     for key in ("run", "units", "load")) + " ms" + status)
    if not rows:
        return 1
    for title, index, keys in (("cached runs", 0, ("run",) + PARTS[:3]),
                               ("runs from the unit image", 1, ("run", "units", "load"))):
        print(f"\n{len(rows)} programs, {title} (ms):")
        for key in keys:
            values = [row[index][key] for row in rows]
            print(f"  {key:<11} median {statistics.median(values):8.2f}   "
                  f"mean {statistics.fmean(values):8.2f}")
        share = [row[index]["units"] / row[index]["run"] for row in rows if row[index]["run"]]
        print(f"  compiling is a median {100 * statistics.median(share):.0f}% of a run")
    return 0


if __name__ == "__main__":
    sys.exit(main())
