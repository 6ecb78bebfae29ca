"""The Rexx variables every PROXMOX command sets besides RC and RESULT, as the JavaScript
``ADDRESS PROXMOX`` handler set them, so that scripts written for it keep working.

After each command (also a failed or unknown one): ``PROXMOX_OPERATION`` (the command's verb),
``PROXMOX_VMID``, ``PROXMOX_STATUS``, ``PROXMOX_STDOUT``, ``PROXMOX_STDERR`` ("" when the
command has none), ``PROXMOX_COUNT``, ``PROXMOX_EXIT_CODE`` (0 when it has none),
``PROXMOX_ERROR`` and ``ERRORTEXT`` (the error message, "" after a success). They are set
through the plugin API's ``CommandResult.variables``.
"""

from __future__ import annotations

# (annotations only: no ``typing`` at run time)

# variable name -> (RESULT field, value when the command has no such field)
JS_VARIABLES: dict[str, tuple[str, Any]] = {
    "PROXMOX_OPERATION": ("operation", ""),
    "PROXMOX_VMID": ("vmid", ""),
    "PROXMOX_STATUS": ("status", ""),
    "PROXMOX_COUNT": ("count", 0),
    "PROXMOX_EXIT_CODE": ("exitCode", 0),
    "PROXMOX_STDOUT": ("stdout", ""),
    "PROXMOX_STDERR": ("stderr", ""),
    "PROXMOX_ERROR": ("error", ""),
    "ERRORTEXT": ("error", ""),
}


def js_variables(fields: dict[str, Any]) -> dict[str, Any]:
    """The variables to set after a command whose RESULT fields are ``fields``."""
    out = {}
    for name, (key, default) in JS_VARIABLES.items():
        value = fields.get(key)
        out[name] = default if value is None else value
    return out
