"""USERID(): the login name of the user running the program (as Regina: from the password
database for the real user id, not from $USER/$LOGNAME)."""

from __future__ import annotations

import getpass
import os

from rexxlite.builtins.registry import builtin


@builtin("USERID", 0, 0, extension=True)
def userid(ctx):
    try:
        import pwd
        return pwd.getpwuid(os.getuid()).pw_name
    except (ImportError, KeyError, AttributeError):
        try:
            return getpass.getuser()
        except Exception:   # noqa: BLE001 - no user name at all
            return ""
