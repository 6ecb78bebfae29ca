"""codegen: a top-level clause (and everything nested in it) generated as Python source, then
compiled to one code object, instead of a tree of closures.

Rexx variables stay in the activation's dict (``f.vars``) with their names resolved at compile
time; whole-number ``+ - * % //`` and comparisons are inline with their DIGITS check and call
the exact decimal path when it fails; DO loops are Python ``while`` loops; IF / SELECT are
Python ``if`` / ``else``. A clause or expression it does not generate is the existing closure,
called from the generated code, so everything keeps working while coverage grows.

The generated text depends only on the AST: whatever a program needs at run time (its
``ClauseInfo`` objects, fallback closures, the interpreter) is handed to the code object as a
tuple of constants, so one code object serves every clause of the same shape.

Part of the compiler (layer 5): imports runtime, numbers, builtins, and the closure compiler's
leaf modules (``expressions``, ``do_loops``), never ``instructions`` (which calls in here).
"""
