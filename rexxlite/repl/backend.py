"""The REPL's one view of the interpreter: run an entry, list variables, find environments.

Only this module touches the interpreter. One ``Interpreter`` lives for the whole session, so
variables, routines, NUMERIC settings, the ADDRESS environment and plugin instances persist
between entries; its code runs on one worker thread (``worker.py``). An entry whose first
clause is a label defines routines without running them (``sq: procedure; arg n; return n*n``
then ``say sq(4)``). An entry that is one command to a plugin environment (``"help"`` or
``"list"`` under ADDRESS PROXMOX) shows the command's output, which a program finds in RESULT
(only when the command finished: an interrupted one shows nothing). An entry that is a bare
expression (``1+1``) shows its value (``expression_entry.py``).
"""

from __future__ import annotations

import _thread
import signal
import sys

from rexxlite.syntax import ast
from rexxlite.charset import rexx_text
from rexxlite.commands.routing import is_plugin
from rexxlite.errors import RexxError, internal_error
from rexxlite.commands.plugin_text import HostTextWriter, RexxTextReader
from rexxlite.running.runner import make_interpreter
from rexxlite.runtime.variables import Stem, get_simple, tail_text
from rexxlite.repl.continuation import starts_with_label
from rexxlite.repl.expression_entry import as_say, shown_as_value
from rexxlite.repl.line_end import LineEndTracker
from rexxlite.repl.worker import Worker

SOURCE_NAME = "<stdin>"
DEFAULT_ADDRESS = "SYSTEM"
MAX_TAILS_LISTED = 200


class Backend:
    def __init__(self, stdout=None, stderr=None, stdin=None):
        self.output = LineEndTracker(stdout or HostTextWriter(sys.stdout))
        self.interp = make_interpreter(SOURCE_NAME, stdout=self.output,
                                       stderr=stderr or HostTextWriter(sys.stderr),
                                       stdin=None if stdin is None else RexxTextReader(stdin))
        self.worker = Worker()

    # -- running --------------------------------------------------------------------------
    def run(self, entry: str) -> int | None:
        """Run one entry; errors are reported in Rexx's format. The exit status after EXIT."""
        entry = rexx_text(entry)            # typed text: its UTF-8 bytes, as in a script
        define_only = starts_with_label(entry)
        try:
            try:
                program = self.interp.parse(entry, self.interp.source_name)
            except RexxError as e:          # a syntax error: reported, nothing runs
                self.interp.report_error(e, [])
                return None
            if len(program.body) == 1 and shown_as_value(program.body[0], entry):
                program = as_say(program)
            shows_output = not define_only and self._is_one_plugin_command(program)
            self.interp.router.last = None
            status = self.worker.call(lambda: self.interp.run_entry(
                entry, define_only=define_only, program=program))
            last = self.interp.router.last
            if last is not None and last.result.output_shown:
                shows_output = False                # streamed live already (progress=1)
            if shows_output and status is None:
                self._show_result()
            return status
        except KeyboardInterrupt:           # Ctrl-C outside the running clauses (parsing...)
            self.interp.report_error(RexxError(4), [])
        except Exception as exc:            # an interpreter bug: reported, the session goes on
            self.interp.report_error(internal_error(exc), [])
        return None

    def _is_one_plugin_command(self, program: ast.Program) -> bool:
        """True when the entry is one command clause (or ``ADDRESS env command``) for a plugin
        environment, whose output the session shows."""
        if len(program.body) != 1:
            return False
        node = program.body[0]
        if node.__class__ is ast.Command:
            name = self.current_address()
        elif (node.__class__ is ast.Address and node.command is not None and node.environment
              and not node.redirects):
            name = node.environment
        else:
            return False
        environment = self.environment(name)
        return environment is not None and is_plugin(environment)

    def _show_result(self) -> None:
        if self.interp.entry_error is not None:     # interrupted (or failed): RESULT is old
            return
        frame = self.interp.main
        value = None if frame is None else get_simple(frame.vars, "RESULT")
        if value is not None and str(value) != "":
            text = str(value)
            self.interp.stdout.write(text if text.endswith("\n") else text + "\n")
            self.interp.stdout.flush()

    def finish_line(self) -> None:
        """End the line the entry's output left open (before the next prompt)."""
        self.output.finish_line()

    def interrupt(self) -> None:
        """Halt the running entry, as Ctrl-C does (safe to call from any thread)."""
        _thread.interrupt_main(signal.SIGINT)

    def close(self) -> None:
        """End of session: close streams and environments (on the thread that used them)."""
        try:
            self.worker.call(self.interp.close)
        except BaseException:
            pass
        self.worker.stop()

    # -- what completion and help look at -------------------------------------------------
    def variable_names(self) -> list[str]:
        """The variables set in the session: simple names, stems and their compounds."""
        frame = self.interp.main
        if frame is None:
            return []
        names: list[str] = []
        for name, value in list(frame.vars.items()):
            if value is None or name.__class__ is not str:     # (``exposed_marks``' key)
                continue
            names.append(name)
            if isinstance(value, Stem):
                tails = [t for t in list(value.tails) if value.get(t) is not None]
                names.extend(name + tail_text(tail) for tail in tails[:MAX_TAILS_LISTED])
        return names

    def routine_names(self) -> list[str]:
        """The labels of the entries so far (internal routines that can be called)."""
        code = self.interp.code
        return sorted(code.labels) if code is not None else []

    def current_address(self) -> str:
        frame = self.interp.main
        return frame.env if frame is not None else DEFAULT_ADDRESS

    def default_address(self) -> str:
        return DEFAULT_ADDRESS

    def mask_source(self, entry: str) -> str:
        """``entry`` with its secrets masked (for the history file; ``secret_masking``)."""
        return self.interp.router.mask_clause(entry)

    def environment_names(self) -> list[str]:
        return self.interp.router.registry.available()

    def environment(self, name: str):
        """The session's instance of environment ``name`` (created on first use), or None."""
        return self.interp.router.environment(name)

