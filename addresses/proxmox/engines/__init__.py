"""PROXMOX engines and how one is chosen.

``create_engine(name)`` returns the engine called ``name`` (local, pct, api) or, for ``auto``
or None, the one this host should use: ``$REXXLITE_PROXMOX_BACKEND`` when set, else ``pct``
on a Proxmox VE node (``/etc/pve`` and ``pct`` present, when that engine is installed), else
``local``. An engine whose module is missing raises EngineUnavailable with the reason.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import shutil

from .base import Engine, EngineError, EngineUnavailable

ENGINES = {
    "local": "rexxlite.addresses.proxmox.engines.local:LocalEngine",
    "pct": "rexxlite.addresses.proxmox.engines.pct:PctEngine",
    "api": "rexxlite.addresses.proxmox.engines.api:ApiEngine",
}

__all__ = ["ENGINES", "Engine", "EngineError", "EngineUnavailable", "choose_backend",
           "create_engine"]


def _importable(name: str) -> bool:
    module = ENGINES[name].partition(":")[0]
    return importlib.util.find_spec(module) is not None


def choose_backend(requested: str | None = None) -> str:
    name = (requested or os.environ.get("REXXLITE_PROXMOX_BACKEND") or "auto").lower()
    if name != "auto":
        return name
    if os.path.isdir("/etc/pve") and shutil.which("pct") and _importable("pct"):
        return "pct"
    return "local"


def create_engine(requested: str | None = None) -> Engine:
    name = choose_backend(requested)
    if name not in ENGINES:
        raise EngineUnavailable(f"unknown backend '{name}' (choose local, pct or api)")
    module_name, _, attribute = ENGINES[name].partition(":")
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise EngineUnavailable(f"the {name} engine is not available: {exc}") from None
    return getattr(module, attribute)()
