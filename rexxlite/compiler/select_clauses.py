"""SELECT -> closures: each WHEN's condition tried in turn, its instruction run when true, else
OTHERWISE (Error 7 without one); in the compiler's trace mode each WHEN and the OTHERWISE are
traced as they are tried. Also where the WHEN, OTHERWISE and END clauses are in the source,
for the trace lines and error reports (the AST keeps only the SELECT's line).
"""

from __future__ import annotations

from rexxlite.charset import rexx_lower
from rexxlite.runtime import trace
from rexxlite.syntax.clause_tree import labels_before_whens
from rexxlite.runtime.activation import ClauseInfo, LineEnd
from rexxlite.compiler.expressions import compile_condition
from rexxlite.errors import RexxError


def compile_select(c, node, info):
    """SELECT ``node`` (clause ``info``) compiled by compiler ``c``."""
    if c.tracing:
        return _traced_select(c, node, info)
    whens = []
    infos = []
    for (cond, instr), labels in zip(node.whens, labels_before_whens(node)):
        infos.append(_when_info(c.code, labels[0] if labels else instr, info.line,
                                c.code.next_ordinal))
        whens.append((compile_condition(cond, c), c.compile_labelled(labels, instr)))
    c.side[("when", id(node))] = infos
    if node.otherwise is not None and c.trace_hooks:
        c.side[("otherwise", id(node))] = _otherwise_info(c.code, node, info.line)
    other = None if node.otherwise is None else c.compile_block(node.otherwise)
    if node.end_line:
        c.code.next_ordinal(node.end_line)
    end_info = end_of_select(c.code, node, info) if other is None else info

    whens = [(cond, instr, when_info) for (cond, instr), when_info in zip(whens, infos)]

    def select(f):
        for cond, instr, when_info in whens:
            f.cl = when_info            # an error in the condition is the WHEN's (Regina)
            if cond(f):
                return instr(f)
        f.cl = info
        if other is None:
            f.cl = end_info
            raise RexxError(7)
        for ins in other:
            r = ins(f)
            if r is not None:
                return r
    return select


def _traced_select(c, node, info):
    """The trace mode's SELECT: each WHEN shown as it is tried, then the OTHERWISE."""
    whens = [(compile_condition(cond, c), c.compile_labelled(labels, instr))
             for (cond, instr), labels in zip(node.whens, labels_before_whens(node))]
    infos = c.side.get(("when", id(node))) or [info] * len(whens)
    other = None if node.otherwise is None else c.compile_block(node.otherwise)
    other_info = c.side.get(("otherwise", id(node)))
    end_info = end_of_select(c.code, node, info) if other is None else info
    site = c.trace_site             # INTERPRET: its clauses show the INTERPRET clause
    if site is not None:
        other_info = site if other_info is not None else None

    def select(f):
        f.cl = info
        for (cond, instr), when_info in zip(whens, infos):
            if f.tracing >= 2:
                trace.clause(f, site or when_info)
            f.cl = when_info
            if cond(f):
                return instr(f)
        f.cl = info
        if other is None:           # Regina shows the END clause, then reports it
            f.cl = end_info
            if f.tracing >= 2 and (site is not None or end_info is not info):
                trace.clause(f, site or end_info)
            raise RexxError(7)
        if other_info is not None and f.tracing >= 2:
            trace.clause(f, other_info)
        for ins in other:
            r = ins(f)
            if r is not None:
                return r
    return select


def end_of_select(code, node, info):
    """Where the END of a SELECT probably is (the AST does not record it): the first line
    after the last WHEN's instruction that starts with END."""
    lines = code.source_lines
    last = max([info.line] + [getattr(i, "line", 0) or 0 for _, i in node.whens])
    for number in range(last, len(lines)):
        if _word_at(lines[number].lstrip(), "end") == 0:
            end = ClauseInfo(number + 1, node, code, 0)
            end._text = lines[number].strip()
            return end
    return info


def _word_at(line: str, word: str) -> int:
    """Where the lower-case ``word`` first stands in ``line`` as a word of its own (any case;
    not part of a longer run of letters, digits and ``_``), or -1. (String methods: the
    regular expressions this was cost a cached run with a SELECT the import of ``re``.)"""
    low = rexx_lower(line)              # (A-Z only: each character stays one)
    size = len(word)
    at = low.find(word)
    while at >= 0:
        end = at + size
        if (at == 0 or not _in_word(low[at - 1])) and (end == len(low) or not _in_word(low[end])):
            return at
        at = low.find(word, at + 1)
    return -1


def _in_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _when_info(code, instr, select_line: int, ordinals) -> ClauseInfo:
    """The ClauseInfo of a WHEN (its text runs to the line end): the last line from the
    instruction's back to the SELECT's that has the word WHEN."""
    line = getattr(instr, "line", 0) or select_line
    lines = code.source_lines
    probe = line
    while probe > select_line and probe <= len(lines) and _word_at(lines[probe - 1],
                                                                     "when") < 0:
        probe -= 1
    if probe <= select_line:
        probe = line
    return ClauseInfo(probe, LineEnd(), code, ordinals(probe))


def _otherwise_info(code, node, select_line: int):
    """The OTHERWISE of a SELECT as a ClauseInfo with its own text, or None."""
    first = node.otherwise[0] if node.otherwise else None
    start = getattr(first, "line", 0) or node.end_line or select_line
    lines = code.source_lines
    for number in range(min(start, len(lines)), select_line - 1, -1):
        at = _word_at(lines[number - 1], "otherwise")
        if at >= 0:
            text = lines[number - 1][at:].strip()
            cut = text.find(";")
            info = ClauseInfo(number, node, code, None)
            info._text = (text[:cut] if cut >= 0 else text).strip()
            return info
    return None
