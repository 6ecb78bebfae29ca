"""Interpreter speed against Regina: every program in the shared bench folder and our own.

Runs each program with rexxlite (the ``rexxlite`` command installed beside the Python running
this script, as ``rosetta.py`` finds it) and with Regina (``rexx``) interleaved, several
rounds, takes the median wall time of each, checks that both print the same output, and prints
the ratio per program and the geometric mean. Each program runs twice unmeasured first, so
rexxlite's caches are warm, as for any script run before: the first run keeps the parsed
program and its compiled units (the unit image). Also measures start-up (a one-line
program, parsed and cached) against a bare ``python3 -c pass``. Writes the table into the
"interpreter" section of docs/benchmarks.md.

    python3 benchmarks/run.py [--rounds N] [--no-write] [PROGRAM.rexx ...]

This is a benchmark, not a test: it fails (exit 1) only when outputs differ or a run fails.
"""

from __future__ import annotations

import argparse
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rosetta import rexxlite_argv

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED_BENCH = ROOT.parent / "shared" / "bench"
OWN_BENCH = HERE / "programs"
DOC = ROOT / "docs" / "benchmarks.md"
#: The command users run: the ``rexxlite`` script of this Python's installation, else on PATH.
OURS = rexxlite_argv()
SECTION_START = "<!-- interpreter-bench:start -->"
SECTION_END = "<!-- interpreter-bench:end -->"


def timed(argv: list[str], cwd: Path) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run(argv, cwd=cwd, capture_output=True, text=True, timeout=600)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} exited {done.returncode}: {done.stderr.strip()}")
    return elapsed, done.stdout


def programs(named: list[str]) -> list[Path]:
    if named:
        return [Path(p).resolve() for p in named]
    found = []
    for folder in (SHARED_BENCH, OWN_BENCH):
        if folder.is_dir():
            found += sorted(folder.glob("*.rexx"))
    return found


def bench_program(path: Path, rounds: int, regina: str) -> dict:
    ours, theirs = [], []
    out_ours = out_theirs = None
    # Two unmeasured runs first: later runs find the program's AST and its compiled units in
    # rexxlite's cache, as every run of a script after its second does (like __pycache__).
    for _ in range(2):
        timed(OURS + [path.name], path.parent)
    for _ in range(rounds):
        t, out_ours = timed(OURS + [path.name], path.parent)
        ours.append(t)
        t, out_theirs = timed([regina, f"./{path.name}"], path.parent)
        theirs.append(t)
    return {
        "name": path.stem,
        "rexxlite": statistics.median(ours),
        "regina": statistics.median(theirs),
        "same": out_ours == out_theirs,
    }


def startup(rounds: int) -> tuple[float, float, float]:
    """Medians of: ``rexxlite -e 'say 1'`` (parsed every time, the slowest start), a one-line
    script file after its first two runs (its AST and units cached), and a bare
    ``python3 -c pass``; all in a scratch folder (from the repository's root, ``-m rexxlite``
    would find the source tree instead of the installed package)."""
    ours, cached, bare = [], [], []
    with tempfile.TemporaryDirectory() as folder:
        script = Path(folder) / "one_line.rexx"
        script.write_text("say 1\n")
        for _ in range(2):
            timed(OURS + [script.name], script.parent)
        for _ in range(rounds):
            ours.append(timed(OURS + ["-e", "say 1"], script.parent)[0])
            cached.append(timed(OURS + [script.name], script.parent)[0])
            bare.append(timed([sys.executable, "-c", "pass"], script.parent)[0])
    return statistics.median(ours), statistics.median(cached), statistics.median(bare)


def table(rows: list[dict], start: tuple[float, float, float]) -> str:
    lines = ["| program | rexxlite (ms) | Regina (ms) | ratio | same output |",
             "| --- | ---: | ---: | ---: | --- |"]
    for row in rows:
        ratio = row["rexxlite"] / row["regina"]
        lines.append(f"| {row['name']} | {row['rexxlite'] * 1000:.0f} | {row['regina'] * 1000:.0f}"
                     f" | {ratio:.1f}x | {'yes' if row['same'] else 'NO'} |")
    ratios = [row["rexxlite"] / row["regina"] for row in rows]
    geomean = math.exp(sum(math.log(r) for r in ratios) / len(ratios)) if ratios else float("nan")
    ours, cached, bare = start
    lines += ["", f"Geometric mean: **{geomean:.2f}x** Regina; worst: "
              f"{max(ratios, default=float('nan')):.1f}x.",
              f"Start-up (`rexxlite -e 'say 1'`, parsed): {ours * 1000:.0f} ms, "
              f"**{ours / bare:.1f}x** a bare `python3 -c pass` ({bare * 1000:.0f} ms); "
              f"a one-line script run before (AST and units cached): {cached * 1000:.0f} ms, "
              f"{cached / bare:.1f}x."]
    return "\n".join(lines)


def write_section(text: str) -> None:
    block = f"{SECTION_START}\n{text}\n{SECTION_END}"
    current = DOC.read_text() if DOC.exists() else "# Benchmarks\n"
    if SECTION_START in current:
        head, _, rest = current.partition(SECTION_START)
        _, _, tail = rest.partition(SECTION_END)
        current = head + block + tail
    else:
        current = current.rstrip("\n") + "\n\n## Interpreter against Regina\n\n" + block + "\n"
    DOC.write_text(current)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("programs", nargs="*")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--no-write", action="store_true", help="print only; leave the doc alone")
    options = parser.parse_args()
    regina = shutil.which("rexx") or shutil.which("regina")
    if regina is None:
        print("Regina (rexx) is not installed: apt-get install regina-rexx", file=sys.stderr)
        return 1
    # Measure the interpreter as installed: with its modules' bytecode cached (any value of
    # PYTHONDONTWRITEBYTECODE, even "0", stops Python writing it).
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    import compileall
    compileall.compile_dir(str(ROOT / "rexxlite"), quiet=1)
    compileall.compile_dir(str(ROOT / "addresses"), quiet=1)
    compileall.compile_dir(str(ROOT / "grammar"), quiet=1)
    rows = []
    for path in programs(options.programs):
        row = bench_program(path, options.rounds, regina)
        print(f"{row['name']:<20} rexxlite {row['rexxlite'] * 1000:8.0f} ms   Regina "
              f"{row['regina'] * 1000:6.0f} ms   {row['rexxlite'] / row['regina']:5.1f}x"
              f"{'' if row['same'] else '   OUTPUT DIFFERS'}", flush=True)
        rows.append(row)
    text = table(rows, startup(options.rounds))
    print(text)
    if not options.no_write:
        write_section(text)
    return 0 if all(row["same"] for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
