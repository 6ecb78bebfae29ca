"""Reading what Proxmox's command-line tools print (pve-container's PVE/CLI/pct.pm and friends).

- ``pct list``: nothing at all when there are no containers, else a header and one row per
  container, each printed with ``"%-10s %-10s %-12s %-20s\\n"`` (VMID, Status, Lock, Name). A lock
  can be longer than its column and is empty when there is none, so rows are split on blanks.
- ``pct config VMID``: ``key: value`` lines sorted by key; the description is encoded with
  PVE::Tools::encode_text (URI escapes for control characters, ':' and non-ASCII).
- ``pveversion``: ``pve-manager/8.2.4/faa83925c9641325 (running kernel: 6.8.8-2-pve)``.
- ``pveam list STORAGE``: a ``NAME SIZE`` header, then ``STORAGE:vztmpl/FILE  120.29MB`` rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote, unquote

LIST_FORMAT = "{:<10} {:<10} {:<12} {:<20}"


@dataclass(frozen=True)
class ListRow:
    vmid: int
    status: str
    lock: str
    name: str


def pct_error(stderr: str, fallback: str) -> str:
    """Proxmox's message from a failing command's stderr (usage lines left out)."""
    lines = [ln.strip() for ln in stderr.splitlines() if ln.strip()]
    lines = [ln for ln in lines if not ln.startswith(("pct ", "qm ", "Usage:", "usage:",
                                                      "USAGE:"))]
    return "; ".join(lines) or fallback


def parse_list(text: str) -> list[ListRow]:
    rows = []
    for line in text.splitlines():
        parts = line.split()
        if not parts or parts[0] == "VMID" or not parts[0].isdigit():
            continue
        if len(parts) >= 4:
            lock, name = parts[2], " ".join(parts[3:])
        else:
            lock, name = "", parts[2] if len(parts) == 3 else ""
        rows.append(ListRow(int(parts[0]), parts[1], lock, name))
    return rows


def format_list(rows: list[ListRow]) -> str:
    """What ``pct list`` prints for these rows (used by the test double)."""
    if not rows:
        return ""
    lines = [LIST_FORMAT.format("VMID", "Status", "Lock", "Name")]
    lines += [LIST_FORMAT.format(r.vmid, r.status, r.lock, r.name)
              for r in sorted(rows, key=lambda r: r.vmid)]
    return "\n".join(lines) + "\n"


def encode_text(text: str) -> str:
    """PVE::Tools::encode_text: URI-escape (UTF-8) all but printable ASCII, and ':'."""
    return quote(text, safe="".join(chr(c) for c in range(0x20, 0x7F) if chr(c) != ":"))


def decode_text(text: str) -> str:
    return unquote(text)


def parse_config(text: str) -> dict[str, str]:
    conf: dict[str, str] = {}
    for line in text.splitlines():
        key, sep, value = line.partition(":")
        if not sep or not key or " " in key:
            continue
        value = value.strip()
        conf[key] = decode_text(value) if key == "description" else value
    return conf


def format_config(conf: dict[str, str]) -> str:
    """What ``pct config`` prints for this config (used by the test double)."""
    lines = []
    for key in sorted(conf):
        if key in ("digest", "lxc"):
            continue
        value = conf[key]
        lines.append(f"{key}: {encode_text(value) if key == 'description' else value}")
    return "".join(f"{line}\n" for line in lines)


def parse_pveversion(text: str) -> str:
    match = re.search(r"pve-manager/([0-9][^/\s]*)", text)
    return match[1] if match else text.strip()


def parse_pveam_list(text: str) -> list[str]:
    out = []
    for line in text.splitlines():
        parts = line.split()
        if parts and ":" in parts[0] and "/" in parts[0]:
            out.append(parts[0])
    return out
