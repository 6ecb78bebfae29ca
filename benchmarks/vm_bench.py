#!/usr/bin/env python3
"""VMs under ADDRESS PROXMOX (local engine): linked clone time and space against raw
``qemu-img create -b``, start to guest agent ready, and N linked-clone VMs running at once.

    sudo python3 benchmarks/vm_bench.py [--clones 20] [--running 10] [--memory 192]

Makes a VM from the VM image (``rexxlite-setup vm-image``), registers it as a base, makes N
linked clones through ``ProxmoxEnvironment.execute("clone_from_base ...")`` (the path a Rexx
command takes) and N raw ``qemu-img create -f qcow2 -F qcow2 -b BASE`` overlays in the same
run (the floor); then starts ``--running`` clones at once, waits for each guest agent, and
reports the time from ``start`` to the agent's first answer and the memory of each idle VM
(the PSS of its QEMU process, /proc/PID/smaps_rollup). Writes the figures into the VM section
of docs/benchmarks.md. Everything runs in a temporary state root that is removed afterwards.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DOC = REPO / "docs" / "benchmarks.md"
START, END = "<!-- vm-bench:start -->", "<!-- vm-bench:end -->"


def pss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1]) / 1024
    return 0.0


def spread(values: list[float]) -> str:
    return f"{statistics.median(values):.2f} (min {min(values):.2f}, max {max(values):.2f})"


def run(args) -> dict:
    from rexxlite.addresses.proxmox import ProxmoxEnvironment
    from rexxlite.commands.plugin_api import CommandContext
    from rexxlite.setup.vm_image import STEM

    root = Path(tempfile.mkdtemp(prefix="rxvmb-", dir="/tmp"))
    os.environ["REXXLITE_PROXMOX_ROOT"] = str(root)
    env = ProxmoxEnvironment(backend="local")
    ctx = CommandContext(None, sys.stdout, sys.stderr, "PROXMOX")

    def ok(command: str):
        result = env.execute(command, ctx)
        if result.rc != 0:
            raise SystemExit(f"{command}: {result.output}")
        return result

    out: dict = {}
    try:
        base = ok(f"create type=vm template=local:iso/{STEM}.qcow2 "
                  f"memory={args.memory}").fields["vmid"]
        ok(f"register_base name=vmbench vmid={base}")
        base_disk = root / "images" / str(base) / f"base-{base}-disk-0.qcow2"
        rexx, whole, raw, sizes, clones = [], [], [], [], []
        raw_dir = root / "raw"
        raw_dir.mkdir()
        for n in range(args.clones):
            began = time.perf_counter()
            result = ok("clone_from_base base=vmbench")
            whole.append((time.perf_counter() - began) * 1000)
            rexx.append(result.fields["cloneTimeMs"])
            vmid = result.fields["vmid"]
            clones.append(vmid)
            own = root / "images" / str(vmid) / f"vm-{vmid}-disk-0.qcow2"
            sizes.append(own.stat().st_blocks * 512 / 1024)
            began = time.perf_counter()
            subprocess.run(["qemu-img", "create", "-q", "-f", "qcow2", "-F", "qcow2", "-b",
                            str(base_disk), str(raw_dir / f"{n}.qcow2")], check=True)
            raw.append((time.perf_counter() - began) * 1000)
        out.update(rexx=spread(rexx), whole=spread(whole), raw=spread(raw),
                   ratio=statistics.median(rexx) / statistics.median(raw),
                   rexx_median=statistics.median(rexx), kib=statistics.median(sizes),
                   kib_max=max(sizes), clones=args.clones)
        accel = env.engine.status().details["vmAccelerator"]
        running = clones[:args.running]
        ready: dict[int, float] = {}

        def start(vmid: int) -> None:
            began = time.monotonic()
            ok(f"start vmid={vmid}")
            env.engine.wait_agent(vmid, 600)
            ready[vmid] = time.monotonic() - began

        began = time.monotonic()
        threads = [threading.Thread(target=start, args=(v,)) for v in running]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        out["all_ready"] = time.monotonic() - began
        time.sleep(2)
        listed = {r["vmid"]: r["status"] for r in ok("list").fields["containers"]}
        out["running"] = sum(listed[v] == "running" for v in running)
        memory = [pss_mib(env.engine.qemu.pid(v)) for v in running]
        out.update(accel=accel, ready=spread(list(ready.values())), mem=spread(memory),
                   count=len(running), memory=args.memory)
        single = clones[args.running] if len(clones) > args.running else None
        if single is not None:
            start(single)
            out["single"] = ready[single]
    finally:
        for info in env.engine.list():
            if info.status == "running":
                env.engine.stop(info.vmid)
        env.close()
        subprocess.run(["rm", "-rf", str(root)])
    return out


def tcg_note(r: dict) -> str:
    if not r["accel"].startswith("tcg"):
        return ""
    return ("\nThese VMs ran under TCG (software emulation), so the start figures are not the "
            "KVM target\n(under 3 s): the engine's probe found that KVM here does not boot a "
            "guest kernel (why: the section below).")


def write_doc(r: dict) -> str:
    load = os.getloadavg()[0]
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    single = f"{r['single']:.2f} s" if "single" in r else "-"
    text = f"""{START}
## VMs: linked qcow2 clones, start to guest agent, {r['count']} VMs at once

`python3 benchmarks/vm_bench.py` — {r['clones']} linked clones of the VM image, one run, this
host ({platform.node()}, kernel {platform.release()}, {os.cpu_count()} CPUs, load average
{load:.1f} at the start, {stamp}). Accelerator: {r['accel']}.

| | median (min, max) |
| --- | --- |
| `clone_from_base` of a VM as Rexx sees it (RESULT.cloneTimeMs), ms | {r['rexx']} |
| `clone_from_base` whole `execute()` call, ms | {r['whole']} |
| raw `qemu-img create -f qcow2 -F qcow2 -b BASE` (the floor), ms | {r['raw']} |
| space per clone (its qcow2 overlay, allocated), KiB | {r['kib']:.0f} (max {r['kib_max']:.0f}) |
| one VM alone: `start` to the guest agent's first answer | {single} |
| {r['count']} VMs started at once: `start` to agent ready, s | {r['ready']} |
| memory per idle VM (PSS of its QEMU, memory={r['memory']} MiB), MiB | {r['mem']} |

Rexx-visible clone time is {r['ratio']:.2f}x raw qemu-img (targets: under 20 ms, within 2x;
space under 1 MiB). {r['running']} of {r['count']} VMs were `running` in `list` together, all
agents answering after {r['all_ready']:.1f} s.{tcg_note(r)}
{END}"""
    doc = DOC.read_text()
    if START in doc:
        doc = doc[:doc.index(START)] + text + doc[doc.index(END) + len(END):]
    else:
        doc = doc.rstrip("\n") + "\n\n" + text + "\n"
    DOC.write_text(doc)
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clones", type=int, default=20)
    parser.add_argument("--running", type=int, default=10)
    parser.add_argument("--memory", type=int, default=192)
    parser.add_argument("--no-doc", action="store_true", help="print, do not write the doc")
    args = parser.parse_args()
    result = run(args)
    print(result if args.no_doc else write_doc(result))


if __name__ == "__main__":
    main()
