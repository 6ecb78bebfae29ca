"""runtime: what compiled Rexx code runs against: activations, the variable pool, the data queue,
streams, the clock, TRACE output and the compiled-code container.

Layer 2. May import: syntax, numbers and the foundation modules (errors, error_messages, charset).
Never imports commands, builtins, compiler or running.
"""
