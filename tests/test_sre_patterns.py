"""The lexer's and parser's regular expressions made from saved ``_sre`` data (sre_patterns):
the same patterns ``re.compile`` makes, the cache file trusted only when it is safe to, and a
start-up that, with the file there, does not import ``re``."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from rexxlite.builtins import args, words
from rexxlite.syntax import lexer, parser, simple_lines, sre_patterns

REPO = Path(__file__).resolve().parent.parent

#: The texts the syntax modules compile, with texts each must match or refuse alike.
TEXTS = [lexer._MANTISSA_E.pattern, lexer._SYMBOL_AND_BLANKS.pattern, lexer._BLANK_RUN.pattern,
         lexer._BLANKS_AND_SYMBOL.pattern, lexer._COMMENT_MARK.pattern,
         parser._NUMBER_TEXT.pattern, simple_lines._LINE.__self__.pattern,
         simple_lines._EACH_TERM.__self__.pattern, words.WORD_TEXT]
SAMPLES = ["12e", ".5E", "abc  ", "  x.y!  z", " \t", "/* a */", "*/", "1.5e+3", "1E", "12",
           "say 'hi'\n", "CALL f 1, 'two'\n", "x = f( a ,b )\n", "say\n", "x=\n", "e1", ""]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """A private, empty cache directory, and the module's read of it forgotten."""
    directory = tmp_path / "cache"
    directory.mkdir(mode=0o700)
    monkeypatch.setenv("REXXLITE_CACHE_DIR", str(directory))
    monkeypatch.delenv("REXXLITE_NO_CACHE", raising=False)
    new_process(monkeypatch)
    return directory


def new_process(monkeypatch) -> None:
    """Forget what this process read and made, as a new process starts."""
    monkeypatch.setattr(sre_patterns, "_saved", None)
    monkeypatch.setattr(sre_patterns, "_made", {})


def saved_file(cache: Path) -> Path:
    (path,) = cache.iterdir()
    assert path.name == sre_patterns._NAME
    return path


def same(compiled, text: str) -> None:
    expected = re.compile(text)
    assert (compiled.pattern, compiled.flags, compiled.groups, compiled.groupindex) == (
        expected.pattern, expected.flags, expected.groups, expected.groupindex)
    for sample in SAMPLES:
        for at in range(len(sample) + 1):
            got, want = compiled.match(sample, at), expected.match(sample, at)
            assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups()))
        assert compiled.findall(sample) == expected.findall(sample)


def never_compiled_anew(monkeypatch) -> None:
    def refuse(text):
        raise AssertionError(f"compiled again: {text!r}")
    monkeypatch.setattr(sre_patterns, "_compiled_now", refuse)


def test_each_pattern_is_saved_and_made_again_from_the_file(cache, monkeypatch):
    for text in TEXTS:
        same(sre_patterns.pattern(text), text)
    stamp, table = marshal.loads(saved_file(cache).read_bytes())
    assert stamp == sre_patterns._STAMP and sorted(table) == sorted(TEXTS)
    new_process(monkeypatch)
    never_compiled_anew(monkeypatch)
    for text in TEXTS:
        made = sre_patterns.pattern(text)
        assert type(made) is re.Pattern
        same(made, text)


def test_one_text_one_pattern_in_a_process(cache):
    assert sre_patterns.pattern(TEXTS[0]) is sre_patterns.pattern(TEXTS[0])


def test_a_word_is_what_is_not_rexx_whitespace():
    """The word functions' pattern, written out, is the class of re.escape(WHITESPACE)."""
    written = re.compile(words.WORD_TEXT)
    escaped = re.compile(f"[^{re.escape(args.WHITESPACE)}]+")
    text = "a\tb\nc\vd\fe\rf g\xa0h\u2003i  \x00j\x1ck"
    assert written.findall(text) == escaped.findall(text) == [
        "a", "b", "c", "d", "e", "f", "g\xa0h\u2003i", "\x00j\x1ck"]


def test_inline_flags_give_the_flags_of_the_keyword_arguments(cache):
    assert sre_patterns.pattern(r"(?i)e\Z").flags == re.compile(r"e\Z", re.IGNORECASE).flags
    assert sre_patterns.pattern(r"(?a)\w+").flags == re.compile(r"\w+", re.ASCII).flags
    assert parser._NUMBER_TEXT.match("1e5") and parser._NUMBER_TEXT.match("1E5")


@pytest.mark.parametrize("mode", [0o646, 0o664])
def test_a_file_others_may_write_is_not_read(cache, monkeypatch, mode):
    sre_patterns.pattern(TEXTS[0])
    path = saved_file(cache)
    table = {TEXTS[0]: (TEXTS[0], 32, [1, 2, 3], 0, {}, (None,))}   # code no pattern has
    path.write_bytes(marshal.dumps((sre_patterns._STAMP, table)))
    path.chmod(mode)
    new_process(monkeypatch)
    assert sre_patterns._stored() == {}
    same(sre_patterns.pattern(TEXTS[0]), TEXTS[0])


def test_a_directory_others_may_write_is_not_read(cache, monkeypatch):
    sre_patterns.pattern(TEXTS[1])
    cache.chmod(0o777)
    new_process(monkeypatch)
    assert sre_patterns._stored() == {}


def test_data_of_another_python_or_refused_by_sre_is_compiled_anew(cache, monkeypatch):
    sre_patterns.pattern(TEXTS[2])
    path = saved_file(cache)
    _, table = marshal.loads(path.read_bytes())
    path.write_bytes(marshal.dumps(((sre_patterns.FORMAT, 0x30a00f0, "cpython-310"), table)))
    new_process(monkeypatch)
    assert sre_patterns._stored() == {}
    broken = {TEXTS[2]: (TEXTS[2], 32, [999, 999], 0, {}, (None,))}
    path.write_bytes(marshal.dumps((sre_patterns._STAMP, broken)))
    new_process(monkeypatch)
    same(sre_patterns.pattern(TEXTS[2]), TEXTS[2])          # _sre refuses the code
    path.write_bytes(b"\x00not marshal")
    new_process(monkeypatch)
    same(sre_patterns.pattern(TEXTS[3]), TEXTS[3])


def test_with_caching_turned_off_nothing_is_read_or_written(cache, monkeypatch):
    sre_patterns.pattern(TEXTS[4])
    path = saved_file(cache)
    path.unlink()
    monkeypatch.setenv("REXXLITE_NO_CACHE", "1")
    new_process(monkeypatch)
    same(sre_patterns.pattern(TEXTS[4]), TEXTS[4])
    assert list(cache.iterdir()) == []


def test_with_the_file_there_parsing_imports_no_re(cache):
    """A new process parses a program: the first one writes the file, the second makes every
    pattern from it. (``re`` and ``enum`` are forgotten first: site's own start-up may have
    imported them.)"""
    probe = ("import sys\n"
             "for name in ('re', 'enum'): sys.modules.pop(name, None)\n"
             "from rexxlite.syntax.parser import parse_program\n"
             "parse_program(\"say 1 + 2.5e1; do i = 1 to 2; call f i, 'x'; end /* c */\")\n"
             "print('re' in sys.modules, 'enum' in sys.modules)\n")
    from rexxlite.syntax import parse_tables
    parse_tables.load()                 # the parser's tables there (building them needs Lark)
    env = dict(os.environ, PYTHONPATH=str(REPO))
    runs = [subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True,
                           text=True, timeout=60, cwd=REPO) for _ in range(2)]
    assert [(run.stdout, run.stderr) for run in runs] == [("True True\n", ""),
                                                          ("False False\n", "")]
