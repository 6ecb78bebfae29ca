"""A program's compiled units kept on disk beside its AST (its *unit image*), so a run of an
unchanged script builds no closures and generates no Python for the units an earlier run
compiled.

Compiling a unit (``lazy_units``) is the closure compiler's work plus the code generator's;
on a cached run of a typical Rosetta program that was half the run (``benchmarks/
compile_share.py``). As CPython keeps ``.pyc`` files, the body of a program read from a file is
written after its run (``save``) as the operations that make it again (``image_ops``): every
closure, generated run, ClauseInfo and constant they hold, with the AST nodes, the
interpreter, the program's ``Code`` and rexxlite's own objects named, not copied
(``unit_image_writer``). The next run of the same text reads them (``marshal``) and runs them
(``load``), at a fraction of the compiler's cost, and without importing the closure compiler
(the image carries the code of its functions the body uses: no ``instructions``,
``expressions``, ``do_loops``, ...; no ``Compiler`` is made). The units the image does not
hold stay stubs, compiled when first run (the compiler is made then), and the image is
written again after a run that compiled any. Where no image can be made (the body holds
what it cannot make again), the file says so instead, with the number of units compiled: the
runs after compile as before, without trying again unless they compile more. Writing an image costs a walk of its objects (some 10 ms for a small program,
less than its parse), so, as CPython writes a ``.pyc`` when it first imports a module, the
first run of a program writes its image beside its AST: the second run is already one from
the image.

An image is kept only for a program compiled without trace hooks (TRACE cannot be on in it:
a traced clause keeps what it traced last), and is read only for such a compile of the same
text, from the same path, with the same settings that choose what the compiler makes; and
only while every module of rexxlite the writing run had imported has the size and
modification time it had then (an edited rexxlite never runs an old image). A marshalled
code object runs when it is loaded, so the file is read only from a directory that is the
user's own and writable by nobody else, and only if the file is the user's own too. Any
failure to read or to make the image just means compiling.
"""

from __future__ import annotations

import os
import sys

from rexxlite import __version__
from rexxlite.syntax.cache_location import cache_directory, checksum, read_marshalled
from rexxlite.syntax.collector_pause import collector_paused, set_aside

FORMAT = 2
_STAMP = (FORMAT, __version__, sys.hexversion, sys.implementation.cache_tag)


def image_key(interp) -> tuple:
    """What decides the units compiled for ``interp``'s program, besides its text."""
    from rexxlite.compiler.codegen.run_policy import codegen_enabled, lazy_enabled
    return (interp.path, interp.calltype, codegen_enabled(), lazy_enabled())


def image_path(source: str, key: tuple) -> str | None:
    """The file of the unit image of program ``source`` compiled under ``key``."""
    directory = cache_directory()
    if directory is None:
        return None
    data = source.encode("utf-8", "surrogateescape")
    named = repr(key).encode("utf-8", "surrogateescape")
    return os.path.join(directory, f"{checksum(data)}-{checksum(named)}.units")


def _unchanged(files) -> bool:
    for path, size, mtime in files:
        try:
            st = os.stat(path)
        except OSError:
            return False
        if st.st_size != size or st.st_mtime_ns != mtime:
            return False
    return True


def load(interp, program, code, make_compiler):
    """Fill ``code.body`` (program ``program``'s) from the program's unit image, if there is
    one to use, and return the ``LazyUnits`` that compiles the units it does not hold (with
    the compiler ``make_compiler`` makes, when one first runs); None (nothing changed) where
    there is none. Loading an image imports no module of the closure compiler: the image
    holds its closures' code and what they use (``unit_image_writer``)."""
    source = interp._program_text
    key = image_key(interp)
    path = image_path(source, key)
    if path is None:
        return None
    with collector_paused():
        saved = read_marshalled(path)
    try:
        stamp, text, kept_key, files, runs, length, image, *mark = saved
    except (TypeError, ValueError):
        return None
    if stamp != _STAMP or text != source or kept_key != key or length != len(program.body):
        return None
    if image is None:                   # no image can be made (a mark)
        interp.units_without_image = mark[0] if mark and mark[0].__class__ is int else 0
        return None
    if image.__class__ is not tuple or not _unchanged(files):
        return None
    from rexxlite.compiler.image_ops import make_objects
    from rexxlite.compiler.lazy_units import resumed
    units = resumed(code, program.body, runs, make_compiler)
    try:
        with collector_paused():
            body = make_objects(image, interp, code, program, units.stub)
            set_aside()
    except Exception:           # an image that does not fit this rexxlite: compile
        body = None
    if body is None or len(body) != length:
        return None             # (the labels bound stay: compiling binds the same ones)
    code.body[:] = body
    interp.unit_image_loaded = True
    return units


def save(interp, program, code, units) -> None:
    """Write the unit image of ``code`` (program ``program``'s, compiled without trace hooks,
    on first run by ``units`` or, where it was compiled at once, ``units`` None), when this
    run compiled a unit it did not hold; quietly nothing where it cannot be made."""
    if interp.initial_trace is not None:
        return
    if units is not None and units.compiled <= interp.units_without_image:
        return      # nothing new since the image was loaded (or since the mark of no image)
    if units is None and interp.unit_image_loaded:
        return
    source, key = interp._program_text, image_key(interp)
    path = image_path(source, key)
    if path is None:
        return
    from rexxlite.compiler.unit_image_writer import write_image
    write_image(path, (_STAMP, source, key), interp, program, code, units)
