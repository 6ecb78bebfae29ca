"""Which entries are bare expressions, whose value the REPL shows instead of sending it.

In a program, a clause that is only an expression is a command: its value goes to the current
ADDRESS environment. At the prompt a user typing ``1+1`` or ``length('abc')`` wants the value,
as in every REPL, while ``'ls -l'`` under ADDRESS SYSTEM and ``"list"`` under ADDRESS PROXMOX
must stay commands. The rule: an entry of one clause, a command clause, is shown as a value
(it runs as ``SAY expression``) unless its expression is how commands are written:

- a string, a variable or a compound variable: ``'ls -l'``, ``"list"``, ``cmd``, ``cmds.1``;
- a concatenation (blank, abuttal or ``||``) of anything: ``'rm' file``, ``"execute" args``.

Everything else (arithmetic, comparisons, logical operators, prefix ``-``/``\\``, a function
call, a number) shows its value.
"""

from __future__ import annotations

from rexxlite.syntax import ast
from rexxlite.numbers.arith import is_number

CONCATENATIONS = frozenset({" ", "", "||"})


def shown_as_value(node, text: str) -> bool:
    """True when the clause ``node`` (the whole entry ``text``) is a bare expression."""
    if node.__class__ is not ast.Command:
        return False
    expr = node.expr
    if expr.__class__ is ast.Literal:
        return text.lstrip()[:1] not in ("'", '"') and is_number(expr.value)
    if expr.__class__ in (ast.Var, ast.Compound):
        return False
    if expr.__class__ is ast.BinaryOp and expr.op in CONCATENATIONS:
        return False
    return True


def as_say(program: ast.Program) -> ast.Program:
    """The one-clause ``program`` with its command clause made a SAY of the same expression."""
    node = program.body[0]
    say = ast.Say(node.expr, line=node.line)
    return ast.Program([say], program.source_lines)
