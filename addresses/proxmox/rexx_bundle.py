"""rexxlite as one file for containers, and reading the CHECKPOINT lines its programs print.

``build_zipapp()`` bundles the installed rexxlite (interpreter, grammar, built-in ADDRESS
plugins) and Lark into a self-contained ``.pyz`` made with ``zipapp``; it runs with any
python3 >= 3.11 and nothing else installed. The result is cached (``$REXXLITE_CACHE_DIR`` or
``~/.cache/rexxlite``) under a hash of the bundled files, so it is rebuilt only when they change.
Each module also goes in as unchecked-hash bytecode (``x.pyc`` next to ``x.py``), so the
interpreter starts without compiling; another Python version falls back to the sources.

``parse_checkpoint(line)`` reads ``CHECKPOINT name k=v k2="v 2"`` (what the CHECKPOINT()
built-in prints) into ``{"name", "params", "values"}``.
"""

from __future__ import annotations

import hashlib
import importlib
import io
import os
import py_compile
import sys
import tempfile
import zipfile
from pathlib import Path

from rexxlite.plugin_api import split_words

MAIN = """# rexxlite zipapp entry point
import sys
from rexxlite.cli import main
sys.exit(main())
"""

SKIP_DIRS = {"__pycache__", "tests", ".git"}


def _package_dir(name: str) -> Path:
    module = importlib.import_module(name)
    return Path(module.__file__).resolve().parent


def _sources() -> list[tuple[str, Path]]:
    """(path inside the archive, file on disk) for everything bundled."""
    roots = [("rexxlite", _package_dir("rexxlite")), ("lark", _package_dir("lark"))]
    for sub in ("grammar", "addresses"):
        try:
            roots.append((f"rexxlite/{sub}", _package_dir(f"rexxlite.{sub}")))
        except ImportError:
            pass
    files: dict[str, Path] = {}
    for prefix, root in roots:
        for folder, dirs, names in os.walk(root):
            dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS)
            for name in sorted(names):
                if name.endswith((".pyc", ".pyo")):
                    continue
                path = Path(folder) / name
                rel = path.relative_to(root).as_posix()
                files.setdefault(f"{prefix}/{rel}", path)
    return sorted(files.items())


def cache_dir() -> Path:
    explicit = os.environ.get("REXXLITE_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "rexxlite"


def build_zipapp() -> Path:
    """The path of an up-to-date rexxlite .pyz (built now if needed)."""
    sources = _sources()
    digest = hashlib.sha256()
    for arcname, path in sources:
        st = path.stat()
        digest.update(f"{arcname}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    digest.update(sys.version.encode())
    target = cache_dir() / f"rexxlite-{digest.hexdigest()[:16]}.pyz"
    if target.exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    buffer.write(b"#!/usr/bin/env python3\n")
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive, \
            tempfile.TemporaryDirectory() as scratch:
        archive.writestr("__main__.py", MAIN)
        for arcname, path in sources:
            archive.write(path, arcname)
            if arcname.endswith(".py"):
                archive.writestr(arcname + "c", _bytecode(path, arcname, Path(scratch)))
    tmp = target.with_name(f".{target.name}.{os.getpid()}")
    tmp.write_bytes(buffer.getvalue())
    os.chmod(tmp, 0o755)
    os.replace(tmp, target)
    for old in target.parent.glob("rexxlite-*.pyz"):      # earlier builds
        if old != target:
            try:
                old.unlink()
            except OSError:
                pass
    return target


def _bytecode(path: Path, arcname: str, scratch: Path) -> bytes:
    """Unchecked-hash bytecode of one module, so the zipapp starts without compiling.

    zipimport prefers ``x.pyc`` next to ``x.py``; a container whose Python has another magic
    number simply falls back to the source."""
    out = scratch / "module.pyc"
    py_compile.compile(str(path), cfile=str(out), dfile=arcname, doraise=True,
                       invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
    return out.read_bytes()


def parse_checkpoint(line: str) -> dict | None:
    """``CHECKPOINT name k=v ...`` -> {"name", "params" (the text after the name), "values"}."""
    text = line.strip()
    if not text.startswith("CHECKPOINT ") and text != "CHECKPOINT":
        return None
    rest = text[len("CHECKPOINT"):].strip()
    words = [word for word, _quoted in split_words(rest, strict=False)]
    if not words:
        return {"name": "", "params": "", "values": {}}
    name = words[0]
    params = rest[len(rest.split(None, 1)[0]):].strip() if rest else ""
    values: dict[str, str] = {}
    for index, word in enumerate(words[1:], start=1):
        key, sep, value = word.partition("=")
        if sep and key:
            values[key] = value
        else:
            values[f"arg{index}"] = word
    return {"name": name, "params": params, "values": values}
