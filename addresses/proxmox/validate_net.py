"""Checking ``net0=``, a container's network device, against Proxmox's format for it.

The value is Proxmox's property string ``name=eth0,bridge=vmbr0[,KEY=VALUE...]`` with the keys
of pve-container's net format, each checked in full:

    name, bridge   interface names (letters, digits, '_', '.', '-'; at most 15)
    hwaddr         a unicast MAC address (XX:XX:XX:XX:XX:XX)
    ip, gw         dhcp | manual | IPv4/CIDR, and an IPv4 gateway
    ip6, gw6       auto | dhcp | manual | IPv6/CIDR, and an IPv6 gateway
    firewall, link_down    booleans (1/0, yes/no, on/off, true/false)
    tag            VLAN tag 1..4094;  trunks: VLAN ids or ranges separated by ';'
    rate           MB/s, a number >= 0;  mtu: 64..65535;  type: veth

A key given twice, an empty part or an unknown key is refused, so no value can carry a ','
or a newline into the config line.
"""

from __future__ import annotations

import re

# (annotations only: no ``typing`` at run time; ``ipaddress`` is imported by the address check)

from .validate import FALSE_WORDS, TRUE_WORDS, fail, shown

_IFNAME = re.compile(r"[A-Za-z0-9_.-]{1,15}")
_MAC = re.compile(r"[0-9A-Fa-f][02468AaCcEe](:[0-9A-Fa-f]{2}){5}")
_IPV4 = re.compile(r"[0-9]{1,3}(\.[0-9]{1,3}){3}")
_IPV6 = re.compile(r"[0-9A-Fa-f:.]{2,45}")
_PREFIX = re.compile(r"[0-9]{1,3}")
_VLANS = re.compile(r"[0-9]{1,4}(-[0-9]{1,4})?(;[0-9]{1,4}(-[0-9]{1,4})?)*")
_SMALL_INT = re.compile(r"[0-9]{1,5}")
_RATE = re.compile(r"[0-9]{1,9}(\.[0-9]{1,6})?")


def _address(text: str, version: int) -> bool:
    if not (_IPV4 if version == 4 else _IPV6).fullmatch(text):
        return False
    try:
        import ipaddress
        (ipaddress.IPv4Address if version == 4 else ipaddress.IPv6Address)(text)
    except ValueError:
        return False
    return True


def _cidr(text: str, version: int) -> bool:
    address, slash, prefix = text.partition("/")
    return (bool(slash) and _address(address, version) and bool(_PREFIX.fullmatch(prefix))
            and int(prefix) <= (32 if version == 4 else 128))


def _ifname(value: str) -> bool:
    return bool(_IFNAME.fullmatch(value))


def _vlans(value: str) -> bool:
    return bool(_VLANS.fullmatch(value)) and all(
        1 <= int(v) <= 4094 for v in re.split(r"[;-]", value))


def _number(minimum: int, maximum: int) -> Callable[[str], bool]:
    return lambda value: bool(_SMALL_INT.fullmatch(value)) and minimum <= int(value) <= maximum


def _flag(value: str) -> bool:
    return value.lower() in TRUE_WORDS + FALSE_WORDS


# key -> (check, what a valid value is)
NET_KEYS: dict[str, tuple[Callable[[str], bool], str]] = {
    "name": (_ifname, "an interface name"),
    "bridge": (_ifname, "an interface name"),
    "hwaddr": (lambda v: bool(_MAC.fullmatch(v)), "a unicast MAC address"),
    "ip": (lambda v: v in ("dhcp", "manual") or _cidr(v, 4), "dhcp, manual or an IPv4 CIDR"),
    "gw": (lambda v: _address(v, 4), "an IPv4 address"),
    "ip6": (lambda v: v in ("auto", "dhcp", "manual") or _cidr(v, 6),
            "auto, dhcp, manual or an IPv6 CIDR"),
    "gw6": (lambda v: _address(v, 6), "an IPv6 address"),
    "firewall": (_flag, "a boolean (1/0)"),
    "link_down": (_flag, "a boolean (1/0)"),
    "tag": (_number(1, 4094), "a VLAN tag (1..4094)"),
    "trunks": (_vlans, "VLAN ids (1..4094) separated by ';'"),
    "rate": (lambda v: bool(_RATE.fullmatch(v)), "a rate in MB/s (a number >= 0)"),
    "mtu": (_number(64, 65535), "an MTU (64..65535)"),
    "type": (lambda v: v == "veth", "veth"),
}


def net0(value: str, name: str = "net0") -> str:
    """``name=eth0,bridge=BR[,hwaddr=MAC][,ip=...][,gw=...]...`` (see the module docstring)."""
    fields: dict[str, str] = {}
    for part in value.split(","):
        key, sep, val = part.partition("=")
        if not sep or key not in NET_KEYS:
            raise fail(name, f"unknown or malformed part {shown(part)} (known: "
                             f"{', '.join(NET_KEYS)})")
        if key in fields:
            raise fail(name, f"{key}= given twice")
        check, what = NET_KEYS[key]
        if not check(val):
            raise fail(name, f"{key} {shown(val)} is not {what}")
        fields[key] = val
    if "bridge" not in fields:
        raise fail(name, "bridge= is required")
    return value
