"""The text of one generated Python function: indented lines, fresh local names, and the run-
time objects it needs (passed in as constants ``K[i]``, never written into the text)."""

from __future__ import annotations


class SourceBuilder:
    def __init__(self):
        self.lines: list[str] = []
        self.depth = 2                      # inside ``def make(K):`` / ``def clause(f):``
        self.constants: list = []
        self._constant_index: dict = {}
        self._temps = 0

    def line(self, text: str) -> None:
        self.lines.append(" " * self.depth + text)

    def indent(self) -> None:
        self.depth += 1

    def dedent(self) -> None:
        self.depth -= 1

    def temp(self, prefix: str = "t") -> str:
        self._temps += 1
        return f"{prefix}{self._temps}"

    def constant(self, value) -> str:
        """The name under which the generated code sees ``value`` (one name per object)."""
        key = id(value)
        index = self._constant_index.get(key)
        if index is None:
            index = self._constant_index[key] = len(self.constants)
            self.constants.append(value)
        return f"K{index}"

    def text(self) -> str:
        """``make(K) -> clause``: the whole function, constants unpacked into closure cells."""
        head = ["def make(K):"]
        if self.constants:
            names = ", ".join(f"K{i}" for i in range(len(self.constants)))
            head.append(f" ({names},) = K")
        head += [" def clause(f):", "  d = f.vars"]
        return "\n".join(head + self.lines + ["  return None", " return clause"]) + "\n"
