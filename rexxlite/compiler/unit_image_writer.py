"""Writing a program's unit image (``unit_image``): its compiled body as the Python source of
one function, ``build``, that makes every object of it again; compiled and marshalled.

The body's clauses are closures and generated functions; what they hold is walked as pickle
walks it, and each object becomes a statement of ``build``:

- what lives on without the image is *named*, never copied, so the objects made hold the
  very same ones: the interpreter (``I``), the program's ``Code`` and AST (``CODE``, ``PROG``,
  ``P``), an attribute of those (``I.queue``), a node of the AST by its path from its top-level
  clause, a stub of a unit not compiled (``STUB``), a table, sentinel or object rexxlite keeps
  in a module or a class (a closure compiler module's tables are made: see below) (``MOD('rexxlite.builtins.registry').REGISTRY``; not a name a
  function assigns with ``global``: a run may have put another object there), a class or a
  function by its module and name, a closure's code object inside the function that makes
  it, a builtin;
- what the compiler made is *made*: a closure from its code object, its module's globals and
  its cells (``FN``), a cell with what it holds (``CELL``), a generated function from its code
  object (kept in the image: ``C``) and its text's namespace, an object of rexxlite's classes
  from its class and its attributes (``NEW``), a tuple, list, dict or set from its items;
  strings and numbers are literals. Lists, dicts, sets and objects are made empty and filled
  after everything is made, and so is a cell that holds what holds it, so cycles (a closure
  calling itself through its cell) are made as they were;
- a function of the closure compiler (``compiler_only``: ``instructions``, ``expressions``,
  ``do_loops``, ``parse_template``, ``codegen.run_support``, ...; a closure it made, or a
  helper a closure calls) is *carried*: made from its code object, kept in the image, with
  its module's namespace made by the image, holding only the names the functions carried
  from that module read (their ``co_names``), each named or made as any other object. So a
  run from an image imports no module of the compiler; its objects whose identity counts (a
  class, a sentinel) live in the run-time layer (``runtime.control_tokens``) or are named
  where they are (which imports that module). An attribute of the interpreter made on first
  use (its clock, its streams) is named by the call that makes it (``_MADE_ON_USE``).

What cannot be named or made (the compiler itself, a frame, another program's code, an open
file) refuses the image (``Refused``), and so does a body too small to be worth one
(``MIN_OBJECTS``): the file written then only marks the program as one without an image.
Pending generated runs (waiting for a second entry) are generated first: the image holds a
unit as it ends up.
"""

from __future__ import annotations

import marshal
import math
import os
import sys
import types

from rexxlite.syntax.cache_location import write_atomically
from rexxlite.syntax.node_class import Node

#: Objects the image names as role (a local of ``build``) or refuses outright, by class name.
_REFUSED_CLASSES = frozenset(["Compiler", "LazyUnits", "Frame", "Interpreter", "Code",
                              "DeferredBody", "Router", "DataQueue"])
_LITERALS = (str, int, bool, type(None), bytes)
#: The modules of ``rexxlite.compiler`` a run from an image imports: the loader's.
_LOADER = frozenset(["rexxlite.compiler", "rexxlite.compiler.codegen",
                     "rexxlite.compiler.unit_image", "rexxlite.compiler.lazy_units",
                     "rexxlite.compiler.code_cache", "rexxlite.compiler.codegen.run_policy",
                     "rexxlite.compiler.unit_image_writer"])
#: The key a namespace made by an image holds (a closure compiler module's, in part).
CARRIED = "__rexxlite_carried__"


def compiler_only(module_name) -> bool:
    """Whether ``module_name`` is a module of the closure compiler (or code generator), which
    a run from an image does not import: its functions the image holds are made from their
    code objects, kept in the image, in a namespace of the names they use (*carried*)."""
    return (module_name.__class__ is str and module_name.startswith("rexxlite.compiler.")
            and module_name not in _LOADER)
_MAX_OBJECTS = 200_000          # a program bigger than that compiles, as without an image
#: A body of fewer objects is compiled faster than its image is checked and read (0.3 ms for
#: ``say 1``'s, against 0.05 ms compiling it; each object made by compiling takes 2-3 us).
MIN_OBJECTS = 150


class Refused(Exception):
    """The body holds an object an image can neither name nor make."""


class _Cycle(Refused):
    """An object holds, through values only, an object being made (a cell breaks it)."""


def write_image(path: str, head: tuple, interp, program, code, units) -> None:
    """Write the unit image of ``code`` (compiled on first run by ``units``, or at once) to
    ``path``; quietly nothing if it cannot be made."""
    for fn in list(code.body):
        generate_now = getattr(fn, "generate_now", None)
        if generate_now is not None:
            generate_now()
    runs = bool(units and units.runs)
    files = fingerprint()
    try:
        writer = ImageWriter(interp, code, program, units)
        text = writer.source(tuple(code.body))
        if writer.count < MIN_OBJECTS:
            raise Refused("not worth an image")
        build_code = compile(text, "<rexxlite unit image>", "exec").co_consts[0]
        data = marshal.dumps(head + (files, runs, len(code.body), build_code,
                                     tuple(writer.codes)))
    except (Refused, RecursionError, ValueError, SyntaxError, MemoryError, TypeError):
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


class ImageWriter:
    """The statements of ``build`` for the objects reachable from a body."""

    def __init__(self, interp, code, program, units):
        self.units = units
        self.lines: list[str] = []            # making the objects
        self.fills: list[str] = []            # then filling the ones made empty
        self.later: list = []                 # what makes those statements, once all is made
        self.names: dict[int, str] = {}       # id(object) -> its local (or its literal)
        self.pending: set[int] = set()        # ids of values being made (a cycle: Refused)
        self.kept: list = []                  # what was named, alive while ids are in use
        self.codes: list = []
        self.code_index: dict[int, int] = {}
        self.code_paths: dict[str, dict] = {}     # module -> id(code) -> where it is kept
        self.reassigned: dict[str, set] = {}      # module -> the names its functions assign
        self.modules: dict[str, str] = {}
        self.roles = _roles(interp, code, program, units)
        self.namespaces: dict[str, tuple] = {}    # module -> (its local, the names in it)
        self.count = 0

    def source(self, body: tuple) -> str:
        result = self.ref(body)
        head = "def build(I, CODE, PROG, P, MOD, B, CELL, FN, NEW, METHOD, STUB, C):\n"
        later = self.later
        position = 0
        while position < len(later):      # (filling may make objects, and have them filled)
            self.fills.append(later[position]())
            position += 1
        return head + "".join(f" {line}\n" for line in self.lines + self.fills) + (
            f" return {result}\n")

    # -- naming ----------------------------------------------------------------------------
    def _local(self) -> str:
        self.count += 1
        if self.count > _MAX_OBJECTS:
            raise Refused("too many objects")
        return f"o{self.count}"

    def _reassigned(self, module_name: str) -> set:
        found = self.reassigned.get(module_name)
        if found is None:
            found = self.reassigned[module_name] = _reassigned(sys.modules[module_name])
        return found

    def _module(self, name: str) -> str:
        local = self.modules.get(name)
        if local is None:
            local = self.modules[name] = f"m{len(self.modules)}"
            self.lines.append(f"{local} = MOD({name!r})")
        return local

    def _global(self, obj) -> str | None:
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
        if module == "builtins":
            return f"B.{qualname}"
        return f"{self._module(module)}.{qualname}"

    def ref(self, obj) -> str:
        """The expression for ``obj`` in ``build`` (made by the statements before it)."""
        cls = obj.__class__
        if cls in _LITERALS:
            return repr(obj)
        if cls is float:
            return repr(obj) if math.isfinite(obj) else f"B.float({repr(obj)!r})"
        key = id(obj)
        name = self.names.get(key)
        if name is not None:
            return name
        if key in self.pending:         # (a placeholder is named before it is filled)
            raise _Cycle("a cycle through a value")
        role = self.roles.get(key)
        if role is not None and role[0] == "in module" and (
                role[2][1:].partition(".")[0] in self._reassigned(role[1])):
            role = None                 # (a run may have replaced it: made as it is)
        if role is not None:
            name = self._role(role)
        else:
            self.pending.add(key)
            try:
                name = self._make(obj, cls)
            finally:
                self.pending.discard(key)
        if key not in self.names:
            self.names[key] = name
            self.kept.append(obj)
        return name

    def _role(self, role) -> str:
        if role[0] == "node":
            _, index, path = role
            top = self.names.get(("top", index))
            if top is None:
                top = self.names[("top", index)] = self._local()
                self.lines.append(f"{top} = P[{index}]")
            if not path:
                return top
            expression = top + "".join(f".{step}" if isinstance(step, str) else f"[{step}]"
                                       for step in path)
        elif role[0] == "module":
            return self._module(role[1])
        elif role[0] == "in module":
            _, module, rest = role
            expression = self._module(module) + rest
        else:
            expression = role[1]
            if expression.isidentifier():       # I, CODE, PROG, P
                return expression
        local = self._local()
        self.lines.append(f"{local} = {expression}")
        return local

    # -- making ----------------------------------------------------------------------------
    def _make(self, obj, cls) -> str:
        if cls.__name__ == "_Stub" and self.units is not None and obj.units is self.units:
            return self._value(f"STUB({obj.start}, {obj.end}, {obj.index})")
        if cls is tuple:
            items = [self.ref(item) for item in obj]
            return self._value(f"({', '.join(items)}{',' if len(items) == 1 else ''})")
        if cls is list or cls is set:
            local = self._placeholder(obj, "[]" if cls is list else "B.set()")
            if obj:
                method = "extend" if cls is list else "update"
                self.later.append(lambda: f"{local}.{method}(({self._items(obj)},))")
            return local
        if cls is dict:
            local = self._placeholder(obj, "{}")
            pairs = list(obj.items())

            def items():
                return [f"{self.ref(k)}: {self.ref(v)}" for k, v in pairs]
            if pairs:
                self.later.append(lambda: f"{local}.update({{{', '.join(items())}}})")
            return local
        if cls is frozenset:
            return self._value(f"B.frozenset(({''.join(self.ref(x) + ', ' for x in obj)}))")
        if cls is types.CellType:
            try:
                contents = obj.cell_contents
            except ValueError:          # empty
                return self._value("CELL()")
            if id(contents) not in self.pending:
                try:
                    return self._value(f"CELL({self.ref(contents)})")
                except _Cycle:          # (what it holds holds it: made empty, filled after)
                    pass
            local = self._placeholder(obj, "CELL()")
            self.later.append(lambda: f"{local}.cell_contents = {self.ref(contents)}")
            return local
        if cls is types.FunctionType:
            return self._function(obj)
        if cls is types.MethodType:
            return self._value(f"METHOD({self.ref(obj.__func__)}, {self.ref(obj.__self__)})")
        if cls is types.ModuleType:
            return self._module(obj.__name__)
        if cls is types.CodeType:
            return self._code(obj)
        if cls is types.BuiltinFunctionType or cls is types.BuiltinMethodType:
            owner = obj.__self__
            if owner is None or isinstance(owner, types.ModuleType):
                found = self._global(obj) or (
                    f"{self._module(owner.__name__)}.{obj.__name__}" if owner else None)
                if found is None:
                    raise Refused(f"builtin {obj!r}")
                return self._value(found)
            return self._value(f"{self.ref(owner)}.{obj.__name__}")
        if cls.__name__ in ("method_descriptor", "wrapper_descriptor",
                            "classmethod_descriptor", "getset_descriptor",
                            "member_descriptor"):
            return self._value(f"{self.ref(obj.__objclass__)}.__dict__[{obj.__name__!r}]")
        if cls.__name__ == "method-wrapper":
            return self._value(f"{self.ref(obj.__self__)}.{obj.__name__}")
        if isinstance(obj, type):
            found = self._global(obj)
            if found is None:
                raise Refused(f"class {obj!r}")
            return self._value(found)
        if cls is slice:
            return self._value(
                f"B.slice({self.ref(obj.start)}, {self.ref(obj.stop)}, {self.ref(obj.step)})")
        return self._instance(obj, cls)

    def _items(self, items) -> str:
        return ", ".join(self.ref(item) for item in items)

    def _setting(self, local: str, name: str, value):
        return lambda: f"{local}.{name} = {self.ref(value)}"

    def _value(self, expression: str) -> str:
        local = self._local()
        self.lines.append(f"{local} = {expression}")
        return local

    def _placeholder(self, obj, expression: str) -> str:
        """A local made before what it holds (which may hold it, or hold what holds it):
        the caller fills it, in statements that run after every object is made."""
        local = self._value(expression)
        self.names[id(obj)] = local
        self.kept.append(obj)
        return local

    def _code(self, code, module_name: str | None = None) -> str:
        """A code object: where its module keeps it (a closure's, inside the function that
        makes it), else kept in the image (a generated text's)."""
        if module_name is not None:
            paths = self.code_paths.get(module_name)
            if paths is None:
                paths = self.code_paths[module_name] = _code_paths(sys.modules[module_name])
            path = paths.get(id(code))
            if path is not None:
                local = self.names.get(id(code))
                if local is None:
                    local = self.names[id(code)] = self._value(self._module(module_name) + path)
                    self.kept.append(code)
                return local
        index = self.code_index.get(id(code))
        if index is None:
            index = self.code_index[id(code)] = len(self.codes)
            self.codes.append(code)
        return f"C[{index}]"

    def _function(self, fn) -> str:
        module_name = fn.__module__
        if compiler_only(module_name) and (
                fn.__globals__.get(CARRIED) or vars(sys.modules[module_name]) is fn.__globals__):
            return self._made_function(fn, self._code(fn.__code__),
                                       self._carried_namespace(fn, module_name))
        found = self._global(fn)
        if found is not None:
            return self._value(found)
        module = sys.modules.get(module_name or "")
        if module is not None and vars(module) is fn.__globals__:
            namespace = self._module(module_name) + ".__dict__"
            code = self._code(fn.__code__, module_name)
        else:
            namespace = self.ref(fn.__globals__)        # a generated text's namespace
            code = self._code(fn.__code__)
        return self._made_function(fn, code, namespace)

    def _made_function(self, fn, code: str, namespace: str) -> str:
        """Function ``fn`` made from ``code`` with the globals ``namespace``, its defaults and
        cells, its attributes set once everything is made."""
        closure = fn.__closure__
        cells = "None" if closure is None else self.ref(closure)
        defaults = "None" if fn.__defaults__ is None else self.ref(fn.__defaults__)
        local = self._value(f"FN({code}, {namespace}, {fn.__name__!r}, "
                            f"{defaults}, {cells})")
        if fn.__kwdefaults__:
            self.later.append(lambda: f"{local}.__kwdefaults__ = {self.ref(fn.__kwdefaults__)}")
        for name, value in list(vars(fn).items()):
            self.later.append(self._setting(local, name, value))
        return local

    def _carried_namespace(self, fn, module_name: str) -> str:
        """The globals of a *carried* function of a closure compiler module
        (``compiler_only``): the module's namespace the image makes, holding the names the
        function's code (with the code nested in it) reads, each made or named as any other
        object once everything else is made."""
        found = self.namespaces.get(module_name)
        if found is None:
            local = self._value(f"{{'__name__': {module_name!r}, '__builtins__': B, "
                                f"{CARRIED!r}: True}}")
            found = self.namespaces[module_name] = (local, set())
        namespace, present = found
        module_globals = fn.__globals__

        def fill() -> str:
            names = [name for name in sorted(_global_names(fn.__code__))
                     if name in module_globals and name not in present]
            present.update(names)
            if not names:
                return "pass"
            items = ", ".join(f"{name!r}: {self.ref(module_globals[name])}" for name in names)
            return f"{namespace}.update({{{items}}})"
        self.later.append(fill)
        return namespace

    def _instance(self, obj, cls) -> str:
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
        local = self._placeholder(obj, f"NEW({self.ref(cls)})")
        if exception and obj.args:
            self.later.append(self._setting(local, "args", obj.args))
        for name in _slots(cls):
            try:
                value = object.__getattribute__(obj, name)
            except AttributeError:
                continue
            self.later.append(self._setting(local, name, value))
        for name, value in list(getattr(obj, "__dict__", {}).items()):
            if not name.isidentifier():
                raise Refused(f"an attribute named {name!r}")
            self.later.append(self._setting(local, name, value))
        return local


def _code_paths(module) -> dict:
    """id(code object) -> the expression (after the module) finding it, for every code object
    of ``module``'s functions and of its classes' methods, nested ones included."""
    paths: dict = {}
    for code, path in _module_codes(module):
        paths.setdefault(id(code), path)
    return paths


def _module_codes(module):
    """(code object, the expression after the module that finds it) for every code object of
    ``module``'s functions and of its classes' methods, nested ones included."""
    pending = []
    for name, value in list(vars(module).items()):
        if isinstance(value, types.FunctionType) and value.__module__ == module.__name__:
            pending.append((value.__code__, f".{name}.__code__"))
        elif isinstance(value, type) and value.__module__ == module.__name__:
            for attribute, item in list(vars(value).items()):
                if isinstance(item, (staticmethod, classmethod)):
                    item = item.__func__
                    attribute = f"__dict__[{attribute!r}].__func__"
                elif isinstance(item, types.FunctionType):
                    attribute = f"__dict__[{attribute!r}]"
                else:
                    continue
                pending.append((item.__code__, f".{name}.{attribute}.__code__"))
    while pending:
        code, path = pending.pop()
        yield code, path
        pending += [(const, f"{path}.co_consts[{position}]")
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
#: made yet when its objects are made: the expression that makes (or finds) each.
_MADE_ON_USE = {"clock": "MOD('rexxlite.runtime.clock').clock_of(I)", "_streams": "I.streams",
                "_router": "I.router", "_redirections": "I.redirections"}


def _roles(interp, code, program, units) -> dict:
    """id(object) -> how ``build`` names it, for what lives on without the image."""
    roles: dict = {}

    def name(value, role) -> None:
        if value.__class__ not in _LITERALS and value.__class__ is not float:
            roles.setdefault(id(value), role)

    name(interp, ("local", "I"))
    name(code, ("local", "CODE"))
    name(program, ("local", "PROG"))
    name(program.body, ("local", "P"))
    for key, value in list(vars(interp).items()):
        made = _MADE_ON_USE.get(key)
        name(value, ("local", made or f"I.{key}"))
    for key, value in list(vars(code).items()):
        if key != "body":           # (the body list itself: CODE.body)
            name(value, ("local", f"CODE.{key}"))
    name(code.body, ("local", "CODE.body"))
    for key in ("source_lines",):
        value = getattr(program, key, None)
        if value is not None:
            name(value, ("local", f"PROG.{key}"))
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
            name(value, ("in module", module_name, f".{key}"))
            if isinstance(value, type) and value.__module__ == module_name:
                for attribute, item in list(vars(value).items()):
                    if attribute.isidentifier() and _named_kind(item):
                        name(item, ("in module", module_name, f".{key}.{attribute}"))
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
