"""Where the REPL keeps its history: ``$XDG_DATA_HOME/rexxlite/history`` (default
``~/.local/share/rexxlite/history``), falling back to memory when that cannot be written.

The file is private (mode 0600, set again when it exists with a looser mode; its folder is
made 0700) and holds no secret values: an entry is written after it has run, masked as a
clause is in a trace (``secret_masking``: secret parameters by parsed parameter, and values
the entry's commands used as secrets), so ``pw = 'x'; "connect password="pw`` is stored as
``pw = '***'; ...``. The session asks for that with ``attach_masking`` and ``flush``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

from prompt_toolkit.history import FileHistory, History, InMemoryHistory

PRIVATE = 0o600


def history_path() -> Path:
    data_home = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(data_home) / "rexxlite" / "history"


def make_private(path: Path) -> None:
    """Create ``path`` if needed and leave it readable and writable by its owner only."""
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, PRIVATE)
    try:
        os.fchmod(fd, PRIVATE)
    finally:
        os.close(fd)


class PrivateFileHistory(FileHistory):
    """A FileHistory whose file is private and whose entries are masked and written once
    they have run (``flush``); until then they are only in memory."""

    def __init__(self, filename: str | Path, mask: Callable[[str], str] | None = None):
        super().__init__(str(filename))
        self.mask = mask or (lambda text: text)
        self._unsaved: list[str] = []

    def store_string(self, string: str) -> None:
        self._unsaved.append(string)

    def flush(self) -> None:
        """Write the entries accepted since the last flush, masked with what is known now."""
        unsaved, self._unsaved = self._unsaved, []
        if not unsaved:
            return
        try:
            make_private(Path(self.filename))
            for entry in unsaved:
                super().store_string(self.mask(entry))
        except OSError:
            pass                        # history is a convenience: never stop the session


def attach_masking(history: History, mask: Callable[[str], str]) -> None:
    """Have ``history`` (when it is a PrivateFileHistory) mask entries with ``mask``."""
    if isinstance(history, PrivateFileHistory):
        history.mask = mask


def flush(history: History) -> None:
    """Write what ``history`` holds unsaved (nothing for other kinds of history)."""
    if isinstance(history, PrivateFileHistory):
        history.flush()


def open_history(mask: Callable[[str], str] | None = None) -> History:
    path = history_path()
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        make_private(path)
    except OSError:
        return InMemoryHistory()
    return PrivateFileHistory(path, mask)
