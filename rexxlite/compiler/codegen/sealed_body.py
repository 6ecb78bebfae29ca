"""Whether a DO loop's body provably leaves its control variable (and the stems it uses) alone.

The range loop (``range_loop``) keeps the control variable in a Python local and reads it from
there, and fetches the stems its body uses once before the loop, when nothing the body can do
may change the variable or replace a stem behind the generated code's back. The rule, checked
on the body's clauses and on every clause and expression inside them:

- clauses: assignments to anything but the control variable or a whole stem the body uses
  (``s. = x`` makes a new stem), SAY, NOP, IF, SELECT, plain DO blocks, LEAVE, ITERATE,
  RETURN, EXIT, and DO loops of this kind whose control variable is not the outer one's;
- expressions: literals, variables, compounds, operators, and calls of the built-ins of
  ``PURE_BUILTINS`` (no internal routine of that name, no REPL rebinding of labels).

Everything else may change any variable: CALL, a call of an internal or external routine
(its PROCEDURE EXPOSE or a SIGNAL back), INTERPRET, PARSE / PULL / ARG (their targets), DROP,
PROCEDURE, commands and ADDRESS (RC, CALL ON ERROR handlers), NUMERIC, SIGNAL, labels in the
body (a SIGNAL into it), VALUE() (it assigns), the stream built-ins (a CALL ON NOTREADY handler
runs inside the call) and TRACE (interactive tracing runs what the user types). A condition
raised by an allowed clause (SYNTAX, NOVALUE, LOSTDIGITS) leaves the loop as an exception,
which the control variable's pool value (stored each pass) is right for.
"""

from __future__ import annotations

from rexxlite.syntax import ast

#: Built-ins that read only their arguments and the NUMERIC settings: no variable, stream,
#: queue, condition or trace setting is touched, and no handler can run inside them.
PURE_BUILTINS = frozenset({
    "ABBREV", "ABS", "BITAND", "BITOR", "BITXOR", "B2X", "C2D", "C2X", "CENTER", "CENTRE",
    "CHANGESTR", "COMPARE", "COPIES", "COUNTSTR", "D2C", "D2X", "DATATYPE", "DELSTR", "DELWORD",
    "FORMAT", "INSERT", "LASTPOS", "LEFT", "LENGTH", "MAX", "MIN", "OVERLAY", "POS", "REVERSE",
    "RIGHT", "SIGN", "SPACE", "STRIP", "SUBSTR", "SUBWORD", "TRANSLATE", "TRUNC", "VERIFY",
    "WORD", "WORDINDEX", "WORDLENGTH", "WORDPOS", "WORDS", "X2B", "X2C", "X2D", "XRANGE",
})

_LEAVING = (ast.Nop, ast.Leave, ast.Iterate, ast.Return, ast.Exit, ast.Say)


class _Rule:
    """One check of a body against one control variable (``control``, None for none)."""

    def __init__(self, prog, control):
        self.prog = prog
        self.control = control
        self.stems: set[str] = set()            # the stems the body uses in compounds
        self.whole_stems: set[str] = set()      # the stems the body assigns as a whole

    def clauses(self, nodes) -> bool:
        return all(self.clause(node) for node in nodes)

    def clause(self, node) -> bool:
        cls = node.__class__
        if cls is ast.Assignment:
            target = node.target
            if target.__class__ is ast.Var:
                if target.name == self.control:
                    return False
                if target.name.endswith("."):
                    self.whole_stems.add(target.name)
            elif not self.expression(target):
                return False
            return self.expression(node.expr)
        if cls in _LEAVING:
            expr = getattr(node, "expr", None)
            return expr is None or self.expression(expr)
        if cls is ast.If:
            return (not node.then_labels and not node.else_labels   # (a SIGNAL into it)
                    and self.expression(node.condition) and self.clause(node.then)
                    and (node.otherwise is None or self.clause(node.otherwise)))
        if cls is ast.Select:
            return (not node.when_labels and all(self.expression(cond) and self.clause(instr)
                        for cond, instr in node.whens)
                    and (node.otherwise is None or self.clauses(node.otherwise)))
        if cls is ast.DoLoop:
            return self.loop(node)
        return False

    def loop(self, node) -> bool:
        control = node.control
        if control is not None and (control.__class__ is not ast.Var
                                    or control.name == self.control
                                    or control.name.endswith(".")):
            return False
        exprs = (node.start, node.to, node.by, node.for_, node.count, node.while_, node.until)
        return (all(e is None or self.expression(e) for e in exprs)
                and self.clauses(node.body))

    def expression(self, node) -> bool:
        cls = node.__class__
        if cls is ast.Literal or cls is ast.Var:
            return True
        if cls is ast.Compound:
            self.stems.add(node.stem)
            return all(t.__class__ is not ast.Var or self.expression(t) for t in node.tails)
        if cls is ast.BinaryOp:
            return self.expression(node.left) and self.expression(node.right)
        if cls is ast.UnaryOp:
            return self.expression(node.operand)
        if cls is ast.FunctionCall:
            prog = self.prog
            if (node.name not in PURE_BUILTINS or prog.rebinding
                    or (not node.quoted and node.name in prog.labels)):
                return False
            return all(a is None or self.expression(a) for a in node.args)
        return False


def sealed(prog, body, control: str):
    """The stems the loop body ``body`` uses and may be fetched once (a set), when ``body``
    provably leaves simple variable ``control`` alone; None when it may change it."""
    rule = _Rule(prog, control)
    if not rule.clauses(body):
        return None
    return rule.stems - rule.whole_stems
