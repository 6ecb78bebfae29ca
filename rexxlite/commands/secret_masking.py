"""Masking of secrets (passwords, API token secrets) in what rexxlite shows the user: trace
lines, the clause lines of an error traceback, ``CONDITION('D')`` and the REPL history file.

A plugin marks a parameter secret with ``Param(..., secret=True)``; the keys of every plugin
the program can reach are secret keys (``secret_keys``). ``SecretMasker`` applies the rule:

- **Command text** (a command, a traced value, a message) is split into words exactly as the
  plugin API's ``parse_command`` splits a command (``plugin_api.word_spans``: blanks separate,
  ' and " group, a doubled quote stands for one). A word ``key=value`` whose key is secret
  shows as ``key=***``, however its value is quoted (``password=""my pass""`` in a Rexx
  string, ``password=ab'cd'X``); a quoted word holding blanks and ``=`` (a command quoted
  inside the text, as in a traced INTERPRET string) is masked inside its quotes. Text the
  parser would refuse (an unmatched quote) is masked a second time with blanks as the only
  separators, so an apostrophe elsewhere cannot hide a secret word.
- **Remembered values**: the value of each secret parameter of a command sent to a plugin
  (``remember``) is a secret value for the rest of the run. A word of command text that is
  such a value, or ``key=value`` with such a value, is masked; so is a traced value that is
  one as a whole (``>V>   "***"`` for a variable holding it, whatever its name). Values are
  only ever masked whole: a secret ``0`` masks the word ``0`` and the value ``0``, never the
  ``0`` in ``100``.
- **Clause source** (``*-*`` and ``+++`` lines): each string literal is masked as command
  text (decoded, masked, quoted again); literals that continue a secret word after a
  ``"password="`` literal are masked too; a symbol or number that is a remembered value is
  masked.

A value can only be known secret once a command has used it: a variable traced before its
first use in a command is shown as it is. For a command clause the trace lines are held until
the command text is known (``trace.run_clause``), so its own ``>V>`` lines are masked.
"""

from __future__ import annotations

from rexxlite.commands.plugin_api import CommandSyntaxError, word_spans

# (``re`` is imported where a text can hold a secret: a program whose commands hold none,
# and every host command's, never needs it.)

MASK = "***"
_SYMBOL = r"[A-Za-z0-9_.!?@#$]+"            # a run of symbol characters
_SYMBOL_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                          "0123456789_.!?@#$")
_ABUTTAL = r"\s*\|\|\s*"


def secret_keys(environments: Iterable[object]) -> frozenset[str]:
    """The lower-case names of the secret parameters the given environments (or their
    factories, when a class declares ``commands``) declare."""
    keys = set()
    for environment in environments:
        for spec in getattr(environment, "commands", None) or ():
            for param in getattr(spec, "params", ()):
                if getattr(param, "secret", False):
                    keys.add(param.name.lower())
    return frozenset(keys)


class SecretMasker:
    """The secret keys and values of a run, and the masking of text with them."""

    def __init__(self, keys: frozenset[str] = frozenset(), values: set[str] | None = None):
        self.keys = keys                         # secret parameter names, lower case
        self.values = set() if values is None else values    # secret values used in commands
        self._clauses: dict[str, str] = {}       # source -> masked, for _state
        self._state: tuple = ()

    # -- learning -------------------------------------------------------------------------
    def remember(self, command: str, keys: frozenset[str]) -> None:
        """Remember the values that ``command`` gives the parameters ``keys``."""
        for _start, _end, word, _quoted in word_spans(command, strict=False):
            key, sep, value = word.partition("=")
            if sep and value and key.lower() in keys:
                self.values.add(value)

    # -- masking --------------------------------------------------------------------------
    def text(self, text: str) -> str:
        """Command text (or any message) with secret words masked (see the module doc)."""
        if not self._may_hold_secret(text):
            return text
        masked = self._mask_words(text, _parsed_words(text))
        if "'" in text or '"' in text:
            try:
                list(word_spans(text, strict=True))
            except CommandSyntaxError:       # a plugin would refuse it: mask blank words too
                masked = self._mask_words(masked, _blank_words(masked))
        for value in self.values:
            if " " in value or "\t" in value:      # a phrase: masked where it stands whole
                import re
                masked = re.sub(rf"(?<!\S){re.escape(value)}(?!\S)", MASK, masked)
        return masked

    def value(self, value: str) -> str:
        """A traced value: ``***`` when it is a remembered secret, else masked as text."""
        return MASK if value in self.values else self.text(value)

    def clause(self, source: str) -> str:
        """The source text of a clause with the secrets in its literals and symbols masked."""
        state = (len(self.keys), len(self.values))
        if state != self._state:
            self._state, self._clauses = state, {}
        masked = self._clauses.get(source)
        if masked is None:
            if len(self._clauses) > 4096:
                self._clauses.clear()
            masked = self._clauses[source] = self._clause(source)
        return masked

    def _clause(self, source: str) -> str:
        if not self._may_hold_secret(source):
            return source
        import re
        out: list[str] = []
        open_secret = False          # the previous literal ended inside a secret word
        for piece in _rexx_pieces(source):
            if piece.quote is None:
                if re.search(r"\s", re.sub(_ABUTTAL, "", piece.text)):
                    open_secret = False      # a blank between terms ends the word
                out.append(re.sub(
                    _SYMBOL, lambda m: MASK if m.group() in self.values else m.group(),
                    piece.text) if self.values else piece.text)
                continue
            content = piece.content
            head = ""
            if open_secret:          # this literal goes on with the secret word
                cut = re.search(r"[ \t]", content)
                head, content = MASK, ("" if cut is None else content[cut.start():])
                open_secret = cut is None
            masked = head + self.text(content)
            open_secret = open_secret or self._ends_in_secret_word(content)
            out.append(piece.text if masked == piece.content else piece.quoted(masked))
        return "".join(out)

    # -- helpers --------------------------------------------------------------------------
    def _may_hold_secret(self, text: str) -> bool:
        """False when no secret word can be in ``text`` (a quick test before parsing)."""
        if self.keys and "=" in text:
            low = text.lower()
            if "'" in low or '"' in low:             # a key may be written pass"word"=
                low = low.replace("'", "").replace('"', "")
            if any(key in low for key in self.keys):
                return True
        return any(value in text for value in self.values)

    def _word(self, word: str) -> str | None:
        """What a word shows instead (None: itself)."""
        if word in self.values or word.strip("()[]{},;:") in self.values:
            return MASK
        key, sep, value = word.partition("=")
        if sep and key and (key.lower() in self.keys or value in self.values):
            return f"{key}={MASK}"
        return None

    def _mask_words(self, text: str, spans) -> str:
        pieces, last = [], 0
        for start, end, word in spans:
            shown = self._word(word)
            quote = text[start]
            if shown == MASK and end - start > 1 and quote in "'\"" and text[end - 1] == quote:
                shown = quote + MASK + quote                     # "***" for a quoted value
            elif shown is None and "=" in word and (" " in word or "\t" in word):
                raw = text[start:end]           # a quoted command inside ('"login pin=1"')
                inner = "".join(piece.text if piece.quote is None else
                                piece.quoted(self.text(piece.content))
                                for piece in _rexx_pieces(raw))
                if inner != raw:
                    shown = inner
            if shown is not None:
                pieces += [text[last:start], shown]
                last = end
        return "".join(pieces) + text[last:] if pieces else text

    def _ends_in_secret_word(self, content: str) -> bool:
        """Whether the last word of a literal's content is an unfinished secret ``key=``."""
        if not content or content[-1] in " \t":
            return False
        words = list(word_spans(content, strict=False))
        if not words:
            return False
        key, sep, _value = words[-1][2].partition("=")
        return bool(sep) and key.lower() in self.keys


def _parsed_words(text: str):
    """The words ``parse_command`` sees, as (start, end, word)."""
    return [(start, end, word) for start, end, word, _q in word_spans(text, strict=False)]


def _blank_words(text: str):
    """Words separated by blanks only; a quoted value after ``=`` runs to its closing quote
    (or the end), so ``key="a b"`` is one word even where other quotes do not match."""
    words = []
    i, n = 0, len(text)
    while i < n:
        if text[i] in " \t":
            i += 1
            continue
        start = i
        while i < n and text[i] not in " \t":
            if text[i] in "'\"" and i > start and text[i - 1] == "=":
                close = text.find(text[i], i + 1)
                i = n if close < 0 else close + 1
            else:
                i += 1
        raw = text[start:i]
        key, sep, value = raw.partition("=")
        if sep and value[:1] in ("'", '"') and value.endswith(value[0]) and len(value) > 1:
            raw = f"{key}={value[1:-1]}"
        words.append((start, i, raw))
    return words


class _Piece:
    """A piece of Rexx source: a string literal (``quote`` set) or other text."""

    __slots__ = ("text", "quote", "suffix")

    def __init__(self, text: str, quote: str | None = None, suffix: str = ""):
        self.text = text            # as written
        self.quote = quote
        self.suffix = suffix        # x or b of a hex / binary literal

    @property
    def content(self) -> str:
        body = self.text[1:len(self.text) - 1 - len(self.suffix)]
        return body.replace(self.quote * 2, self.quote)

    def quoted(self, content: str) -> str:
        q = self.quote
        return q + content.replace(q, q * 2) + q + self.suffix


def _rexx_pieces(source: str) -> list[_Piece]:
    """Rexx source cut into string literals and the text between them (comments and an
    unterminated literal count as text)."""
    pieces: list[_Piece] = []
    i, n, code_start = 0, len(source), 0
    while i < n:
        ch = source[i]
        if ch == "/" and source.startswith("/*", i):
            depth, i = 1, i + 2
            while i < n and depth:
                if source.startswith("/*", i):
                    depth, i = depth + 1, i + 2
                elif source.startswith("*/", i):
                    depth, i = depth - 1, i + 2
                else:
                    i += 1
            continue
        if ch not in "'\"":
            i += 1
            continue
        j = i + 1
        while j < n and not (source[j] == ch and source[j + 1:j + 2] != ch):
            j += 2 if source[j] == ch else 1
        if j >= n:                           # unterminated: the rest is text
            break
        end = j + 1
        suffix = ""
        if end < n and source[end] in "xXbB" and source[end + 1:end + 2] not in _SYMBOL_CHARS:
            suffix, end = source[end], end + 1
        if code_start < i:
            pieces.append(_Piece(source[code_start:i]))
        pieces.append(_Piece(source[i:end], ch, suffix))
        i = code_start = end
    if code_start < n:
        pieces.append(_Piece(source[code_start:]))
    return pieces
