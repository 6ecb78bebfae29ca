"""Where rexxlite keeps what it caches on disk (parsed programs, the parser's tables, the code
of generated Python and of rexxlite's own modules), whether a directory is safe to read a
cache from, and writing a cache file whole or not at all.

``$REXXLITE_CACHE_DIR``, else ``$XDG_CACHE_HOME/rexxlite/ast``, else ``~/.cache/rexxlite/ast``;
``REXXLITE_NO_CACHE=1`` turns caching off (``cache_directory()`` is then None). A directory
that is not the user's own, or that others may write to, is never read.
"""

from __future__ import annotations

import marshal
import os
import zlib


def cache_directory() -> str | None:
    """The cache directory, or None when caching is turned off."""
    if os.environ.get("REXXLITE_NO_CACHE"):
        return None
    explicit = os.environ.get("REXXLITE_CACHE_DIR")
    if explicit:
        return explicit
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "rexxlite", "ast")


def checksum(data: bytes) -> str:
    """The 16 hex digits cache files are named by (CRC-32 and Adler-32 of ``data``); a file
    holds what it was made from too, compared on loading, so two texts with one checksum
    never mix."""
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}"


def is_private(directory: str) -> bool:
    """Only the user's own directory, writable by nobody else."""
    try:
        st = os.stat(directory)
    except OSError:
        return False
    return st.st_uid == os.geteuid() and not st.st_mode & 0o022


def write_atomically(directory: str, name: str, data: bytes) -> None:
    """Write ``data`` as ``directory/name`` (made private if it is new) through a temporary
    file, so a reader never sees half a file; quietly does nothing if it cannot. A program's
    file may then remove the least recently used programs' (``cache_pruning``)."""
    temporary = None
    try:
        os.makedirs(directory, mode=0o700, exist_ok=True)
        if not is_private(directory):
            return
        final = os.path.join(directory, name)
        temporary = f"{final}.{os.getpid()}.tmp"
        with open(temporary, "wb") as handle:
            handle.write(data)
        os.replace(temporary, final)
        temporary = None
        from rexxlite.syntax.cache_pruning import prune_if_due   # (only a run that writes)
        prune_if_due(directory, name)
    except Exception:
        if temporary is not None:
            try:
                os.unlink(temporary)
            except OSError:
                pass


def read_marshalled(path: str):
    """The ``marshal`` value in the file ``path``, read only from a directory that is the
    user's own and writable by nobody else, and only if the file is the user's own and
    writable by nobody else too (a cache file holding code runs it when loaded); None if it
    cannot be read so (missing, unreadable, not marshal data)."""
    if not is_private(os.path.dirname(path)):
        return None
    try:
        with open(path, "rb") as handle:
            st = os.fstat(handle.fileno())
            if st.st_uid != os.geteuid() or st.st_mode & 0o022:
                return None
            return marshal.loads(handle.read())     # (``marshal.load`` of a file is slower)
    except Exception:
        return None


def write_marshalled(path: str, value) -> None:
    """``value`` as ``marshal`` data in the file ``path``, written as ``write_atomically``
    does; quietly nothing if it cannot (a value marshal refuses included)."""
    try:
        data = marshal.dumps(value)
    except Exception:
        return
    write_atomically(os.path.dirname(path), os.path.basename(path), data)
