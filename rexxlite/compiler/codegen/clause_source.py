"""Clauses -> Python source: assignments, SAY, CALL of an internal routine, PROCEDURE, IF,
SELECT, DO blocks and loops, LEAVE / ITERATE, RETURN, NOP inline; any other clause is its
closure, called from the generated code (a control token it returns is handled as the loop
around it would).

Every clause first sets ``f.cl`` (line and text for SIGL, errors and TRACE), as its closure
does. A DO loop is a Python ``while``: the step of the control variable at the top of each pass
after the first (so ITERATE is ``continue``), LEAVE is ``break``; a token for an outer loop or
a RETURN inside a loop is kept in the loop's ``tok`` local, the loop is left, and the code after
it passes the token on. ``f.loops`` (the depth shown in tracebacks) is kept as the closures
keep it. A loop with a control variable steps it inline on ints within DIGITS and through
Rexx's exact addition otherwise (non-integer or negative steps, WHILE / UNTIL: the body stays
generated); only a range loop whose body holds another loop hands values it cannot take to the
closure compiler's general loop.
"""

from __future__ import annotations

from rexxlite.syntax import ast
from rexxlite.syntax.clause_tree import keeps_digits, labels_before_whens
from rexxlite.compiler.codegen import run_support
from rexxlite.compiler.codegen.expression_source import ExpressionSource
from rexxlite.runtime.control_tokens import Iterate, Leave, Return
from rexxlite.errors import RexxError
from rexxlite.runtime.variables import Ref, set_simple

#: Clause kinds whose closure never returns a control token.
_TOKEN_FREE = {ast.Assignment, ast.Say, ast.Call, ast.Parse, ast.Nop, ast.Drop, ast.Push,
               ast.Queue, ast.Procedure, ast.Numeric, ast.Address, ast.Command, ast.Upper,
               ast.CallOn, ast.SignalOn, ast.Signal, ast.Exit, ast.Options, ast.Trace}

_new_token = object.__new__

#: SELECT with more WHENs than this stays a closure (each WHEN nests one ``else`` deeper, and
#: Python allows 100 levels of indentation).
MAX_WHENS = 24


class _Loop:
    __slots__ = ("name", "tok")

    def __init__(self, name, tok):
        self.name = name
        self.tok = tok


class ClauseSource:
    def __init__(self, out, compiler):
        self.out = out
        self.compiler = compiler
        self.x = ExpressionSource(out, compiler)
        self.loops: list[_Loop] = []        # the generated loops around the code being made

    def k(self, value) -> str:
        return self.out.constant(value)

    # -- one clause ---------------------------------------------------------------------------
    def clause(self, node) -> bool:
        """Emit ``node``; True when it was generated, False when it is its closure's call."""
        fn, info, needs = self.compiler.compiled[id(node)]
        method = getattr(self, "g_" + node.__class__.__name__, None)
        if not needs and method is not None and method(node, fn, info):
            return True
        self.call_closure(node, fn)
        return False

    def call_closure(self, node, fn) -> None:
        out = self.out
        self.x.sync()                   # the closure reads the pool
        if node.__class__ in _TOKEN_FREE:
            out.line(f"{self.k(fn)}(f)")
        else:
            r = out.temp("r")
            out.line(f"{r} = {self.k(fn)}(f)")
            out.line(f"if {r} is not None:")
            out.indent()
            self.pass_on(r)
            out.dedent()
        out.line("d = f.vars")           # PROCEDURE (or INTERPRET) may have changed the pool

    def pass_on(self, r: str) -> None:
        """Code handling control token ``r`` where it arose (a loop's or the routine's)."""
        out = self.out
        if not self.loops:
            out.line(f"return {r}")
            return
        loop = self.loops[-1]
        match = f"({r}.name is None or {r}.name == {loop.name!r})"
        out.line(f"if {r}.__class__ is {self.k(Leave)} and {match}: break")
        out.line(f"if {r}.__class__ is {self.k(Iterate)} and {match}: continue")
        out.line(f"{loop.tok} = {r}")
        out.line("break")

    def block(self, nodes) -> None:
        self.out.line("pass")
        for node in nodes:
            self.clause(node)

    # -- simple clauses ----------------------------------------------------------------------
    def g_Label(self, node, fn, info):
        self.out.line("pass")
        return True

    def g_Nop(self, node, fn, info):
        self.out.line(f"f.cl = {self.k(info)}")
        return True

    def g_Assignment(self, node, fn, info):
        target, expr = node.target, node.expr
        out = self.out
        if target.__class__ is ast.Var and not target.name.endswith("."):
            name = target.name
            if (expr.__class__ is ast.BinaryOp and expr.op in ("||", "")
                    and expr.left.__class__ is ast.Var and expr.left.name == name):
                return False            # the closure appends in place
            out.line(f"f.cl = {self.k(info)}")
            v = self.x.value(expr)
            out.line(f"if f.has_refs: {self.k(set_simple)}(d, {name!r}, {v})")
            out.line(f"else: d[{name!r}] = {v}")
            return True
        if (target.__class__ is ast.Compound and len(target.tails) == 1
                and target.tails[0].__class__ is ast.Var):
            store = self.k(self.compiler.compile_assign_value(target))
            if self.x.quiet(expr) and self.x.stores_inline(target):
                # nothing on the inline path can raise: the clause is set for the general one
                self.x.element_store(target, self.x.value(expr), store, self.k(info))
                return True
            out.line(f"f.cl = {self.k(info)}")
            self.x.element_store(target, self.x.value(expr), store)
            return True
        return False

    def g_Say(self, node, fn, info):
        out = self.out
        out.line(f"f.cl = {self.k(info)}")
        v = "''" if node.expr is None else self.x.text(node.expr)
        out.line(f"{self.k(self.compiler.interp.say)}({v})")
        return True

    def g_Call(self, node, fn, info):
        prog = self.compiler.prog
        name = node.name
        if node.quoted or prog.rebinding or name not in prog.labels:
            return False
        out = self.out
        interp = self.k(self.compiler.interp)
        out.line(f"f.cl = {self.k(info)}")
        args = self.x.routine_args(node.args)
        v = out.temp("v")
        out.line(f"{v} = {interp}.call_routine(f, {self.k(prog)}, {prog.labels[name]}, {name!r},"
                 f" [{', '.join(args)}], 'SUBROUTINE')")
        out.line(f"{interp}.set_result(f, {v})")
        return True

    def g_Procedure(self, node, fn, info):
        """PROCEDURE: a new, empty pool inline; with EXPOSE the interpreter builds it."""
        out = self.out
        out.line(f"f.cl = {self.k(info)}")
        out.line(f"if not f.proc_ok: raise {self.k(RexxError)}(17, 1)")
        if node.expose:
            out.line(f"{self.k(self.compiler.interp.do_procedure)}(f, {self.k(node)})")
            out.line("d = f.vars")
        else:
            out.line("f.vars = d = {}")
            out.line("f.has_refs = f.proc_ok = False")
        return True

    def g_Parse(self, node, fn, info):
        from rexxlite.compiler.codegen.parse_source import emit_parse   # (a program with PARSE)
        return emit_parse(self, node, info)

    def g_Return(self, node, fn, info):
        out = self.out
        out.line(f"f.cl = {self.k(info)}")
        if node.expr is None:
            token = self.k(Return(None))
        else:
            # the token made without Return.__init__ (a Python frame per RETURN)
            value = self.x.value(node.expr)     # (kept as computed, as the closures do)
            token = out.temp("ret")
            out.line(f"{token} = {self.k(_new_token)}({self.k(Return)})")
            out.line(f"{token}.value = {value}")
        if self.loops:
            out.line(f"{self.loops[-1].tok} = {token}")
            out.line("break")
        else:
            out.line(f"return {token}")
        return True

    def g_Leave(self, node, fn, info):
        return self._leave_iterate(node, fn, info, Leave, "break")

    def g_Iterate(self, node, fn, info):
        return self._leave_iterate(node, fn, info, Iterate, "continue")

    def _leave_iterate(self, node, fn, info, token_class, statement):
        if not self.loops or fn.__name__ != "leave":       # (an error clause stays one)
            return False
        out = self.out
        out.line(f"f.cl = {self.k(info)}")
        loop = self.loops[-1]
        if node.name is None or node.name == loop.name:
            out.line(statement)
        else:
            out.line(f"{loop.tok} = {self.k(token_class(node.name))}")
            out.line("break")
        return True

    # -- IF and SELECT -----------------------------------------------------------------------
    def g_If(self, node, fn, info):
        out = self.out
        out.line(f"f.cl = {self.k(info)}")
        cond = self.x.condition(node.condition)
        out.line(f"if {cond}:")
        out.indent()
        self.block([*node.then_labels, node.then])
        out.dedent()
        if node.otherwise is not None:
            out.line("else:")
            out.indent()
            self.block([*node.else_labels, node.otherwise])
            out.dedent()
        return True

    def g_Select(self, node, fn, info):
        if len(node.whens) > MAX_WHENS:
            return False
        out = self.out
        when_infos = self.compiler.side.get(("when", id(node))) or [info] * len(node.whens)
        labels = labels_before_whens(node)
        for (cond_node, instr), when_info, before in zip(node.whens, when_infos, labels):
            out.line(f"f.cl = {self.k(when_info)}")      # an error in it is the WHEN's
            cond = self.x.condition(cond_node)
            out.line(f"if {cond}:")
            out.indent()
            self.block([*before, instr])
            out.dedent()
            out.line("else:")
            out.indent()
        out.line(f"f.cl = {self.k(info)}")
        if node.otherwise is None:
            end_info = self.compiler._end_info(node, info)
            out.line(f"f.cl = {self.k(end_info)}")
            out.line(f"raise {self.k(RexxError)}(7)")
        else:
            self.block(node.otherwise)
        for _ in node.whens:
            out.dedent()
        return True

    # -- DO ----------------------------------------------------------------------------------
    def g_DoLoop(self, node, fn, info):
        parts = getattr(fn, "loop_parts", None)
        if parts is None:                   # DO; ...; END
            if fn.__name__ != "block":
                return False
            self.out.line(f"f.cl = {self.k(info)}")
            self.block(node.body)
            return True
        init, general, getter, setter, runner = parts
        control = node.control
        if control is None:
            self.x.sync()               # the loop's closures read the pool
            self._plain_loop(node, info, init)
            return True
        if (control.__class__ is ast.Var and node.while_ is None and node.until is None
                and node.to is not None and node.for_ is None and runner is None):
            self.x.sync()
            self._counted_loop(node, info, parts)
            return True
        if (control.__class__ is ast.Var and node.while_ is None and node.until is None
                and node.for_ is not None):
            from rexxlite.compiler.codegen.range_loop import emit_range_loop
            if not keeps_digits(node.body):
                return False
            self.x.sync()               # DO name = a [TO b] FOR n: a range loop too
            self._after_loop(emit_range_loop(self, node, info, parts, _Loop))
            return True
        if control.__class__ is ast.Var and runner is None:
            self.x.sync()
            self._controlled_loop(node, info, parts)
            return True
        return False

    def _controlled_loop(self, node, info, parts):
        """Any other ``DO name = a [TO b] [BY c] [FOR n] [WHILE w | UNTIL u]``: a ``while``
        whose step and TO test are inline on ints within DIGITS and otherwise Rexx's exact
        ones (``run_support.step_control``, ``past_limit``), so a loop of non-integer values,
        a negative step or a WHILE keeps its body generated; so does a pool with references
        (EXPOSE): the step then reads and sets the variable through them."""
        init = parts[0]
        out = self.out
        v, to_v, by_v, limit, up = (out.temp(p) for p in ("v", "to", "by", "limit", "up"))
        tok = out.temp("tok")
        out.line(f"f.cl = {self.k(info)}")
        self.loop_values(node, init, (v, to_v, by_v, limit, up))
        out.line(f"{tok} = None")
        self.controlled_passes(node, info, parts, (v, to_v, by_v, limit, up), tok)
        self._after_loop(tok)

    def loop_values(self, node, init, names) -> None:
        """The loop's start / TO / BY / FOR into the locals ``names`` (and the control
        variable set): inline (``loop_values``) or by the closure compiler's ``init``."""
        from rexxlite.compiler.codegen.loop_values import emit_loop_values, inline_possible
        if inline_possible(self, node):
            emit_loop_values(self, node, names)
        else:
            self.out.line(f"{', '.join(names)} = {self.k(init)}(f)")

    def controlled_passes(self, node, info, parts, values, tok) -> None:
        """The passes of ``_controlled_loop`` once its expressions are evaluated (``values``:
        the names of the locals holding start, TO, BY, FOR and the direction); also the range
        loop's path for values it cannot take (``range_loop.emit_range_loop``)."""
        _init, _general, getter, setter, _ = parts
        out = self.out
        k = self.k
        name = node.control.name
        v, to_v, by_v, limit, up = values
        first, w, passes = (out.temp(p) for p in ("first", "w", "passes"))
        has_for = node.for_ is not None
        out.line("d = f.vars")
        out.line("f.loops += 1")
        out.line(f"{first} = True")
        if has_for:
            out.line(f"{passes} = 0")
        out.line("while True:")
        out.indent()
        out.line(f"if {first}: {first} = False")
        out.line("else:")
        out.indent()
        if node.until is not None:
            done = self._guarded_condition(node.until, info)
            out.line(f"if {done}: break")
        out.line(f"{v} = d.get({name!r})")
        out.line("lim = f.lim")
        out.line(f"if ({v}.__class__ is int and {by_v}.__class__ is int"
                 f" and -lim < ({w} := {v} + {by_v}) < lim and -lim < {v} < lim):")
        out.line(f" {v} = {w}")         # (an int in the pool is no reference: stored in place)
        out.line(f" d[{name!r}] = {v}")
        ref = out.temp("ref")           # an EXPOSEd control variable: through its reference
        out.line(f"elif ({v}.__class__ is {k(Ref)} and {by_v}.__class__ is int"
                 f" and ({ref} := {v}.pool.get({v}.name)).__class__ is int"
                 f" and -lim < ({w} := {ref} + {by_v}) < lim and -lim < {ref} < lim):")
        out.line(f" {v}.pool[{v}.name] = {w}")
        out.line(f" {v} = {w}")
        out.line("else:")              # (an error in the step is the DO clause's, outside)
        out.line(" f.loops -= 1")
        out.line(f" {v} = {k(run_support.step_control)}(f, {v}, {by_v}, {k(getter)},"
                 f" {k(setter)}, {k(info)})")
        out.line(" f.loops += 1")
        out.dedent()
        if node.to is not None and not keeps_digits(node.body):   # FUZZ may change: Rexx's test
            out.line(f"if {k(run_support.past_limit)}(f, {v}, {to_v}, {up}): break")
        elif node.to is not None:       # (an int TO is within DIGITS - FUZZ: exact, as Regina)
            out.line(f"if (({v} > {to_v} if {up} else {v} < {to_v})"
                     f" if {v}.__class__ is int and {to_v}.__class__ is int"
                     f" else {k(run_support.past_limit)}(f, {v}, {to_v}, {up})): break")
        if has_for:
            out.line(f"if {passes} >= {limit}: break")
            out.line(f"{passes} += 1")
        if node.while_ is not None:
            ok = self._guarded_condition(node.while_, info)
            out.line(f"if not {ok}: break")
        self.loops.append(_Loop(name, tok))
        self.block(node.body)
        self.loops.pop()
        out.dedent()
        out.line("f.loops -= 1")

    def _counted_loop(self, node, info, parts):
        """``DO name = a TO b [BY c]``: a range loop, or (a body with NUMERIC or INTERPRET)
        the controlled loop."""
        from rexxlite.compiler.codegen.range_loop import emit_range_loop
        if keeps_digits(node.body):
            self._after_loop(emit_range_loop(self, node, info, parts, _Loop))
            return
        self._controlled_loop(node, info, parts)

    def _plain_loop(self, node, info, init):
        """``DO n`` / ``DO FOREVER`` / ``DO WHILE`` / ``DO UNTIL`` (no control variable)."""
        out = self.out
        limit, tok, first, passes = (out.temp(p) for p in ("limit", "tok", "first", "passes"))
        counted = node.count is not None or node.for_ is not None
        out.line(f"f.cl = {self.k(info)}")
        out.line(f"{limit} = {self.k(init)}(f)[3]")
        out.line("f.loops += 1")
        out.line(f"{tok} = None")
        out.line(f"{passes} = 0")
        out.line(f"{first} = True")
        out.line("while True:")
        out.indent()
        if node.until is not None:
            out.line(f"if {first}: {first} = False")
            out.line("else:")
            out.indent()
            done = self._guarded_condition(node.until, info)
            out.line(f"if {done}: break")
            out.dedent()
        if counted:
            out.line(f"if {limit} is not None:")
            out.line(f" if {passes} >= {limit}: break")
            out.line(f" {passes} += 1")
        if node.while_ is not None:
            ok = self._guarded_condition(node.while_, info)
            out.line(f"if not {ok}: break")
        self.loops.append(_Loop(None, tok))
        self.block(node.body)
        self.loops.pop()
        out.dedent()
        out.line("f.loops -= 1")
        self._after_loop(tok)

    def _guarded_condition(self, cond_node, info) -> str:
        """A WHILE / UNTIL test: on the DO clause; an error in it leaves the loop's depth."""
        out = self.out
        out.line(f"f.cl = {self.k(info)}")
        out.line("try:")
        out.indent()
        out.line("pass")
        cond = self.x.condition(cond_node)
        held = out.temp("c")
        out.line(f"{held} = {cond}")
        out.dedent()
        out.line("except BaseException:")
        out.line(" f.loops -= 1")
        out.line(" raise")
        return held

    def _after_loop(self, tok: str) -> None:
        out = self.out
        out.line(f"if {tok} is not None:")
        out.indent()
        self.pass_on(tok)
        out.dedent()
