"""``python -m rexxlite``: the same as the ``rexxlite`` command."""

import sys

from rexxlite.cli import main

sys.exit(main())
