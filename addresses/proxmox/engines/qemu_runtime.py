"""The QEMU processes of the local engine's VMs: start, look, stop.

Each running VM is one ``qemu-system-x86_64 -daemonize`` process (KVM, or TCG when /dev/kvm
cannot be opened) with its files in ``qemu/<vmid>/`` under the state root::

    qemu.pid     the pidfile QEMU writes        qmp.sock   its QMP monitor
    qga.sock     the guest agent's virtio-serial channel (org.qemu.guest_agent.0)
    serial.log   the guest's serial console (ttyS0)

A VM runs when its pidfile names a live process whose command line names this pidfile and
whose QMP socket answers; anything else (a crash, a host reboot, a kill) reads as stopped and
its leftover files are removed before the next start. The kernel is booted directly
(``-kernel``/``-initrd``, the VM image's own files), the disk is ``virtio0`` (/dev/vda);
``-no-reboot`` makes a guest power-off or panic end the process. Networking: none (``-nic
none``) unless net0 names a bridge (``-netdev bridge``). Every command is an argv list.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from .base import EngineError
from .child_processes import dies_with_us, pid_alive
from .guest_agent import GuestAgent, Qmp
from .volumes import run

QEMU = "qemu-system-x86_64"
KVM_DEVICE = "/dev/kvm"
APPEND = "console=ttyS0 quiet panic=-1 loglevel=3"


def kvm_usable() -> bool:
    try:
        os.close(os.open(KVM_DEVICE, os.O_RDWR | os.O_CLOEXEC))
        return True
    except OSError:
        return False


def kvm_is_pvm() -> bool:
    """Whether /dev/kvm is kvm-pvm (Pagetable-based VMs, for hosts whose CPU shows no VT-x /
    AMD-V, such as a VM without nested virtualization): it runs only guest kernels built for
    PVM, so a stock kernel stops at once (after the decompressor's "KASLR disabled")."""
    return os.path.isdir("/sys/module/kvm_pvm")


ACCEL_ENV = "REXXLITE_QEMU_ACCEL"          # kvm | tcg | auto (default)
PROBE_FILE = Path("/run/rexxlite/kvm-boots")
PROBE_TIMEOUT = 6.0


def accelerator(kernel: Path | None = None) -> str:
    """``kvm``, or ``tcg`` (software emulation) when /dev/kvm cannot be used or does not boot
    a Linux kernel (some nested set-ups create VMs whose kernels hang early). The probe boots
    ``kernel`` once with ``rdinit=`` a missing file, so it panics and QEMU exits at once; its
    answer is kept in /run (until the host reboots). ``$REXXLITE_QEMU_ACCEL`` chooses."""
    wanted = os.environ.get(ACCEL_ENV, "auto")
    if wanted in ("kvm", "tcg"):
        return wanted
    if not kvm_usable():
        return "tcg"
    try:
        return "kvm" if PROBE_FILE.read_text().strip() == "yes" else "tcg"
    except OSError:
        pass
    if kernel is None:
        return "kvm"
    boots = _kvm_boots(kernel)
    try:
        PROBE_FILE.parent.mkdir(parents=True, exist_ok=True)
        PROBE_FILE.write_text("yes\n" if boots else "no\n")
    except OSError:
        pass
    return "kvm" if boots else "tcg"


def _kvm_boots(kernel: Path) -> bool:
    argv = [QEMU, "-machine", "q35,accel=kvm", "-cpu", "host", "-m", "128", "-nodefaults",
            "-no-user-config", "-display", "none", "-no-reboot", "-serial", "none",
            "-kernel", str(kernel), "-append", "panic=-1 rdinit=/rexxlite-probe-none"]
    try:
        done = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, timeout=PROBE_TIMEOUT,
                              preexec_fn=dies_with_us())
    except subprocess.TimeoutExpired:
        return False
    except OSError:
        return False
    return done.returncode == 0


@dataclass
class VmHardware:
    """What a start needs from a VM's config."""

    memory: int                  # MiB
    cores: int
    disk: Path                   # the qcow2 of virtio0
    kernel: Path
    initrd: Path
    bridge: str = ""             # "" = no network
    mac: str = ""


class QemuRuntime:
    """QEMU processes under ``<root>/qemu`` (see the module docstring)."""

    def __init__(self, root: Path):
        self.root = root

    def run_dir(self, vmid: int) -> Path:
        return self.root / str(vmid)

    def qmp(self, vmid: int) -> Qmp:
        return Qmp(self.run_dir(vmid) / "qmp.sock")

    def agent(self, vmid: int) -> GuestAgent:
        return GuestAgent(self.run_dir(vmid) / "qga.sock", vmid)

    def pid(self, vmid: int) -> int | None:
        """The live QEMU process of ``vmid``, or None."""
        pidfile = self.run_dir(vmid) / "qemu.pid"
        try:
            pid = int(pidfile.read_text().strip())
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        except (OSError, ValueError):
            return None
        if not pid_alive(pid) or str(pidfile).encode() not in cmdline:
            return None                  # a dead VM, or its PID reused by another process
        return pid

    def running(self, vmid: int) -> bool:
        return self.pid(vmid) is not None and self.qmp(vmid).answers()

    def argv(self, vmid: int, hw: VmHardware, accel: str) -> list[str]:
        d = self.run_dir(vmid)
        argv = [QEMU, "-name", f"vm{vmid}", "-machine", f"q35,accel={accel}",
                "-cpu", "host" if accel == "kvm" else "max", "-m", str(hw.memory),
                "-smp", str(hw.cores), "-nodefaults", "-no-user-config", "-display", "none",
                "-no-reboot", "-daemonize", "-pidfile", str(d / "qemu.pid"),
                "-qmp", f"unix:{d / 'qmp.sock'},server=on,wait=off",
                "-serial", f"file:{d / 'serial.log'}",
                "-kernel", str(hw.kernel), "-initrd", str(hw.initrd), "-append", APPEND,
                "-drive", f"file={hw.disk},if=virtio,format=qcow2,cache=writeback,discard=unmap",
                "-chardev", f"socket,path={d / 'qga.sock'},server=on,wait=off,id=qga0",
                "-device", "virtio-serial-pci", "-device",
                "virtserialport,chardev=qga0,name=org.qemu.guest_agent.0"]
        if hw.bridge:
            argv += ["-netdev", f"bridge,id=net0,br={hw.bridge}",
                     "-device", f"virtio-net-pci,netdev=net0{',mac=' + hw.mac if hw.mac else ''}"]
        else:
            argv += ["-nic", "none"]
        return argv

    def start(self, vmid: int, hw: VmHardware) -> str:
        """Launch the VM (it runs when this returns); the accelerator used."""
        if shutil.which(QEMU) is None:
            raise EngineError(f"{QEMU} is not installed (apt-get install qemu-system-x86)")
        self.clean(vmid)
        self.run_dir(vmid).mkdir(parents=True, mode=0o700)
        accel = accelerator(hw.kernel)
        run(self.argv(vmid, hw, accel), f"start VM {vmid}", timeout=60)
        return accel

    def stop(self, vmid: int, timeout: float = 5.0) -> None:
        """QMP ``quit``, then SIGKILL if it is still there; the run dir removed."""
        pid = self.pid(vmid)
        if pid is not None:
            try:
                self.qmp(vmid).command("quit")
            except (OSError, EngineError, ValueError):
                pass
            if not self.wait_gone(pid, timeout):
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                self.wait_gone(pid, 5.0)
        self.clean(vmid)

    @staticmethod
    def wait_gone(pid: int, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while pid_alive(pid):
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.02)
        return True

    def clean(self, vmid: int) -> None:
        """Remove a stopped VM's run dir (pidfile, sockets, console log)."""
        if self.pid(vmid) is None:
            shutil.rmtree(self.run_dir(vmid), ignore_errors=True)
