"""``python3 -m rexxlite.setup``: the same as ``rexxlite-setup``."""

import sys

from rexxlite.setup.command import main

sys.exit(main())
