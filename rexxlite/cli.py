"""The ``rexxlite`` command line: reading the options, then running a program or the REPL.

    rexxlite [OPTIONS] FILE [ARG...]        run a program
    rexxlite [OPTIONS] -e CLAUSES [ARG...]  run clauses given on the command line
    rexxlite [OPTIONS] - [ARG...]           read the program from stdin (also when stdin is a
                                            pipe and no FILE is given)
    rexxlite                                (on a terminal) the interactive REPL

Options come before the program; everything after FILE (or after ``-e CLAUSES`` / ``-``) is
the program's argument. Regina's ``-t[SETTING]`` starts the program under that TRACE setting
and ``-a`` passes the words as separate arguments (ARG(1), ARG(2), ...) instead of one string.
An unknown option is a usage error (exit status 1, as Regina). ``--help`` is in ``cli_help``.
"""

from __future__ import annotations

import os
import sys

from rexxlite import __version__

USAGE_ERROR = 1          # Regina's exit status for an unknown switch


class UsageError(Exception):
    """A command line rexxlite cannot run; the message names what is wrong."""


class CommandLine:
    """What the command line asks for: the action, the program and its arguments, options.
    (A plain class: importing ``dataclasses`` for it cost a cached script's start-up 10%.)"""

    def __init__(self):
        self.action = "run"                 # run | help | version | repl
        self.source: str | None = None      # "-e" text
        self.file: str | None = None        # a program file, or "-" for stdin
        self.words: list[str] = []
        self.trace: str | None = None       # -t: the initial TRACE setting
        self.separate_args = False          # -a
        self.utf8 = False                   # --utf8: the UTF-8 character model (charset)

    def arguments(self) -> list[str]:
        """ARG(1)... as the program sees them: one string of the words joined by blanks
        (a command's single argument), or with ``-a`` each word on its own."""
        if self.separate_args:
            return list(self.words)
        return [" ".join(self.words)] if self.words else []


def parse_command_line(argv: list[str]) -> CommandLine:
    line = CommandLine()
    i = 0
    while i < len(argv):
        word = argv[i]
        if word in ("-h", "-?", "--help"):
            line.action = "help"
            return line
        if word in ("-v", "--version"):
            line.action = "version"
            return line
        if word == "-a":
            line.separate_args = True
        elif word == "--utf8":
            line.utf8 = True
        elif word.startswith("-t") and not word.startswith("--"):
            if len(word) > 3:                     # Regina: one letter, -t alone is TRACE A
                raise UsageError(f"option -t takes one TRACE letter (e.g. -tr), found '{word}'")
            line.trace = word[2:].upper() or "A"
        elif word == "-e":
            if i + 1 >= len(argv):
                raise UsageError("option -e needs the clauses to run")
            line.source, line.words = argv[i + 1], argv[i + 2:]
            return line
        elif word == "--":
            return _program(line, argv[i + 1:])
        elif word == "-":
            line.file, line.words = "-", argv[i + 1:]
            return line
        elif word.startswith("-"):
            raise UsageError(f"unknown option '{word}'")
        else:
            return _program(line, argv[i:])
        i += 1
    line.action = "repl" if line.trace is None and not line.separate_args else "run"
    return line


def _program(line: CommandLine, rest: list[str]) -> CommandLine:
    if rest:
        line.file, line.words = rest[0], rest[1:]
    return line


def main(argv: list[str] | None = None) -> int:
    # (Imported here, not at the top: ``command`` installs the module image first.)
    from rexxlite.cli_help import HINT, help_text
    from rexxlite.running.runner import choose_model, run_file, run_source, setup_streams
    from rexxlite.syntax.collector_pause import end_start_up
    argv = list(sys.argv[1:] if argv is None else argv)
    setup_streams()
    try:
        line = parse_command_line(argv)
    except UsageError as exc:
        sys.stderr.write(f"rexxlite: {exc}\n{HINT}")
        return USAGE_ERROR
    if line.action == "help":
        sys.stdout.write(help_text())
        return 0
    if line.action == "version":
        sys.stdout.write(f"rexxlite {__version__}\n")
        return 0
    options = {"initial_trace": line.trace} if line.trace is not None else {}
    options["utf8"] = line.utf8
    args = line.arguments()
    if line.source is not None:
        return run_source(os.fsencode(line.source), "<command line>", args, **options)
    if line.file == "-" or (line.file is None and not sys.stdin.isatty()):
        stdin = getattr(sys.stdin, "buffer", None)
        program = stdin.read() if stdin is not None else os.fsencode(sys.stdin.read())
        return run_source(program, "<stdin>", args, stdin=_no_stdin(),
                          **options)
    if line.file is None:
        if line.action != "repl":
            sys.stderr.write(f"rexxlite: -t and -a apply to a program; give FILE, -e or -\n{HINT}")
            return USAGE_ERROR
        choose_model(None, line.utf8)
        setup_streams(terminal=True)
        end_start_up()
        return _repl()
    return run_file(line.file, args, **options)


def _no_stdin():
    """After the program was read from stdin, PULL finds end of input."""
    import io
    return io.StringIO("")


def _repl() -> int:
    from rexxlite.cli_help import HINT
    try:
        from rexxlite.repl import session
    except ImportError as exc:          # prompt_toolkit is a dependency, but may be broken
        sys.stderr.write(f"rexxlite: the REPL cannot start ({exc}); run a program instead\n"
                         f"{HINT}")
        return USAGE_ERROR
    result = session.main()
    return result if isinstance(result, int) else 0


def command() -> None:
    """The ``rexxlite`` command and ``python -m rexxlite``: ``main`` with rexxlite's modules
    served from the module image, then the process ends."""
    from rexxlite.syntax.collector_pause import pause_start_up
    from rexxlite import module_image
    pause_start_up()                # (until the program runs: ``Interpreter.run_program``)
    module_image.install()
    end_process(main())


def end_process(status) -> None:
    """Leave the process with ``status`` at once once a program has run (``os._exit``), after
    what an orderly exit does that anyone can see: the ``atexit`` handlers run and the
    standard streams are flushed (the program's files are closed when it ends:
    ``StreamManager.close_all``). Tearing down the interpreter's modules and objects, which
    nothing sees, was 3-4% of a short cached script's instructions (4.6M of cached 'say 1''s
    171M; bare ``python -c pass`` spends 18M of its 144M there). The orderly ``sys.exit``
    stays after the REPL (its terminal library), while a thread Python would wait for still
    runs, for a status that is not an int, or when a stream cannot be flushed (Python's own
    report)."""
    threading = sys.modules.get("threading")    # not imported: no thread Python waits for
    if (not isinstance(status, int) or "rexxlite.repl.session" in sys.modules
            or threading is not None and any(
                thread is not threading.main_thread() and not thread.daemon
                for thread in threading.enumerate())):
        _save_module_image()
        sys.exit(status)
    import atexit
    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except Exception:
        _save_module_image()
        sys.exit(status)
    _save_module_image()            # (after the flush: a reader of the output has it already)
    os._exit(status & 0xFF)


def _save_module_image() -> None:
    image = sys.modules.get("rexxlite.module_image")
    if image is not None:
        image.save()


if __name__ == "__main__":
    command()
