"""The module image (``rexxlite.module_image``): the ``rexxlite`` command serves rexxlite's
own modules from one cache file, and only while each module's source is unchanged.

The command-line tests run the real command twice (the first run writes the image, the second
is served from it) under a probe that reports, at exit, which of rexxlite's modules came from
the image. The others build an image of a module of their own, to change its source.
"""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import marshal
import os
import sys

import pytest

from rexxlite import module_image
from cache_probe import run_probed

#: Prints how many of rexxlite's imported modules the image served, then how many it did not
#: (those imported before the image was installed not counted).
SERVED_PROBE = ("import atexit, runpy, sys\n"
                "def report():\n"
                "    image = sys.modules['rexxlite.module_image']\n"
                "    names = [n for n in sys.modules if n.startswith('rexxlite')\n"
                "             and n not in image._imported_before]\n"
                "    served = [n for n in names\n"
                "              if type(sys.modules[n].__spec__.loader).__name__ == 'ImageLoader']\n"
                "    print(len(served), len(names) - len(served))\n"
                "atexit.register(report)\n"             # (before the image is saved)
                "sys.argv = ['rexxlite'] + sys.argv[1:]\n"
                "runpy.run_module('rexxlite', run_name='__main__')\n")


def _images(cache_dir):
    return sorted(p for p in cache_dir.iterdir() if p.suffix == ".image")


def _script(tmp_path, text="say 'a' || 1 + 2\n"):
    script = tmp_path / "prog.rexx"
    script.write_text(text)
    return script


def test_the_second_run_is_served_from_the_image(tmp_path, cache_dir):
    script = _script(tmp_path)
    first = run_probed(SERVED_PROBE, script, cache_dir)
    assert first[0] == "a3"
    served, imported = map(int, first[1].split())
    assert served == 0 and imported > 20            # (nothing to serve yet)
    assert len(_images(cache_dir)) == 1
    second = run_probed(SERVED_PROBE, script, cache_dir)
    assert second[0] == "a3"
    served, imported = map(int, second[1].split())
    assert served > 20 and imported == 0


def test_a_module_the_image_lacks_is_added_to_it(tmp_path, cache_dir):
    run_probed(SERVED_PROBE, _script(tmp_path), cache_dir)
    other = _script(tmp_path, "say wordpos('b', 'a b') strip('  x  ') || left('ab', 1)\n")
    run_probed(SERVED_PROBE, other, cache_dir)      # (parsed: more modules than the first)
    run_probed(SERVED_PROBE, other, cache_dir)      # (its unit image written)
    again = run_probed(SERVED_PROBE, other, cache_dir)
    assert again[0] == "2 xa"
    served, imported = map(int, again[1].split())
    assert served > 20 and imported == 0


def test_no_image_when_caching_is_off(tmp_path, cache_dir):
    lines = run_probed(SERVED_PROBE, _script(tmp_path), cache_dir, REXXLITE_NO_CACHE="1")
    assert lines[0] == "a3" and lines[1].startswith("0 ")
    assert _images(cache_dir) == []


def test_a_corrupt_image_is_ignored_and_written_again(tmp_path, cache_dir):
    script = _script(tmp_path)
    run_probed(SERVED_PROBE, script, cache_dir)
    (image,) = _images(cache_dir)
    image.write_bytes(b"\x10\x00\x00\x00not an image at all")
    lines = run_probed(SERVED_PROBE, script, cache_dir)
    assert lines[0] == "a3" and lines[1].startswith("0 ")
    assert run_probed(SERVED_PROBE, script, cache_dir)[1].endswith(" 0")


def test_an_image_others_can_write_is_not_read(tmp_path, cache_dir):
    script = _script(tmp_path)
    run_probed(SERVED_PROBE, script, cache_dir)
    (image,) = _images(cache_dir)
    image.chmod(0o666)
    lines = run_probed(SERVED_PROBE, script, cache_dir)
    assert lines[0] == "a3" and lines[1].startswith("0 ")


# --- an image of a module of the test's own --------------------------------------------------

@pytest.fixture
def own_module(tmp_path, monkeypatch):
    """(name, source path) of a module imported normally from ``tmp_path``."""
    name = f"image_probe_{os.getpid()}"
    source = tmp_path / f"{name}.py"
    source.write_text("'''A module for the image.'''\nVALUE = 41 + 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    importlib.invalidate_caches()
    importlib.import_module(name)
    yield name, source
    sys.modules.pop(name, None)


def _image_of(tmp_path, name) -> module_image.Image:
    path = tmp_path / "cache" / "own.image"
    path.parent.mkdir(mode=0o700, exist_ok=True)
    entry = module_image.entry_of(sys.modules[name])
    path.write_bytes(module_image.image_bytes({name: entry}))
    return module_image.Image.open(str(path))


def test_a_module_is_served_with_its_source_and_file(tmp_path, own_module):
    name, source = own_module
    finder = module_image.ImageFinder(_image_of(tmp_path, name))
    spec = finder.find_spec(name)
    assert isinstance(spec.loader, module_image.ImageLoader)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.VALUE == 42 and module.__file__ == str(source)
    assert inspect.getsource(module) == source.read_text()      # (tracebacks show it)
    assert finder.served == {name}


def test_a_changed_source_is_not_served(tmp_path, own_module):
    name, source = own_module
    finder = module_image.ImageFinder(_image_of(tmp_path, name))
    source.write_text("VALUE = 7\n")
    assert finder.find_spec(name) is None and finder.served == set()


def test_the_code_is_the_modules_own(tmp_path, own_module):
    """What the image keeps is the code the module's source compiles to, whether read from
    its ``.pyc`` or compiled."""
    name, source = own_module
    entry = module_image.entry_of(sys.modules[name])
    compiled = compile(source.read_bytes(), str(source), "exec", dont_inherit=True)
    namespace: dict = {}
    exec(marshal.loads(entry[3]), namespace)
    assert namespace["VALUE"] == 42
    assert marshal.loads(entry[3]).co_consts == compiled.co_consts


def test_an_image_of_another_python_or_rexxlite_is_empty(tmp_path, own_module, monkeypatch):
    name, _ = own_module
    image = _image_of(tmp_path, name)
    assert name in image.entries
    monkeypatch.setattr(module_image, "_STAMP", ("another", "version"))
    assert module_image.Image.open(str(tmp_path / "cache" / "own.image")).entries == {}
