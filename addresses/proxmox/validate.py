"""Checking every value of a PROXMOX command at the boundary, before any engine sees it.

Each checker takes the raw string from the command and returns the Python value or raises
``InvalidValue`` with a message in the style of Proxmox's parameter verification
("hostname: value does not look like a valid DNS name"). Nothing that fails here can reach a
host command, a path or a config file. Every pattern must match the whole value
(``re.fullmatch``: a trailing newline is refused, never hidden by ``$`` or a strip), numbers are
compared by their digits before any conversion (a value of thousands of digits is "out of
range", not a Python error), and a refused value is shown shortened.

Also here: the checks of host files named by a parameter (``host_file``: a regular file, not
in /proc, /sys or /dev after resolving symlinks) and of the parts of an SSH destination
(``ssh_destination``, ``ssh_user``, ``ssh_jump``, ``ssh_file``). The container network
(``net0``) is checked in ``validate_net.py``.
"""

from __future__ import annotations

import os
import re
import stat

VMID_MIN, VMID_MAX = 100, 999_999_999
BACKENDS = ("local", "pct", "api", "auto")
TEMPLATE_SUFFIXES = (".tar.gz", ".tar.xz", ".tar.zst", ".tgz", ".tar")
DESCRIPTION_MAX = 8192                      # Proxmox's maxLength of a CT description
TRUE_WORDS, FALSE_WORDS = ("1", "true", "yes", "on"), ("0", "false", "no", "off")
PSEUDO_ROOTS = ("/proc", "/sys", "/dev")
PSEUDO_FILESYSTEMS = frozenset((
    "proc", "sysfs", "devtmpfs", "devpts", "debugfs", "securityfs", "tracefs", "configfs",
    "cgroup", "cgroup2", "bpf", "pstore", "efivarfs", "fusectl", "mqueue", "binfmt_misc"))

_LABEL = re.compile(r"(?!-)[A-Za-z0-9-]{1,63}(?<!-)")
_STORAGE = re.compile(r"[a-z][a-z0-9_.-]*[a-z0-9]|[a-z]")
_BASE_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}")
_TEMPLATE_FILE = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.+-]{0,200}")
_TAG = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_+.-]*")
_DIGITS = re.compile(r" *([0-9]+) *")
_RESERVED_LINE = re.compile(r"rexxlite-[a-z-]+:.*")       # pve_meta's description lines
_SSH_USER = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]{0,31}")
_SSH_PATH = re.compile(r"[A-Za-z0-9_./+@,-]+")
_USERID = re.compile(r"[^\s:/]{1,64}@[A-Za-z][A-Za-z0-9._-]{0,63}")
_TOKEN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9._-]{0,63}")
NODE_PLACEHOLDER = "{node}"
PATH_SHOWN = 200                 # how much of a refused file name a message shows


class InvalidValue(ValueError):
    """A parameter value that is refused; the message names the parameter."""


def fail(name: str, message: str) -> InvalidValue:
    return InvalidValue(f"parameter verification failed: {name}: {message}")


def shown(value: str, limit: int = 40) -> str:
    """``repr(value)``, shortened when long (a refused value of 5000 digits is not echoed)."""
    if len(value) <= limit:
        return repr(value)
    return f"{value[:limit // 2]!r}... ({len(value)} characters)"


def has_control(value: str, allowed: str = "") -> bool:
    """Does ``value`` hold a control character (C0, DEL, C1) or a line/paragraph separator?"""
    return any((c < " " or "\x7f" <= c <= "\x9f" or c in "\u2028\u2029") and c not in allowed
               for c in value)


# -- numbers ------------------------------------------------------------------------------------
def bounded_int(value: str, name: str, minimum: int, maximum: int, what: str) -> int:
    """Decimal digits (blanks around allowed, as in a Rexx number) within the bounds."""
    match = _DIGITS.fullmatch(value)
    if not match:
        raise fail(name, f"value {shown(value)} is not {what}")
    digits = match[1].lstrip("0") or "0"
    if len(digits) > len(str(maximum)) or not minimum <= int(digits) <= maximum:
        raise fail(name, f"value {shown(digits)} is out of range ({minimum}..{maximum})")
    return int(digits)


def vmid(value: str, name: str = "vmid") -> int:
    return bounded_int(value, name, VMID_MIN, VMID_MAX,
                       f"a valid VMID (an integer {VMID_MIN}..{VMID_MAX})")


def positive_int(value: str, name: str, minimum: int = 1, maximum: int = 2**31) -> int:
    return bounded_int(value, name, minimum, maximum, "a positive integer")


def port(value: str, name: str = "port") -> int:
    return bounded_int(value, name, 1, 65535, "a TCP port")


TIMEOUT_MAX_SECONDS = 86400
MILLISECONDS_FROM = 1000          # a bare number this big or bigger is milliseconds (JS era)
_TIMEOUT = re.compile(r" *([0-9]+(?:\.[0-9]*)?|\.[0-9]+)(ms|s|m|h)? *", re.IGNORECASE)
_UNIT_SECONDS = {"ms": 0.001, "s": 1, "m": 60, "h": 3600}


def timeout(value: str, name: str = "timeout") -> float:
    """A duration in seconds: ``500ms``, ``30s``, ``2m``, ``1h``; a bare number below 1000 is
    seconds (Proxmox's unit), 1000 or more milliseconds (the JavaScript handler's unit), so
    ``timeout=60`` is a minute and ``timeout=30000`` is 30 seconds."""
    match = _TIMEOUT.fullmatch(value)
    if not match:
        raise fail(name, f"value {shown(value)} is not a duration (e.g. 30, 30s, 500ms, 2m, 1h)")
    number, unit = float(match[1]), (match[2] or "").lower()
    if not unit:
        unit = "ms" if number >= MILLISECONDS_FROM else "s"
    seconds = number * _UNIT_SECONDS[unit]
    if not 0 < seconds <= TIMEOUT_MAX_SECONDS:
        raise fail(name, f"value {shown(value)} is out of range (more than 0, at most 24h)")
    return seconds


def boolean(value: str, name: str) -> bool:
    """Proxmox's booleans: 1/0, yes/no, on/off, true/false (any case); empty is false."""
    text = value.strip(" ").lower()
    if text in TRUE_WORDS:
        return True
    if text in FALSE_WORDS or text == "":
        return False
    raise fail(name, f"value {shown(value)} is not a boolean (1/0, true/false)")


# -- names --------------------------------------------------------------------------------------
def backend(value: str, name: str = "backend") -> str:
    if value.lower() not in BACKENDS:
        raise fail(name, f"value {shown(value)} is not one of {', '.join(BACKENDS)}")
    return value.lower()


def hostname(value: str, name: str = "hostname") -> str:
    """A DNS name: dot-separated RFC 1123 labels, at most 253 characters."""
    if (not value or len(value) > 253
            or not all(_LABEL.fullmatch(p) for p in value.split("."))):
        raise fail(name, f"value {shown(value)} does not look like a valid DNS name")
    return value


def host_address(value: str, name: str = "host") -> str:
    """A DNS name or an IPv4/IPv6 address (an API host, an SSH host)."""
    if ":" in value:
        import ipaddress                # (here: only an IPv6 address needs it)
        try:
            ipaddress.IPv6Address(value)
        except ValueError:
            raise fail(name, f"value {shown(value)} is not a DNS name or an IP address") \
                from None
        if "%" in value:
            raise fail(name, f"value {shown(value)} is not a DNS name or an IP address")
        return value
    try:
        return hostname(value, name)
    except InvalidValue:
        raise fail(name, f"value {shown(value)} is not a DNS name or an IP address") from None


def base_name(value: str, name: str = "name") -> str:
    if not _BASE_NAME.fullmatch(value):
        raise fail(name, f"value {shown(value)} is not a valid base name "
                         "(letters, digits, '_', '.', '-'; at most 64)")
    return value


def storage(value: str, name: str = "storage") -> str:
    if len(value) > 64 or not _STORAGE.fullmatch(value):
        raise fail(name, f"value {shown(value)} is not a valid storage ID")
    return value


def template(value: str, name: str = "template") -> str:
    """``STORAGE:vztmpl/FILE`` with a tarball suffix, or an absolute path to an existing tarball
    (a host file: see ``host_file``)."""
    if value.startswith("/"):
        if has_control(value) or not value.endswith(TEMPLATE_SUFFIXES):
            raise fail(name, f"value {shown(value)} is not a .tar.gz/.tar.xz/.tar.zst template")
        return host_file(value, name)
    store, sep, rest = value.partition(":")
    kind, slash, filename = rest.partition("/")
    if (not sep or not slash or kind != "vztmpl" or not _STORAGE.fullmatch(store)
            or not _TEMPLATE_FILE.fullmatch(filename)
            or not filename.endswith(TEMPLATE_SUFFIXES)):
        raise fail(name, f"value {shown(value)} is not a template volume "
                         "(STORAGE:vztmpl/NAME.tar.gz|.tar.xz|.tar.zst or an absolute path)")
    return value


def tags(value: str, name: str = "tags") -> str:
    """Proxmox tags (``pve-tag``), separated by ';', ',' or blanks; returned joined by ';'."""
    parts = [p for p in re.split(r"[;, ]+", value) if p]
    for part in parts:
        if not _TAG.fullmatch(part):
            raise fail(name, f"tag {shown(part)} is not valid")
    return ";".join(parts)


# -- text ---------------------------------------------------------------------------------------
def text(value: str, name: str) -> str:
    """Free text passed on as data (a command line run inside a container, a program)."""
    if "\0" in value:
        raise fail(name, "value contains a NUL character")
    return value


def description(value: str, name: str = "description") -> str:
    """The Notes: several lines are allowed (the config stores them encoded as '#' lines), no
    other control character, at most 8192 characters, and no line that looks like rexxlite's
    own ``rexxlite-KEY:`` facts."""
    if len(value) > DESCRIPTION_MAX:
        raise fail(name, f"value is too long ({len(value)} characters, at most "
                         f"{DESCRIPTION_MAX})")
    if has_control(value, allowed="\n\t"):
        raise fail(name, "value contains a control character (only newlines and tabs are "
                         "allowed)")
    for line in value.split("\n"):
        if _RESERVED_LINE.fullmatch(line):
            raise fail(name, f"line {shown(line)} is reserved: lines 'rexxlite-KEY: ...' "
                             "hold rexxlite's own facts")
    return value


def secret(value: str, name: str) -> str:
    """A password or token secret: any printable text (the message never shows it)."""
    if has_control(value):
        raise fail(name, "value contains a control character")
    return value


def userid(value: str, name: str = "user") -> str:
    """Proxmox's ``user@realm``."""
    if not _USERID.fullmatch(value) or has_control(value):
        raise fail(name, f"value {shown(value)} is not user@realm (e.g. root@pam)")
    return value


def token_name(value: str, name: str = "token_name") -> str:
    if not _TOKEN_NAME.fullmatch(value):
        raise fail(name, f"value {shown(value)} is not a valid API token name")
    return value


# -- paths --------------------------------------------------------------------------------------
def container_path(value: str, name: str = "target") -> str:
    """An absolute path inside a container (no control character, no '..' parts)."""
    if (not value.startswith("/") or has_control(value)
            or ".." in value.split("/") or len(value) > 4096):
        raise fail(name, f"value {shown(value)} is not an absolute path")
    return value


def _mount_fstype(path: str) -> str:
    """The file system type of the mount holding ``path`` (from /proc/self/mountinfo)."""
    best, fstype = "", ""
    try:
        with open("/proc/self/mountinfo", encoding="utf-8", errors="replace") as handle:
            lines = handle.read().splitlines()
    except OSError:
        return ""
    for line in lines:
        left, _, right = line.partition(" - ")
        fields = left.split()
        if len(fields) < 5 or not right:
            continue
        point = re.sub(r"\\([0-7]{3})", lambda m: chr(int(m[1], 8)), fields[4])
        inside = path == point or path.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, fstype = point, right.split()[0]
    return fstype


def host_file(value: str, name: str, executable: bool = False) -> str:
    """A file of this host named by a parameter: its real path (symlinks resolved), which must
    be a regular file (``executable``: one with an execute bit that we may run), outside /proc,
    /sys and /dev and not on a pseudo file system (procfs, sysfs...)."""
    if not value or has_control(value):
        raise fail(name, f"value {shown(value, PATH_SHOWN)} is not a file name")
    try:
        real = os.path.realpath(value, strict=True)
        info = os.stat(real)
    except OSError:
        raise fail(name, f"file {shown(value, PATH_SHOWN)} does not exist") from None
    if (any(real == root or real.startswith(root + "/") for root in PSEUDO_ROOTS)
            or _mount_fstype(real) in PSEUDO_FILESYSTEMS):
        raise fail(name, f"file {shown(value, PATH_SHOWN)} is refused: files in /proc, /sys "
                         "and /dev (kernel and device files) are never read for a parameter")
    if not stat.S_ISREG(info.st_mode):
        raise fail(name, f"file {shown(value, PATH_SHOWN)} is not a regular file")
    if executable and not (info.st_mode & 0o111 and os.access(real, os.X_OK)):
        raise fail(name, f"file {shown(value, PATH_SHOWN)} is not an executable file")
    return real


def executable_file(value: str, name: str) -> str:
    return host_file(value, name, executable=True)


def ca_bundle(value: str, name: str = "verify_ssl") -> str:
    """``verify_ssl``: a boolean word, or the path of a CA bundle (a host file)."""
    if value.lower() in TRUE_WORDS + FALSE_WORDS + ("",):
        return value
    return host_file(value, name)


# -- SSH ----------------------------------------------------------------------------------------
def ssh_user(value: str, name: str = "ssh_user") -> str:
    """A login name on a node (letters, digits, '_', '.', '-'; not starting with '-')."""
    if not _SSH_USER.fullmatch(value):
        raise fail(name, f"value {shown(value)} is not a user name")
    return value


def ssh_host(value: str, name: str = "ssh", placeholder: bool = False) -> str:
    """A DNS name or IP address; with ``placeholder``, "{node}" may stand for a node name."""
    probe = value.replace(NODE_PLACEHOLDER, "node") if placeholder else value
    try:
        host_address(probe, name)
    except InvalidValue:
        raise fail(name, f"value {shown(value)} is not a host (a DNS name or an IP address"
                         + (', "{node}" for the node' if placeholder else "") + ")") from None
    return value


def ssh_destination(value: str, name: str = "ssh") -> str:
    """``[user@]host`` of a node, "{node}" allowed in the host: nothing but a user name and a
    host, so it can never be read by ssh as an option."""
    user, at, host = value.rpartition("@")
    if at:
        ssh_user(user, name)
    ssh_host(host, name, placeholder=True)
    return value


def ssh_jump(value: str, name: str = "ssh_jump") -> str:
    """One jump host, ``[user@]host[:port]`` (ssh's ProxyJump)."""
    user, at, rest = value.rpartition("@")
    if at:
        ssh_user(user, name)
    host, colon, number = rest, "", ""
    if rest.count(":") == 1:
        host, colon, number = rest.partition(":")
    ssh_host(host, name)
    if colon:
        port(number, name)
    return value


def ssh_file(value: str, name: str) -> str:
    """An identity or known-hosts file: a regular host file whose real path holds only
    letters, digits and ``_ . / + @ , -`` (ssh splits and expands other characters)."""
    real = host_file(value, name)
    if not _SSH_PATH.fullmatch(real):
        raise fail(name, f"file {shown(real)} has characters ssh would split or expand "
                         "(use letters, digits and _ . / + @ , -)")
    return real


from .validate_net import net0  # noqa: E402  (re-exported: the net0= checker)


# -- snapshots and backups (issue 15) ---------------------------------------------------------
_SNAPSHOT_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_-]{0,39}")
RESERVED_SNAPSHOT_NAMES = ("current", "vzdump")
BACKUP_SUFFIXES = (".tar.zst", ".tar.gz", ".tar.lzo", ".tar", ".vma.zst", ".vma.gz",
                   ".vma.lzo", ".vma")
_BACKUP_FILE = re.compile(r"vzdump-(?:lxc-[1-9][0-9]{2,8}-[0-9]{4}_[0-9]{2}_[0-9]{2}-"
                          r"[0-9]{2}_[0-9]{2}_[0-9]{2}\.tar|qemu-[1-9][0-9]{2,8}-[0-9]{4}_"
                          r"[0-9]{2}_[0-9]{2}-[0-9]{2}_[0-9]{2}_[0-9]{2}\.vma)"
                          r"(?:\.zst|\.gz|\.lzo)?")
BACKUP_MODES = ("snapshot", "suspend", "stop")
COMPRESSORS = ("zstd", "gzip", "lzo", "0")


def snapshot_name(value: str, name: str = "name") -> str:
    """A Proxmox snapshot name (``pve-snapshot-name``): a letter, then letters, digits, '_'
    and '-', at most 40; ``current`` and ``vzdump`` are reserved."""
    if not _SNAPSHOT_NAME.fullmatch(value):
        raise fail(name, f"value {shown(value)} does not match the regex pattern "
                         "(a letter, then letters, digits, '_', '-'; at most 40)")
    if value in RESERVED_SNAPSHOT_NAMES:
        raise fail(name, f"snapshot name '{value}' is reserved")
    return value


def backup_file_name(value: str) -> bool:
    """Whether ``value`` is a vzdump archive name ``vzdump-lxc-VMID-YYYY_MM_DD-HH_MM_SS.tar*``
    (a VM's: ``vzdump-qemu-VMID-...vma*``)."""
    return bool(_BACKUP_FILE.fullmatch(value))


def backup_volid(value: str, name: str = "volid") -> str:
    """``STORAGE:backup/vzdump-lxc-...tar.zst`` (a backup volume)."""
    store, sep, rest = value.partition(":")
    kind, slash, filename = rest.partition("/")
    if (not sep or not slash or kind != "backup" or not _STORAGE.fullmatch(store)
            or not backup_file_name(filename)):
        raise fail(name, f"value {shown(value)} is not a backup volume "
                         "(STORAGE:backup/vzdump-lxc-VMID-YYYY_MM_DD-HH_MM_SS.tar.zst, "
                         "a VM's vzdump-qemu-VMID-...vma.zst)")
    return value


def backup_archive(value: str, name: str = "archive") -> str:
    """A backup volume, or an absolute path of a host file with a vzdump archive's name."""
    if value.startswith("/"):
        if has_control(value) or not backup_file_name(os.path.basename(value)):
            raise fail(name, f"value {shown(value)} is not a vzdump archive "
                             "(vzdump-lxc-VMID-YYYY_MM_DD-HH_MM_SS.tar[.zst|.gz|.lzo], "
                             "vzdump-qemu-VMID-...vma[.zst|.gz|.lzo])")
        return host_file(value, name)
    return backup_volid(value, name)


def choice(allowed: tuple[str, ...]):
    """A checker accepting one of ``allowed`` (lower case)."""
    def check(value: str, name: str) -> str:
        if value.lower() not in allowed:
            raise fail(name, f"value {shown(value)} is not one of {', '.join(allowed)}")
        return value.lower()
    return check


_SIZE = re.compile(r"([1-9][0-9]{0,6})([MG])")
STORAGE_TYPES = ("dir", "btrfs")


def size(value: str, name: str = "size") -> str:
    """A loop file's size: ``NNNM`` or ``NNG``, at least 128M (mkfs.btrfs's minimum is ~114M)."""
    match = _SIZE.fullmatch(value)
    if not match:
        raise fail(name, f"value {shown(value)} is not a size like 512M or 2G")
    mib = int(match[1]) * (1024 if match[2] == "G" else 1)
    if not 128 <= mib <= 16 * 1024 * 1024:
        raise fail(name, f"value {shown(value)} is out of range (128M..16384G)")
    return value


def host_dir(value: str, name: str = "path") -> str:
    """An absolute host directory path for a storage: no '..', no control characters, not
    under /proc, /sys or /dev, and not the root directory itself."""
    parts = value.split("/")
    if (not value.startswith("/") or has_control(value) or ".." in parts or value == "/"
            or len(value) > 1024 or not _SSH_PATH.fullmatch(value)):
        raise fail(name, f"value {shown(value)} is not an absolute directory path "
                         "(letters, digits, '_', '.', '-', '/')")
    if any(value == r or value.startswith(r + "/") for r in PSEUDO_ROOTS):
        raise fail(name, f"value {shown(value)} is under {', '.join(PSEUDO_ROOTS)}")
    return value.rstrip("/")


def notes(value: str, name: str = "notes") -> str:
    """A backup's notes: as a description, but one line (vzdump's notes-template is one)."""
    if "\n" in value or "\r" in value:
        raise fail(name, "value must be a single line")
    return description(value, name)
