"""Regina's data-queue buffers (from VM/CMS): MAKEBUF DROPBUF DESBUF BUFTYPE. The buffers
themselves live in ``data_queue.DataQueue``; these are the functions a program calls."""

from __future__ import annotations

from rexxlite.errors import RexxError
from rexxlite.builtins import args
from rexxlite.builtins.registry import builtin


@builtin("MAKEBUF", 0, 0, extension=True)
def makebuf(ctx):
    """A new buffer on top of the queue; its number (1 for the first)."""
    return str(ctx.interp.queue.make_buffer())


@builtin("DROPBUF", 0, 1, extension=True)
def dropbuf(ctx, number=None):
    """DROPBUF([n]): drop buffer n (counted from the top when negative; the top one when
    omitted) with the buffers above it and their lines; the buffers left, or -2 when there
    is no buffer n. A number that is not whole is Error 26, as Regina says."""
    which = -1
    if number is not None:
        which = args.parse_whole(number)
        if which is None:
            raise RexxError(26)
    return str(ctx.interp.queue.drop_buffer(which))


@builtin("DESBUF", 0, 0, extension=True)
def desbuf(ctx):
    """Empty the whole queue, buffers and all; 0."""
    return str(ctx.interp.queue.drop_buffer(0))


@builtin("BUFTYPE", 0, 0, extension=True)
def buftype(ctx):
    """Write the queue's buffers and lines to stderr (Regina's format); returns ''."""
    out = ctx.interp.stderr
    out.write("".join(line + "\n" for line in ctx.interp.queue.listing()))
    out.flush()
    return ""
