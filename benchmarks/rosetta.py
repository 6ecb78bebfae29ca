"""Real programs against Regina: run a folder of Rexx programs under both and compare.

Each ``*.rexx`` under the folder (searched recursively) is copied alone into a scratch
directory and run there by Regina (``rexx``, stdin from /dev/null, 10 s timeout), twice. A
program is kept when both runs exit with status 0, write nothing on stderr and print the same
bytes (a program whose output changes from run to run, such as one printing the time, cannot
be compared and is counted apart). Each kept program is then run by rexxlite the same way (60 s
timeout); when that run is quick a second, timed run follows in a directory emptied and at
the same path, so the time compared is a run of a script run before, from where it was (its
parsed program and its compiled units cached; the units are kept for the script's path).

Per program: same output (stdout byte for byte and the exit status), the time ratio
(rexxlite / Regina, wall time) and a cause bucket for a mismatch, assigned from what rexxlite
wrote on stderr (``error 40.23``, ``python traceback``, ``timeout``...) or, for a program
listed in the ``--causes`` file (``relative/path.rexx  cause words``, one a line), the cause
written there (read again by ``--resume``, which with nothing left to run
only prints the summary). Writes one JSON line per program to ``--results`` as it goes (no program text
and no program output in it: line numbers of the first difference only), and prints a summary:
counts, counts by bucket, geometric mean and the worst ratios.

    nice python3 benchmarks/rosetta.py DIR [--results FILE] [--causes FILE] [--diffs DIR]
        [--only SUBSTRING] [--jobs N] [--resume] [--failing]

``--failing`` judges the others instead: the programs that end in an error under Regina (or
write on stderr), with stderr compared too, so Regina's error messages are checked on real
programs. ``--diffs DIR`` keeps both outputs of each mismatch there, for reading (outside the
repository: the outputs are other people's programs' work). A benchmark, not a test: the
exit status is 0 unless the tool itself fails.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import json
import math
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

REGINA_TIMEOUT = 10.0
OURS_TIMEOUT = 60.0
SECOND_RUN_BELOW = 2.0
BUSY_SECONDS = 0.1


@dataclass
class RunOutcome:
    status: int | None  # None: timed out
    stdout: bytes
    stderr: bytes
    seconds: float


@dataclass
class ProgramResult:
    program: str
    kept: bool
    reason: str  # why not kept, or "" when kept
    same: bool = False
    bucket: str = ""
    regina_seconds: float = 0.0
    ours_seconds: float = 0.0
    ratio: float = 0.0
    regina_status: int | None = None
    ours_status: int | None = None
    first_different_line: int | None = None


def run_in_scratch(argv_prefix: list[str], program: Path, timeout: float,
                   env: dict[str, str], place: str | None = None) -> RunOutcome:
    """Run ``argv_prefix + ["./name"]`` on a copy of ``program`` alone in a fresh directory:
    ``place`` emptied, if given (each run of a program by rexxlite is at one path, as a
    script run again is where it was: its unit image is kept for its path), else a new one.

    (``./``: Regina 3.6 does not find a program named ``a-b.rexx`` in the current directory.)
    """
    if place is None:
        with tempfile.TemporaryDirectory(prefix="rosetta-") as scratch:
            return run_in_scratch(argv_prefix, program, timeout, env, scratch)
    shutil.rmtree(place, ignore_errors=True)
    os.mkdir(place, 0o700)
    copy = Path(place) / program.name
    shutil.copyfile(program, copy)
    start = time.perf_counter()
    child = start_run(argv_prefix + ["./" + program.name], place, env)
    try:
        stdout, stderr = child.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        stdout, stderr = end_group(child)
        return RunOutcome(None, stdout, stderr, time.perf_counter() - start)
    except BaseException:
        end_group(child)
        raise
    where = place.encode()              # messages name the program's path: made equal
    stdout, stderr = stdout.replace(where, b"{DIR}"), stderr.replace(where, b"{DIR}")
    return RunOutcome(child.returncode, stdout, stderr, time.perf_counter() - start)


def start_run(argv: list[str], cwd: str, env: dict[str, str]) -> subprocess.Popen:
    """Start a run in its own session; when the host is out of processes for a moment
    (EAGAIN: another program's children), wait and try again."""
    for attempt in range(30):
        try:
            return subprocess.Popen(argv, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                    start_new_session=True)
        except BlockingIOError:
            time.sleep(1 + attempt)
    raise RuntimeError("cannot start a process: the host is out of processes")


def end_group(child: subprocess.Popen) -> tuple[bytes, bytes]:
    """Kill a run's whole process group (its own commands too); what it wrote so far."""
    try:
        os.killpg(child.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    return child.communicate()


ERROR_LINE = re.compile(rb"Error (\d+)(?:\.(\d+))? running")


def bucket_of(ours: RunOutcome, regina: RunOutcome) -> str:
    """A cause for a mismatch, read from what rexxlite did."""
    if ours.status is None:
        return "timeout"
    if b"Traceback (most recent call last)" in ours.stderr:
        return "python traceback"
    found = ERROR_LINE.search(ours.stderr)
    if found:
        number = found.group(1).decode()
        sub = found.group(2)
        return f"error {number}.{sub.decode()}" if sub else f"error {number}"
    if ours.status != regina.status:
        return f"exit status {ours.status}"
    if ours.stderr:
        return "stderr output"
    if len(ours.stdout.splitlines()) != len(regina.stdout.splitlines()):
        return "output differs (line count)"
    return "output differs"


def first_different_line(ours: bytes, theirs: bytes) -> int:
    mine, other = ours.splitlines(), theirs.splitlines()
    for number, (a, b) in enumerate(zip(mine, other), start=1):
        if a != b:
            return number
    return min(len(mine), len(other)) + 1


def judge(program: Path, root: Path, ours_argv: list[str], env: dict[str, str],
          diffs: Path | None, failing: bool = False) -> ProgramResult:
    """Run ``program`` under both. ``failing``: judge instead the programs that end in an
    error (or write on stderr) under Regina, comparing stderr and the exit status too."""
    name = str(program.relative_to(root))
    regina = run_in_scratch(["rexx"], program, REGINA_TIMEOUT, env)
    if regina.status is None:
        return ProgramResult(name, False, "regina timeout")
    clean = regina.status == 0 and not regina.stderr
    if failing and clean:
        return ProgramResult(name, False, "regina clean")
    if not failing and regina.status != 0:
        return ProgramResult(name, False, "regina exit status")
    if not failing and regina.stderr:
        return ProgramResult(name, False, "regina stderr")
    again = run_in_scratch(["rexx"], program, REGINA_TIMEOUT, env)
    if (again.status, again.stdout, again.stderr) != (regina.status, regina.stdout,
                                                      regina.stderr if failing else b""):
        return ProgramResult(name, False, "regina output varies")
    regina_seconds = min(regina.seconds, again.seconds)
    with tempfile.TemporaryDirectory(prefix="rosetta-") as place:
        ours = run_in_scratch(ours_argv, program, OURS_TIMEOUT, env, place)
        ours_seconds = ours.seconds
        if ours.status is not None and ours.seconds < SECOND_RUN_BELOW:
            warm = run_in_scratch(ours_argv, program, OURS_TIMEOUT, env, place)
            if warm.status == ours.status and warm.stdout == ours.stdout:
                ours_seconds = min(ours_seconds, warm.seconds)
    same = ours.status == regina.status and ours.stdout == regina.stdout
    if failing:
        same = same and ours.stderr == regina.stderr
    result = ProgramResult(name, True, "", same=same, regina_seconds=round(regina_seconds, 3),
                           ours_seconds=round(ours_seconds, 3),
                           ratio=round(ours_seconds / max(regina_seconds, 1e-3), 2),
                           regina_status=regina.status, ours_status=ours.status)
    if not same:
        result.bucket = bucket_of(ours, regina)
        result.first_different_line = first_different_line(ours.stdout, regina.stdout)
        if diffs is not None:
            stem = diffs / name.replace("/", "__")
            stem.with_suffix(".regina").write_bytes(regina.stdout)
            stem.with_suffix(".ours").write_bytes(ours.stdout)
            stem.with_suffix(".ours-stderr").write_bytes(ours.stderr)
            stem.with_suffix(".regina-stderr").write_bytes(regina.stderr)
    return result


def read_causes(path: Path | None) -> dict[str, str]:
    causes = {}
    if path is None:
        return causes
    for line in path.read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            name, _, cause = line.partition(" ")
            causes[name] = cause.strip()
    return causes


def geomean(values: list[float]) -> float:
    values = [v for v in values if v > 0]
    if not values:
        return 0.0
    return math.exp(sum(math.log(v) for v in values) / len(values))


def summary(results: list[ProgramResult], causes: dict[str, str]) -> str:
    kept = [r for r in results if r.kept]
    same = [r for r in kept if r.same]
    lines = [f"programs found: {len(results)}",
             f"kept (done under Regina in {REGINA_TIMEOUT:.0f} s, same output twice): {len(kept)}"]
    dropped: dict[str, int] = {}
    for r in results:
        if not r.kept:
            dropped[r.reason] = dropped.get(r.reason, 0) + 1
    for reason, count in sorted(dropped.items(), key=lambda item: -item[1]):
        lines.append(f"  not kept, {reason}: {count}")
    lines.append(f"same output and exit status: {len(same)} of {len(kept)}")
    buckets: dict[str, list[str]] = {}
    for r in kept:
        if not r.same:
            buckets.setdefault(causes.get(r.program) or r.bucket, []).append(r.program)
    lines += ["", "| cause | programs |", "| --- | --- |"]
    for bucket, names in sorted(buckets.items(), key=lambda item: (-len(item[1]), item[0])):
        lines.append(f"| {bucket} | {len(names)} |")
    finished = [r for r in kept if r.ours_status is not None]
    lines += ["", f"geomean time ratio (rexxlite / Regina, {len(finished)} finished): "
              f"{geomean([r.ratio for r in finished]):.2f}",
              f"timeouts ({OURS_TIMEOUT:.0f} s): {len(kept) - len(finished)}"]
    # Most programs take Regina a few ms, so their ratio is mostly rexxlite's start-up; the
    # programs that compute for a while show the interpreter's speed.
    busy = [r for r in finished if r.regina_seconds >= BUSY_SECONDS]
    lines += [f"geomean time ratio where Regina took {BUSY_SECONDS} s or more ({len(busy)}): "
              f"{geomean([r.ratio for r in busy]):.2f}", "worst ratios:"]
    for r in sorted(finished, key=lambda r: -r.ratio)[:10]:
        lines.append(f"  {r.ratio:8.1f}  {r.ours_seconds:7.2f} s vs {r.regina_seconds:6.3f} s  "
                     f"{r.program}")
    return "\n".join(lines)


def rexxlite_argv() -> list[str]:
    beside = Path(sys.executable).parent / "rexxlite"
    if beside.exists():
        return [str(beside)]
    found = shutil.which("rexxlite")
    return [found] if found else [sys.executable, "-m", "rexxlite"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--results", type=Path, help="JSON lines, one per program")
    parser.add_argument("--causes", type=Path, help="hand-assigned causes of mismatches")
    parser.add_argument("--diffs", type=Path, help="keep both outputs of each mismatch here")
    parser.add_argument("--only", default="", help="only programs whose path contains this")
    parser.add_argument("--failing", action="store_true",
                        help="judge the programs that end in an error under Regina instead "
                             "(stderr and exit status compared too)")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--resume", action="store_true",
                        help="keep the programs already in --results, run only the others")
    options = parser.parse_args(argv)
    if shutil.which("rexx") is None:
        print("rosetta.py: Regina (rexx) is not installed", file=sys.stderr)
        return 2
    root = options.folder.resolve()
    programs = sorted(p for p in root.rglob("*.rexx") if options.only in str(p.relative_to(root)))
    causes = read_causes(options.causes)
    if options.diffs:
        options.diffs.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    env.pop("REXXLITE_UTF8", None)
    cache = tempfile.mkdtemp(prefix="rosetta-cache-")
    env["REXXLITE_CACHE_DIR"] = cache
    ours_argv = rexxlite_argv()
    results: list[ProgramResult] = []
    if options.resume and options.results and options.results.exists():
        results = [ProgramResult(**json.loads(line))
                   for line in options.results.read_text().splitlines() if line.strip()]
        done = {r.program for r in results}
        programs = [p for p in programs if str(p.relative_to(root)) not in done]
    sink = options.results.open("a" if options.resume else "w") if options.results else None
    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=options.jobs) as pool:
            jobs = [pool.submit(judge, p, root, ours_argv, env, options.diffs,
                                options.failing)
                    for p in programs]
            for job in jobs:
                result = job.result()
                results.append(result)
                if sink:
                    sink.write(json.dumps(asdict(result)) + "\n")
                    sink.flush()
    finally:
        if sink:
            sink.close()
        shutil.rmtree(cache, ignore_errors=True)
    print(summary(results, causes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
