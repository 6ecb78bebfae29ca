"""rexxlite's own modules served from one cache file (the *module image*), so that a run of the
``rexxlite`` command reads one file instead of finding, checking and reading dozens.

Importing a module costs Python's import machinery about 80 microseconds before the module's
own code runs: searching the package's folder, a ``stat`` of the source, opening and reading
its ``.pyc``. A cached script imports some 60 of rexxlite's modules, so that was 4-5 ms of a
run taking 20-30 ms (47 empty modules cost 3.9 ms here). As CPython freezes the modules of its
own start-up, ``install`` puts a finder first on ``sys.meta_path`` that serves each module in
the image from the code object kept there, with a ``SourceFileLoader`` for everything else a
loader does (its source for tracebacks, its package's data files).

A module is served only while its source file has the size and modification time (in
nanoseconds) it had when its code was put in the image; otherwise it is imported as usual, so
an edited or reinstalled rexxlite is never run from an old image. After the run (``save``, from
``cli.end_process``) the image is written again if the run imported a module of rexxlite the
image did not serve: new modules are added, changed ones replaced, ones whose source is gone
dropped. The code is the module's ``.pyc`` when its header matches the source, else compiled.

The image is one file per rexxlite installation (its folder) and Python, in the cache directory
(``cache_location``); like the other cache files that hold code, it is read only from a
directory and a file that are the user's own and writable by nobody else. ``REXXLITE_NO_CACHE``
turns it off with the rest of the cache. Only the command uses it: importing rexxlite as a
library changes nothing in Python's imports.
"""

from __future__ import annotations

import marshal
import os
import sys

import rexxlite
from rexxlite.syntax.cache_location import cache_directory, checksum, is_private, write_atomically

FORMAT = 1
_STAMP = (FORMAT, rexxlite.__version__, sys.hexversion, sys.implementation.cache_tag,
          sys.flags.optimize)
_bootstrap = sys.modules["_frozen_importlib"]
_external = sys.modules["_frozen_importlib_external"]

_finder: ImageFinder | None = None
_file: str | None = None
_imported_before: frozenset = frozenset()     # rexxlite's modules imported before ``install``


class ImageLoader(_external.SourceFileLoader):
    """The loader of a module served from the image: a source file loader whose code object
    is read from the image."""

    def __init__(self, fullname: str, path: str, image: Image, where: tuple[int, int]):
        super().__init__(fullname, path)
        self.image, self.where = image, where

    def get_code(self, fullname):
        return marshal.loads(self.image.read(self.where))


class Image:
    """An open image file: its ``entries`` map a module's name to ``(is_package, source path,
    (mtime_ns, size), (offset, length))``: where its marshalled code object is, after the index.

    The file is a 4-byte length, the marshalled ``(_STAMP, entries)`` of that length, then the
    code objects one after another; they are read one at a time (``os.pread``), when their
    module is imported, so a run reads only the code of the modules it imports."""

    def __init__(self, fd: int | None = None, entries: dict | None = None, base: int = 0):
        self.fd = fd
        self.entries = entries or {}
        self.base = base                # where the code objects start

    @classmethod
    def open(cls, path: str) -> Image:
        """The image in file ``path``; an empty one if the file is missing, not the user's
        own, writable by others, corrupt or of another rexxlite or Python."""
        if not is_private(os.path.dirname(path)):
            return cls()
        fd = None
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
            st = os.fstat(fd)
            if st.st_uid != os.geteuid() or st.st_mode & 0o022:
                raise OSError("not private")
            length = int.from_bytes(os.pread(fd, 4, 0), "little")
            stamp, entries = marshal.loads(os.pread(fd, length, 4))
            if stamp != _STAMP or not isinstance(entries, dict):
                raise ValueError("another rexxlite or Python")
            return cls(fd, entries, 4 + length)
        except Exception:
            if fd is not None:
                os.close(fd)
            return cls()

    def read(self, where: tuple[int, int]) -> bytes:
        offset, length = where
        data = os.pread(self.fd, length, self.base + offset)
        if len(data) != length:
            raise ImportError("the module image is cut short")
        return data


class ImageFinder:
    """The meta path finder serving the modules of ``image`` whose source is unchanged."""

    def __init__(self, image: Image):
        self.image = image
        self.served: set[str] = set()

    def find_spec(self, name, path=None, target=None):
        entry = self.image.entries.get(name)
        if entry is None:
            return None
        is_package, origin, stamp, where = entry
        if source_stamp(origin) != stamp:
            return None
        spec = _bootstrap.ModuleSpec(name, ImageLoader(name, origin, self.image, where),
                                     origin=origin, is_package=is_package)
        spec.has_location = True
        if is_package:
            spec.submodule_search_locations = [os.path.dirname(origin)]
        self.served.add(name)
        return spec

    def invalidate_caches(self) -> None:
        pass


def source_stamp(path: str) -> tuple[int, int] | None:
    """What a source file is recognised by: its modification time (ns) and size."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size


def image_file() -> str | None:
    """This installation's image file (None: caching is off)."""
    directory = cache_directory()
    if directory is None:
        return None
    where = f"{os.path.dirname(os.path.abspath(rexxlite.__file__))}\0{_STAMP}"
    return os.path.join(directory, f"modules-{checksum(os.fsencode(where))}.image")


def install() -> None:
    """Serve rexxlite's modules from the image, when there is one (``save`` makes it)."""
    global _finder, _file, _imported_before
    if _finder is not None:
        return
    _file = image_file()
    if _file is None:
        return
    _imported_before = frozenset(name for name in sys.modules if name.startswith("rexxlite"))
    _finder = ImageFinder(Image.open(_file))
    sys.meta_path.insert(0, _finder)


def save() -> None:
    """Write the image again if this run imported a module of rexxlite it did not serve."""
    finder, path = _finder, _file
    if finder is None or path is None:
        return
    try:
        fresh = {}
        for name, module in list(sys.modules.items()):
            if (name.startswith("rexxlite") and name not in finder.served
                    and name not in _imported_before):
                entry = entry_of(module)
                if entry is not None:
                    fresh[name] = entry
        if not fresh:
            return
        image = finder.image
        kept = {name: entry[:3] + (image.read(entry[3]),)
                for name, entry in image.entries.items()
                if name not in fresh and source_stamp(entry[1]) == entry[2]}
        kept.update(fresh)
        write_atomically(os.path.dirname(path), os.path.basename(path), image_bytes(kept))
    except Exception:           # the image is only a speed-up: never a reason to fail
        pass


def image_bytes(modules: dict) -> bytes:
    """The image file of ``modules`` (name -> ``(is_package, origin, stamp, code)``)."""
    entries, codes = {}, []
    offset = 0
    for name, (is_package, origin, stamp, code) in sorted(modules.items()):
        entries[name] = (is_package, origin, stamp, (offset, len(code)))
        codes.append(code)
        offset += len(code)
    index = marshal.dumps((_STAMP, entries))
    return len(index).to_bytes(4, "little") + index + b"".join(codes)


def entry_of(module) -> tuple | None:
    """``(is_package, origin, stamp, code)`` of imported ``module``: only a module read from
    a ``.py`` file."""
    spec = getattr(module, "__spec__", None)
    if spec is None or not isinstance(spec.loader, _external.SourceFileLoader):
        return None
    origin = spec.origin
    stamp = source_stamp(origin)
    if stamp is None:
        return None
    return (spec.submodule_search_locations is not None, origin, stamp,
            code_of(origin, spec.cached, stamp))


def code_of(origin: str, cached: str | None, stamp: tuple[int, int]) -> bytes:
    """The marshalled code object of source file ``origin``: its ``.pyc`` when that was made
    from the source as it is (the header's time in seconds and size), else compiled now."""
    if cached:
        try:
            with open(cached, "rb") as handle:
                data = handle.read()
            mtime, size = stamp[0] // 1_000_000_000, stamp[1]
            if (data[:4] == _external.MAGIC_NUMBER and data[4:8] == b"\0\0\0\0"
                    and data[8:12] == (mtime & 0xFFFFFFFF).to_bytes(4, "little")
                    and data[12:16] == (size & 0xFFFFFFFF).to_bytes(4, "little")):
                return data[16:]
        except OSError:
            pass
    with open(origin, "rb") as handle:
        source = handle.read()
    return marshal.dumps(compile(source, origin, "exec", dont_inherit=True))
