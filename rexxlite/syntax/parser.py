"""The parse stage: Rexx source text -> ``rexxlite.syntax.ast.Program``.

``parse_program(source, filename)`` runs the lexer (``rexxlite.syntax.lexer``) and the LALR
parser of ``grammar/rexx.lark`` (package ``rexxlite.grammar``): the tables Lark made for the
grammar (``parse_tables``, cached on disk) run by ``lalr.TableParser``, whose reductions call
the ``Builder`` methods below, which make the ``ast`` nodes directly. Lark is imported
only when the tables are not in the cache.

Every syntax error becomes a ``RexxError`` with Regina's error number (and sub-number where
Regina prints one) and ``.line`` set; no other exception escapes. Errors are found for the
whole program before anything runs, and the first error in the text is the one reported.
"""

from __future__ import annotations


from rexxlite.syntax import ast, parse_tables
from rexxlite.syntax.collector_pause import collector_paused
from rexxlite.errors import RexxError
from rexxlite.syntax.lalr import ParseFailure, TableParser
from rexxlite.syntax.simple_clauses import (build_instruction, forget_shared, literal_node,
                                            symbol_node)
from rexxlite.syntax.simple_lines import build_line, forget_terms
from rexxlite.syntax.source_lines import SourceLines
from rexxlite.syntax.sre_patterns import pattern
from rexxlite.syntax.lexer import EOL_MARK, OP_CHARS, RToken, iter_clauses, make_error, tokenize

__all__ = ["parse_program"]


_PARSER: TableParser | None = None

#: What builds the commonest instructions without the LALR parser (``simple_clauses``); None
#: reads every clause with the parser (the tests compare the two).
FAST_BUILD = build_instruction
#: What builds the commonest whole lines from the text, without their raw tokens
#: (``simple_lines``; only with ``FAST_BUILD``); None reads them token by token.
FAST_LINES = build_line



_err = make_error

_NUMBER_TEXT = pattern(r"(?i)(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:E[-+]?[0-9]+)?\Z")


def _position_literal(tok):
    """A constant symbol used as a PARSE position: digits, as Regina checks it before the
    program runs ('.2E' is Error 38, invalid template; '.5' or '1E0' Error 26.4)."""
    if not _NUMBER_TEXT.match(tok.value):
        raise _err(38, 0, tok.line)
    if not tok.value.isdigit():
        raise _err(26, 4, tok.line, value=tok.value)
    return ast.Literal(tok.value)


def _args(items):
    """Arguments of a call: ``f()`` has none; an omitted argument is None."""
    if len(items) == 1 and items[0] is None:
        return []
    return list(items)


_DO_ORDER = ("TO", "BY", "FOR")


class Builder:
    """The AST of each rule, made by the LALR parser as the rule is reduced: a method per
    rule (or alias) of the grammar, given the rule's children (tokens and values)."""

    # ------------------------------------------------------------ expressions
    def string(self, c):
        return literal_node(c[0].value)

    def var(self, c):
        return symbol_node(c[0].value)

    def const(self, c):
        name = c[0].value
        if name in ast.SPECIAL_VARIABLES:
            return ast.SpecialVar(name)
        return literal_node(name)

    def binop(self, c):
        return ast.BinaryOp(c[1].value, c[0], c[2])

    def unop(self, c):
        return ast.UnaryOp(c[0].value, c[1])

    def func(self, c):
        return ast.FunctionCall(c[0].value, _args(c[1:]))

    def qfunc(self, c):
        return ast.FunctionCall(c[0].value, _args(c[1:]), quoted=True)

    # ------------------------------------------------------------ program
    def start(self, c):
        return c[0]

    def stmt_list(self, c):
        return c

    def label(self, c):
        return ast.Label(c[0].value, line=c[0].line)

    def say(self, c):
        return ast.Say(c[1], line=c[0].line)

    def assign(self, c):
        expr = c[1] if c[1] is not None else ast.Literal("")
        return ast.Assignment(symbol_node(c[0].value), expr, c[1] is None, line=c[0].line)

    def command(self, c):
        return ast.Command(c[1], line=c[0].line)

    def return_(self, c):
        return ast.Return(c[1], line=c[0].line)

    def exit_(self, c):
        return ast.Exit(c[1], line=c[0].line)

    def push(self, c):
        return ast.Push(c[1], line=c[0].line)

    def queue(self, c):
        return ast.Queue(c[1], line=c[0].line)

    def interpret(self, c):
        if c[1] is None:
            raise _err(64, 1, c[0].line, text=f"[Syntax error at line {c[0].line}]")
        return ast.Interpret(c[1], line=c[0].line)

    def options(self, c):
        return ast.Options(c[1] if c[1] is not None else ast.Literal(""), line=c[0].line)

    def require(self, c):
        if c[1] is None:
            raise _err(35, 1, c[0].line, token="")
        return ast.Require(c[1], line=c[0].line)

    def nop(self, c):
        return ast.Nop(line=c[0].line)

    def leave(self, c):
        return ast.Leave(str(c[1]) if c[1] is not None else None, line=c[0].line)

    def iterate(self, c):
        return ast.Iterate(str(c[1]) if c[1] is not None else None, line=c[0].line)

    def indirect(self, c):
        return ast.Indirect(symbol_node(str(c[0])))

    def _names(self, items):
        return [x if isinstance(x, ast.Indirect) else symbol_node(str(x)) for x in items]

    def drop(self, c):
        if len(c) == 1:
            raise _err(64, 1, c[0].line, text=f"[Syntax error at line {c[0].line}]")
        return ast.Drop(self._names(c[1:]), line=c[0].line)

    def upper_(self, c):
        if len(c) == 1:
            raise _err(64, 1, c[0].line, text=f"[Syntax error at line {c[0].line}]")
        return ast.Upper(self._names(c[1:]), line=c[0].line)

    def procedure(self, c):
        items = [x for x in c[1:] if x is not None]
        if items and isinstance(items[0], RToken) and items[0].type == "EXPOSE":
            if len(items) == 1:
                raise _err(20, 1, c[0].line, token="")
            items = items[1:]
        return ast.Procedure(self._names(items), line=c[0].line)

    def call(self, c):
        name = c[1]
        return ast.Call(name.value, _args(c[2:]), quoted=name.type == "STRING",
                        line=c[0].line)

    def _trap(self, c):
        items = [x for x in c if x is not None]
        enable = items[1].type == "ON"
        name = str(items[4]) if len(items) > 4 else None
        return str(items[2]), enable, name

    def call_on(self, c):
        cond, enable, name = self._trap(c)
        return ast.CallOn(cond, enable, name, line=c[0].line)

    def signal_on(self, c):
        cond, enable, name = self._trap(c)
        return ast.SignalOn(cond, enable, name, line=c[0].line)

    def signal(self, c):
        if c[1].type == "VALUE":
            return ast.Signal(value=c[2], line=c[0].line)
        return ast.Signal(label=str(c[1]), line=c[0].line)

    def numeric(self, c):
        items = [x for x in c[2:] if x is not None]
        expr = None
        keyword = False
        if items:
            x = items[0]
            if isinstance(x, RToken):
                keyword = x.type != "VALUE"
                expr = ast.Literal(x.value) if keyword else items[1]
            else:
                expr = x
        return ast.Numeric(c[1].type, expr, keyword, line=c[0].line)

    def trace(self, c):
        items = [x for x in c[1:] if x is not None]
        setting = None
        if items:
            x = items[0]
            if isinstance(x, RToken):
                setting = ast.Literal(x.value) if x.type == "SETTING" else items[1]
            else:
                setting = x
        return ast.Trace(setting, line=c[0].line)

    def address(self, c):
        node = ast.Address(line=c[0].line)
        items = [x for x in c[1:] if x is not None]
        if not items:
            return node
        head = items[0]
        rest = items[1:]
        if head.type == "VALUE":
            node.value = rest.pop(0)
        else:
            node.environment = str(head)
            if rest and not isinstance(rest[0], ast.Redirect):
                node.command = rest.pop(0)
        node.redirects = rest
        return node

    def redirect(self, c):
        items = [x for x in c if x is not None]
        stream = items[0].type
        append = False
        i = 1
        if items[i].type in ("APPEND", "REPLACE"):
            append = items[i].type == "APPEND"
            i += 1
        kind = items[i].type
        name = str(items[i + 1]) if len(items) > i + 1 else None
        symbol = len(items) > i + 1 and items[i + 1].type == "SYMBOL"
        return ast.Redirect(stream, kind, name, append, symbol)

    # ------------------------------------------------------------ IF / DO / SELECT
    def if_(self, c):
        parts = [[]]                  # [labels, instruction, labels, instruction]
        for item in c[2:]:
            if isinstance(item, RToken) and item.type == "LABEL":
                parts[-1].append(ast.Label(item.value, line=item.line))
            else:
                parts += [item, []]
        node = ast.If(c[1], parts[1], parts[3] if len(parts) > 3 else None, line=c[0].line)
        if parts[0]:
            node.then_labels = tuple(parts[0])
        if len(parts) > 3 and parts[2]:
            node.else_labels = tuple(parts[2])
        return node

    def do_ctrl(self, c):
        return ("ctrl", str(c[0]), c[1])

    def do_forever(self, c):
        return ("forever",)

    def do_count(self, c):
        return ("count", c[0])

    def do_opt(self, c):
        return (c[0].value, c[1], c[0])

    def do_head(self, c):
        return c

    def do_(self, c):
        tok, head, body, end, name = c
        node = ast.DoLoop(body, end_line=end.line, line=tok.line)
        first = head[0]
        seen_cond = None
        if first is not None:
            if first[0] == "ctrl":
                node.control = symbol_node(first[1])
                node.start = first[2]
            elif first[0] == "forever":
                node.forever = True
            else:
                node.count = first[1]
        for key, expr, ktok in head[1:]:
            bad = seen_cond is not None
            if key in _DO_ORDER:
                bad = bad or node.control is None or key in node.order
                if not bad:
                    node.order.append(key)
                    setattr(node, "for_" if key == "FOR" else key.lower(), expr)
            else:
                if not bad:
                    seen_cond = key
                    if key == "WHILE":
                        node.while_ = expr
                    else:
                        node.until = expr
            if bad:
                raise _err(27, 1, ktok.line, token=key)
        if name is not None:
            if first is None or first[0] != "ctrl" or first[1] != str(name):
                raise _err(10, 0, end.line)
            node.end_name = str(name)
        return node

    def when_(self, c):
        labels = tuple(ast.Label(item.value, line=item.line) for item in c[2:-1])
        return (c[1], c[-1], labels)

    def otherwise(self, c):
        return c[1]

    def select_(self, c):
        tok = c[0]
        name = c[-1]
        end = c[-2]
        if name is not None:
            raise _err(10, 0, end.line)
        otherwise = c[-3]
        whens = [(cond, instr) for cond, instr, _ in c[1:-3]]
        node = ast.Select(whens, otherwise, end_line=end.line, line=tok.line)
        if any(labels for _, _, labels in c[1:-3]):
            node.when_labels = tuple(labels for _, _, labels in c[1:-3])
        return node

    # ------------------------------------------------------------ PARSE
    def parse_opt(self, c):
        return c[0]

    def parse(self, c):
        node = ast.Parse("", [], line=c[0].line)
        i = 1
        while isinstance(c[i], RToken) and c[i].type in ("UPPER", "LOWER", "CASELESS"):
            setattr(node, c[i].type.lower(), True)
            i += 1
        src = c[i]
        node.source = src.type[1:]
        i += 1
        if node.source == "VAR":
            node.var = symbol_node(str(c[i]))
            i += 1
        elif node.source == "VALUE":
            node.expr = c[i]
            i += 1
        node.templates = c[i]
        return node

    def arg(self, c):
        return ast.Parse("ARG", c[1], upper=True, line=c[0].line)

    def pull(self, c):
        return ast.Parse("PULL", c[1], upper=True, line=c[0].line)

    def template_list(self, c):
        return c

    def template(self, c):
        return ast.Template(c)

    def t_target(self, c):
        return ast.TargetItem(symbol_node(c[0].value))

    def t_const(self, c):
        v = str(c[0])
        if v == ".":
            return ast.TargetItem(None)
        return ast.Position("abs", _position_literal(c[0]))

    def t_literal(self, c):
        return ast.LiteralPattern(str(c[0]))

    def t_variable(self, c):
        return ast.VariablePattern(symbol_node(str(c[0])))

    def _pos(self, kind, c):
        tok = c[1]
        if tok.type == "CONST":
            return ast.Position(kind, _position_literal(tok))
        return ast.Position(kind, symbol_node(str(tok)))

    def t_abs(self, c):
        return self._pos("abs", c)

    def t_plus(self, c):
        return self._pos("+", c)

    def t_minus(self, c):
        return self._pos("-", c)

def _get_parser() -> TableParser:
    global _PARSER
    if _PARSER is None:
        _PARSER = TableParser(parse_tables.load(), Builder())
    return _PARSER


# ----------------------------------------------------------------------------- errors

_OPERATORS = frozenset(["MUL", "POW", "CMP", "AND", "OR", "CAT"])
_TEMPLATE_CTX = frozenset(["PARSE", "ARG", "PULL"])


def _syntax_error(exc: ParseFailure, tokens: list, source: str) -> RexxError:
    """Translate a parse failure into the RexxError Regina would report."""
    text = source if source.endswith("\n") else source + "\n"
    eof_line = text.count("\n") + 1

    def generic(line):
        return _err(64, 1, line, text=f"[Syntax error at line {line}]")

    tok = exc.token
    stack = exc.value_stack
    opened = [v.type for v in stack
              if isinstance(v, RToken) and v.type in ("DO", "SELECT", "_THEN", "_ELSE", "IF",
                                                      "WHEN", "OTHERWISE", "_EOC")]
    innermost = next((t for t in reversed(opened) if t != "_EOC"), None)
    if tok.type == "ERR":
        if getattr(tok.err, "unended", False):
            return _unended_error(tokens, opened, tok.line, eof_line, source) or tok.err
        return tok.err
    # where the token is in the stream, and what is still open on the parser stack
    idx = next((k for k, t in enumerate(tokens)
                if t.start_pos == tok.start_pos and t.type == tok.type), len(tokens))
    prev = tokens[idx - 1] if idx > 0 else None
    expected = exc.expected or set()
    typ = tok.type
    line = tok.line

    if typ == "$END":
        if prev is not None and prev.type in _OPERATORS | {"PLUS", "MINUS"}:
            err = _keyword_expr_unended(tokens, idx, tok, eof_line - 1, source)
            if err is not None:
                return err
        last = opened[-1] if opened else None
        if last == "_THEN":
            return _err(14, 3, eof_line)
        if last == "_ELSE":
            return _err(14, 4, eof_line)
        if innermost in ("DO", "SELECT", "OTHERWISE", "_THEN", "_ELSE", "IF", "WHEN"):
            return _err(14, 0, eof_line - 1)
        return generic(eof_line - 1)
    if typ == "END":
        if "WHEN" in expected and "OTHERWISE" not in expected:
            return _err(7, 0, line)
        if prev is not None and prev.type == "_THEN" and prev.ctx == "WHEN":
            return _err(35, 0, line)
        if prev is not None and prev.type in ("_THEN", "_ELSE") and prev.line != line:
            return _err(10, 1, line + 1)  # Regina reads on to the next line first
        return _err(10, 1, line)
    if typ == "_THEN" and innermost == "WHEN" and "_THEN" not in expected:
        return _err(35, 0, prev.line if prev is not None else line)  # 'when; then': Regina
    if typ == "_ELSE" and "_THEN" in expected:
        if innermost == "WHEN":
            return _err(35, 0, line)
        if prev is not None:                # 'if 0; else': THEN expected (Regina's 18.1)
            return _err(18, 1, line, linenumber=prev.cline, token=_found_text(source, tok))
    if typ == "_THEN" and prev is not None and prev.type == "IF":
        gap = source[prev.start_pos + 2:tok.start_pos]
        if ";" in gap or "\n" in gap:
            return _err(14, 0, line)        # 'if ; then': Regina's Incomplete IF
        return generic(line)                # 'if then'

    if typ == "_THEN":
        if tok.ctx in ("IF", "WHEN"):
            if prev is not None and prev.type in _OPERATORS | {"PLUS", "MINUS", "NOT"}:
                return generic(line)
            return _paren_error(tokens, idx, tok, prev)
        return _err(8, 1, line)
    if typ == "_ELSE":
        return _err(8, 2, line)
    if "WHEN" in expected and typ != "WHEN":
        return _err(7, 0, line)
    if typ in ("WHEN", "OTHERWISE"):
        return _err(9, 0, line)
    if "_THEN" in expected and typ == "_EOC":
        nxt = tokens[idx + 1] if idx + 1 < len(tokens) else None
        found, fline = ("", eof_line) if nxt is None else (_found_text(source, nxt), nxt.line)
        if tok.ctx == "WHEN" and nxt is None:
            return _err(14, 0, eof_line - 1)    # 'when 1' ending the program
        if tok.ctx == "WHEN":
            return _err(35, 0, fline)
        return _err(18, 1, fline, linenumber=tok.cline, token=found)
    if tok.ctx in _TEMPLATE_CTX and (prev is None or prev.type not in ("FUNC", "QFUNC")):
        if _in_template(tokens, idx):
            found = tok.value if typ in ("_EOC", "STRING") else _found_text(source, tok, False)
            return _err(38, 1, line, token=found)
    if typ == "COLON":
        return _err(20, 1, line, token=":")
    if (typ == "_EOC" and prev is not None and prev.type == "IF"
            and idx + 1 >= len(tokens)):
        return _err(14, 0, eof_line)            # a bare 'if' ending the program
    if typ in ("_EOC", "DOKEY", "_WITH") and prev is not None:
        if prev.type in ("DOKEY", "CONTROL"):
            return generic(line)
        if prev.type == "NOT":
            return _err(35, 1, line, token="\\")
        if prev.type in ("PLUS", "MINUS") and _is_prefix(tokens, idx - 1):
            trail = source[prev.start_pos + 1:prev.start_pos + 2]
            if trail in (" ", "\t"):
                return _err(35, 1, line, token=" ")
            # Regina quotes the line end and the next line's indentation
            next_line = source.find("\n", prev.start_pos) + 1
            indent = next_line
            while next_line and indent < len(source) and source[indent] in " \t":
                indent += 1
            return _err(35, 1, line, token=EOL_MARK + source[next_line:indent])
        if prev.type in _OPERATORS | {"PLUS", "MINUS"} and typ == "_EOC":
            err = _keyword_expr_unended(tokens, idx, tok, line, source)
            if err is not None:
                return err
    if typ in ("RPAR", "_RPAR", "_COMMA", "_EOC", "DOKEY", "_WITH"):
        return _paren_error(tokens, idx, tok, prev)
    if typ in _OPERATORS:
        return _err(35, 1, line, token=_found_text(source, tok, False) or tok.value)
    return generic(line)


_CLAUSE_STARTS = frozenset(["_EOC", "_THEN", "_ELSE", "OTHERWISE", "LABEL"])
_PARSE_SOURCES = frozenset(["PARG", "PPULL", "PLINEIN", "PSOURCE", "PVERSION", "PEXTERNAL",
                            "PNUMERIC"])


def _unended_error(tokens, opened, line, eof_line, source):
    """The error of a clause that a continuation comma at the program's end left without its
    end (``nop ,``), as Regina's parser names it: ``signal lab ,`` (LEAVE, ITERATE) is 21.1
    quoting the blanks; else an open DO or SELECT is Error 14 on the line before the end;
    else what the clause's instruction missed (``line``: the line after the comma's); an
    instruction that names nothing there, in a THEN or ELSE, is 14.3 or 14.4; None for the
    rest (Error 64.1, as for ``say 1 ,``)."""
    k = len(tokens)
    while k and tokens[k - 1].type == "ERR":
        k -= 1
    start = k
    while start and tokens[start - 1].type not in _CLAUSE_STARTS:
        start -= 1
    types = [t.type for t in tokens[start:k]]
    if types in (["SIGNAL", "SYMBOL"], ["LEAVE", "SYMBOL"], ["ITERATE", "SYMBOL"]):
        name = tokens[k - 1]            # Regina: the blanks before the comma and one more
        blanks = _found_text(source, name)[len(_found_text(source, name, False)):]
        return _err(21, 1, name.line, token=blanks + " ")
    if "DO" in opened or "SELECT" in opened:
        return _err(14, 0, eof_line - 1)
    err = _instruction_unended(types, line)
    if err is not None:
        return err
    last = opened[-1] if opened else None
    if last == "_THEN":
        return _err(14, 3, eof_line)
    if last == "_ELSE":
        return _err(14, 4, eof_line)
    return None


def _keyword_expr_unended(tokens, idx, tok, line, source):
    """A clause ending after a binary operator (``numeric digits 3 +``): Regina's parser falls
    back to the instruction's own error for the expressions of NUMERIC DIGITS / FUZZ (25.15),
    NUMERIC FORM VALUE (25.11), ADDRESS VALUE (19.1), SIGNAL VALUE (19.4) and CALL (19.2),
    quoting the clause end (a line end or ``;``); None elsewhere (64.1, as for ``say 3 +``)."""
    start = idx
    while start and tokens[start - 1].type not in _CLAUSE_STARTS:
        start -= 1
    types = [t.type for t in tokens[start:idx]]
    if len(types) < 3:
        return None
    kw, second = types[0], types[1]
    found = EOL_MARK
    if tok.type == "_EOC" and tok.value == ";":      # Regina: the ';' and the blanks after it
        end = tok.start_pos + 1
        while end < len(source) and source[end] in " \t":
            end += 1
        found = source[tok.start_pos:end]
    if kw == "NUMERIC" and second in ("DIGITS", "FUZZ"):
        return _err(25, 15, line, keywords="DIGITS FORM FUZZ", token=found)
    if kw == "NUMERIC" and second == "FORM" and types[2] == "VALUE":
        return _err(25, 11, line, keywords="ENGINEERING SCIENTIFIC", token=found)
    if kw == "ADDRESS" and second == "VALUE":
        return _err(19, 1, line, token=found)
    if kw == "SIGNAL" and second == "VALUE":
        return _err(19, 4, line, token=found)
    if kw == "CALL" and second in ("SYMBOL", "STRING", "NAME", "ROUTINE"):
        return _err(19, 2, line, token=found)
    return None


def _instruction_unended(types: list, line: int):
    """``_unended_error`` for the instruction whose token types are ``types``, or None."""
    if not types:
        return None
    kw, n = types[0], len(types)
    second = types[1] if n > 1 else None
    if kw == "NOP":
        return _err(21, 1, line, token="")
    if kw in ("SIGNAL", "CALL") and second in ("ON", "OFF"):
        if "NAME" in types:
            return _err(19, 3, line, token="")
        return _err(21, 1, line, token="")
    if kw == "SIGNAL" and second == "VALUE":
        return _err(19, 4, line, token="")
    if kw in ("DROP", "UPPER") and n > 1:
        return _err(20, 1, line, token="")
    if kw in ("ITERATE", "LEAVE") and n == 1:
        return _err(20, 1, line, token="")
    if kw == "PROCEDURE":
        if n == 1:
            return _err(25, 17, line, token="")
        if second == "EXPOSE" and n > 2:
            return _err(20, 1, line, token="")
        return None
    if kw == "ADDRESS":
        return _err(19, 1, line, token="")
    if (kw in ("ARG", "PULL") and n == 1) or (
            kw == "PARSE" and (types[-1] in _PARSE_SOURCES or types[-1] == "_WITH"
                               or (types[-1] == "SYMBOL" and n > 1 and types[-2] == "PVAR"))):
        return _err(38, 1, line, token="")
    if kw == "NUMERIC":
        if second == "FORM":
            if n == 2 or types[2] == "VALUE":
                return _err(25, 11, line, keywords="ENGINEERING SCIENTIFIC", token="")
            return _err(21, 1, line, token="")
        if second in ("DIGITS", "FUZZ") and n > 2:
            return _err(25, 15, line, keywords="DIGITS FORM FUZZ", token="")
        return None
    if kw == "TRACE" and second == "SETTING":
        return _err(21, 1, line, token="")
    return None


def _paren_error(tokens, idx, tok, prev):
    """Errors at a ')' ',' or clause end: depends on the parentheses open in the clause."""
    depth = []
    k = idx - 1
    while k >= 0 and tokens[k].type != "_EOC" and tokens[k].cline == tok.cline:
        k -= 1
    for t in tokens[k + 1:idx]:
        if t.type in ("_LPAR", "FUNC", "QFUNC"):
            depth.append(t.type)
        elif t.type == "_RPAR" and depth:
            depth.pop()
    line = tok.line
    typ = tok.type
    if typ == "_RPAR":
        if prev is not None and prev.type == "_LPAR":
            return _err(37, 0, line)
        if tok.ctx == "CALL":
            return _err(37, 2, line)
        return _err(64, 1, line, text=f"[Syntax error at line {line}]")
    if typ == "_COMMA":
        if depth and depth[-1] == "_LPAR":
            return _err(37, 1, line)
        return _err(64, 1, line, text=f"[Syntax error at line {line}]")
    if depth:
        if typ == "_THEN":
            if prev is not None and prev.type == "_LPAR":
                return _err(37, 0, line)
            return _err(64, 1, line, text=f"[Syntax error at line {line}]")
        return _err(36, 0, line)
    if typ == "_THEN":
        return _err(8, 1, line)
    if prev is not None and prev.type in _OPERATORS | {"PLUS", "MINUS", "NOT"}:
        return _err(64, 1, line, text=f"[Syntax error at line {line}]")
    return _err(35, 1, line, token="")


def _is_prefix(tokens, k) -> bool:
    """Whether the operator at ``tokens[k]`` is a prefix operator."""
    before = tokens[k - 1] if k > 0 else None
    return before is None or before.type not in ("SYMBOL", "CONST", "STRING", "_RPAR")


def _in_template(tokens, idx) -> bool:
    """Whether the error token is inside a template (after WITH, VAR name, ARG, ...)."""
    k = idx - 1
    while k >= 0:
        t = tokens[k]
        if t.type in ("_WITH", "PARG", "PPULL", "PLINEIN", "PSOURCE", "PVERSION", "PEXTERNAL",
                      "PNUMERIC", "ARG", "PULL", "PVAR"):
            return True
        if t.type in ("_EOC", "PVALUE", "PARSE"):
            return False
        k -= 1
    return False


def _found_text(source: str, tok, blanks: bool = True) -> str:
    """The source text of a token, as Regina quotes it (with the blanks after it)."""
    pos = tok.start_pos
    if pos is None or pos >= len(source):
        return ""
    ch = source[pos]
    j = pos
    if ch.isalnum() or ch in ".!?_@#$":
        while j < len(source) and (source[j].isalnum() or source[j] in ".!?_@#$"):
            j += 1
    elif ch in OP_CHARS:
        while j < len(source) and source[j] in OP_CHARS and not source.startswith("/*", j):
            j += 1                  # (a comment after an operator is not part of it)
    else:
        j += 1
    if blanks:
        while j < len(source) and source[j] in " \t":
            j += 1
    return source[pos:j]


# ----------------------------------------------------------------------------- entry point

def parse_program(source: str, filename: str = "<string>") -> ast.Program:
    """Parse a whole Rexx program (or an INTERPRET string) into an ``ast.Program``.
    Raises ``RexxError`` (with ``.line``) for any syntax error.

    The commonest instructions and expressions come built from the lexer (``FAST_BUILD``);
    a program with any error is read again without them, so that every error is found and
    told exactly as the parser alone finds and tells it."""
    if FAST_BUILD is not None:
        try:
            return _parse(source, FAST_BUILD)
        except RexxError:
            pass
    return _parse(source, None)


def _parse(source: str, build) -> ast.Program:
    parser = _get_parser()
    try:
        with collector_paused():
            body = parser.parse_groups(
                iter_clauses(source, build, FAST_LINES if build is not None else None))
    except RexxError:
        raise
    except ParseFailure as exc:
        if build is not None:
            raise _err(64, 1, 1, text="[Syntax error]") from None    # read again, to tell it
        try:
            # the parser took the tokens as a stream; the explanation needs them all
            err = _syntax_error(exc, tokenize(source), source)
        except Exception:  # pragma: no cover - the translation must never fail
            err = _err(64, 1, 1, text="[Syntax error while parsing]")
        raise err from None
    except RecursionError:
        raise _err(11, 0, 1) from None
    except Exception as exc:  # never let a Python error escape as anything but a RexxError
        err = _err(64, 1, 1, text=f"[Syntax error: {exc.__class__.__name__}]")
        raise err from None
    finally:
        forget_shared()
        forget_terms()
    return ast.Program(body, SourceLines(source))
