"""Checking every value of a PROXMOX command at the boundary, before any engine sees it.

Each checker takes the raw string from the command and returns the Python value or raises
``InvalidValue`` with a message in the style of Proxmox's parameter verification
("hostname: value does not look like a valid DNS name"). Nothing that fails here can reach a
host command, a path or a config file.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

VMID_MIN, VMID_MAX = 100, 999_999_999
TEMPLATE_SUFFIXES = (".tar.gz", ".tar.xz", ".tar.zst", ".tgz", ".tar")

_LABEL = re.compile(r"^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$")
_STORAGE = re.compile(r"^[a-z][a-z0-9_.-]*[a-z0-9]$|^[a-z]$")
_BASE_NAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$")
_TEMPLATE_FILE = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.+-]{0,200}$")
_TAG = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_+.-]*$")
_IFNAME = re.compile(r"^[A-Za-z0-9_.-]{1,15}$")
_MAC = re.compile(r"^[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}$")
_IPV4_CIDR = re.compile(r"^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})/(\d{1,2})$")
_IPV4 = re.compile(r"^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$")


class InvalidValue(ValueError):
    """A parameter value that is refused; the message names the parameter."""


def _fail(name: str, message: str) -> InvalidValue:
    return InvalidValue(f"parameter verification failed: {name}: {message}")


def vmid(value: str, name: str = "vmid") -> int:
    text = value.strip()
    if not text.isdigit() or not text.isascii():
        raise _fail(name, f"value {value!r} is not a valid VMID (an integer {VMID_MIN}..{VMID_MAX})")
    number = int(text)
    if not VMID_MIN <= number <= VMID_MAX:
        raise _fail(name, f"value {number} is out of range ({VMID_MIN}..{VMID_MAX})")
    return number


def hostname(value: str, name: str = "hostname") -> str:
    """A DNS name: dot-separated RFC 1123 labels, at most 253 characters."""
    if not value or len(value) > 253 or not all(_LABEL.match(p) for p in value.split(".")):
        raise _fail(name, f"value {value!r} does not look like a valid DNS name")
    return value


def base_name(value: str, name: str = "name") -> str:
    if not _BASE_NAME.match(value):
        raise _fail(name, f"value {value!r} is not a valid base name "
                          "(letters, digits, '_', '.', '-'; at most 64)")
    return value


def storage(value: str, name: str = "storage") -> str:
    if len(value) > 64 or not _STORAGE.match(value):
        raise _fail(name, f"value {value!r} is not a valid storage ID")
    return value


def template(value: str, name: str = "template") -> str:
    """``STORAGE:vztmpl/FILE`` with a tarball suffix, or an absolute path to an existing tarball."""
    if value.startswith("/"):
        path = Path(value)
        if "\0" in value or not path.name.endswith(TEMPLATE_SUFFIXES):
            raise _fail(name, f"value {value!r} is not a .tar.gz/.tar.xz/.tar.zst template")
        if not path.is_file():
            raise _fail(name, f"template file {value!r} does not exist")
        return os.path.normpath(value)
    store, sep, rest = value.partition(":")
    kind, slash, filename = rest.partition("/")
    if (not sep or not slash or kind != "vztmpl" or not _STORAGE.match(store)
            or not _TEMPLATE_FILE.match(filename) or not filename.endswith(TEMPLATE_SUFFIXES)):
        raise _fail(name, f"value {value!r} is not a template volume "
                          "(STORAGE:vztmpl/NAME.tar.gz|.tar.xz|.tar.zst or an absolute path)")
    return value


def positive_int(value: str, name: str, minimum: int = 1, maximum: int = 2**31) -> int:
    text = value.strip()
    if not text.isdigit() or not text.isascii():
        raise _fail(name, f"value {value!r} is not a positive integer")
    number = int(text)
    if not minimum <= number <= maximum:
        raise _fail(name, f"value {number} is out of range ({minimum}..{maximum})")
    return number


TIMEOUT_MAX_SECONDS = 86400
MILLISECONDS_FROM = 1000          # a bare number this big or bigger is milliseconds (JS era)
_TIMEOUT = re.compile(r"^(\d+(?:\.\d*)?|\.\d+)(ms|s|m|h)?$", re.IGNORECASE)
_UNIT_SECONDS = {"ms": 0.001, "s": 1, "m": 60, "h": 3600}


def timeout(value: str, name: str = "timeout") -> float:
    """A duration in seconds: ``500ms``, ``30s``, ``2m``, ``1h``; a bare number below 1000 is
    seconds (Proxmox's unit), 1000 or more milliseconds (the JavaScript handler's unit), so
    ``timeout=60`` is a minute and ``timeout=30000`` is 30 seconds."""
    match = _TIMEOUT.match(value.strip())
    if not match:
        raise _fail(name, f"value {value!r} is not a duration (e.g. 30, 30s, 500ms, 2m, 1h)")
    number, unit = float(match[1]), (match[2] or "").lower()
    if not unit:
        unit = "ms" if number >= MILLISECONDS_FROM else "s"
    seconds = number * _UNIT_SECONDS[unit]
    if not 0 < seconds <= TIMEOUT_MAX_SECONDS:
        raise _fail(name, f"value {value!r} is out of range (more than 0, at most 24h)")
    return seconds


def boolean(value: str, name: str) -> bool:
    text = value.strip().lower()
    if text in ("1", "true", "yes", "on"):
        return True
    if text in ("0", "false", "no", "off", ""):
        return False
    raise _fail(name, f"value {value!r} is not a boolean (1/0, true/false)")


def container_path(value: str, name: str = "target") -> str:
    """An absolute path inside a container (no NUL, no newline, no '..' parts)."""
    if (not value.startswith("/") or any(c in value for c in "\0\n\r")
            or ".." in value.split("/") or len(value) > 4096):
        raise _fail(name, f"value {value!r} is not an absolute path")
    return value


def host_file(value: str, name: str) -> str:
    path = Path(value)
    if "\0" in value or not path.is_file():
        raise _fail(name, f"file {value!r} does not exist")
    return str(path.resolve())


def text(value: str, name: str) -> str:
    if "\0" in value:
        raise _fail(name, "value contains a NUL character")
    return value


def tags(value: str, name: str = "tags") -> str:
    parts = [p for p in re.split(r"[;, ]+", value) if p]
    for part in parts:
        if not _TAG.match(part):
            raise _fail(name, f"tag {part!r} is not valid")
    return ";".join(parts)


def net0(value: str, name: str = "net0") -> str:
    """``name=eth0,bridge=BR[,hwaddr=MAC][,ip=dhcp|manual|A.B.C.D/N][,gw=A.B.C.D]``."""
    fields: dict[str, str] = {}
    for part in value.split(","):
        key, sep, val = part.partition("=")
        if not sep or key not in ("name", "bridge", "hwaddr", "ip", "gw", "type", "firewall"):
            raise _fail(name, f"unknown or malformed part {part!r}")
        fields[key] = val
    if "bridge" not in fields:
        raise _fail(name, "bridge= is required")
    for key in ("name", "bridge"):
        if key in fields and not _IFNAME.match(fields[key]):
            raise _fail(name, f"{key} {fields[key]!r} is not a valid interface name")
    if "hwaddr" in fields and not _MAC.match(fields["hwaddr"]):
        raise _fail(name, f"hwaddr {fields['hwaddr']!r} is not a MAC address")
    ip = fields.get("ip", "dhcp")
    if ip not in ("dhcp", "manual"):
        match = _IPV4_CIDR.match(ip)
        if not match or any(int(g) > 255 for g in match.groups()[:4]) or int(match[5]) > 32:
            raise _fail(name, f"ip {ip!r} is not dhcp, manual or an IPv4 CIDR")
    if "gw" in fields:
        match = _IPV4.match(fields["gw"])
        if not match or any(int(g) > 255 for g in match.groups()):
            raise _fail(name, f"gw {fields['gw']!r} is not an IPv4 address")
    if fields.get("type", "veth") != "veth":
        raise _fail(name, "only type=veth is supported")
    return value
