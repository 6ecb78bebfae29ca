"""The LALR tables of ``grammar/rexx.lark``, made by Lark once and kept on disk as plain data.

Lark builds the grammar's LALR(1) tables; rexxlite runs them itself (``syntax/lalr.py``), so a
process that finds the tables in its cache never imports Lark. ``load()`` gives the tables:
from the cache directory (``cache_location``; a marshal file holding the grammar's text,
compared on loading, so an edited grammar builds afresh), else built with Lark and saved there
for the next process. The result is a ``ParseTables``:

- ``states``: one dict per parser state, from a terminal or rule name to an action: a state
  number (shift to it, for a terminal; go to it after a reduction, for a rule name), or
  ``-1 - r``: reduce by rule ``r``;
- ``rules``: per rule, ``RuleShape`` (what its reduction hands to the AST builder);
- ``start`` / ``end``: the first state and the state that accepts the whole program.

A rule's shape records what Lark's parse-tree builder would do with the children of a
reduction (with ``maybe_placeholders``): which children are kept (a terminal whose name starts
with ``_`` is dropped), which are spliced in (the children of a rule whose name starts with
``_``), where ``None`` fills an optional part that is absent, and whether a ``?rule`` hands on
its only child instead of calling its callback.
"""

from __future__ import annotations

import marshal
import os

from rexxlite.syntax.cache_location import cache_directory, checksum, is_private, write_atomically
from rexxlite.syntax.node_class import Node

#: Changes whenever the shape of the saved tables (or their meaning) changes.
FORMAT = 1


#: What a rule's reduction hands to the AST builder: ``name`` (the rule, its goto key in
#: ``states``), ``size`` (how many values it takes off the stack), ``callback`` (the AST
#: builder's method: the rule's alias, else its name), ``keep`` ((index, splice, Nones before
#: it) of each child kept), ``nones_after`` (Nones after the last child kept), ``single`` (a
#: ?rule without alias: one child left is the result).
#: (Records are ``Node`` classes, as the AST's are: ``collections.namedtuple`` would make a
#: parse import ``collections``, a start-up cost of ``-e`` programs.)
class RuleShape(Node):
    name: str
    size: int
    callback: str
    keep: tuple
    nones_after: int
    single: bool


class ParseTables(Node):
    states: list
    rules: list
    start: int
    end: int


def grammar_text() -> str:
    """The text of ``grammar/rexx.lark``: the installed ``rexxlite.grammar`` package's, else
    (rexxlite run from a source tree it was not installed from) the tree's own."""
    try:
        import rexxlite.grammar
    except ModuleNotFoundError:
        import rexxlite
        path = os.path.join(os.path.dirname(os.path.dirname(rexxlite.__file__)), "grammar",
                            "rexx.lark")
        if not os.path.isfile(path):
            raise
    else:
        path = os.path.join(os.path.dirname(rexxlite.grammar.__file__), "rexx.lark")
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except OSError:     # inside a zip archive (the zipapp ADDRESS PROXMOX deploys)
        from importlib.resources import files
        return files("rexxlite.grammar").joinpath("rexx.lark").read_text(encoding="utf-8")


def _file_name(grammar: str) -> str:
    data = grammar.encode("utf-8")
    return f"lalr-{FORMAT}-{checksum(data)}.marshal"


def load() -> ParseTables:
    """The parser's tables: cached, or built with Lark (and then cached)."""
    grammar = grammar_text()
    directory = cache_directory()
    name = _file_name(grammar)
    if directory is not None and is_private(directory):
        try:
            with open(os.path.join(directory, name), "rb") as handle:
                saved_format, saved_grammar, data = marshal.loads(handle.read())
            if saved_format == FORMAT and saved_grammar == grammar:
                states, rules, start, end = data
                return ParseTables(states, [RuleShape(*rule) for rule in rules], start, end)
        except Exception:
            pass
    tables = build(grammar)
    if directory is not None:
        data = (list(tables.states), [rule.__getstate__() for rule in tables.rules], tables.start,
                tables.end)
        write_atomically(directory, name, marshal.dumps((FORMAT, grammar, data)))
    return tables


def build(grammar: str) -> ParseTables:
    """The tables of ``grammar``, from Lark's LALR analysis."""
    from rexxlite.syntax.lark_loader import TokensGiven, lark
    from lark.parsers.lalr_analysis import Shift

    parser = lark.Lark(grammar, parser="lalr", lexer=TokensGiven, maybe_placeholders=True,
                       cache=True)
    table = parser.parser.parser.parser.parse_table
    count = len(table.states)
    assert sorted(table.states) == list(range(count)), "Lark's states are not numbered 0..n-1"
    rule_index: dict = {}
    rules: list[RuleShape] = []
    states = []
    for number in range(count):
        actions = {}
        for symbol, (action, argument) in table.states[number].items():
            symbol = str(symbol)        # a plain str (marshal takes no Lark Token)
            if action is Shift:
                actions[symbol] = argument
                continue
            index = rule_index.get(argument)
            if index is None:
                index = rule_index[argument] = len(rules)
                rules.append(_shape(argument))
            actions[symbol] = -1 - index
        states.append(actions)
    return ParseTables(states, rules, table.start_states["start"], table.end_states["start"])


def _shape(rule) -> RuleShape:
    """What Lark's tree builder (maybe_placeholders, LALR) does with this rule's children."""
    expansion = rule.expansion
    empty = rule.options.empty_indices
    if empty:
        # where the optional parts that are absent were: Nones to put before each child
        flags = "".join("1" if absent else "0" for absent in empty)
        nones = [len(run) for run in flags.split("0")]
    else:
        nones = [0] * (len(expansion) + 1)
    keep = []
    pending = 0
    for index, symbol in enumerate(expansion):
        pending += nones[index]
        if rule.options.keep_all_tokens or not (symbol.is_term and symbol.filter_out):
            splice = not symbol.is_term and symbol.name.startswith("_")
            keep.append((index, bool(splice), pending))
            pending = 0
    pending += nones[len(expansion)]
    return RuleShape(str(rule.origin.name), len(expansion), str(rule.alias or rule.origin.name),
                     tuple(keep), pending, bool(rule.options.expand1 and not rule.alias))
