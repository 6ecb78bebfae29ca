"""Regina's operating-system extensions: GETPID GETTID UNAME SLEEP DIRECTORY CD/CHDIR STATE
BEEP PUTENV UNIXERROR CRYPT, and FILESPEC / QUALIFY (file names), each checked against
Regina 3.6 (argument counts, Error 40 messages, results).

None of them runs a shell: they are direct system calls with their arguments as data.
"""

from __future__ import annotations

import os
import time

from rexxlite.charset import from_bytes, swap_environment, to_os
from rexxlite.errors import RexxError
from rexxlite.builtins import args
from rexxlite.builtins.registry import REGISTRY, builtin


@builtin("GETPID", 0, 0, extension=True)
def getpid(ctx):
    return str(os.getpid())


@builtin("GETTID", 0, 0, extension=True)
def gettid(ctx):
    """The thread number: 1, as in Regina's build without threads (rexxlite runs one program
    per process, whatever thread Python runs it on)."""
    return "1"


_UNAME_FIELDS = {"S": "sysname", "N": "nodename", "R": "release", "V": "version", "M": "machine"}


@builtin("UNAME", 0, 1, extension=True)
def uname(ctx, what=None):
    """UNAME([option]): A (the default) all five fields of uname(2) joined by blanks, or one
    of S(ysname) N(odename) R(elease) V(ersion) M(achine)."""
    letter = args.option("UNAME", 1, what, "ASMNRV", "A")
    info = os.uname()
    if letter == "A":
        return " ".join(getattr(info, field) for field in _UNAME_FIELDS.values())
    return getattr(info, _UNAME_FIELDS[letter])


@builtin("SLEEP", 1, 1, extension=True)
def sleep(ctx, seconds):
    """SLEEP(seconds): wait; fractions allowed. A non-number is Error 41 as in Regina; a
    negative time is Error 40.13 (Regina passes it to usleep and misbehaves)."""
    number = args.decimal_value(seconds)
    if number is None:
        raise RexxError(41)
    if number < 0:
        raise RexxError(40, 13, bif="SLEEP", argnumber=1, value=seconds)
    time.sleep(float(number))
    return ""


@builtin("DIRECTORY", 0, 1, extension=True)
def directory(ctx, new=None):
    """DIRECTORY([dir]): the current directory, after changing to ``dir`` when given
    ('' when the change fails)."""
    if new is not None:
        try:
            os.chdir(to_os(new))
        except (OSError, ValueError):
            return ""
    try:
        return from_bytes(os.getcwdb())
    except OSError:
        return ""


def _chdir(ctx, new):
    """CD / CHDIR(dir): change the current directory; 0 on success, 1 on failure."""
    try:
        os.chdir(to_os(new))
    except (OSError, ValueError):
        return "1"
    return "0"


builtin("CD", 1, 1, extension=True)(_chdir)
REGISTRY["CHDIR"] = REGISTRY["CD"]     # one routine, whose errors name CD, as in Regina


@builtin("STATE", 1, 1, extension=True)
def state(ctx, name):
    """STATE(file): 0 when the file (or directory) exists, 1 when it does not."""
    try:
        os.stat(to_os(name))
    except (OSError, ValueError):
        return "1"
    return "0"


@builtin("BEEP", 1, 2, extension=True)
def beep(ctx, frequency, duration=None):
    """BEEP(frequency [, milliseconds]): checked as Regina checks it (37..32767 Hz, a positive
    duration); like Regina on Unix it makes no sound."""
    hertz = args.positive("BEEP", 1, frequency)
    if not 37 <= hertz <= 32767:
        raise RexxError(40)
    if duration is not None:
        args.positive("BEEP", 2, duration)
    return ""


@builtin("PUTENV", 1, 1, extension=True)
def putenv(ctx, assignment):
    """PUTENV('name=value') sets an environment variable of this process (and of the commands
    it runs); the variable's value before ('' when it had none). Without '=' nothing changes,
    as in Regina."""
    name, equals, value = assignment.partition("=")
    if not name or "\0" in assignment:
        return ""
    return swap_environment(name, value if equals else None)


@builtin("UNIXERROR", 1, 1, extension=True)
def unixerror(ctx, number):
    """UNIXERROR(errno): the system's text for an error number (strerror)."""
    return os.strerror(args.nonnegative("UNIXERROR", 1, number))


@builtin("CRYPT", 2, 2, extension=True)
def crypt(ctx, string, salt):
    """CRYPT(string, salt): crypt(3) of ``string``. Where the system has no crypt(3) (as the
    Regina build installed here), the string comes back unchanged, as Regina returns it."""
    try:
        import warnings
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            import crypt as unix_crypt
    except ImportError:
        return string
    try:
        result = unix_crypt.crypt(string, salt)
    except (OSError, ValueError):
        return string
    return string if not result or result.startswith("*") else result   # "*0": bad salt


@builtin("QUALIFY", 0, 1)
def qualify(ctx, name=None):
    """QUALIFY([name]): the absolute, normalised form of a file name ('' for '')."""
    if name is None:
        name = "."
    if name == "":
        return ""
    return from_bytes(os.path.abspath(to_os(name)))


@builtin("FILESPEC", 2, 2, extension=True)
def filespec(ctx, what, spec):
    """FILESPEC(option, spec): D(rive) (always '' here), P(ath, with its final '/') or
    N(ame) of a file specification."""
    if what == "":
        raise RexxError(40, 21, bif="FILESPEC", argnumber=1)
    letter = what[:1].upper()
    if letter not in "DNP":
        raise RexxError(40, 28, bif="FILESPEC", argnumber=1, optionslist="DNP?", value=what)
    if letter == "D":
        return ""
    slash = spec.rfind("/") + 1
    return spec[:slash] if letter == "P" else spec[slash:]
