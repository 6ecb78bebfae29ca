"""Shared test set-up: make the helpers in tests/ importable from every test folder, and keep
the parsed-program cache of every run in the suite out of the user's home; ``cache_dir``, a
private cache directory of a test's own; ``script``, the test module's ``PROGRAM`` as a file."""

import os
import sys
import tempfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

_CACHE = tempfile.mkdtemp(prefix="rexxlite-test-cache-")
os.chmod(_CACHE, 0o700)
os.environ.setdefault("REXXLITE_CACHE_DIR", _CACHE)


@pytest.fixture
def cache_dir(tmp_path):
    """A private cache directory for one test (``REXXLITE_CACHE_DIR``)."""
    d = tmp_path / "cache"
    d.mkdir(mode=0o700)
    return d


@pytest.fixture
def script(tmp_path, request):
    """The test module's ``PROGRAM`` written as ``prog.rexx`` in the test's own folder."""
    path = tmp_path / "prog.rexx"
    path.write_text(request.module.PROGRAM)
    return path
