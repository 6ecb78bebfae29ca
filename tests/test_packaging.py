"""The package as pip builds it: a wheel holds the grammar, the setup module with its init
script, and the LICENSE; its metadata declares the licence, authors and classifiers; a
pip-only install (no source tree) builds the busybox template with ``python -m rexxlite.setup``.
"""

from __future__ import annotations

import email
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SKIP = shutil.ignore_patterns(".git", "build", "dist", "*.egg-info", "__pycache__",
                              ".pytest_cache", ".hypothesis", "tests", "benchmarks")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """A wheel built by pip from a copy of the source tree (the tree itself stays clean)."""
    base = tmp_path_factory.mktemp("wheel")
    source = base / "src"
    shutil.copytree(REPO, source, ignore=SKIP)
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps",
                           "--no-build-isolation", "-w", str(base / "out"), str(source)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    (built,) = (base / "out").glob("rexxlite-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """The wheel installed by pip into a folder of its own (no source tree there)."""
    target = tmp_path_factory.mktemp("site")
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target",
                    str(target), str(wheel)], check=True, capture_output=True, timeout=300)
    return target


def test_wheel_holds_grammar_setup_module_and_license(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in ("rexxlite/grammar/rexx.lark", "rexxlite/setup/command.py",
                   "rexxlite/setup/busybox_template.py", "rexxlite/setup/debian_template.py",
                   "rexxlite/setup/container-init.sh", "rexxlite/addresses/proxmox/environment.py",
                   "rexxlite/cli_help.py"):
        assert needed in names, needed
    # setuptools 77+ puts it in .dist-info/licenses/ (metadata 2.4), older ones beside METADATA
    (license_file,) = [n for n in names
                       if n.endswith((".dist-info/LICENSE", ".dist-info/licenses/LICENSE"))]
    text = zipfile.ZipFile(wheel).read(license_file).decode()
    assert text.startswith("MIT License") and "rexxlite developers" in text
    assert text == (REPO / "LICENSE").read_text()


def test_wheel_holds_every_package_of_the_source_tree(wheel):
    """Each folder with an ``__init__.py`` under rexxlite/, addresses/ and grammar/ is in the
    wheel (a package missing from pyproject's list installs fine and fails on first import)."""
    names = set(zipfile.ZipFile(wheel).namelist())
    roots = {"rexxlite": "rexxlite", "addresses": "rexxlite/addresses",
             "grammar": "rexxlite/grammar"}
    for root, installed in roots.items():
        for init in (REPO / root).rglob("__init__.py"):
            if "__pycache__" in init.parts:
                continue
            inside = init.relative_to(REPO / root).as_posix()
            assert f"{installed}/{inside}" in names, init


def test_a_pip_only_install_runs_a_generated_loop(installed, tmp_path):
    """The installed package alone runs a program whose loop goes through the code generator."""
    env = {**os.environ, "PYTHONPATH": str(installed), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    # without the editable install's finder, which would supply any module the wheel lacks
    alone = ("import runpy, sys; sys.meta_path[:] = [f for f in sys.meta_path"
             " if 'editable' not in getattr(f, '__module__', '')];"
             " sys.argv = ['rexxlite', '-e', 's = 0; do i = 1 to 10; s = s + i; end; say s'];"
             " runpy.run_module('rexxlite', run_name='__main__')")
    done = subprocess.run([sys.executable, "-c", alone],
                          env=env, capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert (done.returncode, done.stdout, done.stderr) == (0, "55\n", "")


def test_wheel_metadata_declares_licence_authors_classifiers_scripts(wheel):
    archive = zipfile.ZipFile(wheel)
    (meta_name,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
    meta = email.message_from_string(archive.read(meta_name).decode())
    assert meta["License"] == "MIT" and meta["Author"] == "rexxlite developers"
    classifiers = meta.get_all("Classifier")
    assert "License :: OSI Approved :: MIT License" in classifiers
    assert "Topic :: Software Development :: Interpreters" in classifiers
    assert any(line.startswith("proxmoxer") and 'extra == "api"' in line
               for line in meta.get_all("Requires-Dist"))
    (entry_name,) = [n for n in archive.namelist() if n.endswith("entry_points.txt")]
    scripts = archive.read(entry_name).decode()
    assert "rexxlite-setup = rexxlite.setup.command:main" in scripts
    # the command itself is a script file (bin/rexxlite), its first line made the installing
    # Python's by pip, not a generated wrapper (which imports ``re`` first)
    assert "rexxlite =" not in scripts
    (command,) = [n for n in archive.namelist() if n.endswith(".data/scripts/rexxlite")]
    text = archive.read(command).decode()
    assert text.startswith("#!python\n") and "import re" not in text


def test_the_installed_command_runs_a_program(installed, tmp_path):
    command = installed / "bin" / "rexxlite"
    assert command.read_text().startswith(f"#!{sys.executable}\n")
    env = {**os.environ, "PYTHONPATH": str(installed), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    done = subprocess.run([str(command), "-e", "say 6 * 7"], env=env, capture_output=True,
                          text=True, cwd=tmp_path, timeout=60)
    assert (done.returncode, done.stdout, done.stderr) == (0, "42\n", "")


def test_a_pip_only_install_builds_the_busybox_template(installed, tmp_path):
    target = installed
    env = {**os.environ, "PYTHONPATH": str(target)}
    where = subprocess.run([sys.executable, "-c", "import rexxlite.setup as s; print(s.__file__)"],
                           env=env, capture_output=True, text=True, cwd=tmp_path)
    assert where.stdout.startswith(str(target))            # not the source tree
    out = tmp_path / "templates" / "bb.tar.gz"
    done = subprocess.run([sys.executable, "-m", "rexxlite.setup", "busybox", "--output",
                           str(out)], env=env, capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1].startswith(f"busybox template: {out} (")
    with tarfile.open(out) as tar:
        init = tar.extractfile("sbin/init").read().decode()
        assert tar.getmember("bin/busybox").isfile() and tar.getmember("bin/sh").issym()
    assert init == (REPO / "rexxlite" / "setup" / "container-init.sh").read_text()


def test_the_sdist_carries_the_documents_and_host_scripts(tmp_path):
    source = tmp_path / "src"
    shutil.copytree(REPO, source, ignore=SKIP)
    done = subprocess.run([sys.executable, "-c", "import sys; from setuptools import build_meta; "
                           "print(build_meta.build_sdist(sys.argv[1]))", str(tmp_path / "dist")],
                          cwd=source, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    archive = tmp_path / "dist" / done.stdout.split()[-1]
    names = {name.split("/", 1)[1] for name in tarfile.open(archive).getnames() if "/" in name}
    for needed in ("LICENSE", "README.md", "docs/plugins.md", "docs/proxmox.md",
                   "scripts/setup-host.sh", "scripts/build-busybox-template.py",
                   "rexxlite/setup/container-init.sh", "grammar/rexx.lark"):
        assert needed in names, needed
    readme = (REPO / "README.md").read_text()
    assert "](docs/" not in readme and "](./docs/" not in readme   # no links broken on PyPI
