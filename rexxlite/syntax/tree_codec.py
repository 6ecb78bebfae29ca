"""An AST as plain values that ``marshal`` writes and reads: the program cache's form of a tree.

A node becomes a tuple of its class's number (the node classes of ``ast`` sorted by name) and
its field values in order; a tuple value becomes a tuple led by None; lists stay lists and
strings, ints, booleans and None stay what they are (nothing else is found in a parsed tree).
``marshal`` is built into the interpreter: the unpickler it replaces brought ``_pickle``,
``copyreg``, ``_compat_pickle`` and ``functools`` into every cached run (a sixth of a short
one's start-up), and reading marshal data, unlike a pickle, runs no code.
"""

from __future__ import annotations

from rexxlite.syntax import ast
from rexxlite.syntax.node_class import Node

_PLAIN = (str, int, bool, type(None))
_classes: list | None = None            # number -> node class
_numbers: dict | None = None            # node class -> number


def _number_classes() -> None:
    global _classes, _numbers
    found = [value for value in vars(ast).values()
             if value.__class__ is type(Node) and value is not Node]
    _classes = sorted(found, key=lambda cls: cls.__name__)
    _numbers = {cls: number for number, cls in enumerate(_classes)}


def encode(value):
    """``value`` (a node, a list or tuple of values, or a plain value) as marshal's values."""
    if _numbers is None:
        _number_classes()
    cls = value.__class__
    if cls is list:
        return [encode(item) for item in value]
    if cls is tuple:
        return (None, *[encode(item) for item in value])
    number = _numbers.get(cls)
    if number is not None:
        return (number, *[encode(getattr(value, name)) for name in cls._fields])
    if cls in _PLAIN:
        return value
    raise TypeError(f"no cached form for {cls.__name__}")


def decode(value):
    """The tree ``encode`` made ``value`` of."""
    if _classes is None:
        _number_classes()
    return _decode(value)


def _decode(value):
    cls = value.__class__
    if cls is list:
        return [item if item.__class__ in _PLAIN else _decode(item) for item in value]
    if cls is not tuple:
        return value
    head = value[0]
    if head is None:
        return tuple([item if item.__class__ in _PLAIN else _decode(item)
                      for item in value[1:]])
    node_class = _classes[head]
    node = node_class.__new__(node_class)
    for name, item in zip(node_class._fields, value[1:]):
        setattr(node, name, item if item.__class__ in _PLAIN else _decode(item))
    return node
