"""The ``rexxlite-setup`` command line.

    rexxlite-setup templates [--force] [--busybox-only] [--dir DIR]   both templates
    rexxlite-setup busybox [--force] [--output PATH]                   the busybox template
    rexxlite-setup debian [--force] [--output PATH]                    the Debian template
    rexxlite-setup vm-image [--force] [--dir DIR]                      the VM template image

``REXXLITE_SKIP_DEBIAN_TEMPLATE=1`` is ``--busybox-only``. Exit status 0 when the templates
are there, 1 when one cannot be built (the message says why), 2 for a usage error.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from rexxlite.setup.busybox_template import NAME as BUSYBOX_NAME
from rexxlite.setup.busybox_template import build_busybox
from rexxlite.setup.debian_template import NAME as DEBIAN_NAME
from rexxlite.setup.debian_template import build_debian
from rexxlite.setup.template_files import SetupError, default_dir
from rexxlite.setup.vm_image import STEM as VM_IMAGE_STEM
from rexxlite.setup.vm_image import build_vm_image


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rexxlite-setup",
        description="Build the container templates ADDRESS PROXMOX's local engine uses "
                    f"(in $REXXLITE_TEMPLATE_DIR, default {default_dir()}).")
    jobs = parser.add_subparsers(dest="job", required=True, metavar="JOB")
    both = jobs.add_parser("templates", help="build both templates (each only once)")
    both.add_argument("--force", action="store_true", help="rebuild even if they exist")
    both.add_argument("--busybox-only", action="store_true",
                      help="only the busybox one (also: REXXLITE_SKIP_DEBIAN_TEMPLATE=1)")
    both.add_argument("--dir", type=Path, default=None, help="the template directory")
    for job, text in (("busybox", f"build {BUSYBOX_NAME} (under a second)"),
                      ("debian", f"build {DEBIAN_NAME} (30-60 s, root, debootstrap)")):
        one = jobs.add_parser(job, help=text)
        one.add_argument("--force", action="store_true", help="rebuild even if it exists")
        one.add_argument("--output", type=Path, default=None, help="the tarball to write")
    vm = jobs.add_parser("vm-image", help=f"build the VM image {VM_IMAGE_STEM}.qcow2 with its "
                         "kernel and initrd (1-2 min, root, debootstrap, qemu-utils)")
    vm.add_argument("--force", action="store_true", help="rebuild even if it exists")
    vm.add_argument("--dir", type=Path, default=None,
                    help="where to put it (default $REXXLITE_VM_IMAGE_DIR or "
                         "/var/lib/vz/template/qemu)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.job == "busybox":
            build_busybox(args.output, args.force)
        elif args.job == "debian":
            build_debian(args.output, args.force)
        elif args.job == "vm-image":
            build_vm_image(args.dir, args.force)
        else:
            folder = args.dir or default_dir()
            build_busybox(folder / BUSYBOX_NAME, args.force)
            if not (args.busybox_only or os.environ.get("REXXLITE_SKIP_DEBIAN_TEMPLATE") == "1"):
                build_debian(folder / DEBIAN_NAME, args.force)
    except SetupError as exc:
        sys.stderr.write(f"rexxlite-setup: {exc}\n")
        return 1
    except KeyboardInterrupt:
        sys.stderr.write("rexxlite-setup: interrupted\n")
        return 130
    return 0
