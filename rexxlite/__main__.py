"""``python -m rexxlite``: the same as the ``rexxlite`` command."""

from rexxlite.cli import command

command()
