"""What a cached run imports: only what its program needs (issue 17, start-up).

A script whose AST is cached runs without the parser and Lark; the parts of rexxlite and of the
standard library that only some programs need (the trace mode, the built-ins, PARSE and range
loops of the code generator, the module ``pickle``, ``signal``'s enums, ``select``) are imported
on first use. Each test runs a program twice through the real command line (the second run is
the cached one) and looks at the modules that run imported; the programs that use each
lazily imported part show that it still arrives when needed.
"""

import os
import subprocess
import sys

import pytest

#: Standard modules the probe forgets before the run (site's own start-up may have imported
#: them), so that the run importing one shows.
WATCHED = ["re", "typing", "threading", "contextlib", "enum", "array", "_pickle", "shutil",
           "pathlib", "fnmatch", "dataclasses", "inspect", "subprocess", "selectors", "locale"]

PROBE = ("import atexit, runpy, sys\n"
         f"for name in {WATCHED!r}: sys.modules.pop(name, None)\n"
         "before = set(sys.modules)\n"
         "def report():\n"
         "    sys.stdout.flush()\n"
         "    sys.stderr.write(' '.join(sorted(set(sys.modules) - before)) + '\\n')\n"
         "atexit.register(report)\n"          # (the command ends the process: cli.end_process)
         "sys.argv = ['rexxlite'] + sys.argv[1:]\n"
         "runpy.run_module('rexxlite', run_name='__main__')\n")

#: Never imported by a cached run of ``say 1``.
NOT_FOR_SAY = ["rexxlite.syntax.parser", "rexxlite.syntax.lexer", "rexxlite.syntax.lalr",
               "rexxlite.syntax.parse_tables", "lark", "pickle", "signal", "select", "copy",
               "rexxlite.compiler.expression_trace", "rexxlite.compiler.parse_template",
               "rexxlite.compiler.codegen.parse_source", "rexxlite.compiler.codegen.range_loop",
               "rexxlite.compiler.codegen.builtin_source", "rexxlite.builtins.fast",
               "rexxlite.builtins.strings", "rexxlite.commands.routing",
               "rexxlite.runtime.streams", "rexxlite.compiler.codegen.clause_source",
               "rexxlite.compiler.codegen.expression_source", "rexxlite.compiler.trace_hooks",
               "rexxlite.compiler.codegen.run_support", "rexxlite.compiler.number_marks"] + WATCHED


def cached_run(tmp_path, text, compiling=False):
    """(stdout, stderr without the probe's line, modules imported) of the second run of
    ``text`` as a script file (``compiling``: with the unit image the first run wrote
    removed, so that it compiles the program)."""
    cache = tmp_path / "cache"
    cache.mkdir(mode=0o700, exist_ok=True)
    script = tmp_path / "prog.rexx"
    script.write_text(text)
    env = dict(os.environ, REXXLITE_CACHE_DIR=str(cache))
    env.pop("REXXLITE_NO_CACHE", None)
    for _ in range(2):
        for image in cache.glob("*.units") if compiling else ():
            image.unlink()
        done = subprocess.run([sys.executable, "-c", PROBE, str(script)], env=env,
                              capture_output=True, text=True, timeout=60, cwd=tmp_path)
    *err, modules = done.stderr.splitlines()
    return done.stdout, "\n".join(err), set(modules.split())


def test_a_cached_say_imports_neither_parser_nor_what_it_does_not_use(tmp_path):
    out, err, modules = cached_run(tmp_path, "say 1\n")
    assert (out, err) == ("1\n", "")
    assert "rexxlite.running.interpreter" in modules          # (the probe sees the run)
    assert sorted(modules & set(NOT_FOR_SAY)) == []


def test_a_cached_computation_imports_no_regular_expressions(tmp_path):
    """Arithmetic on numbers written as text, a counted loop, a SELECT, SUBSTR and RIGHT: the
    number scanner is compiled only for a text it cannot take without it."""
    out, err, modules = cached_run(tmp_path, "s = 0\ndo i = 1 to 5\n  s = s + i * 1.5\nend\n"
                                             "select\n  when s > 20 then nop\n  otherwise nop\n"
                                             "end\nsay s right(substr('abcdef', 2, 3), 5)\n")
    assert (out, err) == ("22.5   bcd\n", "")
    assert sorted(modules & set(WATCHED)) == []


def test_words_bring_their_pattern_without_re(tmp_path):
    """The word functions' pattern comes from sre_patterns' cached data, not from ``re``."""
    out, err, modules = cached_run(tmp_path, "say wordpos('b c', 'a b c') words('x  y')\n")
    assert (out, err) == ("2 2\n", "")
    assert "rexxlite.syntax.sre_patterns" in modules and "re" not in modules


def test_trace_brings_the_trace_mode(tmp_path):
    out, err, modules = cached_run(tmp_path, "trace r\nx = 2\nsay x + 1\n")
    assert out == "3\n"
    assert err.splitlines() == ['     2 *-* x = 2', '     3 *-* say x + 1', '       >V>   "2"']
    assert "rexxlite.compiler.expression_trace" in modules


def test_a_function_call_brings_the_builtins(tmp_path):
    out, err, modules = cached_run(tmp_path, "say substr('abcdef', 2, 3) length('xy')"
                                             " c2d(bitxor('a', ' '))\n")
    assert (out, err) == ("bcd 2 65\n", "")
    assert {"rexxlite.builtins.fast", "rexxlite.builtins.strings"} <= modules


def test_parse_and_a_counted_loop_bring_their_generators(tmp_path):
    out, err, modules = cached_run(tmp_path, "s = ''\ndo i = 1 to 4\n  s = s || i\nend\n"
                                             "parse value 'a b c' with x y\nsay s x y\n",
                                   compiling=True)
    assert (out, err) == ("1234 a b c\n", "")
    assert {"rexxlite.compiler.codegen.parse_source",
            "rexxlite.compiler.codegen.range_loop"} <= modules


def test_an_error_message_is_filled_without_the_pattern_made_at_import(tmp_path):
    out, err, _ = cached_run(tmp_path, "say 1\nsay copies('a', -1)\n")
    assert out == "1\n"
    assert err.splitlines() == ['     2 +++ say copies(\'a\', -1)',
                                'Error 40 running "' + str(tmp_path / "prog.rexx") +
                                '", line 2: Incorrect call to routine',
                                'Error 40.13: COPIES argument 2 must be zero or positive;'
                                ' found "-1"']


@pytest.mark.parametrize("clause, utf8", [("options utf8", True), ("Options ETMODE UTF8", True),
                                          ("say 'utf8'", False), ("options etmode", False)])
def test_options_utf8_is_still_found_without_the_pattern_compiled_each_run(clause, utf8):
    from rexxlite.charset import utf8_wanted
    assert utf8_wanted(f"/* x */\n{clause}\nsay 1\n".encode()) is utf8


def test_an_error_report_and_a_failed_command_do_not_import_the_plugins(tmp_path):
    """The clause of a traceback and a failed command's text are masked for secrets only
    when they can hold one (``key=value``, or a secret value already used): so no plugin is
    imported to learn its secret keys. With ``=`` in the text they are looked up."""
    out, err, modules = cached_run(tmp_path, "'exit 3'\nsay rc\ncall nosuch 'x'\n")
    assert out == "3\n"
    assert "Could not find routine \"NOSUCH\"" in err
    assert "rexxlite.commands.routing" in modules          # (the command was routed)
    assert {"rexxlite.addresses.proxmox", "importlib.metadata"} & modules == set()
    _, err, modules = cached_run(tmp_path, "say 2\ncall nosuch 'x'\n")
    assert "Could not find routine \"NOSUCH\"" in err
    assert "rexxlite.commands.routing" not in modules     # (no command: no ADDRESS machinery)
    _, err, modules = cached_run(tmp_path, "call nosuch 'password=abc'\n")
    assert "rexxlite.addresses.proxmox" in modules


def test_a_plugin_command_imports_neither_other_plugins_nor_what_it_does_not_use(tmp_path):
    """Remembering the secret values a PROXMOX command gives needs PROXMOX's own secret keys
    only: the entry points of other plugins (``importlib.metadata``) wait for a text to
    mask (a failed command's, a trace line). The plugin imports what only running Rexx in a
    guest needs (the zipapp bundle, ``shlex``, ``uuid``), reading a config file (``tomllib``)
    or checking an IPv6 address when a command does so; annotations need no ``typing``."""
    out, err, modules = cached_run(tmp_path, "address proxmox 'help'\nsay rc\n")
    assert (out, err) == ("0\n", "")
    assert "rexxlite.addresses.proxmox" in modules
    assert {"importlib.metadata", "rexxlite.addresses.proxmox.rexx_bundle", "zipfile",
            "py_compile", "tempfile", "shlex", "uuid", "tomllib", "typing"} & modules == set()


def test_the_local_engines_first_command_imports_no_vm_archive_helpers(tmp_path, monkeypatch):
    """``list`` on the local engine (a private state root): the VMA archive's ``hashlib`` and
    ``uuid``, ``socket`` for the node name, ``typing`` for annotations are not imported."""
    monkeypatch.setenv("REXXLITE_PROXMOX_ROOT", str(tmp_path / "root"))
    monkeypatch.setenv("REXXLITE_PROXMOX_BACKEND", "local")
    out, err, modules = cached_run(tmp_path, "address proxmox 'list'\nsay rc result.count\n")
    assert (out, err) == ("0 0\n", "")
    assert "rexxlite.addresses.proxmox.engines.local" in modules
    assert {"hashlib", "uuid", "platform", "typing", "tomllib",
            "rexxlite.addresses.proxmox.rexx_bundle"} & modules == set()


def test_a_host_command_imports_only_the_router_and_its_process_runner(tmp_path):
    """Running a command needs the router and ``host_process``: not ``subprocess`` (its
    ``threading``, ``selectors``, ``locale``), not the ``dataclasses`` the plugin API's classes
    once were (``inspect``, ``typing``), nor ``re`` or ``signal``'s enums; nor what only
    REQUIRE (``pathlib``) or a script without ``#!`` (``shutil.which``) needs. Capturing
    both outputs while feeding input needs ``select``, and only then."""
    out, err, modules = cached_run(tmp_path, "'echo hi'\nsay rc\n")
    assert (out, err) == ("hi\n0\n", "")
    assert {"rexxlite.commands.routing", "rexxlite.commands.host_process"} <= modules
    assert {"subprocess", "dataclasses", "inspect", "typing", "re", "enum", "signal",
            "threading", "selectors", "locale", "select", "shutil", "pathlib",
            "fnmatch"} & modules == set()
    out, err, modules = cached_run(
        tmp_path, "i.1 = 'in'; i.0 = 1\n"
        "address system 'cat; echo e >&2' with input stem i. output stem o. error stem e.\n"
        "say o.1 e.1\n")
    assert (out, err) == ("in e\n", "")
    assert "select" in modules and "subprocess" not in modules
