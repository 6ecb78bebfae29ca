"""LINEIN, LINEOUT, LINES, CHARIN, CHAROUT, CHARS and STREAM, as Regina 3.6 behaves.

The streams themselves are in ``rexxlite.runtime.streams`` (``ctx.streams``); this module checks the
arguments, positions the streams and runs the STREAM commands (OPEN, CLOSE, FLUSH, RESET,
SEEK/POSITION and QUERY ...). A failing operation raises the NOTREADY condition (through
``ctx.raise_condition``) with the stream's name as its description.
"""

from __future__ import annotations

import os

from rexxlite.charset import from_bytes, to_os
from rexxlite.errors import RexxError
from rexxlite.runtime.streams import REPOSITION, FileStream, Stream, file_datetime
from rexxlite.builtins import regina_stream_commands
from rexxlite.builtins.args import nonnegative, option, positive
from rexxlite.builtins.registry import builtin


def _notify(ctx):
    return lambda description: ctx.raise_condition("NOTREADY", description)


def _unwritten(ctx, count: int) -> str:
    """What LINEOUT / CHAROUT return: what was not written, but 0 while NOTREADY is trapped
    (Regina "fakes" the output then, and the handler is told)."""
    return "0" if count and "NOTREADY" in ctx.traps else str(count)


def _cannot_position(bif: str, stream: Stream, name: str | None) -> None:
    """Error 40.42 for a line or character position on a default stream."""
    if stream.transient:
        shown = name or ("<stdin>" if bif in ("LINEIN", "CHARIN") else "<stdout>")
        raise RexxError(40, 42, bif=bif, value=shown)


def _close(stream: Stream) -> str:
    """LINEOUT(name) / CHAROUT(name): close a file (creating it when never opened)."""
    if isinstance(stream, FileStream):
        stream.create_and_close()
    elif hasattr(stream, "flush"):
        stream.flush()
    return "0"


@builtin("LINEIN", 0, 3)
def linein(ctx, name=None, line=None, count=None):
    line_no = None if line is None else positive("LINEIN", 2, line)
    wanted = 1 if count is None else nonnegative("LINEIN", 3, count)
    if wanted > 1:
        raise RexxError(40, 39, bif="LINEIN", value=count)
    notify = _notify(ctx)
    stream = ctx.streams.input(name)
    if line_no is not None:
        _cannot_position("LINEIN", stream, name)
        if not stream.set_read_line(line_no, notify):
            return ""
    return stream.read_line(notify) if wanted else ""


@builtin("LINEOUT", 0, 3)
def lineout(ctx, name=None, string=None, line=None):
    line_no = None if line is None else positive("LINEOUT", 3, line)
    stream = ctx.streams.output(name)
    if string is None and line_no is None:
        return "0" if ctx.strict_ansi else _close(stream)   # ANSI: LINEOUT(name) does not close
    notify = _notify(ctx)
    if line_no is not None:
        _cannot_position("LINEOUT", stream, name)
        if not stream.set_write_line(line_no, notify):
            return "0"
    if string is None:
        return "0"
    return _unwritten(ctx, stream.write(string, True, notify))


@builtin("LINES", 0, 2)
def lines(ctx, name=None, opt=None):
    count = option("LINES", 2, opt, "CN", "N") == "C"
    return str(ctx.streams.input(name).lines(count, _notify(ctx)))


@builtin("CHARIN", 0, 3)
def charin(ctx, name=None, start=None, length=None):
    start_no = None if start is None else positive("CHARIN", 2, start)
    size = 1 if length is None else nonnegative("CHARIN", 3, length)
    notify = _notify(ctx)
    stream = ctx.streams.input(name)
    if start_no is not None:
        _cannot_position("CHARIN", stream, name)
        if not stream.set_read_char(start_no, notify):
            return ""
    return stream.read_chars(size, notify)


@builtin("CHAROUT", 0, 3)
def charout(ctx, name=None, string=None, start=None):
    start_no = None if start is None else positive("CHAROUT", 3, start)
    stream = ctx.streams.output(name)
    if string is None and start_no is None:
        return _close(stream)
    notify = _notify(ctx)
    if start_no is not None:
        _cannot_position("CHAROUT", stream, name)
        if not stream.set_write_char(start_no, notify):
            return _unwritten(ctx, len(string or ""))
    if string is None:
        return "0"
    return _unwritten(ctx, stream.write(string, False, notify))


@builtin("CHARS", 0, 2)
def chars(ctx, name=None, opt=None):
    option("CHARS", 2, opt, "CN", "N")
    return str(ctx.streams.input(name).chars(_notify(ctx)))


@builtin("STREAM", 0, 3)
def stream(ctx, name=None, *rest):
    if name is None:
        raise RexxError(40, 5, bif="STREAM", argnumber=1)
    letter = option("STREAM", 2, rest[0] if rest else None, "CSD", "S")
    target = ctx.streams.lookup(name)
    if letter != "C":
        if len(rest) > 1:
            raise RexxError(40, 4, bif="STREAM", argnumber=2)
        return target.state if letter == "S" else target.description
    if len(rest) < 2:
        raise RexxError(40, 3, bif="STREAM", argnumber=3)
    if rest[1] is None:
        raise RexxError(40, 5, bif="STREAM", argnumber=3)
    return run_command(target, rest[1], _notify(ctx))


# -- STREAM(name, 'C', command) ------------------------------------------------------------

COMMANDS = "CLOSE FLUSH OPEN POSITION QUERY SEEK"
QUERIES = "DATETIME TIMESTAMP EXISTS HANDLE SIZE STREAMTYPE SEEK POSITION"
_OFFSET = r"([=<+-]?)([0-9]+)\Z"


def _followed_by(token: str, allowed: str, found: list) -> RexxError:
    return RexxError(93, 1, token=token, value=(allowed, " ".join(found)))


def run_command(stream: Stream, text: str, notify) -> str:
    """Run a STREAM command on ``stream``; the result string (or Error 93 / 40.92x)."""
    words = text.upper().split()
    head, rest = (words[0], words[1:]) if words else ("", [])
    if head == "OPEN":
        return _open(stream, rest, notify)
    if head in ("SEEK", "POSITION"):
        return _seek(stream, words, notify)
    if head == "QUERY":
        return _query(stream, rest)
    if head in ("CLOSE", "FLUSH", "RESET") and not rest:
        return _simple(stream, head)
    if head in regina_stream_commands.ACCESS_COMMANDS and not rest:
        return regina_stream_commands.accessible(stream.name, head)
    if head == "FSTAT" and not rest:
        return regina_stream_commands.fstat(stream.name)
    raise RexxError(93, 3, value=(COMMANDS, " ".join(words)))


def _simple(stream: Stream, head: str) -> str:
    if head == "CLOSE":
        if isinstance(stream, FileStream):
            stream.close()
        elif hasattr(stream, "flush"):
            stream.flush()
        return "UNKNOWN"
    if head == "FLUSH":
        if isinstance(stream, FileStream) and stream.fh is None:
            return "UNKNOWN"                            # not open (or closed): Regina's answer
        if isinstance(stream, FileStream) and stream.writable:
            stream.fh.flush()
        elif hasattr(stream, "flush"):
            stream.flush()
        return "READY"
    if stream.state == "ERROR":                          # RESET
        stream.state = "NOTREADY"
    return "READY"


def _open(stream: Stream, rest: list, notify) -> str:
    """OPEN [READ | WRITE [APPEND|REPLACE] | BOTH [APPEND|REPLACE]]."""
    mode = rest[0] if rest else "BOTH"
    if mode not in ("READ", "WRITE", "BOTH") or (mode == "READ" and len(rest) > 1):
        raise _followed_by("OPEN", "BOTH READ WRITE ''", rest)
    if rest[1:] not in ([], ["APPEND"], ["REPLACE"]):
        raise _followed_by(f"OPEN {mode}", "APPEND REPLACE ''", rest[1:])
    if not isinstance(stream, FileStream):
        return "READY:"
    stream.close()
    ok = stream.open_read(notify) if mode == "READ" else stream.open_write(notify)
    if not ok:
        return f"ERROR:{stream.error_number}"
    if rest[1:] == ["REPLACE"] and stream.seekable:
        stream.truncate(0)
    return "READY:"


def _seek(stream: Stream, words: list, notify) -> str:
    """SEEK/POSITION offset [READ|WRITE] [CHAR|LINE]; the new position, or 0."""
    if len(words) < 2:
        raise RexxError(40, 922, bif="STREAM", argnumber=3, value=(2, len(words)))
    if len(words) > 4:
        raise RexxError(40, 923, bif="STREAM", argnumber=3, value=(4, len(words)))
    from rexxlite.syntax.sre_patterns import pattern      # (when first needed: start-up)
    match = pattern(_OFFSET).match(words[1])
    if match is None:
        raise RexxError(40, 924, bif="STREAM", argnumber=3,
                        value=("n, +n, -n, =n or <n", words[1]))
    direction, unit = _seek_options(words[2:])
    if not isinstance(stream, FileStream):
        raise RexxError(40, 42, bif="STREAM", value=stream.name)
    return _move(stream, match.group(1), int(match.group(2)), direction, unit, notify)


def _seek_options(extra: list) -> tuple:
    direction, unit = None, "CHAR"
    if extra:
        if extra[0] not in ("READ", "WRITE", "CHAR", "LINE"):
            raise RexxError(40, 924, bif="STREAM", argnumber=3,
                            value=("READ WRITE CHAR LINE", extra[0]))
        if extra[0] in ("READ", "WRITE"):
            direction = extra[0]
        else:
            unit = extra[0]
    if len(extra) > 1:
        allowed = ("CHAR", "LINE") if direction else ("READ", "WRITE")
        if extra[1] not in allowed:
            raise RexxError(40, 924, bif="STREAM", argnumber=3,
                            value=(" ".join(allowed), extra[1]))
        if direction:
            unit = extra[1]
        else:
            direction = extra[1]
    return direction, unit


def _move(stream: FileStream, sign: str, amount: int, direction, unit: str, notify) -> str:
    writing = direction == "WRITE"
    if not stream.usable(notify):
        return "0"
    if not (stream.open_write(notify) if writing else stream.open_read(notify)):
        return "0"
    if not stream.seekable:
        stream.fail(REPOSITION, notify)
        return "0"
    size = stream.size()
    pos = stream.write_pos if writing else stream.read_pos
    if unit == "LINE":
        total = stream.newline_count() + 1              # Regina: '<n' from the line after
        target = _target(sign, amount, stream.line_number(pos), total)
        offset = stream.line_offset(target) if target >= 1 else None
        ok = offset is not None and (writing or offset < size)
    else:
        target = _target(sign, amount, pos + 1, size)
        offset = target - 1
        ok = 1 <= target <= (size + 1 if writing else size)
    if not ok:
        stream.fail(REPOSITION, notify)
        return "0"
    if writing or (direction is None and stream.writable):
        stream.write_pos = offset
    if not writing:
        stream.read_pos = offset
    return str(target)


def _target(sign: str, amount: int, current: int, total: int) -> int:
    if sign == "+":
        return current + amount
    if sign == "-":
        return current - amount
    if sign == "<":
        return total - amount
    return amount


def _query(stream: Stream, rest: list) -> str:
    what = rest[0] if rest else ""
    if what in ("SEEK", "POSITION"):
        more = rest[1:]
        if not more or more[0] not in ("READ", "WRITE", "SYS"):
            raise _followed_by(f"QUERY {what}", "READ WRITE SYS", more)
        if more[1:] not in ([], ["CHAR"], ["LINE"]):
            raise _followed_by(f"QUERY {what} {more[0]}", "CHAR LINE ''", more[1:])
        return _position(stream, more[0], more[1] if len(more) > 1 else "CHAR")
    if what not in QUERIES.split() or len(rest) != 1:
        raise _followed_by("QUERY", QUERIES, rest)
    if what == "HANDLE":
        return stream.handle()
    if not isinstance(stream, FileStream):
        return "TRANSIENT" if what == "STREAMTYPE" else ""
    if what == "STREAMTYPE":
        if stream.fh is None:
            return regina_stream_commands.stream_type(stream.name)
        return "PERSISTENT" if stream.seekable else "TRANSIENT"
    if not os.path.exists(to_os(stream.name)):
        return ""
    if what == "EXISTS":
        return from_bytes(os.path.realpath(to_os(stream.name)))
    if what == "SIZE":
        return str(os.stat(to_os(stream.name)).st_size)
    return file_datetime(stream.name, iso=what == "TIMESTAMP")


def _position(stream: Stream, which: str, unit: str) -> str:
    if not isinstance(stream, FileStream):
        return "0"
    if stream.fh is None:
        return ""
    if which == "SYS":
        return str(stream.fh.tell())
    if which == "WRITE" and not stream.writable:
        return "1" if unit == "LINE" else "0"
    pos = stream.read_pos if which == "READ" else stream.write_pos
    return str(stream.line_number(pos) if unit == "LINE" else pos + 1)
