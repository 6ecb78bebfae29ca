"""The package layout is a pipeline of layers: no module imports a layer above its own.

Every import in every module is checked, the ones inside functions too (a late import is
still a dependency), against the order the packages' ``__init__`` docstrings state.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "rexxlite"

#: Lower first. The foundation modules (errors, error_messages, charset) are layer 0.
LAYERS = {
    "__init__": 0, "errors": 0, "error_messages": 0, "charset": 0,
    "syntax": 1, "numbers": 1,
    "runtime": 2,
    "commands": 3,
    "builtins": 4,
    "compiler": 5,
    "running": 6,
    "plugin_api": 7, "repl": 7, "setup": 7, "cli": 7, "cli_help": 7, "module_image": 7, "__main__": 7,
}


def _layer_of(dotted: str) -> int | None:
    parts = dotted.split(".")
    if parts[0] != "rexxlite" or len(parts) < 2:
        return None                  # rexxlite itself (__version__) is below everything
    return LAYERS.get(parts[1])


def _imports(path: Path) -> list[tuple[int, str]]:
    module = "rexxlite." + ".".join(path.relative_to(PACKAGE).with_suffix("").parts)
    found = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                raise AssertionError(f"{path}: relative import (use absolute rexxlite.* paths)")
            if node.module and node.module.startswith("rexxlite"):
                if node.module == "rexxlite":
                    found += [(node.lineno, f"rexxlite.{a.name}") for a in node.names]
                else:
                    found.append((node.lineno, node.module))
        elif isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if a.name.startswith("rexxlite")]
    return [(line, name) for line, name in found if not name.startswith(module)]


MODULES = sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_imports_a_higher_layer(path):
    own = _layer_of("rexxlite." + ".".join(path.relative_to(PACKAGE).with_suffix("").parts))
    assert own is not None, f"{path} is in no layer: add its package to LAYERS"
    upward = [f"line {line}: {name}" for line, name in _imports(path)
              if (_layer_of(name) or 0) > own]
    assert not upward, f"{path.relative_to(PACKAGE)} imports a higher layer: {upward}"


def test_every_package_says_what_it_may_import():
    for init in PACKAGE.glob("*/__init__.py"):
        doc = ast.get_docstring(ast.parse(init.read_text())) or ""
        if init.parent.name in ("syntax", "numbers", "runtime", "commands", "compiler", "running"):
            assert "May import" in doc, f"{init} does not say what it may import"


def _module_name(path: Path) -> str:
    parts = ("rexxlite",) + path.relative_to(PACKAGE).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _import_graph() -> dict[str, set[str]]:
    """Module -> the rexxlite modules it imports (inside functions too; ``from package import
    module`` is an import of that module)."""
    modules = {_module_name(p): p for p in MODULES}
    graph = {}
    for name, path in modules.items():
        deps = set()
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module in modules:
                for alias in node.names:
                    full = f"{node.module}.{alias.name}"
                    deps.add(full if full in modules else node.module)
            elif isinstance(node, ast.Import):
                deps |= {a.name for a in node.names if a.name in modules}
        deps.discard(name)
        graph[name] = deps
    return graph


def _circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The import circles: each set of modules that reach one another (Tarjan), smallest
    name first."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found = []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_no_import_circle():
    """No module imports, directly or through others, a module that imports it (a late
    import inside a function counts: it is how circles hide)."""
    assert _circles(_import_graph()) == []


def test_a_circle_is_found():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _circles(graph) == [["a", "b", "c"]]
