"""benchmarks/run.py is a benchmark, not a test: here only that it runs and compares outputs."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(shutil.which("rexx") is None, reason="Regina (regina-rexx) not installed")
def test_benchmark_runs_and_compares_with_regina(tmp_path):
    same = tmp_path / "same.rexx"
    same.write_text("s = 0\ndo i = 1 to 100; s = s + i * i; end\nsay s\n")
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "run.py"), "--rounds", "1",
                           "--no-write", str(same)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "| same | " in done.stdout and "| yes |" in done.stdout
    assert "Geometric mean" in done.stdout and "Start-up" in done.stdout


@pytest.mark.skipif(shutil.which("rexx") is None, reason="Regina (regina-rexx) not installed")
def test_benchmark_fails_when_outputs_differ(tmp_path):
    differs = tmp_path / "differs.rexx"
    differs.write_text("parse version v; say word(v, 1)\n")
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "run.py"), "--rounds", "1",
                           "--no-write", str(differs)], capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 1
    assert "OUTPUT DIFFERS" in done.stdout


def test_compile_share_times_a_cached_run_and_its_compiling(tmp_path):
    program = tmp_path / "loops.rexx"
    program.write_text("s = 0\ndo i = 1 to 100; s = s + i * i; end\nsay s\ncall sub\nexit\n"
                       "sub: say 'in sub'; return\n")
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "compile_share.py"),
                           str(tmp_path)], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "REXXLITE_CACHE_DIR": str(tmp_path / "cache")})
    assert done.returncode == 0, done.stderr
    line = done.stdout.splitlines()[0]
    assert line.startswith("loops.rexx: run ")
    cached_part, image_part = line[len("loops.rexx: "):].removesuffix(" ms").split(" image ")
    cached = dict(zip(cached_part.split()[::2], map(float, cached_part.split()[1::2])))
    image = dict(zip(image_part.split()[::2], map(float, image_part.split()[1::2])))
    # A loop is generated at once: both parts took time, within the unit compiles, in the run.
    assert 0 < cached["closures"] and 0 < cached["generation"]
    assert cached["closures"] + cached["generation"] <= cached["units"] <= cached["run"]
    # From the image, nothing is compiled: the units are loaded.
    assert image["units"] == 0 and 0 < image["load"] <= image["run"]
    assert "1 programs, cached runs" in done.stdout
    assert "1 programs, runs from the unit image" in done.stdout
