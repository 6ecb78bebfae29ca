"""A cached program's top-level clauses, read a piece at a time when first reached.

Reading all of a big program's tree was most of a cached run of it once its clauses were
compiled on demand (``compiler/lazy_units``): qocca's 12,781 clauses, of which it runs a
hundred. So ``program_cache`` keeps the body in pieces of ``PIECE`` top-level clauses, each
written on its own (``marshal`` data of ``tree_codec``'s form), beside an *outline* that compiling needs before any clause runs: where
the top-level labels are (``top_labels``) and the names of the labels nested in DO / IF /
SELECT (``nested_label_names``). ``DeferredBody`` reads like the list of clauses (``len``,
indexing and slices, iteration, ``==``); a piece is read the first time one of its
clauses is asked for. ``top_labels`` and ``nested_label_names`` work on a plain list too.
"""

from __future__ import annotations

import marshal

from rexxlite.syntax import ast
from rexxlite.syntax.clause_tree import inner_clauses
from rexxlite.syntax.collector_pause import collector_paused, set_aside
from rexxlite.syntax.tree_codec import decode, encode

#: Top-level clauses per piece.
PIECE = 64


def top_labels(body) -> list[tuple[int, str]]:
    """``(index, name)`` of each label among the top-level clauses ``body``, in order."""
    if body.__class__ is DeferredBody:
        return body.labels
    return [(index, node.name) for index, node in enumerate(body)
            if node.__class__ is ast.Label]


def nested_label_names(body) -> set:
    """The names of the labels inside the DO / IF / SELECT clauses of ``body``."""
    if body.__class__ is DeferredBody:
        return set(body.nested)
    found: set = set()
    pending = [inner for node in body for inner in inner_clauses(node)]
    while pending:
        node = pending.pop()
        if node.__class__ is ast.Label:
            found.add(node.name)
        else:
            pending += inner_clauses(node)
    return found


def pieces_of(body: list, reach: tuple) -> tuple:
    """What ``program_cache`` stores of ``body``: (length, labels, nested label names,
    the pieces, each ``marshal`` data of ``tree_codec.encode``'s form, and ``reach``, which
    top-level clauses TRACE can reach: ``trace_reach.program_reach``)."""
    pieces = [marshal.dumps(encode(body[start:start + PIECE]))
              for start in range(0, len(body), PIECE)]
    return len(body), top_labels(body), frozenset(nested_label_names(body)), pieces, reach


class DeferredBody:
    """The top-level clauses of a cached program (``pieces_of``'s tuple), read by piece."""
    __slots__ = ("length", "labels", "nested", "reach", "_pieces", "_loaded")

    def __init__(self, length: int, labels: list, nested: frozenset, pieces: list,
                 reach: tuple):
        self.length = length
        self.labels = labels
        self.nested = nested
        self.reach = reach
        self._pieces = pieces
        self._loaded: list = [None] * len(pieces)

    def _piece(self, number: int) -> list:
        piece = self._loaded[number]
        if piece is None:
            with collector_paused():
                piece = self._loaded[number] = decode(marshal.loads(self._pieces[number]))
            self._pieces[number] = None
            set_aside()                 # kept for the run: out of the collector's sight
        return piece

    def __len__(self) -> int:
        return self.length

    def __getitem__(self, index):
        if index.__class__ is slice:
            return [self[i] for i in range(*index.indices(self.length))]
        if index < 0:
            index += self.length
        if not 0 <= index < self.length:
            raise IndexError("clause index out of range")
        return self._piece(index // PIECE)[index % PIECE]

    def __iter__(self):
        for number in range(len(self._loaded)):
            yield from self._piece(number)

    def __eq__(self, other):
        if not isinstance(other, (list, DeferredBody)):
            return NotImplemented
        return list(self) == list(other)

    __hash__ = None

    def __repr__(self) -> str:
        return f"DeferredBody({self.length} clauses)"
