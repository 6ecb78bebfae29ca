"""The REPL's Enter key: run a complete entry, otherwise open a continuation line.

Enter with a completion chosen in the menu just takes it. Enter on the last line of a complete
entry runs it (wherever the cursor is on that line, as after a Ctrl-R search); on an earlier
line, or when the entry is unfinished, it inserts a newline keeping the current line's
indentation. Esc Enter always runs the entry as it is.
"""

from __future__ import annotations

from prompt_toolkit.enums import DEFAULT_BUFFER
from prompt_toolkit.filters import has_focus
from prompt_toolkit.key_binding import KeyBindings

from rexxlite.repl.continuation import is_complete


def entry_key_bindings() -> KeyBindings:
    bindings = KeyBindings()
    editing = has_focus(DEFAULT_BUFFER)      # not while Ctrl-R search has the focus

    @bindings.add("enter", filter=editing)
    def _enter(event) -> None:
        buffer = event.current_buffer
        state = buffer.complete_state
        if state is not None:
            buffer.complete_state = None          # close the menu, keeping a chosen completion
            if state.current_completion is not None:
                return
        document = buffer.document
        if (document.on_last_line or not document.text_after_cursor.strip()) and is_complete(document.text):
            buffer.validate_and_handle()
            return
        line = document.current_line_before_cursor
        indent = line[: len(line) - len(line.lstrip())]
        buffer.insert_text("\n" + indent)

    @bindings.add("escape", "enter", filter=editing)
    def _run_now(event) -> None:
        event.current_buffer.validate_and_handle()

    return bindings
