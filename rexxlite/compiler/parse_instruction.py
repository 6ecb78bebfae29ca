"""The PARSE instruction (and ARG, PULL): where the string comes from, then the templates.

Sources: ARG (one template per argument), PULL (the data queue, else a line of stdin), VAR,
VALUE, LINEIN and EXTERNAL (a line of stdin), SOURCE, VERSION and NUMERIC. UPPER / LOWER change
the string first; CASELESS makes string patterns match regardless of case. For sources other
than ARG, the templates after the first get the empty string.
"""

from __future__ import annotations

from rexxlite import __version__
from rexxlite.compiler.expressions import compile_expr, compile_str, tostr
from rexxlite.compiler.parse_template import compile_template

VERSION = f"REXX-rexxlite_{__version__} 5.00 28 Nov 2026"


def compile_parse(c, node, info):
    from rexxlite.charset import rexx_lower, rexx_upper

    templates = [compile_template(t, c, node.caseless) for t in node.templates]
    interp = c.interp
    upper, lower = node.upper, node.lower
    source = node.source.upper()

    def shape(s: str) -> str:
        if upper:
            return rexx_upper(s)
        if lower:
            return rexx_lower(s)
        return s

    if source == "ARG":
        def parse_arg(f):
            f.cl = info
            args = f.args
            for i, template in enumerate(templates):
                a = args[i] if i < len(args) else None
                template(f, "" if a is None else shape(tostr(a)))
        return parse_arg

    if source == "VAR":
        getter = compile_expr(node.var, c)

        def get(f):
            return tostr(getter(f))
    elif source == "VALUE":
        if node.expr is None:
            def get(f):
                return ""
        else:
            get = compile_str(node.expr, c)
    elif source == "PULL":
        def get(f):
            line = interp.queue.pull()
            return "" if line is None else line
    elif source == "LINEIN":
        def get(f):
            return interp.streams.linein_for_parse(
                lambda description: f.raise_condition("NOTREADY", description))
    elif source == "EXTERNAL":
        def get(f):
            return interp.streams.linein_for_parse()
    elif source == "SOURCE":
        def get(f):
            if f.source is not None:        # an external routine: its own call type and file
                return f"{interp.source_system} {f.source[0]} {f.source[1]}"
            return f"{interp.source_system} {interp.calltype} {interp.source_name}"
    elif source == "VERSION":
        def get(f):
            return VERSION
    elif source == "NUMERIC":
        def get(f):
            return f"{f.digits} {f.fuzz} {f.form}"
    else:
        from rexxlite.errors import RexxError
        raise RexxError(25, 12, keywords="ARG EXTERNAL LINEIN NUMERIC PULL SOURCE VALUE VAR VERSION",
                        token=source)

    first = templates[0] if templates else None
    rest = templates[1:]

    def parse(f):
        f.cl = info
        s = shape(get(f))
        if first is not None:
            first(f, s)
            for template in rest:
                template(f, "")
    return parse
