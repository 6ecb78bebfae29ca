"""The trees of INTERPRET strings kept beside their program (rexxlite/syntax/interpret_cache.py),
through the real command line: a second run of a program whose strings are the same does not
import the parser; strings that differ are parsed; the table is bounded; a damaged file only
means parsing."""

import marshal

from cache_probe import PARSED_PROBE, run_probed

from rexxlite.syntax import interpret_cache

PROGRAM = """\
do i = 1 to 3
  interpret 'x.' || i '= i * 10'
end
parse arg extra
if extra \\= '' then interpret 'say "extra:"' extra
interpret 'say x.1 x.2 x.3'
"""


def run(script, cache_dir, *args):
    return run_probed(PARSED_PROBE, script, cache_dir, *args)


def test_the_strings_of_a_second_run_are_not_parsed(script, cache_dir):
    assert run(script, cache_dir) == ["10 20 30", "parsed"]
    assert len(list(cache_dir.glob("*.interp"))) == 1
    assert run(script, cache_dir) == ["10 20 30", "not parsed"]


def test_a_new_string_is_parsed_and_kept(script, cache_dir):
    run(script, cache_dir)
    assert run(script, cache_dir, "'hello'") == ["extra: hello", "10 20 30", "parsed"]
    assert run(script, cache_dir, "'hello'") == ["extra: hello", "10 20 30", "not parsed"]
    assert run(script, cache_dir, "'other'") == ["extra: other", "10 20 30", "parsed"]


def test_an_edited_program_does_not_use_the_old_trees(script, cache_dir):
    run(script, cache_dir)
    script.write_text(PROGRAM.replace("i * 10", "i * 100"))
    assert run(script, cache_dir) == ["100 200 300", "parsed"]


def test_a_damaged_file_means_parsing(script, cache_dir):
    run(script, cache_dir)
    for path in cache_dir.glob("*.interp"):
        path.write_bytes(b"\x00garbage")
    assert run(script, cache_dir) == ["10 20 30", "parsed"]
    assert run(script, cache_dir) == ["10 20 30", "not parsed"]


def test_the_kept_strings_are_bounded(tmp_path, cache_dir):
    script = tmp_path / "many.rexx"
    script.write_text("s = 0\ndo i = 1 to 300\n  interpret 's = s +' i\nend\nsay s\n")
    assert run(script, cache_dir) == ["45150", "parsed"]
    (kept,) = cache_dir.glob("*.interp")
    with open(kept, "rb") as handle:
        _, _, trees = marshal.load(handle)
    assert len(trees) == interpret_cache.MAX_STRINGS
    assert run(script, cache_dir) == ["45150", "parsed"]      # (the strings past the bound)
