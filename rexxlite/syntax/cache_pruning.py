"""Keeping the cache directory bounded: the files of the programs used least recently are
removed when the programs' files hold more than the limit.

A program's files are named by the checksum of its text (16 hex digits,
``cache_location.checksum``): its AST, generated code, unit image and INTERPRET strings. Only
they count toward the limit, ``$REXXLITE_CACHE_LIMIT_MB`` megabytes (default 100; 0 means no
limit and no pruning). The other files exist once per rexxlite build or Python (the parser's
tables, the pattern file, the module images, 1.5-2 MB each): one not used for 30 days is
removed, so upgrades do not pile them up.

After a program's cache file is written (``cache_location.write_atomically``), and at most once
an hour (the modification time of the directory's ``pruned`` file tells when it was last
done), the directory is listed. If the programs' files hold more than the limit, whole programs
(every file of one checksum) are removed, least recently used first, until they hold at most
three quarters of it; the program just written is kept. A program's last use is the latest
access or modification time of its files (``relatime`` keeps access times within a day).
Removing is always safe: a missing cache file is made again by the next run that wants it.
"""

from __future__ import annotations

import os
import time

DEFAULT_LIMIT_MB = 100
INTERVAL_SECONDS = 3600
STALE_SECONDS = 30 * 24 * 3600          # a build's file unused this long is removed
KEEP_FRACTION = 0.75
MARKER = "pruned"
_HEX = frozenset("0123456789abcdef")


def program_key(name: str) -> str | None:
    """The checksum a program's cache file is named by, or None for any other file."""
    key = name[:16]
    if len(key) == 16 and set(key) <= _HEX and name[16:17] in (".", "-"):
        return key
    return None


def limit_bytes() -> int:
    """The limit in bytes from ``$REXXLITE_CACHE_LIMIT_MB`` (0: none; unreadable: default)."""
    text = os.environ.get("REXXLITE_CACHE_LIMIT_MB", "")
    try:
        megabytes = float(text) if text.strip() else DEFAULT_LIMIT_MB
    except ValueError:
        megabytes = DEFAULT_LIMIT_MB
    return max(0, int(megabytes * 1024 * 1024))


def prune_if_due(directory: str, written: str) -> None:
    """Called after ``written`` was written in ``directory``: prune when an hour has passed
    since the last time (see the module doc). Never raises."""
    limit = limit_bytes()
    keep = program_key(written)
    if not limit or keep is None:
        return
    marker = os.path.join(directory, MARKER)
    try:
        if time.time() - os.stat(marker).st_mtime < INTERVAL_SECONDS:
            return
    except OSError:
        pass                            # never pruned here
    try:
        with open(marker, "wb"):
            pass                        # (first: another process may be pruning too)
        prune(directory, limit, keep)
    except OSError:
        pass


def prune(directory: str, limit: int, keep: str | None = None) -> list[str]:
    """Remove the least recently used programs' files until they hold at most three
    quarters of ``limit`` bytes, if they hold more than ``limit``; never the files of
    ``keep``. Also remove the other files unused for ``STALE_SECONDS``. The checksums of the
    programs removed."""
    programs: dict[str, list] = {}       # checksum -> [size, last use, names]
    now = time.time()
    with os.scandir(directory) as entries:
        for entry in entries:
            key = program_key(entry.name)
            if entry.name == MARKER or not entry.is_file(follow_symlinks=False):
                continue
            try:
                st = entry.stat(follow_symlinks=False)
            except OSError:
                continue
            if entry.name.endswith(".tmp") and now - st.st_mtime < INTERVAL_SECONDS:
                continue                # being written now (a stale one goes with its program)
            if key is None:
                if now - max(st.st_atime, st.st_mtime) > STALE_SECONDS:
                    _remove(directory, entry.name)      # another build's, unused for long
                continue
            program = programs.setdefault(key, [0, 0.0, []])
            program[0] += st.st_size
            program[1] = max(program[1], st.st_atime, st.st_mtime)
            program[2].append(entry.name)
    total = sum(size for size, _used, _names in programs.values())
    if total <= limit:
        return []
    removed = []
    target = limit * KEEP_FRACTION
    for key, (size, _used, names) in sorted(programs.items(), key=lambda item: item[1][1]):
        if total <= target:
            break
        if key == keep:
            continue
        for name in names:
            _remove(directory, name)
        total -= size
        removed.append(key)
    return removed


def _remove(directory: str, name: str) -> None:
    try:
        os.unlink(os.path.join(directory, name))
    except OSError:             # gone already (another process pruning)
        pass
