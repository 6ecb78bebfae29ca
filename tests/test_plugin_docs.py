"""Every example in docs/plugins.md runs and does what the page says.

The page marks its blocks with HTML comments (invisible when rendered), acted on in order in
one folder: ``<!-- file: NAME -->`` writes the next block to NAME; ``<!-- prints: NAME.rexx -->``
runs that program with the real ``rexxlite`` and compares its stdout with the next block;
``<!-- stderr: NAME.rexx -->`` compares stderr (a line ending in ``...`` matches as a prefix);
``<!-- install -->`` pip-installs the folder's pyproject.toml (offline) so later programs find
the plugin by its entry point; ``<!-- pytest: NAME.py -->`` runs pytest on that file, which must
pass. Every fenced block must be one of these, so no example goes untried.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs" / "plugins.md"
STEP = re.compile(r"<!-- (file|prints|stderr|pytest): (\S+) -->\n(?:```\w*\n(.*?)```)?|"
                  r"<!-- (install) -->\n|```(\w*)\n(.*?)```", re.S)


def steps(text: str) -> list[tuple[str, str, str]]:
    found = []
    for match in STEP.finditer(text):
        action, name, body, install, bare_language, bare = match.groups()
        if install:
            found.append(("install", "", ""))
        elif action:
            found.append((action, name, body or ""))
        else:
            found.append(("unmarked", bare_language, bare))
    return found


def test_every_block_of_the_page_is_an_example_that_is_run():
    found = steps(DOCS.read_text())
    assert not [s for s in found if s[0] == "unmarked"], "a block without a marker"
    kinds = [kind for kind, _, _ in found]
    assert kinds.count("file") >= 8 and "pytest" in kinds and "install" in kinds


def _matches(expected: str, actual: str) -> bool:
    want, got = expected.splitlines(), actual.splitlines()
    return len(want) == len(got) and all(
        g.startswith(w[:-3]) if w.endswith("...)") or w.endswith("...") else g == w
        for w, g in zip((line.replace("...)", "...") for line in want), got))


def test_the_examples_run_as_the_page_says(tmp_path):
    folder, elsewhere = tmp_path / "plugin", tmp_path / "elsewhere"
    folder.mkdir()
    elsewhere.mkdir()                      # programs run from here: only REQUIRE finds files
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    for action, name, body in steps(DOCS.read_text()):
        if action == "file":
            (folder / name).write_text(body)
        elif action in ("prints", "stderr"):
            done = subprocess.run([sys.executable, "-m", "rexxlite", str(folder / name)],
                                  capture_output=True, text=True, cwd=elsewhere, env=env,
                                  timeout=60)
            if action == "prints":
                assert done.stdout == body, f"{name}: {done.stdout!r}\n{done.stderr}"
            else:
                assert _matches(body, done.stderr), f"{name}: {done.stderr!r}"
        elif action == "install":
            site = tmp_path / "site"
            subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-index",
                            "--no-build-isolation", "--target", str(site), str(folder)],
                           check=True, capture_output=True, timeout=300)
            env["PYTHONPATH"] = str(site)
        elif action == "pytest":
            done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                                   name], capture_output=True, text=True, cwd=folder, env=env,
                                  timeout=120)
            assert done.returncode == 0, done.stdout + done.stderr
            assert re.search(r"\b3 passed\b", done.stdout), done.stdout
