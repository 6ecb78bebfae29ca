"""rexxlite's facts about a container, kept on a Proxmox node where every client sees them.

The pct and api engines talk to a real Proxmox VE, where the source of truth is the container's
config in /etc/pve. rexxlite keeps what Proxmox has no key for in that config:

- a registered base is a template with the tag ``rexxlite-base-NAME`` (visible in the web UI
  and in /cluster/resources) and the line ``rexxlite-base: NAME`` in its description (the exact
  spelling: Proxmox may lower-case tags), with ``rexxlite-based: TIME``;
- a clone carries ``rexxlite-cloned-from: VMID`` and ``rexxlite-clone-method: linked-clone``
  (or ``full-clone``) in its description (a real linked clone's volume also names its base:
  ``local-lvm:base-100-disk-0/vm-101-disk-0``);
- ``rexxlite-template-source: VOLID`` is the template a container was created from (a clone
  inherits its source's line), ``rexxlite-created: TIME`` when it was made, and
  ``rexxlite-rexx-path: PATH`` where deploy_rexx put a Rexx interpreter.

``container_info`` turns a Proxmox config (the dict of ``pct config`` or GET .../config) into
the engines' ``ContainerInfo``, so both engines read it the same way.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone

from .base import BaseInfo, ContainerInfo, EngineError

BASE_TAG = "rexxlite-base-"
_META = re.compile(r"^rexxlite-([a-z-]+): ?(.*)$")
_LINKED = re.compile(r":base-(\d+)-disk-\d+[^/]*/")


def now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def split(description: str) -> tuple[str, dict[str, str]]:
    """The user's text of a description and rexxlite's ``rexxlite-KEY: value`` lines."""
    text, meta = [], {}
    for line in (description or "").split("\n"):
        match = _META.match(line.rstrip("\r"))
        if match:
            meta[match[1]] = match[2].strip()
        else:
            text.append(line)
    return "\n".join(text).strip("\n"), meta


def join(text: str, meta: dict[str, str]) -> str:
    """A description: the user's text (checked by validate.description), then rexxlite's lines;
    a metadata value that could start another line is refused."""
    for key, value in meta.items():
        if not f"{key}{value}".isprintable():
            raise EngineError(f"refusing to write rexxlite-{key[:40]}: the value holds a "
                              "newline or another control character")
    lines = [text] if text else []
    lines += [f"rexxlite-{key}: {value}" for key, value in sorted(meta.items()) if value != ""]
    return "\n".join(lines)


def split_tags(tags: str) -> list[str]:
    return [t for t in re.split(r"[;, ]+", tags or "") if t]


def with_base_tag(tags: str, name: str | None) -> str:
    """``tags`` without any base tag, plus the one for ``name`` (None: none)."""
    kept = [t for t in split_tags(tags) if not t.lower().startswith(BASE_TAG)]
    if name:
        kept.append(BASE_TAG + name.lower())
    return ";".join(kept)


def tagged_base(tags: str) -> str:
    """The base name in a base tag (lower case as Proxmox may keep it), or ""."""
    for tag in split_tags(tags):
        if tag.lower().startswith(BASE_TAG):
            return tag[len(BASE_TAG):]
    return ""


def int_option(value, default: int) -> int:
    """The number at the start of a config value (``512``, ``4,limit=2``); ``default`` when
    there is none (a hand-edited or damaged config must not break ``list``)."""
    try:
        return int(str(value).split(",")[0])
    except (TypeError, ValueError):
        return default


def cloned_from(conf: dict) -> int | None:
    _, meta = split(str(conf.get("description", "")))
    if meta.get("cloned-from", "").isdigit():
        return int(meta["cloned-from"])
    match = _LINKED.search(str(conf.get("rootfs", "")))
    return int(match[1]) if match else None


def container_info(vmid: int, status: str, conf: dict, lock: str = "") -> ContainerInfo:
    """A Proxmox config dict (values as strings or numbers) as the engines' ContainerInfo."""
    text, meta = split(str(conf.get("description", "")))
    tags = str(conf.get("tags", ""))
    base = meta.get("base", "") if str(conf.get("template", "0")) == "1" else ""
    if not base and str(conf.get("template", "0")) == "1":
        base = tagged_base(tags)
    return ContainerInfo(
        vmid=vmid, hostname=str(conf.get("hostname", f"CT{vmid}")), status=status or "stopped",
        template=str(conf.get("template", "0")) == "1",
        lock=str(conf.get("lock", "") or lock or ""), cloned_from=cloned_from(conf),
        memory=int_option(conf.get("memory"), 512), cores=int_option(conf.get("cores"), 1),
        rootfs=str(conf.get("rootfs", "")), base=base,
        tags=";".join(t for t in split_tags(tags) if not t.lower().startswith(BASE_TAG)),
        description=text, created=meta.get("created", ""),
        template_source=meta.get("template-source", ""), clone_method=meta.get("clone-method", ""),
        rexx_path=meta.get("rexx-path", ""))


VM_DISK_KEYS = ("virtio0", "scsi0", "sata0", "ide0")


def vm_info(vmid: int, status: str, conf: dict, lock: str = "") -> ContainerInfo:
    """``container_info`` of a VM's config (qemu-server): its ``name``, its boot disk, type
    ``qemu``."""
    info = container_info(vmid, status, conf, lock)
    info.type = "qemu"
    info.hostname = str(conf.get("name", f"VM{vmid}"))
    info.rootfs = next((str(conf[k]) for k in VM_DISK_KEYS if k in conf), "")
    if info.cloned_from is None:
        match = _LINKED.search(info.rootfs)
        info.cloned_from = int(match[1]) if match else None
    return info


def base_info(info: ContainerInfo, conf: dict) -> BaseInfo:
    _, meta = split(str(conf.get("description", "")))
    storage = info.rootfs.split(":")[0] if ":" in info.rootfs else ""
    return BaseInfo(info.base, info.vmid, meta.get("based", ""), info.template, storage,
                    info.template_source)


def base_description(description: str, name: str | None) -> str:
    """The description of a template registered (or unregistered: None) as base ``name``."""
    text, meta = split(description)
    meta.pop("base", None)
    meta.pop("based", None)
    if name:
        meta.update(base=name, based=now())
    return join(text, meta)


def created_description(description: str, template: str) -> str:
    """A new container's description: the user's text, when it was made and from what."""
    return join(description, {"created": now(), "template-source": template})


def clone_description(source_description: str, source: int, method: str) -> str:
    """A clone's description: the source's text, no base lines, where it came from and how."""
    text, meta = split(source_description)
    for key in ("base", "based", "cloned-from", "created", "clone-method"):
        meta.pop(key, None)
    meta.update({"cloned-from": str(source), "created": now(), "clone-method": method})
    return join(text, meta)


def with_fact(description: str, key: str, value: str) -> str:
    """``description`` with rexxlite's line ``rexxlite-KEY: value`` set (the rest kept)."""
    text, meta = split(description)
    meta[key] = value
    return join(text, meta)


def merge_changes(current: dict, changes: dict[str, str]) -> dict[str, str]:
    """A ``set``'s changes with rexxlite's description lines and base tag kept."""
    out = dict(changes)
    if "description" in out:
        _, meta = split(str(current.get("description", "")))
        out["description"] = join(out["description"], meta)
    if "tags" in out:
        out["tags"] = with_base_tag(out["tags"], tagged_base(str(current.get("tags", ""))))
    return out
