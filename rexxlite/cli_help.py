"""The text of ``rexxlite --help``: the forms of the command, its options, the REPL, the
environment variables rexxlite reads and the exit statuses.

The ``PROXMOX_*`` names are taken from the PROXMOX settings themselves (one per setting), so the
list cannot fall behind them.
"""

from __future__ import annotations

HINT = "usage: rexxlite [-tL] [-a] [--utf8] FILE [ARG...] | -e CLAUSES [ARG...] | - [ARG...]  " \
       "(rexxlite --help)\n"

_BODY = """\
usage: rexxlite [OPTIONS] FILE [ARG...]     run the program in FILE
       rexxlite [OPTIONS] -e CLAUSES [ARG...]
                                           run clauses given on the command line
       rexxlite [OPTIONS] - [ARG...]       read the program from stdin (a pipe without FILE too)
       rexxlite                            on a terminal: the interactive REPL
       rexxlite --help | --version

Options (before the program; what follows FILE is the program's argument):
  -t[LETTER]    start the program under TRACE LETTER (-tr, -ti, -to; -t alone is TRACE A),
                as Regina
  -a            pass the ARG words as separate arguments, ARG(1), ARG(2)... (as Regina);
                without -a they are one argument joined by blanks, as for a command
  --utf8        Unicode text semantics (one character per code point of UTF-8 text)
                instead of Regina's one character per byte; also OPTIONS UTF8 in the program
                and REXXLITE_UTF8=1 (docs/unicode.md)
  --            the next word is FILE even if it starts with -
  -h, -?, --help    this text;    -v, --version    the version

The REPL (rexxlite alone on a terminal): each entry runs at once; variables, routines, the
ADDRESS environment and plugin state persist. `help` lists the topics; Tab completes; an
unfinished DO/SELECT/IF, comment, string or trailing comma continues on a `...` prompt;
Ctrl-C cancels the input or halts a running entry; Ctrl-D leaves.

Environment variables:
  REXX_PATH                     directories searched for external routines (colon-separated)
  REXXLITE_CACHE_DIR            where parsed programs and the in-container bundle are cached
                                (default $XDG_CACHE_HOME/rexxlite, ~/.cache/rexxlite)
  REXXLITE_NO_CACHE=1           do not cache parsed programs
  REXXLITE_CACHE_LIMIT_MB       the cache's size past which the programs used least recently
                                lose their files (default 100; 0: no limit)
  REXXLITE_UTF8=1               the UTF-8 character model, as --utf8
  REXXLITE_DEBUG=1              show the Python traceback behind an Error 49
  REXXLITE_CODEGEN=0            run the compiled closures only, no generated Python code
  REXXLITE_LAZY=0               compile the whole program before it starts (not a unit at a
                                time when first run)
  XDG_DATA_HOME                 the REPL keeps its history in $XDG_DATA_HOME/rexxlite/history
                                (default ~/.local/share/rexxlite/history)
  ADDRESS PROXMOX, local engine:
  REXXLITE_PROXMOX_ROOT         state root of the containers (default /var/lib/rexxlite)
  REXXLITE_TEMPLATE_DIR         what local:vztmpl/ means (default /var/lib/vz/template/cache)
  REXXLITE_DUMP_DIR             where vzdump backups of storage local go (default /var/lib/vz/dump)
  REXXLITE_PROXMOX_NODE         the node name in messages (default the host name)
  REXXLITE_PROXMOX_MAX_CONTAINERS   the most containers (default 1000)
  REXXLITE_PROXMOX_INJECT_FAULT for tests only: make a named step of create or clone fail
  REXXLITE_VM_IMAGE_DIR         what local:iso/ means for VM images (default /var/lib/vz/template/qemu;
                                rexxlite-setup vm-image builds one there)
  REXXLITE_QEMU_ACCEL           kvm, tcg or auto (default: kvm when it boots a guest here)
  rexxlite-setup templates (building those templates; REXXLITE_TEMPLATE_DIR is where):
  DEBIAN_MIRROR                 the Debian mirror for debootstrap (default: the one apt uses)
  REXXLITE_SKIP_DEBIAN_TEMPLATE=1   build only the busybox template
  ADDRESS PROXMOX, settings (also in $PROXMOX_CONFIG, default ~/.config/rexxlite/proxmox.toml):
{proxmox}
                                (REXXLITE_PROXMOX_BACKEND is the older name of PROXMOX_BACKEND;
                                see docs/proxmox.md)

Exit status:
  0             the program ended (or said EXIT / EXIT 0)
  N mod 256     EXIT N  (EXIT -1 is 255, EXIT 300 is 44)
  256 - N       Error N  (253: Error 3, the program file was not found; 252: Error 4, Ctrl-C)
  1             a usage error: an unknown option (as Regina)
"""


def proxmox_variables() -> list[str]:
    """``PROXMOX_CONFIG`` and one ``PROXMOX_<KEY>`` per PROXMOX setting."""
    from dataclasses import fields
    try:
        from rexxlite.addresses.proxmox.settings import Settings
    except ImportError:             # the bundled plugin is not installed
        return ["PROXMOX_CONFIG"]
    return ["PROXMOX_CONFIG"] + [f"PROXMOX_{f.name.upper()}" for f in fields(Settings)]


def help_text() -> str:
    names = proxmox_variables()[1:]
    rows, row = [], "  "
    for name in names:
        if len(row) + len(name) + 2 > 94:
            rows.append(row.rstrip(", "))
            row = "  "
        row += name + ", "
    rows.append(row.rstrip(", "))
    return _BODY.format(proxmox="\n".join(rows))
