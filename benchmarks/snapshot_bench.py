#!/usr/bin/env python3
"""Snapshot, rollback and backup speed of ADDRESS PROXMOX (local engine), beside the floor.

    sudo python3 benchmarks/snapshot_bench.py [--rounds 5] [--no-write]

In a temporary state root: a container from the Debian template (the busybox one when the
Debian one is not built), and a linked clone of it made a template. Times ``snapshot`` and
``rollback`` of both (the full container's snapshot copies its whole tree; the linked clone's
only its overlay upper layer), the same container's snapshot and rollback on a btrfs storage
made for the run (``storage_add type=btrfs size=1G``, a loop file: subvolume snapshots), then
``backup`` (mode snapshot, zstd) of the container and,
in the same run, ``tar -cf - -C TREE . | zstd -q`` of the same tree (the floor), as MB/s of
the tree's bytes. Writes the table into the snapshot section of docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

from clone_bench import BUSYBOX, DOC, REPO, summary, write_doc

START, END = "<!-- snapshot-bench:start -->", "<!-- snapshot-bench:end -->"
DEBIAN = "debian-12-rexxlite_amd64.tar.zst"
CACHE = Path("/var/lib/vz/template/cache")


def tree_bytes(tree: Path) -> int:
    return int(subprocess.run(["du", "-s", "-b", str(tree)], capture_output=True,
                              text=True).stdout.split()[0])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--no-write", action="store_true", help="do not update the docs")
    parser.add_argument("--no-btrfs", action="store_true",
                        help="skip the btrfs storage rows (no btrfs-progs here)")
    args = parser.parse_args(argv)
    if os.geteuid() != 0 or shutil.which("lxc-start") is None:
        print("snapshot_bench: needs root and LXC (bash scripts/setup-host.sh)", file=sys.stderr)
        return 1
    load = os.getloadavg()[0]
    work = Path(tempfile.mkdtemp(prefix="rxs-", dir="/tmp"))
    templates = work / "templates"
    templates.mkdir()
    if (CACHE / DEBIAN).exists():
        template = DEBIAN
        (templates / DEBIAN).symlink_to(CACHE / DEBIAN)
    else:
        template = BUSYBOX
        subprocess.run([sys.executable, str(REPO / "scripts" / "build-busybox-template.py"),
                        "--output", str(templates / BUSYBOX)], check=True, capture_output=True)
    root = work / "state"
    os.environ.update(REXXLITE_PROXMOX_ROOT=str(root), REXXLITE_TEMPLATE_DIR=str(templates),
                      REXXLITE_PROXMOX_BACKEND="local", REXXLITE_DUMP_DIR=str(work / "dump"))
    from rexxlite.addresses.proxmox import ProxmoxEnvironment
    from rexxlite.commands.plugin_api import CommandContext

    env = ProxmoxEnvironment()
    ctx = CommandContext(None, sys.stdout, sys.stderr, "PROXMOX")

    def run(command: str):
        result = env.execute(command, ctx)
        if result.rc != 0:
            raise SystemExit(f"snapshot_bench: {command!r} failed: {result.output}")
        return result

    def timed(command: str) -> float:
        begin = time.perf_counter()
        run(command)
        return (time.perf_counter() - begin) * 1000

    try:
        full = run(f"create template=local:vztmpl/{template} hostname=bench").fields["vmid"]
        base = run(f"create template=local:vztmpl/{template} hostname=base").fields["vmid"]
        run(f"template vmid={base}")
        linked = run(f"clone source={base} hostname=linked").fields["vmid"]
        kinds = [("full", full), ("linked", linked)]
        btrfs = not args.no_btrfs and shutil.which("mkfs.btrfs") is not None
        if btrfs:
            run(f"storage_add name=benchfast type=btrfs path={work / 'fast'} size=1G")
            on_btrfs = run(f"create template=local:vztmpl/{template} hostname=fast "
                           "storage=benchfast").fields["vmid"]
            kinds.append(("btrfs", on_btrfs))
        times: dict[str, list[float]] = {f"{op}-{kind}": [] for kind, _ in kinds
                                         for op in ("snap", "roll")}
        for i in range(args.rounds):
            for kind, vmid in kinds:
                times[f"snap-{kind}"].append(timed(f"snapshot vmid={vmid} name=s{i}"))
                times[f"roll-{kind}"].append(timed(f"rollback vmid={vmid} name=s{i}"))
                run(f"delsnapshot vmid={vmid} name=s{i}")
        tree = root / "images" / str(full) / f"subvol-{full}-disk-0.subvol"
        size = tree_bytes(tree)
        ours, floor, archive_sizes = [], [], []
        for i in range(args.rounds):
            begin = time.perf_counter()
            made = run(f"backup vmid={full}").fields
            ours.append(size / 2**20 / (time.perf_counter() - begin))
            archive_sizes.append(made["size"])
            run(f"delbackup volid={made['volid']}")
            out = work / "floor.tar.zst"
            begin = time.perf_counter()
            subprocess.run(f"tar -cf - --numeric-owner -C {tree} . | zstd -q -c > {out}",
                           shell=True, check=True)
            floor.append(size / 2**20 / (time.perf_counter() - begin))
            out.unlink()
        for vmid in (linked, base, full):
            run(f"destroy vmid={vmid}")
        if btrfs:
            run(f"destroy vmid={on_btrfs}")
            run("storage_remove name=benchfast")
    finally:
        env.close()
        if (work / "fast").is_mount():              # a failed run: the loop storage let go
            subprocess.run(["umount", "-l", str(work / "fast")], capture_output=True)
        from rexxlite.addresses.proxmox.engines.storage_btrfs import detach_loops
        detach_loops(root / "storage" / "benchfast.img")
        shutil.rmtree(work, ignore_errors=True)

    n = args.rounds
    btrfs_rows = "" if not btrfs else (
        f"| `snapshot` of the container on a btrfs storage (`storage=`, a loop file: a read-only "
        f"subvolume snapshot) | {summary(times['snap-btrfs'])} |\n"
        f"| `rollback` of it (a writable snapshot of the snapshot, swapped in) | "
        f"{summary(times['roll-btrfs'])} |\n")
    section = f"""## Snapshots, rollback and vzdump backups (local engine)

`python3 benchmarks/snapshot_bench.py` — {n} rounds, template {template}, one run, this host
({platform.node()}, kernel {platform.release()}, {os.cpu_count()} CPUs, load average
{load:.1f} at the start, {datetime.now(timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}); state
root on {subprocess.run(['stat', '-f', '-c', '%T', '/tmp'], capture_output=True,
                        text=True).stdout.strip()} (so snapshots are `cp -a --reflink=auto` copies,
not btrfs subvolume snapshots).

| | median ms (min, max) |
| --- | --- |
| `snapshot` of a container ({size / 2**20:.0f} MiB tree: a copy of it) | {summary(times['snap-full'])} |
| `rollback` of it | {summary(times['roll-full'])} |
| `snapshot` of a linked clone (its overlay upper layer only) | {summary(times['snap-linked'])} |
| `rollback` of it | {summary(times['roll-linked'])} |
{btrfs_rows}
| backup of the {size / 2**20:.0f} MiB tree, zstd | median MB/s of tree bytes (min, max) |
| --- | --- |
| `backup vmid=N` (a vzdump archive, .log beside it) | {summary(ours)} |
| `tar -cf - . \\| zstd -q` of the same tree (the floor) | {summary(floor)} |

Backup speed is {statistics.median(ours) / statistics.median(floor):.2f}x the floor; the
archive is {statistics.median(archive_sizes) / 2**20:.1f} MiB. On a btrfs storage (or a btrfs
state root) a snapshot is a subvolume snapshot: its time does not grow with the tree.
"""
    print(section)
    if not args.no_write:
        write_doc(section, START, END)
        print(f"written to {DOC}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
