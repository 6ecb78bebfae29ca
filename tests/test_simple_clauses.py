"""The instructions and expressions the lexer builds itself (``syntax/simple_clauses``) are the
very ASTs the LALR parser makes of the same clauses: every program of the conformance suite,
the trip tests and the Rosetta programs parsed with the fast path on and off (and on without
its whole lines, ``simple_lines``) gives equal trees (nodes compare by value) or the same
error; so do random expressions and mutated programs."""

from __future__ import annotations

import atexit
import io
import random
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rexxlite.errors import RexxError
from rexxlite.syntax import parser
from rexxlite.syntax.lexer import BUILT, Built, iter_tokens, scan_lines
from rexxlite.syntax.simple_clauses import build_instruction
from rexxlite.syntax.simple_lines import build_line

HERE = Path(__file__).resolve().parent
CONFORMANCE = sorted((HERE / "conformance").glob("*/*.rexx"))
#: Regina's trip tests (GPL: read here, never committed): an unpacked folder, else the public
#: mirror's git snapshot this workplace keeps, unpacked into a scratch folder.
TRIP_FOLDER = Path("/work/trip/trip")
TRIP_MIRROR = Path("/work/.mirror/Portyankii+Regina-Rexx-Mirror/repo")


def _trip_programs() -> list[Path]:
    if TRIP_FOLDER.is_dir():
        return sorted(TRIP_FOLDER.glob("*.rexx"))
    if not TRIP_MIRROR.is_dir() or shutil.which("git") is None:
        return []
    done = subprocess.run(["git", "-C", str(TRIP_MIRROR), "archive", "HEAD", "trip"],
                          capture_output=True, timeout=60)
    if done.returncode != 0:
        return []
    scratch = Path(tempfile.mkdtemp(prefix="rexxlite-trip-"))
    atexit.register(shutil.rmtree, scratch, True)
    with tarfile.open(fileobj=io.BytesIO(done.stdout)) as archive:
        archive.extractall(scratch, filter="data")
    return sorted((scratch / "trip").glob("*.rexx"))


TRIP = _trip_programs()
ROSETTA = sorted(Path("/work/rosetta/rexx").glob("*/*.rexx"))


def outcome(source: str, fast: bool, lines: bool = True):
    """The parse of ``source`` (its body) or its error, with the fast path on or off (and,
    with it on, its whole lines built from the text, ``simple_lines``, or not)."""
    kept = parser.FAST_BUILD, parser.FAST_LINES
    parser.FAST_BUILD = build_instruction if fast else None
    parser.FAST_LINES = build_line if lines else None
    try:
        return parser.parse_program(source, "t.rexx").body
    except RexxError as exc:
        return ("error", exc.code, exc.subcode, exc.line, str(exc))
    finally:
        parser.FAST_BUILD, parser.FAST_LINES = kept


def assert_same(source: str) -> None:
    assert outcome(source, True) == outcome(source, False)


def read(path: Path) -> str:
    return path.read_bytes().decode("utf-8", "surrogateescape")


def built_count(source: str) -> int:
    return sum(1 for t in iter_tokens(source, build_instruction) if t.type == BUILT)


def lines_built(source: str) -> int:
    return sum(1 for clause in scan_lines(source, build_line) if clause[-1].__class__ is Built)


@pytest.mark.parametrize("group", ["conformance", "trip", "rosetta"])
def test_every_program_parses_the_same(group):
    paths = {"conformance": CONFORMANCE, "trip": TRIP, "rosetta": ROSETTA}[group]
    if not paths:
        pytest.skip(f"no {group} programs on this host")
    built = lines = 0
    for path in paths:
        source = read(path)
        made = outcome(source, True)
        assert made == outcome(source, False), path
        assert made == outcome(source, True, lines=False), path
        built += built_count(source)
        lines += lines_built(source)
    assert built > len(paths)       # the fast path was taken, and often
    assert lines > len(paths)       # so was the line path


def test_the_fast_path_builds_instructions_and_expressions():
    source = ("x = a + b * -c ** 2 || 'q'(1, , 2) d.i.1\n"
              "call f a, , (b c)\nif x \\= y then say\nreturn x y\n")
    rules = [t.rule for t in iter_tokens(source, build_instruction) if t.type == BUILT]
    assert rules == ["assign", "call", "expr", "say", "return_"]


def test_a_built_clause_brings_its_end():
    """A Built token that ends its clause stands for the clause's _EOC too (the parser reads it
    again as that), unless THEN or ELSE follows, which drops the clause end."""
    source = "x = 1\n\nif a then say 2\nelse call f 3;\nif b\nthen nop\n"
    tokens = [(t.type, getattr(t, "ends_clause", None))
              for t in iter_tokens(source, build_instruction)]
    assert tokens == [(BUILT, True), ("IF", None), (BUILT, False), ("_THEN", None),
                      (BUILT, False), ("_ELSE", None), (BUILT, True), ("IF", None),
                      (BUILT, False), ("_THEN", None), (BUILT, True)]


def test_a_list_of_built_statements_takes_the_short_step(monkeypatch):
    """In a statement list, a built instruction after another statement or first in its list
    is one step of the driver (``lalr._next_statement``, ``_first_statement``), not ``_place``
    and its reductions; the tree is the parser's own (lists, labels, a DO body's first
    statements, THEN and SELECT around them)."""
    from rexxlite.syntax import lalr
    placed = []
    place = lalr.TableParser._place
    monkeypatch.setattr(lalr.TableParser, "_place",
                        lambda self, token, *rest: placed.append(token.rule)
                        or place(self, token, *rest))
    source = ("x = 1\ny = 2\nsay x y\ncall f 1\nnop\nl: z = 3\nreturn\n"
              "do 2\n a = 1\n b = 2\n c = 3\nend\nif a then b = 1\n"
              "select\nwhen a then nop\notherwise\n d = 1\n e = 2\nend\nexit\n")
    assert_same(source)
    placed.clear()
    outcome(source, True)
    # the program's first statement, the one after a label, the DO count, the IF and WHEN
    # conditions (expressions) and IF's THEN instruction take the long way; a DO body's
    # first, WHEN's THEN and OTHERWISE's first take the short one (lalr._first_statement)
    assert placed == ["assign", "assign", "expr", "expr", "assign", "expr"]


_STEPS_AFTER_OTHERS = """
import sys
from pathlib import Path
from rexxlite.syntax import lalr
from rexxlite.syntax.parser import parse_program
for program in sorted(Path(sys.argv[1]).glob("core/*.rexx"))[::7]:
    try:
        parse_program(program.read_text(encoding="latin-1"), program.name)
    except Exception:
        pass
placed = []
place = lalr.TableParser._place
lalr.TableParser._place = lambda self, token, *rest: placed.append(token.rule) or place(
    self, token, *rest)
parse_program(sys.argv[2], "t.rexx")
print(placed)
"""


def test_the_short_steps_do_not_depend_on_what_was_parsed_before():
    """A step kept for a list state and key is worked out again when another state is on top:
    in a new process, parsing every 7th core conformance program first (test_lazy_units'
    sample, a set that once did it) left one statement of this program on the long way."""
    import subprocess
    import sys
    source = ("x = 1\ny = 2\nsay x y\ncall f 1\nnop\nl: z = 3\nreturn\n"
              "do 2\n a = 1\n b = 2\n c = 3\nend\nif a then b = 1\n"
              "select\nwhen a then nop\notherwise\n d = 1\n e = 2\nend\nexit\n")
    done = subprocess.run([sys.executable, "-c", _STEPS_AFTER_OTHERS, str(HERE / "conformance"),
                           source], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(["assign", "assign", "expr", "expr", "assign", "expr"])


@pytest.mark.parametrize("source", [
    "x = (a\n", "x = a +\n", "say f(a\n", "call f a b,)\n", "x = a \\ b\n", "say a\\b\n",
    "if a then say b\nelse\n", "select\nsay x\nend\n", "do i = 1 to\nend\n", "x = 'abc\n",
    "x = a /* open\n", "interpret\n", "leave 1\n", "iterate a b\n", "nop x\n",
    "call on error name\n", "x = f(a,)b(\n", "say a b c d ,\n", "return :\n", "x = .rc .mn\n",
    "do 3; x = 1; end y\n", "if x = 1 then x = 2; else x = 3\n", "a = b; b = ; c =\n",
    # one-term arguments, one-tail compounds, a built clause's end dropped by THEN / ELSE
    "call f -, 1\n", "say f(-, 1)\n", "say f(a.1, b.c.d, e., f.g, (h), 'i', -j)\n",
    "call f a.1b, ..x, a..b, 2.e\n", "x = a.b.; y = a.1; z = b.x.\n", "call f a,\n",
    "if a then x = 1\n\nelse say 2\n", "if a then x = 1;;\nelse say 2\n",
    "if a\nthen x = 1\n", "x = 1\nthen say\n", "say 1\nelse nop\n", "do\nx = f(a, b)\nend\n",
])
def test_odd_clauses_parse_the_same(source):
    assert_same(source)


PIECES = ["a", "b.1", "c.d.e", "1", "1.5e3", ".rc", "'s'", "'41'x", "f(", "'g'(", "(", ")",
          ",", "+", "-", "\\", "*", "/", "//", "%", "**", "||", "&", "|", "&&", "=", "==",
          "\\=", "<>", ">", ">=", "<<=", " ", "", ":", "x.", "then", "to", "with"]
SOUP = settings(max_examples=300, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow])


@SOUP
@given(st.sampled_from(["x = ", "say ", "call f ", "if ", "do i = ", "return ", "parse value "]),
       st.lists(st.sampled_from(PIECES), min_size=1, max_size=12),
       st.sampled_from([" ", ""]))
def test_random_expressions_parse_the_same(head, pieces, joiner):
    assert_same(head + joiner.join(pieces) + "\nend\n")


@SOUP
@given(st.sampled_from(CONFORMANCE), st.integers(min_value=0, max_value=10**6))
def test_mutated_programs_parse_the_same(program, seed):
    rng = random.Random(seed)
    lines = read(program).splitlines()
    for _ in range(rng.randint(1, 4)):
        if not lines:
            break
        i = rng.randrange(len(lines))
        if lines[i]:
            k = rng.randrange(len(lines[i]))
            lines[i] = lines[i][:k] + rng.choice("()'\",;=+-\\*|.x ") + lines[i][k + 1:]
    assert_same("\n".join(lines) + "\n")
