"""Parsed programs kept on disk by their text, so an unchanged script starts without the parser.

Importing the lexer and the parser and parsing is a large part of a small script's start-up,
and most of a big one's. Like CPython's ``__pycache__``, the AST of a program read from a file is saved (as ``marshal``
data of ``tree_codec``'s form) the first time and loaded on later runs of the same text; its
body is kept in pieces read when first reached (``deferred_body``). A cache file is named by a checksum of
the program text and holds the text and a fingerprint of the files that decide the AST (the
grammar, lexer, parser and AST modules, by size and modification time); both are compared on
loading, so an edited script or an upgraded rexxlite parses afresh.

Where: ``cache_location`` (``$REXXLITE_CACHE_DIR``, else ``$XDG_CACHE_HOME/rexxlite/ast``, else
``~/.cache/rexxlite/ast``; ``REXXLITE_NO_CACHE=1`` turns it off). A cache directory that is
not the user's own or that others may write to is never read.
Any failure to read or write the cache just means the program is parsed. The cyclic garbage
collector is paused while an AST is read (``collector_pause``).
"""

from __future__ import annotations

import os

import marshal

from rexxlite import __version__
from rexxlite.syntax import ast
from rexxlite.syntax.cache_location import cache_directory, checksum, is_private, write_atomically
from rexxlite.syntax.collector_pause import collector_paused
from rexxlite.syntax.deferred_body import DeferredBody, pieces_of
from rexxlite.syntax.source_lines import SourceLines
from rexxlite.syntax.trace_reach import program_reach
from rexxlite.charset import MODEL

_HERE = os.path.dirname(os.path.abspath(__file__))
_AST_FILES = ("ast.py", "node_class.py", "deferred_body.py", "parser.py", "simple_clauses.py",
              "simple_lines.py", "lexer.py", "lalr.py", "tree_codec.py", "parse_tables.py",
              "source_lines.py", "sre_patterns.py", "trace_reach.py",
              "../grammar/rexx.lark", "../../grammar/rexx.lark")   # installed / source tree
_fingerprint: str | None = None


_cache_dir = cache_directory      # the names this module had before cache_location
_safe = is_private


def fingerprint_of_parser() -> str:
    global _fingerprint
    if _fingerprint is None:
        parts = [__version__]
        for name in _AST_FILES:
            try:
                st = os.stat(os.path.join(_HERE, name))
            except OSError:
                continue
            parts.append(f"{name}:{st.st_size}:{st.st_mtime_ns}")
        _fingerprint = "|".join(parts)
    return _fingerprint


def keyed(source: str) -> str:
    """What a cache file is named by and holds: the text, and the character model it was
    read in (a hex literal's characters depend on it)."""
    return source + "\0utf8" if MODEL.utf8 else source


def _path(directory: str, source: str) -> str:
    """The cache file of ``source``: named by a checksum (the file holds the text itself,
    compared on loading, so two programs with one checksum never mix)."""
    data = keyed(source).encode("utf-8", "surrogateescape")
    return os.path.join(directory, f"{checksum(data)}.ast")


def load(source: str) -> ast.Program | None:
    """The cached AST of ``source``, or None."""
    directory = _cache_dir()
    if directory is None or not _safe(directory):
        return None
    try:
        with open(_path(directory, source), "rb") as handle, collector_paused():
            fingerprint, text, outline, (lines_text, starts) = marshal.loads(handle.read())
        if fingerprint != fingerprint_of_parser() or text != keyed(source):
            return None
        return ast.Program(DeferredBody(*outline), SourceLines(lines_text, starts))
    except Exception:
        return None


def store(source: str, program: ast.Program) -> None:
    """Keep the AST of ``source`` for the next run (quietly does nothing if it cannot)."""
    directory = _cache_dir()
    if directory is None:
        return
    try:
        lines = program.source_lines
        if lines.__class__ is not SourceLines:
            lines = SourceLines("\n".join(lines))
        data = marshal.dumps((fingerprint_of_parser(), keyed(source),
                              pieces_of(program.body, program_reach(program)),
                              lines.state()))
    except Exception:
        return
    write_atomically(directory, os.path.basename(_path(directory, source)), data)
