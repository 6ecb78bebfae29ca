"""The conformance suite: every program in tests/conformance/<folder>/ run by rexxlite must print
exactly what Regina REXX printed (NAME.stdout, NAME.stderr, NAME.status, made by
tests/conformance/regenerate.py). See tests/conformance/README.md.
"""

from __future__ import annotations

import difflib
import importlib.util
import marshal
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

import pytest

from rexxlite.compiler.unit_image import image_key, image_path

CONFORMANCE = Path(__file__).resolve().parent / "conformance"
REPO = CONFORMANCE.parent.parent

# Folders whose programs are run; the others are collected as skipped.
ENABLED = {"core", "address", "trace", "streams", "datetime"}

TIMEOUT = 20  # seconds per program: a hang fails instead of blocking the suite

# Programs run in parallel (each still a separate subprocess); CONFORMANCE_JOBS=1 runs them
# one at a time.
JOBS = int(os.environ.get("CONFORMANCE_JOBS", 0)) or os.cpu_count() or 1

# Share argument/stdin reading, the environment and stderr normalisation with regenerate.py.
_spec = importlib.util.spec_from_file_location("conformance_regenerate",
                                               CONFORMANCE / "regenerate.py")
regenerate = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(regenerate)


def _programs() -> list:
    params = []
    for program in sorted(CONFORMANCE.glob("*/*.rexx")):
        folder = program.parent.name
        rel = f"{folder}/{program.name}"
        marks = () if folder in ENABLED else (
            pytest.mark.skip(reason=f"folder {folder!r} is not in ENABLED"),)
        params.append(pytest.param(program, id=rel, marks=marks))
    return params


def _env() -> dict:
    env = regenerate.program_env()
    # rexxlite must be importable whether or not it is installed.
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(REPO), os.environ.get("PYTHONPATH", "")) if p)
    for name in ("VIRTUAL_ENV", "SYSTEMROOT"):
        if name in os.environ:
            env[name] = os.environ[name]
    return env


def _diff(kind: str, expected: str, actual: str) -> str:
    lines = difflib.unified_diff(expected.splitlines(keepends=True),
                                 actual.splitlines(keepends=True),
                                 fromfile=f"expected {kind} (Regina)",
                                 tofile=f"actual {kind} (rexxlite)")
    text = "".join(line if line.endswith("\n") else line + "\n\\ No newline at end\n"
                   for line in lines)
    return text


@dataclass
class Outcome:
    stdout: str
    stderr: str
    status: int | None  # None: timed out


def run_program(program: Path, cache: str | None = None) -> Outcome:
    """Run one program with rexxlite as regenerate.py runs it with Regina (``cache``: with that
    cache directory, else the user's)."""
    argv = [sys.executable, "-m", "rexxlite", program.name, *regenerate.read_args(program)]
    env = _env()
    if cache is not None:
        env["REXXLITE_CACHE_DIR"] = cache
    try:
        done = subprocess.run(argv, input=regenerate.read_stdin(program), capture_output=True,
                              cwd=program.parent, timeout=TIMEOUT, env=env)
    except subprocess.TimeoutExpired as exc:
        return Outcome((exc.stdout or b"").decode("latin-1"),
                       (exc.stderr or b"").decode("latin-1"), None)
    return Outcome(done.stdout.decode("latin-1"),
                   regenerate.normalise_stderr(done.stderr.decode("latin-1"), program),
                   done.returncode)


#: The cache of the runs that check programs run from their unit image (a directory of the
#: suite's own: what the user's cache holds does not change what is checked).
IMAGE_CACHE = tempfile.mkdtemp(prefix="rexxlite-image-cache-")
os.chmod(IMAGE_CACHE, 0o700)


def image_file(program: Path) -> Path:
    """Where the unit image of ``program`` run as ``run_program`` runs it is kept."""
    interp = SimpleNamespace(path=str(program.resolve()), calltype="COMMAND")
    source = program.read_bytes().decode("utf-8", "surrogateescape")
    return Path(IMAGE_CACHE, os.path.basename(image_path(source, image_key(interp))))


def run_from_image(program: Path) -> tuple[Outcome, bool]:
    """The third run of ``program`` in ``IMAGE_CACHE``: the first keeps its AST, the second
    (a run of a cached program) its compiled units, the unit image the third starts from;
    and whether that image was there for the third."""
    run_program(program, IMAGE_CACHE)
    run_program(program, IMAGE_CACHE)
    return run_program(program, IMAGE_CACHE), holds_image(image_file(program))


def holds_image(path: Path) -> bool:
    """Whether the file holds an image (not the mark of a program without one)."""
    try:
        return isinstance(marshal.loads(path.read_bytes())[6], tuple)    # (a mark: None)
    except (OSError, ValueError, EOFError, TypeError, IndexError):
        return False


def _started(request, test_name: str, run):
    """``run(program)`` of every selected, enabled program of test ``test_name``, all started
    at once on a thread pool (program -> future); each test waits for its own result, so the
    suite takes about (programs x startup time) / JOBS."""
    programs = []
    for item in request.session.items:
        program = getattr(item, "callspec", None) and item.callspec.params.get("program")
        if (isinstance(program, Path) and program.parent.name in ENABLED
                and item.originalname == test_name):
            programs.append(program)
    with ThreadPoolExecutor(max_workers=JOBS) as pool:
        futures = {program: pool.submit(run, program) for program in programs}
        yield futures
        for future in futures.values():
            future.cancel()


@pytest.fixture(scope="session")
def outcomes(request):
    """``run_program`` of the programs of ``test_conformance``."""
    yield from _started(request, "test_conformance", run_program)


@pytest.fixture(scope="session")
def image_outcomes(request):
    """``run_from_image`` of the programs of ``test_conformance_from_unit_image``."""
    yield from _started(request, "test_conformance_from_unit_image", run_from_image)


@pytest.mark.parametrize("program", _programs())
def test_conformance(program: Path, outcomes):
    future = outcomes.get(program)
    check(program, future.result() if future is not None else run_program(program))


@pytest.mark.parametrize("program", _programs())
def test_conformance_from_unit_image(program: Path, image_outcomes):
    """Run from the unit image its earlier runs left (``rexxlite/compiler/unit_image``),
    the program prints what Regina printed, as it does when compiled."""
    future = image_outcomes.get(program)
    outcome, had_image = future.result() if future is not None else run_from_image(program)
    check(program, outcome)
    _IMAGES[program] = had_image


#: Whether each program checked from its unit image had one (``test_many_programs_...``).
_IMAGES: dict = {}


def test_many_programs_checked_from_a_unit_image_had_one():
    """The check from unit images checks images: a program gets none where TRACE can be on
    in it (a third of these), or where its compiled code holds what an image cannot make
    again; 54% of the conformance programs had one when a program too small to be worth
    one got none either."""
    if len(_IMAGES) < 200:
        pytest.skip("too few programs checked from their unit image in this session")
    assert sum(_IMAGES.values()) >= 0.4 * len(_IMAGES)


def check(program: Path, outcome: Outcome) -> None:
    """Fail unless ``outcome`` is what Regina printed for ``program``."""
    expected = {}
    for suffix in (".stdout", ".stderr", ".status"):
        path = program.with_suffix(suffix)
        if not path.exists():
            pytest.fail(f"{path.name} is missing: run tests/conformance/regenerate.py "
                        f"{program.parent.name}/{program.name}", pytrace=False)
        expected[suffix] = path.read_bytes().decode("latin-1")

    if outcome.status is None:
        pytest.fail(f"{program.parent.name}/{program.name} timed out after {TIMEOUT} s; "
                    f"stdout so far:\n{outcome.stdout}\nstderr so far:\n{outcome.stderr}",
                    pytrace=False)

    problems = []
    if outcome.stdout != expected[".stdout"]:
        problems.append(_diff("stdout", expected[".stdout"], outcome.stdout))
    if outcome.stderr != expected[".stderr"]:
        problems.append(_diff("stderr", expected[".stderr"], outcome.stderr))
    if str(outcome.status) != expected[".status"].strip():
        problems.append(f"exit status: expected {expected['.status'].strip()}, "
                        f"got {outcome.status}\n")
    if problems:
        source = program.read_text(encoding="latin-1")
        numbered = "".join(f"{n:4} | {line}\n" for n, line in enumerate(source.splitlines(), 1))
        pytest.fail(f"{program.parent.name}/{program.name} differs from Regina:\n\n"
                    + "\n".join(problems) + f"\nprogram:\n{numbered}", pytrace=False)
