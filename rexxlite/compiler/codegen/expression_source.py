"""Expressions -> Python source: statements that compute a value into a local, in Rexx's order.

``value(node)`` emits the statements and returns the Python expression (a local, or a literal)
holding the value (``str``, ``int`` or ``Num``, as in the closures); ``text(node)`` the same as
a ``str``; ``condition(node)`` a Python bool (Error 34 for a value that is not 0 or 1).
Inline: literals, simple variables, ``stem.i``, ``+ - * % //`` on whole numbers within DIGITS,
``x ** 2`` / ``3`` / ``4`` as the product when it is within DIGITS (``/`` and any other ``**``
straight to ``arith_op``),
the comparisons, concatenation, the logical operators, prefix ``-`` ``+`` ``\\``, calls of
LENGTH WORD SUBSTR POS (``builtin_source``). Anything else (another function call, a special
variable, a compound of several tails, a long chain) is the closure ``compile_expr`` makes,
called from the generated code.
"""

from __future__ import annotations

from rexxlite.syntax import ast
from rexxlite.compiler import expressions as closures
from rexxlite.compiler.codegen import run_support
from rexxlite.compiler.digit_strings import DIGIT_INTS, to_int
from rexxlite.errors import RexxError
from rexxlite.numbers.numvalue import Num
from rexxlite.numbers.products import product_beyond_digits
from rexxlite.runtime.variables import Stem, tail_key

_PY_COMPARE = {"=": "==", "\\=": "!=", "<": "<", ">": ">", "<=": "<=", ">=": ">="}
_PY_STRICT = {"==": "==", "\\==": "!=", ">>": ">", "<<": "<", ">>=": ">=", "<<=": "<="}


class ExpressionSource:
    def __init__(self, out, compiler):
        self.out = out                  # the SourceBuilder
        self.compiler = compiler        # the closure compiler (for fallback closures)
        self.known: dict[str, str] = {}     # variable -> the local holding it (an int in DIGITS)
        self.stems: dict[str, tuple] = {}   # stem -> locals (stem, its tails or None, default)
        self.bounded: set[str] = set()      # locals that are ints within DIGITS
        # locals holding the result of arithmetic or of LENGTH / WORDS / POS: an int, or a
        # Num or a text the general path takes, never a digit string worth making an int
        self.numbers: set[str] = set()

    # -- what a sealed loop (``range_loop``) lets the code take as known -----------------------
    def known_int(self, name: str, local: str) -> "_KnownInt":
        """``with``: inside, variable ``name`` is read from ``local``, an int within DIGITS
        (the loop's body provably leaves the variable alone). The pool's copy is not kept up
        to date each pass: code that may read the pool (a fallback closure, a nested loop's
        closures) is preceded by ``sync`` / called through ``synced``."""
        return _KnownInt(self, name, local)

    def hoisted_stems(self, names) -> "_HoistedStems":
        """``with``: inside, each stem of ``names`` is read from locals fetched here once (the
        code between provably never replaces it); a stem already fetched by an outer loop
        stays."""
        return _HoistedStems(self, names)

    def sync(self) -> None:
        """Statements storing every known variable's local in the pool (before code that may
        read the pool)."""
        for name, local in self.known.items():
            self.out.line(f"d[{name!r}] = {local}")

    def synced(self, function: str) -> str:
        """``function`` (the text of a callable that may read the pool) as an expression that
        first stores the known variables' locals in the pool: usable where a call is one
        expression (``if ...: t = K9(f)``)."""
        if not self.known:
            return function
        stores = " or ".join(f"d.__setitem__({name!r}, {local})"
                             for name, local in self.known.items())
        return f"({stores} or {function})"

    def _fetch_stem(self, name: str) -> None:
        """(Re)fetch hoisted stem ``name``: its tails when it is a plain Stem, else None."""
        st, tl, sd = self.stems[name]
        self.out.line(f"{st} = d.get({name!r})")
        self.out.line(f"if {st}.__class__ is {self.k(Stem)} and not {st}.has_refs:"
                      f" {tl}, {sd} = {st}.tails, {st}.default")
        self.out.line(f"else: {tl} = {sd} = None")

    def stores_inline(self, node) -> bool:
        """Whether ``element_store`` of one-tail compound ``node`` has a path that cannot
        raise (the tail a known variable, the stem hoisted)."""
        return node.tails[0].name in self.known and node.stem in self.stems

    def quiet(self, node) -> bool:
        """Whether ``value(node)`` emits no statement (a literal or a known variable)."""
        return node.__class__ is ast.Literal or (node.__class__ is ast.Var
                                                 and node.name in self.known)

    def element_store(self, node, value: str, store: str, cl: str | None = None) -> None:
        """``stem.tail = value`` for a one-tail compound (``store(f, value)`` the general
        assignment, for anything but a plain tail in a plain Stem). ``cl``: the clause's
        info, set only on the general path (the inline one cannot raise; ``stores_inline``)."""
        out = self.out
        name = node.tails[0].name
        hoisted = self.stems.get(node.stem)
        tail = out.temp("tail")
        local = self.known.get(name)
        if local is not None and hoisted is not None:
            tl = hoisted[1]
            out.line(f"if {tl} is not None: {tl}[{local}] = {value}")     # (an int: its key)
            out.line("else:")
            out.indent()
            if cl is not None:
                out.line(f"f.cl = {cl}")
            self.sync()
            out.line(f"{store}(f, {value})")
            self._fetch_stem(node.stem)
            out.dedent()
            return
        if name in self.known:
            self.sync()             # the tail (and the general store) read from the pool
        st = out.temp("st")
        out.line(f"{tail} = d.get({name!r}, {name!r})")      # (unset: its name, no NOVALUE)
        out.line(f"if {tail}.__class__ is str and {tail} < ':':"
                 f" {tail} = {self.k(tail_key)}({tail})")
        out.line(f"{st} = d.get({node.stem!r})")
        out.line(f"if ({tail}.__class__ is str or {tail}.__class__ is int)"
                 f" and {st}.__class__ is {self.k(Stem)}"
                 f" and not {st}.has_refs: {st}.tails[{tail}] = {value}")
        out.line(f"else: {store}(f, {value})")
        if hoisted is not None:
            out.line(f"if {hoisted[1]} is None:")
            out.indent()
            self._fetch_stem(node.stem)
            out.dedent()

    # -- constants the generated code uses --------------------------------------------------
    def k(self, value) -> str:
        return self.out.constant(value)

    def closure(self, node) -> str:
        """The callable ``compile_expr``'s closure for ``node`` (the fallback), through
        ``synced`` (it may read a known variable from the pool)."""
        return self.synced(self.k(closures.compile_expr(node, self.compiler)))

    # -- values ------------------------------------------------------------------------------
    def value(self, node) -> str:
        kind = node.__class__
        out = self.out
        if kind is ast.Literal:
            v = node.value
            if v.isdigit() and v.isascii() and str(int(v)) == v:
                return repr(int(v))
            return repr(v)
        if kind is ast.Var and not node.name.endswith("."):
            return self.variable(node.name)
        if kind is ast.Compound and _simple_tails(node) == 1:
            return self._element(node)
        if kind is ast.Compound and _simple_tails(node) == 2:
            return self._element2(node)
        if kind is ast.BinaryOp and not closures.spine_longer_than(node):
            op = node.op
            if op in closures.CONCAT_OPS:
                return self._concat(node)
            if op in closures.ARITH_OPS:
                return self._arith(node)
            if op in _PY_COMPARE or op in _PY_STRICT or op in ("&", "|", "&&"):
                t = out.temp()
                cond = self.condition(node)
                out.line(f"{t} = '1' if {cond} else '0'")
                return t
        if kind is ast.UnaryOp:
            return self._unary(node)
        if kind is ast.FunctionCall:
            prog = self.compiler.prog
            if not node.quoted and not prog.rebinding and node.name in prog.labels:
                return self._internal_call(node, prog)
            from rexxlite.compiler.codegen.builtin_source import inline_builtin  # (and the
            inline = inline_builtin(self, node)     # built-ins: imported by a program calling one)
            if inline is not None:
                return inline
        t = out.temp()
        out.line(f"{t} = {self.closure(node)}(f)")
        return t

    def number_value(self, node) -> str:
        """``value`` of an operand of arithmetic or prefix ``-`` ``+``: an unset compound is
        Error 41 there, NOVALUE trapped or not (``closures.unset_number_operand``)."""
        if node.__class__ is not ast.Compound:
            return self.value(node)
        fallback = self.synced(self.k(closures.compile_compound(node, self.compiler,
                                                               operand=True)))
        count = _simple_tails(node)
        if count == 1:
            return self._element(node, fallback)
        if count == 2:
            return self._element2(node, fallback)
        t = self.out.temp()
        self.out.line(f"{t} = {fallback}(f)")
        return t

    def text(self, node) -> str:
        if node.__class__ is ast.Literal:
            return repr(node.value)
        v = self.value(node)
        if v[:1] in ("'", '"'):
            return v
        t = self.out.temp()
        self.out.line(f"{t} = {v} if {v}.__class__ is str else str({v})")
        return t

    def variable(self, name: str, before_read: str = "") -> str:
        """A simple variable's value; ``before_read``: a statement run first when the
        variable is not a plain value (unset or exposed), before ``read_var``."""
        local = self.known.get(name)
        if local is not None:
            return local
        t = self.out.temp()
        out = self.out
        out.line(f"{t} = d.get({name!r})")
        out.line(f"if {t}.__class__ is not int and {t}.__class__ is not str"
                 f" and {t}.__class__ is not {self.k(Num)}:")
        if before_read:
            out.line(f" {before_read}")
        out.line(f" {t} = {self.k(closures.read_var)}(f, {name!r})")
        return t

    def routine_args(self, args) -> list[str]:
        """The arguments of a call of an internal routine: values as computed (an int or
        ``Num`` stays one; the routine's ARG(), PARSE ARG and ARG make its text), strings while
        tracing (``Compiler._routine_args``)."""
        arg = self.text if self.compiler.tracing else self.value
        return ["None" if a is None else arg(a) for a in args]

    def _internal_call(self, node, prog) -> str:
        """A function call of an internal routine: the arguments (``routine_args``), then the
        call (Error 44.1 when the routine returns no value)."""
        out = self.out
        args = self.routine_args(node.args)
        t = out.temp()
        out.line(f"{t} = {self.k(self.compiler.interp)}.call_routine(f, {self.k(prog)},"
                 f" {prog.labels[node.name]}, {node.name!r}, [{', '.join(args)}], 'FUNCTION')")
        out.line(f"if {t} is None: raise {self.k(RexxError)}(44, 1, name={node.name!r})")
        return t

    def _element(self, node, fallback=None) -> str:
        """``stem.i``: a plain tail and a value set in a plain Stem (a str, int or ``Num``)
        inline, else the closure (``fallback``, or ``compile_expr``'s)."""
        out = self.out
        fallback = fallback or self.closure(node)
        t, tail, st = out.temp(), out.temp("tail"), out.temp("st")
        stem_class = self.k(Stem)
        name = node.tails[0].name
        hoisted = self.stems.get(node.stem)
        local = self.known.get(name)
        if local is not None and hoisted is not None:
            tl, sd = hoisted[1], hoisted[2]
            out.line(f"if {tl} is not None:")
            out.line(f" {t} = {tl}.get({local}, {sd})")
            self._plain_or(t, fallback)
            out.line("else:")
            out.line(f" {t} = {fallback}(f)")
            return t
        if name in self.known:
            self.sync()             # the tail (and the closure) read from the pool
        out.line(f"{tail} = d.get({name!r}, {name!r})")      # (unset: its name, no NOVALUE)
        out.line(f"if {tail}.__class__ is str and {tail} < ':':"
                 f" {tail} = {self.k(tail_key)}({tail})")
        out.line(f"{st} = d.get({node.stem!r})")
        out.line(f"if ({tail}.__class__ is str or {tail}.__class__ is int)"
                 f" and {st}.__class__ is {stem_class}:")
        out.line(f" {t} = {st}.tails.get({tail})")
        self._plain_or(t, fallback)
        out.line("else:")
        out.line(f" {t} = {fallback}(f)")
        return t

    def _element2(self, node, fallback=None) -> str:
        """``stem.i.j``: two simple tails, each an int or a str, and a value set in a plain Stem
        (a str, int or ``Num``) inline: the key is the text ``i.j`` (never an int key), as
        ``compile_tail``'s ``tail2`` makes it; else the closure (``fallback``, or
        ``compile_expr``'s, which stores the known variables first)."""
        out = self.out
        fallback = fallback or self.closure(node)
        t, st = out.temp(), out.temp("st")
        parts, tests = [], []
        for tail in node.tails:
            local = self.known.get(tail.name)
            if local is None:
                local = out.temp("tail")
                out.line(f"{local} = d.get({tail.name!r}, {tail.name!r})")    # (unset: its name)
                tests.append(f"({local}.__class__ is str or {local}.__class__ is int)")
            parts.append(local)
        key = f"f'{{{parts[0]}}}.{{{parts[1]}}}'"
        hoisted = self.stems.get(node.stem)
        if hoisted is not None:
            tl, sd = hoisted[1], hoisted[2]
            ready = " and ".join(tests + [f"{tl} is not None"])
            out.line(f"if {ready}:")
            out.line(f" {t} = {tl}.get({key}, {sd})")
        else:
            out.line(f"{st} = d.get({node.stem!r})")
            ready = " and ".join(tests + [f"{st}.__class__ is {self.k(Stem)}"])
            out.line(f"if {ready}:")
            out.line(f" {t} = {st}.tails.get({key})")
        self._plain_or(t, fallback)
        out.line("else:")
        out.line(f" {t} = {fallback}(f)")
        return t

    def _plain_or(self, t: str, fallback: str) -> None:
        """The line (inside an ``if``) that leaves ``t`` as read when it is a plain value (a str,
        int or ``Num``) and else has the closure ``fallback`` read it (unset, a reference)."""
        self.out.line(f" if {t}.__class__ is not str and {t}.__class__ is not int"
                      f" and {t}.__class__ is not {self.k(Num)}: {t} = {fallback}(f)")

    # -- operators ---------------------------------------------------------------------------
    def _arith(self, node) -> str:
        op = node.op
        left, right = closures.signed_literal(node.left), closures.signed_literal(node.right)
        names = self.k((closures._written(left), closures._written(right)))
        a = self._number(self.number_value(left))
        out = self.out
        check = ""                  # the left operand checked before the right one (Regina)
        if a[:1] in ("'", '"'):
            check = f"{self.k(closures.checked_left_operand)}({a})"
        elif not (a.isdigit() or a in self.bounded or a in self.numbers):
            check = f"if {a}.__class__ is str: {self.k(closures.checked_left_operand)}({a})"
        if right.__class__ is ast.Var and not right.name.endswith("."):
            # before NOVALUE: when the variable is no plain value
            b = self._number(self.variable(right.name, check))
        else:
            if check and right.__class__ is not ast.Literal:
                out.line(check)     # the right operand may call a function
            b = self._number(self.number_value(right))
        r = out.temp("r")
        self.numbers.add(r)
        out.line("lim = f.lim")
        if op in ("+", "-", "*"):
            out.line(f"if {self._is_int(a)}{self._is_int(b)}"
                     f"-lim < ({r} := {a} {op} {b}) < lim{self._in_digits(a)}{self._in_digits(b)}:")
            out.line(" pass")
            if (op == "+" and b.isdigit() and int(b) > 0 and a.isidentifier()
                    and a not in self.bounded):
                # a whole number past DIGITS (1.23456789E+10, a ``Num`` of DIGITS digits)
                # plus a literal too small to reach its last digit: the sum is the same
                # value (``add_slow`` decides it too; this spares the call)
                below = 0       # the least power of ten of a's digit below its last
                while int(b) >= 5 * 10 ** below:
                    below += 1
                out.line(f"elif ({a}.__class__ is {self.k(Num)} and {a}.n == {a}.digits"
                         f" == f.digits and {a}.exp > f.digits + {below} and not {a}.neg"
                         f" and {a}.form == f.form == 'SCIENTIFIC'"
                         " and 'LOSTDIGITS' not in f.traps):")
                out.line(f" {r} = {a}")
            if op == "*":
                # a product past DIGITS of ints within it: Regina's rounding in one call (no
                # LOSTDIGITS to check: no operand loses digits)
                out.line(f"elif {self._is_int(a)}{self._is_int(b)}-lim < {a} < lim"
                         f" and -lim < {b} < lim:")
                out.line(f" {r} = {self.k(product_beyond_digits)}({a}, {b}, f.digits, f.form)")
            out.line("else:")
            if op == "*":
                out.line(f" {r} = {self.k(run_support.multiply_slow)}({a}, {b}, f, {names})")
            else:
                out.line(f" {r} = {self.k(run_support.add_slow)}({op!r}, {a}, {b}, f, {names})")
            return r
        if op == "**" and b in ("2", "3", "4"):
            # a whole literal power 2..4: the product inline when exact within DIGITS
            product = " * ".join([a] * int(b))
            out.line(f"if {self._is_int(a)}-lim < {a} < lim and -lim < ({r} := {product}) < lim:")
            out.line(" pass")
            if b == "2":
                # a square past DIGITS: Regina's rounding in one call (a whole base within
                # DIGITS and a literal power cannot lose digits: no LOSTDIGITS to check)
                out.line(f"elif {self._is_int(a)}-lim < {a} < lim:")
                out.line(f" {r} = {self.k(product_beyond_digits)}({a}, {a}, f.digits, f.form)")
            out.line("else:")
            out.line(f" {r} = {self.k(run_support.power_slow)}({a}, {b}, f, {names})")
            return r
        if op == "/":
            out.line(f"{r} = {self.k(run_support.divide_slow)}({a}, {b}, f, {names})")
            return r
        if op == "**":
            out.line(f"{r} = {self.k(closures.arith_op)}({op!r}, {a}, {b}, f, {names})")
            return r
        # % and // of whole numbers within DIGITS: Python's // and % for a dividend >= 0 and
        # a divisor > 0; other signs as Regina's truncating division (the remainder takes the
        # dividend's sign). The quotient is never longer than the dividend (no Error 26.11);
        # a zero divisor (Error 42.3), a value past DIGITS, a text: ``arith_op``.
        py = "//" if op == "%" else "%"
        if a in self.bounded and b.isdigit() and len(b) == 1 and b != "0":
            # a whole number within DIGITS by a one-digit divisor (within any DIGITS): the
            # result is a whole number no longer than the dividend, with no other path
            out.line(f"{r} = {a} {py} {b} if {a} >= 0 else -(-{a} {py} {b})")
            self.bounded.add(r)
            return r
        is_ints = f"{self._is_int(a)}{self._is_int(b)}"
        lower = f"0 <= {a}" if a in self.bounded else f"0 <= {a} < lim"
        upper = f"{b} < lim" if b.isdigit() and b != "0" else f"0 < {b} < lim"
        out.line(f"if {is_ints}{lower} and {upper}:")
        out.line(f" {r} = {a} {py} {b}")
        out.line(f"elif {is_ints}-lim < {a} < lim and -lim < {b} < lim and {b}:")
        if op == "%":
            out.line(f" {r} = {a} // {b} if ({a} < 0) == ({b} < 0) else -(-{a} // {b})")
        else:
            out.line(f" {r} = ({a} if {a} >= 0 else -{a}) % ({b} if {b} >= 0 else -{b})")
            out.line(f" if {a} < 0: {r} = -{r}")
        out.line("else:")
        out.line(f" {r} = {self.k(closures.arith_op)}({op!r}, {a}, {b}, f, {names})")
        return r

    def _number(self, operand: str) -> str:
        """An operand of arithmetic or a comparison: a string of plain ASCII digits (``n`` from
        PARSE ARG) taken as the int it stands for, as the closures do; anything else as is."""
        if (operand[:1] in ("'", '"') or operand.isdigit() or operand in self.bounded
                or operand in self.numbers):
            return operand
        t = self.out.temp("n")
        for line in to_int(operand, t, self.k(DIGIT_INTS)):
            self.out.line(line)
        return t

    def _unary(self, node) -> str:
        out = self.out
        if node.op == "\\":
            t = out.temp()
            cond = self.condition(node.operand)
            out.line(f"{t} = '0' if {cond} else '1'")
            return t
        a = self.number_value(node.operand)
        r = out.temp("r")
        self.numbers.add(r)
        sign = "-" if node.op == "-" else ""
        out.line("lim = f.lim")
        out.line(f"if {self._is_int(a)}-lim < {a} < lim: {r} = {sign}{a}")
        out.line(f"else: {r} = {self.k(closures.prefix_op)}({node.op!r}, {a}, f)")
        return r

    def _concat(self, node) -> str:
        items: list = []
        closures._flatten_concat(node, items)
        parts: list[str] = []
        pending = None                  # adjacent constants merged, as the closures do
        for item in items:
            const = item if isinstance(item, str) else (
                item.value if item.__class__ is ast.Literal else None)
            if const is not None:
                pending = const if pending is None else pending + const
                continue
            if pending is not None:
                parts.append(repr(pending))
                pending = None
            parts.append(self.text(item))
        if pending is not None:
            parts.append(repr(pending))
        t = self.out.temp()
        self.out.line(f"{t} = {' + '.join(parts) if len(parts) > 1 else parts[0]}")
        return t

    # -- conditions --------------------------------------------------------------------------
    def condition(self, node) -> str:
        kind = node.__class__
        out = self.out
        if kind is ast.BinaryOp and not closures.spine_longer_than(node):
            op = node.op
            if op in _PY_COMPARE:
                py = _PY_COMPARE[op]
                a = self._number(self.value(closures.signed_literal(node.left)))
                b = self._number(self.value(closures.signed_literal(node.right)))
                c = out.temp("c")
                out.line("clim = f.clim")
                within = " and ".join(f"-clim < {x} < clim" for x in (a, b)
                                      if not (x.isdigit() and len(x) == 1))
                out.line(f"if {self._is_int(a)}{self._is_int(b)}{within or 'True'}:")
                out.line(f" {c} = {a} {py} {b}")
                out.line("else:")
                out.line(f" {c} = {self.k(closures.compare)}({a}, {b}, f) {py} 0")
                return c
            if op in _PY_STRICT:
                a = self.text(node.left)
                b = self.text(node.right)
                return f"({a} {_PY_STRICT[op]} {b})"
            if op in ("&", "|", "&&"):
                a = self.condition(node.left)
                b = self.condition(node.right)          # Regina evaluates both sides
                c = out.temp("c")
                py = {"&": "and", "|": "or", "&&": "!="}[op]
                out.line(f"{c} = {a} {py} {b}")
                return c
        if kind is ast.UnaryOp and node.op == "\\":
            return f"(not {self.condition(node.operand)})"
        if kind is ast.Literal:         # read as Regina reads it (Error 41 for no number)
            value = closures.literal_truth(node.value)
            if value.__class__ is bool:
                return repr(value)
            out.line(f"raise {self.k(RexxError)}({value})")
            return "False"
        if (kind is ast.Compound and _simple_tails(node) == 1
                and node.tails[0].name in self.known and node.stem in self.stems):
            return self._element_truth(node)
        v = self.value(node)
        c = out.temp("c")
        # ``in`` a tuple: the same tests as ``v == 1 or v == '1'``, in one operation
        out.line(f"if {v} in (1, '1'): {c} = True")
        out.line(f"elif {v} in (0, '0'): {c} = False")
        out.line(f"else: {c} = {self.k(closures.truth)}({v})")
        return c

    def _element_truth(self, node) -> str:
        """``if stem.i`` with ``i`` a known int and the stem hoisted (a sieve's ``if flag.i``):
        the element read and tested for 1 and 0 first; only a value that is neither has its
        class checked (no str, int or ``Num``: the closure) before ``truth``."""
        out = self.out
        fallback = self.closure(node)
        t, c = out.temp(), out.temp("c")
        _st, tl, sd = self.stems[node.stem]
        local = self.known[node.tails[0].name]
        out.line(f"if {tl} is not None: {t} = {tl}.get({local}, {sd})")
        out.line(f"else: {t} = {fallback}(f)")
        out.line(f"if {t} in (1, '1'): {c} = True")
        out.line(f"elif {t} in (0, '0'): {c} = False")
        out.line("else:")
        self._plain_or(t, fallback)
        out.line(f" {c} = {self.k(closures.truth)}({t})")
        return c

    def _is_int(self, operand: str) -> str:
        """The test that ``operand`` is an int, as the start of an ``and`` chain ("" for an int
        literal or a local known to hold one)."""
        if operand.isdigit() or operand in self.bounded:
            return ""
        if operand[:1] in ("'", '"'):
            return "False and "
        return f"{operand}.__class__ is int and "

    def _in_digits(self, operand: str) -> str:
        """`` and -lim < operand < lim`` ("" for a one-digit literal or a local known to be
        within DIGITS)."""
        if (operand.isdigit() and len(operand) == 1) or operand in self.bounded:
            return ""
        return f" and -lim < {operand} < lim"


# The two ``with`` scopes above, as classes (``contextlib`` is a start-up cost a run that
# generates a loop need not pay).

class _KnownInt:
    __slots__ = ("x", "name", "local", "before")

    def __init__(self, x, name: str, local: str):
        self.x, self.name, self.local = x, name, local

    def __enter__(self) -> None:
        x = self.x
        self.before = x.known.get(self.name)
        x.known[self.name] = self.local
        x.bounded.add(self.local)

    def __exit__(self, *exc) -> None:
        x = self.x
        x.bounded.discard(self.local)
        if self.before is None:
            del x.known[self.name]
        else:
            x.known[self.name] = self.before


class _HoistedStems:
    __slots__ = ("x", "names", "added")

    def __init__(self, x, names):
        self.x, self.names = x, names

    def __enter__(self) -> None:
        x = self.x
        self.added = [name for name in sorted(self.names) if name not in x.stems]
        for name in self.added:
            x.stems[name] = tuple(x.out.temp(p) for p in ("st", "tl", "sd"))
            x._fetch_stem(name)

    def __exit__(self, *exc) -> None:
        for name in self.added:
            del self.x.stems[name]


def _simple_tails(node) -> int:
    """How many tails compound ``node`` has when each is a simple variable (0 otherwise)."""
    tails = node.tails
    return len(tails) if all(tail.__class__ is ast.Var for tail in tails) else 0
