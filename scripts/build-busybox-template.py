#!/usr/bin/env python3
"""Build the busybox container template: ``rexxlite-setup busybox`` (rexxlite/setup/).

    python3 scripts/build-busybox-template.py [--force] [--output PATH]
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))   # also without pip install
from rexxlite.setup.command import main  # noqa: E402

sys.exit(main(["busybox", *sys.argv[1:]]))
