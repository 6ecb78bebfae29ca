"""The public import path of the ADDRESS plugin API, for plugin authors: ``from rexxlite.plugin_api import ...``.

The API itself lives in ``rexxlite.commands.plugin_api``; this module keeps the documented, stable
path (docs/plugins.md) independent of the interpreter's package layout.
"""

from rexxlite.commands.plugin_api import (  # noqa: F401
    CommandContext, CommandResult, CommandSpec, CommandSyntaxError, Environment, Param,
    check_params, help_text, parse_command, split_words, word_spans)

__all__ = ["CommandContext", "CommandResult", "CommandSpec", "CommandSyntaxError", "Environment",
           "Param", "check_params", "help_text", "parse_command", "split_words", "word_spans"]
