"""The on-disk cache of parsed programs (rexxlite/syntax/program_cache.py), through the real CLI."""

import os

from cache_probe import PARSED_PROBE, run_probed

from rexxlite.syntax import ast, program_cache


def run(script, cache_dir, **extra):
    return run_probed(PARSED_PROBE, script, cache_dir, **extra)


def programs_in(cache_dir):
    """The cached programs (the directory also holds the parser's tables, parse_tables)."""
    return list(cache_dir.glob("*.ast"))


def test_second_run_loads_the_ast_without_building_the_parser(tmp_path, cache_dir):
    script = tmp_path / "hello.rexx"
    script.write_text("do i = 1 to 3\n  say 'line' i\nend\n")
    first = run(script, cache_dir)
    assert first == ["line 1", "line 2", "line 3", "parsed"]
    assert len(programs_in(cache_dir)) == 1
    second = run(script, cache_dir)
    assert second == ["line 1", "line 2", "line 3", "not parsed"]


def test_an_edited_script_is_parsed_afresh(tmp_path, cache_dir):
    script = tmp_path / "edit.rexx"
    script.write_text("say 'old'\n")
    assert run(script, cache_dir)[0] == "old"
    script.write_text("say 'new'\n")
    assert run(script, cache_dir) == ["new", "parsed"]


def test_no_cache_when_turned_off(tmp_path, cache_dir):
    script = tmp_path / "off.rexx"
    script.write_text("say 'x'\n")
    run(script, cache_dir, REXXLITE_NO_CACHE="1")
    assert list(cache_dir.iterdir()) == []


def test_a_directory_others_may_write_is_neither_read_nor_written(monkeypatch, cache_dir):
    cache_dir.chmod(0o777)
    monkeypatch.setenv("REXXLITE_CACHE_DIR", str(cache_dir))
    program = ast.Program([], ["say 1"])
    program_cache.store("say 1\n", program)
    assert list(cache_dir.iterdir()) == []
    cache_dir.chmod(0o700)
    program_cache.store("say 1\n", program)
    assert program_cache.load("say 1\n") == program
    cache_dir.chmod(0o770)
    assert program_cache.load("say 1\n") is None


def test_a_cache_file_holding_other_text_is_not_used(monkeypatch, cache_dir):
    """Files are named by a checksum; the text stored inside decides."""
    monkeypatch.setenv("REXXLITE_CACHE_DIR", str(cache_dir))
    program_cache.store("say 'a'\n", ast.Program([], ["say 'a'"]))
    (only,) = programs_in(cache_dir)
    other = cache_dir / os.path.basename(program_cache._path(str(cache_dir), "say 'b'\n"))
    only.rename(other)
    assert program_cache.load("say 'b'\n") is None


def test_a_damaged_cache_file_means_a_fresh_parse(tmp_path, cache_dir):
    script = tmp_path / "damaged.rexx"
    script.write_text("say 6*7\n")
    run(script, cache_dir)
    (only,) = programs_in(cache_dir)
    only.write_bytes(b"not a pickle")
    assert run(script, cache_dir) == ["42", "parsed"]


BIG = ("say 'main'; call r250; exit\n"
       + "".join(f"r{n}: procedure\n  do i = 1 to 2; if i = 2 then nop; end\n"
                 f"  say 'r{n}'; return\n" for n in range(300))
       + "do 1; hidden: nop; end\n")


def test_the_body_is_loaded_in_pieces_equal_to_the_parsed_one(monkeypatch, cache_dir):
    from rexxlite.syntax import deferred_body
    from rexxlite.syntax.parser import parse_program
    monkeypatch.setenv("REXXLITE_CACHE_DIR", str(cache_dir))
    parsed = parse_program(BIG, "big.rexx")
    program_cache.store(BIG, parsed)
    loaded = program_cache.load(BIG)
    body = loaded.body
    assert body.__class__ is deferred_body.DeferredBody
    assert len(body) == len(parsed.body) > 4 * deferred_body.PIECE
    assert deferred_body.top_labels(body) == deferred_body.top_labels(parsed.body)
    assert deferred_body.nested_label_names(body) == {"HIDDEN"}
    assert body[-1] == parsed.body[-1] and body[3:9] == parsed.body[3:9]
    assert loaded == parsed and list(body) == parsed.body


def test_a_cached_run_reads_only_the_pieces_it_reaches(tmp_path, cache_dir):
    script = tmp_path / "big.rexx"
    script.write_text(BIG)
    counting = ("from rexxlite.syntax import deferred_body\n"
                "loads = set()\n"
                "real = deferred_body.DeferredBody._piece\n"
                "def piece(self, number):\n"
                "    loads.add(number)\n"
                "    return real(self, number)\n"
                "deferred_body.DeferredBody._piece = piece\n")
    probe = counting + PARSED_PROBE.replace(
        "sys.argv =", "atexit.register(lambda: print('pieces', sorted(loads)))\nsys.argv =")
    outputs = [run_probed(probe, script, cache_dir) for _ in range(2)]  # (atexit: runs first)
    assert outputs[0] == ["main", "r250", "pieces []", "parsed"]
    # the main program's piece, and r250's: main has 3 clauses, each routine 5
    assert outputs[1] == ["main", "r250", f"pieces {[0, (3 + 5 * 250) // 64]}", "not parsed"]


def test_every_conformance_program_comes_back_from_the_cached_form_unchanged():
    """``tree_codec``: each program of the conformance suite, encoded, written by marshal,
    read and decoded, is the tree the parser made (node classes, fields, tuples and lists)."""
    import marshal
    from pathlib import Path
    from rexxlite.syntax.parser import parse_program
    from rexxlite.syntax.tree_codec import decode, encode
    seen = 0
    for path in sorted(Path(__file__).parent.glob("conformance/*/*.rexx")):
        try:
            parsed = parse_program(path.read_text(encoding="latin-1"))
        except Exception:           # (the programs that test syntax errors)
            continue
        again = decode(marshal.loads(marshal.dumps(encode(parsed.body))))
        assert again == parsed.body, path.name
        seen += 1
    assert seen > 300
