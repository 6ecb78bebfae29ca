"""Regina's extra STREAM(name, 'C', ...) commands: READABLE, WRITABLE, EXECUTABLE (1 or 0, by
access(2)) and FSTAT (``dev inode mode links user group size Type`` of the file itself, a
symbolic link included; '' when there is none), and QUERY STREAMTYPE of a file not open
(PERSISTENT for a regular file or device, UNKNOWN for a directory, FIFO, link or socket, ''
when there is no such file). Each is checked against Regina 3.6."""

from __future__ import annotations

import os
import stat

from rexxlite.charset import to_os

ACCESS_COMMANDS = {"READABLE": os.R_OK, "WRITABLE": os.W_OK, "EXECUTABLE": os.X_OK}

#: Regina's names of the kinds of file, and whether each is a PERSISTENT stream.
_KINDS = (
    (stat.S_ISDIR, "Directory", False),
    (stat.S_ISCHR, "CharacterSpecial", True),
    (stat.S_ISBLK, "BlockSpecial", True),
    (stat.S_ISREG, "RegularFile", True),
    (stat.S_ISFIFO, "FIFO", False),
    (stat.S_ISLNK, "SymbolicLink", False),
    (stat.S_ISSOCK, "Socket", False),
)


def _kind(mode: int) -> tuple[str, bool]:
    for test, name, persistent in _KINDS:
        if test(mode):
            return name, persistent
    return "", False


def accessible(name: str, command: str) -> str:
    """READABLE / WRITABLE / EXECUTABLE: '1' when this process may, else '0'."""
    try:
        return "1" if os.access(to_os(name), ACCESS_COMMANDS[command]) else "0"
    except (OSError, ValueError):
        return "0"


def fstat(name: str) -> str:
    """FSTAT: the file's details (of a link itself, not what it points to)."""
    try:
        os.stat(to_os(name))
        info = os.lstat(to_os(name))
    except (OSError, ValueError):
        return ""
    kind, _ = _kind(info.st_mode)
    fields = [str(info.st_dev), str(info.st_ino), f"{info.st_mode & 0o777:03o}",
              str(info.st_nlink), _user(info.st_uid), _group(info.st_gid), str(info.st_size)]
    return " ".join(fields) + (" " + kind if kind else "")


def stream_type(name: str) -> str:
    """QUERY STREAMTYPE of a file that is not open."""
    try:
        info = os.stat(to_os(name))
    except (OSError, ValueError):
        return ""
    return "PERSISTENT" if _kind(info.st_mode)[1] else "UNKNOWN"


def _user(uid: int) -> str:
    try:
        import pwd
        return pwd.getpwuid(uid).pw_name
    except (ImportError, KeyError):
        return str(uid)


def _group(gid: int) -> str:
    try:
        import grp
        return grp.getgrgid(gid).gr_name
    except (ImportError, KeyError):
        return str(gid)
