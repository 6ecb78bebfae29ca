"""VMs through the Proxmox VE API (a mixin of ``ApiEngine``): ``/nodes/{node}/qemu/...``.

The cluster's resources list VMs (type ``qemu``) beside containers; a VMID's kind decides
whether a command goes to ``.../lxc/{vmid}`` or ``.../qemu/{vmid}`` (the power, config,
template, clone and delete endpoints have the same shape). ``create type=vm`` posts a new VM
whose ``virtio0`` disk is imported from the image (``STORAGE:0,import-from=VOLID``, PVE 7.2+);
``execute`` runs through the guest agent: ``agent/exec`` then ``agent/exec-status`` polled
until ``exited`` (PVE decodes the agent's base64 itself).
"""

from __future__ import annotations

import time
# (annotations only: no ``typing`` at run time)

from . import pve_meta
from .base import ContainerInfo, CreateSpec, EngineError, ExecResult, LineSink, vm_not_running
from .lxc_runtime import parse_net0

POLL_MAX = 0.5


class ApiVmOps:
    """Uses the engine's ``call``, ``_wait``, ``_retrying``, ``next_vmid``, ``node_of``."""

    def kind_of(self, vmid: int) -> str:
        """``qemu`` or ``lxc`` as the cluster's resources say (refreshed when unknown)."""
        if vmid not in self._kinds:
            self._resources()
        return self._kinds.get(vmid, "lxc")

    def is_vm(self, vmid: int) -> bool:
        return self.kind_of(vmid) == "qemu"

    def guest_info(self, vmid: int, status: str, conf: dict, lock: str = "") -> ContainerInfo:
        """``pve_meta.container_info``, with a VM's name, disk and type."""
        if self._kinds.get(vmid) == "qemu":
            return pve_meta.vm_info(vmid, status, conf, lock)
        return pve_meta.container_info(vmid, status, conf, lock)

    def create_vm(self, spec: CreateSpec) -> ContainerInfo:
        node = spec.node or self.node
        spec.storage = self._rootdir_storage(node, spec.storage, content="images")
        params: dict[str, Any] = {
            "virtio0": f"{spec.storage}:0,import-from={spec.template}", "boot": "order=virtio0",
            "memory": spec.memory, "cores": spec.cores, "agent": 1, "ostype": "l26",
            "description": pve_meta.created_description(spec.description, spec.template)}
        if spec.hostname:
            params["name"] = spec.hostname
        if spec.tags:
            params["tags"] = spec.tags
        if spec.net0:
            params["net0"] = f"virtio,bridge={parse_net0(spec.net0).get('bridge', '')}"
        made: list[int] = []

        def attempt(_n: int) -> None:
            vmid = spec.vmid or self.next_vmid()
            self._wait(self.call(lambda api: api.nodes(node).qemu.post(vmid=vmid, **params)))
            made.append(vmid)

        self._retrying(attempt, spec.vmid is None)
        self._kinds[made[-1]] = "qemu"
        return self.info(made[-1])

    def execute_vm(self, vmid: int, command: str, timeout: float | None,
                   on_stdout_line: LineSink | None, stdin: bytes | None) -> ExecResult:
        node = self.node_of(vmid)
        vm = lambda api: api.nodes(node).qemu(vmid)              # noqa: E731
        current = self.call(lambda api: vm(api).status.current.get()) or {}
        if current.get("status") != "running":
            raise vm_not_running(vmid)
        params: dict[str, Any] = {"command": ["/bin/sh", "-c", command]}
        if stdin is not None:
            params["input-data"] = stdin.decode("utf-8", "replace")
        pid = (self.call(lambda api: vm(api).agent("exec").post(**params)) or {})["pid"]
        deadline = None if timeout is None else time.monotonic() + timeout
        delay = 0.02
        while True:
            status = self.call(lambda api: vm(api).agent("exec-status").get(pid=pid)) or {}
            if status.get("exited"):
                break
            if deadline is not None and time.monotonic() >= deadline:
                self.call(lambda api: vm(api).agent("exec").post(
                    command=["/bin/sh", "-c", f"kill -9 {int(pid)}"]))
                return ExecResult("", "", 124, timed_out=True)
            time.sleep(delay)
            delay = min(delay * 2, POLL_MAX)
        out, err = str(status.get("out-data", "")), str(status.get("err-data", ""))
        if on_stdout_line is not None:
            for line in out.splitlines():
                on_stdout_line(line)
        code = status.get("exitcode")
        return ExecResult(out, err, 128 + int(status.get("signal", 9)) if code is None
                          else int(code))

    def push_file_vm(self, vmid: int, data: bytes, target: str, mode: int) -> None:
        raise EngineError("copying a file into a VM through the API is not supported yet "
                          "(the agent's file-write takes 60 KiB at most); use the local engine")
