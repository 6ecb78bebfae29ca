"""The code objects of generated source kept beside a cached program
(rexxlite/compiler/code_cache.py), through the real CLI."""

import pytest
from cache_probe import run_probed

# the probe counts what Python's compile was asked to compile for the generated code
PROBE = ("import atexit, builtins, runpy, sys\n"
         "from rexxlite.compiler import code_cache\n"
         "count = [0]\n"
         "def counting(*args, **kwargs):\n"
         "    count[0] += 1\n"
         "    return builtins.compile(*args, **kwargs)\n"
         "code_cache.compile = counting\n"
         "atexit.register(lambda: print('compiled', count[0]))\n"  # (cli.end_process)
         "sys.argv = ['rexxlite', sys.argv[1]]\n"
         "runpy.run_module('rexxlite', run_name='__main__')\n")

PROGRAM = "s = 0\ndo i = 1 to 5\n  s = s + i * i\nend\nsay s\n"


def run(script, cache_dir):
    """A run that compiles the program: its unit image, which would serve it without the
    code cache (``unit_image``), is removed first."""
    for image in cache_dir.glob("*.units"):
        image.unlink()
    return run_probed(PROBE, script, cache_dir)


def code_files(cache_dir):
    return list(cache_dir.glob("*.code"))


def test_a_second_run_compiles_nothing(script, cache_dir):
    first = run(script, cache_dir)
    assert first[0] == "55" and first[1] != "compiled 0"
    assert len(code_files(cache_dir)) == 1
    assert run(script, cache_dir) == ["55", "compiled 0"]


def test_an_edited_script_compiles_afresh(script, cache_dir):
    run(script, cache_dir)
    script.write_text(PROGRAM.replace("i * i", "i * i * i"))
    second = run(script, cache_dir)
    assert second[0] == "225" and second[1] != "compiled 0"


@pytest.mark.parametrize("damage", [b"", b"not marshal", b"\xe3" * 40])
def test_a_corrupt_file_means_compiling(script, cache_dir, damage):
    first = run(script, cache_dir)
    code_files(cache_dir)[0].write_bytes(damage)
    assert run(script, cache_dir) == first
    assert run(script, cache_dir) == ["55", "compiled 0"]      # written again


def test_a_file_others_may_write_is_not_read(script, cache_dir):
    first = run(script, cache_dir)
    path = code_files(cache_dir)[0]
    path.chmod(0o666)
    assert run(script, cache_dir) == first


def test_a_directory_others_may_write_is_neither_read_nor_written(script, cache_dir):
    cache_dir.chmod(0o777)
    first = run(script, cache_dir)
    assert code_files(cache_dir) == []
    assert run(script, cache_dir) == first


def test_a_cache_directory_that_cannot_be_made(script, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    out = run(script, blocker / "cache")
    assert out[0] == "55"
