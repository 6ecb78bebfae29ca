"""Python's cyclic collector around a run of the ``rexxlite`` command
(``syntax/collector_pause``): off through the start-up (imports, loading and compiling the
program), on again while the program runs, and what start-up made set aside.

The command-line tests run the real command under a probe that counts the collections made
before and after ``end_start_up``, the moment the program begins to run.
"""

from __future__ import annotations

import gc

from cache_probe import run_probed
from rexxlite.syntax import collector_pause

#: Prints the collections made in the command's start-up, those after it, and whether the collector
#: was on at the end.
COUNTING_PROBE = (
    "import atexit, gc, runpy, sys\n"
    "from rexxlite.syntax import collector_pause\n"
    "counts = {'outside': 0, 'before': 0, 'after': 0}\n"
    "phase = ['outside']\n"                      # (the probe's own imports)
    "pause = collector_pause.pause_start_up\n"
    "def paused():\n"
    "    pause()\n"
    "    phase[0] = 'before'\n"
    "collector_pause.pause_start_up = paused\n"
    "end = collector_pause.end_start_up\n"
    "def ended():\n"
    "    end()\n"
    "    phase[0] = 'after'\n"
    "collector_pause.end_start_up = ended\n"
    "def counted(stage, info):\n"
    "    if stage == 'start':\n"
    "        counts[phase[0]] += 1\n"
    "gc.callbacks.append(counted)\n"
    "atexit.register(lambda: print(counts['before'], counts['after'], gc.isenabled()))\n"
    "sys.argv = ['rexxlite'] + sys.argv[1:]\n"
    "runpy.run_module('rexxlite', run_name='__main__')\n")


def _counts(tmp_path, cache_dir, text):
    script = tmp_path / "prog.rexx"
    script.write_text(text)
    run_probed(COUNTING_PROBE, script, cache_dir)            # (the first run parses)
    *out, counts = run_probed(COUNTING_PROBE, script, cache_dir)
    before, after, enabled = counts.split()
    return out, int(before), int(after), enabled == "True"


def test_no_collection_during_the_start_up_of_a_cached_script(tmp_path, cache_dir):
    out, before, after, enabled = _counts(tmp_path, cache_dir, "say 'one' 1 + 1\n")
    assert out == ["one 2"]
    assert before == 0 and enabled


def test_the_collector_runs_while_the_program_does(tmp_path, cache_dir):
    # (quotients kept in numeric form: objects the collector follows, 3,000 of them kept)
    text = "do i = 1 to 3000\n  x.i = i / 8\nend\nsay x.3000\n"
    out, before, after, enabled = _counts(tmp_path, cache_dir, text)
    assert out == ["375"]
    assert before == 0 and after > 0 and enabled


def test_end_start_up_turns_on_only_what_the_pause_turned_off():
    was = gc.isenabled()
    try:
        gc.enable()
        collector_pause.pause_start_up()
        assert not gc.isenabled()
        collector_pause.end_start_up()
        assert gc.isenabled()
        gc.disable()                    # someone else's choice: left as it is
        collector_pause.pause_start_up()
        collector_pause.end_start_up()
        assert not gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()
        gc.unfreeze()
