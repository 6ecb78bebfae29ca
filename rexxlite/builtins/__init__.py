"""Built-in functions, grouped by subject, one module per group.

Each module registers its functions in ``registry.REGISTRY`` when imported; the registry
imports a module the first time one of its names is looked up (``registry.HOMES``), so a
program imports only the groups it calls.
"""

from rexxlite.builtins.registry import REGISTRY, builtin  # noqa: F401
