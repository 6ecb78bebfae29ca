"""Compiled code: a program (or an INTERPRET string) as a list of clause closures + labels.

``Code.body`` holds the closures of the top-level clauses in order; ``labels`` maps a label
name to the index of its first occurrence there (CALL and SIGNAL start after it);
``nested_labels`` are labels inside DO/IF/SELECT (Error 16.2 / 16.3 when targeted).
A REPL session's code is ``rebinding``: a label of a later entry replaces an earlier one, and
calls look their routine up when they run.
A clause may be compiled only when first run (``compile_at``).
``clause_text`` recovers a clause's source text for the ``+++`` traceback lines.
"""

from __future__ import annotations


from rexxlite.errors import RexxError


class Code:
    def __init__(self, name: str, source_lines: list[str]):
        self.name = name                       # the file name shown in messages
        self.source_lines = source_lines
        self.body: list = []
        self.labels: dict[str, int] = {}
        self.nested_labels: set[str] = set()
        self.ordinals: dict[int, int] = {}         # line -> clauses seen on it so far
        self.uses_trace = False
        self.rebinding = False                     # REPL: a later label replaces an earlier one
        self.label_infos: dict = {}                # label -> its ClauseInfo (TRACE L on CALL)

    def bind_labels(self, clauses: list) -> int:
        """Bind the labels of top-level ``clauses``, which are appended to ``body`` where it
        ends now; returns the index of the first of them there. The first of a name within
        ``clauses`` wins; an earlier body's label stays, except where a REPL entry
        ``rebinding`` replaces it."""
        from rexxlite.syntax.deferred_body import top_labels
        base = len(self.body)
        found: dict[str, int] = {}
        for index, name in top_labels(clauses):
            if name not in found:
                found[name] = base + index
        for name, index in found.items():
            if self.rebinding:
                self.labels[name] = index
                self.label_infos.pop(name, None)
            else:
                self.labels.setdefault(name, index)
        return base

    def compile_at(self, index: int) -> None:
        """Compile the clause at ``index`` now if it waits to be compiled on first run
        (``compiler/lazy_units``: its place in ``body`` holds a stub with ``compile``)."""
        compile_now = getattr(self.body[index], "compile", None)
        if compile_now is not None:
            compile_now()

    def label_error(self, name: str, sub: int) -> RexxError:
        """Error 16 for ``name``, not a label of the top level: 16.``sub`` (2 for a SIGNAL,
        3 for a CALL, whether written or a condition's trap) when it is a label inside a
        DO / IF / SELECT, as in Regina; else 16.1."""
        return RexxError(16, sub if name in self.nested_labels else 1, name=name)

    def next_ordinal(self, line: int) -> int:
        k = self.ordinals.get(line, 0)
        self.ordinals[line] = k + 1
        return k

    # -- source text of a clause ---------------------------------------------------------
    def clause_text(self, info) -> str:
        node = info.node
        given = getattr(node, "source_text", None) or getattr(node, "text", None)
        if isinstance(given, str):
            return given
        line = info.line
        if not (1 <= line <= len(self.source_lines)):
            return ""
        if line > 1 and _ends_with_comma(self.source_lines[line - 2]):
            return ""       # a clause after a continued one on its last line: Regina shows ""
        text = self._logical_line(line)
        segments = split_clauses(text)
        ordinal = info.ordinal
        if ordinal is not None and 0 < ordinal < len(segments):
            start = _segment_start(text, segments, ordinal)
            shift = _hex_lengths_before(text, start)
            if shift:       # Regina's columns after a hex or binary string are off by its
                start += shift      # length; the text runs to the next ';' (and is empty
                if start >= len(text) - 1:      # from the line's last character on)
                    return ""
                return _shown_part(text[start:].lstrip())
        if ordinal is not None and ordinal < len(segments):
            if type(node).__name__ == "If" or getattr(node, "to_line_end", False):
                # IF / WHEN: Regina shows the text up to the ';' or the end of the line
                ends: list = []
                segments = split_clauses(text, ends)
                last = ordinal
                while last + 1 < len(segments) and not ends[last]:
                    last += 1
                return " ".join(segments[ordinal:last + 1])
            shown = segments[ordinal]
            if len(shown) == 1 and ordinal == len(segments) - 1 and text.endswith(shown):
                return ""   # a clause from the line's last character on: Regina shows ""
            return shown
        return text.strip()

    def _logical_line(self, line: int) -> str:
        """The source line with continuation commas joined as Regina shows them."""
        current = self.source_lines[line - 1]
        parts = []
        index = line
        # each line is looked at on its own (a string never spans lines), so a clause
        # continued over 40,000 lines is joined in linear time
        while _ends_with_comma(current) and index < len(self.source_lines):
            if not current.rstrip().endswith(","):
                break               # a comment after the comma: Regina shows the line as it is
            parts.append(current.rstrip()[:-1])
            current = self.source_lines[index].lstrip()
            index += 1
        parts.append(current)
        return " ".join(parts)


def _segment_start(text: str, segments: list[str], ordinal: int) -> int:
    """Where ``segments[ordinal]`` (of ``split_clauses(text)``) starts in ``text``."""
    pos = 0
    for seg in segments[:ordinal]:
        pos = text.find(seg, pos) + len(seg)
    return text.find(segments[ordinal], pos)


def _pattern(source: str):
    """``source`` compiled (``re`` keeps what it compiled): imported only when a clause's text
    is shown (a trace, a traceback), a start-up cost a run without either never pays."""
    import re
    return re.compile(source)


_STRING_OR_COMMENT = r"/\*.*?\*/|'[^']*'|\"[^\"]*\""
_SYMBOL_CHAR = r"[A-Za-z0-9_.!?@#$]"


def _hex_lengths_before(text: str, end: int) -> int:
    """The source length of the hex and binary strings (``'ff'x``) in ``text`` before
    ``end`` (comments and other strings skipped)."""
    total = 0
    for m in _pattern(_STRING_OR_COMMENT).finditer(text, 0, end):
        token = m.group(0)
        if token[0] == "/":
            continue
        after = m.end()
        if (after < end and text[after] in "xXbB"
                and not _pattern(_SYMBOL_CHAR).match(text, after + 1)):
            total += len(token) + 1
    return total


def _ends_with_comma(text: str) -> bool:
    import re                       # (traces and tracebacks only: start-up)
    t = re.sub(r"/\*.*?\*/", "", text).rstrip()
    return t.endswith(",") and not _in_quote_at_end(t)


def _in_quote_at_end(text: str) -> bool:
    quote = None
    for ch in text:
        if quote:
            if ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
    return quote is not None


_ASSIGNED = r"\s*=(?!=)"
_IF_WHEN = r"(?i)\s*(if|when)(?![A-Za-z0-9_.!?@#$])"


def _ends_segment(word: str, before: str, text: str, after: int) -> bool:
    """Whether keyword ``word`` (upper case), with ``before`` in its clause so far, ends a
    segment: THEN of an IF / WHEN, ELSE / OTHERWISE starting a clause; not a variable of
    that name ('then = 4', 'say then else')."""
    if word == "THEN":
        return bool(_pattern(_IF_WHEN).match(before))
    if word in ("ELSE", "OTHERWISE"):
        return not before.strip() and not _pattern(_ASSIGNED).match(text, after)
    return False


def _shown_part(segment: str, line: str = "", end: int = 0) -> str:
    """What Regina shows of a clause: its text up to a ';' (left out) or a ':' (kept) that
    is not in quotes, where Regina's scan does not know comments (a ';' in a trailing comment
    ends it; an apostrophe in one opens a quote, and then the text runs on past the clause's
    ';' into ``line`` from ``end``)."""
    quote = None
    for index, ch in enumerate(segment):
        if quote:
            if ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
        elif ch == ";":
            return segment[:index]
        elif ch == ":":
            return segment[:index + 1]
    if quote is None or not line:
        return segment
    index = end
    while index < len(line):
        ch = line[index]
        if quote:
            if ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
        elif ch in ";:":
            return segment + line[end:index + (ch == ":")]
        index += 1
    return segment + line[end:]


def split_clauses(text: str, ends: list | None = None) -> list[str]:
    """Split one logical line into clause texts: at ';', after a label's ':' and after
    THEN / ELSE / OTHERWISE; bare ELSE / OTHERWISE pieces are dropped. ``ends`` (when given)
    receives, per segment, True when it ended at a ';', a label's ':' or the end of the line."""
    import re                       # (traces and tracebacks only: start-up)
    segments: list[str] = []
    current: list[str] = []
    i, n = 0, len(text)
    quote = None
    depth = 0

    def flush(hard=False, end=None):
        seg = _shown_part("".join(current), text if end is not None else "", end or 0)
        current.clear()
        stripped = seg.lstrip()
        if stripped.strip() and stripped.strip().upper() not in ("ELSE", "OTHERWISE"):
            segments.append(stripped)
            if ends is not None:
                ends.append(hard)
        elif hard and ends:
            ends[-1] = True         # 'if x then;': the IF's text ends at the ';'

    while i < n:
        ch = text[i]
        if depth:
            current.append(ch)
            if text.startswith("*/", i):
                current.append("/")
                i += 2
                depth -= 1
                continue
            if text.startswith("/*", i):
                current.append("*")
                i += 2
                depth += 1
                continue
            i += 1
            continue
        if quote:
            current.append(ch)
            if ch == quote:
                quote = None
            i += 1
            continue
        if ch in "'\"":
            quote = ch
            current.append(ch)
            i += 1
            continue
        if text.startswith("/*", i):
            depth += 1
            current.append("/*")
            i += 2
            continue
        if ch == ";":
            flush(True, i)
            i += 1
            continue
        if ch == ":" and re.fullmatch(r"\s*[A-Za-z0-9_.!?@#$]+\s*", "".join(current)):
            current.append(":")
            flush(True)         # (Regina's text of an IF / WHEN ends at a label's ':' too)
            i += 1
            continue
        if ch.isalpha() and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "_.!?@#$")):
            m = re.match(r"[A-Za-z0-9_.!?@#$]+", text[i:])
            word = m.group(0)
            current.append(word)
            i += len(word)
            if _ends_segment(word.upper(), "".join(current[:-1]), text, i):
                flush()
            continue
        current.append(ch)
        i += 1
    flush(True)
    return segments
