"""rexxlite's regular expressions of fixed text (the lexer's, the parser's, the word
functions', the number checks of built-ins and of the compiler), made without importing ``re``.

Importing ``re`` (its parser, compiler, ``enum`` and ``functools`` with it) was a quarter of
the start-up of a one-line ``-e`` program, and some 4 ms of every cached run that called a
word function. A compiled pattern is, below ``re``, a call of
``_sre.compile`` with plain data: the pattern text, its flags, its code (a list of ints), the
number of groups and the group names. ``pattern(text)`` makes a pattern from that data when the
cache directory (``cache_location``) holds it, in ``sre-FORMAT-<cache tag>-<hexversion>.marshal``,
a file of this Python's own build only (the code's opcodes change between releases); else it
compiles ``text`` with ``re``, takes the data out of ``re``'s own steps (``re._parser`` and
``re._compiler``, the same as ``re.compile`` takes), checks that it makes the same pattern, and
writes the file again with it added (whole or not at all).

The file is read only from a directory that is the user's own and writable by nobody else, and
only when the file is the user's own and writable by nobody else too; a file that is foreign,
unreadable or of another shape is ignored (``_sre.compile`` also checks the code itself). Flags
are written inline in a pattern's text (``(?i)``, ``(?a)``), so that the text alone names the
pattern. Where ``re`` has no such steps (another Python), ``pattern`` is ``re.compile``.
"""

from __future__ import annotations

import os
import sys

from rexxlite.syntax.cache_location import cache_directory, read_marshalled, write_marshalled

#: Changes whenever the shape of the saved data changes.
FORMAT = 1
_STAMP = (FORMAT, sys.hexversion, sys.implementation.cache_tag)
_NAME = f"sre-{FORMAT}-{sys.implementation.cache_tag}-{sys.hexversion:x}.marshal"

_saved: dict[str, tuple] | None = None      # pattern text -> _sre.compile's arguments
_made: dict[str, object] = {}               # pattern text -> its pattern, this process


def pattern(text: str):
    """The compiled regular expression of ``text`` (as ``re.compile(text)`` gives it; the
    same object again for the same text, as ``re`` keeps what it compiled)."""
    made = _made.get(text)
    if made is None:
        made = _made[text] = _made_from_file(text) or _compiled_now(text)
    return made


def _made_from_file(text: str):
    """The pattern made from the saved arguments of ``text``, or None."""
    args = _stored().get(text)
    if args is not None:
        try:
            import _sre
            return _sre.compile(*args)
        except Exception:       # another shape, or code _sre refuses: compile it anew
            pass
    return None


def _file() -> str | None:
    directory = cache_directory()
    return None if directory is None else os.path.join(directory, _NAME)


def _stored() -> dict[str, tuple]:
    """The saved arguments by pattern text, read once per process (empty when none can be)."""
    global _saved
    if _saved is None:
        _saved = {}
        path = _file()
        try:
            stamp, table = read_marshalled(path) if path is not None else None
        except (TypeError, ValueError):     # none, unreadable, corrupt: compile with re
            return _saved
        if stamp == _STAMP and isinstance(table, dict):
            _saved = table
    return _saved


def _compiled_now(text: str):
    """``re.compile(text)``, its ``_sre.compile`` arguments saved for the next process."""
    import re
    compiled = re.compile(text)
    try:
        args = _arguments(re, text)
        import _sre
        again = _sre.compile(*args)
    except Exception:               # no such steps in this Python's re: nothing to save
        return compiled
    if (again.pattern, again.flags, again.groups, again.groupindex) != (
            compiled.pattern, compiled.flags, compiled.groups, compiled.groupindex):
        return compiled
    table = dict(_stored())
    table[text] = args
    path = _file()
    if path is not None:
        try:
            write_marshalled(path, (_STAMP, table))
        except Exception:           # a cache that cannot be written is no error
            pass
    global _saved
    _saved = table
    return compiled


def _arguments(re, text: str) -> tuple:
    """The arguments ``re._compiler.compile`` hands ``_sre.compile`` for ``text``, as plain
    data (opcodes are int subclasses, which marshal does not take)."""
    parsed = re._parser.parse(text, 0)
    code = [int(op) for op in re._compiler._code(parsed, 0)]
    state = parsed.state
    groupindex = dict(state.groupdict)
    indexgroup = [None] * state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (text, int(state.flags), code, state.groups - 1, groupindex, tuple(indexgroup))
