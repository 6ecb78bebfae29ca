"""Writing a program's unit image (``unit_image``): its compiled body as the operations
(``image_ops``) that make every object of it again, marshalled.

The body's clauses are closures and generated functions; what they hold is walked as pickle
walks it, and each object gets a *slot* and, most of them, an operation that fills it:

- what lives on without the image is *named*, never copied, so the objects made hold the
  very same ones: the interpreter, the program's ``Code`` and AST (slots 0-3), an attribute
  of those (``I.queue``), a node of the AST by its path from its top-level clause, a stub of
  a unit not compiled (``STUB``), a table, sentinel or object rexxlite keeps in a module or
  a class (a closure compiler module's tables are made: see below) (``REGISTRY`` of
  ``rexxlite.builtins.registry``; not a name a function assigns with ``global``: a run may
  have put another object there), a class or a function by its module and name, a
  closure's code object inside the function that makes it, a builtin (``PATH`` from a
  ``MODULE``);
- what the compiler made is *made*: a closure from its code object, its module's globals and
  its cells (``FUNCTION``), a cell with what it holds (``CELL``), a generated function from
  its code object (a constant of the image) and its text's namespace, an object of
  rexxlite's classes from its class and its attributes (``NEW``, ``SET_ATTRS``), a tuple,
  list, dict or set from its items; strings, numbers and tuples of them are constants. Lists,
  dicts, sets and objects are made empty and filled after everything is made, and so is a
  cell that holds what holds it, so cycles (a closure calling itself through its cell) are
  made as they were;
- a function of the closure compiler (``compiler_only``: ``instructions``, ``expressions``,
  ``do_loops``, ``parse_template``, ``codegen.run_support``, ...; a closure it made, or a
  helper a closure calls) is *carried*: made from its code object, kept in the image, with
  its module's namespace made by the image (``NAMESPACE``), holding only the names the
  functions carried from that module read (their ``co_names``), each named or made as any
  other object. So a run from an image imports no module of the compiler; its objects whose
  identity counts (a class, a sentinel) live in the run-time layer (``runtime.control_tokens``)
  or are named where they are (which imports that module). An attribute of the interpreter
  made on first use (its clock, its streams) is named by the call that makes it
  (``_MADE_ON_USE``).

What cannot be named or made (the compiler itself, a frame, another program's code, an open
file) refuses the image (``Refused``): the file written then only marks the program as one
without an image. Even ``say 1`` has an image: compiling it would import the compiler, which
costs more than reading its image (a cached one-line script 1.5 ms faster).
Pending generated runs (waiting for a second entry) are generated first: the image holds a
unit as it ends up.
"""

from __future__ import annotations

import marshal
import os
import sys
import types

from rexxlite.compiler import image_ops
from rexxlite.compiler.image_ops import CARRIED
from rexxlite.syntax.cache_location import write_atomically
from rexxlite.syntax.node_class import Node

#: Objects the image names (a role) or refuses outright, by class name.
_REFUSED_CLASSES = frozenset(["Compiler", "LazyUnits", "Frame", "Interpreter", "Code",
                              "DeferredBody", "Router", "DataQueue"])
_LITERALS = (str, int, bool, type(None), bytes)
#: The modules of ``rexxlite.compiler`` a run from an image imports: the loader's.
_LOADER = frozenset(["rexxlite.compiler", "rexxlite.compiler.codegen",
                     "rexxlite.compiler.unit_image", "rexxlite.compiler.lazy_units",
                     "rexxlite.compiler.code_cache", "rexxlite.compiler.codegen.run_policy",
                     "rexxlite.compiler.image_ops", "rexxlite.compiler.unit_image_writer"])


def compiler_only(module_name) -> bool:
    """Whether ``module_name`` is a module of the closure compiler (or code generator), which
    a run from an image does not import: its functions the image holds are made from their
    code objects, kept in the image, in a namespace of the names they use (*carried*)."""
    return (module_name.__class__ is str and module_name.startswith("rexxlite.compiler.")
            and module_name not in _LOADER)
_MAX_OBJECTS = 200_000          # a program bigger than that compiles, as without an image


class Refused(Exception):
    """The body holds an object an image can neither name nor make."""


class _Cycle(Refused):
    """An object holds, through values only, an object being made (a cell breaks it)."""


def write_image(path: str, head: tuple, interp, program, code, units) -> None:
    """Write the unit image of ``code`` (compiled on first run by ``units``, or at once) to
    ``path``; quietly nothing if it cannot be made."""
    runs = bool(units and units.runs)
    files = ()
    try:
        if 2 * len(code.body) >= _MAX_OBJECTS:  # (a clause is a function and its ClauseInfo
            raise Refused("too many clauses")   # at least: refused before seconds of work)
        for fn in list(code.body):
            generate_now = getattr(fn, "generate_now", None)
            if generate_now is not None:
                generate_now()
        files = fingerprint()
        writer = ImageWriter(interp, code, program, units)
        image = writer.image(tuple(code.body))
        data = marshal.dumps(head + (files, runs, len(code.body), image))
    except (Refused, RecursionError, ValueError, MemoryError, TypeError):
        # the marker of a program without an image, and the units compiled when it was made
        data = marshal.dumps(head + (files, runs, len(code.body), None,
                                     units.compiled if units is not None else 0))
    write_atomically(os.path.dirname(path), os.path.basename(path), data)


def fingerprint() -> tuple:
    """The size and modification time of each module of rexxlite imported now."""
    found = []
    for name, module in list(sys.modules.items()):
        if name.partition(".")[0] != "rexxlite" or module is None:
            continue
        path = getattr(module, "__file__", None)
        if path:
            try:
                st = os.stat(path)
            except OSError:
                continue
            found.append((path, st.st_size, st.st_mtime_ns))
    found.sort()
    return tuple(found)


_FIXED_SLOTS = 4        # the interpreter, the Code, the program, its body (``image_ops``)
_PARAMETERS = {"I": 0, "CODE": 1, "PROG": 2, "P": 3}


class ImageWriter:
    """The operations (``image_ops``) that make the objects reachable from a body."""

    def __init__(self, interp, code, program, units):
        self.units = units
        self.ops: list[tuple] = []            # making the objects
        self.fills: list[tuple] = []          # then filling the ones made empty
        self.later: list = []                 # what makes those operations, once all is made
        self.names: dict = {}                 # id(object) -> its slot
        self.pending: set[int] = set()        # ids of values being made (a cycle: Refused)
        self.kept: list = []                  # what was named, alive while ids are in use
        self.slots = _FIXED_SLOTS
        self.constants: dict = {}             # (class, value) of a literal -> its slot
        self.const_slots: list[int] = []
        self.const_values: list = []
        self.code_paths: dict[str, dict] = {}     # module -> id(code) -> where it is kept
        self.reassigned: dict[str, set] = {}      # module -> the names its functions assign
        self.modules: dict[str, int] = {}
        self.paths: dict = {}                     # (base slot, steps) -> its slot
        self.roles = _roles(interp, code, program, units)
        self.namespaces: dict[str, tuple] = {}    # module -> (its slot, the names in it)
        self.global_names: dict[int, list] = {}   # id(code) -> the names it may read
        self.count = 0

    def image(self, body: tuple) -> tuple:
        """The image of ``body``: (slots, the body's slot, constants' slots, constants,
        operations)."""
        result = self.ref(body)
        later = self.later
        position = 0
        while position < len(later):      # (filling may make objects, and have them filled)
            op = later[position]()
            if op is not None:
                self.fills.append(op)
            position += 1
        return (self.slots, result, tuple(self.const_slots), tuple(self.const_values),
                tuple(self.ops + self.fills))

    # -- naming ----------------------------------------------------------------------------
    def _slot(self) -> int:
        self.count += 1
        if self.count > _MAX_OBJECTS:
            raise Refused("too many objects")
        slot = self.slots
        self.slots += 1
        return slot

    def _make_op(self, kind: int, *operands) -> int:
        """The slot of a new object, made by operation ``kind`` with ``operands``."""
        slot = self._slot()
        self.ops.append((kind, slot) + operands)
        return slot

    def _constant(self, value, key=None) -> int:
        """The slot of constant ``value`` (a literal or a code object), one for each ``key``
        (``value`` with its class, if none is given)."""
        if key is None:
            key = (value.__class__, repr(value) if value.__class__ is float else value)
        slot = self.constants.get(key)
        if slot is None:
            slot = self.constants[key] = self._new_constant(value)
        return slot

    def _new_constant(self, value) -> int:
        """A slot of its own holding constant ``value`` (which ``const_values`` keeps alive)."""
        slot = self.slots
        self.slots += 1
        self.const_slots.append(slot)
        self.const_values.append(value)
        return slot

    def _reassigned(self, module_name: str) -> set:
        found = self.reassigned.get(module_name)
        if found is None:
            found = self.reassigned[module_name] = _reassigned(sys.modules[module_name])
        return found

    def _module(self, name: str) -> int:
        slot = self.modules.get(name)
        if slot is None:
            slot = self.modules[name] = self._make_op(image_ops.MODULE, name)
        return slot

    def _path(self, base: int, steps: tuple) -> int:
        """The slot of what ``steps`` (``image_ops.PATH``'s) find from slot ``base``."""
        if not steps:
            return base
        key = (base, steps)
        slot = self.paths.get(key)
        if slot is None:
            slot = self.paths[key] = self._make_op(image_ops.PATH, base, steps)
        return slot

    def _global(self, obj) -> int | None:
        """``obj`` by its module and qualified name, if that is where it is found."""
        module = getattr(obj, "__module__", None)
        qualname = getattr(obj, "__qualname__", None)
        if not isinstance(module, str) or not isinstance(qualname, str) or "<" in qualname:
            return None
        found = sys.modules.get(module)
        for part in qualname.split("."):
            found = getattr(found, part, None)
        if found is not obj:
            return None
        return self._path(self._module(module), tuple(qualname.split(".")))

    def ref(self, obj) -> int:
        """The slot of ``obj`` (made by the operations before it)."""
        cls = obj.__class__
        if cls in _LITERALS or cls is float:
            return self._constant(obj)
        key = id(obj)
        slot = self.names.get(key)
        if slot is not None:
            return slot
        if key in self.pending:         # (a placeholder is named before it is filled)
            raise _Cycle("a cycle through a value")
        role = self.roles.get(key)
        if role is not None and role[0] == "in module" and (
                role[2][0] in self._reassigned(role[1])):
            role = None                 # (a run may have replaced it: made as it is)
        if role is not None:
            slot = self._role(role)
        else:
            self.pending.add(key)
            try:
                slot = self._make(obj, cls)
            finally:
                self.pending.discard(key)
        if key not in self.names:
            self.names[key] = slot
            self.kept.append(obj)
        return slot

    def _role(self, role) -> int:
        kind = role[0]
        if kind == "node":
            _, index, path = role
            return self._path(_PARAMETERS["P"], (index,) + path)
        if kind == "module":
            return self._module(role[1])
        if kind == "in module":
            return self._path(self._module(role[1]), role[2])
        if kind == "made on use":           # a function of a module's, called with I
            _, module, function = role
            return self._make_op(image_ops.CALL, self._path(self._module(module), (function,)),
                                 (_PARAMETERS["I"],))
        _, parameter, steps = role          # "at": I, CODE, PROG or P, then steps
        return self._path(_PARAMETERS[parameter], steps)

    # -- making ----------------------------------------------------------------------------
    def _make(self, obj, cls) -> int:
        if cls.__name__ == "_Stub" and self.units is not None and obj.units is self.units:
            return self._make_op(image_ops.STUB, obj.start, obj.end, obj.index)
        if cls is tuple:
            for item in obj:
                if item.__class__ not in _LITERALS and item.__class__ is not float:
                    return self._make_op(image_ops.TUPLE, self._items(obj))
            return self._new_constant(obj)          # (a tuple of literals: a constant)
        if cls is list or cls is set:
            slot = self._placeholder(obj, image_ops.LIST if cls is list else image_ops.SET)
            if obj:
                fill = image_ops.EXTEND if cls is list else image_ops.ADD
                self.later.append(lambda: (fill, slot, self._items(obj)))
            return slot
        if cls is dict:
            slot = self._placeholder(obj, image_ops.DICT)
            pairs = list(obj.items())
            if pairs:
                self.later.append(lambda: (image_ops.FILL_DICT, slot,
                                           tuple([self.ref(k) for k, _ in pairs]),
                                           tuple([self.ref(v) for _, v in pairs])))
            return slot
        if cls is frozenset:
            return self._make_op(image_ops.FROZENSET, self._items(obj))
        if cls is types.CellType:
            try:
                contents = obj.cell_contents
            except ValueError:          # empty
                return self._make_op(image_ops.EMPTY_CELL)
            if id(contents) not in self.pending:
                try:
                    return self._make_op(image_ops.CELL, self.ref(contents))
                except _Cycle:          # (what it holds holds it: made empty, filled after)
                    pass
            slot = self._placeholder(obj, image_ops.EMPTY_CELL)
            self.later.append(lambda: (image_ops.SET_CELL, slot, self.ref(contents)))
            return slot
        if cls is types.FunctionType:
            return self._function(obj)
        if cls is types.MethodType:
            return self._make_op(image_ops.METHOD, self.ref(obj.__func__),
                                 self.ref(obj.__self__))
        if cls is types.ModuleType:
            return self._module(obj.__name__)
        if cls is types.CodeType:
            return self._code(obj)
        if cls is types.BuiltinFunctionType or cls is types.BuiltinMethodType:
            owner = obj.__self__
            if owner is None or isinstance(owner, types.ModuleType):
                found = self._global(obj)
                if found is None and owner is not None:
                    found = self._path(self._module(owner.__name__), (obj.__name__,))
                if found is None:
                    raise Refused(f"builtin {obj!r}")
                return found
            return self._path(self.ref(owner), (obj.__name__,))
        if cls.__name__ in ("method_descriptor", "wrapper_descriptor",
                            "classmethod_descriptor", "getset_descriptor",
                            "member_descriptor"):
            return self._path(self.ref(obj.__objclass__), ("__dict__", (obj.__name__,)))
        if cls.__name__ == "method-wrapper":
            return self._path(self.ref(obj.__self__), (obj.__name__,))
        if isinstance(obj, type):
            found = self._global(obj)
            if found is None:
                raise Refused(f"class {obj!r}")
            return found
        if cls is slice:
            return self._make_op(image_ops.CALL, self._global(slice),
                                 self._items((obj.start, obj.stop, obj.step)))
        return self._instance(obj, cls)

    def _items(self, items) -> tuple:
        return tuple([self.ref(item) for item in items])

    def _settings(self, slot: int, pairs: list) -> None:
        """Set attributes of the object in ``slot`` (``pairs``: name, value) once all is
        made."""
        if pairs:
            self.later.append(lambda: (image_ops.SET_ATTRS, slot,
                                       tuple([name for name, _ in pairs]),
                                       tuple([self.ref(value) for _, value in pairs])))

    def _placeholder(self, obj, kind: int, *operands) -> int:
        """A slot made before what it holds (which may hold it, or hold what holds it): the
        caller fills it, in operations that run after every object is made."""
        slot = self._make_op(kind, *operands)
        self.names[id(obj)] = slot
        self.kept.append(obj)
        return slot

    def _code(self, code, module_name: str | None = None) -> int:
        """A code object: where its module keeps it (a closure's, inside the function that
        makes it), else kept in the image (a generated text's)."""
        if module_name is not None:
            paths = self.code_paths.get(module_name)
            if paths is None:
                paths = self.code_paths[module_name] = _code_paths(sys.modules[module_name])
            path = paths.get(id(code))
            if path is not None:
                slot = self.names.get(id(code))
                if slot is None:
                    slot = self.names[id(code)] = self._path(self._module(module_name), path)
                    self.kept.append(code)
                return slot
        return self._constant(code, (types.CodeType, id(code)))

    def _function(self, fn) -> int:
        module_name = fn.__module__
        if compiler_only(module_name) and (
                fn.__globals__.get(CARRIED) or vars(sys.modules[module_name]) is fn.__globals__):
            return self._made_function(fn, self._code(fn.__code__),
                                       self._carried_namespace(fn, module_name))
        found = self._global(fn)
        if found is not None:
            return found
        module = sys.modules.get(module_name or "")
        if module is not None and vars(module) is fn.__globals__:
            namespace = self._path(self._module(module_name), ("__dict__",))
            code = self._code(fn.__code__, module_name)
        else:
            namespace = self.ref(fn.__globals__)        # a generated text's namespace
            code = self._code(fn.__code__)
        return self._made_function(fn, code, namespace)

    def _made_function(self, fn, code: int, namespace: int) -> int:
        """Function ``fn`` made from ``code`` with the globals ``namespace``, its defaults and
        cells, its attributes set once everything is made."""
        closure = fn.__closure__
        cells = None if closure is None else self._items(closure)
        defaults = self.ref(fn.__defaults__)
        slot = self._make_op(image_ops.FUNCTION, code, namespace, fn.__name__, defaults, cells)
        pairs = list(vars(fn).items())
        if fn.__kwdefaults__:
            pairs.append(("__kwdefaults__", fn.__kwdefaults__))
        self._settings(slot, pairs)
        return slot

    def _carried_namespace(self, fn, module_name: str) -> int:
        """The globals of a *carried* function of a closure compiler module
        (``compiler_only``): the module's namespace the image makes, holding the names the
        function's code (with the code nested in it) reads, each made or named as any other
        object once everything else is made."""
        found = self.namespaces.get(module_name)
        if found is None:
            found = self.namespaces[module_name] = (
                self._make_op(image_ops.NAMESPACE, module_name), set())
        namespace, present = found
        module_globals = fn.__globals__

        code = fn.__code__
        read = self.global_names.get(id(code))
        if read is None:
            read = self.global_names[id(code)] = sorted(_global_names(code))

        def fill():
            names = [name for name in read if name in module_globals and name not in present]
            present.update(names)
            if not names:
                return None
            return (image_ops.FILL_DICT, namespace, self._items(names),
                    self._items([module_globals[name] for name in names]))
        self.later.append(fill)
        return namespace

    def _instance(self, obj, cls) -> int:
        """An object of one of rexxlite's classes (or an exception): its class, then its
        attributes."""
        module = getattr(cls, "__module__", "") or ""
        exception = isinstance(obj, BaseException)
        if cls.__name__ in _REFUSED_CLASSES or not (
                module.partition(".")[0] == "rexxlite" or cls is object or exception):
            raise Refused(f"an object of {cls.__module__}.{cls.__qualname__}")
        for base in cls.__mro__:
            if base.__module__ != "builtins" and base.__module__.partition(".")[0] != "rexxlite":
                raise Refused(f"a class derived from {base!r}")
            if base.__module__ == "builtins" and base not in (object, BaseException) and not (
                    exception and issubclass(base, BaseException)):
                raise Refused(f"a class derived from {base!r}")
        if exception and (obj.__traceback__ is not None or obj.__cause__ is not None
                          or obj.__context__ is not None):
            raise Refused("an exception raised before")
        slot = self._placeholder(obj, image_ops.NEW, self.ref(cls))
        pairs = [("args", obj.args)] if exception and obj.args else []
        for name in _slots(cls):
            try:
                pairs.append((name, object.__getattribute__(obj, name)))
            except AttributeError:
                continue
        for name, value in list(getattr(obj, "__dict__", {}).items()):
            if not name.isidentifier():
                raise Refused(f"an attribute named {name!r}")
            pairs.append((name, value))
        self._settings(slot, pairs)
        return slot


def _code_paths(module) -> dict:
    """id(code object) -> the steps (from the module) finding it, for every code object
    of ``module``'s functions and of its classes' methods, nested ones included."""
    paths: dict = {}
    for code, path in _module_codes(module):
        paths.setdefault(id(code), path)
    return paths


def _module_codes(module):
    """(code object, the steps from the module that find it) for every code object of
    ``module``'s functions and of its classes' methods, nested ones included."""
    pending = []
    for name, value in list(vars(module).items()):
        if isinstance(value, types.FunctionType) and value.__module__ == module.__name__:
            pending.append((value.__code__, (name, "__code__")))
        elif isinstance(value, type) and value.__module__ == module.__name__:
            for attribute, item in list(vars(value).items()):
                if isinstance(item, (staticmethod, classmethod)):
                    item = item.__func__
                    steps = (name, "__dict__", (attribute,), "__func__", "__code__")
                elif isinstance(item, types.FunctionType):
                    steps = (name, "__dict__", (attribute,), "__code__")
                else:
                    continue
                pending.append((item.__code__, steps))
    while pending:
        code, path = pending.pop()
        yield code, path
        pending += [(const, path + ("co_consts", position))
                    for position, const in enumerate(code.co_consts)
                    if isinstance(const, types.CodeType)]


def _global_names(code) -> set:
    """The names ``code`` (with the code objects nested in it) may read as globals: its
    ``co_names`` (attribute names among them, so a few more than it reads)."""
    names: set = set()
    pending = [code]
    while pending:
        code = pending.pop()
        names.update(code.co_names)
        pending += [const for const in code.co_consts if const.__class__ is types.CodeType]
    return names


def _slots(cls) -> list:
    names = []
    for base in cls.__mro__:
        slots = base.__dict__.get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        names += [name for name in slots if name not in ("__dict__", "__weakref__")]
    return names


#: The interpreter's attributes made on first use, which a run from an image may not have
#: made yet when its objects are made: the role that makes (or finds) each.
_MADE_ON_USE = {"clock": ("made on use", "rexxlite.runtime.clock", "clock_of"),
                "_streams": ("at", "I", ("streams",)), "_router": ("at", "I", ("router",)),
                "_redirections": ("at", "I", ("redirections",))}


def _roles(interp, code, program, units) -> dict:
    """id(object) -> how the image names it, for what lives on without the image."""
    roles: dict = {}

    def name(value, role) -> None:
        if value.__class__ not in _LITERALS and value.__class__ is not float:
            roles.setdefault(id(value), role)

    name(interp, ("at", "I", ()))
    name(code, ("at", "CODE", ()))
    name(program, ("at", "PROG", ()))
    name(program.body, ("at", "P", ()))
    for key, value in list(vars(interp).items()):
        name(value, _MADE_ON_USE.get(key) or ("at", "I", (key,)))
    for key, value in list(vars(code).items()):
        if key != "body":           # (the body list itself: CODE.body)
            name(value, ("at", "CODE", (key,)))
    name(code.body, ("at", "CODE", ("body",)))
    for key in ("source_lines",):
        value = getattr(program, key, None)
        if value is not None:
            name(value, ("at", "PROG", (key,)))
    modules = list(sys.modules.items())
    for module_name, module in modules:
        if module is not None:
            name(module, ("module", module_name))
    # a closure compiler module's objects are made (a run from an image does not import
    # it), except those whose identity counts (a sentinel, an object of rexxlite's); what
    # it imports from another module is named there
    modules.sort(key=lambda item: compiler_only(item[0]))
    for module_name, module in modules:
        if module is None or module_name.partition(".")[0] != "rexxlite":
            continue
        carried = compiler_only(module_name)
        for key, value in list(vars(module).items()):
            if not key.isidentifier() or not _named_kind(value):
                continue
            if carried and (value.__class__ in (dict, list, set)
                            or isinstance(value, (type, types.FunctionType))):
                continue
            name(value, ("in module", module_name, (key,)))
            if isinstance(value, type) and value.__module__ == module_name:
                for attribute, item in list(vars(value).items()):
                    if attribute.isidentifier() and _named_kind(item):
                        name(item, ("in module", module_name, (key, attribute)))
    if units is not None:
        for index in range(len(units.nodes)):
            fn = code.body[index]
            if fn.__class__.__name__ == "_Stub":
                continue
            _name_tree(units.nodes[index], index, (), roles)
    else:
        for index, node in enumerate(program.body):
            _name_tree(node, index, (), roles)
    return roles


def _named_kind(value) -> bool:
    """Whether a module's (or a class's) ``value`` is named by where it is kept: a class, a
    function, a module, or an object whose identity counts (a table, a sentinel, one of
    rexxlite's objects); a tuple, a number or a string is made again (it may be one a
    run put there)."""
    cls = value.__class__
    if cls in (dict, list, set, object) or isinstance(value, (type, types.FunctionType,
                                                              types.ModuleType)):
        return True
    return (cls.__module__ or "").partition(".")[0] == "rexxlite"


_STORE_GLOBAL = 97          # (CPython 3.11's opcode; the fingerprint keeps the Python version)


def _reassigned(module) -> set:
    """The names ``module``'s functions assign with ``global``: what a run may have replaced
    (``_last_limit``), so not a name for the object held now."""
    names: set = set()
    for code, _ in _module_codes(module):
        raw = code.co_code
        position = raw.find(_STORE_GLOBAL)
        while position >= 0:
            if position % 2 == 0:
                argument = raw[position + 1]
                if position >= 2 and raw[position - 2] == 144:      # EXTENDED_ARG
                    argument |= raw[position - 1] << 8
                if argument < len(code.co_names):
                    names.add(code.co_names[argument])
            position = raw.find(_STORE_GLOBAL, position + 1)
    return names


def _name_tree(value, index: int, path: tuple, roles: dict) -> None:
    """Name ``value`` (an AST node, or a list or tuple of them) and all it holds by its path
    from top-level clause ``index``."""
    roles.setdefault(id(value), ("node", index, path))
    if isinstance(value, Node):
        children = [(field, getattr(value, field)) for field in value._fields]
    else:
        children = enumerate(value)
    for step, child in children:
        if isinstance(child, Node) or child.__class__ in (list, tuple):
            _name_tree(child, index, path + (step,), roles)
