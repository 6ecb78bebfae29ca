"""PARSE VAR / VALUE / ARG -> Python source: the template matched inline in the clause function.

The string is got (and made upper or lower case) inline, then each template is matched as
``parse_template`` matches it: ``str.find`` for string patterns (literal or ``(variable)``;
with CASELESS on Rexx's upper case of both), positions clamped to the string, each piece
given to its targets. A piece for several targets is split at blanks with
``lstrip(' ')`` / ``partition(' ')``: each target but the last one word, the last the rest
after the one blank that ended the previous word. Tab, newline, VT, FF and CR separate words
too (Regina's isspace()): when a piece is split, a string that is not all printable
(``str.isprintable``, false for every control character) takes the template's closure
instead, given the same string. In a frame whose variables may be references (``has_refs``:
after PROCEDURE EXPOSE) a simple target is set through ``set_simple``. Positions written as plain
whole numbers are ints in the text; a position from a variable goes through
``parse_template.whole_position`` (Error 26.4 as the closure). Other sources (PULL, LINEIN,
SOURCE...) stay the closure.
"""

from __future__ import annotations

from rexxlite.syntax import ast
from rexxlite.runtime.variables import set_simple
from rexxlite.charset import rexx_lower, rexx_upper
from rexxlite.compiler.parse_template import compile_template, whole_position
from rexxlite.numbers.numvalue import tostr

_BIG = 2147483648


def emit_parse(cs, node, info) -> bool:
    """Emit PARSE ``node`` through ClauseSource ``cs``; False (nothing emitted) when it stays
    the closure."""
    source = node.source.upper()
    compiler = cs.compiler
    if source not in ("VAR", "VALUE", "ARG") or compiler.tracing:
        return False
    plans = [_plan(t) for t in node.templates]
    if any(plan is None for plan in plans):
        return False
    out = cs.out
    out.line(f"f.cl = {cs.k(info)}")
    shape = rexx_upper if node.upper else rexx_lower if node.lower else None
    if source == "ARG":
        args = out.temp("args")
        out.line(f"{args} = f.args")
        for i, (template, plan) in enumerate(zip(node.templates, plans)):
            if not _targets_of(plan) and all(p is None or p.__class__ is ast.LiteralPattern
                                             or p.__class__ is ast.Position
                                             and p.value.__class__ is ast.Literal
                                             for _, p in plan):
                continue                # nothing assigned, nothing read (``parse arg .``)
            s = out.temp("s")
            out.line(f"{s} = {args}[{i}] if {i} < len({args}) else None")
            whole = (len(plan) == 1 and len(plan[0][0]) == 1 and plan[0][1] is None
                     and shape is not rexx_lower)    # a number's text has no lowercase
            if whole:                   # one variable takes the argument as computed
                out.line(f"if {s} is None: {s} = ''")
                if shape is not None:
                    out.line(f"elif {s}.__class__ is str: {s} = {cs.k(shape)}({s})")
            elif shape is None:
                out.line(f"{s} = '' if {s} is None else {s} if {s}.__class__ is str"
                         f" else str({s})")
            else:
                out.line(f"{s} = '' if {s} is None else {cs.k(shape)}({cs.k(tostr)}({s}))")
            _Template(cs, template, plan, node.caseless).emit(s, whole)
        return True
    if source == "VAR":
        s = cs.x.text(node.var)
    else:
        s = "''" if node.expr is None else cs.x.text(node.expr)
    if shape is not None:
        shaped = out.temp("s")
        out.line(f"{shaped} = {cs.k(shape)}({s})")
        s = shaped
    elif not s.isidentifier():
        held = out.temp("s")          # a literal: one local for the finds and slices
        out.line(f"{held} = {s}")
        s = held
    if node.templates:
        _Template(cs, node.templates[0], plans[0], node.caseless).emit(s)
    for template in node.templates[1:]:
        closure = compile_template(template, compiler, node.caseless)
        out.line(f"{cs.k(closure)}(f, '')")         # the templates after the first get ''
    return True


def _plan(template):
    """``template`` as groups ``[(targets, pattern)]`` (the last pattern None), or None when
    some item is not made inline (a position that is not a plain whole number)."""
    groups, targets = [], []
    for item in template.items:
        cls = item.__class__
        if cls is ast.TargetItem:
            targets.append(item.target)
            continue
        if cls is ast.Position and item.value.__class__ is ast.Literal:
            text = item.value.value
            if not (text.isdigit() and text.isascii() and int(text) < _BIG):
                return None
        elif cls not in (ast.LiteralPattern, ast.VariablePattern, ast.Position):
            return None
        groups.append((targets, item))
        targets = []
    groups.append((targets, None))
    return groups


def _targets_of(plan):
    return [t for targets, _ in plan for t in targets if t is not None]


class _Template:
    """The code matching one template against the string in local ``s``.

    A template of literal patterns only (no ``(variable)``) depends on nothing but the string:
    its values are computed into locals, kept with the string in a per-site cache and then
    assigned, so parsing an unchanged variable again (by identity) is one check. Without
    positions or CASELESS the pieces are cut by ``str.partition`` on the rest of the string,
    else by ``str.find`` from a start offset."""

    def __init__(self, cs, template, plan, caseless: bool):
        self.cs = cs
        self.out = cs.out
        self.template = template
        self.plan = plan
        self.caseless = caseless
        patterns = [p for _, p in plan if p is not None]
        self.static = all(p.__class__ is not ast.VariablePattern
                          and (p.__class__ is not ast.Position
                               or p.value.__class__ is ast.Literal) for p in patterns)
        self.partition = not caseless and all(p.__class__ is not ast.Position
                                              for p in patterns)
        self.pending: list = []         # (target, local) to assign, in order (static)

    def emit(self, s: str, value: bool = False) -> None:
        """``value``: ``s`` may hold an int or ``Num`` (one variable takes it whole)."""
        cs, out, plan = self.cs, self.out, self.plan
        closure = cs.k(compile_template(self.template, cs.compiler, self.caseless))
        split = any(len(targets) > 1 for targets, _ in plan)
        odd = f"not {s}.isprintable()" if split else "False"    # (False: compiled away)
        text = f"{cs.k(tostr)}({s})" if value else s
        out.line(f"if {odd}: {closure}(f, {text})")
        out.line("else:")
        out.indent()
        out.line("pass")
        if len(plan) == 1 and len(plan[0][0]) == 1:
            self.static = False
            self.assign(plan[0][0], s)
            out.dedent()
            return
        cache = None
        if self.static:
            cache = cs.k([None, None])         # the last string, its values
            head = len(out.lines)
            out.line(f"if {s} is {cache}[0]: VALUES = {cache}[1]")
            out.line("else:")
            out.indent()
            out.line("pass")
        self.match(s)
        if cache is not None:
            names = [local for _, local in self.pending]
            if not names:
                del out.lines[head:]            # nothing assigned (``parse var x . ','``)
                out.dedent()
                out.dedent()
                return
            values = ", ".join(names) + ("," if len(names) == 1 else "")
            out.line(f"{cache}[0] = {s}")
            out.line(f"{cache}[1] = ({values})")
            out.dedent()
            out.lines[head] = out.lines[head].replace("VALUES", values)
            pending, self.pending, self.static = self.pending, [], False
            for target, local in pending:
                self.assign_one(target, local)
        out.dedent()

    def match(self, s: str) -> None:
        out, plan = self.out, self.plan
        self.s = s
        self.hay = s
        if self.partition:
            self.rest = out.temp("rest")
            out.line(f"{self.rest} = {s}")
        else:
            self.size = out.temp("L")
            self.start = out.temp("st")
            self.anchor = out.temp("an")
            out.line(f"{self.size} = len({s})")
            out.line(f"{self.start} = {self.anchor} = 0")
        # the match start (base of relative positions) is kept only when one follows
        relative = [any(p.__class__ is ast.Position and p.kind != "abs"
                        for _, p in plan[i + 1:] if p is not None)
                    for i in range(len(plan))]
        if self.caseless:
            self.hay = out.temp("folded")
            out.line(f"{self.hay} = {self.cs.k(rexx_upper)}({s})")
        for index, (targets, pattern) in enumerate(plan):
            wanted = any(t is not None for t in targets)
            if pattern is None:
                if wanted:
                    self.assign(targets, self.rest if self.partition else
                                f"{s}[{self.start}:]")
                break
            piece = out.temp("p") if wanted else None
            if pattern.__class__ is ast.Position:
                self.position(pattern, piece)
            elif self.partition:
                self.partitioned(pattern, piece)
            else:
                self.string_pattern(pattern, piece, relative[index])
            if wanted:
                self.assign(targets, piece)

    # -- patterns ----------------------------------------------------------------------------
    def string_pattern(self, pattern, piece, keep_anchor: bool) -> None:
        out, s, st, an = self.out, self.s, self.start, self.anchor
        if pattern.__class__ is ast.LiteralPattern:
            value = pattern.value
            if self.caseless:
                value = rexx_upper(value)
            needle, size = repr(value), str(len(value))
            if not value:
                self.not_found(piece, keep_anchor, "")
                return
            k = out.temp("k")
            out.line(f"{k} = {self.hay}.find({needle}, {st})")
        else:
            needle = self.cs.x.text(pattern.expr)
            if self.caseless:
                folded = out.temp("pv")
                out.line(f"{folded} = {self.cs.k(rexx_upper)}({needle})")
                needle = folded
            size = f"len({needle})"
            k = out.temp("k")
            out.line(f"{k} = {self.hay}.find({needle}, {st}) if {needle} else -1")
        out.line(f"if {k} < 0:")
        self.not_found(piece, keep_anchor, " ")
        out.line("else:")
        if piece:
            out.line(f" {piece} = {s}[{st}:{k}]")
        if keep_anchor:
            out.line(f" {an} = {k}")
        out.line(f" {st} = {k} + {size}")

    def partitioned(self, pattern, piece) -> None:
        """A string pattern cutting the rest of the string: the piece before its match, the
        rest after it (not found: the whole rest, and nothing after)."""
        out, rest = self.out, self.rest
        piece = piece or "_"
        if pattern.__class__ is ast.LiteralPattern:
            if pattern.value:
                out.line(f"{piece}, _, {rest} = {rest}.partition({pattern.value!r})")
            else:
                out.line(f"{piece}, {rest} = {rest}, ''")
            return
        needle = self.cs.x.text(pattern.expr)
        out.line(f"if {needle}: {piece}, _, {rest} = {rest}.partition({needle})")
        out.line(f"else: {piece}, {rest} = {rest}, ''")

    def not_found(self, piece, keep_anchor: bool, indent: str) -> None:
        """The rest of the string is the piece; matching goes on at the end."""
        out, s, st = self.out, self.s, self.start
        if piece:
            out.line(f"{indent}{piece} = {s}[{st}:]")
        out.line(f"{indent}{st} = {self.size}")
        if keep_anchor:
            out.line(f"{indent}{self.anchor} = {self.size}")

    def position(self, pattern, piece) -> None:
        out, s, st, an, size = self.out, self.s, self.start, self.anchor, self.size
        value = pattern.value
        if value.__class__ is ast.Literal:
            n = value.value.lstrip("0") or "0"
        else:
            n = out.temp("n")
            out.line(f"{n} = {self.cs.k(whole_position)}(f, {self.cs.x.value(value)})")
        t = out.temp("t")
        if pattern.kind == "abs":
            out.line(f"{t} = {n} - 1")
            base = st
        else:
            out.line(f"{t} = {an} {pattern.kind} {n}")
            base = an
        out.line(f"if {t} < 0: {t} = 0")
        out.line(f"elif {t} > {size}: {t} = {size}")
        if piece and pattern.kind == "-":
            out.line(f"{piece} = {s}[{base}:]")      # always the rest (see parse_template)
        elif piece:
            out.line(f"{piece} = {s}[{base}:{t}] if {t} > {base} else {s}[{base}:]")
        out.line(f"{st} = {an} = {t}")

    # -- targets -----------------------------------------------------------------------------
    def assign(self, targets, piece: str) -> None:
        """Give ``piece`` to ``targets`` (None for ``.``): one target takes it whole; several
        take a word each, the last the rest."""
        if len(targets) == 1:
            self.assign_one(targets[0], piece)
            return
        out = self.out
        rest = out.temp("rest")
        out.line(f"{rest} = {piece}")
        last = len(targets) - 1
        for i, target in enumerate(targets):
            if not any(t is not None for t in targets[i:]):
                return                  # only dots from here: nothing more to split
            if i == last:
                self.assign_one(target, rest)
                return
            word = out.temp("w")
            out.line(f"{word}, _, {rest} = {rest}.lstrip(' ').partition(' ')")
            self.assign_one(target, word)

    def assign_one(self, target, value: str) -> None:
        if target is None:
            return
        out = self.out
        if self.static:
            if not value.isidentifier():
                held = out.temp("v")
                out.line(f"{held} = {value}")
                value = held
            self.pending.append((target, value))
            return
        if target.__class__ is ast.Var and not target.name.endswith("."):
            name = target.name          # (an EXPOSEd variable is a reference: set through it)
            out.line(f"if f.has_refs: {self.cs.k(set_simple)}(d, {name!r}, {value})")
            out.line(f"else: d[{name!r}] = {value}")
        else:
            setter = self.cs.compiler.compile_parse_target(target)
            out.line(f"{self.cs.k(setter)}(f, {value})")
