"""ADDRESS PROXMOX: Proxmox-style LXC containers (create, template, linked clones, run) from Rexx.

``ProxmoxEnvironment`` (environment.py) parses commands and shapes RESULT; the engines under
``engines/`` do the work (``local``: real LXC containers on this host). See docs/proxmox.md.
"""

from .environment import ProxmoxEnvironment

__all__ = ["ProxmoxEnvironment", "create_environment"]


def create_environment() -> ProxmoxEnvironment:
    return ProxmoxEnvironment()
