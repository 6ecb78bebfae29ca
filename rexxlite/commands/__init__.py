"""commands: ADDRESS environments: routing a command, running a host process, the plugin
registry, the plugin API, what crosses to a plugin, WITH redirection, RESULT fields and secret
masking.

Layer 3. May import: runtime, numbers, syntax and the foundation modules. Never imports builtins,
compiler or running. (Plugin authors import the public façade rexxlite.plugin_api.)
"""
