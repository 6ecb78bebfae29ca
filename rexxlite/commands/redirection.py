"""ADDRESS ... WITH INPUT / OUTPUT / ERROR: where a command's input comes from and where its
output and error lines go, as Regina does it.

Settings (``Redirections``): ``ADDRESS env WITH ...`` changes the parts it names of env's
lasting settings; they belong to the environment for the whole program (as in Regina they are
not saved and restored across CALL, unlike the current environment itself), and
``ADDRESS('I' | 'O' | 'E')`` describes them. ``ADDRESS env command WITH ...`` applies its
parts to that one command, over the lasting ones.

Targets (``ast.Redirect``): STEM takes the stem written (``out.``); STREAM, FIFO and LIFO take
the value of a symbol (read at each command) or the string written.

- INPUT (``input_lines``): STEM gives lines 1 to ``stem.0`` (a whole number, else Error 54.1);
  STREAM every line of the stream from its start, read through the program's StreamManager
  (so a stream that cannot be read raises NOTREADY); FIFO and LIFO take every line of the
  data queue (both from the top); NORMAL is None: the command reads the program's stdin.
- OUTPUT / ERROR (``Delivery``): the text is split into lines at LF (a CR before it dropped,
  a last line without LF kept). STEM sets ``stem.1`` ... and ``stem.0`` (APPEND goes on after
  the existing ``stem.0``, which must be a whole number: checked before the command runs);
  STREAM writes the lines to the stream (REPLACE first empties the file; LINEIN then reads it
  from its start); FIFO queues and LIFO pushes each line (REPLACE first empties the queue).
  When OUTPUT and ERROR name the same target they share one channel, so their lines stay in
  the order the command wrote them (OUTPUT's kind; APPEND only if both say APPEND).

Queue markers in the command (``queue_markers``, Regina's older form, for SYSTEM / COMMAND /
PATH commands only): ``LIFO> cmd`` gives the command the data queue as its input, as WITH
INPUT FIFO ''; ``cmd >LIFO`` / ``cmd >FIFO`` push / queue its output lines on the data queue,
as WITH OUTPUT APPEND LIFO / FIFO ''. Only those exact five characters (or in lower case) at
the very start / end of the command count, and they are removed before the command runs.

Queues: '' and SESSION name the program's data queue (PUSH, QUEUE, PULL, QUEUED()). Any other
name is a named queue of this program run (case does not matter): OUTPUT creates it, INPUT
from one never written is Error 94.109, as in Regina.
"""

from __future__ import annotations

from rexxlite.syntax import ast
from rexxlite.numbers.arith import to_whole
from rexxlite.runtime.data_queue import DataQueue
from rexxlite.numbers.numvalue import tostr
from rexxlite.errors import RexxError
from rexxlite.runtime.streams import FileStream, InputStream
from rexxlite.runtime import trace
from rexxlite.runtime.variables import get_by_name, has_existed, stem_of, symbol_kind

PARTS = ("INPUT", "OUTPUT", "ERROR")
DEFAULT_QUEUE = "SESSION"


class Redirections:
    """The lasting WITH settings of every environment (name -> part -> Redirect)."""

    def __init__(self):
        self._settings: dict[str, dict[str, ast.Redirect]] = {}
        self.queues: dict[str, DataQueue] = {}      # the named queues (not SESSION)

    def set(self, env: str, redirects) -> None:
        """``ADDRESS env WITH ...``: the parts named change, the others stay."""
        mine = self._settings.setdefault(env.upper(), {})
        for redirect in redirects:
            mine[redirect.stream] = redirect

    def effective(self, env: str, one_off=None) -> dict[str, ast.Redirect | None]:
        """What a command to ``env`` uses: its lasting settings, then ``one_off`` over them;
        None for a part that is NORMAL."""
        parts = dict(self._settings.get(env.upper(), {}))
        for redirect in one_off or ():
            parts[redirect.stream] = redirect
        return {part: _active(parts.get(part)) for part in PARTS}

    def describe(self, f, env: str, letter: str) -> str:
        """ADDRESS('I'), ('O') or ('E'): e.g. ``INPUT NORMAL``, ``APPEND STEM OUT.``,
        ``INPUT STREAM /tmp/in`` (a stream or queue named by a variable: its value now,
        traced as Regina does, ``trace_names``)."""
        part = {"I": "INPUT", "O": "OUTPUT", "E": "ERROR"}[letter]
        redirect = self._settings.get(env.upper(), {}).get(part)
        kind = redirect.kind if redirect is not None else "NORMAL"
        name = ""
        if redirect is not None and redirect.name:
            name = redirect.name if kind == "STEM" else target_name(f, redirect)
            trace_names(f, [redirect], twice=False)
        head = "INPUT" if part == "INPUT" else (
            "APPEND" if redirect is not None and redirect.append else "REPLACE")
        return " ".join(word for word in (head, kind, name) if word)


def _active(redirect: ast.Redirect | None) -> ast.Redirect | None:
    return None if redirect is None or redirect.kind == "NORMAL" else redirect


# -- names --------------------------------------------------------------------------------

def target_name(f, redirect: ast.Redirect) -> str:
    """The stream or queue name a STREAM / FIFO / LIFO target means now."""
    name = redirect.name or ""
    if not redirect.symbol or symbol_kind(name) != "VAR":
        return name
    value, _ = get_by_name(f.vars, name, tostr)
    return name if value is None else tostr(value)


def _named_by_variable(redirect: ast.Redirect | None) -> bool:
    return (redirect is not None and redirect.symbol and redirect.kind != "STEM"
            and symbol_kind(redirect.name or "") == "VAR")


def trace_names(f, redirects, twice: bool = True) -> None:
    """TRACE R and I: the variables naming streams and queues of ``redirects`` (INPUT,
    OUTPUT, ERROR; None for NORMAL), as Regina evaluates them for a command: each STREAM's
    first, then every one's (``twice``; once for ADDRESS()). ``>V>`` its value, or ``>L>``
    its name when it has never been set."""
    if f.tracing < 3:
        return
    named = [r for r in redirects if _named_by_variable(r)]
    if twice:
        named = [r for r in named if r.kind == "STREAM"] + named
    for redirect in named:
        value, _ = get_by_name(f.vars, redirect.name, tostr)
        if value is not None:
            trace.value(f, "V", tostr(value))
        else:
            trace.value(f, "V" if has_existed(f.vars, redirect.name) else "L", redirect.name)


def _queue(f, redirect: ast.Redirect, create: bool):
    """The queue a FIFO / LIFO target names (Error 94.109 for a named queue that does not
    exist, unless ``create``)."""
    name = target_name(f, redirect)
    key = name.upper()
    if not key or key == DEFAULT_QUEUE:
        return f.interp.queue
    queues = f.interp.redirections.queues
    if key not in queues:
        if not create:
            raise RexxError(94, 109, queuename=name)
        queues[key] = DataQueue()
    return queues[key]


def _notify(f):
    return lambda description: f.raise_condition("NOTREADY", description)


def _whole_count(f, stem: str) -> int:
    """``stem.0`` as a count of lines (Error 54.1 when it is not one)."""
    value = stem_of(f.vars, stem).get("0")
    text = (stem + "0") if value is None else tostr(value)
    count = to_whole(text)
    if count is None or count < 0:
        raise RexxError(54, 1, name=stem + "0", value=text)
    return count


# -- queue markers ------------------------------------------------------------------------

def queue_markers(command: str) -> tuple[str, list[ast.Redirect]]:
    """``LIFO> cmd >FIFO`` -> ``('cmd', [INPUT from the queue, OUTPUT appended to it])``;
    a command without markers comes back unchanged with no redirects."""
    redirects: list[ast.Redirect] = []
    if len(command) <= 5:
        return command, redirects
    if command[:5] in ("LIFO>", "lifo>"):
        redirects.append(ast.Redirect("INPUT", "FIFO", ""))
        command = command[5:]
    tail = command[-5:]
    if tail in (">LIFO", ">lifo", ">FIFO", ">fifo"):
        redirects.append(ast.Redirect("OUTPUT", tail[1:].upper(), "", append=True))
        command = command[:-5]
    return command, redirects


# -- input --------------------------------------------------------------------------------

def input_lines(f, redirect: ast.Redirect | None) -> list[str] | None:
    """The lines WITH INPUT gives the command (None: NORMAL, the program's own stdin)."""
    if redirect is None:
        return None
    if redirect.kind == "STEM":
        f.interp.trace_tails_derived = False    # read by name: Regina's >C> state as after
        stem = stem_of(f.vars, redirect.name)   # a constant tail (expression_trace.show_derived)
        lines = []
        for index in range(1, _whole_count(f, redirect.name) + 1):
            value = stem.get(str(index))
            lines.append(redirect.name + str(index) if value is None else tostr(value))
        return lines
    if redirect.kind == "STREAM":
        return _read_stream(f, target_name(f, redirect))
    queue = _queue(f, redirect, create=False)
    return [queue.pull() for _ in range(queue.queued())]


def _read_stream(f, name: str) -> list[str]:
    stream = f.streams.input(name)
    if isinstance(stream, FileStream) and not stream.set_read_line(1, _notify(f)):
        return []
    lines = []
    while True:
        line = stream.read_line(None)
        if stream.state != "READY":
            return lines
        lines.append(line)


def to_input_bytes(lines: list[str]) -> bytes:
    from rexxlite.charset import to_bytes
    return b"".join(to_bytes(line) + b"\n" for line in lines)


# -- output -------------------------------------------------------------------------------

def split_lines(text: str) -> list[str]:
    """Output text as lines: split at LF, a CR before it dropped, a last partial line kept."""
    if not text:
        return []
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    return [line[:-1] if line.endswith("\r") else line for line in lines]


class Delivery:
    """Where OUTPUT and ERROR go for one command: ``plan`` before it runs (checks names and
    counts), ``deliver`` after it."""

    def __init__(self, f, output: ast.Redirect | None, error: ast.Redirect | None):
        self.f = f
        self.output = output
        self.error = error
        self.shared = (output is not None and error is not None
                       and _identity(f, output) == _identity(f, error))
        targets = (_merged(output, error),) if self.shared else (output, error)
        for redirect in targets:
            if redirect is None:
                continue
            if redirect.kind == "STEM" and redirect.append:
                _whole_count(f, redirect.name)

    def deliver(self, out_text: str | None, err_text: str | None) -> None:
        """Put the command's output and error text in their targets (when ``shared``, the
        one channel's text is ``out_text``)."""
        if self.shared:
            self._put(_merged(self.output, self.error), out_text)
            return
        if self.output is not None:
            self._put(self.output, out_text)
        if self.error is not None:
            self._put(self.error, err_text)

    def _put(self, redirect: ast.Redirect, text: str | None) -> None:
        lines = split_lines(text or "")
        f = self.f
        if redirect.kind == "STEM":
            f.interp.trace_tails_derived = False    # as for WITH INPUT STEM (input_lines)
            stem = stem_of(f.vars, redirect.name)
            start = _whole_count(f, redirect.name) if redirect.append else 0
            for offset, line in enumerate(lines, start=1):
                stem.set(str(start + offset), line)
            stem.set("0", str(start + len(lines)))
        elif redirect.kind == "STREAM":
            _write_stream(f, target_name(f, redirect), lines, redirect.append)
        else:
            queue = _queue(f, redirect, create=True)
            if not redirect.append:
                queue.clear()
            add = queue.queue if redirect.kind == "FIFO" else queue.push
            for line in lines:
                add(line)


def _identity(f, redirect: ast.Redirect) -> tuple[str, str]:
    if redirect.kind == "STEM":
        return "STEM", redirect.name
    if redirect.kind == "STREAM":
        name = target_name(f, redirect)
        return "STREAM", f.streams.lookup(name).name if name else name   # stderr = <stderr>
    return "QUEUE", (target_name(f, redirect).upper() or DEFAULT_QUEUE)


def _merged(output: ast.Redirect, error: ast.Redirect) -> ast.Redirect:
    return ast.Redirect("OUTPUT", output.kind, output.name, output.append and error.append,
                        output.symbol)


def _write_stream(f, name: str, lines: list[str], append: bool) -> None:
    stream = f.streams.output(name)
    notify = _notify(f)
    if isinstance(stream, InputStream):
        stream.write("", True, notify)          # writing to stdin: NOTREADY, as LINEOUT
        return
    if isinstance(stream, FileStream):
        stream.close()                          # reopened: LINEIN reads from the start
        if not stream.open_write(notify):
            return
        if not append:
            stream.truncate(0)
    for line in lines:
        stream.write(line, True, notify)
