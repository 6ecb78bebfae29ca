"""The ADDRESS instruction: swap, set, set by VALUE, or one command to a named environment.

``ADDRESS`` swaps the current and previous environments; ``ADDRESS name`` and
``ADDRESS VALUE expr`` make a new current one (the old one becomes previous);
``ADDRESS name expr`` sends one command without changing either. ``WITH`` after a command
applies to that command; after a bare name (or VALUE) it becomes the environment's lasting
redirection (``redirection.py``; the command itself runs in ``command_clause.py``).
"""

from __future__ import annotations

from rexxlite.compiler.expressions import compile_str


def compile_address(c, node, info):
    interp = c.interp
    redirects = list(node.redirects or [])
    if node.environment is not None and node.command is not None:
        env = node.environment
        command = compile_str(node.command, c)

        def address_command(f):
            f.cl = info
            interp.run_command(f, env, command(f), info, redirects)
        return address_command

    if node.environment is not None or node.value is not None:
        fixed = node.environment
        value = None if node.value is None else compile_str(node.value, c)

        def address_set(f):
            f.cl = info
            name = fixed if value is None else value(f)
            f.env_prev, f.env = f.env, name
            if redirects:
                interp.set_redirects(f, name, redirects)
        return address_set

    def address_swap(f):
        f.cl = info
        f.env_prev, f.env = f.env, f.env_prev
    return address_swap
