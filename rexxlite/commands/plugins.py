"""Finding and holding ADDRESS environments: built-ins, entry points and REQUIRE'd files.

One ``PluginRegistry`` per program run holds one instance of each environment, created on first
use and closed (``close_all``) when the program ends. Environments come from, in order:
environments registered by the interpreter itself (SYSTEM, COMMAND...), the built-in plugins in
``rexxlite.addresses``, the entry-point group ``rexxlite.addresses`` of installed packages, and
Python files loaded by ``REQUIRE``. ``REQUIRE`` also accepts the JavaScript-era names that
existing scripts use: ``cwd:proxmox-address.js``, ``root:lib/proxmox-address.js``,
``./proxmox-address.js``, ``proxmox-address`` and ``proxmox`` all name the bundled PROXMOX plugin,
whether or not such a file exists (a ``.js`` file is never read or run).
"""

from __future__ import annotations

import importlib
import os
import sys

from rexxlite.errors import RexxError

ENTRY_POINT_GROUP = "rexxlite.addresses"

# Built-in plugins: ADDRESS name -> "module:factory", imported only when first used.
BUILTIN_PLUGINS: dict[str, str] = {
    "PROXMOX": "rexxlite.addresses.proxmox:ProxmoxEnvironment",
}

Factory = "Callable[[], Environment]"     # (annotations only: no ``typing`` at run time)
# (``re``, ``pathlib`` and ``importlib.util`` are imported by REQUIRE, where they are used: a
# program that only runs host commands never needs them.)


class PluginError(Exception):
    """A plugin that cannot be found or loaded; the message is for the user."""


def _load_reference(reference: str) -> Factory:
    module_name, _, attribute = reference.partition(":")
    module = importlib.import_module(module_name)
    return getattr(module, attribute) if attribute else _factory_of_module(module, module_name)


def _factory_of_module(module, origin: str) -> Factory:
    factory = getattr(module, "create_environment", None)
    if callable(factory):
        return factory
    environment = getattr(module, "ENVIRONMENT", None)
    if environment is not None:
        return lambda: environment
    raise PluginError(f"{origin} defines neither create_environment() nor ENVIRONMENT")


def _project_root(start: Path) -> Path:
    """The nearest folder at or above ``start`` holding ``.git`` or ``.rexxroot``."""
    for folder in (start, *start.parents):
        if (folder / ".git").exists() or (folder / ".rexxroot").exists():
            return folder
    return start


PATH_PREFIXES = ("cwd:", "root:")


def plugin_key(text: str) -> str:
    """Reduce a REQUIRE name to a plugin name: 'cwd:lib/proxmox-address.js' -> 'PROXMOX'."""
    for prefix in PATH_PREFIXES:
        if text[:len(prefix)].lower() == prefix:
            text = text[len(prefix):]
            break
    import re
    stem = re.split(r"[\\/]", text)[-1]
    stem = re.sub(r"\.(js|py|rexx)$", "", stem, flags=re.IGNORECASE)
    words = [w for w in re.split(r"[-_.\s]+", stem) if w and w.lower() != "address"]
    return "_".join(words).upper()


class PluginRegistry:
    """The environments one program run can address, each created once."""

    def __init__(self, own: dict[str, Factory] | None = None):
        self._factories: dict[str, Factory] = dict(own or {})
        self._instances: dict[str, Environment] = {}
        self._entry_points_loaded = False

    # -- lookup ---------------------------------------------------------------------------
    def register(self, name: str, factory: Factory) -> None:
        self._factories[name.upper()] = factory

    def _entry_point_factories(self) -> dict[str, object]:
        from importlib.metadata import entry_points     # slow to import: only when needed
        return {ep.name.upper(): ep for ep in entry_points(group=ENTRY_POINT_GROUP)}

    def _find_factory(self, name: str) -> Factory | None:
        if name in self._factories:
            return self._factories[name]
        if name in BUILTIN_PLUGINS:
            factory = _load_reference(BUILTIN_PLUGINS[name])
        else:
            found = self._entry_point_factories().get(name)
            if found is None:
                return None
            factory = found.load()
        self._factories[name] = factory
        return factory

    def get(self, name: str) -> Environment | None:
        """The environment called ``name`` (created on first use), or None if there is none."""
        name = name.upper()
        if name in self._instances:
            return self._instances[name]
        factory = self._find_factory(name)
        if factory is None:
            return None
        environment = factory()
        self._instances[name] = environment
        return environment

    def available(self) -> list[str]:
        """Every name that can be addressed here, sorted."""
        names = set(self._factories) | set(BUILTIN_PLUGINS)
        names |= set(self._entry_point_factories())
        return sorted(names)

    def load_declared(self) -> None:
        """Look up the factory of every built-in and entry-point plugin (importing it, creating
        nothing), so that the commands a factory class declares are ``known`` early; a plugin
        that fails to import is left for its first use to report."""
        try:
            names = set(BUILTIN_PLUGINS) | set(self._entry_point_factories())
        except Exception:
            names = set(BUILTIN_PLUGINS)
        for name in sorted(names):
            try:
                self._find_factory(name)
            except Exception:
                pass

    def count(self) -> int:
        """How many factories and environments are ``known`` (it grows as they are found)."""
        return len(self._factories) + len(self._instances)

    def instances(self) -> list[Environment]:
        return list(self._instances.values())

    def known(self) -> list[object]:
        """The factories found so far and the environments created (for their declared
        commands, without creating anything)."""
        return [*self._factories.values(), *self._instances.values()]

    # -- REQUIRE --------------------------------------------------------------------------
    def resolve_path(self, spec: str, script_dir: str | None) -> Path | None:
        """The file a REQUIRE path form names, or None for a bare plugin name."""
        from pathlib import Path
        base = Path(script_dir) if script_dir else Path.cwd()
        if spec.startswith("cwd:"):
            return Path.cwd() / spec[4:]
        if spec.startswith("root:"):
            return _project_root(base.resolve()) / spec[5:]
        if spec.startswith(("./", "../")):
            return base / spec
        if os.path.isabs(spec):
            return Path(spec)
        if "/" in spec or spec.lower().endswith(".py"):
            return base / spec
        return None

    def require(self, spec: str, script_dir: str | None) -> str:
        """Load what REQUIRE names; return the ADDRESS name it provides."""
        path = self.resolve_path(spec, script_dir)
        if path is not None and path.suffix == ".py":
            return self._require_file(path)
        key = plugin_key(spec)
        if key and self._find_factory(key) is not None:
            return key
        raise PluginError(
            f'cannot REQUIRE "{spec}": no such ADDRESS plugin ({key or "?"}); '
            f"available: {', '.join(self.available())}"
        )

    def _require_file(self, path: Path) -> str:
        if not path.is_file():
            raise PluginError(f'cannot REQUIRE "{path}": file not found')
        import importlib.util
        module_name = f"rexxlite_plugin_{abs(hash(str(path.resolve())))}"
        spec = importlib.util.spec_from_file_location(module_name, path)
        if spec is None or spec.loader is None:
            raise PluginError(f'cannot REQUIRE "{path}": not a Python module')
        module = importlib.util.module_from_spec(spec)
        sys.modules[module_name] = module
        try:
            spec.loader.exec_module(module)
        except Exception as exc:  # the plugin's own code failed: report, never a traceback
            sys.modules.pop(module_name, None)
            raise PluginError(f'cannot REQUIRE "{path}": {type(exc).__name__}: {exc}') from exc
        factory = _factory_of_module(module, str(path))
        environment = factory()
        name = str(getattr(environment, "name", "") or plugin_key(path.name)).upper()
        self._factories[name] = lambda: environment
        self._instances[name] = environment
        return name

    # -- end of run -----------------------------------------------------------------------
    def close_all(self) -> None:
        """Run every created environment's close hook once (errors in one don't stop others)."""
        instances, self._instances = self._instances, {}
        for environment in instances.values():
            close = getattr(environment, "close", None)
            if close is None:
                continue
            try:
                close()
            except Exception:
                pass


def require_error(exc: PluginError) -> RexxError:
    """A REQUIRE failure as the Rexx error the user sees: Error 43 (Rexx's number for something
    named that cannot be found), whose main line says what is missing: an ADDRESS plugin."""
    return RexxError(43, 1, text=str(exc), main="no such ADDRESS plugin")
