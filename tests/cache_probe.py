"""Running a script through the real command line with a cache directory of its own, under a
probe (Python text run as ``python -c``) that reports what the run did on stdout at exit; and
the probe that tells whether the run imported the parser."""

import os
import subprocess
import sys

#: Prints ``parsed`` or ``not parsed``: whether the run imported the parser.
PARSED_PROBE = ("import atexit, runpy, sys\n"
                "atexit.register(lambda: print('parsed' if 'rexxlite.syntax.parser' in sys.modules\n"
                "                              else 'not parsed'))\n"         # (cli.end_process)
                "sys.argv = ['rexxlite'] + sys.argv[1:]\n"
                "runpy.run_module('rexxlite', run_name='__main__')\n")


def run_probed(probe: str, script, cache_dir, *args, **extra_env) -> list[str]:
    """The stdout lines of ``rexxlite script args`` run under ``probe`` with
    ``REXXLITE_CACHE_DIR=cache_dir`` (and ``extra_env``); its stderr must be empty."""
    env = dict(os.environ, REXXLITE_CACHE_DIR=str(cache_dir))
    env.pop("REXXLITE_NO_CACHE", None)
    env.update(extra_env)
    done = subprocess.run([sys.executable, "-c", probe, str(script), *args], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.stderr == ""
    return done.stdout.splitlines()
