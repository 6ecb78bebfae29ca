"""Stream I/O: the default streams and file streams behind LINEIN, LINEOUT, LINES, CHARIN,
CHAROUT, CHARS and STREAM, with the states and descriptions Regina 3.6 reports.

One ``StreamManager`` per running program (``StreamManager(stdin=..., stdout=..., stderr=...)``,
``close_all()`` at exit). Streams are looked up by name, exactly as written (case and spelling
matter: ``g.txt`` and ``./g.txt`` are two streams):

- an omitted or empty name is the default stream: standard input for reading, standard output
  for writing; ``stdin``/``<stdin>``, ``stdout``/``<stdout>`` and ``stderr``/``<stderr>`` (lower
  case only, as in Regina on Unix) name them too. Any other name is a file path.
- a file stream is opened on first use (for reading, or for reading and writing), with separate
  read and write positions: reading starts at the beginning, writing at the end of the file.
  LINEOUT leaves the file ending after the line it wrote (Regina truncates there); CHAROUT
  overwrites in place. Every write is flushed, so other programs see it at once.
- text is UTF-8 (``charset``): LINEIN decodes lines; CHARIN/CHAROUT/CHARS count bytes, so a
  byte copied with CHARIN and written with CHAROUT comes out unchanged. A line ends at LF, CR LF
  or a lone CR (as Regina's LINEIN; LINES(, 'C') counts LFs, as Regina's).
- standard input is read through the given text stream (with a look-ahead of one line), never
  positioned (Error 40.42). As in Regina, LINES() is 1 until a read has met the end of input
  (it never waits for input) and CHARS() is 0 unless stdin is a file.

States: ``UNKNOWN`` (not open), ``READY``, ``NOTREADY`` (end of data) and ``ERROR`` (a failed
open or positioning; it sticks, every operation fails, until CLOSE or the RESET command).
A failing operation calls the ``notify`` callback it was given with the condition description
(the stream's name), which the built-ins turn into the NOTREADY condition.

Interpreter hooks: ``linein_for_parse(notify)`` reads a line of the default input stream for
PARSE LINEIN and for PULL from an empty queue ('' at end of input); ``say(text)`` writes a line
to the default output stream; ``flush()`` flushes stdout/stderr (before running a command).
"""

from __future__ import annotations

import errno
import os
import stat
import sys
import time

from rexxlite.charset import from_bytes, to_bytes, to_os

Notify = "Callable[[str], None] | None"     # (annotations only: no ``typing`` at run time)

EOF_LINE = "EOF on line input"
EOF_CHAR = "EOF on char input"
REPOSITION = "Repositioning at or after EOF"
DEFAULT_OP = "Invalid operation on default stream"

STDIN_NAMES = ("stdin", "<stdin>")
STDOUT_NAMES = ("stdout", "<stdout>")
STDERR_NAMES = ("stderr", "<stderr>")

_CHUNK = 1 << 16


def _strerror(exc: OSError) -> str:
    return os.strerror(exc.errno) if exc.errno else str(exc)


def _text(line: bytes) -> str:
    """A line read from a file, without its LF (and a CR before it) or its lone CR."""
    if line.endswith(b"\n"):
        line = line[:-2] if line.endswith(b"\r\n") else line[:-1]
    elif line.endswith(b"\r"):
        line = line[:-1]
    return from_bytes(line)


class Stream:
    """What every stream has: a name, a state and the description of its last problem."""

    transient = False

    def __init__(self, name: str):
        self.name = name
        self.state = "UNKNOWN"
        self.description = ""

    def fail(self, description: str, notify: Notify, state: str = "ERROR") -> None:
        self.state = state
        self.description = description
        if notify is not None:
            notify(self.name)


# -- the default streams -------------------------------------------------------------------

class InputStream(Stream):
    """Standard input: read line by line through a look-ahead buffer (never positioned)."""

    transient = True

    def __init__(self, stream, before_read: Callable[[], None]):
        super().__init__("<stdin>")
        self.state = "READY"
        self._stream = stream
        self._before_read = before_read
        self._pending = ""
        self._eof_seen = False
        try:                                  # bytes that are not UTF-8 survive (charset)
            stream.reconfigure(errors="surrogateescape")
        except (AttributeError, ValueError, OSError):
            pass

    def _fill(self) -> bool:
        """Read one more line into the buffer; False at end of input. Reads go through the
        text stream itself, so they share its buffer with anything else reading it."""
        self._before_read()
        try:
            text = self._stream.readline()
        except (OSError, ValueError, AttributeError):     # closed, or no stdin at all
            text = ""
        self._eof_seen = not text
        if not text:
            return False
        self._pending += text
        return True

    def read_line(self, notify: Notify) -> str:
        while "\n" not in self._pending and self._fill():
            pass
        if not self._pending:
            self.fail(EOF_LINE, notify, "NOTREADY")
            return ""
        line, sep, self._pending = self._pending.partition("\n")
        self._ready()
        return line[:-1] if sep and line.endswith("\r") else line

    def read_chars(self, length: int, notify: Notify) -> str:
        while len(self._pending) < length and self._fill():
            pass
        data, self._pending = self._pending[:length], self._pending[length:]
        if len(data) < length:
            self.fail(EOF_CHAR, notify, "NOTREADY")
        else:
            self._ready()
        return data

    def _ready(self) -> None:
        if self.state != "ERROR":             # as Regina: a misuse (LINEOUT) stays visible
            self.state = "READY"

    def write(self, text: str, newline: bool, notify: Notify) -> int:
        self.fail(DEFAULT_OP, notify)
        return 1

    def lines(self, count: bool, notify: Notify) -> int:
        """As Regina: 1 until a read has met the end of input (it never waits for input)."""
        return 0 if self._eof_seen and not self._pending else 1

    def chars(self, notify: Notify) -> int:
        """As Regina: 0 for a pipe or terminal; the file's size when stdin is a file."""
        try:
            info = os.fstat(self._stream.fileno())
        except (OSError, ValueError, AttributeError):
            return 0
        return info.st_size if stat.S_ISREG(info.st_mode) else 0

    def handle(self) -> str:
        try:
            return str(self._stream.fileno())
        except (OSError, ValueError, AttributeError):
            return ""


class OutputStream(Stream):
    """Standard output or standard error: written through the given text stream."""

    transient = True

    def __init__(self, name: str, stream):
        super().__init__(name)
        self.state = "READY"
        self._stream = stream

    def write(self, text: str, newline: bool, notify: Notify) -> int:
        if newline:
            text += "\n"
        try:
            self._stream.write(text)
        except UnicodeEncodeError:          # escaped bytes: write the bytes themselves
            self._write_bytes(to_bytes(text))
        except (OSError, ValueError) as exc:
            self.fail(_strerror(exc) if isinstance(exc, OSError) else str(exc), notify)
            return 1 if newline else len(text)
        return 0

    def _write_bytes(self, data: bytes) -> None:
        binary = getattr(self._stream, "buffer", None)
        if binary is None:
            self._stream.write(data.decode("utf-8", "replace"))
            return
        self._stream.flush()
        binary.write(data)
        binary.flush()

    def flush(self) -> None:
        try:
            self._stream.flush()
        except (OSError, ValueError):
            pass

    def read_line(self, notify: Notify) -> str:
        self.fail(DEFAULT_OP, notify)
        return ""

    def read_chars(self, length: int, notify: Notify) -> str:
        self.fail(DEFAULT_OP, notify)
        return ""

    def lines(self, count: bool, notify: Notify) -> int:
        self.fail(DEFAULT_OP, notify)
        return 0

    def chars(self, notify: Notify) -> int:
        self.fail(DEFAULT_OP, notify)
        return 0

    def handle(self) -> str:
        try:
            return str(self._stream.fileno())
        except (OSError, ValueError, AttributeError):
            return ""


# -- file streams --------------------------------------------------------------------------

class FileStream(Stream):
    """A file named by its path, with a read position and a write position (byte offsets)."""

    def __init__(self, name: str, before_write: Callable[[], None]):
        super().__init__(name)
        self._before_write = before_write     # flushes stdout/stderr (for /dev/stdout & co)
        self.fh = None
        self.writable = False
        self.seekable = True
        self._at: int | None = None           # where the handle is, when known
        self.read_pos = 0
        self.write_pos = 0
        self._end = 0
        self._char_eof = False                # a short CHARIN happened (see read_chars)
        self.error_number = 0                 # errno of the last failed open (OPEN says it)

    # opening and closing
    def usable(self, notify: Notify) -> bool:
        """False (and NOTREADY) while the stream is in the ERROR state."""
        if self.state == "ERROR":
            self.fail(self.description, notify)
            return False
        return True

    def open_read(self, notify: Notify, probe: bool = False) -> bool:
        """Open for reading if not open. ``probe`` (LINES, CHARS): a failure raises NOTREADY
        but leaves the state alone, as in Regina."""
        if self.fh is not None:
            return True
        try:
            self._attach(open(to_os(self.name), "rb"), writable=False)
        except OSError as exc:
            if probe:
                if notify is not None:
                    notify(self.name)
            else:
                self._open_failed(exc, notify)
            return False
        return True

    def _open_failed(self, exc: OSError, notify: Notify) -> None:
        self.error_number = exc.errno or 0
        self.fail(_strerror(exc), notify)

    def open_write(self, notify: Notify) -> bool:
        if self.fh is not None and self.writable:
            return True
        try:
            fh = self._open_for_writing()
        except OSError as exc:
            self._open_failed(exc, notify)
            return False
        if self.fh is not None:               # open for reading: keep the positions
            read_pos, write_pos = self.read_pos, self.write_pos
            self.fh.close()
            self._attach(fh, writable=True)
            self.read_pos, self.write_pos = read_pos, write_pos
        else:
            self._attach(fh, writable=True)
        return True

    def _open_for_writing(self):
        try:
            fd = os.open(to_os(self.name), os.O_RDWR | os.O_CREAT, 0o666)
            return os.fdopen(fd, "r+b")
        except OSError as exc:
            if exc.errno not in (errno.EACCES, errno.EPERM):
                raise
        fd = os.open(to_os(self.name), os.O_WRONLY | os.O_CREAT, 0o666)    # a write-only file
        return os.fdopen(fd, "wb")

    def _attach(self, fh, writable: bool) -> None:
        self.fh = fh
        self.writable = writable
        try:
            self.seekable = fh.seekable()
        except OSError:
            self.seekable = False
        self.read_pos = 0
        self._at = 0
        self._end = self.size() if self.seekable else 0      # the file's size as we left it
        self.write_pos = self._end
        self.state = "READY"
        self._char_eof = False

    def close(self) -> None:
        if self.fh is not None:
            try:
                self.fh.close()
            except OSError:
                pass
        self.fh = None
        self.writable = False
        self.read_pos = self.write_pos = 0
        self.state = "UNKNOWN"
        self.description = ""
        self._char_eof = False

    def size(self) -> int:
        return os.fstat(self.fh.fileno()).st_size

    def _seek(self, pos: int) -> None:
        """Move the handle to ``pos`` (skipped when it is there already)."""
        if self.seekable and self._at != pos:
            self.fh.seek(pos)
        self._at = pos

    def _rewind(self, pos: int) -> None:
        """Seek for a scan through the file (the handle's position is then unknown)."""
        self.fh.seek(pos)
        self._at = None

    # reading
    def read_line(self, notify: Notify) -> str:
        if not (self.usable(notify) and self.open_read(notify)):
            return ""
        self._seek(self.read_pos)
        try:
            data = self.fh.readline()
            self._at += len(data)
        except OSError as exc:
            self._at = None
            self.fail(_strerror(exc), notify)
            return ""
        if not data:
            self.fail(EOF_LINE, notify, "NOTREADY")
            return ""
        cr = data.find(b"\r")
        if cr != -1 and self.seekable and not (cr == len(data) - 2 and data.endswith(b"\n")):
            data = data[:cr + 1]            # a lone CR ends a line too, as in Regina
            self._at = None
        self.read_pos += len(data)
        self.state = "READY"
        self._char_eof = False
        return _text(data)

    def read_chars(self, length: int, notify: Notify) -> str:
        """``length`` bytes from the read position. A short read raises NOTREADY; as in
        Regina the state only becomes NOTREADY on the second short read in a row."""
        if not (self.usable(notify) and self.open_read(notify)):
            return ""
        if length == 0:
            return ""
        self._seek(self.read_pos)
        try:
            data = self.fh.read(length)
            self._at += len(data)
        except OSError as exc:
            self._at = None
            self.fail(_strerror(exc), notify)
            return ""
        self.read_pos += len(data)
        if len(data) < length:
            self.fail(EOF_CHAR, notify, "NOTREADY" if self._char_eof else self.state)
            self._char_eof = True
        else:
            self._char_eof = False
        return from_bytes(data)

    def remaining(self) -> int:
        if not self.seekable:
            peek = getattr(self.fh, "peek", None)
            return 1 if peek is not None and peek(1) else 0
        return max(0, self.size() - self.read_pos)

    def lines(self, count: bool, notify: Notify) -> int:
        if not (self.usable(notify) and self.open_read(notify, probe=True)):
            return 0
        left = self.remaining()
        if not count or not left or not self.seekable:
            return 1 if left else 0
        newlines, last = 0, b""
        self._rewind(self.read_pos)
        while True:
            chunk = self.fh.read(_CHUNK)
            if not chunk:
                break
            newlines += chunk.count(b"\n")
            last = chunk[-1:]
        return newlines + (0 if last == b"\n" else 1)

    def chars(self, notify: Notify) -> int:
        if not (self.usable(notify) and self.open_read(notify, probe=True)):
            return 0
        return self.remaining()

    # writing
    def write(self, text: str, newline: bool, notify: Notify) -> int:
        """Write at the write position; LINEOUT (``newline``) truncates the file after the
        line. Returns 0, or what was not written (1 line, or the characters), also when the
        stream cannot be opened; LINEOUT/CHAROUT return 0 then when NOTREADY is trapped."""
        if not (self.usable(notify) and self.open_write(notify)):
            return 1 if newline else len(text)
        data = to_bytes(text) + (b"\n" if newline else b"")
        try:
            if self.seekable:
                self._seek(self.write_pos)
            else:
                self._before_write()
            self.fh.write(data)
            self.write_pos += len(data)
            self._at = self.write_pos
            if newline and self.seekable and self.write_pos < self._end:
                self.fh.truncate(self.write_pos)
                self._end = self.write_pos
            self._end = max(self._end, self.write_pos)
            self.fh.flush()
        except OSError as exc:
            self._at = None
            self.fail(_strerror(exc), notify)
            return 1 if newline else len(text)
        self.state = "READY"
        return 0

    def truncate(self, size: int) -> None:
        """OPEN ... REPLACE: cut the file to ``size`` bytes and write from there."""
        try:
            self.fh.truncate(size)
        except OSError:     # a device (/dev/null) or a pipe cannot be cut: written as it is
            pass
        self._end = self.write_pos = size

    def create_and_close(self) -> None:
        """LINEOUT(name) / CHAROUT(name) of a stream never opened: Regina creates the file."""
        if self.fh is None and self.state == "UNKNOWN":
            try:
                os.close(os.open(to_os(self.name), os.O_WRONLY | os.O_CREAT, 0o666))
            except OSError:
                pass
        self.close()

    # positions (1-based for the user, byte offsets inside)
    def line_offset(self, line: int) -> int | None:
        """The offset where line ``line`` starts; the end of the file for the line after the
        last complete line; None when the file has fewer lines."""
        if line == 1:
            return 0
        self._rewind(0)
        seen, offset = 0, 0
        while True:
            chunk = self.fh.read(_CHUNK)
            if not chunk:
                return None
            start = 0
            while True:
                hit = chunk.find(b"\n", start)
                if hit < 0:
                    break
                seen += 1
                if seen == line - 1:
                    return offset + hit + 1
                start = hit + 1
            offset += len(chunk)

    def line_number(self, pos: int) -> int:
        """The number of the line that the byte offset ``pos`` is in."""
        self._rewind(0)
        count, left = 0, pos
        while left > 0:
            chunk = self.fh.read(min(_CHUNK, left))
            if not chunk:
                break
            count += chunk.count(b"\n")
            left -= len(chunk)
        return count + 1

    def newline_count(self) -> int:
        self._rewind(0)
        count = 0
        while True:
            chunk = self.fh.read(_CHUNK)
            if not chunk:
                return count
            count += chunk.count(b"\n")

    def set_read_line(self, line: int, notify: Notify) -> bool:
        """Position for LINEIN(name, line): False (quietly, as Regina) past the last line."""
        if not (self.usable(notify) and self.open_read(notify)):
            return False
        offset = self.line_offset(line) if self.seekable else None
        if offset is None or offset >= self.size():
            self.read_pos = self.size() if self.seekable else self.read_pos
            return False
        self.read_pos = offset
        self._char_eof = False
        return True

    def set_read_char(self, start: int, notify: Notify) -> bool:
        if not (self.usable(notify) and self.open_read(notify)):
            return False
        if not self.seekable or start - 1 >= self.size():
            self.fail(REPOSITION, notify)
            return False
        self.read_pos = start - 1
        self._char_eof = False
        return True

    def set_write_line(self, line: int, notify: Notify) -> bool:
        """Position for LINEOUT(name, string, line): False (nothing is written) when the
        file has fewer than ``line`` - 1 lines."""
        if not (self.usable(notify) and self.open_write(notify)):
            return False
        offset = self.line_offset(line) if self.seekable else None
        if offset is None:
            return False
        self.write_pos = offset
        return True

    def set_write_char(self, start: int, notify: Notify) -> bool:
        if not (self.usable(notify) and self.open_write(notify)):
            return False
        if not self.seekable or start - 1 > self.size():
            self.fail(REPOSITION, notify)
            return False
        self.write_pos = start - 1
        return True

    def handle(self) -> str:
        return str(self.fh.fileno()) if self.fh is not None else ""


# -- the manager ---------------------------------------------------------------------------

class StreamManager:
    """All the streams of one running program."""

    def __init__(self, stdin=None, stdout=None, stderr=None):
        self.stdout = OutputStream("<stdout>", stdout if stdout is not None else sys.stdout)
        self.stderr = OutputStream("<stderr>", stderr if stderr is not None else sys.stderr)
        self.stdin = InputStream(stdin if stdin is not None else sys.stdin, self.flush)
        self.files: dict[str, FileStream] = {}

    # lookup
    def input(self, name: str | None) -> Stream:
        """The stream LINEIN/CHARIN/LINES/CHARS use for ``name`` (None/'' = stdin)."""
        return self.stdin if not name else self.lookup(name)

    def output(self, name: str | None) -> Stream:
        """The stream LINEOUT/CHAROUT use for ``name`` (None/'' = stdout)."""
        return self.stdout if not name else self.lookup(name)

    def lookup(self, name: str) -> Stream:
        """The stream named ``name`` (STREAM() takes '' as a file name, as Regina does)."""
        if name in STDIN_NAMES:
            return self.stdin
        if name in STDOUT_NAMES:
            return self.stdout
        if name in STDERR_NAMES:
            return self.stderr
        stream = self.files.get(name)
        if stream is None:
            stream = self.files[name] = FileStream(name, self.flush)
        return stream

    # interpreter hooks
    def linein_for_parse(self, notify: Notify = None) -> str:
        """A line of the default input stream ('' at end of input), for PARSE LINEIN (pass
        ``notify`` to raise NOTREADY at the end) and for PULL from an empty queue."""
        return self.stdin.read_line(notify)

    def say(self, text: str) -> None:
        """SAY: a line to the default output stream."""
        self.stdout.write(text, True, None)

    def flush(self) -> None:
        """Flush stdout and stderr (before reading stdin or running a command)."""
        self.stdout.flush()
        self.stderr.flush()

    def close_all(self) -> None:
        """At the end of the program: close every file, flush the default streams."""
        for stream in self.files.values():
            stream.close()
        self.flush()


def file_datetime(path: str, iso: bool) -> str:
    """QUERY DATETIME ('MM-DD-YY HH:MM:SS') / TIMESTAMP ('YYYY-MM-DD HH:MM:SS') of a file."""
    try:
        stamp = time.localtime(os.stat(to_os(path)).st_mtime)
    except OSError:
        return ""
    return time.strftime("%Y-%m-%d %H:%M:%S" if iso else "%m-%d-%y %H:%M:%S", stamp)
