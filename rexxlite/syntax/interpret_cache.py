"""The trees of a program's INTERPRET strings, kept on disk beside its own, so that a program
whose INTERPRET strings are the same from run to run starts without the parser.

A script run before loads its AST from ``program_cache``; but each INTERPRET string was
parsed again on every run, and parsing one means importing the lexer, the parser and ``re``
(in a clean install about as much as all the rest of a short cached run). So the tree of each
string a program interprets is kept, while it runs, in a table for that program (at most
``MAX_STRINGS`` of them, so a program making a new string each run cannot grow it for ever),
written after the run when it gained a string (``save``) to the file named by the program
text's checksum with the suffix ``.interp``, in the cache directory. The file holds the
parser's fingerprint and the program's text, both compared on loading, as ``program_cache``
does; any failure to read or write it only means parsing.
"""

from __future__ import annotations

import marshal
import os

from rexxlite.syntax import ast
from rexxlite.syntax.cache_location import cache_directory, checksum, is_private, write_marshalled
from rexxlite.syntax.program_cache import fingerprint_of_parser, keyed
from rexxlite.syntax.source_lines import SourceLines
from rexxlite.syntax.tree_codec import decode, encode

#: At most this many strings' trees are kept for one program.
MAX_STRINGS = 256

_trees: dict = {}                  # keyed string -> (encoded body, lines state)
_file: str | None = None           # the attached program's file (None: nothing kept)
_program = ""                      # that program's keyed text (also in the file)
_changed = False


def attach(program_source: str) -> None:
    """Keep the INTERPRET strings of program ``program_source`` (the text of a file): the
    trees an earlier run of the same text kept are loaded; ``save`` writes them at the end."""
    global _file, _program, _changed
    _trees.clear()
    _changed = False
    _file = None
    directory = cache_directory()
    if directory is None:
        return
    _program = keyed(program_source)
    data = _program.encode("utf-8", "surrogateescape")
    _file = os.path.join(directory, f"{checksum(data)}.interp")
    if not is_private(directory):
        return
    try:
        with open(_file, "rb") as handle:
            fingerprint, program, trees = marshal.loads(handle.read())
    except Exception:               # missing, unreadable, corrupt: parse
        return
    if fingerprint == fingerprint_of_parser() and program == _program and trees.__class__ is dict:
        _trees.update(trees)


def load(source: str) -> ast.Program | None:
    """The tree kept for INTERPRET string ``source``, or None."""
    kept = _trees.get(keyed(source))
    if kept is None:
        return None
    try:
        body, lines_state = kept
        return ast.Program(decode(body), SourceLines(*lines_state))
    except Exception:
        return None


def store(source: str, program: ast.Program) -> None:
    """Keep the tree of INTERPRET string ``source`` (parsed now) for the next run."""
    global _changed
    if _file is None or len(_trees) >= MAX_STRINGS:
        return
    try:
        lines = program.source_lines
        if lines.__class__ is not SourceLines:
            lines = SourceLines("\n".join(lines))
        _trees[keyed(source)] = (encode(list(program.body)), lines.state())
    except Exception:
        return
    _changed = True


def save() -> None:
    """Write the attached program's trees if the run kept a new one, and detach it."""
    global _file, _changed
    file, _file = _file, None
    if file is None or not _changed:
        return
    _changed = False
    write_marshalled(file, (fingerprint_of_parser(), _program, _trees))
