#!/usr/bin/env python3
"""Linked clone time and space: ADDRESS PROXMOX (local engine) against raw ``lxc-copy -s``.

    sudo python3 benchmarks/clone_bench.py [--clones 20] [--no-write]

Makes a busybox base container, registers it as a base, then makes N linked clones through
``ProxmoxEnvironment.execute("clone_from_base ...")`` — the path a Rexx ``ADDRESS PROXMOX``
command takes — and N raw ``lxc-copy -s -B overlayfs`` snapshot clones of an equivalent LXC
container in the same run (the floor). Reports the median and spread of the clone times and
the ``du`` of each clone's own layer, and writes them into the clone section of
docs/benchmarks.md. Everything runs in a temporary state root that is removed afterwards.
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

REPO = Path(__file__).resolve().parents[1]
DOC = REPO / "docs" / "benchmarks.md"
START, END = "<!-- clone-bench:start -->", "<!-- clone-bench:end -->"
BUSYBOX = "rexxlite-busybox_1.0_amd64.tar.gz"


def du_kib(*paths: Path) -> int:
    out = subprocess.run(["du", "-sk", "-c", *map(str, paths)], capture_output=True,
                         text=True).stdout.strip().splitlines()
    return int(out[-1].split()[0])


def bench_proxmox(root: Path, templates: Path, count: int) -> dict:
    os.environ["REXXLITE_PROXMOX_ROOT"] = str(root)
    os.environ["REXXLITE_TEMPLATE_DIR"] = str(templates)
    os.environ["REXXLITE_PROXMOX_BACKEND"] = "local"
    from rexxlite.addresses.proxmox import ProxmoxEnvironment
    from rexxlite.commands.plugin_api import CommandContext

    env = ProxmoxEnvironment()
    ctx = CommandContext(None, sys.stdout, sys.stderr, "PROXMOX")

    def run(command: str):
        result = env.execute(command, ctx)
        if result.rc != 0:
            raise SystemExit(f"clone_bench: {command!r} failed: {result.output}")
        return result

    base = run(f"create template=local:vztmpl/{BUSYBOX} hostname=bench-base").fields["vmid"]
    run(f"register_base name=bench vmid={base}")
    reported, wall, space = [], [], []
    for i in range(count):
        begin = time.perf_counter()
        result = run(f"clone_from_base base=bench hostname=bench-{i}")
        wall.append((time.perf_counter() - begin) * 1000)
        reported.append(result.fields["cloneTimeMs"])
        vmid = result.fields["vmid"]
        space.append(du_kib(root / "images" / str(vmid), root / "pve" / "lxc" / f"{vmid}.conf"))
    vmid = result.fields["vmid"]
    run(f"start vmid={vmid}")                       # a clone really works
    hostname = run(f"execute vmid={vmid} command=hostname").fields["stdout"].strip()
    assert hostname == f"bench-{count - 1}", hostname
    run(f"stop vmid={vmid}")
    for item in run("list").fields["containers"]:
        if item["vmid"] != base:
            run(f"destroy vmid={item['vmid']}")
    run(f"destroy vmid={base}")
    return {"reported": reported, "wall": wall, "space": space}


def bench_lxc_copy(root: Path, tarball: Path, count: int) -> dict:
    lxcpath = root / "raw"
    base = lxcpath / "base"
    (base / "rootfs").mkdir(parents=True)
    subprocess.run(["tar", "-xzf", str(tarball), "-C", str(base / "rootfs"), "--numeric-owner"],
                   check=True)
    (base / "config").write_text(
        "lxc.include = /usr/share/lxc/config/common.conf\n"
        f"lxc.rootfs.path = dir:{base / 'rootfs'}\nlxc.uts.name = base\n"
        "lxc.net.0.type = empty\n")
    times, space = [], []
    for i in range(count):
        name = f"c{i}"
        begin = time.perf_counter()
        subprocess.run(["lxc-copy", "-n", "base", "-P", str(lxcpath), "-N", name, "-s",
                        "-B", "overlayfs"], check=True, capture_output=True, cwd="/")
        times.append((time.perf_counter() - begin) * 1000)
        space.append(du_kib(lxcpath / name))
    for i in range(count):
        subprocess.run(["lxc-destroy", "-n", f"c{i}", "-P", str(lxcpath)], capture_output=True,
                       cwd="/")
    return {"wall": times, "space": space}


def summary(values: list[float]) -> str:
    return (f"{statistics.median(values):.2f} (min {min(values):.2f}, "
            f"max {max(values):.2f})")


def write_doc(section: str, start: str = START, end: str = END) -> None:
    block = f"{start}\n{section.rstrip()}\n{end}\n"
    text = DOC.read_text() if DOC.exists() else "# Benchmarks\n\n"
    if start in text and end in text:
        before, rest = text.split(start, 1)
        after = rest.split(end, 1)[1].lstrip("\n")
        text = before + block + ("\n" + after if after else "")
    else:
        text = text.rstrip("\n") + "\n\n" + block
    DOC.write_text(text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clones", type=int, default=20)
    parser.add_argument("--no-write", action="store_true", help="do not update the docs")
    args = parser.parse_args(argv)
    if os.geteuid() != 0 or shutil.which("lxc-copy") is None:
        print("clone_bench: needs root and LXC (bash scripts/setup-host.sh)", file=sys.stderr)
        return 1
    load = os.getloadavg()[0]
    root = Path(tempfile.mkdtemp(prefix="rxb-", dir="/tmp"))
    try:
        templates = root / "templates"
        templates.mkdir()
        subprocess.run([sys.executable, str(REPO / "scripts" / "build-busybox-template.py"),
                        "--output", str(templates / BUSYBOX)], check=True, capture_output=True)
        ours = bench_proxmox(root / "state", templates, args.clones)
        raw = bench_lxc_copy(root, templates / BUSYBOX, args.clones)
    finally:
        shutil.rmtree(root, ignore_errors=True)

    ratio = statistics.median(ours["reported"]) / statistics.median(raw["wall"])
    n = args.clones
    section = f"""## Linked clones: ADDRESS PROXMOX vs raw lxc-copy

`python3 benchmarks/clone_bench.py` — {n} linked clones of a busybox base, one run, this host
({platform.node()}, kernel {platform.release()}, {os.cpu_count()} CPUs, load average
{load:.1f} at the start, {datetime.now(timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}).

| | median ms (min, max) | median KiB per clone (max) |
| --- | --- | --- |
| `clone_from_base` as Rexx sees it (RESULT.cloneTimeMs) | {summary(ours['reported'])} | {statistics.median(ours['space']):.0f} ({max(ours['space'])}) |
| `clone_from_base` whole `execute()` call | {summary(ours['wall'])} | |
| raw `lxc-copy -s -B overlayfs` (the floor) | {summary(raw['wall'])} | {statistics.median(raw['space']):.0f} ({max(raw['space'])}) |

Rexx-visible clone time is {ratio:.2f}x raw lxc-copy (target: within 2x and under 25 ms;
space target: under 64 KiB per clone). Space is `du -sk` of the clone's own layer: its
images/VMID directory (overlayfs upper with /etc/hostname and /etc/hosts) plus its config.
The engine clones natively (mkdir of the upper layer, two small files, an atomic config write
under the VMID locks) instead of spawning lxc-copy.
"""
    print(section)
    if not args.no_write:
        write_doc(section)
        print(f"written to {DOC}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
