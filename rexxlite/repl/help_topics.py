"""The REPL's ``help`` text: instructions, built-in functions and ADDRESS plugins, one line each.

``help`` alone gives an overview; ``help TOPIC`` looks TOPIC up as an instruction, a built-in
function, an ADDRESS environment (its commands, from the plugin's declaration) and finally as a
command of the current environment; ``help ENV COMMAND`` describes one plugin command.
"""

from __future__ import annotations

import textwrap
from typing import Callable, Iterable

from rexxlite.commands.plugin_api import Environment, help_text

DEFAULT_WIDTH = 92
MIN_WIDTH = 30

INSTRUCTIONS: dict[str, str] = {
    "ADDRESS": "ADDRESS env [command] / ADDRESS VALUE expr: choose where commands go, or send one",
    "ARG": "ARG template: parse the arguments (upper-cased) into variables",
    "CALL": "CALL name [args] / CALL ON|OFF condition: call a routine, or set a condition trap",
    "DO": "DO [repetitor] [WHILE|UNTIL cond]; ... END: a group or a loop",
    "DROP": "DROP name ...: make variables unset again",
    "EXIT": "EXIT [expr]: end the program (in the REPL: leave the session)",
    "IF": "IF cond THEN instruction [ELSE instruction]: choose by a 0/1 condition",
    "INTERPRET": "INTERPRET expr: run the value of an expression as Rexx clauses",
    "ITERATE": "ITERATE [name]: go on with the next pass of a loop",
    "LEAVE": "LEAVE [name]: leave a loop",
    "NOP": "NOP: do nothing",
    "NUMERIC": "NUMERIC DIGITS n | FUZZ n | FORM SCIENTIFIC|ENGINEERING: arithmetic settings",
    "OPTIONS": "OPTIONS expr: interpreter options (accepted, mostly ignored)",
    "PARSE": "PARSE [UPPER] ARG|PULL|VAR name|VALUE expr WITH|... template: split a string",
    "PROCEDURE": "PROCEDURE [EXPOSE names]: give a routine its own variables",
    "PULL": "PULL template: read a line from the queue (or stdin), upper-cased, and parse it",
    "PUSH": "PUSH expr: put a line on top of the data queue (LIFO)",
    "QUEUE": "QUEUE expr: put a line at the end of the data queue (FIFO)",
    "REQUIRE": "REQUIRE \"name\": load an ADDRESS plugin (a name, or a path to a .py file)",
    "RETURN": "RETURN [expr]: return from a routine, with a value",
    "SAY": "SAY expr: write a line to standard output",
    "SELECT": "SELECT; WHEN cond THEN ...; OTHERWISE ...; END: the first true WHEN runs",
    "SIGNAL": "SIGNAL label / SIGNAL VALUE expr / SIGNAL ON|OFF condition: jump or trap",
    "TRACE": "TRACE setting: trace clauses, results or commands (N, A, R, I, O, ...)",
}

BUILTINS: dict[str, str] = {
    "ABBREV": "ABBREV(info, s[, len]): 1 if s is an abbreviation of info",
    "ABS": "ABS(n): absolute value",
    "ADDRESS": "ADDRESS(): the current ADDRESS environment",
    "ARG": "ARG([n[, E|O]]): the argument count, the n-th argument, or whether it exists",
    "BITAND": "BITAND(s1[, s2[, pad]]): bitwise AND of two strings",
    "BITOR": "BITOR(s1[, s2[, pad]]): bitwise OR of two strings",
    "BITXOR": "BITXOR(s1[, s2[, pad]]): bitwise exclusive OR of two strings",
    "B2X": "B2X(binary): binary digits to hexadecimal",
    "CENTER": "CENTER(s, len[, pad]): s centred in len characters",
    "CENTRE": "CENTRE(s, len[, pad]): s centred in len characters",
    "CHANGESTR": "CHANGESTR(needle, haystack, new): replace every needle",
    "CHARIN": "CHARIN([stream][, start][, count]): read characters from a stream",
    "CHAROUT": "CHAROUT([stream][, s][, start]): write characters to a stream",
    "CHARS": "CHARS([stream]): characters left to read in a stream",
    "COMPARE": "COMPARE(s1, s2[, pad]): 0 if equal, else the position of the first difference",
    "CONDITION": "CONDITION([C|D|I|S]): the condition being handled",
    "COPIES": "COPIES(s, n): n copies of s",
    "COUNTSTR": "COUNTSTR(needle, haystack): how many times needle occurs",
    "C2D": "C2D(s[, n]): characters to a decimal number",
    "C2X": "C2X(s): characters to hexadecimal",
    "DATATYPE": "DATATYPE(s[, type]): NUM or CHAR, or 1/0 for a type such as W, N, A, X",
    "DATE": "DATE([format]): today's date (N, S, U, E, B, D, M, W, O, ...)",
    "DELSTR": "DELSTR(s, n[, len]): delete characters",
    "DELWORD": "DELWORD(s, n[, len]): delete words",
    "DIGITS": "DIGITS(): the current NUMERIC DIGITS",
    "D2C": "D2C(n[, len]): a decimal number to characters",
    "D2X": "D2X(n[, len]): a decimal number to hexadecimal",
    "ERRORTEXT": "ERRORTEXT(n): the message of Rexx error n",
    "FORM": "FORM(): the current NUMERIC FORM",
    "FORMAT": "FORMAT(n[, before][, after][, expp][, expt]): format a number",
    "FUZZ": "FUZZ(): the current NUMERIC FUZZ",
    "INSERT": "INSERT(new, target[, n][, len][, pad]): insert a string",
    "LASTPOS": "LASTPOS(needle, haystack[, start]): position of the last occurrence",
    "LEFT": "LEFT(s, len[, pad]): the leftmost len characters, padded",
    "LENGTH": "LENGTH(s): the number of characters",
    "LINEIN": "LINEIN([stream][, line][, count]): read a line from a stream",
    "LINEOUT": "LINEOUT([stream][, s][, line]): write a line to a stream",
    "LINES": "LINES([stream]): whether (or how many) lines are left to read",
    "MAX": "MAX(n, ...): the largest number",
    "MIN": "MIN(n, ...): the smallest number",
    "OVERLAY": "OVERLAY(new, target[, n][, len][, pad]): overwrite part of a string",
    "POS": "POS(needle, haystack[, start]): position of the first occurrence",
    "QUEUED": "QUEUED(): the number of lines in the data queue",
    "RANDOM": "RANDOM([min][, max][, seed]): a random whole number",
    "REVERSE": "REVERSE(s): the string backwards",
    "RIGHT": "RIGHT(s, len[, pad]): the rightmost len characters, padded",
    "SIGN": "SIGN(n): -1, 0 or 1",
    "SOURCELINE": "SOURCELINE([n]): the number of source lines, or line n",
    "SPACE": "SPACE(s[, n][, pad]): words separated by n pad characters",
    "STREAM": "STREAM(name[, C|D|S][, command]): stream state or a stream command",
    "STRIP": "STRIP(s[, B|L|T][, char]): remove leading/trailing characters",
    "SUBSTR": "SUBSTR(s, n[, len][, pad]): a part of a string",
    "SUBWORD": "SUBWORD(s, n[, len]): some of the words",
    "SYMBOL": "SYMBOL(name): VAR, LIT or BAD",
    "TIME": "TIME([format]): the time of day, or elapsed time (N, L, H, M, S, E, R, ...)",
    "TRACE": "TRACE([setting]): the trace setting, optionally changing it",
    "TRANSLATE": "TRANSLATE(s[, out][, in][, pad]): translate characters",
    "TRUNC": "TRUNC(n[, decimals]): truncate a number",
    "VALUE": "VALUE(name[, new][, pool]): a variable's value, optionally setting it",
    "VERIFY": "VERIFY(s, ref[, N|M][, start]): first character (not) in ref",
    "WORD": "WORD(s, n): the n-th word",
    "WORDINDEX": "WORDINDEX(s, n): position of the n-th word",
    "WORDLENGTH": "WORDLENGTH(s, n): length of the n-th word",
    "WORDPOS": "WORDPOS(phrase, s[, start]): word number where phrase starts",
    "WORDS": "WORDS(s): the number of words",
    "XRANGE": "XRANGE([start][, end]): all characters from start to end",
    "X2B": "X2B(hex): hexadecimal to binary digits",
    "X2C": "X2C(hex): hexadecimal to characters",
    "X2D": "X2D(hex[, len]): hexadecimal to a decimal number",
}

REPL_USAGE = (       # paragraphs, each wrapped to the terminal's width
    "Type Rexx clauses; each entry runs when complete. An unfinished DO/SELECT/IF, an open "
    "comment or string, or a trailing comma continues on the next line, and an IF waits for "
    "a possible ELSE (an empty line runs an entry left with an open string or a lone IF; Esc "
    "Enter runs any entry now). An entry starting with a label defines routines and ends at "
    "an empty line; defining a routine again replaces it. Each entry is a unit of its own: "
    "a routine without RETURN returns at the end of its entry. Variables, routines, TRACE, "
    "the ADDRESS environment and plugin state persist between entries.",
    "A bare expression (1+1, length('abc')) shows its value; a string, a variable or a "
    "concatenation ('ls -l', \"list\", 'rm' file) stays a command for the ADDRESS environment.",
    "Keys: Tab completes, Ctrl-R searches history, Ctrl-C cancels the input or interrupts a "
    "running program, Ctrl-D (or EXIT) leaves.",
    "help TOPIC: an instruction, a built-in function, an ADDRESS environment, or ENV COMMAND. "
    "An unquoted `help` entry is this help; under ADDRESS env, \"help\" (quoted) goes to env.",
)



def builtin_names() -> list[str]:
    """Every built-in function: the registered ones plus the documented classic set."""
    try:
        from rexxlite.builtins import REGISTRY
        registered = set(REGISTRY)
    except ImportError:
        registered = set()
    return sorted(registered | set(BUILTINS))


def overview(environments: Iterable[str], width: int = DEFAULT_WIDTH) -> str:
    names = ", ".join(environments) or "(none)"
    usage = [textwrap.fill(paragraph, width=width) for paragraph in REPL_USAGE]
    return "\n".join(usage + [
        "",
        _wrap("Instructions: " + " ".join(sorted(INSTRUCTIONS)), width),
        _wrap("Built-in functions: " + " ".join(builtin_names()), width),
        _wrap("ADDRESS environments: " + names, width),
    ])


def _wrap(text: str, width: int) -> str:
    return textwrap.fill(text, width=width, subsequent_indent="  ", break_on_hyphens=False)


def fit_width(text: str, width: int) -> str:
    """``text`` with every line longer than ``width`` wrapped (its continuation lines
    indented two more spaces than the line itself), so help fits a narrow terminal."""
    lines: list[str] = []
    for line in text.split("\n"):
        if len(line) <= width:
            lines.append(line)
            continue
        indent = line[: len(line) - len(line.lstrip())]
        lines.extend(textwrap.wrap(line, width=width, subsequent_indent=indent + "  ",
                                   break_on_hyphens=False, drop_whitespace=True))
    return "\n".join(lines)


def render(
    topic: str,
    environments: Iterable[str],
    environment: Callable[[str], Environment | None],
    current: str | None = None,
    width: int = DEFAULT_WIDTH,
) -> str:
    """The help text for ``topic`` ('' for the overview), no line wider than ``width``.

    ``environments`` lists the addressable names, ``environment(name)`` gives one (or None) and
    ``current`` is the current ADDRESS environment, whose commands are also topics.
    """
    width = max(width, MIN_WIDTH)
    words = topic.split()
    if not words:
        return overview(environments, width)
    return fit_width(_topic(words, topic, environments, environment, current), width)


def _topic(words, topic, environments, environment, current) -> str:
    key = words[0].upper()
    if len(words) == 1:
        found = []
        if key in INSTRUCTIONS:
            found.append(INSTRUCTIONS[key])
        if key in BUILTINS or key in builtin_names():
            found.append(BUILTINS.get(key, f"{key}(...): built-in function"))
        if found:
            return "\n".join(found)
    env = environment(key) if key in {n.upper() for n in environments} else None
    if env is not None and not getattr(env, "commands", None):
        return f"ADDRESS {key}: commands are passed on as they are (no declared commands)."
    if env is not None:
        detail = " ".join(words[1:])
        text = help_text(env, detail)
        return text if detail else f"ADDRESS {env.name} commands:\n{text}"
    if current and len(words) == 1:
        env = environment(current)
        specs = getattr(env, "commands", None) or ()
        if env is not None and any(s.name.lower() == words[0].lower() for s in specs):
            return help_text(env, words[0])
    return f"No help for {topic!r}. Try: help, help SAY, help SUBSTR, help PROXMOX."
