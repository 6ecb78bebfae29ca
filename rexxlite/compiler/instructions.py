"""Instructions -> closures ``fn(frame) -> None | control token``.

Every clause closure first records itself in ``frame.cl`` (line and text for SIGL, errors and
TRACE). A clause returns None to go on, or a control token: ``Leave`` / ``Iterate`` (caught by
the matching DO loop) or ``Return`` (caught by the routine runner). SIGNAL and EXIT are
exceptions (``SignalJump``, ``RexxExit``): they unwind every active loop anyway.

DO loops are compiled into one closure each, with Python-int fast paths for the control
variable; ``name = name || x`` appends in place (no quadratic copying).
"""

from __future__ import annotations

from rexxlite.syntax import ast
from rexxlite.syntax.deferred_body import nested_label_names
from rexxlite.runtime.activation import ClauseInfo, Trap
from rexxlite.builtins.registry import REGISTRY, refused_first
from rexxlite.runtime.code import Code
from rexxlite.runtime import trace
from rexxlite.charset import rexx_upper
from rexxlite.compiler.codegen.run_policy import codegen_enabled, lazy_enabled
from rexxlite.compiler.expressions import (arith_op, as_int, compile_arith_assign, compare,
                           compile_condition, compile_expr, compile_str, compile_tail,
                           novalue, prefix_op, read_var, tostr)
from rexxlite.errors import RexxError, RexxExit, cannot_compile
from rexxlite.runtime.control_tokens import (FELL_OFF, Iterate, Leave, Return, SignalInstruction,
                                             SignalJump)
from rexxlite.runtime.variables import (Stem, drop_by_name, drop_simple, drop_stem, get_simple, set_simple,
                        set_stem, stem_of, tail_key, tail_text)


def _null_string(f):
    """The value of an assignment with nothing after its ``=`` (no trace line, as Regina)."""
    return ""


# ----------------------------------------------------------------------------- compiler

def _symbol_setting(info) -> bool:
    """Whether a TRACE clause gives its setting as a symbol (``TRACE R``), which Regina does
    not trace as a ``>L>`` value (a string or TRACE VALUE it does)."""
    words = info.text.split(None, 2)
    return (len(words) > 1 and words[1][:1] not in ("'", '"')
            and words[1].upper() != "VALUE")


class Compiler:
    """Compiles one ``ast.Program`` (or INTERPRET string) into a ``Code``.

    ``prog`` is the code whose labels CALL/SIGNAL/functions resolve against (the program
    itself, or for INTERPRET the program being run). With ``trace_hooks`` each clause is
    also compiled in the trace mode (``trace_hooks``), or of a program's top-level clauses
    only those in ``hooked``, the others as in code without TRACE but marking the run where
    they are in ``tailed`` (``syntax/trace_reach``); ``trace_site`` is the INTERPRET clause
    whose text the clauses of an interpreted string show in the trace."""

    tracing = False       # True in the trace mode (``trace_hooks.trace_mode_of``)
    clause_ran = (None,)  # the trace mode: the hook's mark of the clause compiled (its pool)
    reparsed_cells = None   # an interpreted string's: the cells of what TRACE R remembers
                            # (a reference's pool, a hook's mark), emptied at each run
    trace_expressions = None    # the trace mode's expressions (``expression_trace``)

    def __init__(self, interp, code: Code, prog: Code | None = None, loops: list | None = None,
                 trace_hooks: bool = False, interpreting: bool = False, trace_site=None,
                 hooked: frozenset | None = None, tailed: frozenset = frozenset()):
        self.interp = interp
        self.code = code                  # owns the source text of the clauses compiled
        self.prog = prog or code          # owns the body and the labels calls resolve against
        self.loops: list = loops if loops is not None else []   # enclosing loop names
        self.outer_loops = len(self.loops) if interpreting else 0   # those of INTERPRET's caller
        self.in_interpret = interpreting
        self.trace_hooks = trace_hooks
        self.hooked = hooked              # the top-level clauses hooked (None: all of them)
        self.tailed = tailed              # those others naming a compound with a variable tail
        self.trace_site = trace_site
        if interpreting and trace_hooks:  # (Regina parses the string again at each run)
            self.reparsed_cells = []
        self.needs = 0                    # NEEDS_CLOCK | NEEDS_DELAY of the clause compiled
        self.memo: dict = {}              # id(node) -> the hooked closure (trace_hooks)
        self.trace_facts: dict = {}       # id(node) -> (what it tells, node) (trace_hooks)
        self.side: dict = {}              # WHEN / OTHERWISE / END clause infos for tracing
        self.constants: dict = {}         # (class, value) -> the one closure returning it
        self.last_info = None             # the ClauseInfo of the clause compiled last
        # top-level clauses generated as Python source (``codegen``); where TRACE can be on
        # (``trace_hooks``), run only while it is off, and never over a clause that changes it;
        # an INTERPRET string's, each clause alone, only where it cannot (Regina parses such a
        # string again at each run: ``reparsed_cells``)
        self.generating = (codegen_enabled() and not self.prog.rebinding
                           and not (interpreting and trace_hooks))
        self.compiled: dict = {}          # id(node) -> (closure, ClauseInfo, needs) for codegen
        self.generating_clauses = self.generating   # each top-level clause alone (no runs)
        self.lazy_units = None            # a program's: its units compiled on first run
        self._tracer = None

    def tracer(self):
        """This compiler in its trace mode (``trace_hooks.trace_mode_of``)."""
        if self._tracer is None:
            from rexxlite.compiler.trace_hooks import trace_mode_of
            self._tracer = trace_mode_of(self)
        return self._tracer

    # -- whole programs --------------------------------------------------------------------
    def compile_body(self, body: list) -> int:
        """Append ``body``'s clauses to ``prog``; returns the index of the first one."""
        prog = self.prog
        base = prog.bind_labels(body)
        runs = False
        if self.generating:
            from rexxlite.compiler.codegen import clause_function
            runs = clause_function.runs_possible(self.code.source_lines)
        self.generating_clauses = self.generating and not runs
        if self.in_interpret or prog.rebinding or not lazy_enabled():
            for index, node in enumerate(body):
                prog.body.append(self.compile_top(node, index))
            if runs:
                clause_function.generate_runs(self, body, base)
            return base
        from rexxlite.compiler import lazy_units
        prog.nested_labels |= nested_label_names(body)
        self.lazy_units = lazy_units.LazyUnits(self, body, base, runs)
        return base

    def info(self, node) -> ClauseInfo:
        line = getattr(node, "line", 0) or 0
        return ClauseInfo(line, node, self.code, self.code.next_ordinal(line))

    def compile_block(self, nodes: list) -> list:
        return [self.compile_clause(n) for n in nodes]

    def compile_labelled(self, labels: tuple, node):
        """The instruction ``node`` of a THEN / ELSE / WHEN with the ``labels`` written before
        it (``ast.If.then_labels``): the labels run first (so that TRACE shows them)."""
        labels = self.compile_block(labels)
        instruction = self.compile_clause(node)
        if not labels:
            return instruction

        def labelled(f):
            for label in labels:
                label(f)
            return instruction(f)
        return labelled

    def compile_top(self, node, index: int):
        """Top-level clause ``node`` (``index`` in the body being compiled): with trace hooks
        only where TRACE can be on there (``hooked``); elsewhere as in code without TRACE."""
        if not self.trace_hooks or self.hooks_reach(index, index + 1):
            return self.compile_clause(node, top=True)    # (no hooks anywhere, or hooked)
        fn = self.without_hooks(self.compile_clause, node, True)
        return self.marking_tails(fn, index, index + 1)

    def hooks_reach(self, start: int, end: int) -> bool:
        """Whether TRACE can be on in any of the top-level clauses ``start:end`` (indexes in
        the body being compiled)."""
        if not self.trace_hooks:
            return False
        hooked = self.hooked
        return hooked is None or any(index in hooked for index in range(start, end))

    def without_hooks(self, build, *args):
        """``build(*args)`` (compiling or generating clauses TRACE cannot reach) with no
        trace hooks."""
        hooks = self.trace_hooks
        self.trace_hooks = False
        try:
            return build(*args)
        finally:
            self.trace_hooks = hooks

    def marking_tails(self, fn, start: int, end: int):
        """``fn``, which runs top-level clauses ``start:end`` compiled without hooks, marking
        the run where one of them names a compound with a variable tail (``tailed``), as
        their hooks would (``trace_hooks.derives_variable_tail``)."""
        tailed = self.tailed
        if fn is None or not any(index in tailed for index in range(start, end)):
            return fn

        def marking_tails(f):
            f.interp.trace_tails_derived = True
            return fn(f)
        return marking_tails

    def compile_clause(self, node, top: bool = False):
        if self.tracing:                    # the trace mode: a clause inside is the hooked one
            fn = self.memo.get(id(node))
            if fn is not None:
                return fn
        cls = node.__class__
        if cls is ast.Label and not top and not self.in_interpret:
            self.prog.nested_labels.add(node.name)   # (labels in INTERPRET are not visible)
        method = getattr(self, "c_" + cls.__name__, None)
        if method is None:
            raise cannot_compile(cls.__name__)
        info = self.info(node)
        outer, self.needs = self.needs, 0
        raw = method(node, info)
        needs, self.needs = self.needs, outer
        fn = plain = _with_needs(raw, needs, self.interp)
        if self.trace_hooks:
            from rexxlite.compiler.trace_hooks import hook_clause
            fn = self.memo[id(node)] = _with_needs(hook_clause(self, node, info, raw),
                                                   needs, self.interp)
        if self.generating:
            # generated code runs only while TRACE is off: it calls the plain closures
            self.compiled[id(node)] = (plain, info, needs)
            if top and self.generating_clauses:
                from rexxlite.compiler.codegen.clause_function import generated_clause
                fn = generated_clause(self, node) or fn
        self.last_info = info
        return fn

    def compile_parse_target(self, target):
        """A PARSE template target -> ``fn(frame, value)``; None for a ``.`` (in the trace
        mode a function that shows it)."""
        setter = None if target is None else self.compile_assign_value(target)
        if self.tracing:
            return self.trace_expressions.traced_parse_target(setter)
        return setter

    # -- targets ---------------------------------------------------------------------------
    def compile_assign_value(self, target, traced: bool = True):
        """``target`` -> ``fn(frame, value)`` (``traced`` False: a compound target that shows
        nothing even in the trace mode)."""
        setter = self._assign_value(target)
        if self.tracing and traced and target.__class__ is ast.Compound:
            return self.trace_expressions.traced_compound_target(target, setter, self)
        return setter

    def _assign_value(self, target):
        if target.__class__ is ast.Var:
            name = target.name
            if name.endswith("."):
                return lambda f, v: set_stem(f.vars, name, v)

            def set_var(f, v):
                if f.has_refs:
                    set_simple(f.vars, name, v)
                else:
                    f.vars[name] = v
            return set_var
        stem = target.stem
        const, tailfn = compile_tail(target.tails, self)

        def set_compound(f, v):
            tail = const if tailfn is None else tailfn(f)
            st = f.vars.get(stem)
            if st is None or st.__class__ is not Stem:
                st = stem_of(f.vars, stem) if st is None else _stem_through_ref(f, stem)
            if st.has_refs:
                st.set(tail, v)
            else:
                st.tails[tail] = v
        return set_compound

    # -- functions -------------------------------------------------------------------------
    def compile_function_call(self, node: ast.FunctionCall):
        fn = self._function_call(node)
        if self.tracing or (self.trace_hooks and node.name == "TRACE"):
            from rexxlite.compiler.expression_trace import traced_call   # TRACE() turning
            return traced_call(fn)                        # it on shows its result (>F>)
        return fn

    def _function_call(self, node: ast.FunctionCall):
        name = node.name
        if not node.quoted and self.prog.rebinding:
            return self._late_function_call(node)
        from rexxlite.builtins import fast as fast_builtins   # (a program calling a function)
        if (not self.tracing and fast_builtins.handles(name, node.args)
                and (node.quoted or (name not in self.prog.labels
                                     and name not in self.prog.nested_labels))):
            return fast_builtins.compile_call(name, [compile_expr(a, self) for a in node.args])
        internal_routine = not node.quoted and name in self.prog.labels
        argfns = self._routine_args(node.args) if internal_routine else [
            None if a is None else compile_str(a, self) for a in node.args]
        interp = self.interp
        prog = self.prog

        def eval_args(f):
            return [None if a is None else a(f) for a in argfns]

        self.needs |= _NEEDS.get(name, 0)

        if not node.quoted and name in prog.labels:
            index = prog.labels[name]
            if len(argfns) == 1 and argfns[0] is not None:
                a0 = argfns[0]

                def internal1(f):
                    """One argument: no list comprehension (a Python frame in 3.11) per call."""
                    v = interp.call_routine(f, prog, index, name, [a0(f)], "FUNCTION")
                    if v is None:
                        raise RexxError(44, 1, name=name)
                    return v
                return internal1

            def internal(f):
                args = [None if a is None else a(f) for a in argfns]
                v = interp.call_routine(f, prog, index, name, args, "FUNCTION")
                if v is None:
                    raise RexxError(44, 1, name=name)
                return v
            return internal
        if not node.quoted and name in prog.nested_labels:
            def nested(f):
                raise RexxError(16, 3, name=name)
            return nested

        cache: list = []

        def external(f):
            args = eval_args(f)
            if cache:
                return cache[0].call(f, args)
            b = REGISTRY.get(name)
            if b is not None:
                cache.append(b)
                return b.call(f, args)
            v = interp.call_external(f, name, args, "FUNCTION")
            if v is None:
                raise RexxError(44, 1, name=name)
            return v
        if len(argfns) == 1 and argfns[0] is not None:
            a0 = argfns[0]

            def external1(f):
                if cache:
                    return cache[0].call(f, [a0(f)])
                return external(f)
            return refused_first(name, external1)
        return refused_first(name, external)

    def _routine_args(self, args) -> list:
        """The argument closures of a call of an internal routine: each value as computed
        (an int or ``Num`` stays one, as a RETURN value does; ARG(), PARSE ARG and ARG give
        the routine its text), the text itself while tracing (the trace shows the strings)."""
        compile_arg = compile_str if self.tracing else compile_expr
        return [None if a is None else compile_arg(a, self) for a in args]

    def _late_function_call(self, node: ast.FunctionCall):
        """A function call in code whose labels can be redefined (the REPL): the internal
        routine is looked up when the call runs, else the call goes on as an external one."""
        name, interp, prog = node.name, self.interp, self.prog
        argfns = [None if a is None else compile_str(a, self) for a in node.args]
        self.needs |= _NEEDS.get(name, 0)
        other = Compiler.compile_function_call(self, ast.FunctionCall(name, node.args, quoted=True))

        def late(f):
            index = prog.labels.get(name)
            if index is None:
                return other(f)
            args = [None if a is None else a(f) for a in argfns]
            v = interp.call_routine(f, prog, index, name, args, "FUNCTION")
            if v is None:
                raise RexxError(44, 1, name=name)
            return v
        return late

    # -- instructions ----------------------------------------------------------------------
    def c_Label(self, node, info):
        return _noop

    def c_Nop(self, node, info):
        def nop(f):
            f.cl = info
        return nop

    def _traced_assignment(self, name: str, assign):
        """``assign`` of simple variable ``name``; in the trace mode one that forgets the
        number Regina kept of the variable (``number_marks``, imported only for a trace)."""
        if not self.tracing:
            return assign
        from rexxlite.compiler.number_marks import forgetting
        return forgetting(name, assign)

    def c_Assignment(self, node, info):
        target, expr = node.target, node.expr
        if target.__class__ is ast.Var and not target.name.endswith("."):
            name = target.name
            if (not self.tracing and expr.__class__ is ast.BinaryOp and expr.op in ("||", "")
                    and expr.left.__class__ is ast.Var and expr.left.name == name):
                return self._append(name, compile_str(expr.right, self), info)
            fused = compile_arith_assign(name, expr, self, info)
            if fused is not None:
                return self._traced_assignment(name, fused)
            e = _null_string if node.empty else compile_expr(expr, self)

            def assign(f):
                f.cl = info
                v = e(f)
                if f.has_refs:
                    set_simple(f.vars, name, v)
                else:
                    f.vars[name] = v
            return self._traced_assignment(name, assign)
        if (not self.tracing and target.__class__ is ast.Compound and len(target.tails) == 1
                and target.tails[0].__class__ is ast.Var):
            return self._assign_element(target, expr, info)
        e = _null_string if node.empty else compile_expr(expr, self)
        setter = self.compile_assign_value(target)

        def assign_other(f):
            f.cl = info
            setter(f, e(f))
        return assign_other

    def _assign_element(self, target, expr, info):
        """``stem.i = expr`` (one simple-variable tail) as one closure: the value, the tail
        and the store inline; a tail that is not a plain value, or a stem that is not a plain
        Stem of this activation, takes the general store."""
        store = self.compile_assign_value(target)
        tail_name = target.tails[0].name
        stem = target.stem
        e = compile_expr(expr, self)
        constant = expr.__class__ is ast.Literal
        value = e(None) if constant else None

        def assign_element(f):
            f.cl = info
            v = value if constant else e(f)
            d = f.vars
            tail = d.get(tail_name)
            if tail.__class__ is str and tail < ":":
                tail = tail_key(tail)
            st = d.get(stem)
            if ((tail.__class__ is str or tail.__class__ is int) and st.__class__ is Stem
                    and not st.has_refs):
                st.tails[tail] = v
            else:
                store(f, v)
        return assign_element

    def _append(self, name, right, info):
        def append(f):
            f.cl = info
            tail = right(f)
            if f.has_refs:
                set_simple(f.vars, name, tostr(read_var(f, name)) + tail)
                return
            d = f.vars
            v = d.pop(name, None)
            if v is None:
                v = novalue(f, name)
            elif v.__class__ is not str:
                v = str(v)
            v += tail
            d[name] = v
        return append

    def c_Command(self, node, info):
        e = compile_str(node.expr, self)
        interp = self.interp

        def command(f):
            f.cl = info
            interp.run_command(f, f.env, e(f), info)
        return command

    def c_Say(self, node, info):
        e = None if node.expr is None else compile_str(node.expr, self)
        interp = self.interp

        def say(f):
            f.cl = info
            interp.say("" if e is None else e(f))
        return say

    def c_If(self, node, info):
        cond = compile_condition(node.condition, self)
        then = self.compile_labelled(node.then_labels, node.then)
        other = (None if node.otherwise is None
                 else self.compile_labelled(node.else_labels, node.otherwise))
        if other is None:
            def if_(f):
                f.cl = info
                if cond(f):
                    return then(f)
            return if_

        def if_else(f):
            f.cl = info
            if cond(f):
                return then(f)
            return other(f)
        return if_else

    def c_Select(self, node, info):
        from rexxlite.compiler.select_clauses import compile_select
        return compile_select(self, node, info)

    def _end_info(self, node, info):
        """Where the END of a SELECT probably is (``select_clauses.end_of_select``)."""
        from rexxlite.compiler.select_clauses import end_of_select
        return end_of_select(self.code, node, info)

    def c_Leave(self, node, info):
        return self._leave_iterate(node, info, Leave, 1, 3)

    def c_Iterate(self, node, info):
        return self._leave_iterate(node, info, Iterate, 2, 4)

    def _leave_iterate(self, node, info, token_class, sub_any, sub_named):
        name = node.name
        # the repetitive loops around it: an INTERPRET string sees only its own (Regina)
        loops = [n for kind, n in self.loops[self.outer_loops:] if kind]
        # Regina reports these outside the loops (its traceback line is not indented); in a
        # string, on the INTERPRET clause: outside the string's loops (outside all of them, a
        # LEAVE / ITERATE is 28.1 / 28.2 there once its token leaves the string: c_Interpret)
        unwind = {"leave_loops": len(loops)} if self.in_interpret else {"unwind_loops": True}
        if not loops:
            if not self.in_interpret:
                return _error_clause(info, RexxError(28, sub_any), **unwind)
        elif name is not None and name not in loops:
            return _error_clause(info, RexxError(28, sub_named, token=name), **unwind)
        token = token_class(name)

        def leave(f):
            f.cl = info
            return token
        return leave

    def c_Call(self, node, info):
        name = node.name
        argfns = [None if a is None else compile_str(a, self) for a in node.args]
        interp = self.interp
        prog = self.prog
        if not node.quoted and prog.rebinding:
            return self._late_call(node, info, argfns)
        if not node.quoted and name in prog.labels:
            index = prog.labels[name]
            argfns = self._routine_args(node.args)

            def call_internal(f):
                f.cl = info
                args = [None if a is None else a(f) for a in argfns]
                v = interp.call_routine(f, prog, index, name, args, "SUBROUTINE")
                interp.set_result(f, v)
            return call_internal
        if not node.quoted and name in prog.nested_labels:
            return _error_clause(info, RexxError(16, 3, name=name))
        self.needs |= _NEEDS.get(name, 0)

        def call_other(f):
            f.cl = info
            args = [None if a is None else a(f) for a in argfns]
            b = REGISTRY.get(name)
            if b is not None:
                v = b.call(f, args)
            else:
                v = interp.call_external(f, name, args, "SUBROUTINE")
                if v is not None and f.tracing >= 4:
                    trace.value(f, "F", v)      # Regina shows an external routine's result
            interp.set_result(f, v)
        refusing = refused_first(name, call_other)
        if refusing is call_other:
            return call_other

        def call_extension(f):
            f.cl = info                     # Error 90.1 is reported at the CALL
            refusing(f)
        return call_extension

    def _late_call(self, node, info, argfns):
        """CALL in code whose labels can be redefined (the REPL): the routine is looked up
        when the CALL runs (an internal one first, then built-in and external ones)."""
        name, interp, prog = node.name, self.interp, self.prog
        self.needs |= _NEEDS.get(name, 0)

        def call_late(f):
            f.cl = info
            args = [None if a is None else a(f) for a in argfns]
            index = prog.labels.get(name)
            if index is not None:
                v = interp.call_routine(f, prog, index, name, args, "SUBROUTINE")
            elif (b := REGISTRY.get(name)) is not None:
                v = b.call(f, args)
            else:
                v = interp.call_external(f, name, args, "SUBROUTINE")
            interp.set_result(f, v)
        return call_late

    def c_CallOn(self, node, info):
        return self._trap(node, info, "CALL")

    def c_SignalOn(self, node, info):
        return self._trap(node, info, "SIGNAL")

    def _trap(self, node, info, kind):
        cond = node.condition.upper()
        label = node.name or cond
        enable = node.enable

        def trap(f):
            f.cl = info
            if enable:
                f.own_traps()[cond] = Trap(kind, label)
            else:
                f.own_traps().pop(cond, None)
        return trap

    def c_Signal(self, node, info):
        prog = self.prog
        if node.value is not None:
            e = compile_str(node.value, self)

            def signal_value(f):
                f.cl = info
                label = _label_named(prog, e(f))
                _check_label(prog, label, 2)
                raise SignalInstruction(label, info.line)
            return signal_value
        label = _label_named(prog, node.label)

        def signal(f):
            f.cl = info
            _check_label(prog, label, 2)
            raise SignalInstruction(label, info.line)
        return signal

    def c_Return(self, node, info):
        if node.expr is None:
            token = Return(None)

            def ret_none(f):
                f.cl = info
                return token
            return ret_none
        # the value as computed (an int or a ``Num`` is not made text here: a caller using
        # the result in arithmetic or MAX / SIGN scans nothing); the trace mode's as text
        e = compile_str(node.expr, self) if self.tracing else compile_expr(node.expr, self)

        def ret(f):
            f.cl = info
            return Return(e(f))
        return ret

    def c_Exit(self, node, info):
        e = None if node.expr is None else compile_str(node.expr, self)

        def exit_(f):
            f.cl = info
            raise RexxExit(0, None if e is None else e(f))
        return exit_

    def c_Upper(self, node, info):
        """UPPER var ...: each variable's value in upper case; an unset one stays unset
        (a simple one after NOVALUE), a stem is Error 32, as in Regina. Traced (I): a variable tail's
        derived name, then the new value, or for an unset one its name (``>L>``)."""
        steps = []
        for target in node.targets:
            if target.__class__ is ast.Var:
                steps.append(None if target.name.endswith(".") else
                             (target.name, None, None, self._assign_value(target)))
                continue
            written = target.stem + ".".join(
                t if isinstance(t, str) else t.name for t in target.tails)
            tail_vars = tuple(t.name for t in target.tails if not isinstance(t, str))
            steps.append((target.stem, compile_tail(target.tails, self), (written, tail_vars),
                          self._assign_value(target)))
        traced = self.tracing
        if traced:
            from rexxlite.runtime.trace import value as trace_value
        marks = traced or self.trace_hooks

        def upper(f):
            f.cl = info
            if f.strict_ansi:
                raise RexxError(90, 2, token="UPPER")
            for step in steps:
                if step is None:
                    raise RexxError(32, 0)
                name, tail_of, written, setter = step
                shown = name
                if tail_of is None:
                    value = get_simple(f.vars, name)
                else:
                    const, tailfn = tail_of
                    tail = const if tailfn is None else tailfn(f)
                    st = f.vars.get(name)
                    value = st.get(tail) if st.__class__ is Stem else None
                    name += tail_text(tail)
                    written, tail_vars = written
                    # Regina: a constant tail here, or a tail with an unset variable, shows
                    # no name, and later constant tails show theirs only after another
                    # variable tail
                    substituted = tailfn is not None and all(
                        get_simple(f.vars, v) is not None for v in tail_vars)
                    if marks:
                        f.interp.trace_tails_derived = substituted
                    if tailfn is None:
                        shown = name
                    else:
                        shown = written
                        if substituted and traced and f.tracing >= 4:
                            trace_value(f, "C", name)
                if value is None:           # (TRACE R shows these too, each time)
                    if traced and f.tracing >= 3:
                        trace_value(f, "L", shown)
                    if tail_of is None:     # a compound raises no NOVALUE here (Regina)
                        novalue(f, name)    # (SIGNAL ON NOVALUE: after the >L>, Regina)
                    continue
                new = rexx_upper(tostr(value))
                setter(f, new)
                if traced and f.tracing >= 3:
                    trace_value(f, "V", new)
        return upper

    def c_Drop(self, node, info):
        actions = []
        for target in node.targets:
            traced = self.tracing and self.trace_expressions.traced_drop(target, self)
            if target.__class__ is ast.Indirect:
                actions.append(("indirect", target.var.name, traced))
            elif target.__class__ is ast.Var:
                actions.append(("var", target.name))
            else:
                tail = (None, traced) if traced else compile_tail(target.tails, self)
                actions.append(("compound", tail, target.stem))
        marks = self.trace_hooks and not self.tracing   # (traced: ``traced_drop`` marks)

        def drop(f):
            f.cl = info
            for action in actions:
                kind = action[0]
                if kind == "var":
                    name = action[1]
                    if name.endswith("."):
                        drop_stem(f.vars, name)
                    else:
                        drop_simple(f.vars, name)
                elif kind == "compound":
                    (const, tailfn), stem = action[1], action[2]
                    tail = const if tailfn is None else tailfn(f)
                    if marks:                   # (``expression_trace.show_derived``)
                        f.interp.trace_tails_derived = tailfn is not None
                    st = f.vars.get(stem)
                    if st is not None and st.__class__ is Stem:
                        st.drop(tail)
                else:
                    fetch = action[2]
                    value = fetch(f) if fetch else get_simple(f.vars, action[1])
                    for word in tostr(value if value is not None else "").split():
                        drop_by_name(f.vars, rexx_upper(word), tostr)
        return drop

    def c_Procedure(self, node, info):
        interp = self.interp

        def procedure(f):
            f.cl = info
            if not f.proc_ok:
                raise RexxError(17, 1)
            interp.do_procedure(f, node)
        return procedure

    def c_Parse(self, node, info):
        if node.source.upper() == "LINEIN":
            self.needs |= NEEDS_DELAY
        from rexxlite.compiler.parse_instruction import compile_parse
        return compile_parse(self, node, info)

    def c_Push(self, node, info):
        e = None if node.expr is None else compile_str(node.expr, self)
        interp = self.interp

        def push(f):
            f.cl = info
            interp.queue.push("" if e is None else e(f))
        return push

    def c_Queue(self, node, info):
        e = None if node.expr is None else compile_str(node.expr, self)
        interp = self.interp

        def queue(f):
            f.cl = info
            interp.queue.queue("" if e is None else e(f))
        return queue

    def c_Interpret(self, node, info):
        e = compile_str(node.expr, self)
        interp = self.interp
        loops = list(self.loops)
        site = self.trace_site      # in an interpreted string: the program's INTERPRET clause

        def interpret(f):
            f.cl = info
            source = e(f)
            try:
                body, folds, cells = interp.compile_interpret(f, source, loops, site)
            except RexxError as error:  # a syntax error in the string is the clause's
                error.line = info.line
                raise
            for cell in cells:          # its references are new (Regina parses it again)
                cell[0] = None
            if folds and f.tracing >= 4:
                for fold in folds:      # Regina's parse of the string evaluates these
                    fold(f)
            held = interp.interpret_clause
            if held is None or held[0] is not f:
                interp.interpret_clause = (f, info)     # a failed command traces this clause
            try:
                for ins in body:
                    r = ins(f)
                    if r is not None:
                        if r.__class__ is Leave or r.__class__ is Iterate:
                            # Regina: LEAVE / ITERATE in the string cannot end a loop
                            # outside it (Error 28 on the INTERPRET clause)
                            f.cl = info
                            raise RexxError(28, 1 if r.__class__ is Leave else 2)
                        return r
            except RexxError:
                f.cl = info
                raise
            except SignalInstruction as jump:
                # Regina: the program goes on at the label, and running off the end of the
                # code comes back after the INTERPRET (RETURN and EXIT work as usual)
                interp.interpret_clause = held
                depth = f.loops
                v = interp.run_routine(f, interp._jump(f, jump), end=FELL_OFF)
                if v is not FELL_OFF:
                    return Return(v)
                f.loops = depth
            finally:
                interp.interpret_clause = held
            f.cl = info
        return interpret

    def c_Numeric(self, node, info):
        from rexxlite.compiler.numeric_instruction import compile_numeric
        return compile_numeric(self, node, info)

    def c_Address(self, node, info):
        from rexxlite.compiler.address_instruction import compile_address
        return compile_address(self, node, info)

    def c_Trace(self, node, info):
        interp = self.interp
        setting = node.setting
        if setting.__class__ is ast.Literal and _symbol_setting(info):
            symbol = setting.value              # ``TRACE R``: a symbol is not traced as >L>
            e = lambda f: symbol
        else:
            e = None if setting is None else compile_str(setting, self)

        def trace(f):
            f.cl = info
            if interp.initial_trace is None:    # with -t, Regina ignores TRACE (not TRACE())
                interp.set_trace(f, "" if e is None else e(f))
        return trace

    def c_Options(self, node, info):
        e = compile_str(node.expr, self)

        def options(f):
            f.cl = info
            for word in rexx_upper(e(f)).split():
                if word in ("STRICT_ANSI", "NOSTRICT_ANSI"):
                    f.strict_ansi = word == "STRICT_ANSI"
                elif word in ("STRICT_WHITE_SPACE_COMPARISONS",
                              "NOSTRICT_WHITE_SPACE_COMPARISONS"):
                    f.strict_white_space = word == "STRICT_WHITE_SPACE_COMPARISONS"
        return options

    def c_Require(self, node, info):
        e = compile_str(node.expr, self)
        interp = self.interp

        def require(f):
            f.cl = info
            interp.require(f, e(f))
        return require

    def c_DoLoop(self, node, info):
        if self.tracing or (self.trace_hooks and _changes_trace(self, node)):
            from rexxlite.compiler.do_loops import compile_traced_do
            return compile_traced_do(self, node, info)     # (TRACE can change inside it)
        from rexxlite.compiler.do_loops import compile_do
        fn = compile_do(self, node, info)
        if node.end_line:       # END is a clause of its own in the source text
            self.side[("end", id(node))] = self.code.next_ordinal(node.end_line)
        return fn


def _changes_trace(c, node) -> bool:
    from rexxlite.compiler.trace_hooks import changes_trace
    return changes_trace(c, node)


def _with_needs(fn, needs: int, interp):
    """Clause closure ``fn`` with what its clause needs around it: a DELAY point, a new clock
    reading."""
    if needs & NEEDS_DELAY:
        fn = _delaying(fn, interp)
    if needs & NEEDS_CLOCK:
        fn = _clocked(fn, interp)
    return fn


def _noop(f):
    return None


NEEDS_CLOCK = 1      # calls DATE / TIME: a new clock reading each time the clause runs
NEEDS_DELAY = 2      # may raise NOTREADY: CALL ON NOTREADY runs at the end of the clause
_NEEDS = {"DATE": NEEDS_CLOCK, "TIME": NEEDS_CLOCK}
for _name in ("LINEIN", "LINEOUT", "LINES", "CHARIN", "CHAROUT", "CHARS", "STREAM"):
    _NEEDS[_name] = NEEDS_DELAY


def _delaying(fn, interp):
    """A clause that may raise NOTREADY: a CALL ON NOTREADY handler runs when it ends."""
    def delaying(f):
        interp.delay_calls += 1
        try:
            r = fn(f)
        finally:
            interp.delay_calls -= 1
        if interp.delayed_calls:
            interp.run_delayed_calls(f)
        return r
    return delaying


def _clocked(fn, interp):
    """A clause that calls DATE or TIME: a new clock reading each time it runs."""
    from rexxlite.runtime.clock import clock_of
    clock = clock_of(interp)

    def clocked(f):
        clock.new_clause()
        return fn(f)
    return clocked


def _error_clause(info, error, unwind_loops=False, leave_loops=0):
    """A clause that raises ``error`` when it runs (for errors Regina finds at run time): a
    new copy each time (the interpreter marks an error it has seen, e.g. as checked for a
    SIGNAL ON SYNTAX trap, so a raised instance must not be raised again). Its traceback is
    outside every loop (``unwind_loops``) or outside the ``leave_loops`` it is in."""
    code, subcode, detail, main = error.code, error.subcode, error.detail, error._main

    def fail(f):
        f.cl = info
        if unwind_loops:
            f.loops = 0
        f.loops -= leave_loops
        raise RexxError(code, subcode, text=detail, main=main)
    return fail


def _label_named(prog, label: str) -> str:
    """The label SIGNAL ``label`` goes to: the one of that name, else (as in Regina, labels
    being symbols) the one of its upper-case name; ``label`` itself when neither is there
    (then named as given in the Error 16)."""
    if label not in prog.labels:
        upper = rexx_upper(label)
        if upper in prog.labels:
            return upper
    return label


def _check_label(prog, label, sub):
    if label not in prog.labels:
        raise prog.label_error(label, sub)


def _stem_through_ref(f, stem):
    return stem_of(f.vars, stem)


__all__ = ["Compiler", "Leave", "Iterate", "Return", "SignalJump", "rexx_upper", "Code",
           "arith_op", "as_int", "compare", "prefix_op", "RexxExit", "REGISTRY"]
