"""Crash safety, tested the way its lack was found: SIGKILL at random moments of each operation.

A child process (python driving ADDRESS PROXMOX, as a Rexx program would) runs one command; the
test kills it with SIGKILL after a random delay (seeded: ``REXXLITE_KILL_SEED``) within that
command's measured duration, then checks the state on disk: every config is complete or locked
with a recoverable intent; after a fresh engine's ``list`` and ``unlock`` of what is locked,
nothing is left (no lock, no half-made volume, flatten copy, temporary file or merge mount,
no process of the killed one); the containers made before are intact; and register_base, list
and list_bases work afterwards.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from proxmox_helpers import BUSYBOX, processes_with, requires_lxc

from rexxlite.addresses.proxmox.engines import volumes
from rexxlite.addresses.proxmox.engines.local import LocalEngine
from rexxlite.addresses.proxmox.engines.local_recovery import Intent
from rexxlite.addresses.proxmox.engines.local_store import PveConfig

pytestmark = requires_lxc

SEED = int(os.environ.get("REXXLITE_KILL_SEED", "20261201"))
KILLS_PER_OPERATION = 8

CHILD = textwrap.dedent("""
    import sys
    from rexxlite.addresses.proxmox import ProxmoxEnvironment
    from rexxlite.plugin_api import CommandContext
    env = ProxmoxEnvironment()
    ctx = CommandContext(None, sys.stdout, sys.stderr, "PROXMOX")
    env.engine.list()                      # engine ready: the command starts right after "go"
    print("go", flush=True)
    result = env.execute(sys.argv[1], ctx)
    print("rc", result.rc, result.fields.get("error", ""), flush=True)
""")


def _start(command: str) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", CHILD, command], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, env=dict(os.environ))
    assert proc.stdout.readline() == "go\n", proc.stdout.read()
    return proc


def _timed(command: str) -> float:
    """How long ``command`` takes in a child (it must succeed)."""
    proc = _start(command)
    began = time.monotonic()
    out = proc.stdout.read()
    proc.wait()
    assert out.startswith("rc 0"), (command, out)
    return time.monotonic() - began


def _kill_during(command: str, delay: float) -> int:
    """Run ``command`` in a child, SIGKILL it after ``delay`` seconds; the child's PID."""
    proc = _start(command)
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.stdout.read()
    proc.wait()
    return proc.pid


def _configs(root: Path) -> dict[int, PveConfig]:
    confs = {}
    for path in (root / "pve" / "lxc").glob("*.conf"):
        confs[int(path.stem)] = PveConfig.parse(path.read_text())
    return confs


def _check_complete(root: Path, vmid: int, conf: PveConfig) -> None:
    """An unlocked config describes a whole container whose volumes exist."""
    assert conf.get("hostname") and conf.get("rootfs"), (vmid, conf)
    volume = volumes.parse_volid(conf.get("rootfs"))
    assert volume.path(root / "images").is_dir(), (vmid, conf)
    if volume.parent is not None:
        assert volume.parent_path(root / "images").is_dir(), (vmid, conf)
    assert conf.is_template == volume.base, (vmid, conf)


def _check_after_kill(root: Path, what: str) -> dict[int, Intent]:
    """Every config complete, or locked with an intent (returned, by VMID)."""
    intents = {}
    for vmid, conf in _configs(root).items():
        if conf.get("lock"):
            intents[vmid] = Intent.of(conf)
            assert intents[vmid] is not None, f"{what}: CT {vmid} locked without an intent"
        else:
            _check_complete(root, vmid, conf)
    return intents


def _check_intents_settled(root: Path, what: str, intents: dict[int, Intent]) -> None:
    """What an intent said it would make is gone, or is the rootfs of what it made."""
    confs = _configs(root)
    for vmid, intent in intents.items():
        rootfs = confs[vmid].get("rootfs") if vmid in confs else ""
        made = volumes.parse_volid(rootfs).path(root / "images") if rootfs else None
        for rel in intent.creates:
            path = root / rel
            assert not path.exists() or path == made, f"{what}: {intent} left {path}"


def _recover(root: Path) -> None:
    """What a user does after a crash: a new process lists, then unlocks what is locked."""
    engine = LocalEngine()
    for info in engine.list():
        if info.lock:
            engine.unlock(info.vmid)


def _strays(root: Path, patterns: tuple[str, ...]) -> list[str]:
    return [cmdline for pattern in patterns for cmdline in processes_with(pattern)
            if not cmdline.startswith("[lxc monitor]")]


def _check_clean(root: Path, what: str, keep: set[int], process_marks: tuple[str, ...]) -> None:
    confs = _configs(root)
    for vmid, conf in confs.items():
        assert not conf.get("lock"), f"{what}: CT {vmid} still locked: {conf.options}"
        _check_complete(root, vmid, conf)
    assert keep <= set(confs), f"{what}: lost {keep - set(confs)}"
    images = {int(p.name) for p in (root / "images").iterdir()}
    assert images <= set(confs), f"{what}: volumes without a config: {images - set(confs)}"
    assert not list((root / "images").glob("*/*.flatten")), what
    assert not list((root / "work").iterdir()), what
    temps = [p for d in (root / "pve" / "lxc", root / "pve" / "bases") if d.is_dir()
             for p in d.iterdir() if ".tmp" in p.name]
    assert not temps, f"{what}: temporary files left: {temps}"
    mounts = volumes.mounts_under(root) + [
        point for point in volumes.mounts_under(Path("/tmp"))
        if point.startswith("/tmp/rexxlite-merge-")]      # where merges were mounted before
    assert not mounts, f"{what}: {mounts}"
    deadline = time.monotonic() + 5
    while _strays(root, process_marks) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _strays(root, process_marks), f"{what}: {_strays(root, process_marks)}"


def test_sigkill_at_random_points_leaves_nothing_half_made(px, state_root):
    rng = random.Random(SEED)
    base = px.busybox(hostname="kbase")
    px.ok(f"register_base name=kbase vmid={base}")
    linked = px.ok(f"clone source={base} hostname=kl").fields["vmid"]
    runner = px.ok(f"clone source={base} hostname=krun").fields["vmid"]
    px.ok(f"start vmid={runner}")
    keep = {base, linked, runner}
    marks = (str(state_root), "sleep 4242")
    counter = iter(range(1000))

    def fresh_linked() -> int:
        return px.ok(f"clone source={base}").fields["vmid"]

    def fresh_full() -> int:
        return px.ok(f"clone source={linked} full=1").fields["vmid"]

    operations = {
        "create": lambda: f"create template=local:vztmpl/{BUSYBOX}",
        "clone linked": lambda: f"clone source={base}",
        "clone full of a linked clone": lambda: f"clone source={linked} full=1",
        "register_base of a linked clone":
            lambda: f"register_base name=rb{next(counter)} vmid={fresh_linked()}",
        "destroy": lambda: f"destroy vmid={fresh_full()}",
        "template": lambda: f"template vmid={fresh_full()}",
        "execute": lambda: f"execute vmid={runner} command='sleep 4242'",
    }
    for name, make in operations.items():
        duration = 0.5 if name == "execute" else _timed(make())
        for attempt in range(KILLS_PER_OPERATION):
            delay = rng.uniform(0, duration * 1.2)
            what = f"{name} killed after {delay * 1000:.0f} ms (seed {SEED})"
            pid = _kill_during(make(), delay)
            intents = _check_after_kill(state_root, what)
            _recover(state_root)
            _check_intents_settled(state_root, what, intents)
            _check_clean(state_root, what, keep, marks + (f"group_reaper.py {pid} ",))
    # everything works afterwards, and a base name is still unique
    again = px.ok(f"register_base name=after vmid={fresh_linked()}").fields["vmid"]
    assert px(f"register_base name=after vmid={fresh_linked()}").rc == 1
    names = [b["name"] for b in px.ok("list_bases").fields["bases"]]
    assert len(names) == len(set(names)) and "after" in names and "kbase" in names
    assert again in {c["vmid"] for c in px.ok("list").fields["containers"]}


def _killed_at(point: str, command: str) -> None:
    """Run ``command`` in a child that SIGKILLs itself at fault point ``point``."""
    env = {**os.environ, "REXXLITE_PROXMOX_INJECT_FAULT": f"kill:{point}"}
    done = subprocess.run([sys.executable, "-c", CHILD, command], capture_output=True,
                          text=True, env=env, timeout=120)
    assert done.returncode == -signal.SIGKILL, (point, command, done.stdout, done.stderr)


def test_sigkill_at_each_step_is_settled_by_unlock_or_the_next_command(px, state_root):
    base = px.busybox(hostname="kbase")
    px.ok(f"register_base name=kbase vmid={base}")
    linked = px.ok(f"clone source={base} hostname=kl").fields["vmid"]
    keep = {base, linked}
    marks = (str(state_root),)

    def locked() -> dict[int, str]:
        return {v: c.get("lock") for v, c in _configs(state_root).items() if c.get("lock")}

    overlay = px.engine.status().details["storage"] == "overlayfs"   # else btrfs snapshots

    # create, clone (linked, full of a linked clone) killed midway: unlock removes them
    for point, command in (("create:extracted", f"create template=local:vztmpl/{BUSYBOX}"),
                           ("clone:linked", f"clone source={base}"),
                           ("merge:mounted", f"clone source={linked} full=1"),
                           ("clone:copied", f"clone source={linked} full=1")):
        if point == "merge:mounted" and not overlay:
            continue
        _killed_at(point, command)
        assert bool(volumes.mounts_under(state_root)) == (point == "merge:mounted"), point
        _check_after_kill(state_root, point)
        (vmid, lock), = locked().items()
        assert lock == "create"
        assert px.ok("list").fields["containers"][-1]["lock"] == "create"
        px.ok(f"unlock vmid={vmid}")
        assert px(f"start vmid={vmid}").rc == 1
        _check_clean(state_root, point, keep, marks)

    # register_base of a linked clone killed while flattening: the next register_base works
    for point in ("merge:mounted", "template:flattened") if overlay else ():
        child = px.ok(f"clone source={base}").fields["vmid"]
        _killed_at(point, f"register_base name=flat vmid={child}")
        assert locked() == {child: "template"}
        assert list((state_root / "images").glob("*/*.flatten"))
        again = px.ok(f"register_base name=flat vmid={child}")
        assert again.fields["isTemplate"] is True
        _check_clean(state_root, point, keep | {child}, marks)
        px.ok(f"destroy vmid={child}")

    # killed after its base volume was made: the conversion is finished, name and all
    child = px.ok(f"clone source={base}").fields["vmid"]
    _killed_at("template:renamed", f"register_base name=late vmid={child}")
    assert locked() == {child: "template"}
    px.ok(f"unlock vmid={child}")
    info = px.ok("list").fields["containers"][-1]
    assert (info["vmid"], info["isTemplate"], info["base"]) == (child, True, "late")
    assert px.ok("clone_from_base base=late").rc == 0
    _check_clean(state_root, "template:renamed", keep | {child}, marks)

    # destroy killed once the lock is recorded: any later command of the VMID finishes it
    victim = px.ok(f"clone source={linked} full=1").fields["vmid"]
    _killed_at("destroy:locked", f"destroy vmid={victim}")
    assert locked()[victim] == "destroyed"
    assert "does not exist" in px(f"start vmid={victim}").fields["error"]
    _check_clean(state_root, "destroy:locked", keep | {child, child + 1}, marks)

    # reading commands settle a dead process's work too, and never wait for a live one
    _killed_at("create:extracted", f"create template=local:vztmpl/{BUSYBOX}")
    (half, _), = locked().items()
    assert "does not exist" in px(f"config vmid={half}").fields["error"]
    assert half not in _configs(state_root)
    busy = px.ok(f"clone source={linked} full=1").fields["vmid"]
    conf_path = state_root / "pve" / "lxc" / f"{busy}.conf"
    conf = PveConfig.parse(conf_path.read_text())
    Intent("destroy", [f"images/{busy}"]).record(conf)
    conf_path.write_text(conf.render())            # as if a live process were destroying it
    with px.engine.store.lock(busy):
        assert px.ok(f"config vmid={busy}").fields["config"]["lock"] == "destroyed"
    assert "does not exist" in px(f"config vmid={busy}").fields["error"]
