"""runtime: what compiled Rexx code runs against: activations, the variable pool, the data queue,
streams, the clock, TRACE output, the compiled-code container and the control tokens compiled
code returns (and SIGNAL's exception).

Layer 2. May import: syntax, numbers and the foundation modules (errors, error_messages, charset).
Never imports commands, builtins, compiler or running.
"""
