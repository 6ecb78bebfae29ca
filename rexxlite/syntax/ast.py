"""The abstract syntax tree: one node class (``node_class``) per construct of a Rexx program.

Names are upper case (Rexx folds symbols); string literals are already decoded (hex and
binary strings become their characters). Every instruction carries the source ``line`` of the
clause it came from, used by SIGL, error messages and TRACE.
"""

from __future__ import annotations

from rexxlite.syntax.node_class import EMPTY_LIST, Node


# ----------------------------------------------------------------------------- expressions

class Literal(Node):
    """A string, number or constant symbol: its value as a Rexx string."""
    value: str


class SpecialVar(Node):
    """Regina's special variables (constant symbols that have a value): ``.RC`` and ``.RS``,
    set after every command, and ``.MN``, the number of the last error SIGNAL ON SYNTAX
    trapped (``41``, ``42.3``), shared by all routines (unset, they are their own names),
    ``.ENDOFLINE`` (a line feed) and ``.LINE``, the number of the line running."""
    name: str


#: The constant symbols that are special variables (``SpecialVar``).
SPECIAL_VARIABLES = frozenset([".RC", ".RS", ".MN", ".ENDOFLINE", ".LINE"])

#: Regina's reserved symbols that start with a period: assigning one is Error 31.3 (any other
#: period symbol is Error 50.1, "Unrecognized reserved symbol"; .LINE is Error 31.2 there).
#: SYMBOL() of one (or of .LINE) traces its value as a variable's (``>L>`` while it has none).
RESERVED_DOT_SYMBOLS = frozenset([".MN", ".RESULT", ".SIGL", ".RS", ".RC", ".ENDOFLINE"])


class Var(Node):
    """A simple symbol or a stem (``name`` ends with '.') used as a variable."""
    name: str


class Compound(Node):
    """``stem.tail1.tail2``: ``stem`` includes the dot; each tail part is a constant or a Var."""
    stem: str
    tails: list[Union[str, Var]]


class FunctionCall(Node):
    """``name(args)``; ``quoted`` when the name was a string (internal labels are then skipped).
    An omitted argument is None."""
    name: str
    args: list[Union["Expr", None]]
    quoted: bool = False


class BinaryOp(Node):
    """``op`` is one of: + - * / % // ** || ' ' (blank concatenation) '' (abuttal)
    = \\= > < >= <= == \\== >> << >>= <<= & | &&  (synonyms such as <> >< ¬= \\> are
    normalised by the parser: \\> becomes <=, \\< becomes >=, \\>> becomes <<=, ...)."""
    op: str
    left: "Expr"
    right: "Expr"


class UnaryOp(Node):
    """Prefix ``+``, ``-`` or ``\\`` (logical not)."""
    op: str
    operand: "Expr"


Expr = Literal | Var | Compound | FunctionCall | BinaryOp | UnaryOp
Target = Var | Compound


# ----------------------------------------------------------------------------- PARSE templates

class TargetItem(Node):
    """A variable to assign in a template, or the ``.`` placeholder (``target`` None)."""
    target: Union[Target, None]


class LiteralPattern(Node):
    """A string pattern: ``'abc'``."""
    value: str


class VariablePattern(Node):
    """A ``(expr)`` pattern: the value of the expression is searched for as a string."""
    expr: "Expr"


class Position(Node):
    """A positional pattern. ``kind``: 'abs' (``5`` or ``=5``), '+' or '-' (relative).
    ``value`` is a Literal for a number or an Expr for ``=(x)``, ``+(x)``, ``-(x)``."""
    kind: str
    value: "Expr"


TemplateItem = TargetItem | LiteralPattern | VariablePattern | Position


class Template(Node):
    """One template of a PARSE template list: its items in order."""
    items: list[TemplateItem]


# ----------------------------------------------------------------------------- instructions

class Clause(Node):
    """What every instruction has: the source ``line`` of its clause."""
    __kw_only__ = ("line",)
    line: int = 0


class Assignment(Clause):
    """``target = expr``; ``empty`` when nothing follows the ``=`` (``expr`` is then the null
    string, which shows no trace line: Regina)."""
    target: Target
    expr: Expr
    empty: bool = False


class Command(Clause):
    """An expression clause: its value is sent to the current ADDRESS environment."""
    expr: Expr


class Label(Clause):
    """``name:``, the target of CALL and SIGNAL."""
    name: str


class Nop(Clause):
    """NOP."""


class Say(Clause):
    """SAY [expr] (None: an empty line)."""
    expr: Union[Expr, None]


class If(Clause):
    """IF condition THEN instruction [ELSE instruction] (``otherwise`` None: no ELSE).
    ``then_labels`` / ``else_labels``: the Labels written between THEN / ELSE and the
    instruction (``if x then here: say 1``), run (traced) before it; Regina counts them
    inside the IF (Error 16.2 / 16.3 when targeted)."""
    condition: Expr
    then: "Instruction"
    otherwise: Union["Instruction", None]
    then_labels: tuple = ()
    else_labels: tuple = ()


class DoLoop(Clause):
    """Any DO ... END. For ``DO i = a TO b BY c FOR d``: ``control`` is the Target and ``start``
    its initial Expr; ``to``/``by``/``for_`` are Exprs or None, evaluated in ``order`` (the
    order written, a list of 'TO' 'BY' 'FOR'). ``count`` is ``DO n``'s expression; ``forever``
    for DO FOREVER; ``while_``/``until`` the conditions. A plain ``DO; ...; END`` has none."""
    body: list["Instruction"]
    control: Union[Target, None] = None
    start: Union[Expr, None] = None
    to: Union[Expr, None] = None
    by: Union[Expr, None] = None
    for_: Union[Expr, None] = None
    order: list[str] = EMPTY_LIST
    count: Union[Expr, None] = None
    forever: bool = False
    while_: Union[Expr, None] = None
    until: Union[Expr, None] = None
    end_name: Union[str, None] = None       # the symbol after END, checked against control
    end_line: Union[int, None] = None       # line of the END clause (for TRACE)


class Select(Clause):
    """SELECT; WHEN expr THEN instruction...; [OTHERWISE instructions]; END."""
    whens: list[tuple[Expr, "Instruction"]]
    otherwise: Union[list["Instruction"], None]   # None: no OTHERWISE (Error 7 if none match)
    end_line: Union[int, None] = None   # line of the END clause (Error 7 is reported there)
    # the Labels between each WHEN's THEN and its instruction (a tuple of them per WHEN), or
    # () when no WHEN has any (``If.then_labels``)
    when_labels: tuple = ()


class Leave(Clause):
    """LEAVE [name]: the loop named, or the innermost."""
    name: Union[str, None] = None


class Iterate(Clause):
    """ITERATE [name]: the loop named, or the innermost."""
    name: Union[str, None] = None


class Call(Clause):
    """CALL name [args]; ``quoted`` when the name was a string (internal labels skipped)."""
    name: str
    args: list[Union[Expr, None]]
    quoted: bool = False


class CallOn(Clause):
    """CALL ON condition [NAME name] (``enable``) or CALL OFF condition."""
    condition: str
    enable: bool
    name: Union[str, None] = None


class Signal(Clause):
    """SIGNAL label, or SIGNAL [VALUE] expr when ``value`` is set."""
    label: Union[str, None] = None
    value: Union[Expr, None] = None


class SignalOn(Clause):
    """SIGNAL ON condition [NAME name] (``enable``) or SIGNAL OFF condition."""
    condition: str
    enable: bool
    name: Union[str, None] = None


class Return(Clause):
    """RETURN [expr]."""
    expr: Union[Expr, None] = None


class Exit(Clause):
    """EXIT [expr]."""
    expr: Union[Expr, None] = None


class Drop(Clause):
    """Names to drop; a ``(name)`` item (indirect list) is a Var in ``indirect``."""
    targets: list[Union[Target, "Indirect"]]


class Upper(Clause):
    """Regina's UPPER instruction: the variables whose values are put in upper case."""
    targets: list[Target]


class Indirect(Node):
    """``(name)`` in DROP / PROCEDURE EXPOSE: the words of the variable's value are names."""
    var: Var


class Procedure(Clause):
    """PROCEDURE [EXPOSE names]: the names shared with the caller."""
    expose: list[Union[Target, Indirect]] = EMPTY_LIST


class Parse(Clause):
    """PARSE [UPPER|LOWER|CASELESS] source template-list. ``source``: ARG PULL VAR VALUE LINEIN
    SOURCE VERSION EXTERNAL NUMERIC. ``var`` names the variable for VAR; ``expr`` is the VALUE
    expression (None: empty). ARG and PULL instructions are Parse with upper=True."""
    source: str
    templates: list[Template]
    upper: bool = False
    lower: bool = False
    caseless: bool = False
    var: Union[Target, None] = None
    expr: Union[Expr, None] = None


class Push(Clause):
    """PUSH [expr]: onto the head of the data queue."""
    expr: Union[Expr, None] = None


class Queue(Clause):
    """QUEUE [expr]: onto the tail of the data queue."""
    expr: Union[Expr, None] = None


class Interpret(Clause):
    """INTERPRET expr: its value run as Rexx clauses."""
    expr: Expr


class Numeric(Clause):
    """NUMERIC DIGITS [expr] / FUZZ [expr] / FORM [SCIENTIFIC|ENGINEERING|[VALUE] expr]."""
    kind: str                        # 'DIGITS', 'FUZZ' or 'FORM'
    expr: Union[Expr, None] = None   # for FORM: a Literal 'SCIENTIFIC'/'ENGINEERING' or an Expr
    keyword: bool = False            # FORM's expr is its keyword (not traced), not an Expr


class Redirect(Node):
    """One part of ADDRESS ... WITH: ``stream`` is 'INPUT', 'OUTPUT' or 'ERROR'; ``kind``
    'STEM', 'STREAM', 'FIFO', 'LIFO' or 'NORMAL'; ``name`` the stem, stream or queue name as
    written (a symbol upper-cased); ``symbol`` when it was a symbol (STREAM, FIFO and LIFO then
    use its value); ``append`` for APPEND (False: REPLACE)."""
    stream: str
    kind: str
    name: Union[str, None] = None
    append: bool = False
    symbol: bool = False


class Address(Clause):
    """ADDRESS (swap) / ADDRESS env / ADDRESS env expr / ADDRESS [VALUE] expr, with WITH."""
    environment: Union[str, None] = None
    command: Union[Expr, None] = None
    value: Union[Expr, None] = None
    redirects: list[Redirect] = EMPTY_LIST


class Trace(Clause):
    """TRACE setting: a Literal (symbol or string) or an Expr for TRACE VALUE."""
    setting: Union[Expr, None] = None


class Options(Clause):
    """OPTIONS expr: the words of its value set interpreter options."""
    expr: Expr


class Require(Clause):
    """REQUIRE "name": load an ADDRESS plugin (rexxlite extension, from the JavaScript era)."""
    expr: Expr


Instruction = (
    Assignment | Command | Label | Nop | Say | If | DoLoop | Select | Leave | Iterate | Call
    | CallOn | Signal | SignalOn | Return | Exit | Drop | Upper | Procedure | Parse | Push
    | Queue | Interpret | Numeric | Address | Trace | Options | Require
)


class Program(Node):
    """A parsed program: its instructions and the lines of its source text."""
    body: list[Instruction]
    source_lines: "Sequence[str]"       # a ``source_lines.SourceLines`` from the parser
