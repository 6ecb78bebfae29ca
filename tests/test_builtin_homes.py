"""The built-in registry imports a built-in's module the first time its name is looked up
(rexxlite.builtins.registry.HOMES): the table must say where every built-in lives, and a
program must import only the groups it calls."""

from __future__ import annotations

import os
import subprocess
import sys

WHO_REGISTERS_WHAT = """
import importlib, json, pkgutil
import rexxlite.builtins as package
from rexxlite.builtins.registry import REGISTRY
for module in pkgutil.iter_modules(package.__path__):
    importlib.import_module("rexxlite.builtins." + module.name)
print(json.dumps({name: builtin.fn.__module__.rsplit(".", 1)[-1]
                  for name, builtin in dict.items(REGISTRY)}))
"""


def test_homes_names_the_module_that_registers_each_builtin():
    """Every module imported in a fresh process: each built-in registered, by the module
    that defines it, is in HOMES under that module, and HOMES has no other name."""
    import json

    from rexxlite.builtins.registry import HOMES
    done = subprocess.run([sys.executable, "-c", WHO_REGISTERS_WHAT], capture_output=True,
                          text=True, timeout=60, check=True)
    assert json.loads(done.stdout) == HOMES


def test_a_program_imports_only_the_builtins_it_calls(tmp_path):
    probe = ("import atexit, runpy, sys\n"
             "atexit.register(lambda: print(sorted(m.split('.')[-1] for m in sys.modules\n"
             "                                     if m.startswith('rexxlite.builtins.'))))\n"
             "sys.argv = ['rexxlite', '-e', sys.argv[1]]\n"    # (cli.end_process: atexit)
             "runpy.run_module('rexxlite', run_name='__main__')\n")
    env = dict(os.environ, REXXLITE_CACHE_DIR=str(tmp_path))

    def groups(program):
        done = subprocess.run([sys.executable, "-c", probe, program], env=env,
                              capture_output=True, text=True, timeout=60)
        *output, imported = done.stdout.splitlines()
        return output, set(eval(imported))

    output, imported = groups("say 1")
    assert output == ["1"] and not imported & {"stream_bifs", "datetime_bifs", "numeric"}
    output, imported = groups("say (date('S') > 0) random(1, 1)")
    assert output == ["1 1"]
    assert {"datetime_bifs", "random_bifs"} <= imported and "stream_bifs" not in imported


def test_looking_up_the_whole_table_imports_every_group():
    from rexxlite.builtins.registry import HOMES, REGISTRY
    assert set(REGISTRY) >= set(HOMES)
    assert "LINEOUT" in REGISTRY and REGISTRY.get("NO_SUCH_BUILTIN") is None
    assert REGISTRY["CENTRE"] is REGISTRY["CENTER"]
