"""rexxlite: a classic Rexx interpreter with ADDRESS environments as plugins."""

__version__ = "0.1.0"
