"""The running program: compiling sources, activations, CALL/RETURN, SIGNAL, conditions,
INTERPRET, commands and the error report.

Typical use (see ``runner.py``)::

    interp = Interpreter(name="/abs/prog.rexx")
    status = interp.run_program(source, args=["a b"])   # prints errors, returns exit status

A REPL keeps one ``Interpreter`` and calls ``run_entry(source)`` per entry: variables,
routines (labels of earlier entries), NUMERIC settings and ADDRESS persist between entries.
"""

from __future__ import annotations

import os
import sys

from rexxlite.syntax.collector_pause import collector_paused, end_start_up, set_aside
from rexxlite.syntax import ast
from rexxlite.runtime.broken_pipe import output_closed
from rexxlite.runtime.activation import ClauseInfo, Frame
from rexxlite.runtime.code import Code
from rexxlite.numbers.numvalue import tostr
from rexxlite.compiler import code_cache
from rexxlite.runtime.control_tokens import GoOn, Return, SignalJump
from rexxlite.runtime.data_queue import DataQueue
from rexxlite.syntax.trace_reach import mentions_trace, program_reach
from rexxlite.running.data_stack import with_room
from rexxlite.errors import RexxError, RexxExit, internal_error
from rexxlite.runtime.variables import Ref, expose, get_simple, set_simple

MAX_CALL_DEPTH = 10000


def lift_int_string_limit() -> None:
    """Rexx numbers have as many digits as NUMERIC DIGITS allows (Regina has no other limit):
    lift Python's int-to-text limit of 4,300 digits for this process."""
    if hasattr(sys, "set_int_max_str_digits"):
        sys.set_int_max_str_digits(0)


class CondInfo:
    """What CONDITION() reports: name, description, instruction (CALL/SIGNAL), status, and
    Regina's extra information for CONDITION('E'): the error number (``40.14``) of SYNTAX,
    the RC of ERROR / FAILURE."""
    __slots__ = ("name", "description", "instruction", "status", "extra")

    def __init__(self, name, description, instruction, status, extra=""):
        self.name = name
        self.description = description
        self.instruction = instruction
        self.status = status
        self.extra = extra


#: At most this many distinct INTERPRET strings of a run get their loops generated as Python
#: (``codegen``): a string compiled once (``_interpret_cache``) that runs a loop of many
#: passes is worth it; a program making many different strings, each run once, is not.
GENERATED_INTERPRETS = 32


class Interpreter:
    def __init__(self, name: str = "<string>", path: str | None = None, stdout=None,
                 stderr=None, stdin=None, calltype: str = "COMMAND",
                 initial_trace: str | None = None):
        lift_int_string_limit()
        self.stdout = stdout or sys.stdout
        self.stderr = stderr or sys.stderr
        self.source_name = name
        self.path = path
        self.source_system = "UNIX"
        self.calltype = calltype
        self.initial_trace = initial_trace      # the command line's -t: the main TRACE setting
        self._stdin = stdin
        self.queue = DataQueue(stdin, reader=self._read_stdin_line)
        self._router = None                     # made on first use: the ADDRESS machinery
        self._program_text: str | None = None   # the text of the program file run
        self._image_of = None                   # (program, code, units) of its unit image
        self.unit_image_loaded = False
        self.units_without_image = 0            # units compiled when no image could be made
        self._interpret_trees = None            # syntax.interpret_cache, once it is used
        self._redirections = None               # (commands, plugins, redirection) is imported
        self._streams = None
        self.code: Code | None = None
        self.main: Frame | None = None
        self.entry_error: RexxError | None = None   # REPL: the error that ended the last entry
        self._interpret_cache: dict = {}
        self.special_variables = {".ENDOFLINE": "\n"}    # .RC .RS (commands), .MN (all routines)
        self.interpret_clause = None            # (frame, clause) of the INTERPRET running
        self.rxfunc_message = ""                # RXFUNCERRMSG(): why the last RXFUNCADD failed
        self.call_depth = 0
        self.uses_trace = False                 # code with trace hooks has been compiled
        self.interpret_generations = 0          # INTERPRET strings with generated clauses
        self.trace_last_line = None             # the line of the last trace line written
        self.trace_tails_derived = False        # a compound with a variable tail was derived
        self.trace_number_marks: dict = {}      # TRACE I: Regina's kept numbers (number_marks)
        self.trace_holds: list = []             # trace lines held by command clauses (trace.run_clause)
        self.delay_calls = 0                    # > 0: CALL ON NOTREADY waits for clause end
        self.delayed_calls: list = []           # (frame, condition, description) waiting

    # -- services for built-ins ----------------------------------------------------------
    @property
    def streams(self):
        if self._streams is None:
            from rexxlite.runtime.streams import StreamManager
            self._streams = StreamManager(stdin=self._stdin, stdout=self.stdout,
                                          stderr=self.stderr)
        return self._streams

    @property
    def router(self):
        """The environments of this run (``commands.CommandRouter``), made when a command,
        an ADDRESS, a trace line or an error message first needs it."""
        if self._router is None:
            from rexxlite.commands.routing import CommandRouter
            self._router = CommandRouter(self.path)
        return self._router

    def masked(self, kind: str, text: str) -> str:
        """``text`` with its secrets masked as a ``kind`` ("clause": source, "value": a traced
        value, "text": command text or a message); a text with no ``=`` before any command
        made the ADDRESS machinery is shown as it is (nothing in it can be secret), so an
        error report or a trace line does not import the plugins to learn their keys."""
        if self._router is None and "=" not in text:
            return text
        router = self.router
        if kind == "clause":
            return router.mask_clause(text)
        return router.mask_value(text) if kind == "value" else router.mask(text)

    @property
    def redirections(self):
        """ADDRESS env WITH ...: the lasting redirections, per environment."""
        if self._redirections is None:
            from rexxlite.commands.redirection import Redirections
            self._redirections = Redirections()
        return self._redirections

    def _read_stdin_line(self):
        """PULL from an empty queue: a line of the default input stream (None at its end)."""
        streams = self.streams
        line = streams.linein_for_parse()
        if line == "" and streams.stdin.state == "NOTREADY":
            return None
        return line

    def say(self, text: str) -> None:
        self.stdout.write(text + "\n")

    # -- compiling -----------------------------------------------------------------------
    def parse(self, source: str, name: str, from_file: bool = False) -> ast.Program:
        """The AST of ``source``; a program read from a file goes through the on-disk cache."""
        if from_file:
            from rexxlite.syntax import program_cache
            # the tree is set aside before the collector runs again: its first run would
            # otherwise scan every node made while it was paused (qocca: 30-40 ms)
            with collector_paused():
                program = program_cache.load(source)
                if program is None:
                    from rexxlite.syntax.parser import parse_program
                    program = parse_program(source, name)
                    program_cache.store(source, program)
                set_aside()                 # the program's tree lives as long as the run
            return program
        from rexxlite.syntax.parser import parse_program
        return parse_program(source, name)

    def compile_program(self, program: ast.Program, name: str) -> Code:
        """The program's code: of a program file, its units compiled by an earlier run come
        from its unit image (``unit_image``, which needs no compiler); the others are
        compiled when first run."""
        code = Code(name, program.source_lines)
        plan = self._trace_plan(program)
        imaged = self._program_text is not None and not plan[0]    # (no trace hooks)
        if imaged:
            from rexxlite.compiler import unit_image
            units = unit_image.load(self, program, code,
                                    lambda: self._compiler(code, plan))
            if units is not None:
                self._image_of = (program, code, units)
                return code
        compiler = self._compiler(code, plan)
        try:
            with collector_paused():        # a big program's closures: qocca 2.0 s -> 0.4 s
                compiler.compile_body(program.body)
        except RecursionError:      # an expression nested too deep, as in the parser
            raise RexxError(11) from None
        if imaged:
            self._image_of = (program, code, compiler.lazy_units)
        return code

    def _save_unit_image(self) -> None:
        """Keep the compiled units of the program file run in its unit image."""
        if self._image_of is not None:
            from rexxlite.compiler import unit_image
            try:
                unit_image.save(self, *self._image_of)
            except Exception:       # (the image is an optimisation: never an error)
                pass

    def program_compiler(self, program: ast.Program, code: Code):
        """The compiler of a program's (or external routine's) top-level clauses into
        ``code`` (``_trace_plan``)."""
        return self._compiler(code, self._trace_plan(program))

    def _trace_plan(self, program: ast.Program) -> tuple:
        """``(hooks, hooked, tailed)`` of a program's compile: trace hooks on every clause
        (``-t``, or code with hooks has been compiled, whose TRACE setting a call may bring
        in), else on those ``trace_reach`` finds can run while TRACE is on (any means
        ``uses_trace``)."""
        if self.initial_trace is not None or self.uses_trace:
            hooked, tailed = None, frozenset()
        else:
            hooked, tailed = program_reach(program)
        hooks = hooked is None or bool(hooked)
        if hooks:
            self.uses_trace = True
        return hooks, hooked, tailed

    def _compiler(self, code: Code, plan: tuple):
        from rexxlite.compiler.instructions import Compiler
        hooks, hooked, tailed = plan
        return Compiler(self, code, trace_hooks=hooks, hooked=hooked, tailed=tailed)

    def _parse_interpreted(self, source: str) -> ast.Program:
        """The tree of INTERPRET string ``source``: the one a run of the same program file
        kept (``interpret_cache``), else parsed now (and kept for the next run)."""
        if self._program_text is None:
            return self.parse(source, self.source_name)
        cache = self._interpret_trees
        if cache is None:
            from rexxlite.syntax import interpret_cache as cache
            self._interpret_trees = cache
            cache.attach(self._program_text)
        program = cache.load(source)
        if program is None:
            program = self.parse(source, self.source_name)
            cache.store(source, program)
        return program

    def compile_interpret(self, f: Frame, source: str, loops: list, site=None) -> tuple:
        """The compiled clauses of INTERPRET's ``source``, the trace-mode closures of the
        constants Regina's parser evaluates in it (``interpret_folding``) and the cells TRACE R
        remembers in it (``Compiler.reparsed_cells``, emptied at each run); ``site``: the
        INTERPRET clause of the program when this one is itself in an interpreted string
        (TRACE shows that one, as Regina does, for nested strings too)."""
        site = (site or f.cl) if self.uses_trace else None  # TRACE shows the INTERPRET clause
        key = (id(f.code), source, id(site))
        body = self._interpret_cache.get(key)
        if body is None:
            try:
                program = self._parse_interpreted(source)
            except RexxError as error:
                if (error.code, error.subcode) == (64, 1) and error.line and f.cl is not None:
                    # Regina counts the string's lines on from the INTERPRET clause's
                    error.detail = f"[Syntax error at line {f.cl.line + error.line - 1}]"
                raise
            code = Code(self.source_name, program.source_lines)
            hooks = self.uses_trace or mentions_trace(program.source_lines)
            if hooks:
                self.uses_trace = True
            from rexxlite.compiler.instructions import Compiler
            compiler = Compiler(self, code, prog=f.code, loops=list(loops),
                                trace_hooks=hooks, interpreting=True, trace_site=site)
            if self.interpret_generations >= GENERATED_INTERPRETS:
                compiler.generating = compiler.generating_clauses = False
            body = [compiler.compile_clause(node, top=True) for node in program.body]
            if compiler.generating and any(fn is not compiler.compiled[id(node)][0]
                                           for fn, node in zip(body, program.body)):
                self.interpret_generations += 1
            folds = ()
            cells = compiler.reparsed_cells or ()
            if hooks:               # what Regina's parser evaluates (TRACE I shows it)
                from rexxlite.compiler.interpret_folding import folded_constants
                from rexxlite.compiler.expressions import compile_expr
                tracer = compiler.tracer()
                folds = tuple(compile_expr(node, tracer)
                              for node in folded_constants(source))
            if len(self._interpret_cache) > 500:
                self._interpret_cache.clear()
            body = self._interpret_cache[key] = (body, folds, cells)
        return body

    # -- running -------------------------------------------------------------------------
    def new_main_frame(self, code: Code, args: list) -> Frame:
        f = Frame(self, code)
        f.args = list(args)
        f.calltype = self.calltype
        return f

    def run_program(self, source: str, args: list | None = None) -> int:
        """Parse, compile and run a whole program; report errors; return the exit status.
        A program read from a file keeps its generated code in the cache (``code_cache``)."""
        if self.path is not None:
            code_cache.attach(source)
            self._program_text = source     # (its INTERPRET strings' trees are kept by it)
        try:
            try:
                program = self.parse(source, self.source_name, self.path is not None)
                self.code = self.compile_program(program, self.source_name)
                self.main = self.new_main_frame(self.code, args if args is not None else [])
                if self.initial_trace is not None:
                    self.set_trace(self.main, self.initial_trace)
            except RexxError as e:
                self.report_error(e, [])
                return _error_status(e)
            end_start_up()          # (the command's start-up: ``collector_pause``)
            return self._run_main(self.main, 0)
        finally:
            self.close()
            self._save_unit_image()
            code_cache.save()
            if self._interpret_trees is not None:
                self._interpret_trees.save()

    def run_entry(self, source: str, define_only: bool = False,
                  program: ast.Program | None = None) -> int | None:
        """Run one REPL entry in the persistent main activation. Returns the exit status when
        the entry ran EXIT, else None (errors are reported and the session goes on).

        Entries are appended to one growing program, so labels (routines) defined by earlier
        entries can be called by later ones, and a label defined again replaces the earlier
        one. Each entry ends in a RETURN of its own: control never runs on from one entry
        into the next (a routine without RETURN returns at the end of its entry). Every entry
        can be traced, so a TRACE setting lasts across entries. ``define_only`` compiles the
        entry without running it. ``program``: the entry already parsed, if it was."""
        if self.code is None:
            self.code = Code(self.source_name, [])
            self.code.rebinding = True
        code = self.code
        labels, size = dict(code.labels), len(code.body)
        self.entry_error = None
        try:
            if program is None:
                program = self.parse(source, self.source_name)
            text = Code(self.source_name, program.source_lines)
            self.uses_trace = True
            from rexxlite.compiler.instructions import Compiler
            compiler = Compiler(self, text, prog=code, trace_hooks=True)
            start = compiler.compile_body(program.body)
            code.body.append(_end_of_entry)
        except RexxError as e:
            code.labels, code.body[size:] = labels, []      # nothing of the entry is kept
            self.entry_error = e
            self.report_error(e, [])
            return None
        if define_only:
            return None
        if self.main is None:
            self.main = self.new_main_frame(code, [])
        self.main.code = code
        self.main.loops = 0
        self.trace_last_line = None          # an entry's first trace line shows its number
        return self._run_main(self.main, start, repl=True)

    def _run_main(self, f: Frame, index: int, repl: bool = False):
        try:
            try:
                value = with_room(self.run_routine, f, index)
            except KeyboardInterrupt:
                raise RexxError(4)
            self.stdout.flush()
            if repl:
                return None
            return 0 if value is None else exit_status(value)
        except RexxExit as e:
            self._flush()
            return exit_status(e.result) if e.result is not None else e.status
        except RexxError as e:
            self._flush()
            self.entry_error = e
            self.report_error(e, getattr(e, "rexx_tb", []))
            return None if repl else _error_status(e)

    def _flush(self):
        try:
            self.stdout.flush()
        except Exception:
            pass

    def close(self) -> None:
        """End of run: close streams and environments (errors here are not the user's)."""
        self._flush()
        if self._streams is not None:
            try:
                self._streams.close_all()
            except Exception:
                pass
        if self._router is not None:
            self.router.close_all()

    def run_routine(self, f: Frame, index: int, end=None):
        """Run ``f.code`` from clause ``index`` until RETURN / the end; handles SIGNAL and
        trapped conditions. Returns the RETURN value (None: no value; ``end`` when the code
        ran off its end)."""
        body = f.code.body
        i = index
        while True:
            try:
                n = len(body)
                i = index
                while i < n:
                    r = body[i](f)
                    i += 1
                    if r is not None:
                        if r.__class__ is Return:
                            return r.value
                        if r.__class__ is GoOn:      # a generated run of clauses ended
                            i = r.index
                            continue
                        raise RexxError(28, 1 if type(r).__name__ == "Leave" else 2)
                return end
            except (RexxExit, GeneratorExit):
                raise
            except BaseException as exc:
                index = self.recover(f, exc, i)
                body = f.code.body

    def recover(self, f: Frame, exc: BaseException, i: int) -> int:
        """Clause ``i`` of ``f`` raised ``exc``: the index to go on at (a SIGNAL, a SIGNAL ON
        trap, a CALL ON HALT handler that ran); else ``exc`` goes on up as a Rexx error with
        this activation's line added to its traceback."""
        if exc.__class__ is SignalJump or isinstance(exc, SignalJump):
            return self._jump(f, exc)
        if exc.__class__ is BrokenPipeError and output_closed(self.stdout):
            raise exc                   # `| head` went away: the runner ends by SIGPIPE
        error = self._as_rexx_error(exc)
        if error.__class__ is _Halt and self._call_on_halt(f):
            return i + 1                # the handler ran; go on after the clause
        try:
            index = self._syntax_trap(f, error)
        except RexxError as missing:        # the trap's label is missing
            error, index = missing, None
        if index is not None:
            return index
        tb = getattr(error, "rexx_tb", None)
        if tb is None:
            tb = error.rexx_tb = []
        cl = f.cl
        # one line per frame: after a SIGNAL in INTERPRET the frame's clauses run in a nested
        # run_routine, and the error passes through both
        if cl is not None and getattr(error, "rexx_tb_frame", None) is not f:
            error.rexx_tb_frame = f
            depth = f.depth + f.loops
            if not tb and error.__class__ is _Halt and f.loops and _iterating(cl):
                depth -= 1          # Ctrl-C at a loop's DO going round: its outer depth
            tb.append((cl.line, cl, depth))
            if error.line is None:
                error.line = cl.line
        if error is exc:
            raise exc
        raise error from None

    def _as_rexx_error(self, exc: BaseException) -> RexxError:
        if isinstance(exc, RexxError):
            return exc
        if isinstance(exc, KeyboardInterrupt):
            return _Halt()
        if isinstance(exc, RecursionError):
            return RexxError(5, 0)
        if isinstance(exc, MemoryError):
            return RexxError(5, 0)
        if os.environ.get("REXXLITE_DEBUG"):
            import traceback
            traceback.print_exception(exc)
        return internal_error(exc)

    def _call_on_halt(self, f: Frame) -> bool:
        """Ctrl-C with CALL ON HALT in ``f``: run the handler (True), else False. The clause
        that was interrupted is abandoned (a signal cannot wait for its end)."""
        trap = f.traps.get("HALT")
        if trap is None or trap.kind != "CALL" or "HALT" in f.delayed:
            return False
        self._call_handler(f, "HALT", "SIGINT")
        return True

    def _jump(self, f: Frame, jump: SignalJump) -> int:
        # f.loops is left as it is: Regina's count of the DO loops a clause is in (the indent
        # of trace and traceback lines) keeps the loops a SIGNAL left.
        code = f.code
        index = code.labels.get(jump.label)
        if index is None:
            raise code.label_error(jump.label, 2)
        set_simple(f.vars, "SIGL", str(jump.line))
        if jump.__class__ is SignalJump:    # a SIGNAL ON trap: Regina traces its label
            return index
        return index + 1

    def _syntax_trap(self, f: Frame, error: RexxError):
        """If SIGNAL ON SYNTAX (or HALT) is on in ``f``, take it: the index to go on at."""
        if getattr(error, "rexx_checked", False):
            return None
        error.rexx_checked = True
        name = "HALT" if isinstance(error, _Halt) else "SYNTAX"
        trap = f.traps.get(name)
        if trap is None:
            return None
        del f.own_traps()[name]
        line = f.cl.line if f.cl is not None else 0
        index = f.code.labels.get(trap.label)
        if index is None:                   # the trap is off; the error is now Error 16
            missing = f.code.label_error(trap.label, 2)
            missing.line = error.line if error.line is not None else line
            missing.rexx_checked = True
            raise missing
        if error.line is None:
            error.line = line
        if name == "SYNTAX":
            set_simple(f.vars, "RC", str(error.code))
            self.special_variables[".MN"] = error.code_text
            description = (f"Error {error.code}.{error.subcode}: {error.detail}"
                           if error.subcode else error.message)
        else:
            description = "SIGINT"
        f.cond = CondInfo(name, description, "SIGNAL", "OFF",
                          error.code_text if name == "SYNTAX" else "")
        set_simple(f.vars, "SIGL", str(line))
        return index                        # its label traced; f.loops kept (``_jump``)

    # -- routines ------------------------------------------------------------------------
    def call_routine(self, f: Frame, code: Code, index: int, name: str, args: list,
                     calltype: str):
        """CALL / function call of an internal routine: its RETURN value (None: none). The
        routine's first clause (a generated run of clauses: a routine's body up to its next
        label) is entered here; ``run_routine`` goes on only when it does not RETURN."""
        cl = f.cl
        line = cl.sigl if cl is not None else "0"
        pool = f.vars
        if f.has_refs and pool.get("SIGL").__class__ is Ref:    # SIGL exposed by a caller
            set_simple(pool, "SIGL", line)
        else:
            pool["SIGL"] = line
        new = f.call(code, args, calltype, name)
        if new.tracing and calltype == "SUBROUTINE":
            from rexxlite.runtime.trace import call_label
            call_label(new, code, name)
        depth = self.call_depth = self.call_depth + 1
        try:
            if depth > MAX_CALL_DEPTH:
                raise RexxError(5, 0)
            start = index + 1
            body = code.body
            if start >= len(body):
                return None
            try:
                r = body[start](new)
            except (RexxExit, GeneratorExit):
                raise
            except BaseException as exc:
                return self.run_routine(new, self.recover(new, exc, start))
            if r is None:
                return self.run_routine(new, start + 1)
            if r.__class__ is Return:
                return r.value
            if r.__class__ is GoOn:
                return self.run_routine(new, r.index)
            return self._stray_token(new, r, start)
        finally:
            self.call_depth -= 1

    def _stray_token(self, f: Frame, r, i: int):
        """A LEAVE / ITERATE outside any loop of clause ``i``: Error 28, trapped as any."""
        try:
            raise RexxError(28, 1 if type(r).__name__ == "Leave" else 2)
        except RexxError as exc:
            return self.run_routine(f, self.recover(f, exc, i))

    def call_external(self, f: Frame, name: str, args: list, calltype: str):
        """A routine that is neither internal nor built-in: another Rexx program found beside
        the caller, in the current directory or on REXX_PATH (``external``), else Error 43."""
        from rexxlite.running.external import call_external
        return call_external(self, f, name, args, calltype)

    def set_result(self, f: Frame, value) -> None:
        if value is None:
            from rexxlite.runtime.variables import drop_simple
            drop_simple(f.vars, "RESULT")
        else:
            set_simple(f.vars, "RESULT", value)

    def do_procedure(self, f: Frame, node) -> None:
        caller = f.vars
        pool: dict = {}
        exposed_any = False
        marks = self.uses_trace         # (TRACE R shows such a caller's variables each time)
        if marks:
            from rexxlite.runtime.exposed_marks import mark
        for item in node.expose:
            cls = item.__class__
            if cls is ast.Indirect:
                name = item.var.name
                expose(pool, caller, name)
                value = get_simple(caller, name)
                text = tostr(value if value is not None else name)
                if f.tracing >= 3:          # the list's value (or name), as Regina
                    from rexxlite.runtime.trace import value as trace_value
                    trace_value(f, "V", text)
                words = text.split()
                for word in words:
                    from rexxlite.charset import rexx_upper
                    exposed_name = _name_for_expose(caller, rexx_upper(word))
                    expose(pool, caller, exposed_name)
                    if marks and "." not in exposed_name:
                        mark(caller, exposed_name)
                exposed_any = True
            elif cls is ast.Var:
                expose(pool, caller, item.name)
                if marks and not item.name.endswith("."):
                    mark(caller, item.name)
                exposed_any = True
            else:
                # tails are read in the new pool, as exposed so far (ANSI; Regina: in
                # 'expose bar.b b', bar.b is BAR.B, since b is not exposed yet)
                parts = [t if isinstance(t, str) else get_simple(pool, t.name) for t in item.tails]
                tail = ".".join(tostr(p if p is not None else t.name)
                                for p, t in zip(parts, item.tails))
                if f.tracing >= 4 and any(not isinstance(t, str) and p is not None
                                          for p, t in zip(parts, item.tails)):
                    # a tail with an exposed variable shows its derived name (Regina)
                    from rexxlite.runtime.trace import value as trace_value
                    trace_value(f, "C", item.stem + tail)
                    self.trace_tails_derived = True
                expose(pool, caller, item.stem + tail)
                exposed_any = True
        f.vars = pool
        f.has_refs = exposed_any
        f.proc_ok = False

    # -- conditions ----------------------------------------------------------------------
    def raise_condition(self, f: Frame, name: str, description: str = "") -> None:
        """Raise condition ``name`` in ``f``: nothing when it is not trapped; SIGNAL ON jumps
        (raises SignalJump); CALL ON runs the handler now."""
        trap = f.traps.get(name)
        if trap is None and name == "FAILURE":
            name = "ERROR"
            trap = f.traps.get(name)
        if trap is None:
            return
        line = f.cl.line if f.cl is not None else 0
        if trap.kind == "SIGNAL":
            del f.own_traps()[name]       # off before the jump, even when its label is missing
            if trap.label not in f.code.labels:
                raise f.code.label_error(trap.label, 2)
            f.cond = CondInfo(name, description, "SIGNAL", "OFF", self._extra(f, name))
            raise SignalJump(trap.label, line)
        if name in f.delayed:
            return
        if self.delay_calls and name == "NOTREADY":
            if not any(g is f and n == name for g, n, _ in self.delayed_calls):
                self.delayed_calls.append((f, name, description))
            return
        self._call_handler(f, name, description)

    @staticmethod
    def _extra(f: Frame, name: str) -> str:
        """CONDITION('E') of ERROR / FAILURE: the command's RC."""
        if name not in ("ERROR", "FAILURE"):
            return ""
        rc = get_simple(f.vars, "RC")
        return "" if rc is None else tostr(rc)

    def run_delayed_calls(self, f: Frame) -> None:
        """At the end of a clause of ``f``: run the CALL ON handlers it raised."""
        mine = [item for item in self.delayed_calls if item[0] is f]
        self.delayed_calls = [item for item in self.delayed_calls if item[0] is not f]
        for _, name, description in mine:
            if f.traps.get(name) is not None and name not in f.delayed:
                self._call_handler(f, name, description)

    def _call_handler(self, f: Frame, name: str, description: str) -> None:
        trap = f.traps[name]
        line = f.cl.line if f.cl is not None else 0
        index = f.code.labels.get(trap.label)
        if index is None:
            raise f.code.label_error(trap.label, 3)
        set_simple(f.vars, "SIGL", str(line))
        new = f.call(f.code, [], "SUBROUTINE", None)
        new.delayed = new.delayed | {name}
        new.cond = CondInfo(name, description, "CALL", "DELAY", self._extra(f, name))
        if new.tracing:                     # Regina traces the handler's label, as CALL's
            from rexxlite.runtime.trace import call_label
            call_label(new, f.code, trap.label)
        self.call_depth += 1
        try:
            self.run_routine(new, index + 1)
        finally:
            self.call_depth -= 1

    # -- commands ------------------------------------------------------------------------
    def run_command(self, f: Frame, env_name: str, command: str, info: ClauseInfo,
                    redirects=None) -> None:
        """A command clause (see ``command_clause.run_command``)."""
        if self._streams is not None:
            self._streams.flush()
        from rexxlite.commands.command_clause import run_command
        run_command(self, f, env_name, command, info, redirects)

    def set_redirects(self, f: Frame, name: str, redirects) -> None:
        """ADDRESS env WITH ...: the environment's lasting redirection (``redirection``)."""
        self.redirections.set(name, redirects)

    def require(self, f: Frame, spec: str) -> None:
        from rexxlite.commands.routing import script_dir_of
        from rexxlite.commands.plugins import PluginError, require_error
        try:
            self.router.require(spec, script_dir_of(self.path))
        except PluginError as exc:
            raise require_error(exc) from None

    # -- TRACE ---------------------------------------------------------------------------
    def set_trace(self, f: Frame, setting: str) -> None:
        from rexxlite.runtime.trace import level_of
        from rexxlite.running.trace_setting import normalise_trace
        f.trace = normalise_trace(setting, f.trace)
        f.tracing = level_of(f.trace)

    # -- reporting -----------------------------------------------------------------------
    def report_error(self, e: RexxError, tb: list) -> None:
        out = self.stderr
        self._flush()
        lines = traceback_lines(tb, abbreviate=e.code == 5,
                                mask=lambda text: self.masked("clause", text))
        where = f", line {e.line}" if e.line else ""
        if e.code == 64 and not tb:     # the program did not parse: Regina names no line
            where = ""
        name = getattr(e, "rexx_source", None) or self.source_name   # external routine's file
        lines.append(f'Error {e.code} running "{name}"{where}: {e.message}')
        if e.subcode:
            lines.append(f"Error {e.code}.{e.subcode}: {self.masked('text', e.detail)}")
        out.write("\n".join(lines) + "\n")
        try:
            out.flush()
        except Exception:
            pass


#: Regina indents a traceback line three blanks per level up to this depth; a deeper caller's
#: line shows ``[...]`` in that width instead (the clause in error keeps its full indent).
TRACEBACK_MAX_INDENT = 12
#: Regina prints every traceback line, and so do we, but for Error 5 (a runaway recursion,
#: where Regina crashes; 150 MB of lines): then the first and last ``TRACEBACK_KEPT`` lines
#: and how many were left out between.
TRACEBACK_KEPT = 50


def traceback_lines(tb: list, abbreviate: bool = False,
                    mask: Callable[[str], str] = str) -> list[str]:
    """The ``+++`` lines of an error report, innermost first: ``tb`` holds (line, clause
    info, depth) entries; ``abbreviate``: keep only the first and last few of a long one;
    ``mask`` hides the secrets in a clause's text. The clause in error is indented by its
    nesting depth (calls and DO levels); each line out from it one level less, as Regina
    does (not by the caller's own depth: a caller in no loop calling a routine that errs in
    a loop shows one level in)."""
    innermost = tb[0][2] if tb else 0

    def shown(index: int) -> str:
        line, info, _ = tb[index]
        depth = max(innermost - index, 0)
        if index and depth > TRACEBACK_MAX_INDENT:
            indent = "[...]".ljust(3 * TRACEBACK_MAX_INDENT)
        else:
            indent = "   " * depth
        return f"{line:>6} +++ {indent}{mask(info.text)}"

    count = len(tb)
    if not abbreviate or count <= 2 * TRACEBACK_KEPT + 1:
        return [shown(i) for i in range(count)]
    kept = TRACEBACK_KEPT
    return ([shown(i) for i in range(kept)]
            + [f"       +++ [... {count - 2 * kept} more lines like these ...]"]
            + [shown(i) for i in range(count - kept, count)])


def _iterating(cl: ClauseInfo) -> bool:
    """Whether clause ``cl`` is the DO of a loop (the clause current while an empty body goes
    round or its WHILE / UNTIL / step runs): Regina reports a HALT there at the loop's outer
    depth, as an error in its WHILE (``_guarded_condition``). A DO's first evaluation, inside
    another loop, is taken for a pass too (the interrupt lands in a going loop by far most often)."""
    node = cl.node
    return node.__class__ is ast.DoLoop and (
        node.control is not None or node.count is not None or node.forever
        or node.while_ is not None or node.until is not None)


class _Halt(RexxError):
    def __init__(self):
        super().__init__(4, 0)


def _name_for_expose(pool, name):
    return name


_END_OF_ENTRY = Return(None)


def _end_of_entry(f):
    """The clause after each REPL entry: a routine running off its entry returns there."""
    return _END_OF_ENTRY


def _error_status(e: RexxError) -> int:
    return (256 - e.code) & 0xFF if e.code else 1


def exit_status(value) -> int:
    """The process exit status for ``EXIT value`` (Regina: the whole number modulo 256)."""
    text = tostr(value).strip()
    try:
        n = int(text)
    except ValueError:
        try:
            n = int(float(text))
        except (ValueError, OverflowError):
            return 0
    return n & 0xFF
