"""The variable pool: simple, stem and compound variables, PROCEDURE EXPOSE and DROP.

A pool is a plain ``dict`` (one per PROCEDURE activation; a routine without PROCEDURE shares
its caller's). Keys are upper-case names; values are:

- ``str`` or ``int`` for a simple variable (an ``int`` stands for the Rexx string ``str(n)``;
  arithmetic keeps whole numbers as ints so loops stay fast; see ``compile_expr.tostr``);
- a ``Stem`` under the stem name (``"A."``): its default value (``A. = x``) and its tails,
  keyed by ``tail_key`` (a tail whose text is an int's decimal text, ``7`` or ``-12``, under
  that int, so ``A.i`` with an int ``i`` needs no text made; any other tail under its text;
  ``tail_text`` gives a key's text back wherever a name is made);
- a ``Ref`` for a variable exposed by PROCEDURE EXPOSE: the value lives in the owner's pool.

Stems are shared objects: exposing ``A.`` puts the caller's very ``Stem`` into the callee's pool,
so ``A. = v`` and ``DROP A.`` change the stem in place. A single exposed compound is a
``TailRef`` inside the callee's stem. Code that reads a pool fast (compiled closures) checks
``value.__class__`` and falls back to the functions here for the rare cases.
"""

from __future__ import annotations



def tail_key(tail):
    """The key of the tail ``tail`` (its text, or an int standing for the text ``str(n)``) in
    ``Stem.tails``: an int for a text that is an int's own decimal text (``7``, ``-12``, ``0``;
    not ``07``, `` 7``, ``+7``, ``-0``, ``1E3``, ``7.0``), else the text. ``tail_key`` of a key
    is that key. Only a text below ``':'`` (one starting with ``-`` or a digit, or anything
    else before ``:`` in code order, such as a blank) can be made an int: any other is its own
    key, and callers test ``tail < ':'`` first (one comparison, no call, for a word tail such
    as ``count.word``)."""
    if tail.__class__ is int:
        return tail
    if tail.isdigit():
        if (tail[0] != "0" or len(tail) == 1) and tail.isascii():
            return int(tail)
    elif tail[:1] == "-" and tail[1:2] != "0" and tail[1:].isdigit() and tail.isascii():
        return int(tail)
    return tail


def tail_text(key) -> str:
    """The text of tail key ``key`` (``tail_key``)."""
    return key if key.__class__ is str else str(key)


class Ref:
    """An exposed simple variable: ``pool[name]`` of its owner."""
    __slots__ = ("pool", "name")

    def __init__(self, pool: dict, name: str):
        self.pool = pool
        self.name = name


class TailRef:
    """An exposed compound variable: tail ``tail`` (its key, ``tail_key``) of the owner's
    stem."""
    __slots__ = ("stem", "tail")

    def __init__(self, stem: "Stem", tail: str):
        self.stem = stem
        self.tail = tail


class _Dropped:
    """Marks a compound dropped while its stem has a default value (it is then unset)."""
    __slots__ = ()

    def __repr__(self):
        return "<dropped>"


_DROPPED = _Dropped()


class Stem:
    """A stem: ``default`` (None: no stem value) and the assigned ``tails``."""
    __slots__ = ("default", "tails", "has_refs")

    def __init__(self):
        self.default: Union[str, int, None] = None
        self.tails: dict = {}
        self.has_refs = False

    # -- compounds -------------------------------------------------------------------------
    def get(self, tail):
        """The value of ``STEM.tail`` (its text or key), or None when it is unset."""
        if tail.__class__ is not int and tail < ":":
            tail = tail_key(tail)
        v = self.tails.get(tail)
        if v is None:
            return self.default
        if v.__class__ is TailRef:
            return v.stem.get(v.tail)
        if v is _DROPPED:
            return None
        return v

    def set(self, tail, value) -> None:
        if tail.__class__ is not int and tail < ":":
            tail = tail_key(tail)
        if self.has_refs:
            v = self.tails.get(tail)
            if v.__class__ is TailRef:
                v.stem.set(v.tail, value)
                return
        self.tails[tail] = value

    def drop(self, tail) -> None:
        if tail.__class__ is not int and tail < ":":
            tail = tail_key(tail)
        v = self.tails.get(tail)
        if v.__class__ is TailRef:
            v.stem.drop(v.tail)
            return
        if self.default is None:
            self.tails.pop(tail, None)
        else:
            # A dropped compound of a stem with a default is unset, not the default.
            self.tails[tail] = _DROPPED

    def is_set(self, tail) -> bool:
        return self.get(tail) is not None

    # -- the whole stem --------------------------------------------------------------------
    def assign_all(self, value) -> None:
        """``STEM. = value``: every compound gets ``value`` (exposed ones in their owner)."""
        refs = [r for r in self.tails.values() if r.__class__ is TailRef] if self.has_refs else []
        self.tails.clear()
        self.default = value
        for ref in refs:
            ref.stem.set(ref.tail, value)
            self.tails[ref.tail] = ref

    def drop_all(self) -> None:
        refs = [r for r in self.tails.values() if r.__class__ is TailRef] if self.has_refs else []
        self.tails.clear()
        self.default = None
        for ref in refs:
            ref.stem.drop(ref.tail)
            self.tails[ref.tail] = ref


# ----------------------------------------------------------------------------- simple variables

def get_simple(pool: dict, name: str):
    """The value of simple variable ``name`` (None when unset). Works for stems (``A.``)."""
    v = pool.get(name)
    if v is None:
        return None
    cls = v.__class__
    if cls is Ref:
        return get_simple(v.pool, v.name)
    if cls is Stem:
        return v.default
    return v


def set_simple(pool: dict, name: str, value) -> None:
    v = pool.get(name)
    if v.__class__ is Ref:
        set_simple(v.pool, v.name, value)
    else:
        pool[name] = value


def drop_simple(pool: dict, name: str) -> None:
    """Unset ``name``; one that was set stays in the pool as None (``has_existed``)."""
    v = pool.get(name)
    if v.__class__ is Ref:
        drop_simple(v.pool, v.name)
    elif v is not None:
        pool[name] = None


def has_existed(pool: dict, name: str) -> bool:
    """Whether simple variable or stem ``name`` is in its pool, set or not (dropped, a stem
    only its compounds were given): Regina's trace shows such a one unset as a variable."""
    v = pool.get(name)
    if v.__class__ is Ref:
        return has_existed(v.pool, v.name)
    return name in pool


def stem_of(pool: dict, stem: str) -> Stem:
    """The ``Stem`` object for ``stem`` (with the dot), created when missing."""
    s = pool.get(stem)
    if s is None:
        s = pool[stem] = Stem()
    return s


def set_stem(pool: dict, stem: str, value) -> None:
    stem_of(pool, stem).assign_all(value)


def drop_stem(pool: dict, stem: str) -> None:
    s = pool.get(stem)
    if s is not None:
        s.drop_all()


# ----------------------------------------------------------------------------- EXPOSE

def expose(callee: dict, caller: dict, name: str) -> None:
    """Make ``name`` (simple ``X``, stem ``A.`` or compound ``A.tail``) of ``caller`` visible
    in ``callee``."""
    dot = name.find(".")
    if dot < 0:
        v = caller.get(name)
        callee[name] = v if v.__class__ is Ref else Ref(caller, name)
    elif dot == len(name) - 1:
        callee[name] = stem_of(caller, name)
    else:
        stem, tail = name[:dot + 1], tail_key(name[dot + 1:])
        owner = stem_of(caller, stem)
        if callee.get(stem) is owner:       # the whole stem is exposed already
            return
        v = owner.tails.get(tail)
        ref = v if v.__class__ is TailRef else TailRef(owner, tail)
        mine = callee.get(stem)
        if mine is None or mine.__class__ is not Stem:
            mine = callee[stem] = Stem()
        mine.has_refs = True
        mine.tails[tail] = ref


# ----------------------------------------------------------------------------- by name

SYMBOL_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._!?@#$")


def symbol_kind(name: str) -> str:
    """'BAD' (not a symbol), 'LIT' (constant symbol) or 'VAR' (variable name) for ``name``,
    ignoring whether it has a value."""
    if not name or not SYMBOL_CHARS.issuperset(name):
        return "BAD"
    if name[0] in "0123456789.":
        # A constant symbol (number-like); a number with exponent sign is also valid.
        return "LIT"
    return "VAR"


def _symbol_ok(name: str) -> bool:
    return symbol_kind(name) != "BAD"


def split_name(name: str) -> tuple[str, list[str] | None]:
    """``"A.B.3"`` -> (``"A."``, [``"B"``, ``"3"``]); a simple name or stem -> (name, None)."""
    dot = name.find(".")
    if dot < 0 or dot == len(name) - 1:
        return name, None
    return name[:dot + 1], name[dot + 1:].split(".")


def derived_tail(pool: dict, parts: list[str], tostr) -> str:
    """The tail of a compound named by a string: each part that is a variable name is
    replaced by its value (a number-like or empty part stays as is)."""
    out = []
    for part in parts:
        if part and part[0] not in "0123456789" and symbol_kind(part) == "VAR":
            v = get_simple(pool, part)
            out.append(part if v is None else tostr(v))
        else:
            out.append(part)
    return ".".join(out)


def get_by_name(pool: dict, name: str, tostr):
    """The value of the variable named by the string ``name`` (upper-cased by the caller), or
    None when it is unset; returns (value, derived name)."""
    stem, parts = split_name(name)
    if parts is None:
        return get_simple(pool, stem), stem
    tail = derived_tail(pool, parts, tostr)
    s = pool.get(stem)
    value = None if s is None else s.get(tail)
    return value, stem + tail


def set_by_name(pool: dict, name: str, value, tostr) -> None:
    stem, parts = split_name(name)
    if parts is None:
        if stem.endswith("."):
            set_stem(pool, stem, value)
        else:
            set_simple(pool, stem, value)
        return
    stem_of(pool, stem).set(derived_tail(pool, parts, tostr), value)


def drop_by_name(pool: dict, name: str, tostr) -> None:
    stem, parts = split_name(name)
    if parts is None:
        if stem.endswith("."):
            drop_stem(pool, stem)
        else:
            drop_simple(pool, stem)
        return
    s = pool.get(stem)
    if s is not None:
        s.drop(derived_tail(pool, parts, tostr))
