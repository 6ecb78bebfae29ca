"""A forgiving scanner for partly typed Rexx text: strings, comments, words and clause ends.

The REPL needs to know, for text that may be unfinished, where the last clause starts, whether a
string or comment is still open and whether a line ends with a continuation comma. The real lexer
rejects unfinished text, so this small scanner never fails: it reports what it saw as tokens.
"""

from __future__ import annotations

from dataclasses import dataclass

SYMBOL_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.!?@#$")

# Token kinds
WORD = "word"                  # a symbol (variable, keyword, number)
STRING = "string"              # a closed string ('...' or "...")
OPEN_STRING = "open_string"    # a string still open at the end of its line
COMMENT = "comment"            # a closed /* ... */ comment (nesting counted), or -- to line end
OPEN_COMMENT = "open_comment"  # a comment still open at the end of the text
SEMI = "semi"                  # ';'
NEWLINE = "newline"            # '\n'
COMMA = "comma"                # ','
BLANK = "blank"                # spaces and tabs
OTHER = "other"                # operators, parentheses, anything else

INSIGNIFICANT = frozenset({BLANK, COMMENT, OPEN_COMMENT})


@dataclass(frozen=True)
class Token:
    kind: str
    text: str
    start: int

    def is_word(self, *names: str) -> bool:
        return self.kind == WORD and self.text.upper() in names


def scan(text: str) -> list[Token]:
    """Split ``text`` into tokens; unfinished strings and comments become OPEN_* tokens."""
    tokens: list[Token] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        start = i
        if ch == "/" and text.startswith("/*", i):
            i, closed = _skip_comment(text, i)
            tokens.append(Token(COMMENT if closed else OPEN_COMMENT, text[start:i], start))
        elif ch == "-" and text.startswith("--", i):       # a line comment, to the line end
            end = text.find("\n", i)
            i = n if end < 0 else end
            tokens.append(Token(COMMENT, text[start:i], start))
        elif ch in "'\"":
            i, closed = _skip_string(text, i)
            tokens.append(Token(STRING if closed else OPEN_STRING, text[start:i], start))
        elif ch in SYMBOL_CHARS:
            while i < n and text[i] in SYMBOL_CHARS:
                i += 1
            tokens.append(Token(WORD, text[start:i], start))
        elif ch in " \t\r":
            while i < n and text[i] in " \t\r":
                i += 1
            tokens.append(Token(BLANK, text[start:i], start))
        else:
            kind = {";": SEMI, "\n": NEWLINE, ",": COMMA}.get(ch, OTHER)
            tokens.append(Token(kind, ch, start))
            i += 1
    return tokens


def _skip_comment(text: str, i: int) -> tuple[int, bool]:
    depth, n = 0, len(text)
    while i < n:
        if text.startswith("/*", i):
            depth += 1
            i += 2
        elif text.startswith("*/", i):
            depth -= 1
            i += 2
            if depth == 0:
                return i, True
        else:
            i += 1
    return n, False


def _skip_string(text: str, i: int) -> tuple[int, bool]:
    quote, n = text[i], len(text)
    i += 1
    while i < n and text[i] != "\n":
        if text[i] == quote:
            if i + 1 < n and text[i + 1] == quote:
                i += 2
                continue
            return i + 1, True
        i += 1
    return i, False


def significant(tokens: list[Token]) -> list[Token]:
    """The tokens without blanks and comments."""
    return [t for t in tokens if t.kind not in INSIGNIFICANT]


def ends_with_comma(tokens: list[Token]) -> bool:
    """True when the last significant token is a comma (the clause continues on the next line)."""
    rest = significant(tokens)
    return bool(rest) and rest[-1].kind == COMMA


def clauses(tokens: list[Token]) -> tuple[list[list[Token]], list[Token]]:
    """Group significant tokens into clauses: (the finished clauses, the current one).

    A clause ends at ';' or at a line end that does not follow a continuation comma (the comma
    is dropped). THEN (in an IF or WHEN clause), ELSE and OTHERWISE are clauses of their own, as
    Rexx treats them, and a label's colon ends its clause.
    """
    done: list[list[Token]] = []
    current: list[Token] = []
    rest = significant(tokens)
    for index, token in enumerate(rest):
        after = rest[index + 1] if index + 1 < len(rest) else None
        assigned = after is not None and after.kind == OTHER and after.text == "="
        if token.kind == SEMI or (token.kind == NEWLINE and not (current and current[-1].kind == COMMA)):
            if current:
                done.append(current)
            current = []
        elif token.kind == NEWLINE:
            current.pop()
        elif not assigned and (
            (token.is_word("THEN") and (not current or current[0].is_word("IF", "WHEN")))
            or (token.is_word("ELSE", "OTHERWISE") and not current)
        ):
            if current:
                done.append(current)
            done.append([token])
            current = []
        elif token.kind == OTHER and token.text == ":" and len(current) == 1 and current[0].kind == WORD:
            done.append(current + [token])
            current = []
        else:
            current.append(token)
    return done, current
