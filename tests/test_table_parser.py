"""rexxlite runs the LALR tables of grammar/rexx.lark itself (rexxlite.syntax.lalr): it must
build exactly what Lark's own parser builds from the same grammar, tokens and callbacks, and
fail at the same token with the same expectations, on every program of the conformance corpus
and on random token soups.
"""

from __future__ import annotations

import marshal
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rexxlite.errors import RexxError
from rexxlite.syntax import parse_tables, parser
from rexxlite.syntax.lalr import ParseFailure, TableParser
from rexxlite.syntax.lark_loader import TokensGiven, lark
from rexxlite.syntax.lexer import RToken, tokenize

CORPUS = sorted((Path(__file__).resolve().parent / "conformance").rglob("*.rexx"))
SOUP = ["say", "do", "end", "if", "then", "else", "select", "when", "otherwise", "call", "x",
        "parse", "arg", "var", "value", "with", "signal", "on", "error", "name", "numeric",
        "form", "digits", "drop", "procedure", "expose", "trace", "address", "to", "by",
        "while", "forever", "a.i", "lbl:", "=", "+", "-", "*", "**", "||", "\\", "<", "(", ")",
        ",", ";", "\n", ".", "'s'", "1", "f(", "output", "stem", "upper", "leave", "nop"]


class LarkToken(RToken):
    """A token as Lark's own parser wants it (it reads the end position of the last one)."""

    def __init__(self, token):
        super().__init__(token.type, token.value, token.start_pos, token.line, token.column,
                         token.ctx, token.cline, token.err)
        self.end_line, self.end_column, self.end_pos = token.line, token.column, token.start_pos


@pytest.fixture(scope="module")
def lark_parser():
    return lark.Lark(parse_tables.grammar_text(), parser="lalr", lexer=TokensGiven,
                     transformer=parser.Builder(), maybe_placeholders=True)


@pytest.fixture(scope="module")
def table_parser():
    return TableParser(parse_tables.build(parse_tables.grammar_text()), parser.Builder())


def outcome_of_lark(lark_parser, tokens):
    try:
        return "tree", lark_parser.parse([LarkToken(t) for t in tokens])
    except RexxError as e:
        return "rexx error", (e.code, e.subcode, e.line)
    except lark.exceptions.UnexpectedToken as e:
        return "syntax error", (e.token.type, e.token.start_pos, frozenset(e.expected),
                                [getattr(v, "type", None) for v in e.state.value_stack
                                 if isinstance(v, RToken)])


def outcome_of_tables(table_parser, tokens):
    try:
        return "tree", table_parser.parse(iter(tokens))
    except RexxError as e:
        return "rexx error", (e.code, e.subcode, e.line)
    except ParseFailure as e:
        return "syntax error", (e.token.type, e.token.start_pos, frozenset(e.expected),
                                [v.type for v in e.value_stack if isinstance(v, RToken)])


def assert_same(lark_parser, table_parser, source):
    tokens = tokenize(source)
    assert outcome_of_tables(table_parser, tokens) == outcome_of_lark(lark_parser, tokens)


def test_the_corpus_is_there():
    assert len(CORPUS) > 300


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_conformance_program_parses_as_with_lark(lark_parser, table_parser, path):
    assert_same(lark_parser, table_parser, path.read_bytes().decode("latin-1"))


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(SOUP), max_size=30))
def test_token_soups_fail_or_parse_as_with_lark(lark_parser, table_parser, words):
    assert_same(lark_parser, table_parser, " ".join(words))


def test_the_tables_are_cached_and_a_cached_run_does_not_build_them(tmp_path, monkeypatch):
    monkeypatch.setenv("REXXLITE_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("REXXLITE_NO_CACHE", raising=False)
    tmp_path.chmod(0o700)
    built = parse_tables.load()
    (saved,) = tmp_path.iterdir()
    assert saved.name.startswith("lalr-") and saved.suffix == ".marshal"

    def no_lark(grammar):
        raise AssertionError("the tables were built again")

    monkeypatch.setattr(parse_tables, "build", no_lark)
    assert parse_tables.load() == built


def test_tables_saved_for_another_grammar_are_not_used(tmp_path, monkeypatch):
    monkeypatch.setenv("REXXLITE_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("REXXLITE_NO_CACHE", raising=False)
    tmp_path.chmod(0o700)
    good = parse_tables.load()
    (saved,) = tmp_path.iterdir()
    _, grammar, (states, rules, start, end) = marshal.loads(saved.read_bytes())
    saved.write_bytes(marshal.dumps((parse_tables.FORMAT, grammar + "// edited\n",
                                     ([{}] * len(states), rules, start, end))))
    assert parse_tables.load() == good


def test_damaged_tables_are_built_again(tmp_path, monkeypatch):
    monkeypatch.setenv("REXXLITE_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("REXXLITE_NO_CACHE", raising=False)
    tmp_path.chmod(0o700)
    good = parse_tables.load()
    (saved,) = tmp_path.iterdir()
    saved.write_bytes(b"\x00garbage")
    assert parse_tables.load() == good
    os.chmod(tmp_path, 0o777)          # others may write: never read
    saved.write_bytes(b"\x00garbage")
    assert parse_tables.load() == good


def test_with_the_tables_cached_parsing_does_not_import_lark(tmp_path):
    import subprocess
    import sys
    probe = ("import sys\n"
             "from rexxlite.syntax.parser import parse_program\n"
             "parse_program('say 1 + 2; do i = 1 to 2; say i; end')\n"
             "print('lark' in sys.modules)\n")
    env = dict(os.environ, REXXLITE_CACHE_DIR=str(tmp_path))
    env.pop("REXXLITE_NO_CACHE", None)
    tmp_path.chmod(0o700)
    runs = [subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True,
                           text=True, timeout=60).stdout for _ in range(2)]
    assert runs == ["True\n", "False\n"]


def test_the_zipapp_reads_the_grammar_from_its_archive(tmp_path, monkeypatch):
    """ADDRESS PROXMOX deploys rexxlite as a zipapp: the grammar is then inside a zip file."""
    import subprocess
    import sys

    from rexxlite.addresses.proxmox import rexx_bundle
    monkeypatch.setenv("REXXLITE_CACHE_DIR", str(tmp_path / "bundle"))
    zipapp = rexx_bundle.build_zipapp()
    cache = tmp_path / "cache"
    cache.mkdir(mode=0o700)
    env = dict(os.environ, REXXLITE_CACHE_DIR=str(cache))
    env.pop("REXXLITE_NO_CACHE", None)
    runs = [subprocess.run([sys.executable, "-I", str(zipapp), "-e", "say 'in a zip' 6 * 7"],
                           env=env, cwd=tmp_path, capture_output=True, text=True, timeout=120)
            for _ in range(2)]
    assert [(run.stdout, run.stderr) for run in runs] == [("in a zip 42\n", "")] * 2
    assert sorted(p.name.split("-")[0] for p in cache.iterdir()) == ["lalr", "sre"]
