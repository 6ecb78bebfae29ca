"""Checkers of the VM parameters of ADDRESS PROXMOX (``create type=vm``): the guest type and
the template, which for a VM is a disk image (``local:iso/NAME.qcow2`` or an absolute path)."""

from __future__ import annotations

from . import validate as v

GUEST_TYPES = {"lxc": "lxc", "ct": "lxc", "container": "lxc", "vm": "qemu", "qemu": "qemu",
               "kvm": "qemu"}
IMAGE_SUFFIXES = (".qcow2", ".img", ".raw")


def guest_type(value: str, name: str = "type") -> str:
    """``lxc`` (also ct, container) or ``qemu`` (also vm, kvm)."""
    kind = GUEST_TYPES.get(value.lower())
    if kind is None:
        raise v.fail(name, f"value {v.shown(value)} is not a guest type (lxc or vm)")
    return kind


def vm_image(value: str, name: str = "template") -> str:
    """``STORAGE:iso/NAME.qcow2|.img|.raw`` or an absolute path to such a host file."""
    if value.startswith("/"):
        if v.has_control(value) or not value.endswith(IMAGE_SUFFIXES):
            raise v.fail(name, f"value {v.shown(value)} is not a .qcow2/.img/.raw VM image")
        return v.host_file(value, name)
    store, sep, rest = value.partition(":")
    kind, slash, filename = rest.partition("/")
    if (not sep or not slash or kind != "iso" or not v._STORAGE.fullmatch(store)
            or not v._TEMPLATE_FILE.fullmatch(filename) or not filename.endswith(IMAGE_SUFFIXES)):
        raise v.fail(name, f"value {v.shown(value)} is not a VM image volume "
                           "(STORAGE:iso/NAME.qcow2 or an absolute path)")
    return value


def template_or_image(value: str, name: str = "template") -> str:
    """A container template (``v.template``) or a VM image (``vm_image``); ``create`` checks
    that the kind fits ``type=``."""
    if value.endswith(IMAGE_SUFFIXES):
        return vm_image(value, name)
    return v.template(value, name)
