"""``Node``: a class of named fields (the AST's node classes), made without ``dataclasses``.

What the AST needs of a dataclass is small: an ``__init__`` taking the fields in order
(defaults after, a base class's ``line`` keyword-only), ``__slots__`` (a node has no
``__dict__``: a million-clause program keeps a million), and the dataclass's repr and ==.
Importing ``dataclasses`` (it imports ``inspect``) and letting it build 44 classes was a fifth
of a cached script's start-up; ``NodeType`` makes the same classes from the annotations with one
small generated ``__init__`` each, compiled when the class's first node is made (and ``__getstate__`` / ``__setstate__``: a node pickles as
a tuple of its fields).

A field's default is the class attribute of its name; ``EMPTY_LIST`` stands for a new empty
list per node (``field(default_factory=list)``). ``KEYWORD_ONLY`` after a field's name in
``__kw_only__`` makes it keyword-only in the classes derived from it (``line``).
"""

from __future__ import annotations

try:            # (the C module: ``operator`` itself is a start-up cost)
    from _operator import attrgetter
except ImportError:             # not CPython
    from operator import attrgetter

EMPTY_LIST = object()        # the default of a field holding a new empty list per node
_NO_DEFAULT = object()


class NodeType(type):
    """The metaclass of the node classes: a class statement deriving from ``Node`` makes the
    class once, with ``__slots__``, ``__init__``, ``__repr__`` and ``__eq__`` for its annotated
    fields and its bases' (a decorator would make each class twice: the class statement's,
    then the one with slots, a third of importing the AST)."""

    def __new__(mcs, name, bases, namespace):
        parents = bases[0].__mro__ if bases else ()       # (single inheritance: the AST's)
        own = list(namespace.get("__annotations__", {}))
        inherited = [f for base in reversed(parents) for f in getattr(base, "_fields", ())]
        keyword_only = set(namespace.get("__kw_only__", ()))
        for base in parents:
            keyword_only |= set(getattr(base, "_keyword_only", ()))
        defaults = dict(getattr(parents[0], "_defaults", {})) if parents else {}
        for field in own:
            if field in namespace:
                defaults[field] = namespace[field]
        namespace = {key: value for key, value in namespace.items()
                     if key not in own and key != "__kw_only__"}
        fields = tuple(inherited + own)
        _complete(namespace, own, fields, defaults, keyword_only)
        made = super().__new__(mcs, name, bases, namespace)
        made.__init__ = _first_init(made, fields, defaults, keyword_only)
        return made


def _complete(namespace: dict, own: list, fields: tuple, defaults: dict, keyword_only: set):
    namespace["__slots__"] = tuple(own)
    namespace["_fields"] = fields
    namespace["_defaults"] = defaults
    namespace["_keyword_only"] = tuple(keyword_only)
    namespace["_state_of"] = attrgetter(*fields) if fields else None
    namespace["__getstate__"] = _getstate if len(fields) > 1 else _getstate_short
    namespace["__setstate__"] = _setstate
    namespace["__repr__"] = fields_repr
    namespace["__eq__"] = fields_eq
    namespace["__hash__"] = None


def _first_init(made, fields: tuple, defaults: dict, keyword_only: set):
    """An ``__init__`` that compiles the class's own (``_init``) when the first node is made,
    puts it in its place and runs it: a cached program's nodes are read
    (``tree_codec``, ``__setstate__`` for a pickle) and never need it, so 44 compiles leave its start-up."""
    def __init__(self, *args, **kwargs):
        real = _init(made.__name__, fields, defaults, keyword_only)
        made.__init__ = real
        real(self, *args, **kwargs)
    return __init__


def _init(name: str, fields: tuple, defaults: dict, keyword_only: set):
    """The ``__init__`` of a node class: its text made and compiled once per class."""
    positional, keywords, body = [], [], []
    constants = {"EMPTY_LIST": EMPTY_LIST}
    for index, field in enumerate(fields):
        default = defaults.get(field, _NO_DEFAULT)
        if default is _NO_DEFAULT:
            parameter = field
        else:
            constants[f"d{index}"] = default
            parameter = f"{field}=d{index}"
        (keywords if field in keyword_only else positional).append(parameter)
        if default is EMPTY_LIST:
            body.append(f"    self.{field} = [] if {field} is EMPTY_LIST else {field}")
        else:
            body.append(f"    self.{field} = {field}")
    parameters = ", ".join(["self"] + positional + (["*"] + keywords if keywords else []))
    text = f"def __init__({parameters}):\n" + ("\n".join(body) or "    pass") + "\n"
    exec(compile(text, f"<node {name}>", "exec"), constants)
    return constants["__init__"]


def _getstate(self):
    """A node's fields as a tuple, in order: pickled (the program cache) as one tuple instead
    of the default dict of slot names of a class with ``__slots__``."""
    return self._state_of(self)


def _getstate_short(self):
    return (self._state_of(self),) if self._fields else ()


def _setstate(self, state):
    for name, value in zip(self._fields, state):
        setattr(self, name, value)


def fields_repr(self) -> str:
    """A dataclass's repr, for any class naming its fields in ``_fields`` (also the plugin
    API's classes)."""
    inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
    return f"{self.__class__.__qualname__}({inner})"


def fields_eq(self, other):
    """A dataclass's ==: the same class and equal fields (``_fields``)."""
    if other.__class__ is not self.__class__:
        return NotImplemented
    return all(getattr(self, name) == getattr(other, name) for name in self._fields)


class Node(metaclass=NodeType):
    """The base of the AST's node classes (``NodeType``)."""
