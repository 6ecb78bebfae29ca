"""The pct engine: a Proxmox VE node's own CLI, on this host or over SSH (PROXMOX_SSH...).

Each operation is the pct command a Proxmox admin would type: ``pct create VMID TEMPLATE
--storage S --hostname H --memory M --swap W --cores C``, ``pct template``, ``pct clone SRC NEW
[--hostname H] [--full 1]``, ``pct start/stop/shutdown/destroy``, ``pct set``, ``pct unlock``,
``pct exec VMID -- sh -c CMD``, ``pct push``; ``pct list`` and ``pct config`` are read in their
printed formats (``pct_output.py``), ``pveversion`` gives the version (pct has no --version),
``pvesh get /cluster/nextid`` a free VMID. A failing pct exits 255 with Proxmox's message on
stderr, which becomes the EngineError's message unchanged.

VMs go through ``qm`` on the same node (``pct_vm.py``): one VMID space, the kind of a VMID
from the cluster's resources.

Base names live on the node (tag ``rexxlite-base-NAME`` and description lines, see
``pve_meta.py``), so every client of the node sees them.
"""

from __future__ import annotations

import random
import re
import time
# (annotations only: no ``typing`` at run time)

from . import pct_output, pve_meta
from .base import (BaseInfo, check_base_name_free, CloneInfo, ContainerInfo, CreateSpec, EngineError, EngineStatus,
                   EngineUnavailable, ExecResult, LineSink, not_running)
from .node_shell import NodeShell
from .pct_output import pct_error
from .pct_snapshots import PctSnapshotOps
from .pct_vm import PctVmOps
from ..settings import Settings, resolve
from ..validate import InvalidValue

RETRIES = 8                      # for "already exists" (nextid race) and "CT is locked (disk)"
_SSH_FAILURE = re.compile(r"^(ssh: |Permission denied \(|Host key verification failed|"
                          r"kex_exchange_identification|Connection (closed|refused|timed out))")
_PUSH = ('t=$(mktemp) || exit 1; cat > "$t"; pct push "$1" "$t" "$2" --perms "$3"; rc=$?; '
         'rm -f "$t"; exit $rc')
_CONFIGS = ('for g do id=${g#*:}; echo "@@rexxlite $id"; '
            'if [ "${g%%:*}" = qemu ]; then qm config "$id" 2>&1; else pct config "$id" 2>&1; '
            'fi; done')


def retryable(message: str, auto_vmid: bool) -> bool:
    return "CT is locked (disk)" in message or (auto_vmid and "already exists" in message)


def backoff(attempt: int) -> None:
    time.sleep(min(0.05 * 2 ** attempt, 2.0) * (0.5 + random.random()))


class PctEngine(PctSnapshotOps, PctVmOps):
    """ADDRESS PROXMOX on a Proxmox node through pct (see the module docstring); snapshots
    and backups in ``pct_snapshots.py``."""

    name = "pct"

    def __init__(self, settings: Settings | None = None, shell: NodeShell | None = None):
        self.settings = settings or resolve()
        if shell is None:
            try:
                shell = NodeShell(self.settings.ssh_target(self.settings.node))
            except InvalidValue as exc:
                raise EngineUnavailable(f"cannot use SSH to the Proxmox node: {exc}") from None
        self.shell = shell
        self._node = self.settings.node
        self._kinds: dict[int, str] = {}          # vmid -> lxc / qemu (pct_vm.py)

    # -- running commands -------------------------------------------------------------------
    def run(self, *args: str, timeout: float | None = None, stdin: bytes | None = None,
            live: LineSink | None = None) -> str:
        """Run a Proxmox command on the node; its stdout, or EngineError with its message.
        ``live`` (an ``OutputSinks`` for both streams) gets its output lines as they come."""
        done = self.shell.run([str(a) for a in args], timeout=timeout, stdin=stdin,
                              on_stdout_line=live)
        if done.exit_code == 0:
            return done.stdout
        self._check_transport(done)
        raise EngineError(pct_error(done.stderr, f"{args[0]} {args[1] if len(args) > 1 else ''} "
                                                 f"failed with exit status {done.exit_code}"))

    def _check_transport(self, done: ExecResult) -> None:
        first = done.stderr.strip().splitlines()[0] if done.stderr.strip() else ""
        if done.exit_code == 127 and "command not found" in done.stderr:
            raise EngineUnavailable(f"the pct engine needs a Proxmox VE node: {first} "
                                    f"({self.shell.where()})")
        if self.shell.target and done.exit_code == 255 and _SSH_FAILURE.match(first):
            raise EngineUnavailable(f"cannot reach the Proxmox node "
                                    f"{self.shell.target.destination} over SSH: {first}")

    @property
    def node(self) -> str:
        if not self._node:
            try:
                self._node = self.run("hostname").strip().split(".")[0] or "localhost"
            except EngineError:
                self._node = "localhost"
        return self._node

    # -- reading --------------------------------------------------------------------------
    def status(self) -> EngineStatus:
        status = EngineStatus(backend=self.name, available=True)
        try:
            version = pct_output.parse_pveversion(self.run("pveversion"))
            rows = pct_output.parse_list(self.run("pct", "list"))
            vms = self.vm_rows()
        except EngineError as exc:
            status.available, status.reason = False, str(exc)
            return status
        status.active_containers = sum(1 for r in rows + vms if r.status == "running")
        status.total_containers = len(rows) + len(vms)
        status.details = {"version": version, "transport": self.shell.where(),
                          "vms": str(len(vms)),
                          "activeVms": str(sum(1 for r in vms if r.status == "running"))}
        return status

    def _configs(self, vmids: list[int]) -> dict[int, dict[str, str]]:
        """The configs of many guests with one command (one SSH connection)."""
        if not vmids:
            return {}
        text = self.run("sh", "-c", _CONFIGS, "sh",
                        *(f"{self._kinds.get(v, 'lxc')}:{v}" for v in vmids))
        out: dict[int, dict[str, str]] = {}
        for chunk in text.split("@@rexxlite ")[1:]:
            head, _, body = chunk.partition("\n")
            if head.strip().isdigit():
                out[int(head)] = pct_output.parse_config(body)
        return out

    def _guests(self) -> list[ContainerInfo]:
        """Every container (``pct list``) and VM (``qm list``), with its config."""
        rows = pct_output.parse_list(self.run("pct", "list"))
        for row in rows:
            self._kinds[row.vmid] = "lxc"
        rows = sorted(rows + self.vm_rows(), key=lambda r: r.vmid)
        configs = self._configs([r.vmid for r in rows])
        infos = []
        for row in rows:
            if row.vmid not in configs:
                continue                                  # destroyed while we looked
            as_info = pve_meta.vm_info if self._kinds[row.vmid] == "qemu" else \
                pve_meta.container_info
            infos.append((as_info(row.vmid, row.status, configs[row.vmid], row.lock),
                          configs[row.vmid]))
        return infos

    def list(self) -> list[ContainerInfo]:
        return [info for info, _ in self._guests()]

    def config(self, vmid: int) -> dict[str, str]:
        return pct_output.parse_config(self.run(self.tool(vmid), "config", vmid))

    def _status(self, vmid: int) -> str:
        text = self.run(self.tool(vmid), "status", vmid)
        match = re.search(r"status:\s*(\S+)", text)
        return match[1] if match else "unknown"

    def info(self, vmid: int) -> ContainerInfo:
        if self.is_vm(vmid):
            return self.vm_info(vmid)
        conf = self.config(vmid)
        return pve_meta.container_info(vmid, self._status(vmid), conf)

    def bases(self) -> list[BaseInfo]:
        return [pve_meta.base_info(info, conf) for info, conf in self._guests()
                if info.template and info.base]

    def templates(self) -> list[str]:
        return pct_output.parse_pveam_list(self.run("pveam", "list", "local"))

    # -- create -----------------------------------------------------------------------------
    def _rootdir_storage(self, storage: str, content: str = "rootdir") -> str:
        """``storage``, or for the default ``local`` without container (``images``: VM
        disk) content, the first active storage that has it (a stock install keeps guests
        on local-lvm)."""
        if storage != "local":
            return storage
        rows = [ln.split() for ln in self.run("pvesm", "status", "--content", content)
                .splitlines()[1:] if ln.strip()]
        names = [r[0] for r in rows if len(r) > 2 and r[2] == "active"]
        return storage if not names or storage in names else names[0]

    def next_vmid(self) -> int:
        text = self.run("pvesh", "get", "/cluster/nextid")
        digits = re.search(r"\d+", text)
        if not digits:
            raise EngineError(f"unexpected answer from pvesh get /cluster/nextid: {text.strip()}")
        return int(digits[0])

    def _retried(self, attempt: Callable[[int], object], vmid: int | None) -> int:
        """``attempt(VMID)`` for ``vmid`` or the next free one; again (with a new VMID) when
        another client took it meanwhile or a lock is in the way. The VMID it succeeded with."""
        for number in range(RETRIES):
            new = vmid or self.next_vmid()
            try:
                attempt(new)
                return new
            except EngineError as exc:
                if number + 1 == RETRIES or not retryable(str(exc), vmid is None):
                    raise
                backoff(number)
        raise AssertionError("unreachable")

    def create(self, spec: CreateSpec) -> ContainerInfo:
        if spec.type == "qemu":
            return self.create_vm(spec)
        storage = spec.storage = self._rootdir_storage(spec.storage)   # RESULT shows the real one
        args: list = [spec.template, "--storage", storage, "--memory", spec.memory, "--swap",
                      spec.swap, "--cores", spec.cores, "--description",
                      pve_meta.created_description(spec.description, spec.template)]
        if spec.hostname:
            args += ["--hostname", spec.hostname]
        if spec.net0:
            args += ["--net0", spec.net0]
        if spec.tags:
            args += ["--tags", spec.tags]
        vmid = self._retried(lambda new: self.run("pct", "create", new, *args,
                                                  live=self._live()), spec.vmid)
        self._kinds[vmid] = "lxc"
        return self.info(vmid)

    # -- power ------------------------------------------------------------------------------
    def start(self, vmid: int) -> None:
        self.run(self.tool(vmid), "start", vmid)

    def stop(self, vmid: int) -> None:
        if self.is_vm(vmid):
            return self.stop_vm(vmid)
        self.run("pct", "stop", vmid)

    def shutdown(self, vmid: int, timeout: int = 60, force_stop: bool = False) -> None:
        args = [self.tool(vmid), "shutdown", vmid, "--timeout", timeout]
        if force_stop:
            args += ["--forceStop", "1"]
        self.run(*args, timeout=timeout + 30)

    def destroy(self, vmid: int, force: bool = False) -> None:
        if self.is_vm(vmid):
            return self.destroy_vm(vmid, force)
        self.run("pct", "destroy", vmid, *(["--force", "1"] if force else []))

    def unlock(self, vmid: int) -> None:
        self.run(self.tool(vmid), "unlock", vmid)

    # -- configuration ------------------------------------------------------------------------
    def record(self, vmid: int, key: str, value: str) -> None:
        description = self.config(vmid).get("description", "")
        self._set(vmid, {"description": pve_meta.with_fact(description, key, value)})

    def set_config(self, vmid: int, changes: dict[str, str]) -> ContainerInfo:
        if self.is_vm(vmid):
            changes = self.vm_changes(changes)
        self._set(vmid, pve_meta.merge_changes(self.config(vmid), changes))
        return self.info(vmid)

    # -- templates and clones -----------------------------------------------------------------
    def _set(self, vmid: int, options: dict[str, str]) -> None:
        """``pct set`` (``qm set``) of ``options``; an empty value deletes the key
        (``--delete``)."""
        args: list = [self.tool(vmid), "set", vmid]
        for key, value in options.items():
            if value != "":
                args += [f"--{key}", value]
        empty = [key for key, value in options.items() if value == ""]
        if empty:
            args += ["--delete", ",".join(empty)]
        self.run(*args)

    def _label(self, vmid: int, conf: dict[str, str], base_name: str | None) -> None:
        self._set(vmid, {
            "tags": pve_meta.with_base_tag(conf.get("tags", ""), base_name),
            "description": pve_meta.base_description(conf.get("description", ""), base_name)})

    def template(self, vmid: int, base_name: str | None = None) -> ContainerInfo:
        if base_name:
            check_base_name_free(self.bases(), base_name, vmid)
        conf = self.config(vmid)
        if str(conf.get("template", "0")) == "1":
            if base_name:
                self._label(vmid, conf, base_name)
            return self.info(vmid)
        if base_name:                          # label first: a template's config is frozen
            self._label(vmid, conf, base_name)
        try:
            self.run(self.tool(vmid), "template", vmid)
        except EngineError:
            if base_name:
                self._label(vmid, self.config(vmid), None)
            raise
        return self.info(vmid)

    def clone(self, source: int, vmid: int | None = None, hostname: str | None = None,
              full: bool | None = None, storage: str | None = None) -> CloneInfo:
        src = self.config(source)
        is_template = str(src.get("template", "0")) == "1"
        if full is None:
            full = not is_template
        if not full and not is_template:
            raise EngineError("linked clone feature is only available for templates "
                              "(use full=1 for a full clone)")
        description = pve_meta.clone_description(src.get("description", ""), source,
                                                  "full-clone" if full else "linked-clone")
        vm = self.is_vm(source)

        def attempt(new: int) -> None:
            args = [self.tool(source), "clone", source, new, "--description", description]
            if vm:                                  # qm would say Copy-of-VM-NAME
                args += ["--name", hostname or f"VM{new}"]
            elif hostname:
                args += ["--hostname", hostname]
            if full:
                args += ["--full", "1"]
            if storage is not None:                 # pct refuses it for a linked clone
                args += ["--storage", storage]
            self.run(*args, live=self._live())            # progress=1: pct's own lines

        new = self._retried(attempt, vmid)
        self._kinds[new] = "qemu" if vm else "lxc"
        if pve_meta.tagged_base(src.get("tags", "")):     # tags are copied: drop the base tag
            self._set(new, {"tags": pve_meta.with_base_tag(src.get("tags", ""), None)})
        name = hostname or (f"VM{new}" if vm else src.get("hostname", f"CT{new}"))
        return CloneInfo(new, source, "full-clone" if full else "linked-clone", name)

    # -- inside the container -----------------------------------------------------------------
    def execute(self, vmid: int, command: str, timeout: float | None = None,
                on_stdout_line: LineSink | None = None, stdin: bytes | None = None) -> ExecResult:
        if self.is_vm(vmid):
            return self.execute_vm(vmid, command, timeout, on_stdout_line, stdin)
        if self._status(vmid) != "running":
            raise not_running(vmid)
        return self.shell.run(["pct", "exec", str(vmid), "--", "sh", "-c", command],
                              timeout=timeout, stdin=stdin, on_stdout_line=on_stdout_line)

    def push_file(self, vmid: int, data: bytes, target: str, mode: int = 0o644) -> None:
        """``pct push`` of ``data`` (sent on stdin to a temporary file on the node)."""
        if self.is_vm(vmid):
            return self.push_file_vm(vmid, data, target, mode)
        if self._status(vmid) != "running":
            raise not_running(vmid)
        folder = target.rsplit("/", 1)[0] or "/"
        made = self.shell.run(["pct", "exec", str(vmid), "--", "mkdir", "-p", folder], 60)
        if made.exit_code != 0:
            raise EngineError(pct_error(made.stderr, f"cannot create {folder} in CT {vmid}"))
        self.run("sh", "-c", _PUSH, "sh", vmid, target, f"{mode:o}", stdin=data, timeout=300)

    def close(self) -> None:
        pass
