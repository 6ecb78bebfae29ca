"""The Rexx lexer: source text -> the token stream fed to the LALR parser.

Two stages:

1. ``scan`` turns the text into raw tokens (symbols, strings, operators, parentheses, commas,
   colons, semicolons and line ends). It removes nested ``/* */`` and ``--`` comments, decodes
   hex and binary strings, merges operator characters separated by blanks (``> =`` is ``>=``,
   as Regina does), normalises operator synonyms and joins continuation lines (a trailing
   comma becomes a blank). Every raw token records whether whitespace came before it.

2. ``ClauseLexer`` walks the raw tokens clause by clause and decides what a regular lexer
   cannot: which symbols are keywords (keywords are recognised by position: the first symbol
   of a clause unless it is followed by ``=`` or ``:``, and the sub-keywords of the
   instruction in hand: THEN, TO/BY/FOR/WHILE/UNTIL, WITH, VALUE, NAME, ...), where a blank
   is the concatenation operator (between two terms) or abuttal (two terms without a blank),
   and which symbol or string is a function name (immediately followed by ``(``).

Both stages are generators (``scan_lines``, ``iter_tokens``; ``iter_clauses`` a list at a
time): the parser takes the tokens as they are made, so a million-line program never has all
its tokens in memory at once. ``scan`` and ``tokenize`` give the same as lists.

Given a ``build`` (``simple_clauses.build_instruction``), the clause lexer offers it the
commonest instructions and every whole expression; what it builds comes as one ``Built`` token
carrying the AST node, which the parser places without reading the tokens it stands for.

Lexical errors (Error 6, 13, 15 and a few that are clearest to detect here) do not raise at
once: an ``ERR`` token carrying the ``RexxError`` is put in the stream at the place of the
error, so that the parser reports any earlier syntax error first, as Regina does.
"""

from __future__ import annotations


from rexxlite.error_messages import MESSAGES
from rexxlite.errors import RexxError
from rexxlite.charset import byte_chars, to_bytes
from rexxlite.syntax.ast import RESERVED_DOT_SYMBOLS
from rexxlite.syntax.sre_patterns import pattern
from rexxlite.syntax.lalr import BUILT      # a ``Built`` token's type: no state has an action

__all__ = ["scan", "scan_lines", "tokenize", "iter_tokens", "iter_clauses", "RToken",
           "KEYWORDS"]


class RToken:
    """A token of the stream the parser reads: its grammar terminal (``type``), its
    ``value``, where it starts (``start_pos``, ``line``, ``column``), the instruction keyword
    of the clause it belongs to (``ctx``, for error messages), the line where that instruction
    started (``cline``) and, for an ERR token, the RexxError it stands for (``err``).
    ``str(token)`` is its value, as for a Lark token (the parser's callbacks read them so)."""

    __slots__ = ("type", "value", "start_pos", "line", "column", "ctx", "cline", "err")

    def __init__(self, type_, value, start_pos, line, column, ctx="", cline=0, err=None):
        self.type = type_
        self.value = value
        self.start_pos = start_pos
        self.line = line
        self.column = column
        self.ctx = ctx
        self.cline = cline
        self.err = err

    def __str__(self) -> str:
        return self.value

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"RToken({self.type}, {self.value!r}, line {self.line})"


# ----------------------------------------------------------------------------- raw scanning

SYMBOL_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.!?_@#$")
_DIGITS = frozenset("0123456789")
_BLANKS = frozenset(" \t\r\f\v")
NOT_CHARS = "\\\u00ac~^"
OP_CHARS = frozenset("+-*/%|&=<>" + NOT_CHARS)
_VALID_OPS = frozenset([
    "+", "-", "*", "/", "%", "//", "**", "||", "|", "&", "&&",
    "=", "==", ">", "<", ">=", "<=", ">>", "<<", ">>=", "<<=", "<>", "><", "=<", "=>",
    "\\", "\\=", "\\==", "\\>", "\\<", "\\>>", "\\<<",
])
_OP_NORMAL = {
    "<>": "\\=", "><": "\\=", "\\>": "<=", "\\<": ">=", "\\>>": "<<=", "\\<<": ">>=",
    "=<": "<=", "=>": ">=",
}
_MANTISSA_E = pattern(r"(?:[0-9]+\.?[0-9]*|\.[0-9]+)[eE]\Z")
_SYMBOL_AND_BLANKS = pattern(r"([A-Za-z0-9.!?_@#$]+)[ \t\r\f\v]*")   # and the blanks after it
_BLANK_RUN = pattern(r"[ \t\r\f\v]+")
# blanks and the symbol after them, if one follows, and its blanks: a line's indentation and
# its first symbol (the commonest case of blanks no token took) in one match
_BLANKS_AND_SYMBOL = pattern(r"[ \t\r\f\v]+([A-Za-z0-9.!?_@#$]+)?[ \t\r\f\v]*")
_COMMENT_MARK = pattern(r"\*/|/\*")      # where a comment closes, or one opens inside it
_HEXDIGITS = frozenset("0123456789abcdefABCDEF")
_PUNCTUATION = frozenset("(),;:")


class Raw(RToken):
    """A raw token: ``kind`` is 'sym', 'str', 'op', '(', ')', ',', ':', ';', 'eol', 'err' or
    'eof'; ``value`` the upper-cased symbol, decoded string or normalised operator; ``blank``
    whether whitespace came before it; ``text`` as written. A raw token that is passed to the
    parser as it is (most of an expression's) is made a parser token in place: the
    ``ClauseLexer`` gives it its ``type``, ``ctx`` and ``cline``, instead of making an RToken."""

    __slots__ = ("kind", "blank", "text")

    # ``Raw()`` makes an empty token, its fields then set by the scanner: the cheapest way
    # CPython makes an object (no Python-level __init__, no ``object.__new__`` call)
    __init__ = object.__init__

    def __repr__(self):  # pragma: no cover - debugging aid
        return f"Raw({self.kind},{self.value!r},l{self.line},{'b' if self.blank else ''})"


def raw_token(kind, value, line, col, pos, blank, text=None, err=None) -> Raw:
    """A raw token of the rarer kinds (errors, the end of the program) with every field."""
    token = Raw()
    token.kind = kind
    token.value = value
    token.line = line
    token.column = col
    token.start_pos = pos
    token.blank = blank
    token.text = text if text is not None else value
    token.err = err
    return token


EOL_MARK = "\x00"


def make_error(code: int, subcode: int = 0, line: int | None = None, text: str | None = None,
               **fills) -> RexxError:
    """A RexxError with ``.line`` set. A ``token`` fill that is a line end (EOL_MARK) is a
    newline in the message, as Regina prints it (``found "``, the line end, then ``"``)."""
    if text is None and subcode:
        template = MESSAGES.get((code, subcode), "")
        for key, value in fills.items():
            template = template.replace(f"<{key}>", str(value))
        text = template.replace(EOL_MARK, "\n")
    e = RexxError(code, subcode, text=text)
    e.line = line
    return e


_err = make_error


def _hex_char(ch: str) -> str:
    """The first byte of the character ``ch`` in hex, as Regina names an invalid character
    (it reads bytes: the lead byte of a UTF-8 sequence, or a byte that is not UTF-8 at all)."""
    return f"{to_bytes(ch)[0]:x}"  # Regina prints it unpadded (NUL is "0")


def _decode_radix(body: str, binary: bool, line: int):
    """Decode the contents of a hex ('...'x) or binary ('...'b) string, or return a
    RexxError (Error 15) naming the position Regina names."""
    kind = 2 if binary else 1
    group = 4 if binary else 2
    valid = "01" if binary else _HEXDIGITS
    digits = []
    n = len(body)
    i = 0
    first = True
    while i < n:
        ch = body[i]
        if ch in " \t":
            # a blank run: it may not lead, nor trail
            if i == 0:
                return _err(15, kind, line, position=1)
            j = i
            while j < n and body[j] in " \t":
                j += 1
            if j == n:
                return _err(15, kind, line, position=i + 1)
            i = j
            continue
        j = i
        while j < n and body[j] not in " \t":
            c = body[j]
            if c not in valid:
                return _err(15, 4 if binary else 3, line, char=c)
            j += 1
        if not first and (j - i) % group:
            return _err(15, kind, line, position=j + 1)
        first = False
        digits.append(body[i:j])
        i = j
    text = "".join(digits)
    if not text:
        return ""
    if binary:
        text = "0" * (-len(text) % 8) + text
        return byte_chars(int(text, 2).to_bytes(len(text) // 8, "big"))
    if len(text) % 2:
        text = "0" + text
    return byte_chars(bytes.fromhex(text))


def scan(source: str) -> list[Raw]:
    """Split ``source`` into raw tokens. Continuation commas are removed (the next token is
    then marked as preceded by a blank). The list ends with an 'eof' or an 'err' token."""
    return [token for line in scan_lines(source) for token in line]


def scan_lines(source: str, whole_line=None):
    """``scan`` as a stream, a list at a time: the raw tokens of each clause with the token
    that ends it, a line end or a ';' (a continued line's with the next line's, as a
    continuation comma at a line's end is taken away), the last list ending with 'eof' or
    'err'; no other token of a list ends a clause, and a program's tokens never all exist at
    once. Given ``whole_line`` (``simple_lines.build_line``), a line that starts a clause is
    offered to it first: a line it builds comes as a list of its one ``Built`` token, which
    stands for the line's tokens and its end."""
    out: list[Raw] = []          # the tokens of the current clause
    append = out.append
    src = source
    n = len(src)
    i = 0
    line = 1
    line_start = 0
    blank = False
    continued = -1               # len(out) when the last line end was a continuation
    if src.startswith("#!"):
        j = src.find("\n")
        i = n if j < 0 else j
    symbol_run = _SYMBOL_AND_BLANKS.match
    blank_run = _BLANK_RUN.match
    blanks_and_symbol = _BLANKS_AND_SYMBOL.match
    while i < n:
        ch = src[i]
        if ch in SYMBOL_CHARS:          # the commonest token first
            run = symbol_run(src, i)
        elif ch in _BLANKS:
            run = blanks_and_symbol(src, i)
            blank = True
            start = run.start(1)
            if start < 0:               # no symbol after them
                i = run.end()
                continue
            i = start
        else:
            run = None
        if run is not None:
            text = run[1]
            j = i + len(text)
            after = run.end()           # past the blanks that follow, if any
            if (after == j and j + 1 < n and src[j] in "+-" and src[j + 1] in _DIGITS
                    and _MANTISSA_E.match(text)):
                k = j + 1
                while k < n and src[k] in _DIGITS:
                    k += 1
                text = src[i:k]
                after = j = k
            token = Raw()
            token.kind = "sym"
            token.value = text.upper()
            token.line = line
            token.column = i - line_start + 1
            token.start_pos = i
            token.blank = blank
            token.text = text
            token.err = None
            append(token)
            blank = after != j
            i = after
            continue
        if ch in _PUNCTUATION:
            token = Raw()
            token.kind = token.value = token.text = ch
            token.line = line
            token.column = i - line_start + 1
            token.start_pos = i
            token.blank = blank
            token.err = None
            append(token)
            i += 1
            if i < n and src[i] == " ":     # the blanks after it, without a loop step
                i += 1
                if i < n and src[i] in _BLANKS:
                    i = blank_run(src, i).end()
                blank = True
            else:
                blank = False
            if ch == ";":
                yield out
                out = []
                append = out.append
                continued = -1
            continue
        if ch == "\n":
            # a continuation: the last token of the line is a comma
            if out and out[-1].kind == "," and out[-1].line == line:
                out.pop()
                blank = True
                continued = len(out)
            else:
                token = Raw()
                token.kind = "eol"
                token.value = token.text = "\n"
                token.line = line
                token.column = i - line_start + 1
                token.start_pos = i
                token.blank = blank
                token.err = None
                append(token)
                blank = False
                yield out
                out = []
                append = out.append
                continued = -1
            i += 1
            line += 1
            line_start = i
            if continued < 0 and whole_line is not None:
                made = whole_line(src, i, line)
                while made is not None:
                    yield [made[0]]
                    i = made[1] + 1
                    line += 1
                    line_start = i
                    made = whole_line(src, i, line)
            continue
        col = i - line_start + 1
        if ch == "/" and i + 1 < n and src[i + 1] == "*":
            start_line = line
            depth = 1
            j = i + 2
            while depth:                # from one comment mark to the next
                mark = _COMMENT_MARK.search(src, j)
                if mark is None:
                    j = n
                    break
                depth += 1 if src[mark.start()] == "/" else -1
                j = mark.end()
            ends = src.count("\n", i, j)
            if ends:
                line += ends
                line_start = src.rfind("\n", i, j) + 1
            if depth:
                # the line Regina names: one more than the comment's when a line end follows
                # (not the final one), unless the comment opens a line after a line end
                eline = start_line
                nl_before = src.rfind("\n", 0, i)
                opens_line = nl_before >= 0 and not src[nl_before + 1:i].strip(" \t\r\f\v")
                nl = src.find("\n", i)
                if not opens_line and 0 <= nl < len(src) - 1:
                    eline += 1
                append(raw_token("err", None, start_line, col, i, blank, err=_err(6, 1, eline)))
                yield out
                return
            i = j
            continue
        if ch == "-" and i + 1 < n and src[i + 1] == "-":
            j = src.find("\n", i)
            i = n if j < 0 else j
            continue
        if ch == "'" or ch == '"':
            j = i + 1
            parts = []
            while True:
                k = src.find(ch, j)
                nl = src.find("\n", j)
                if k < 0 or (0 <= nl < k):
                    append(raw_token("err", None, line, col, i, blank,
                               err=_err(6, 2 if ch == "'" else 3, line)))
                    yield out
                    return
                parts.append(src[j:k])
                if k + 1 < n and src[k + 1] == ch:
                    parts.append(ch)
                    j = k + 2
                    continue
                j = k + 1
                break
            value = "".join(parts)
            if j < n and src[j] in "xXbB" and (j + 1 >= n or src[j + 1] not in SYMBOL_CHARS):
                decoded = _decode_radix(value, src[j] in "bB", line)
                if isinstance(decoded, RexxError):
                    append(raw_token("err", None, line, col, i, blank, err=decoded))
                    yield out
                    return
                value = decoded
                j += 1
            token = Raw()
            token.kind = "str"
            token.value = value
            token.line = line
            token.column = col
            token.start_pos = i
            token.blank = blank
            token.text = src[i:j]
            token.err = None
            append(token)
            if j < n and src[j] == " ":     # the blanks after it, without a loop step
                j += 1
                if j < n and src[j] in _BLANKS:
                    j = blank_run(src, j).end()
                blank = True
            else:
                blank = False
            i = j
            continue
        if ch in OP_CHARS:
            op = "\\" if ch in NOT_CHARS else ch
            j = i + 1
            while True:
                k = j
                while k < n and src[k] in " \t":
                    k += 1
                if k < n and src[k] in OP_CHARS:
                    c = "\\" if src[k] in NOT_CHARS else src[k]
                    # never swallow the start of a comment
                    if c in "/-" and k + 1 < n and src[k + 1] == ("*" if c == "/" else "-"):
                        break
                    if op + c in _VALID_OPS:
                        op += c
                        j = k + 1
                        continue
                break
            token = Raw()
            token.kind = "op"
            token.value = _OP_NORMAL.get(op, op)
            token.line = line
            token.column = col
            token.start_pos = i
            token.blank = blank
            token.text = src[i:j]
            token.err = None
            append(token)
            blank = k != j              # src[j:k]: the blanks after it (" " and tabs)
            i = k
            continue
        bad = _err(13, 1, line, **{"hex-encoding": _hex_char(ch)})
        append(raw_token("err", None, line, col, i, blank, err=bad))
        yield out
        return
    if out and out[-1].kind == "," and out[-1].line == line:
        out.pop()                   # a comma ending the last line, as if a line end followed
        continued = len(out)
        line += 1
    if continued == len(out) and unterminated_at_end(out):
        unended = _err(64, 1, line, text=f"[Syntax error at line {line}]")
        unended.unended = True      # the parser names what the clause missed, as Regina
        append(raw_token("err", None, line, 1, i, blank, err=unended))
    else:
        append(raw_token("eof", "", line, i - line_start + 1, i, blank))
    yield out


def unterminated_at_end(out: list) -> bool:
    """Whether the clause a continuation comma on the program's last line continues into its
    end is left without an end (Regina: Error 64): not when nothing precedes the comma in
    the clause (``say 1; ,``) or a label does (``x: ,``). ``out``: the clause's tokens."""
    return bool(out) and out[-1].kind != ":"


# ----------------------------------------------------------------------------- clause lexing

KEYWORDS = frozenset([
    "ADDRESS", "ARG", "CALL", "DO", "DROP", "ELSE", "END", "EXIT", "IF", "INTERPRET",
    "ITERATE", "LEAVE", "NOP", "NUMERIC", "OPTIONS", "OTHERWISE", "PARSE", "PROCEDURE",
    "PULL", "PUSH", "QUEUE", "RETURN", "SAY", "SELECT", "SIGNAL", "THEN", "TRACE", "WHEN",
    "REQUIRE", "UPPER",
])

_OP_TYPES = {
    "+": "PLUS", "-": "MINUS", "\\": "NOT", "*": "MUL", "/": "MUL", "%": "MUL", "//": "MUL",
    "**": "POW", "||": "CAT", "&": "AND", "|": "OR", "&&": "OR",
}
for _op in ("=", "\\=", "==", "\\==", ">", "<", ">=", "<=", ">>", "<<", ">>=", "<<="):
    _OP_TYPES[_op] = "CMP"

CALL_CONDITIONS = ("ERROR", "FAILURE", "HALT", "NOTREADY")
SIGNAL_CONDITIONS = ("ERROR", "FAILURE", "HALT", "NOTREADY", "NOVALUE", "SYNTAX", "LOSTDIGITS")
PARSE_SOURCES = ("ARG", "EXTERNAL", "LINEIN", "NUMERIC", "PULL", "SOURCE", "VALUE", "VAR",
                 "VERSION")
PARSE_OPTIONS = ("CASELESS", "LOWER", "UPPER")
_DO_KEYS = frozenset(["TO", "BY", "FOR", "WHILE", "UNTIL"])
_CONDITION_KEYS = frozenset(["WHILE", "UNTIL"])
_THEN = frozenset(["THEN"])
_WITH = frozenset(["WITH"])
_EMPTY = frozenset()




_CONST_STARTS = frozenset("0123456789.")


def is_const(sym: str) -> bool:
    """A constant symbol starts with a digit or a period."""
    return sym[0] in _CONST_STARTS


# symbols Regina's lexer treats as keywords: quoted with their trailing blanks in messages
_REGINA_KEYWORDS = KEYWORDS | frozenset([
    "TO", "BY", "FOR", "FOREVER", "WHILE", "UNTIL", "WITH", "VALUE", "NAME", "ON", "OFF",
    "EXPOSE", "UPPER", "LOWER", "CASELESS", "VAR", "LINEIN", "SOURCE", "VERSION", "EXTERNAL",
    "NUMERIC", "DIGITS", "FUZZ", "FORM", "SCIENTIFIC", "ENGINEERING",
])


def _redirect_name_error(kind: str, t: Raw, found: str) -> RexxError | None:
    """The Error 53 for a bad name after STEM / STREAM / FIFO / LIFO in ADDRESS ... WITH
    (Regina: STEM takes a symbol that ends in its only period; the others a string or symbol)."""
    if kind == "STEM":
        if t.kind != "sym":
            return _err(53, 2, t.line, token=found)
        if t.value.find(".") != len(t.value) - 1:
            return _err(53, 3, t.line, name=t.text)
        return None
    if t.kind in ("sym", "str"):
        return None
    return _err(53, {"STREAM": 1, "FIFO": 101, "LIFO": 100}[kind], t.line, token=found)


def _found(t: Raw, src: str = "") -> str:
    """A token as Regina quotes it in 'found "..."' messages (EOL_MARK for a line end)."""
    if t.kind == "eol" or t.kind == "eof":      # the source's end is a line end to Regina
        return EOL_MARK
    if t.kind == ";":
        return _semicolon_found(src, t.start_pos) if src else ";"
    if t.kind == "err":
        return ""
    if t.kind == "str":         # a hex or binary string as written less its last two
        text = t.text           # characters (Regina's '41'x is '41), another its value
        return text[:-2] if text[-1:] in ("x", "X", "b", "B") else t.value
    if t.kind == "sym" and t.value in _REGINA_KEYWORDS and src:
        return _with_blanks_after(src, t)
    return t.text


def _with_blanks_after(src: str, t: Raw) -> str:
    """Symbol ``t`` as written and the blanks after it (how Regina quotes a keyword)."""
    j = t.start_pos + len(t.text)
    k = j
    while k < len(src) and src[k] in " \t":
        k += 1
    return t.text + src[j:k]


def _semicolon_found(src: str, pos: int) -> str:
    """An explicit ``;`` at ``pos`` as Regina quotes it: with what follows it up to the next
    token, blanks as they are, a comment as one backquote per character (line ends too), and
    a continuation comma (with whatever ends its line) and the next line's indentation as
    one blank and that indentation."""
    shown = [";"]
    j = pos + 1
    n = len(src)
    while j < n:
        ch = src[j]
        if ch == " " or ch == "\t":
            shown.append(ch)
            j += 1
        elif src.startswith("/*", j):
            k = _comment_end(src, j)
            shown.append("`" * (k - j))
            j = k
        elif ch == ",":
            k = j + 1
            while k < n and src[k] != "\n":
                if src[k] in " \t":
                    k += 1
                elif src.startswith("/*", k):
                    k = _comment_end(src, k)
                else:
                    break
            if k >= n or src[k] != "\n":
                break                   # a comma that continues nothing: a token
            shown.append(" ")
            j = k + 1
        else:
            break
    return "".join(shown)


def _comment_end(src: str, pos: int) -> int:
    """Where the (nested) comment opening at ``pos`` ends: the index after its ``*/``."""
    depth = 0
    j = pos
    n = len(src)
    while j < n:
        if src.startswith("/*", j):
            depth += 1
            j += 2
        elif src.startswith("*/", j):
            depth -= 1
            j += 2
            if depth == 0:
                return j
        else:
            j += 1
    return n


_NO_EOC_AFTER = frozenset(["_EOC", "_THEN", "_ELSE", "OTHERWISE", "LABEL"])
_new_token = object.__new__


class Built(RToken):
    """An instruction the lexer's ``build`` already made into its AST ``node`` (the grammar's
    ``rule``), standing in the stream for the instruction's tokens; ``first`` is the token
    the instruction would have started with (the parser reduces what is before it as that
    token's lookahead, and reports that token if the instruction is not allowed there).
    ``ends_clause``: the clause ends with it, and its ``_EOC`` is no token of its own (the
    parser reads this token again as the ``_EOC``). Made by ``built_token``."""

    __slots__ = ("node", "rule", "first", "ends_clause")

    __init__ = object.__init__      # (see Raw)


def built_token(node, rule: str, first: RToken) -> Built:
    """The ``Built`` token of ``node`` (of the grammar's ``rule``) that starts at ``first``."""
    token = Built()
    token.type = BUILT
    token.value = ""
    token.start_pos = first.start_pos
    token.line = first.line
    token.column = first.column
    token.ctx = first.ctx
    token.cline = first.cline
    token.err = None
    token.node = node
    token.rule = rule
    token.first = first
    token.ends_clause = False
    return token


class ClauseLexer:
    """Turns raw tokens into the parser's token stream, one clause at a time."""

    def __init__(self, lines, source: str = "", build=None):
        self.lines = lines                  # the raw tokens, a list per clause (``scan_lines``)
        self.src = source
        # build(keyword, first, toks, i, n, end) -> the AST node of a whole instruction, or
        # None (``simple_clauses.build_instruction``); its keywords and their rules in ``rules``
        self.build = build
        self.rules = {} if build is None else build.rules
        self.out: list[RToken] = []
        self.ctx = ""
        self.cline = 0
        self.stopped = False

    def found(self, t: Raw) -> str:
        return _found(t, self.src)

    # -- emitting

    def emit(self, type_: str, value: str, t: Raw) -> None:
        """Append a token of ``type_`` and ``value`` at ``t``: the raw token itself, made a
        parser token, when ``value`` is its own (a keyword, a name), else a new RToken (and
        always for CMD, whose token is then read again as the first of the command's)."""
        out = self.out
        if type_ == "_EOC":
            if not out or out[-1].type in _NO_EOC_AFTER:
                return
        elif (type_ == "_THEN" or type_ == "_ELSE") and out:
            last = out[-1]
            if last.type == "_EOC":
                out.pop()
            elif last.type == BUILT:
                last.ends_clause = False    # (the _EOC that came with it, dropped)
        if t.value != value or type_ == "CMD":
            token = _new_token(RToken)      # RToken(type_, value, ...) without __init__
            token.value = value
            token.start_pos = t.start_pos
            token.line = t.line
            token.column = t.column
            token.err = None
            t = token
        t.type = type_
        t.ctx = self.ctx
        t.cline = self.cline
        out.append(t)

    def error(self, err: RexxError, t: Raw) -> None:
        if err.line is None:
            err.line = t.line
        self.out.append(RToken("ERR", _found(t), t.start_pos, t.line, t.column, self.ctx,
                               self.cline, err))
        self.stopped = True

    # -- driver

    def run(self):
        """Yield the parser's tokens (those of ``groups``, one at a time)."""
        for group in self.groups():
            yield from group

    def groups(self):
        """Yield the parser's tokens a list at a time, a list per clause. The last token made
        is held back until the next clause is done, as a clause end may still drop or replace
        it (so a list is a clause's tokens but its last, with the last of the clause before)."""
        out = self.out
        for clause in self.lines:       # a clause's raw tokens, its end last
            t = clause[-1]
            if t.__class__ is Built:    # a whole line the scanner had built, with its end
                self.cline = t.line
                t.ends_clause = True
                out.append(t)
            else:
                if len(clause) > 1:
                    self.clause(clause, len(clause) - 1, t)
                    if self.stopped:
                        break
                if t.kind == "err":
                    self.ctx = ""
                    self.error(t.err, t)
                    break
                if out and out[-1].type == BUILT:
                    out[-1].ends_clause = True  # the clause's _EOC comes with it
                else:
                    self.emit("_EOC", _found(t), t)
            self.ctx = ""
            if len(out) > 1:
                last = out.pop()
                yield out
                out = self.out = [last]
        yield out
        self.out = []

    def clause(self, toks: list[Raw], n: int, end: Raw) -> None:
        """Lex one clause: ``toks[:n]`` (``end``, its terminator, may follow them)."""
        i = 0
        while i < n and not self.stopped:
            t = toks[i]
            nxt = toks[i + 1] if i + 1 < n else end
            self.cline = t.line
            if t.kind in ("sym", "str") and nxt.kind == ":":
                self.ctx = "LABEL"
                self.emit("LABEL", t.value if t.kind == "sym" else t.value, t)
                i += 2
                continue
            if (t.kind == "sym" and nxt.kind == "op" and nxt.text[0] == "="
                    and (nxt.value in ("=", "==") or nxt.text[1] in " \t")):
                # 'sym == x' opening a clause is a bad assignment to Regina, not a command
                self.ctx = "ASSIGN"
                if is_const(t.value):
                    if t.value in RESERVED_DOT_SYMBOLS:
                        self.error(_err(31, 3, t.line, token=t.text), t)
                    elif t.value[0] == "." and t.value != ".LINE":
                        self.error(_err(50, 1, t.line, token=t.text), t)
                    else:
                        self.error(_err(31, 2, t.line, token=""), t)
                    return
                if nxt.value == "==":
                    self.error(_err(35, 1, nxt.line, token="="), nxt)
                    return
                if self.build is not None and nxt.value == "=":
                    node = self.build("ASSIGN", t, toks, i + 2, n, end)
                    if node is not None:    # (what emit would make of t, standing for it)
                        t.type = "ASSIGN"
                        t.ctx = "ASSIGN"
                        t.cline = self.cline
                        self.out.append(built_token(node, "assign", t))
                        return
                self.emit("ASSIGN", t.value, t)
                if nxt.value != "=":  # '= =' and the like: Regina does not merge them here
                    rest = nxt.text[1:].strip(" \t")
                    self.error(_err(35, 1, nxt.line, token=rest[0]), nxt)
                    return
                self.expr(toks, i + 2, n, end)
                return
            if t.kind == "sym" and t.value in KEYWORDS:
                kw = t.value
                self.ctx = kw
                rule = self.rules.get(kw)
                if rule is not None:
                    node = self.build(kw, t, toks, i + 1, n, end)
                    if node is not None:    # (what emit would make of t, standing for it)
                        t.type = kw
                        t.ctx = kw
                        t.cline = self.cline
                        self.out.append(built_token(node, rule, t))
                        return
                self.emit("_" + kw if kw in ("THEN", "ELSE") else kw, kw, t)
                if kw in ("THEN", "ELSE", "OTHERWISE"):
                    i += 1
                    continue
                i = _KEYWORD_LEXERS[kw](self, toks, i + 1, n, end)
                continue
            self.ctx = "COMMAND"
            self.emit("CMD", "", t)
            self.expr(toks, i, n, end)
            return

    # -- expressions

    def expr(self, toks, i, n, end, stops=_EMPTY) -> int:
        """Emit an expression from ``toks[i:n]`` up to a symbol in ``stops``; return the index
        where it stopped. (No token of an expression is one ``emit`` drops or replaces, so
        they are appended here directly: the raw token itself, made a parser token, but for
        the CAT operators, which are tokens of their own.)"""
        append = self.out.append
        ctx = self.ctx
        cline = self.cline
        if self.build is not None and i < n:
            stop = n
            if stops:
                for j in range(i, n):
                    t = toks[j]
                    if t.kind == "sym" and t.value in stops:
                        stop = j
                        break
            node = self.build.expression(toks, i, stop)
            if node is not None:
                t = toks[i]
                k = t.kind
                if k == "sym" or k == "str":
                    nxt = toks[i + 1] if i + 1 < n else end
                    if nxt.kind == "(" and not nxt.blank:
                        kind = "FUNC" if k == "sym" else "QFUNC"
                    elif k == "str":
                        kind = "STRING"
                    else:
                        kind = "CONST" if t.value[0] in _CONST_STARTS else "SYMBOL"
                elif k == "(":
                    kind = "_LPAR"
                else:
                    kind = _OP_TYPES[t.value]
                t.type = kind
                t.ctx = ctx
                t.cline = cline
                append(built_token(node, "expr", t))
                return stop
        prev_term = False
        while i < n:
            t = toks[i]
            k = t.kind
            if k == "sym" or k == "str":
                if k == "sym" and t.value in stops:
                    return i
                if prev_term:
                    append(RToken("CAT", " " if t.blank else "", t.start_pos, t.line, t.column,
                                  ctx, cline))
                nxt = toks[i + 1] if i + 1 < n else end
                if nxt.kind == "(" and not nxt.blank:
                    kind = "FUNC" if k == "sym" else "QFUNC"
                    i += 1              # the '(' is part of the function name's token
                    prev_term = False
                else:
                    if k == "str":
                        kind = "STRING"
                    else:
                        kind = "CONST" if t.value[0] in _CONST_STARTS else "SYMBOL"
                    prev_term = True
            elif k == ",":
                kind = "_COMMA"
                prev_term = False
            elif k == "(":
                if prev_term:
                    append(RToken("CAT", " " if t.blank else "", t.start_pos, t.line, t.column,
                                  ctx, cline))
                kind = "_LPAR"
                prev_term = False
            elif k == ")":
                kind = "_RPAR"
                prev_term = True
            elif k == "op":
                if t.value == "\\" and prev_term and t.blank:
                    append(RToken("CAT", " ", t.start_pos, t.line, t.column, ctx, cline))
                kind = _OP_TYPES[t.value]
                prev_term = False
            else:  # ':'
                kind = "COLON"
                prev_term = False
            t.type = kind
            t.ctx = ctx
            t.cline = cline
            append(t)
            i += 1
        return i

    def one_name(self, toks, i, n, end) -> int:
        """An optional single symbol (LEAVE, ITERATE, END): a constant symbol or anything
        else is Error 20."""
        if i < n:
            if not self.name_token(toks[i]):
                return n
            i += 1
            if i < n:
                j = toks[i]
                self.error(_err(21, 1, j.line, token=self.blanks_before(j) if j.blank
                                else j.text), j)
                return n
        return i

    def rest_is_junk(self, toks, i, n, after_term=False) -> int:
        """Anything left in the clause is Error 21 (Regina quotes the blanks after a term; a
        keyword out of its place without the blanks after it, but VALUE after NUMERIC FORM's
        or TRACE's word, where Regina's lexer still takes it for one)."""
        if i < n:
            t = toks[i]
            if after_term and t.blank:
                found = self.blanks_before(t)
            elif t.kind == "sym" and not (t.value == "VALUE" and self.ctx in ("NUMERIC", "TRACE")):
                found = t.text
            else:
                found = self.found(t)
            self.error(_err(21, 1, t.line, token=found), t)
        return n

    def blanks_before(self, t: Raw) -> str:
        """The blanks just before token ``t`` as written (one blank if none are)."""
        src = self.src
        k = t.start_pos
        while k > 0 and src[k - 1] in " \t":
            k -= 1
        return src[k:t.start_pos] or " "

    # -- instructions

    def kw_say(self, toks, i, n, end):
        return self.expr(toks, i, n, end)

    kw_exit = kw_return = kw_push = kw_queue = kw_interpret = kw_options = kw_require = kw_say

    def kw_nop(self, toks, i, n, end):
        return self.rest_is_junk(toks, i, n)

    def kw_if(self, toks, i, n, end):
        i = self.expr(toks, i, n, end, _THEN)
        if i < n:
            self.emit("_THEN", "THEN", toks[i])
            i += 1
        return i

    kw_when = kw_if

    def kw_end(self, toks, i, n, end):
        return self.one_name(toks, i, n, end)

    kw_leave = kw_iterate = kw_end

    def kw_select(self, toks, i, n, end):
        return self.rest_is_junk(toks, i, n)

    def kw_do(self, toks, i, n, end):
        if i < n:
            t = toks[i]
            nxt = toks[i + 1] if i + 1 < n else end
            if t.kind == "sym" and nxt.kind == "op" and nxt.value == "=" and not is_const(t.value):
                self.emit("CONTROL", t.value, t)
                i += 2
            elif t.kind == "sym" and t.value == "FOREVER":
                self.emit("FOREVER", "FOREVER", t)
                i += 1
                if i < n and (toks[i].kind != "sym" or toks[i].value not in ("WHILE", "UNTIL")):
                    self.error(_err(25, 16, toks[i].line, keywords="WHILE UNTIL",
                                    token=self.found(toks[i])), toks[i])
                    return n
        keys = _DO_KEYS
        while i < n:
            i = self.expr(toks, i, n, end, keys)
            if i < n:
                t = toks[i]
                self.emit("DOKEY", t.value, t)
                if t.value in _CONDITION_KEYS:    # Regina: TO BY FOR are names after these
                    keys = _CONDITION_KEYS
                i += 1
        return i

    def kw_call(self, toks, i, n, end):
        if i >= n:
            self.error(_err(19, 2, end.line, token=self.found(end)), end)
            return n
        t = toks[i]
        if t.kind == "sym" and t.value in ("ON", "OFF"):
            return self.condition_trap(toks, i, n, end, "CALL")
        if t.kind == "sym":
            self.emit("SYMBOL", t.value, t)
        elif t.kind == "str":
            self.emit("STRING", t.value, t)
        else:
            self.error(_err(19, 2, t.line, token=self.found(t)), t)
            return n
        return self.expr(toks, i + 1, n, end)

    def condition_trap(self, toks, i, n, end, kw):
        t = toks[i]
        on = t.value == "ON"
        self.emit(t.value, t.value, t)
        conds = CALL_CONDITIONS if kw == "CALL" else SIGNAL_CONDITIONS
        sub = (1 if on else 2) + (0 if kw == "CALL" else 2)
        i += 1
        c = toks[i] if i < n else end
        if c.kind != "sym" or c.value not in conds:
            found = self.found(c)
            if c.kind == "sym" and c.value in SIGNAL_CONDITIONS:   # a keyword to Regina here:
                found = _with_blanks_after(self.src, c)            # quoted with its blanks
            self.error(_err(25, sub, c.line, keywords=" ".join(conds), token=found), c)
            return n
        self.emit("SYMBOL", c.value, c)
        i += 1
        if i < n:
            t = toks[i]
            if not on or t.kind != "sym" or t.value != "NAME":     # (a keyword: no blanks)
                self.error(_err(21, 1, t.line, token=t.text if t.kind == "sym"
                                else self.found(t)), t)
                return n
            self.emit("NAME", "NAME", t)
            i += 1
            nm = toks[i] if i < n else end
            if nm.kind == "sym" and not is_const(nm.value):
                self.emit("SYMBOL", nm.value, nm)
            else:
                self.error(_err(19, 3, nm.line, token=self.found(nm)), nm)
                return n
            i += 1
            if i < n:       # 'name foo bar': Regina's 19.3 (SIGNAL ON names the blank)
                extra = toks[i]
                found = (self.found(extra) if kw == "CALL" or not extra.blank
                         else self.blanks_before(extra))
                self.error(_err(19, 3, extra.line, token=found), extra)
                return n
        return self.rest_is_junk(toks, i, n)

    def kw_signal(self, toks, i, n, end):
        if i >= n:
            self.error(_err(19, 4, end.line, token=self.found(end)), end)
            return n
        t = toks[i]
        if t.kind == "sym" and t.value in ("ON", "OFF"):
            return self.condition_trap(toks, i, n, end, "SIGNAL")
        if t.kind == "sym" and t.value == "VALUE":
            if i + 1 >= n:                  # no expression: Regina's 19.4, not a label VALUE
                self.error(_err(19, 4, end.line, token=self.found(end)), end)
                return n
            self.emit("VALUE", "VALUE", t)
            return self.expr(toks, i + 1, n, end)
        if t.kind == "sym":
            self.emit("SYMBOL", t.value, t)
        elif t.kind == "str":
            self.emit("STRING", t.value, t)
        else:
            self.error(_err(19, 4, t.line, token=self.found(t)), t)
            return n
        return self.rest_is_junk(toks, i + 1, n, after_term=True)

    def name_list(self, toks, i, n, end):
        """PROCEDURE EXPOSE names: symbols and ``(indirect)`` lists."""
        while i < n:
            t = toks[i]
            if t.kind == "sym" and not is_const(t.value):
                self.emit("SYMBOL", t.value, t)
                i += 1
            elif t.kind == "(":
                self.emit("_LPAR", "(", t)
                i += 1
                v = toks[i] if i < n else end
                if v.kind != "sym" or is_const(v.value):
                    self.error(_err(20, 1, v.line, token=self.found(v)), v)
                    return n
                self.emit("SYMBOL", v.value, v)
                i += 1
                r = toks[i] if i < n else end
                if r.kind != ")":
                    self.error(_err(20, 1, r.line, token=self.found(r)), r)
                    return n
                self.emit("_RPAR", ")", r)
                i += 1
            else:
                self.error(_err(20, 1, t.line, token=self.found(t)), t)
                return n
        return i

    def kw_drop(self, toks, i, n, end):
        """DROP names: Regina reports any malformed list as Error 64."""
        while i < n:
            t = toks[i]
            if t.kind == "sym" and not is_const(t.value):
                nxt = toks[i + 1] if i + 1 < n else end
                if nxt.kind == "(" and not nxt.blank:
                    break
                self.emit("SYMBOL", t.value, t)
                i += 1
                continue
            if (t.kind == "(" and i + 2 < n and toks[i + 1].kind == "sym"
                    and not is_const(toks[i + 1].value) and toks[i + 2].kind == ")"):
                self.emit("_LPAR", "(", t)
                self.emit("SYMBOL", toks[i + 1].value, toks[i + 1])
                self.emit("_RPAR", ")", toks[i + 2])
                i += 3
                continue
            break
        if i < n:
            t = toks[i]
            self.error(_err(64, 1, t.line, text=f"[Syntax error at line {t.line}]"), t)
            return n
        return i

    def kw_upper(self, toks, i, n, end):
        """UPPER names (Regina's extension): variable names only (Error 20.1 otherwise)."""
        while i < n:
            if not self.name_token(toks[i]):
                return n
            i += 1
        return i

    def name_token(self, t) -> bool:
        """Emit ``t`` as a name; a constant symbol or anything else is Error 20.1 (False)."""
        if t.kind != "sym" or is_const(t.value):
            self.error(_err(20, 1, t.line, token=self.found(t)), t)
            return False
        self.emit("SYMBOL", t.value, t)
        return True

    def kw_procedure(self, toks, i, n, end):
        if i < n:
            t = toks[i]
            if t.kind != "sym" or t.value != "EXPOSE":    # (a keyword: no blanks, Regina)
                self.error(_err(25, 17, t.line, token=t.text if t.kind == "sym"
                                else self.found(t)), t)
                return n
            self.emit("EXPOSE", "EXPOSE", t)
            if i + 1 >= n:
                self.error(_err(20, 1, end.line, token=self.found(end)), end)
                return n
            return self.name_list(toks, i + 1, n, end)
        return i

    def kw_numeric(self, toks, i, n, end):
        t = toks[i] if i < n else end
        if t.kind != "sym" or t.value not in ("DIGITS", "FUZZ", "FORM"):
            self.error(_err(25, 15, t.line, keywords="DIGITS FORM FUZZ", token=self.found(t)), t)
            return n
        self.emit(t.value, t.value, t)
        i += 1
        if t.value == "FORM" and i < n:
            f = toks[i]
            if f.kind == "sym" and f.value in ("SCIENTIFIC", "ENGINEERING"):
                self.emit(f.value, f.value, f)
                return self.rest_is_junk(toks, i + 1, n)
            if f.kind == "sym" and f.value == "VALUE":
                self.emit("VALUE", "VALUE", f)
                return self.expr(toks, i + 1, n, end)
            self.error(_err(25, 11, f.line, keywords="ENGINEERING SCIENTIFIC",
                            token=f.value if f.kind == "sym" else self.found(f)), f)
            return n
        return self.expr(toks, i, n, end)

    def kw_trace(self, toks, i, n, end):
        if i < n:
            t = toks[i]
            if t.kind == "sym" and t.value == "VALUE":
                if i + 1 >= n:
                    self.error(_err(64, 1, t.line, text=f"[Syntax error at line {t.line}]"), t)
                    return n
                self.emit("VALUE", "VALUE", t)
                return self.expr(toks, i + 1, n, end)
            if i + 1 == n and t.kind in ("sym", "str"):
                self.emit("SETTING", t.value, t)
                return n
            if t.kind == "sym" and not is_const(t.value):     # 'trace off now': Regina's 21.1
                j = toks[i + 1]
                self.error(_err(21, 1, j.line, token=self.found(j)), j)
                return n
        return self.expr(toks, i, n, end)

    def kw_address(self, toks, i, n, end):
        if i >= n:
            return i
        t = toks[i]
        if t.kind == "sym" and t.value == "VALUE":
            if i + 1 >= n:
                self.error(_err(19, 1, end.line, token=self.found(end)), end)
                return n
            self.emit("VALUE", "VALUE", t)
            i = self.expr(toks, i + 1, n, end, _WITH)
        elif t.kind == "(":
            self.emit("VALUE", "VALUE", t)
            i = self.expr(toks, i, n, end, _WITH)
        elif t.kind == "sym" and t.value == "WITH":
            w = toks[i + 1] if i + 1 < n else end
            self.error(_err(25, 5, w.line, token=self.found(w)), w)
            return n
        elif t.kind == "sym" or t.kind == "str":
            self.emit("ENVNAME", t.value, t)
            i = self.expr(toks, i + 1, n, end, _WITH)
        else:
            self.error(_err(19, 1, t.line, token=self.found(t)), t)
            return n
        if i < n:
            self.emit("_WITH", "_WITH", toks[i])
            i = self.redirects(toks, i + 1, n, end)
        return i

    def redirects(self, toks, i, n, end):
        # ADDRESS ... WITH: INPUT|OUTPUT|ERROR [APPEND|REPLACE] STEM x.|STREAM x|FIFO x|LIFO x
        # or NORMAL
        if i >= n:
            self.error(_err(25, 5, end.line, token=self.found(end)), end)
            return n
        while i < n:
            t = toks[i]
            if t.kind != "sym" or t.value not in ("INPUT", "OUTPUT", "ERROR"):
                self.error(_err(25, 5, t.line, token=self.found(t)), t)
                return n
            self.emit(t.value, t.value, t)
            which = t.value
            i += 1
            m = toks[i] if i < n else end
            if which != "INPUT" and m.kind == "sym" and m.value in ("APPEND", "REPLACE"):
                self.emit(m.value, m.value, m)
                which = m.value
                i += 1
                m = toks[i] if i < n else end
            allowed = ("STREAM", "STEM", "LIFO", "FIFO", "NORMAL")
            if which in ("APPEND", "REPLACE"):
                allowed = allowed[:4]
            if m.kind != "sym" or m.value not in allowed:
                sub = {"INPUT": 6, "OUTPUT": 7, "ERROR": 14, "APPEND": 8, "REPLACE": 9}[which]
                self.error(_err(25, sub, m.line, token=self.found(m)), m)
                return n
            self.emit(m.value, m.value, m)
            i += 1
            if m.value != "NORMAL":
                nm = toks[i] if i < n else end
                err = _redirect_name_error(m.value, nm, self.found(nm))
                if err is not None:
                    self.error(err, nm)
                    return n
                self.emit("STRING" if nm.kind == "str" else "SYMBOL", nm.value, nm)
                i += 1
        return i

    # -- PARSE and templates

    def kw_parse(self, toks, i, n, end):
        t = toks[i] if i < n else end
        option = False
        if t.kind == "sym" and t.value in ("UPPER", "LOWER"):
            self.emit(t.value, t.value, t)
            option = True
            i += 1
            t = toks[i] if i < n else end
        if t.kind == "sym" and t.value == "CASELESS":
            self.emit(t.value, t.value, t)
            option = True
            i += 1
            t = toks[i] if i < n else end
        if t.kind != "sym" or t.value not in PARSE_SOURCES:
            kws = "ARG CASELESS EXTERNAL LINEIN LOWER PULL SOURCE UPPER VAR VALUE VERSION"
            if option:
                kws = "ARG EXTERNAL LINEIN PULL SOURCE VAR VALUE VERSION"
            self.error(_err(25, 12, t.line, keywords=kws, token=self.found(t)), t)
            return n
        self.emit("P" + t.value, t.value, t)
        i += 1
        if t.value == "VAR":
            v = toks[i] if i < n else end
            if v.kind != "sym" or is_const(v.value):
                self.error(_err(20, 1, v.line, token=self.found(v)), v)
                return n
            self.emit("SYMBOL", v.value, v)
            i += 1
        elif t.value == "VALUE":
            i = self.expr(toks, i, n, end, _WITH)
            if i >= n:
                self.error(_err(38, 3, end.line), end)
                return n
            self.emit("_WITH", "_WITH", toks[i])
            i += 1
        return self.template(toks, i, n, end)

    def kw_arg(self, toks, i, n, end):
        return self.template(toks, i, n, end)

    kw_pull = kw_arg

    def template(self, toks, i, n, end):
        emit = self.emit
        while i < n:
            t = toks[i]
            k = t.kind
            if k == "sym":
                emit("CONST" if is_const(t.value) else "SYMBOL", t.value, t)
            elif k == "str":
                emit("STRING", t.value, t)
            elif k == "(":
                emit("_LPAR", "(", t)
                v = toks[i + 1] if i + 1 < n else end
                if v.kind != "sym" or is_const(v.value):
                    self.error(_err(38, 1, v.line, token=self.found(v)), v)
                    return n
                emit("SYMBOL", v.value, v)
                r = toks[i + 2] if i + 2 < n else end
                if r.kind != ")":
                    self.error(_err(38, 1, r.line, token=self.found(r)), r)
                    return n
                emit("_RPAR", ")", r)
                i += 3
                continue
            elif k == "op" and t.value in ("+", "-", "="):
                emit({"+": "PLUS", "-": "MINUS", "=": "TEQ"}[t.value], t.value, t)
            elif k == ",":
                emit("_COMMA", ",", t)
            else:
                self.error(_err(64, 1, t.line, text=f"[Syntax error at line {t.line}]"), t)
                return n
            i += 1
        return i


#: The ClauseLexer method that lexes the rest of a clause opened by each keyword (kw_say, ...).
_KEYWORD_LEXERS = {kw: getattr(ClauseLexer, "kw_" + kw.lower())
                   for kw in KEYWORDS - {"THEN", "ELSE", "OTHERWISE"}}


def tokenize(source: str) -> list[RToken]:
    """The full token stream of ``source`` (an ERR token ends it on a lexical error)."""
    return list(iter_tokens(source))


def iter_clauses(source: str, build=None, whole_line=None):
    """``iter_tokens`` a list at a time (about a clause's tokens: ``ClauseLexer.groups``),
    which is how the parser takes them (a generator's step per clause, not per token);
    ``whole_line``: see ``scan_lines`` (only with a ``build``)."""
    return ClauseLexer(scan_lines(source, whole_line), source, build).groups()


def iter_tokens(source: str, build=None):
    """``tokenize`` as a stream, for the parser: only a line's tokens exist at a time. With
    ``build`` (see ``ClauseLexer``), the instructions it makes come as ``Built`` tokens."""
    return ClauseLexer(scan_lines(source), source, build).run()
