"""The api engine: the Proxmox VE REST API through proxmoxer, for remote nodes and clusters.

Login with an API token (PROXMOX_USER + PROXMOX_TOKEN_NAME + PROXMOX_TOKEN_VALUE, preferred)
or a password; TLS is verified unless PROXMOX_VERIFY_SSL=0 (or a CA bundle path is given). An
expired ticket (password login) is renewed once, transparently. Every change that answers with
a UPID is waited for (``tasks.py``) and a failed task is a failed command with the task's exit
status. ``template`` may answer without a task: then the config is polled until it shows
``template: 1``.

The cluster is the unit: a container's node comes from /cluster/resources, ``create`` takes
a node (default PROXMOX_NODE, else the first online node) and ``clone`` a ``target`` node.
Proxmox's races are absorbed: /cluster/nextid does not reserve an id, so an "already exists"
for an id we chose is retried with the next one; two linked clones of one template at once fail
with "CT is locked (disk)", so that is retried with backoff until the lock clears.

``execute``, ``push_file`` (and so deploy_rexx and execute_rexx) are not in the API for
containers: they go over SSH to the container's node as ``pct exec VMID -- ...`` (the pct
engine's code), and need PROXMOX_SSH. Secrets never appear in messages (``Settings.mask``).
"""

from __future__ import annotations

import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
# (annotations only: no ``typing`` at run time)

from . import pve_meta
from .base import (BaseInfo, check_base_name_free, CloneInfo, ContainerInfo, CreateSpec, EngineError, EngineStatus,
                   EngineUnavailable, ExecResult, LineSink, no_such_ct, not_running)
from .api_vm import ApiVmOps
from .pct import PctEngine, backoff
from .api_snapshots import ApiSnapshotOps
from .tasks import is_upid, wait_task
from ..settings import Settings, resolve

TASK_TIMEOUT = 600.0             # seconds a task may take
LOCK_PATIENCE = 120.0            # seconds to keep retrying "CT is locked (disk)"
NEXTID_RETRIES = 10
PROGRESS_AFTER = 2.0             # seconds before a task's log lines are shown


class ApiEngine(ApiSnapshotOps, ApiVmOps):
    """ADDRESS PROXMOX over the Proxmox VE API (see the module docstring); snapshots and
    backups in ``api_snapshots.py``, virtual machines in ``api_vm.py``."""

    name = "api"

    def __init__(self, settings: Settings | None = None, task_timeout: float = TASK_TIMEOUT,
                 progress: LineSink | None = None):
        self.settings = settings or resolve()
        self.task_timeout = task_timeout
        self.progress = progress
        self._api = None
        self._node = self.settings.node
        self._kinds: dict[int, str] = {}          # vmid -> lxc / qemu (the cluster's resources)

    # -- connection and errors ------------------------------------------------------------------
    def _connect(self):
        s = self.settings
        ProxmoxAPI, AuthenticationError, _ = proxmoxer_classes()
        if not s.host:
            raise EngineUnavailable("the api engine needs a host: set PROXMOX_HOST or "
                                    "'connect backend=api host=...'")
        if not s.user:
            raise EngineUnavailable("the api engine needs PROXMOX_USER (user@realm, e.g. "
                                    "root@pam, or the owner of the API token)")
        auth: dict[str, Any]
        if s.token_name and s.token_value:
            auth = {"token_name": s.token_name, "token_value": s.token_value}
        elif s.password:
            auth = {"password": s.password}
        else:
            raise EngineUnavailable("the api engine needs an API token (PROXMOX_TOKEN_NAME and "
                                    "PROXMOX_TOKEN_VALUE) or PROXMOX_PASSWORD")
        try:
            return ProxmoxAPI(s.host, port=s.port, user=s.user, verify_ssl=s.verify(),
                              timeout=30, **auth)
        except AuthenticationError as exc:
            raise EngineUnavailable(s.mask(f"login to {s.host} failed: {exc}")) from None
        except Exception as exc:                      # requests' connection/TLS errors
            raise EngineUnavailable(s.mask(f"cannot reach {s.host}:{s.port}: "
                                           f"{_short(exc)}")) from None

    @property
    def api(self):
        if self._api is None:
            self._api = self._connect()
        return self._api

    def call(self, fn: Callable[[Any], Any]) -> Any:
        """``fn(api)``, with Proxmox's errors as EngineError and one re-login on 401."""
        ResourceException = proxmoxer_classes()[2]
        for attempt in (1, 2):
            try:
                return fn(self.api)
            except ResourceException as exc:
                if exc.status_code == 401 and attempt == 1 and not self.settings.token_name:
                    self._api = None               # the ticket expired: log in again
                    continue
                raise EngineError(self.settings.mask(_pve_message(exc))) from None
            except EngineError:
                raise
            except Exception as exc:               # connection reset, TLS, timeout...
                if type(exc).__module__.startswith(("requests", "urllib3")):
                    raise EngineUnavailable(self.settings.mask(
                        f"lost the connection to {self.settings.host}: {_short(exc)}")) from None
                raise

    def _wait(self, answer: Any) -> None:
        if not is_upid(answer):
            return
        started = time.monotonic()
        sink = self.progress

        def on_log(line: str) -> None:
            if sink is not None:
                sink(line)
            elif time.monotonic() - started > PROGRESS_AFTER:
                sys.stderr.write(f"[proxmox] {line}\n")

        wait_task(self.call, answer, self.task_timeout, on_log)

    def _retrying(self, attempt_fn: Callable[[int], Any], auto_vmid: bool) -> Any:
        """Run ``attempt_fn(n)``; retry the known races (see the module docstring)."""
        deadline = time.monotonic() + LOCK_PATIENCE
        tries = 0
        while True:
            try:
                return attempt_fn(tries)
            except EngineError as exc:
                message = str(exc)
                tries += 1
                if "CT is locked (disk)" in message and time.monotonic() < deadline:
                    backoff(min(tries, 6))
                    continue
                if auto_vmid and "already exists" in message and tries < NEXTID_RETRIES:
                    backoff(0)
                    continue
                raise

    # -- cluster lookups --------------------------------------------------------------------------
    def _resources(self) -> list[dict]:
        rows = self.call(lambda api: api.cluster.resources.get(type="vm")) or []
        rows = [r for r in rows if r.get("type") in ("lxc", "qemu")]
        self._kinds = {int(r["vmid"]): str(r["type"]) for r in rows if "vmid" in r}
        return rows

    @property
    def node(self) -> str:
        if not self._node:
            nodes = self.call(lambda api: api.nodes.get()) or []
            online = sorted(n["node"] for n in nodes if n.get("status") == "online")
            if not online:
                raise EngineError("no online node in the cluster")
            self._node = online[0]
        return self._node

    def node_of(self, vmid: int) -> str:
        for row in self._resources():
            if int(row.get("vmid", -1)) == vmid:
                return str(row["node"])
        raise no_such_ct(vmid, self._node or "localhost")

    def _ct(self, vmid: int, node: str | None = None):
        node = node or self.node_of(vmid)
        if self.kind_of(vmid) == "qemu":
            return lambda api: api.nodes(node).qemu(vmid)
        return lambda api: api.nodes(node).lxc(vmid)

    def _config(self, vmid: int, node: str | None = None) -> dict[str, str]:
        ct = self._ct(vmid, node)
        conf = self.call(lambda api: ct(api).config.get()) or {}
        return {k: str(v) for k, v in conf.items() if k != "digest"}

    def next_vmid(self) -> int:
        return int(self.call(lambda api: api.cluster.nextid.get()))

    # -- reading ------------------------------------------------------------------------------------
    def status(self) -> EngineStatus:
        st = EngineStatus(backend=self.name, available=True)
        try:
            version = self.call(lambda api: api.version.get()) or {}
            rows = self._resources()
            node = self.node
        except EngineError as exc:
            st.available, st.reason = False, str(exc)
            return st
        st.active_containers = sum(1 for r in rows if r.get("status") == "running")
        st.total_containers = len(rows)
        public = self.settings.public()
        st.details = {"version": str(version.get("version", "")), "host": public["host"],
                      "port": str(public["port"]), "user": public["user"],
                      "auth": public["auth"], "node": node}
        return st

    def list(self) -> list[ContainerInfo]:
        rows = self._resources()

        def one(row: dict) -> ContainerInfo | None:
            vmid = int(row["vmid"])
            try:
                conf = self._config(vmid, str(row["node"]))
            except EngineError:
                return None                       # destroyed while we looked
            return self.guest_info(vmid, str(row.get("status", "")), conf,
                                   str(row.get("lock", "")))

        with ThreadPoolExecutor(max_workers=8) as pool:
            infos = list(pool.map(one, sorted(rows, key=lambda r: int(r["vmid"]))))
        return [i for i in infos if i is not None]

    def info(self, vmid: int) -> ContainerInfo:
        node = self.node_of(vmid)
        ct = self._ct(vmid, node)
        current = self.call(lambda api: ct(api).status.current.get()) or {}
        return self.guest_info(vmid, str(current.get("status", "")), self._config(vmid, node))

    def config(self, vmid: int) -> dict[str, str]:
        return self._config(vmid)

    def bases(self) -> list[BaseInfo]:
        found = []
        for row in self._resources():
            if int(row.get("template", 0)) != 1 or not pve_meta.tagged_base(str(row.get("tags", ""))):
                continue
            vmid = int(row["vmid"])
            try:
                conf = self._config(vmid, str(row["node"]))
            except EngineError:
                continue
            info = self.guest_info(vmid, "stopped", conf)
            if info.base:
                found.append(pve_meta.base_info(info, conf))
        return found

    def templates(self) -> list[str]:
        node = self.node
        stores = self.call(lambda api: api.nodes(node).storage.get(content="vztmpl")) or []
        volids: list[str] = []
        for store in stores:
            sid = store["storage"]
            items = self.call(lambda api: api.nodes(node).storage(sid).content.get(
                content="vztmpl")) or []
            volids += [str(item["volid"]) for item in items]
        return sorted(volids)

    # -- create -------------------------------------------------------------------------------------
    def _rootdir_storage(self, node: str, storage: str, content: str = "rootdir") -> str:
        """``storage``, or for the default ``local`` without container content, the first
        active storage of the node that has it (a stock install keeps containers on local-lvm)."""
        if storage != "local":
            return storage
        stores = self.call(lambda api: api.nodes(node).storage.get(content=content)) or []
        names = [s["storage"] for s in stores if int(s.get("active", 1))]
        return storage if not names or storage in names else names[0]

    def create(self, spec: CreateSpec) -> ContainerInfo:
        if spec.type == "qemu":
            return self.create_vm(spec)
        node = spec.node or self.node
        spec.storage = self._rootdir_storage(node, spec.storage)     # RESULT shows the real one
        params: dict[str, Any] = {
            "ostemplate": spec.template, "storage": spec.storage,
            "memory": spec.memory, "swap": spec.swap, "cores": spec.cores,
            "description": pve_meta.created_description(spec.description, spec.template)}
        for key in ("hostname", "net0", "tags"):
            if getattr(spec, key):
                params[key] = getattr(spec, key)
        made: list[int] = []

        def attempt(_n: int) -> None:
            vmid = spec.vmid or self.next_vmid()
            self._wait(self.call(lambda api: api.nodes(node).lxc.post(vmid=vmid, **params)))
            made.append(vmid)

        self._retrying(attempt, spec.vmid is None)
        return self.info(made[-1])

    # -- power ----------------------------------------------------------------------------------------
    def _action(self, vmid: int, action: str, **params) -> None:
        ct = self._ct(vmid)
        self._wait(self.call(lambda api: ct(api).status(action).post(**params)))

    def start(self, vmid: int) -> None:
        self._action(vmid, "start")

    def stop(self, vmid: int) -> None:
        self._action(vmid, "stop")

    def shutdown(self, vmid: int, timeout: int = 60, force_stop: bool = False) -> None:
        self._action(vmid, "shutdown", timeout=timeout, forceStop=int(force_stop))

    def destroy(self, vmid: int, force: bool = False) -> None:
        ct = self._ct(vmid)
        params = {"force": 1} if force else {}
        self._wait(self.call(lambda api: ct(api).delete(**params)))

    def unlock(self, vmid: int) -> None:
        """``pct unlock`` on the node over SSH; without SSH, ask the API to delete the lock."""
        node = self.node_of(vmid)
        if self.settings.ssh:
            PctEngine(replace(self.settings, node=node)).unlock(vmid)
            return
        ct = self._ct(vmid, node)
        try:
            self.call(lambda api: ct(api).config.put(delete="lock"))
        except EngineError as exc:
            raise EngineError(f"{exc} (the API cannot always remove a lock: set PROXMOX_SSH "
                              "so that unlock runs 'pct unlock' on the node)") from None

    # -- configuration ----------------------------------------------------------------------------------
    def _put(self, vmid: int, node: str, options: dict[str, str]) -> None:
        """PUT config; an empty value deletes the key."""
        params: dict[str, Any] = {k: v for k, v in options.items() if v != ""}
        empty = [k for k, v in options.items() if v == ""]
        if empty:
            params["delete"] = ",".join(empty)
        ct = self._ct(vmid, node)
        self._wait(self.call(lambda api: ct(api).config.put(**params)))

    def record(self, vmid: int, key: str, value: str) -> None:
        node = self.node_of(vmid)
        description = self._config(vmid, node).get("description", "")
        self._put(vmid, node, {"description": pve_meta.with_fact(description, key, value)})

    def set_config(self, vmid: int, changes: dict[str, str]) -> ContainerInfo:
        node = self.node_of(vmid)
        self._put(vmid, node, pve_meta.merge_changes(self._config(vmid, node), changes))
        return self.info(vmid)

    # -- templates and clones ---------------------------------------------------------------------------
    def _label(self, vmid: int, node: str, conf: dict, base_name: str | None) -> None:
        self._put(vmid, node, {
            "tags": pve_meta.with_base_tag(conf.get("tags", ""), base_name),
            "description": pve_meta.base_description(conf.get("description", ""), base_name)})

    def template(self, vmid: int, base_name: str | None = None) -> ContainerInfo:
        if base_name:
            check_base_name_free(self.bases(), base_name, vmid)
        node = self.node_of(vmid)
        conf = self._config(vmid, node)
        if conf.get("template") == "1":
            if base_name:
                self._label(vmid, node, conf, base_name)
            return self.info(vmid)
        if base_name:                              # label first: a template's config is frozen
            self._label(vmid, node, conf, base_name)
        ct = self._ct(vmid, node)
        try:
            self._wait(self.call(lambda api: ct(api).template.post()))
            self._until_template(vmid, node)
        except EngineError:
            if base_name:
                self._label(vmid, node, self._config(vmid, node), None)
            raise
        return self.info(vmid)

    def _until_template(self, vmid: int, node: str) -> None:
        """PVE answers POST .../template without a task: wait for ``template: 1``."""
        deadline = time.monotonic() + self.task_timeout
        delay = 0.05
        while self._config(vmid, node).get("template") != "1":
            if time.monotonic() >= deadline:
                raise EngineError(f"timeout after {self.task_timeout:g} s waiting for CT {vmid} "
                                  "to become a template")
            time.sleep(delay)
            delay = min(delay * 2, 1.0)

    def clone(self, source: int, vmid: int | None = None, hostname: str | None = None,
              full: bool | None = None, target: str | None = None,
              storage: str | None = None) -> CloneInfo:
        node = self.node_of(source)
        src = self._config(source, node)
        is_template = src.get("template") == "1"
        if full is None:
            full = not is_template
        if not full and not is_template:
            raise EngineError("linked clone feature is only available for templates "
                              "(use full=1 for a full clone)")
        params: dict[str, Any] = {
            "description": pve_meta.clone_description(src.get("description", ""), source,
                                                      "full-clone" if full else "linked-clone"),
            "full": int(full)}
        vm = self.is_vm(source)
        if hostname:
            params["name" if vm else "hostname"] = hostname
        if target and target != node:
            params["target"] = target
        if storage is not None:                     # Proxmox refuses it for a linked clone
            params["storage"] = storage
        made: list[int] = []

        def attempt(_n: int) -> None:
            new = vmid or self.next_vmid()
            api_kind = "qemu" if vm else "lxc"
            self._wait(self.call(lambda api: getattr(api.nodes(node), api_kind)(source).clone.post(
                newid=new, **params)))
            self._kinds[new] = api_kind
            made.append(new)

        self._retrying(attempt, vmid is None)
        new = made[-1]
        if pve_meta.tagged_base(src.get("tags", "")):    # tags are copied: drop the base tag
            self._put(new, target or node, {"tags": pve_meta.with_base_tag(src.get("tags", ""),
                                                                             None)})
        return CloneInfo(new, source, "full-clone" if full else "linked-clone",
                         hostname or (f"VM{new}" if vm else src.get("hostname", f"CT{new}")))

    # -- inside the container (over SSH) ------------------------------------------------------------
    def _pct_on(self, vmid: int, what: str) -> PctEngine:
        if not self.settings.ssh:
            raise EngineError(
                f"{what} needs SSH to the container's node: the Proxmox API cannot run commands "
                "inside a container. Set PROXMOX_SSH=root@NODE (or root@{node}) or "
                "'connect ssh=root@NODE'")
        node = self.node_of(vmid)
        current = self.call(lambda api: api.nodes(node).lxc(vmid).status.current.get()) or {}
        if current.get("status") != "running":
            raise not_running(vmid)
        pct = PctEngine(replace(self.settings, node=node))
        pct._kinds[vmid] = "lxc"              # known from the API: no lookup on the node
        return pct

    def execute(self, vmid: int, command: str, timeout: float | None = None,
                on_stdout_line: LineSink | None = None, stdin: bytes | None = None) -> ExecResult:
        if self.is_vm(vmid):
            return self.execute_vm(vmid, command, timeout, on_stdout_line, stdin)
        return self._pct_on(vmid, "execute").execute(vmid, command, timeout, on_stdout_line,
                                                      stdin)

    def push_file(self, vmid: int, data: bytes, target: str, mode: int = 0o644) -> None:
        if self.is_vm(vmid):
            return self.push_file_vm(vmid, data, target, mode)
        self._pct_on(vmid, "copying a file into a container").push_file(vmid, data, target,
                                                                         mode)

    def close(self) -> None:
        self._api = None


def proxmoxer_classes():
    """proxmoxer's ProxmoxAPI, AuthenticationError and ResourceException; without proxmoxer
    (it is the optional ``api`` extra) EngineUnavailable saying how to install it."""
    try:
        from proxmoxer import ProxmoxAPI
        from proxmoxer.core import AuthenticationError, ResourceException
    except ImportError:
        raise EngineUnavailable("the api engine needs proxmoxer, which is not installed: "
                                "pip install 'rexxlite[api]'") from None
    return ProxmoxAPI, AuthenticationError, ResourceException


def _short(exc: Exception) -> str:
    text = str(exc) or type(exc).__name__
    return text.splitlines()[0][:300]


def _pve_message(exc) -> str:
    """Proxmox's own words from a proxmoxer ResourceException."""
    content = str(exc.content or "").strip()
    if exc.errors:
        details = exc.errors if isinstance(exc.errors, dict) else {}
        parts = [f"{k}: {str(v).strip()}" for k, v in sorted(details.items())]
        if parts:
            return f"{content.rstrip('.')}: {'; '.join(parts)}"
        return f"{content} - {exc.errors}"
    return content or f"HTTP {exc.status_code} {exc.status_message}"
