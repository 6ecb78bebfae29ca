"""PROXMOX engines and how one is chosen.

``create_engine(name, settings)`` returns the engine called ``name`` (local, pct, api) or, for
``auto`` or None, the one the settings choose (``../settings.py``: PROXMOX_BACKEND, a config
file or ``connect``; automatic: ``pct`` where the pct command exists, ``api`` when a host is
set, else ``local``). pct and api are configured by the settings. An engine whose module is
missing raises EngineUnavailable with the reason.
"""

from __future__ import annotations

import importlib

from .base import Engine, EngineError, EngineUnavailable

ENGINES = {
    "local": "rexxlite.addresses.proxmox.engines.local:LocalEngine",
    "pct": "rexxlite.addresses.proxmox.engines.pct:PctEngine",
    "api": "rexxlite.addresses.proxmox.engines.api:ApiEngine",
}

__all__ = ["ENGINES", "Engine", "EngineError", "EngineUnavailable", "choose_backend",
           "create_engine"]


def choose_backend(requested: str | None = None, settings=None) -> str:
    """The engine to use: ``requested``, else the settings' backend (see ``settings.py``)."""
    if requested and requested.lower() != "auto":
        return requested.lower()
    from ..settings import SettingsError, resolve
    try:
        settings = settings or resolve()
    except SettingsError as exc:
        raise EngineUnavailable(str(exc)) from None
    return settings.chosen_backend()


def create_engine(requested: str | None = None, settings=None) -> Engine:
    """A new engine; ``settings`` (a ``settings.Settings``) configures pct and api."""
    name = choose_backend(requested, settings)
    if name not in ENGINES:
        raise EngineUnavailable(f"unknown backend '{name}' (choose local, pct or api)")
    module_name, _, attribute = ENGINES[name].partition(":")
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise EngineUnavailable(f"the {name} engine is not available: {exc}") from None
    factory = getattr(module, attribute)
    if name == "local":
        return factory()
    from ..settings import SettingsError, resolve
    try:
        return factory(settings or resolve())
    except SettingsError as exc:
        raise EngineUnavailable(str(exc)) from None
