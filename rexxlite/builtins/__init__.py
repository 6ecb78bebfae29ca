"""Built-in functions: importing this package registers every module's functions in REGISTRY."""

from rexxlite.builtins.registry import REGISTRY, builtin  # noqa: F401
from rexxlite.builtins import strings, words, conversion  # noqa: F401
from rexxlite.builtins import checkpoint  # noqa: F401
from rexxlite.builtins import stream_bifs, datetime_bifs, random_bifs, system_bifs  # noqa: F401
from rexxlite.builtins import numeric  # noqa: F401
from rexxlite.builtins import regina_strings, regina_system, regina_buffers, regina_program  # noqa: F401
from rexxlite.builtins import regina_stream_commands  # noqa: F401
from rexxlite.builtins import regina_not_provided  # noqa: F401
