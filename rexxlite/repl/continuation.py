"""Is a REPL entry complete, or does it continue on a continuation prompt?

An entry continues when parsing it stops at its end: Error 14 (an unfinished DO, SELECT, or IF
... THEN / ELSE without its instruction) or Error 6 (an open comment or string), or when its last
line ends with a continuation comma. An IF or WHEN still waiting for its THEN continues too,
and so does an entry whose last clause is a whole IF without ELSE: the next line may be its
ELSE (an empty line, or any other clause, ends the wait).
Anything else, including other syntax errors, is complete: it runs and the error is reported.

An entry that starts with a label defines routines (the backend compiles it without running
it); it continues until an empty line, so a routine can be typed over several lines.

A string cannot span lines in Rexx, so an entry that continues only because of an open string
runs (and reports Error 6) when the user enters an empty line.
"""

from __future__ import annotations

from rexxlite.syntax import ast
from rexxlite.errors import RexxError
from rexxlite.syntax.parser import parse_program
from rexxlite.repl import scan

INCOMPLETE_CODES = frozenset({14, 6})
ENTRY_NAME = "<repl>"


def is_complete(text: str) -> bool:
    """True when ``text`` should run now, False when it needs a continuation line."""
    if not text.strip():
        return True
    tokens = scan.scan(text)
    if scan.ends_with_comma(tokens):
        return False
    if _waits_for_instruction(tokens):
        return False
    if starts_with_label(text) and not _ends_with_empty_line(text):
        return False
    program, code = _parse(text)
    if code == 6 and _open_string_only(tokens) and _ends_with_empty_line(text):
        return True
    if program is not None and _waits_for_else(program) and not _ends_with_empty_line(text):
        return False
    return code not in INCOMPLETE_CODES


def _waits_for_else(program: ast.Program) -> bool:
    """The entry's last clause is an IF (or an IF in the THEN or ELSE of one) without an ELSE
    yet: an ELSE may follow on the next line."""
    node = program.body[-1] if program.body else None
    while node.__class__ is ast.If:
        if node.otherwise is None:
            return True
        node = node.otherwise
    return False


def _waits_for_instruction(tokens: list[scan.Token]) -> bool:
    """IF/WHEN without THEN yet, or THEN/ELSE with nothing after it."""
    done, current = scan.clauses(tokens)
    if current:
        first = current[0]
        second = current[1] if len(current) > 1 else None
        assignment = second is not None and second.kind == scan.OTHER and second.text in ("=", ":")
        return first.is_word("IF", "WHEN") and not assignment
    return bool(done) and len(done[-1]) == 1 and done[-1][0].is_word("THEN", "ELSE")


def _parse(text: str) -> tuple[ast.Program | None, int | None]:
    """``text`` parsed, or the RexxError code that parsing it raises."""
    try:
        return parse_program(text, ENTRY_NAME), None
    except RexxError as error:
        return None, error.code
    except Exception:            # a parser bug: let the entry run so the error is shown
        return None, 0


def _ends_with_empty_line(text: str) -> bool:
    return "\n" in text and not text.rsplit("\n", 1)[1].strip()


def _open_string_only(tokens: list[scan.Token]) -> bool:
    kinds = {t.kind for t in tokens}
    return scan.OPEN_STRING in kinds and scan.OPEN_COMMENT not in kinds


def starts_with_label(text: str) -> bool:
    """True when the entry's first clause is a label (``name:``): a routine definition."""
    done, current = scan.clauses(scan.scan(text))
    first = done[0] if done else current
    return len(first) == 2 and first[0].kind == scan.WORD and first[1].text == ":"
