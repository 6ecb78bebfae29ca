"""DO loops of whole-number arithmetic generated as Python source (one code object per shape).

``DO i = a TO b [BY c]`` whose body is only ``name = x op y`` clauses (op ``+ - *``; x and y
simple variables or whole-number literals; no clause assigns the control variable) runs as
one generated Python ``while`` loop: the variables live in Python locals for the loop's
duration, each clause is its int fast path inline (exact when operands and result are within
DIGITS, as ``compile_expr``'s generated closures), and the control variable is stepped inline:
a ``for`` over a ``range`` when every value it takes, and the one after the last, lies within
DIGITS (no step needs a check, and operands that are the control variable need no class or
DIGITS test), else a ``while`` with the checked step.

Anything the inline code does not decide exactly (a value that is not an int, a result beyond
DIGITS, NOVALUE, a LOSTDIGITS trap) *falls back for that one clause*: the locals are written
back to the variable pool, the clause's ordinary compiled closure runs (and raises whatever
Regina raises), and its target is read back. An exception leaving the loop (an error, HALT)
writes the locals back first, so a handler sees the pool as the clause-by-clause code leaves it.

An accumulation ``s = s + y`` whose ``s`` no other clause of the loop reads or writes is kept,
once ``s`` is a number beyond DIGITS of the shape ``numvalue``'s inlined ``Num + int`` handles
(DIGITS digits, exponent above the units, positive, SCIENTIFIC, LOSTDIGITS not trapped), as its
digits alone (an int): each pass is Regina's addition ``c + (y // 10**k + 5) // 10`` with the
one rounding, the same steps as the closure's, and a ``Num`` is made only when ``s`` is
written back. A carry (``c`` reaching 10**DIGITS) or an operand of another kind falls back.
"""

from __future__ import annotations

from rexxlite.syntax import ast
from rexxlite.numbers.numvalue import UNIT_EXP_KEPT, Num
from rexxlite.numbers.ten_powers import P10
from rexxlite.compiler.code_cache import compiled

_OPS = ("+", "-", "*")
_generated: dict[str, object] = {}


def _operand(node, control: str):
    """("var", name) / ("control", None) / ("int", value) for an operand the inline code
    reads; None for anything else."""
    cls = node.__class__
    if cls is ast.Var and not node.name.endswith("."):
        return ("control", None) if node.name == control else ("var", node.name)
    if cls is ast.Literal:
        value = node.value
        if value.isdigit() and value.isascii() and str(int(value)) == value:
            return ("int", int(value))
    return None


def _clauses(body_nodes: list, control: str):
    """[(target, op, left, right)] for a body of the kind, else None."""
    clauses = []
    for node in body_nodes:
        if node.__class__ is not ast.Assignment:
            return None
        target, expr = node.target, node.expr
        if (target.__class__ is not ast.Var or target.name.endswith(".") or target.name == control
                or expr.__class__ is not ast.BinaryOp or expr.op not in _OPS):
            return None
        left, right = _operand(expr.left, control), _operand(expr.right, control)
        if left is None or right is None:
            return None
        clauses.append((target.name, expr.op, left, right))
    return clauses or None


def loop_runner(body_nodes: list, body_fns: list, body_infos: list, control: str):
    """``run(f, v, to_v, by_v) -> None | int`` for a loop of the kind (None: not of it).

    ``run`` is called with whole-number ``v <= ...`` bounds, BY >= 0, no references in the
    pool; it returns None when the loop ended (control variable past TO), or the control
    value whose step left the int fast path (the caller finishes the step the general way)."""
    clauses = _clauses(body_nodes, control)
    if clauses is None:
        return None
    names: list[str] = []
    for target, _op, left, right in clauses:
        for item in (("var", target), left, right):
            if item[0] == "var" and item[1] not in names:
                names.append(item[1])
    targets = []
    for target, *_ in clauses:
        if target not in targets:
            targets.append(target)
    uses: dict[str, int] = {}
    for target, _op, left, right in clauses:
        mentioned = {target} | {x[1] for x in (left, right) if x[0] == "var"}
        for name in mentioned:
            uses[name] = uses.get(name, 0) + 1
    accumulating = [op == "+" and left == ("var", target) and uses[target] == 1
                    and right != ("var", target)
                    for target, op, left, right in clauses]
    src = _source(clauses, names, targets, accumulating)
    factory = _generated.get(src)
    if factory is None:
        namespace = {"Num": Num, "P10": P10}
        exec(compiled(src, "<rexxlite loop>"), namespace)
        factory = _generated[src] = namespace["factory"]
    return factory(tuple(names), tuple(body_fns), tuple(body_infos), control)


def _source(clauses, names, targets, accumulating) -> str:
    local = {name: f"x{i}" for i, name in enumerate(names)}
    index = {name: i for i, name in enumerate(names)}

    def read(item):
        kind, payload = item
        return "v" if kind == "control" else local[payload] if kind == "var" else repr(payload)

    sync = ["d[control] = v"]
    for name in targets:
        k = clauses.index(next(c for c in clauses if c[0] == name))
        x = local[name]
        if accumulating[k]:
            sync.append(f"if acc{k} is not None: d[N[{index[name]}]] = "
                        f"Num(False, acc{k}, digits, exp{k}, digits, 'SCIENTIFIC')")
            sync.append(f"elif {x} is not None: d[N[{index[name]}]] = {x}")
        else:
            sync.append(f"if {x} is not None: d[N[{index[name]}]] = {x}")
    lines = ["def factory(N, B, I, control):",
             " def run(f, v, to_v, by_v):",
             "  d = f.vars",
             "  lim = f.lim",
             "  digits = f.digits",
             "  plain = f.form == 'SCIENTIFIC' and 'LOSTDIGITS' not in f.traps"]
    lines += [f"  {local[name]} = d.get(N[{index[name]}])" for name in names]
    lines += [f"  acc{k} = exp{k} = cut{k} = None" for k, acc in enumerate(accumulating) if acc]
    if len(clauses) == 1:
        lines.append("  f.cl = I[0]")
    lines += ["  try:"]

    def fallback(k, indent):
        pad = " " * indent
        target = clauses[k][0]
        x = local[target]
        out = [pad + line for line in sync]
        out.append(f"{pad}B[{k}](f)")
        out.append(f"{pad}{x} = d.get(N[{index[target]}])")
        if accumulating[k]:
            out += [f"{pad}if (plain and {x}.__class__ is Num and not {x}.neg and {x}.n == digits"
                    f" and digits < {x}.exp <= digits + {UNIT_EXP_KEPT + 1}):",
                    f"{pad} acc{k} = {x}.c",
                    f"{pad} exp{k} = {x}.exp",
                    f"{pad} cut{k} = P10[exp{k} - digits - 1]"]
        return out

    def is_int(item, ranged):
        """The test that operand ``item`` is an int, as the start of an ``and`` chain."""
        kind = item[0]
        return "" if kind == "int" or (ranged and kind == "control") else f"{read(item)}.__class__ is int and "

    def in_digits(name, item, ranged):
        """`` and -lim < name < lim`` unless operand ``item`` is known to be within DIGITS."""
        kind = item[0]
        if (kind == "int" and -10 < item[1] < 10) or (ranged and kind == "control"):
            return ""
        return f" and -lim < {name} < lim"

    def one_pass(ranged):
        """The lines of one pass (``ranged``: the control variable is a ``range``'s int)."""
        passes = []
        for k, (target, op, left, right) in enumerate(clauses):
            x = local[target]
            body = []
            if len(clauses) > 1:
                body.append(f"f.cl = I[{k}]")
            ints = (is_int(left, ranged) + is_int(right, ranged))[:-len(" and ")] or "True"
            general = [f"a = {read(left)}", f"b = {read(right)}",
                       f"if {ints}:",
                       f" r = a {op} b",
                       f" if -lim < r < lim{in_digits('a', left, ranged)}"
                       f"{in_digits('b', right, ranged)}:",
                       f"  {x} = r",
                       " else:"]
            general += fallback(k, 2)
            general.append("else:")
            general += fallback(k, 1)
            if accumulating[k]:
                materialise = [f" {x} = Num(False, acc{k}, digits, exp{k}, digits, 'SCIENTIFIC')",
                               f" acc{k} = None"]
                body += [f"if acc{k} is not None:",
                         f" b = {read(right)}",
                         f" if {is_int(right, ranged)}b > 0:",
                         f"  r = acc{k} + (b // cut{k} + 5) // 10",
                         "  if r < lim:",
                         f"   acc{k} = r",
                         "  else:"]
                body += [" " * 2 + m for m in materialise] + fallback(k, 3)
                body.append(" else:")
                body += [" " + m for m in materialise] + fallback(k, 2)
                body.append("else:")
                body += [" " + g for g in general]
            else:
                body += general
            passes += body
        return passes

    # Bounds whose every value, and the one after the last, lie within DIGITS: a ``range``.
    lines += ["   if by_v > 0 and -lim < v and to_v + by_v < lim:",
              "    first = v",
              "    span = range(first, to_v + 1, by_v)",
              "    for v in span:"]
    lines += ["     " + line for line in one_pass(True)]
    lines += ["    v = first + len(span) * by_v",
              "   else:",
              "    while v <= to_v:"]
    lines += ["     " + line for line in one_pass(False)]
    lines += ["     w = v + by_v",
              "     if -lim < w < lim and -lim < v < lim:",
              "      v = w",
              "     else:"]
    lines += ["      " + line for line in sync]
    lines += ["      return v",
              "  except BaseException:"]
    lines += ["   " + line for line in sync]
    lines += ["   raise"]
    lines += ["  " + line for line in sync]
    lines += ["  return None", " return run"]
    return "\n".join(lines) + "\n"
