#!/usr/bin/env python3
"""Run Regina REXX on the conformance programs and write their expectation files.

For every ``NAME.rexx`` under ``tests/conformance/<folder>/`` this runs ``rexx ./NAME.rexx ARGS``
with the program's folder as the current directory, ``NAME.stdin`` (or nothing) as standard
input and ``NAME.args`` (one line, split on blanks) as the arguments, then writes

- ``NAME.stdout`` — standard output, exactly;
- ``NAME.stderr`` — standard error with the program's absolute path replaced by ``{FILE}``;
- ``NAME.status`` — the exit status and a newline.

Usage::

    python3 tests/conformance/regenerate.py                 # every program
    python3 tests/conformance/regenerate.py core/say.rexx   # only these (paths or names)
    python3 tests/conformance/regenerate.py streams         # every program in a folder
    python3 tests/conformance/regenerate.py --check         # report differences, write nothing

Regina must be installed as ``rexx`` (override with ``$REGINA``). The tests do not need it: the
expectation files are committed.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILE_TOKEN = "{FILE}"
TIMEOUT = 20


def program_env() -> dict:
    """A small, stable environment, so that outputs do not depend on the caller's settings."""
    env = {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": os.environ.get("HOME", "/root"),
        "LANG": "C",
        "LC_ALL": "C",
        "TZ": "UTC",
    }
    return env


def all_programs() -> list[Path]:
    return sorted(p for p in HERE.glob("*/*.rexx") if p.is_file())


def read_args(program: Path) -> list[str]:
    args_file = program.with_suffix(".args")
    if not args_file.exists():
        return []
    return args_file.read_text().strip("\n").split()


def read_stdin(program: Path) -> bytes:
    stdin_file = program.with_suffix(".stdin")
    return stdin_file.read_bytes() if stdin_file.exists() else b""


def normalise_stderr(text: str, program: Path) -> str:
    """Replace the program's absolute path (and its resolved form) with ``{FILE}``."""
    for form in {str(program.resolve()), str(program.absolute())}:
        text = text.replace(form, FILE_TOKEN)
    return text


def run_regina(program: Path, regina: str) -> tuple[str, str, int]:
    argv = [regina, f"./{program.name}", *read_args(program)]
    before = set(program.parent.iterdir())
    done = subprocess.run(argv, input=read_stdin(program), capture_output=True,
                          cwd=program.parent, timeout=TIMEOUT, env=program_env())
    for stray in sorted(set(program.parent.iterdir()) - before):
        print(f"WARNING  {program.name} left {stray.name} in {program.parent.name}/: "
              "write temporary files under /tmp and delete them", file=sys.stderr)
    stdout = done.stdout.decode("latin-1")
    stderr = normalise_stderr(done.stderr.decode("latin-1"), program)
    return stdout, stderr, done.returncode


def select(names: list[str]) -> list[Path]:
    if not names:
        return all_programs()
    chosen: list[Path] = []
    for name in names:
        path = Path(name)
        candidates = [path, HERE / path, Path.cwd() / path]
        found = None
        for cand in candidates:
            if cand.is_dir():
                chosen.extend(sorted(cand.resolve().glob("*.rexx")))
                found = True
                break
            if cand.suffix != ".rexx":
                cand = cand.with_suffix(".rexx") if cand.suffix in ("", ".stdout", ".stderr",
                                                                   ".status", ".args",
                                                                   ".stdin") else cand
            if cand.is_file():
                chosen.append(cand.resolve())
                found = True
                break
        if not found:
            # a bare name: search every folder
            matches = [p for p in all_programs() if p.stem == path.stem]
            if not matches:
                sys.exit(f"regenerate: no program {name!r}")
            chosen.extend(matches)
    return chosen


def write(path: Path, text: str) -> bool:
    """Write ``text`` (latin-1, exact bytes) to ``path``; return True when it changed."""
    data = text.encode("latin-1")
    if path.exists() and path.read_bytes() == data:
        return False
    path.write_bytes(data)
    return True


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("programs", nargs="*", help="programs, names or folders (default: all)")
    parser.add_argument("--check", action="store_true",
                        help="only report programs whose Regina output differs from the files")
    opts = parser.parse_args()
    regina = os.environ.get("REGINA", "rexx")

    changed = 0
    programs = select(opts.programs)
    for program in programs:
        rel = program.relative_to(HERE)
        try:
            stdout, stderr, status = run_regina(program, regina)
        except subprocess.TimeoutExpired:
            print(f"TIMEOUT  {rel}", file=sys.stderr)
            continue
        outputs = {".stdout": stdout, ".stderr": stderr, ".status": f"{status}\n"}
        if opts.check:
            differs = [sfx for sfx, text in outputs.items()
                       if not program.with_suffix(sfx).exists()
                       or program.with_suffix(sfx).read_bytes() != text.encode("latin-1")]
            if differs:
                changed += 1
                print(f"DIFFERS  {rel}  ({' '.join(differs)})")
            continue
        wrote = [sfx for sfx, text in outputs.items() if write(program.with_suffix(sfx), text)]
        if wrote:
            changed += 1
            print(f"wrote    {rel}  status={status}  ({' '.join(wrote)})")
    verb = "differ" if opts.check else "changed"
    print(f"{len(programs)} programs, {changed} {verb}", file=sys.stderr)
    return 1 if (opts.check and changed) else 0


if __name__ == "__main__":
    sys.exit(main())
