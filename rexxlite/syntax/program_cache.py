"""Parsed programs kept on disk by their text, so an unchanged script starts without Lark.

Building the LALR parser (importing Lark and loading its tables) is most of rexxlite's start-up.
Like CPython's ``__pycache__``, the AST of a program read from a file is saved (pickled) the
first time and loaded on later runs of the same text. A cache file is named by a checksum of
the program text and holds the text and a fingerprint of the files that decide the AST (the
grammar, lexer, parser and AST modules, by size and modification time); both are compared on
loading, so an edited script or an upgraded rexxlite parses afresh.

Where: ``$REXXLITE_CACHE_DIR``, else ``$XDG_CACHE_HOME/rexxlite/ast``, else
``~/.cache/rexxlite/ast``. ``REXXLITE_NO_CACHE=1`` turns it off. A cache directory that is
not the user's own or that others may write to is never read (a pickle runs code when loaded).
Any failure to read or write the cache just means the program is parsed.
"""

from __future__ import annotations

import os
import pickle
import zlib

from rexxlite import __version__
from rexxlite.syntax import ast
from rexxlite.syntax.collector_pause import collector_paused
from rexxlite.charset import MODEL

_HERE = os.path.dirname(os.path.abspath(__file__))
_AST_FILES = ("ast.py", "parser.py", "lexer.py", "lalr.py", "parse_tables.py", "source_lines.py",
              "../grammar/rexx.lark", "../../grammar/rexx.lark")   # installed / source tree
_fingerprint: str | None = None


def _cache_dir() -> str | None:
    if os.environ.get("REXXLITE_NO_CACHE"):
        return None
    explicit = os.environ.get("REXXLITE_CACHE_DIR")
    if explicit:
        return explicit
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "rexxlite", "ast")


def _safe(directory: str) -> bool:
    """Only the user's own directory, writable by nobody else."""
    try:
        st = os.stat(directory)
    except OSError:
        return False
    return st.st_uid == os.geteuid() and not st.st_mode & 0o022


def _fingerprint_of_parser() -> str:
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


def _keyed(source: str) -> str:
    """What a cache file is named by and holds: the text, and the character model it was
    read in (a hex literal's characters depend on it)."""
    return source + "\0utf8" if MODEL.utf8 else source


def _path(directory: str, source: str) -> str:
    """The cache file of ``source``: named by a checksum (the file holds the text itself,
    compared on loading, so two programs with one checksum never mix)."""
    data = _keyed(source).encode("utf-8", "surrogateescape")
    return os.path.join(directory, f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}.pickle")


def load(source: str) -> ast.Program | None:
    """The cached AST of ``source``, or None."""
    directory = _cache_dir()
    if directory is None or not _safe(directory):
        return None
    try:
        with open(_path(directory, source), "rb") as handle, collector_paused():
            fingerprint, text, program = pickle.load(handle)
    except Exception:
        return None
    if fingerprint != _fingerprint_of_parser() or text != _keyed(source):
        return None
    return program if program.__class__ is ast.Program else None


def store(source: str, program: ast.Program) -> None:
    """Keep the AST of ``source`` for the next run (quietly does nothing if it cannot)."""
    directory = _cache_dir()
    if directory is None:
        return
    temporary = None
    try:
        os.makedirs(directory, mode=0o700, exist_ok=True)
        if not _safe(directory):
            return
        final = _path(directory, source)
        temporary = f"{final}.{os.getpid()}.tmp"
        with open(temporary, "wb") as handle:
            pickle.dump((_fingerprint_of_parser(), _keyed(source), program), handle,
                        protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, final)
    except Exception:
        if temporary is not None:
            try:
                os.unlink(temporary)
            except OSError:
                pass
