"""A program's compiled units kept beside its AST and loaded by later runs (the unit image:
rexxlite/compiler/unit_image.py), through the real command line."""

import marshal
import os
import time

import pytest
from cache_probe import run_probed

# the probe counts the units compiled (not loaded from an image) and whether the code
# generator was imported
PROBE = ("import atexit, runpy, sys\n"
         "from rexxlite.compiler import lazy_units\n"
         "count = [0]\n"
         "compile_unit = lazy_units.LazyUnits.compile_unit\n"
         "def counting(self, start, end):\n"
         "    count[0] += 1\n"
         "    return compile_unit(self, start, end)\n"
         "lazy_units.LazyUnits.compile_unit = counting\n"
         "atexit.register(lambda: print('units', count[0], 'generator',\n"
         "    'rexxlite.compiler.codegen.clause_source' in sys.modules))\n"
         "sys.argv = ['rexxlite'] + sys.argv[1:]\n"
         "runpy.run_module('rexxlite', run_name='__main__')\n")

PROGRAM = """\
parse arg n
if n = '' then n = 5
total = 0
do i = 1 to n
  total = total + square(i)
end
say 'sum' total
call show 'one two three'
if n > 5 then call more n
exit
square: procedure
  return arg(1) ** 2
show: procedure
  parse arg a b c
  say c b a
  return
more:
  say 'more' arg(1) sourceline()
  return
"""


def run(script, cache_dir, *args):
    return run_probed(PROBE, script, cache_dir, *args)


def images(cache_dir):
    return sorted(cache_dir.glob("*.units"))


def test_the_second_run_compiles_no_unit(script, cache_dir):
    first = run(script, cache_dir)              # compiles, and writes the image (as .pyc)
    assert first[:2] == ["sum 55", "three two one"]
    assert first[2] == "units 3 generator True" and len(images(cache_dir)) == 1
    written = images(cache_dir)[0].stat().st_mtime_ns
    for _ in range(2):
        assert run(script, cache_dir) == first[:2] + ["units 0 generator False"]
    assert images(cache_dir)[0].stat().st_mtime_ns == written      # nothing new to keep


#: Prints the modules of rexxlite.compiler the run imported, and the units it compiled.
COMPILER_PROBE = PROBE.replace(
    "atexit.register(lambda: print('units', count[0], 'generator',\n"
    "    'rexxlite.compiler.codegen.clause_source' in sys.modules))\n",
    "atexit.register(lambda: print('units', count[0], *sorted(\n"
    "    m for m in sys.modules if m.startswith('rexxlite.compiler'))))\n")
#: What a run from an image imports of rexxlite.compiler: the image's loader, no compiler.
LOADER = ["rexxlite.compiler", "rexxlite.compiler.code_cache", "rexxlite.compiler.codegen",
          "rexxlite.compiler.codegen.run_policy", "rexxlite.compiler.image_ops",
          "rexxlite.compiler.lazy_units", "rexxlite.compiler.unit_image"]


def test_a_run_from_an_image_imports_no_compiler(script, cache_dir):
    """The image holds its closures' code and what they use: the closure compiler's modules
    (instructions, expressions, do_loops, parse_template, ...) are not imported."""
    assert COMPILER_PROBE != PROBE
    first = run_probed(COMPILER_PROBE, script, cache_dir)      # (writes the image)
    assert "rexxlite.compiler.instructions" in first[2].split()
    assert first[2].startswith("units 3 ")
    second = run_probed(COMPILER_PROBE, script, cache_dir)
    assert second == first[:2] + [" ".join(["units", "0"] + LOADER)]
    # a unit the image does not hold is compiled by the compiler, imported then
    later = run_probed(COMPILER_PROBE, script, cache_dir, "6")
    assert later[:3] == ["sum 91", "three two one", "more 6 19"]
    assert "rexxlite.compiler.instructions" in later[3].split()
    # the image written then holds both kinds of closure; the next run imports no compiler
    assert run_probed(COMPILER_PROBE, script, cache_dir, "6") == later[:3] + [
        " ".join(["units", "0"] + LOADER)]


def test_a_clause_calling_date_runs_from_the_image(tmp_path, cache_dir):
    """A clause calling DATE or TIME reads the interpreter's clock, which a run makes on
    first use: the image finds it then (it was compiled anew, and its image written again,
    on every run, when the image named it as the interpreter's attribute)."""
    path = tmp_path / "dated.rexx"
    path.write_text(PROGRAM.replace("say 'sum' total\n", "say 'sum' total\n"
                                    "say length(date('S')) (time('E') < 60) (time('R') >= 0)\n"))
    outputs = [run(path, cache_dir) for _ in range(4)]
    assert outputs[0] == ["sum 55", "8 1 1", "three two one", "units 3 generator True"]
    assert outputs[1] == outputs[2] == outputs[3] == outputs[0][:3] + [
        "units 0 generator False"]


def test_units_first_run_later_are_compiled_and_kept_too(script, cache_dir):
    run(script, cache_dir)
    out = run(script, cache_dir, "6")           # MORE runs: its unit is not in the image
    assert out[:3] == ["sum 91", "three two one", "more 6 19"]
    assert out[3] == "units 1 generator True"      # (the image made anew: generated)
    assert run(script, cache_dir, "6") == out[:3] + ["units 0 generator False"]
    assert run(script, cache_dir) == ["sum 55", "three two one", "units 0 generator False"]


def test_an_edited_script_compiles_afresh(script, cache_dir):
    for _ in range(3):
        run(script, cache_dir)
    script.write_text(PROGRAM.replace("** 2", "** 3"))
    assert run(script, cache_dir)[:2] == ["sum 225", "three two one"]


def test_the_same_text_at_another_path_has_its_own_image(script, cache_dir, tmp_path):
    for _ in range(3):
        run(script, cache_dir)
    other = tmp_path / "other"
    other.mkdir()
    copy = other / "squares.rexx"
    copy.write_text(PROGRAM)
    assert run(copy, cache_dir)[2] == "units 3 generator True"


@pytest.mark.parametrize("damage", [b"", b"not marshal", b"\xe3" * 40])
def test_a_corrupt_image_means_compiling(script, cache_dir, damage):
    run(script, cache_dir)
    images(cache_dir)[0].write_bytes(damage)
    assert run(script, cache_dir)[:3] == ["sum 55", "three two one", "units 3 generator True"]


def test_an_image_others_may_write_is_not_read(script, cache_dir):
    run(script, cache_dir)
    images(cache_dir)[0].chmod(0o666)
    assert run(script, cache_dir)[2] == "units 3 generator True"


def test_no_image_is_kept_where_trace_can_be_on(tmp_path, cache_dir):
    path = tmp_path / "traced.rexx"
    path.write_text("do i = 1 to 2\n  if i = 3 then trace r\n  x = i * 2\nend\nsay x\n")
    outputs = [run(path, cache_dir) for _ in range(3)]
    assert outputs[0] == outputs[2] and "4" in outputs[0]
    assert images(cache_dir) == []


def test_an_image_is_not_used_after_rexxlite_changed(script, cache_dir):
    """A module the writing run imported has changed (here: its time, as an upgrade or an
    edit changes it): the image is not used."""
    from rexxlite.compiler import unit_image
    run(script, cache_dir)
    module = unit_image.__file__
    stat = os.stat(module)
    try:
        os.utime(module, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
        assert run(script, cache_dir)[2] == "units 3 generator True"
    finally:
        os.utime(module, ns=(stat.st_atime_ns, stat.st_mtime_ns))


def test_a_routine_run_from_an_image_keeps_its_state_per_run(tmp_path, cache_dir):
    """What a clause remembers while the program runs (a parsed string's pieces, a builtin
    found, a DO loop's counter) starts afresh in each run, image or not."""
    path = tmp_path / "state.rexx"
    path.write_text("parse arg word\n"
                    "do k = 1 to 3\n"
                    "  line = word'-'k'-'length(word)\n"
                    "  parse var line w '-' n '-' l\n"
                    "  say w n l\n"
                    "end\n"
                    "signal done\n"
                    "say 'not reached'\n"
                    "done: say 'done' k\n")
    outputs = [run(path, cache_dir, word) for word in ("ab", "cde", "f")]
    assert outputs[0][:4] == ["ab 1 2", "ab 2 2", "ab 3 2", "done 4"]
    assert outputs[1][:4] == ["cde 1 3", "cde 2 3", "cde 3 3", "done 4"]
    assert outputs[2] == ["f 1 1", "f 2 1", "f 3 1", "done 4", "units 0 generator False"]


WRITER_PROBE = ("import atexit, runpy, sys\n"
                "atexit.register(lambda: print('writer',\n"
                "    'rexxlite.compiler.unit_image_writer' in sys.modules))\n"
                "sys.argv = ['rexxlite'] + sys.argv[1:]\n"
                "runpy.run_module('rexxlite', run_name='__main__')\n")


def test_even_a_one_line_program_runs_from_its_image(tmp_path, cache_dir):
    """``say 1`` has an image too: compiling it would import the compiler. The image is
    written once; the later runs import neither the compiler nor the writer."""
    path = tmp_path / "small.rexx"
    path.write_text("say 1 + 1\n")
    outputs = [run_probed(WRITER_PROBE, path, cache_dir) for _ in range(3)]
    assert outputs == [["2", "writer True"], ["2", "writer False"], ["2", "writer False"]]
    (image,) = images(cache_dir)
    assert isinstance(marshal.loads(image.read_bytes())[6], tuple)      # (a mark: None)
    assert run_probed(COMPILER_PROBE, path, cache_dir) == ["2", " ".join(["units", "0"] + LOADER)]


def test_a_body_the_writer_cannot_make_gets_a_mark(tmp_path):
    """A body holding what an image can neither name nor make (here an open file) gets the
    mark of a program without an image, not an image."""
    from types import SimpleNamespace
    from rexxlite.compiler.unit_image_writer import write_image
    from rexxlite.running.interpreter import Interpreter
    from rexxlite.runtime.code import Code

    def clause(f, _kept=open(os.devnull)):
        return _kept

    def plain(f):
        return None
    interp, code = Interpreter(), Code("held.rexx", [])
    program = SimpleNamespace(body=[], source_lines=[])
    for body, holds_image in (([clause], False), ([plain], True)):
        code.body[:] = body
        path = tmp_path / "held.units"
        write_image(str(path), ("stamp",), interp, program, code, None)
        saved = marshal.loads(path.read_bytes())
        assert saved[:1] == ("stamp",) and saved[3] == 1
        assert (saved[4] is not None) == holds_image
    clause(None).close()


def test_an_image_makes_the_objects_again_with_their_cycles_and_sharing(tmp_path):
    """The operations of an image (``image_ops``) make each object again once, with what it
    holds: a list holding itself, a closure holding itself through its cell, two closures
    sharing a cell, a bound method of an object made, constants of every kind; the
    interpreter is named, not made."""
    from types import SimpleNamespace
    from rexxlite.compiler.image_ops import make_objects
    from rexxlite.compiler.unit_image_writer import write_image
    from rexxlite.running.interpreter import Interpreter
    from rexxlite.runtime.code import Code

    def pair():
        count = 0

        def step():
            nonlocal count
            count += 1
            return count, step

        def seen():
            return count
        return step, seen
    shared = [1]
    shared.append(shared)
    table = {"inf": float("inf"), "words": ("a", 1, None, 2.5), "set": {3, 4},
             "frozen": frozenset({5}), "slice": slice(1, 5, 2), b"raw": -0.0}
    interp, code = Interpreter(), Code("made.rexx", [])
    step, seen = pair()

    def clause(f, shared=shared, table=table, step=step, seen=seen, add=shared.append,
               interp=interp):
        return None
    program = SimpleNamespace(body=[], source_lines=[])
    code.body[:] = [clause]
    path = tmp_path / "made.units"
    write_image(str(path), ("stamp",), interp, program, code, None)
    image = marshal.loads(path.read_bytes())[4]          # (a mark: None)
    (made,) = make_objects(image, interp, code, program, None)
    assert made is not clause and made.__code__ is clause.__code__
    shared2, table2, step2, seen2, add2, interp2 = made.__defaults__
    assert shared2 is not shared and shared2[0] == 1 and shared2[1] is shared2
    assert table2 == table and table2 is not table and str(table2[b"raw"]) == "-0.0"
    assert add2.__self__ is shared2 and interp2 is interp
    assert step2() == (1, step2) and step2() == (2, step2) and seen2() == 2
    assert seen() == 0 and step2 is not step        # (cells of their own, shared by the two)


def test_a_body_of_too_many_clauses_is_refused_before_any_work(tmp_path):
    """A body of 100,000 clauses or more cannot make an image under the writer's object
    limit (a clause is its function and its ClauseInfo at least): it gets the mark at once,
    without generating its pending runs or walking it (seconds, on a first run)."""
    from types import SimpleNamespace
    from rexxlite.compiler.unit_image_writer import write_image
    from rexxlite.running.interpreter import Interpreter
    from rexxlite.runtime.code import Code

    generated = []

    class Pending:
        def generate_now(self):
            generated.append(self)
    interp, code = Interpreter(), Code("big.rexx", [])
    program = SimpleNamespace(body=[], source_lines=[])
    for count, walked in ((99_999, True), (100_000, False)):
        code.body[:] = [Pending() for _ in range(count)]
        path = tmp_path / "big.units"
        write_image(str(path), ("stamp",), interp, program, code, None)
        saved = marshal.loads(path.read_bytes())
        assert saved[3] == count and saved[4] is None   # (a Pending object: refused, walked)
        assert len(generated) == (count if walked else 0)
        generated.clear()
