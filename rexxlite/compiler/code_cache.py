"""The code objects of generated Python source, kept on disk beside a cached program.

Compiling the generated source (clause runs, loops, expression factories) with Python's
``compile`` is a large part of a short program's run (bit_words: 28 texts, a third of the
run). As CPython keeps ``.pyc`` files, the code objects of a program read from a file are
saved (marshal) after its run, in the cache directory of its AST (``cache_location``), and
loaded when the same program runs again. An entry is found by the generated text itself
(and the name it is compiled under), so it can only be the code of that text; the file also
holds the rexxlite and Python versions and is ignored when either differs.

A marshalled code object runs when it is loaded, so the file is read only from a directory
that is the user's own and writable by nobody else, and only if the file is the user's own
too (``read_marshalled``). Any failure to read the file just means compiling; it is written
atomically (``write_marshalled``), and only when the run compiled something new.
"""

from __future__ import annotations

import os
import sys

from rexxlite import __version__
from rexxlite.syntax.cache_location import (cache_directory, checksum, read_marshalled,
                                             write_marshalled)

FORMAT = 1
MAX_ENTRIES = 4000          # a program generating ever new texts does not grow its file forever
_STAMP = (FORMAT, __version__, sys.hexversion, sys.implementation.cache_tag)

_codes: dict[str, object] = {}     # name + NUL + text -> code object, this process
_kept: dict[str, object] = {}      # those of the attached program: what ``save`` writes
_file: str | None = None           # where this run's code objects are kept (None: nowhere)
_source = ""                       # the program text they belong to (also in the file)
_changed = False
_unread: str | None = None         # the attached file, while its code objects are not loaded


def compiled(text: str, name: str):
    """The code object of module source ``text`` compiled under file name ``name``: from
    this process or the attached cache file when it was compiled before, else compiled now."""
    global _changed
    if _unread is not None:
        _read_kept()
    key = f"{name}\0{text}"
    code = _codes.get(key)
    if code is None:
        code = _codes[key] = compile(text, name, "exec")
    if _file is not None and key not in _kept and len(_kept) < MAX_ENTRIES:
        _kept[key] = code
        _changed = True
    return code


def attach(source: str) -> None:
    """Keep the code objects of program ``source`` (the text of a file) in the cache: those
    saved by an earlier run of the same text are loaded when the first is wanted (a run whose
    units all come from the program's unit image wants none); ``save`` writes them at the
    end."""
    global _file, _source, _changed, _unread
    _kept.clear()
    _changed = False
    _unread = None
    directory = cache_directory()
    if directory is None:
        return
    data = source.encode("utf-8", "surrogateescape")
    _file = os.path.join(directory, f"{checksum(data)}-{len(data)}.code")
    _source = source
    _unread = _file


def _read_kept() -> None:
    """Load the code objects the attached file holds (``attach``)."""
    global _unread
    file, _unread = _unread, None
    try:
        stamp, text, codes = read_marshalled(file)
    except (TypeError, ValueError):     # missing, unreadable, not private, corrupt: compile
        return
    if stamp != _STAMP or text != _source or not isinstance(codes, dict):
        return
    _kept.update(codes)
    for key, code in codes.items():
        _codes.setdefault(key, code)


def save() -> None:
    """Write this run's code objects to the attached file, if anything new was compiled, and
    detach it."""
    global _file, _changed, _unread
    file, _file = _file, None
    _unread = None
    if file is None or not _changed:
        return
    _changed = False
    write_marshalled(file, (_STAMP, _source, _kept))
