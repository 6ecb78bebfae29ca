"""Stream built-ins (LINEIN ... STREAM) called through the registry on a real StreamManager.

Files live in a temporary directory (the current directory during each test); stdin, stdout
and stderr are StringIO objects. Every expected result was obtained from Regina 3.6 with the
same operations on the same file contents (probe programs run with ``rexx ./probe.rexx``).
"""

from __future__ import annotations

import io
import os
import re

import pytest

from rexxlite.builtins import REGISTRY
from rexxlite.errors import RexxError
from rexxlite.runtime.streams import StreamManager


class Ctx:
    """A built-in context: a StreamManager on StringIO default streams, recorded conditions."""

    def __init__(self, stdin_text=""):
        self.digits, self.fuzz, self.form = 9, 0, "SCIENTIFIC"
        self.stdin = io.StringIO(stdin_text)
        self.stdout = io.StringIO()
        self.stderr = io.StringIO()
        self.streams = StreamManager(stdin=self.stdin, stdout=self.stdout, stderr=self.stderr)
        self.interpreter = None
        self.conditions = []
        self.traps = {}               # no condition trapped
        self.strict_ansi = False

    def raise_condition(self, name, description=""):
        self.conditions.append((name, description))

    def __call__(self, name, *args):
        return REGISTRY[name].call(self, list(args))

    def error(self, name, *args):
        with pytest.raises(RexxError) as info:
            self(name, *args)
        return f"{info.value.code_text}: {info.value.detail}"

    def status(self, stream):
        return self("STREAM", stream, "S"), self("STREAM", stream, "D")


@pytest.fixture
def ctx(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    context = Ctx()
    yield context
    context.streams.close_all()


def write(name, data: bytes):
    with open(name, "wb") as fh:
        fh.write(data)


def read(name) -> bytes:
    with open(name, "rb") as fh:
        return fh.read()


G = b"a1\na2\na3\n"


# -- LINEIN / LINEOUT / LINES / CHARS --------------------------------------------------------

def test_lineout_creates_then_linein_reads_from_the_start(ctx):
    assert ctx("LINEOUT", "f1.txt", "line1") == "0"
    assert ctx("LINEOUT", "f1.txt", "line2") == "0"
    assert (ctx("LINES", "f1.txt"), ctx("CHARS", "f1.txt")) == ("1", "12")
    assert ctx("LINEIN", "f1.txt") == "line1"
    assert ctx("LINEOUT", "f1.txt") == "0"                       # closes
    assert ctx.status("f1.txt") == ("UNKNOWN", "")
    assert [ctx("LINEIN", "f1.txt") for _ in range(3)] == ["line1", "line2", ""]
    assert ctx.status("f1.txt") == ("NOTREADY", "EOF on line input")
    assert ctx.conditions == [("NOTREADY", "f1.txt")]
    assert [ctx("LINES", "f1.txt", o) for o in (None, "N", "C")] == ["0", "0", "0"]
    assert read("f1.txt") == b"line1\nline2\n"


def test_lineout_appends_to_an_existing_file(ctx):
    write("f2.txt", b"old1\nold2\n")
    ctx("LINEOUT", "f2.txt", "new3")
    assert read("f2.txt") == b"old1\nold2\nnew3\n"            # flushed at once
    assert ctx("LINEIN", "f2.txt", "1") == "old1"
    assert ctx("LINEIN", "f2.txt", "3") == "new3"
    assert ctx("LINEIN", "f2.txt") == ""
    assert ctx.status("f2.txt")[0] == "NOTREADY"


def test_lineout_at_a_line_truncates_after_it(ctx):
    write("f2.txt", b"old1\nold2\nnew3\n")
    assert ctx("LINEOUT", "f2.txt", "REPL", "2") == "0"
    assert read("f2.txt") == b"old1\nREPL\n"
    write("w.txt", b"l1\nl2\nl3\nl4\n")
    ctx("LINEOUT", "w.txt", "X2", "2")
    ctx("LINEOUT", "w.txt", "next")
    assert read("w.txt") == b"l1\nX2\nnext\n"
    assert ctx("STREAM", "w.txt", "C", "QUERY POSITION WRITE CHAR") == "12"


def test_lineout_position_only_and_past_the_end(ctx):
    write("g.txt", G)
    assert ctx("LINEOUT", "g.txt", None, "2") == "0"
    assert [ctx("STREAM", "g.txt", "C", f"QUERY {q}") for q in
            ("POSITION WRITE CHAR", "POSITION WRITE LINE", "SIZE")] == ["4", "2", "9"]
    assert ctx("LINEOUT", "g.txt", "L5", "5") == "0"              # past the end: nothing
    assert ctx("LINEOUT", "g.txt", "new") == "0"
    assert read("g.txt") == b"a1\nnew\n"


def test_lineout_after_seek_write_char_truncates(ctx):
    write("g.txt", G)
    assert ctx("STREAM", "g.txt", "C", "SEEK =1 WRITE CHAR") == "1"
    ctx("LINEOUT", "g.txt", "ZZ")
    ctx("STREAM", "g.txt", "C", "CLOSE")
    assert read("g.txt") == b"ZZ\n"
    ctx("CHAROUT", "g.txt", "Q", "2")
    ctx("LINEOUT", "g.txt", "YY")
    ctx("STREAM", "g.txt", "C", "CLOSE")
    assert read("g.txt") == b"ZQYY\n"


def test_lines_and_chars(ctx):
    write("g.txt", G)
    assert [ctx("LINES", "g.txt"), ctx("LINES", "g.txt", "N"), ctx("LINES", "g.txt", "C"),
            ctx("CHARS", "g.txt")] == ["1", "1", "3", "9"]
    assert ctx("LINEIN", "g.txt") == "a1"
    assert [ctx("LINES", "g.txt"), ctx("LINES", "g.txt", "count"), ctx("CHARS", "g.txt")] \
        == ["1", "2", "6"]
    assert ctx.status("g.txt") == ("READY", "")


def test_linein_positions(ctx):
    write("w.txt", b"l1\nl2\nl3\nl4\n")
    assert [ctx("LINEIN", "w.txt", "3"), ctx("LINEIN", "w.txt"),
            ctx("LINEIN", "w.txt", "1", "0"), ctx("LINEIN", "w.txt")] == ["l3", "l4", "", "l1"]
    assert ctx("LINEIN", "w.txt", "5") == ""                      # past the end: quietly
    assert ctx("LINEIN", "w.txt", "9") == ""
    assert ctx.status("w.txt")[0] == "READY" and ctx.conditions == []
    assert ctx("LINEIN", "w.txt", "1") == "l1"


def test_last_line_without_newline_and_crlf(ctx):
    write("nl.txt", b"x1\nx2")
    write("crlf.txt", b"c1\r\nc2\r\n")
    assert [ctx("LINEIN", "nl.txt"), ctx("LINEIN", "nl.txt")] == ["x1", "x2"]
    assert ctx.status("nl.txt") == ("READY", "")
    assert ctx("LINEIN", "nl.txt") == ""
    assert ctx.status("nl.txt") == ("NOTREADY", "EOF on line input")
    assert ctx("LINEIN", "crlf.txt") == "c1"
    assert (ctx("CHARS", "crlf.txt"), ctx("LINES", "crlf.txt", "C")) == ("4", "1")


def test_missing_file(ctx):
    assert ctx("CHARS", "nofile2") == "0"                         # NOTREADY, state unchanged
    assert ctx("LINES", "nofile2") == "0"
    assert ctx.status("nofile2") == ("UNKNOWN", "")
    assert ctx.conditions == [("NOTREADY", "nofile2")] * 2
    ctx.conditions.clear()
    assert ctx.status("nofile.txt") == ("UNKNOWN", "")
    assert ctx("LINEIN", "nofile.txt") == ""
    assert ctx.status("nofile.txt") == ("ERROR", "No such file or directory")
    assert ctx("LINES", "nofile.txt") == "0"
    assert ctx("CHARS", "nofile.txt") == "0"
    assert ctx.conditions[:2] == [("NOTREADY", "nofile.txt")] * 2
    assert ctx("LINEOUT", "nofile.txt") == "0"                    # close: state UNKNOWN
    assert ctx.status("nofile.txt") == ("UNKNOWN", "")
    assert not os.path.exists("nofile.txt")


def test_unwritable_path_returns_what_was_not_written_and_is_in_error(ctx):
    assert ctx("LINEOUT", "/nodir/x", "a") == "1"
    assert ctx.status("/nodir/x") == ("ERROR", "No such file or directory")
    assert ctx("CHAROUT", "/nodir/x", "abc") == "3"
    assert ctx.conditions == [("NOTREADY", "/nodir/x")] * 2
    assert ctx("LINEOUT", "/nodir/x") == "0"
    assert ctx.status("/nodir/x") == ("UNKNOWN", "")


def test_unwritable_path_returns_0_while_notready_is_trapped(ctx):
    ctx.traps = {"NOTREADY": object()}
    assert ctx("LINEOUT", "/nodir/x", "a") == "0"
    assert ctx("CHAROUT", "/nodir/x", "abc") == "0"
    assert ctx.conditions == [("NOTREADY", "/nodir/x")] * 2


def test_closing_a_never_opened_stream_creates_the_file(ctx):
    assert ctx("LINEOUT", "new3.txt") == "0"
    assert ctx("CHAROUT", "c1.txt") == "0"
    assert os.path.exists("new3.txt") and os.path.exists("c1.txt")
    assert ctx("STREAM", "new3.txt", "C", "QUERY EXISTS") == os.path.realpath("new3.txt")


def test_names_are_exact(ctx):
    write("g.txt", G)
    ctx("LINEIN", "g.txt")
    assert ctx("STREAM", "G.TXT") == "UNKNOWN"
    assert ctx("STREAM", "./g.txt") == "UNKNOWN"
    assert ctx("STREAM", "g.txt") == "READY"


# -- CHARIN / CHAROUT ------------------------------------------------------------------------

def test_charin_and_charout(ctx):
    write("w.txt", b"l1\nl2\nl3\nl4\n")
    assert ctx("CHAROUT", "w.txt", "ZZ", "4") == "0"
    assert read("w.txt") == b"l1\nZZ\nl3\nl4\n"                  # overwritten in place
    assert ctx("CHARIN", "w.txt", "1", "5") == "l1\nZZ"
    assert ctx("CHARIN", "w.txt") == "\n"
    assert ctx("CHARIN", "w.txt", None, "3") == "l3\n"
    assert ctx("CHARIN", "w.txt", "1", "0") == ""
    assert ctx("CHAROUT", "w.txt", "tail") == "0"                 # after the ZZ
    assert read("w.txt") == b"l1\nZZtaill4\n"


def test_charin_short_reads(ctx):
    write("w.txt", b"l1\nl2\n")
    assert ctx("CHARIN", "w.txt", "5", "5") == "2\n"
    assert ctx.status("w.txt") == ("READY", "EOF on char input")   # Regina: still READY
    assert ctx.conditions == [("NOTREADY", "w.txt")]
    assert ctx("CHARIN", "w.txt", "1", "2") == "l1"
    assert ctx("LINEIN", "w.txt") == ""                           # rest of line 1
    assert ctx("LINEIN", "w.txt") == "l2"
    write("g.txt", G)
    assert ctx("CHARIN", "g.txt", "1", "9") == "a1\na2\na3\n"
    assert ctx("CHARIN", "g.txt") == ""
    assert ctx.status("g.txt") == ("READY", "EOF on char input")
    assert ctx("CHARIN", "g.txt") == ""
    assert ctx.status("g.txt") == ("NOTREADY", "EOF on char input")


def test_charin_past_the_end_is_a_sticky_error(ctx):
    write("w.txt", b"l1\nl2\nl3\nl4\n")
    assert ctx("CHARIN", "w.txt", "12", "5") == "\n"
    assert ctx("CHARIN", "w.txt", "13", "5") == ""
    assert ctx.status("w.txt") == ("ERROR", "Repositioning at or after EOF")
    assert ctx("LINEIN", "w.txt", "1") == ""                      # still in error
    assert ctx("STREAM", "w.txt", "C", "RESET") == "READY"
    assert ctx.status("w.txt") == ("NOTREADY", "Repositioning at or after EOF")
    assert ctx("CHARIN", "w.txt", "1", "2") == "l1"


def test_strings_are_bytes_and_chars_count_them(ctx):
    utf8 = "h\u00e9llo".encode().decode("latin-1")       # a UTF-8 source's 'héllo': 6 bytes
    ctx("LINEOUT", "u.txt", utf8)
    assert read("u.txt") == "h\u00e9llo\n".encode()
    assert ctx("CHARS", "u.txt") == "7"
    assert ctx("LINEIN", "u.txt") == utf8
    ctx("STREAM", "u.txt", "C", "CLOSE")
    first, second = ctx("CHARIN", "u.txt", "2"), ctx("CHARIN", "u.txt")
    ctx("CHAROUT", "copy.txt", first)
    ctx("CHAROUT", "copy.txt", second)
    assert read("copy.txt") == "\u00e9".encode()                  # bytes survive a copy
    assert first + second == "\xc3\xa9"                          # one byte each


# -- default streams -------------------------------------------------------------------------

def test_default_output_streams(ctx):
    assert ctx("LINEOUT", None, "to default") == "0"
    assert ctx("LINEOUT", "", "to empty") == "0"
    assert ctx("LINEOUT", "stdout", "to stdout") == "0"
    assert ctx("LINEOUT", "<stdout>", "to <stdout>") == "0"
    assert ctx("CHAROUT", None, "abc") == "0"
    assert ctx("LINEOUT", "stderr", "to stderr") == "0"
    assert ctx("LINEOUT", "<stderr>", "to <stderr>") == "0"
    assert ctx("LINEOUT", "STDOUT", "a file") == "0"               # upper case: a file
    assert ctx.stdout.getvalue() == "to default\nto empty\nto stdout\nto <stdout>\nabc"
    assert ctx.stderr.getvalue() == "to stderr\nto <stderr>\n"
    assert read("STDOUT") == b"a file\n"
    assert ctx("STREAM", "stdout", "C", "CLOSE") == "UNKNOWN"
    assert ctx("LINEOUT", None, "after close") == "0"
    assert [ctx("STREAM", s, "C", "QUERY STREAMTYPE") for s in ("stdin", "stdout")] \
        == ["TRANSIENT", "TRANSIENT"]
    assert ctx("STREAM", "stdout", "C", "QUERY EXISTS") == ""
    assert ctx.status("stdout") == ("READY", "")


def test_default_input_stream(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    ctx = Ctx("in1\nin2\nin3\nin4\nabc\n")
    assert ctx("LINES") == "1"
    assert ctx("LINES", None, "C") == "1"
    assert ctx("CHARS") == "0"                                    # Regina: 0 for a pipe
    assert ctx("LINEIN") == "in1"
    assert ctx("LINEIN", "stdin") == "in2"
    assert ctx("CHARIN", None, None, "3") == "in3"
    assert ctx("LINEIN", "<stdin>") == ""                         # rest of that line
    assert ctx("LINEIN", "STDIN") == ""                           # a file named STDIN
    assert ctx.conditions == [("NOTREADY", "STDIN")]
    assert ctx.streams.linein_for_parse() == "in4"
    assert ctx("CHARIN") == "a"
    assert ctx.streams.linein_for_parse() == "bc"
    assert ctx("LINES") == "1"                                    # end not met yet
    assert ctx("LINEIN") == ""
    assert ctx("LINES") == "0"
    assert ctx.conditions[-1] == ("NOTREADY", "<stdin>")
    assert ctx.streams.linein_for_parse() == ""
    notified = []
    assert ctx.streams.linein_for_parse(notified.append) == ""
    assert notified == ["<stdin>"]


def test_wrong_direction_on_default_streams(ctx):
    assert ctx("LINEOUT", "stdin", "x") == "1"
    assert ctx.status("stdin") == ("ERROR", "Invalid operation on default stream")
    assert ctx("LINEIN", "stdout") == ""
    assert ctx.status("stdout") == ("ERROR", "Invalid operation on default stream")


@pytest.mark.parametrize("args, expected", [
    (("LINEOUT", None, "x", "1"),
     '40.42: LINEOUT argument 1; cannot position on this stream; found "<stdout>"'),
    (("CHAROUT", None, "x", "1"),
     '40.42: CHAROUT argument 1; cannot position on this stream; found "<stdout>"'),
    (("CHARIN", None, "1"),
     '40.42: CHARIN argument 1; cannot position on this stream; found "<stdin>"'),
    (("LINEIN", None, "1"),
     '40.42: LINEIN argument 1; cannot position on this stream; found "<stdin>"'),
    (("LINEOUT", "stderr", "x", "1"),
     '40.42: LINEOUT argument 1; cannot position on this stream; found "stderr"'),
])
def test_default_streams_cannot_be_positioned(ctx, args, expected):
    assert ctx.error(*args) == expected


# -- STREAM ----------------------------------------------------------------------------------

def test_stream_queries(ctx):
    write("g.txt", G)
    assert ctx("STREAM", "g.txt", "C", "QUERY STREAMTYPE") == "PERSISTENT"  # not open: a file
    assert ctx("STREAM", "nowhere.txt", "C", "QUERY STREAMTYPE") == ""     # no such file (Regina)
    assert ctx("STREAM", "g.txt", "C", "QUERY POSITION READ") == ""
    assert ctx("LINEIN", "g.txt") == "a1"
    q = lambda text: ctx("STREAM", "g.txt", "C", text)   # noqa: E731
    assert q("QUERY EXISTS") == os.path.realpath("g.txt")
    assert q("query size") == "9"
    assert re.fullmatch(r"\d\d-\d\d-\d\d \d\d:\d\d:\d\d", q("QUERY DATETIME"))
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", q("QUERY TIMESTAMP"))
    assert q("QUERY HANDLE").isdigit()
    assert q("QUERY STREAMTYPE") == "PERSISTENT"
    assert [q("QUERY POSITION READ CHAR"), q("QUERY POSITION READ LINE"),
            q("QUERY POSITION WRITE CHAR"), q("QUERY POSITION WRITE LINE"),
            q("QUERY POSITION READ"), q("QUERY SEEK READ")] == ["4", "2", "0", "1", "4", "4"]
    for what in ("EXISTS", "SIZE", "DATETIME", "HANDLE", "STREAMTYPE"):
        assert ctx("STREAM", "nofile", "C", f"QUERY {what}") == ""
    assert ctx("STREAM", ".", "C", "QUERY EXISTS") == os.path.realpath(".")


def test_stream_open_and_close(ctx):
    write("g.txt", G)
    c = lambda name, text: ctx("STREAM", name, "C", text)   # noqa: E731
    assert c("g.txt", "OPEN") == "READY:"
    assert c("g.txt", "QUERY POSITION WRITE CHAR") == "10"
    assert c("g.txt", "Open   Read") == "READY:"
    assert c("g.txt", "OPEN WRITE") == "READY:"
    assert c("g.txt", "OPEN BOTH APPEND") == "READY:"
    assert c("g.txt", "CLOSE") == "UNKNOWN"
    assert ctx.status("g.txt") == ("UNKNOWN", "")
    assert c("g.txt", "CLOSE") == "UNKNOWN"
    assert c("zzz.txt", "CLOSE") == "UNKNOWN"
    assert c("nofile.txt", "OPEN READ") == "ERROR:2"
    assert ctx.status("nofile.txt") == ("ERROR", "No such file or directory")
    assert ctx.conditions == [("NOTREADY", "nofile.txt")]
    assert c("h.txt", "OPEN WRITE REPLACE") == "READY:"
    assert os.path.getsize("h.txt") == 0
    assert c("g.txt", "OPEN BOTH REPLACE") == "READY:"
    ctx("LINEOUT", "g.txt", "r1")
    assert c("g.txt", "FLUSH") == "READY"
    assert read("g.txt") == b"r1\n"
    assert c("new2.txt", "OPEN BOTH") == "READY:"
    assert os.path.exists("new2.txt")


def test_stream_seek(ctx):
    write("g.txt", G)
    c = lambda text: ctx("STREAM", "g.txt", "C", text)   # noqa: E731
    assert c("SEEK =2") == "2"
    assert ctx("CHARIN", "g.txt") == "1"
    assert c("SEEK 2") == "2"
    assert c("SEEK +2 READ") == "4"
    assert c("SEEK <1 READ") == "8"
    assert ctx("CHARIN", "g.txt") == "3"
    assert c("SEEK <3") == "6"
    assert ctx("CHARIN", "g.txt") == "\n"
    assert c("SEEK -2") == "5"
    assert ctx("CHARIN", "g.txt") == "2"
    assert c("SEEK =2 READ LINE") == "2"
    assert ctx("LINEIN", "g.txt") == "a2"
    assert c("POSITION =1 READ LINE") == "1"
    assert c("SEEK <1 READ LINE") == "3"
    assert ctx("LINEIN", "g.txt") == "a3"
    assert ctx.conditions == []
    assert c("SEEK =10") == "0"
    assert ctx.status("g.txt") == ("ERROR", "Repositioning at or after EOF")
    assert c("SEEK =1") == "0"                                   # sticky
    assert len(ctx.conditions) == 2
    assert c("CLOSE") == "UNKNOWN"
    assert c("SEEK =1 WRITE") == "1"
    ctx("CHAROUT", "g.txt", "Z")
    assert read("g.txt") == b"Z1\na2\na3\n"


@pytest.mark.parametrize("args, expected", [
    (("g.txt", "X"), '40.28: STREAM argument 2, option must start with one of "CSD"; found "X"'),
    (("g.txt", ""), "40.21: STREAM argument 2 must not be null"),
    (("g.txt", "C"), '40.3: Not enough arguments in invocation of "STREAM"; minimum expected is 3'),
    (("g.txt", "S", "x"),
     '40.4: Too many arguments in invocation of "STREAM"; maximum expected is 2'),
    ((None, "S"), '40.5: Missing argument in invocation of "STREAM"; argument 1 is required'),
    ((), '40.5: Missing argument in invocation of "STREAM"; argument 1 is required'),
    (("g.txt", "C", "BOGUS"), '93.3: [STREAM command must be one of "CLOSE FLUSH OPEN POSITION '
                              'QUERY SEEK"; found "BOGUS"]'),
    (("g.txt", "C", "CLOSE X"), '93.3: [STREAM command must be one of "CLOSE FLUSH OPEN '
                                'POSITION QUERY SEEK"; found "CLOSE X"]'),
    (("g.txt", "C", "QUERY"), '93.1: [STREAM command QUERY must be followed by one of '
                              '"DATETIME TIMESTAMP EXISTS HANDLE SIZE STREAMTYPE SEEK POSITION"; '
                              'found ""]'),
    (("g.txt", "C", "QUERY FORMAT"), '93.1: [STREAM command QUERY must be followed by one of '
                                     '"DATETIME TIMESTAMP EXISTS HANDLE SIZE STREAMTYPE SEEK '
                                     'POSITION"; found "FORMAT"]'),
    (("g.txt", "C", "QUERY POSITION"), '93.1: [STREAM command QUERY POSITION must be followed '
                                       'by one of "READ WRITE SYS"; found ""]'),
    (("g.txt", "C", "QUERY POSITION READ X"), '93.1: [STREAM command QUERY POSITION READ must '
                                              'be followed by one of "CHAR LINE \'\'"; '
                                              'found "X"]'),
    (("g.txt", "C", "OPEN APPEND"), '93.1: [STREAM command OPEN must be followed by one of '
                                    '"BOTH READ WRITE \'\'"; found "APPEND"]'),
    (("g.txt", "C", "OPEN READ APPEND"), '93.1: [STREAM command OPEN must be followed by one '
                                         'of "BOTH READ WRITE \'\'"; found "READ APPEND"]'),
    (("g.txt", "C", "OPEN WRITE BOGUS"), '93.1: [STREAM command OPEN WRITE must be followed '
                                         'by one of "APPEND REPLACE \'\'"; found "BOGUS"]'),
    (("g.txt", "C", "SEEK"), "40.922: [STREAM argument 3, too few sub-commands; minimum "
                             "expected is 2; found 1]"),
    (("g.txt", "C", "SEEK =1 READ LINE X"), "40.923: [STREAM argument 3, too many "
                                            "sub-commands; maximum expected is 4; found 5]"),
    (("g.txt", "C", "SEEK =x"), '40.924: [STREAM argument 3, invalid positional '
                                'specification; expecting one of "n, +n, -n, =n or <n"; '
                                'found "=X"]'),
    (("g.txt", "C", "SEEK =1 FOO"), '40.924: [STREAM argument 3, invalid positional '
                                    'specification; expecting one of "READ WRITE CHAR LINE"; '
                                    'found "FOO"]'),
    (("g.txt", "C", "SEEK =1 READ FOO"), '40.924: [STREAM argument 3, invalid positional '
                                         'specification; expecting one of "CHAR LINE"; '
                                         'found "FOO"]'),
])
def test_stream_errors(ctx, args, expected):
    write("g.txt", G)
    assert ctx.error("STREAM", *args) == expected


@pytest.mark.parametrize("args, expected", [
    (("LINEOUT", "g.txt", "x", "0"), '40.14: LINEOUT argument 3 must be positive; found "0"'),
    (("LINEIN", "g.txt", "0"), '40.14: LINEIN argument 2 must be positive; found "0"'),
    (("LINEIN", "g.txt", "1", "2"), '40.39: LINEIN argument 3 is not zero or one; found "2"'),
    (("LINEIN", "g.txt", "1", "-1"),
     '40.13: LINEIN argument 3 must be zero or positive; found "-1"'),
    (("CHARIN", "g.txt", "0"), '40.14: CHARIN argument 2 must be positive; found "0"'),
    (("CHARIN", "g.txt", "1", "-1"),
     '40.13: CHARIN argument 3 must be zero or positive; found "-1"'),
    (("CHAROUT", "g.txt", None, "0"), '40.14: CHAROUT argument 3 must be positive; found "0"'),
    (("LINES", "g.txt", "X"),
     '40.28: LINES argument 2, option must start with one of "CN"; found "X"'),
    (("LINES", "g.txt", ""), "40.21: LINES argument 2 must not be null"),
    (("CHARS", "g.txt", "x"),
     '40.28: CHARS argument 2, option must start with one of "CN"; found "x"'),
    (("LINEOUT", "g.txt", "a", "1", "2"),
     '40.4: Too many arguments in invocation of "LINEOUT"; maximum expected is 3'),
])
def test_argument_errors(ctx, args, expected):
    assert ctx.error(*args) == expected


def test_close_all_closes_files_and_flushes(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    ctx = Ctx()
    ctx("LINEOUT", "a.txt", "x")
    ctx("LINEIN", "a.txt")
    ctx.streams.say("said")
    ctx.streams.close_all()
    assert ctx.status("a.txt") == ("UNKNOWN", "")
    assert ctx.stdout.getvalue() == "said\n"
    assert read("a.txt") == b"x\n"
