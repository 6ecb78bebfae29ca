"""What the template builders share: where templates go, the container init, the error type."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_TEMPLATE_DIR = "/var/lib/vz/template/cache"

# The init both templates share (LXC's halt signal is SIGPWR; exiting ends the container).
INIT = (Path(__file__).resolve().parent / "container-init.sh").read_text()


class SetupError(Exception):
    """A template cannot be built here; the message says what is missing."""


def default_dir() -> Path:
    """``$REXXLITE_TEMPLATE_DIR``, else Proxmox's template cache (``local:vztmpl/``)."""
    return Path(os.environ.get("REXXLITE_TEMPLATE_DIR") or DEFAULT_TEMPLATE_DIR)
