"""VMs through the pct engine (a mixin of ``PctEngine``): qemu-server's ``qm`` on the node.

Containers and VMs share one VMID space; a VMID's kind comes from the cluster's resources
(``pvesh get /cluster/resources --type vm``: type ``lxc`` or ``qemu``) and decides whether a
command is ``pct ...`` or ``qm ...``. Each VM operation is what an admin types:
``qm create VMID --virtio0 STORAGE:0,import-from=VOLID --boot order=virtio0 --name N
--memory M --cores C --agent 1 --ostype l26 --description D`` (PVE 7.2+ imports the image),
``qm start/stop/shutdown``, ``qm destroy VMID --purge 1``, ``qm template``, ``qm clone SRC NEW
--name N [--full 1]``, ``qm config``, ``qm set``, ``qm unlock``, ``qm list`` beside ``pct
list``. ``execute`` is ``qm guest exec VMID --timeout S [--pass-stdin 1] -- /bin/sh -c CMD``,
whose JSON (``exitcode``, ``out-data``, ``err-data``; only ``pid`` when the timeout passed
first) gives the result; a command that outlived its timeout is killed through the agent.
Copying a file in (``deploy_rexx``) sends it on stdin in pieces of ``STDIN_PIECE`` bytes
(``--pass-stdin`` takes 1 MiB at most), appended to a temporary file renamed when complete.
"""

from __future__ import annotations

import json
import math
import re

from . import pct_output, pve_meta
from .base import (ContainerInfo, CreateSpec, EngineError, ExecResult, LineSink, vm_not_running,
                   vm_running_destroy)
from .lxc_runtime import parse_net0

STDIN_PIECE = 768 * 1024
_QM_ROW = re.compile(r"^\s*(\d+)\s+(.*?)\s+(\S+)\s+(\d+)\s+([\d.]+)\s+(\d+)\s*$")
_APPEND = ('umask 022; d=$(dirname "$1"); mkdir -p "$d" && '
           'if [ "$3" = 1 ]; then cat > "$1.rexxlite-tmp"; else cat >> "$1.rexxlite-tmp"; fi')
_FINISH = 'chmod "$2" "$1.rexxlite-tmp" && mv -f "$1.rexxlite-tmp" "$1"'


def parse_qm_list(text: str) -> list[pct_output.ListRow]:
    """``qm list``: ``%10s %-20s %-10s %-10s %12.2f %-10s`` rows (VMID NAME STATUS MEM(MB)
    BOOTDISK(GB) PID) after a header; nothing at all when the node has no VM."""
    rows = []
    for line in text.splitlines():
        match = _QM_ROW.match(line)
        if match:
            rows.append(pct_output.ListRow(int(match[1]), match[3], "", match[2].strip()))
    return rows


def agent_result(text: str) -> dict:
    """The JSON ``qm guest exec`` prints (the agent's exec-status, or ``{"pid": N}``)."""
    try:
        data = json.loads(text)
    except ValueError:
        raise EngineError(f"unexpected answer from qm guest exec: {text.strip()[:200]}") from None
    if not isinstance(data, dict):
        raise EngineError(f"unexpected answer from qm guest exec: {text.strip()[:200]}")
    return data


class PctVmOps:
    """Uses the engine's ``run``, ``shell``, ``next_vmid``, ``_rootdir_storage``."""

    _kinds: dict[int, str]

    # -- the kind of a VMID ----------------------------------------------------------------
    def _resources(self) -> list[dict]:
        rows = self._pvesh_json("/cluster/resources", "--type", "vm")
        rows = [r for r in rows if r.get("type") in ("lxc", "qemu") and "vmid" in r]
        self._kinds = {int(r["vmid"]): str(r["type"]) for r in rows}
        return rows

    def kind_of(self, vmid: int) -> str:
        """``qemu`` or ``lxc`` (looked up again when unknown; ``lxc`` for a free VMID, so
        that its error is pct's)."""
        if vmid not in self._kinds:
            self._resources()
        return self._kinds.get(vmid, "lxc")

    def is_vm(self, vmid: int) -> bool:
        return self.kind_of(vmid) == "qemu"

    def tool(self, vmid: int) -> str:
        return "qm" if self.is_vm(vmid) else "pct"

    # -- reading ---------------------------------------------------------------------------
    def vm_rows(self) -> list[pct_output.ListRow]:
        rows = parse_qm_list(self.run("qm", "list"))
        for row in rows:
            self._kinds[row.vmid] = "qemu"
        return rows

    def vm_info(self, vmid: int) -> ContainerInfo:
        return pve_meta.vm_info(vmid, self._status(vmid), self.config(vmid))

    # -- create ----------------------------------------------------------------------------
    def create_vm(self, spec: CreateSpec) -> ContainerInfo:
        storage = spec.storage = self._rootdir_storage(spec.storage, content="images")
        args: list = ["--virtio0", f"{storage}:0,import-from={spec.template}",
                      "--boot", "order=virtio0", "--memory", spec.memory, "--cores", spec.cores,
                      "--agent", "1", "--ostype", "l26", "--description",
                      pve_meta.created_description(spec.description, spec.template)]
        if spec.hostname:
            args += ["--name", spec.hostname]
        if spec.tags:
            args += ["--tags", spec.tags]
        if spec.net0:
            args += ["--net0", f"virtio,bridge={parse_net0(spec.net0).get('bridge', '')}"]
        vmid = self._retried(lambda new: self.run("qm", "create", new, *args, timeout=3600,
                                                  live=self._live()), spec.vmid)
        self._kinds[vmid] = "qemu"
        return self.info(vmid)

    # -- power -----------------------------------------------------------------------------
    def stop_vm(self, vmid: int) -> None:
        if self._status(vmid) != "running":          # qm stop of a stopped VM says nothing
            raise vm_not_running(vmid)
        self.run("qm", "stop", vmid)

    def destroy_vm(self, vmid: int, force: bool) -> None:
        if self._status(vmid) == "running":
            if not force:
                raise vm_running_destroy(vmid)
            self.run("qm", "stop", vmid)
        self.run("qm", "destroy", vmid, "--purge", "1")
        self._kinds.pop(vmid, None)

    # -- configuration ----------------------------------------------------------------------
    def vm_changes(self, changes: dict[str, str]) -> dict[str, str]:
        """``set``'s keys as qm's: hostname is the VM's ``name``; a VM has no swap."""
        if "swap" in changes:
            raise EngineError("swap= is a container setting; a VM has none")
        return {("name" if key == "hostname" else key): value for key, value in changes.items()}

    # -- inside the VM ---------------------------------------------------------------------
    def _guest_exec(self, vmid: int, argv: list[str], timeout: float | None,
                    stdin: bytes | None) -> ExecResult:
        seconds = 0 if timeout is None else max(1, math.ceil(timeout))
        args = ["qm", "guest", "exec", str(vmid), "--timeout", str(seconds)]
        if stdin is not None:
            args += ["--pass-stdin", "1"]
        done = self.shell.run([*args, "--", *argv],
                              timeout=None if timeout is None else timeout + 30, stdin=stdin)
        if done.exit_code != 0:
            self._check_transport(done)
            raise EngineError(pct_output.pct_error(
                done.stderr, f"qm guest exec failed with exit status {done.exit_code}"))
        status = agent_result(done.stdout)
        if not status.get("exited"):
            pid = status.get("pid")
            if isinstance(pid, int):
                self.shell.run(["qm", "guest", "exec", str(vmid), "--timeout", "10", "--",
                                "/bin/sh", "-c", f"kill -9 {pid}"], timeout=40)
            return ExecResult("", "", 124, timed_out=True)
        code = status.get("exitcode")
        return ExecResult(str(status.get("out-data", "")), str(status.get("err-data", "")),
                          128 + int(status.get("signal", 9)) if code is None else int(code))

    def execute_vm(self, vmid: int, command: str, timeout: float | None,
                   on_stdout_line: LineSink | None, stdin: bytes | None) -> ExecResult:
        if self._status(vmid) != "running":
            raise vm_not_running(vmid)
        done = self._guest_exec(vmid, ["/bin/sh", "-c", command], timeout, stdin)
        if on_stdout_line is not None:
            for line in done.stdout.splitlines():
                on_stdout_line(line)
        return done

    def push_file_vm(self, vmid: int, data: bytes, target: str, mode: int) -> None:
        if self._status(vmid) != "running":
            raise vm_not_running(vmid)
        pieces = [data[i:i + STDIN_PIECE] for i in range(0, len(data), STDIN_PIECE)] or [b""]
        for number, piece in enumerate(pieces):
            script = _APPEND + (f" && {_FINISH}" if number == len(pieces) - 1 else "")
            done = self._guest_exec(vmid, ["/bin/sh", "-c", script, "sh", target, f"{mode:o}",
                                           "1" if number == 0 else "0"], 300, piece)
            if done.exit_code != 0:
                raise EngineError(f"failed to write '{target}' in VM {vmid}: "
                                  f"{done.stderr.strip() or f'exit {done.exit_code}'}")

