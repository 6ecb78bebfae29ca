"""The cache directory stays bounded (``syntax/cache_pruning``): past the limit, the programs
used least recently lose their files, whole, down to three quarters of it; the program just
written, the files that are no program's, and everything under the limit stay; a build's file
(module image, parser tables) unused for a month goes; pruning runs
at most once an hour, after a program's file is written; and real runs through the command
line keep the directory bounded and give the same output from a pruned cache."""

import os
import subprocess
import sys
import time

import pytest

from rexxlite.syntax import cache_pruning
from rexxlite.syntax.cache_location import checksum
from rexxlite.syntax.cache_pruning import prune, prune_if_due

KB = 1024


def make_program(directory, key: str, used: float, sizes=(6 * KB, 4 * KB)):
    """A program's files (an .ast and a .code of the given sizes), last used at ``used``."""
    names = [f"{key}.ast", f"{key}-123.code"]
    for name, size in zip(names, sizes):
        path = directory / name
        path.write_bytes(b"x" * size)
        os.utime(path, (used, used))
    return names


def keys_left(directory) -> set:
    return {name[:16] for name in os.listdir(directory) if cache_pruning.program_key(name)}


@pytest.fixture
def cache(tmp_path):
    directory = tmp_path / "cache"
    directory.mkdir(mode=0o700)
    return directory


def test_the_least_recently_used_programs_go_first_and_whole(cache):
    now = time.time()
    keys = [f"{n:016x}" for n in range(10)]              # ten programs of 10 KB
    for age, key in enumerate(keys):
        make_program(cache, key, now - 1000 * (10 - age))  # keys[0] the oldest
    (cache / "lalr-1.marshal").write_bytes(b"t" * 50 * KB)     # no program's: never counted
    (cache / "modules-abc.marshal").write_bytes(b"m" * 50 * KB)
    removed = prune(str(cache), 80 * KB)                 # 100 KB held: down to 60 KB
    assert removed == keys[:4]
    assert keys_left(cache) == set(keys[4:])
    assert {"lalr-1.marshal", "modules-abc.marshal"} <= set(os.listdir(cache))
    assert not any(name.startswith(tuple(keys[:4])) for name in os.listdir(cache))
    assert prune(str(cache), 80 * KB) == []              # under the limit: nothing


def test_another_builds_file_unused_for_a_month_is_removed(cache):
    """The module image, parser tables and patterns of a rexxlite build or Python no longer
    used go after 30 days unused; the ones in use, and the marker, stay."""
    month_ago = time.time() - cache_pruning.STALE_SECONDS - 60
    for name in ("modules-old.image", "lalr-1-old.marshal"):
        (cache / name).write_bytes(b"o" * KB)
        os.utime(cache / name, (month_ago, month_ago))
    (cache / "modules-new.image").write_bytes(b"n" * KB)
    (cache / cache_pruning.MARKER).write_bytes(b"")
    os.utime(cache / cache_pruning.MARKER, (month_ago, month_ago))
    make_program(cache, "d" * 16, month_ago)             # a program: only past the limit
    assert prune(str(cache), 100 * KB) == []
    assert sorted(os.listdir(cache)) == sorted([cache_pruning.MARKER, "modules-new.image",
                                                "d" * 16 + ".ast", "d" * 16 + "-123.code"])


def test_a_program_read_lately_is_kept_and_the_one_written_is_never_removed(cache):
    now = time.time()
    old, fresh, written = "a" * 16, "b" * 16, "c" * 16
    make_program(cache, old, now - 5000)
    make_program(cache, fresh, now - 6000)
    os.utime(cache / f"{fresh}.ast", (now, now - 6000))    # read just now (its atime)
    make_program(cache, written, now - 9000)
    assert prune(str(cache), 28 * KB, keep=written) == [old]      # 30 KB held: to 21 KB
    assert keys_left(cache) == {fresh, written}


def test_pruning_runs_after_a_write_at_most_once_an_hour(cache, monkeypatch):
    monkeypatch.setenv("REXXLITE_CACHE_LIMIT_MB", str(20 / 1024))     # 20 KB
    now = time.time()
    for n in range(4):
        make_program(cache, f"{n:016x}", now - 100 * (5 - n))
    prune_if_due(str(cache), "lalr-1.marshal")           # not a program's file: no pruning
    assert len(keys_left(cache)) == 4
    prune_if_due(str(cache), f"{3:016x}.ast")            # 40 KB held: down to 15 KB
    assert keys_left(cache) == {f"{3:016x}"}
    for n in range(4, 8):
        make_program(cache, f"{n:016x}", now)
    prune_if_due(str(cache), f"{7:016x}.ast")            # within the hour: not again
    assert len(keys_left(cache)) == 5
    hour_ago = now - cache_pruning.INTERVAL_SECONDS - 1
    os.utime(cache / cache_pruning.MARKER, (hour_ago, hour_ago))
    prune_if_due(str(cache), f"{7:016x}.ast")
    assert keys_left(cache) == {f"{7:016x}"}
    monkeypatch.setenv("REXXLITE_CACHE_LIMIT_MB", "0")   # no limit
    for n in range(8, 12):
        make_program(cache, f"{n:016x}", now)
    os.utime(cache / cache_pruning.MARKER, (hour_ago, hour_ago))
    prune_if_due(str(cache), f"{11:016x}.ast")
    assert len(keys_left(cache)) == 5


def test_real_runs_keep_the_directory_bounded_and_answer_the_same(cache, tmp_path):
    """Twenty programs run twice each (the first run writes the AST, the generated code and
    a unit image: some 160 KB a program) with a limit of 512 KB; the marker aged before each
    run, so the first write of each run may prune (the later ones of that run do not: at
    most once an hour), and what the last program wrote after its AST is not counted."""
    env = dict(os.environ, REXXLITE_CACHE_DIR=str(cache), REXXLITE_CACHE_LIMIT_MB="0.5")
    env.pop("REXXLITE_NO_CACHE", None)
    marker = cache / cache_pruning.MARKER
    outputs = {}
    for n in range(20):
        script = tmp_path / f"p{n}.rexx"
        script.write_text(f"/* {n} */\nsum = 0\ndo i = 1 to {n + 5}\n  sum = sum + i * {n}\n"
                          "end\nsay sum\n" + "say 'line' i\n" * 40)
        for _ in range(2):
            if marker.exists():
                os.utime(marker, (0, 0))
            done = subprocess.run([sys.executable, "-m", "rexxlite", str(script)], env=env,
                                  capture_output=True, text=True, timeout=60)
            assert done.returncode == 0 and done.stderr == ""
            outputs.setdefault(n, done.stdout)
            assert done.stdout == outputs[n]
    last = checksum((tmp_path / "p19.rexx").read_bytes())
    held = sum((cache / name).stat().st_size for name in os.listdir(cache)
               if cache_pruning.program_key(name) and not name.startswith(last + "-"))
    assert 0 < held <= 512 * KB
    assert 1 <= len(keys_left(cache)) < 20
    first = tmp_path / "p0.rexx"                          # its cache is gone: parsed again
    done = subprocess.run([sys.executable, "-m", "rexxlite", str(first)], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.stdout == outputs[0]
