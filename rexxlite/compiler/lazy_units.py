"""Compiling a program a unit at a time, when a unit is first run (compile on demand).

A big program is mostly code one run never reaches: the qocca trip test (19,000 lines) spent
2.4 s compiling 12,000 clauses to print one line. So ``Compiler.compile_body`` (for a
program; not for an INTERPRET string or a REPL entry) fills ``Code.body`` with stubs, and the first call of a stub compiles its
*unit*: a label alone, or the clauses between two labels, at most ``MAX_RUN`` of them (the
runs the code generator makes, ``run_policy``). The unit's closures (and its generated run)
then replace the stubs, so each clause is compiled once, as before, only later.

What compiling in order gave for free is kept:

- the labels (``Code.labels``) are found before anything runs, and so are the labels nested
  inside DO / IF / SELECT (``deferred_body.nested_label_names``, kept in a cached program's
  outline, so finding them unpickles nothing): a CALL of one is Error 16.3 wherever it
  stands, as in Regina, not only after the construct holding it was compiled;
- a clause's ordinal among the clauses of its line (``ClauseInfo.ordinal``, which picks its
  text for tracebacks) counts the clauses of earlier units on that line: the unit's first
  line may be the last line of the clauses before it (``return; next: procedure``), which
  are then counted by compiling them aside (``_clauses_on_line``);
- an expression nested too deep for Python's compiler is still Error 11;
- a label's ClauseInfo, which TRACE shows when a CALL reaches the label (the routine then
  runs from the clause after it), is made by ``Code.compile_at`` when it is wanted.
"""

from __future__ import annotations

from rexxlite.syntax import ast
from rexxlite.syntax.collector_pause import collector_paused, set_aside
from rexxlite.syntax.deferred_body import nested_label_names, top_labels
from rexxlite.errors import RexxError


def last_line(node) -> int:
    """The last line a clause (with the clauses inside it) stands on."""
    while True:
        cls = node.__class__
        if cls is ast.If:
            node = node.then if node.otherwise is None else node.otherwise
            continue
        if cls is ast.DoLoop or cls is ast.Select:
            return node.end_line or getattr(node, "line", 0) or 0
        return getattr(node, "line", 0) or 0


class LazyUnits:
    """The units of ``nodes`` (top-level clauses at ``base`` in ``prog.body``), each compiled
    by ``compiler`` the first time one of its stubs runs. A program run from its unit image
    has no compiler until a stub runs (``resumed``): ``make_compiler`` makes it then."""

    def __init__(self, compiler, nodes: list, base: int, runs: bool, stubs: bool = True,
                 prog=None, make_compiler=None):
        self._compiler = compiler
        self._make_compiler = make_compiler
        self.prog = prog if compiler is None else compiler.prog   # (the Code of ``body``)
        self.nodes = nodes
        self.base = base
        self.runs = runs                      # the code generator makes runs of clauses
        self.compiled = 0                     # units compiled (since the unit image's load)
        if stubs:                             # (else the unit image puts them in the body)
            from rexxlite.compiler.codegen.run_policy import run_bounds
            body = self.prog.body
            bounds = run_bounds(len(nodes), [index for index, _ in top_labels(nodes)])
            for start, end in bounds:
                body.extend(self.stub(start, end, index) for index in range(start, end))

    @property
    def compiler(self):
        """The compiler of the units: of a program run from its unit image, made when its
        first unit the image did not hold is compiled (importing the compiler then)."""
        compiler = self._compiler
        if compiler is None:
            compiler = self._compiler = self._make_compiler()
            compiler.generating_clauses = compiler.generating and not self.runs
            compiler.lazy_units = self
        return compiler

    def stub(self, start: int, end: int, index: int) -> "_Stub":
        """The stub of clause ``index``, in unit ``start:end``."""
        return _Stub(self, start, end, index)

    def compile_unit(self, start: int, end: int) -> None:
        """Compile clauses ``start:end`` of ``nodes`` into their places in the body."""
        compiler, nodes, base = self.compiler, self.nodes, self.base
        code = compiler.code
        self.compiled += 1
        first = getattr(nodes[start], "line", 0) or 0
        code.ordinals = {first: self._clauses_on_line(start, first)}
        body = self.prog.body
        try:
            # The unit's closures and generated code live as long as the program: the
            # collector is paused while they are made, then they are set aside, not scanned
            # by every collection after (soundex: a 0.7 ms collection of them at once).
            with collector_paused():
                for index in range(start, end):
                    body[base + index] = compiler.compile_top(nodes[index], index)
                if self.runs:
                    from rexxlite.compiler.codegen import clause_function
                    clause_function.generate_runs(compiler, nodes[start:end], base + start,
                                                  start)
                set_aside()
        except RecursionError:        # an expression nested too deep, as in the parser
            raise RexxError(11) from None

    def _clauses_on_line(self, index: int, line: int) -> int:
        """How many clauses the top-level clauses before ``index`` have on ``line``."""
        count = 0
        j = index - 1
        while j >= 0 and line and last_line(self.nodes[j]) >= line:
            count += self._count_aside(self.nodes[j], line)
            j -= 1
        return count

    def _count_aside(self, node, line: int) -> int:
        """The clauses ``node`` has on ``line``, counted by compiling it into a scratch Code
        (the compiler's own count, so the two cannot disagree)."""
        from rexxlite.runtime.code import Code
        main = self.compiler
        scratch = Code(main.code.name, main.code.source_lines)
        aside = main.__class__(main.interp, scratch, prog=main.prog)   # (no import circle)
        aside.generating = aside.generating_clauses = False
        aside.compile_clause(node, top=True)
        return scratch.ordinals.get(line, 0)


def resumed(code, body: list, runs: bool, make_compiler) -> LazyUnits:
    """The ``LazyUnits`` of a program's top-level clauses ``body`` whose compiled units come
    from its unit image (``unit_image``), which puts their stubs in ``code.body``: its labels
    bound as ``Compiler.compile_body`` binds them, and no compiler until a stub runs."""
    code.bind_labels(body)
    code.nested_labels |= nested_label_names(body)
    return LazyUnits(None, body, 0, runs, stubs=False, prog=code, make_compiler=make_compiler)


class _Stub:
    """The place of clause ``index`` (of ``units.nodes``) not compiled yet: running it
    compiles the clause's unit ``start:end``, then runs the clause's own closure."""
    __slots__ = ("units", "start", "end", "index")

    def __init__(self, units: LazyUnits, start: int, end: int, index: int):
        self.units, self.start, self.end, self.index = units, start, end, index

    def compile(self) -> None:
        """Compile the unit now, if it is not yet (``Code.compile_at``)."""
        units = self.units
        if units.prog.body[units.base + self.index] is self:
            units.compile_unit(self.start, self.end)

    def __call__(self, f):
        self.compile()
        units = self.units
        return units.prog.body[units.base + self.index](f)
