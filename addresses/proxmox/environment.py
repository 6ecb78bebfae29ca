"""ADDRESS PROXMOX: command parsing, dispatch to an engine, and the shape of RESULT.

Written once for every engine. A command is ``verb key=value key="quoted value" ...``; the
values are checked (``commands.py``, ``validate.py``) before an engine sees them. Every result
has the fields ``success`` (1/0) and ``operation`` (the verb) plus the command's own fields,
and ``error`` (Proxmox's wording) when it failed; every result also names the Rexx variables
the JavaScript handler set (``rexx_variables.py``). RC is 0 on success; a refused or failed
command is RC 1 with ERROR (``execute``/``execute_rexx``: RC is the program's exit status);
an unknown command, a malformed one, or an engine that cannot run here is RC -3 with FAILURE.

RESULT itself (``output``) is a short human-readable text: a one-line summary, ``pct list``
style tables for ``list``/``list_bases``, one volid per line for ``templates``, the config for
``config``, the program's stdout for ``execute``/``execute_rexx``, the message on failure.
"""

from __future__ import annotations

import math
import time
from contextlib import contextmanager

from rexxlite.plugin_api import (CommandContext, CommandResult, CommandSyntaxError,
                                 help_text, parse_command)

from . import validate as v
from . import validate_vm
from .commands import ARGS, COMMANDS, check_args
from .engines import Engine, EngineError, EngineUnavailable, choose_backend, create_engine
from .engines.base import (BackupInfo, BackupSpec, BaseInfo, ContainerInfo, CreateSpec,
                           OutputSinks, RestoreSpec, SnapshotInfo, StorageInfo)
from .rexx_variables import js_variables
from .settings import Settings, SettingsError
from .settings import resolve as resolve_settings
from .validate import InvalidValue

# (``rexx_bundle``, ``shlex``, ``uuid`` and ``pathlib`` are imported by the commands that run
# Rexx in a guest, where they are used: every PROXMOX script paid them at its first command.
# Annotations are only read by tools: no ``typing`` at run time.)

RUNTIME = "proxmox"
DEFAULT_REXX_TARGET = "/usr/local/bin/rexx"


class Refused(Exception):
    """A refusal decided above the engine (the message is for the user)."""


class ProxmoxEnvironment:
    """The PROXMOX address environment (see the module docstring)."""

    name = "PROXMOX"
    commands = COMMANDS

    def __init__(self, engine: Engine | None = None, backend: str | None = None):
        self._engine = engine
        self._backend = backend
        self._settings: Settings | None = None     # from ``connect`` (None: environment/file)

    # -- engine ---------------------------------------------------------------------------
    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = create_engine(self._backend, self._settings)
        return self._engine

    def close(self) -> None:
        if self._engine is not None:
            self._engine.close()

    # -- entry point ----------------------------------------------------------------------
    def execute(self, command: str, context: CommandContext) -> CommandResult:
        result = self._execute(command, context)
        result.variables = js_variables(result.fields)
        return result

    def _execute(self, command: str, context: CommandContext) -> CommandResult:
        started = time.perf_counter()
        verb = ""
        try:
            stripped = command.strip()
            first, _, rest = stripped.partition(" ")
            verb = first.lower()
            if verb == "help":
                return self._help(rest.strip())
            if rest.strip().lower() in ("help", "?") and verb in ARGS:
                return self._help(verb)                      # "clone help" = "help clone"
            verb, raw = parse_command(stripped, flags=True)
            if not verb:
                raise CommandSyntaxError("empty command (try: help)")
            if verb not in ARGS:
                raise CommandSyntaxError(
                    f"unknown command '{verb}' (commands: {', '.join(sorted(ARGS))})")
            args = check_args(verb, raw)
            handler: Callable[..., CommandResult] = getattr(self, f"_cmd_{verb}")
            result = handler(args, context, started)
            result.fields = {"success": result.rc == 0, "operation": verb, **result.fields}
            return result
        except (CommandSyntaxError, EngineUnavailable) as exc:
            return _failure(verb or "?", str(exc), "FAILURE", -3)
        except (InvalidValue, EngineError, Refused) as exc:
            return _failure(verb, str(exc), "ERROR", 1)
        except OSError as exc:
            return _failure(verb, f"{exc.strerror or exc}" + (f": {exc.filename}"
                                                             if exc.filename else ""), "ERROR", 1)

    def _help(self, topic: str) -> CommandResult:
        text = help_text(self, topic)
        known = not topic or topic.lower() in ARGS
        return CommandResult(rc=0 if known else 1, output=text,
                             fields={"success": known, "operation": "help", "text": text})

    # -- status and listings --------------------------------------------------------------
    def _cmd_status(self, args, context, started) -> CommandResult:
        fields: dict[str, Any] = {"runtime": RUNTIME, "backend": self._backend or "auto"}
        try:
            fields["backend"] = choose_backend(self._backend, self._settings)
            st = self.engine.status()
        except EngineError as exc:                 # status always succeeds; it says why not
            fields.update(available=False, reason=str(exc), activeContainers=0,
                          totalContainers=0, maxContainers=0, securityMode="strict")
            return CommandResult(output=f"proxmox {fields['backend']}: unavailable: {exc}",
                                 fields=fields)
        fields.update(backend=st.backend, available=st.available, reason=st.reason,
                      activeContainers=st.active_containers, totalContainers=st.total_containers,
                      maxContainers=st.max_containers, securityMode=st.security_mode,
                      **{"node": self._node_or_blank(), **st.details})
        if st.available and hasattr(self.engine, "storages"):
            fields["storages"] = [_storage_fields(i) for i in self.engine.storages()]
        if st.available:
            output = (f"proxmox {st.backend} on node {self.engine.node}: available, "
                      f"{st.active_containers} running of {st.total_containers} containers")
        else:
            output = f"proxmox {st.backend}: unavailable: {st.reason}"
        return CommandResult(output=output, fields=fields)

    def _node_or_blank(self) -> str:
        """The engine's node for ``status``; blank when finding it needs what is missing."""
        try:
            return self.engine.node
        except EngineError:
            return ""

    def _cmd_list(self, args, context, started) -> CommandResult:
        infos = self.engine.list()
        rows = [_container_fields(i) for i in infos]
        table = [f"{'VMID':<10} {'Status':<10} {'Lock':<12} Name"]
        table += [f"{i.vmid:<10} {i.status:<10} {i.lock:<12} {i.hostname}" for i in infos]
        return CommandResult(output="\n".join(table), fields={"containers": rows,
                                                              "count": len(rows)})

    def _cmd_templates(self, args, context, started) -> CommandResult:
        volids = self.engine.templates()
        return CommandResult(output="\n".join(volids),
                             fields={"templates": volids, "count": len(volids)})

    def _cmd_list_bases(self, args, context, started) -> CommandResult:
        bases = [_base_fields(b) for b in self.engine.bases()]
        lines = [f"{b['name']:<24} {b['vmid']:<10} {b['created']}" for b in bases]
        return CommandResult(output="\n".join([f"{'Name':<24} {'VMID':<10} Created", *lines]),
                             fields={"bases": bases, "count": len(bases)})

    def _cmd_config(self, args, context, started) -> CommandResult:
        conf = self.engine.config(args["vmid"])
        text = "\n".join(f"{k}: {v}" for k, v in sorted(conf.items()))
        return CommandResult(output=text, fields={"vmid": args["vmid"], "config": conf})

    def _cmd_backend(self, args, context, started) -> CommandResult:
        if "name" in args:
            requested = None if args["name"] == "auto" else args["name"]
            engine = create_engine(requested, self._settings)
            self.close()
            self._engine, self._backend = engine, requested
        name = self.engine.name
        return CommandResult(output=f"backend {name}", fields={"backend": name})

    def _cmd_connect(self, args, context, started) -> CommandResult:
        """Settings for the rest of the script (``settings.py``); secrets are never shown."""
        config = args.pop("config", None)
        try:
            settings = resolve_settings(args, config)
        except SettingsError as exc:
            raise Refused(str(exc)) from None
        requested = None if settings.backend == "auto" else settings.backend
        engine = create_engine(requested, settings)
        st = engine.status()
        if not st.available:
            engine.close()
            raise EngineUnavailable(settings.mask(f"connect: the {engine.name} engine is not "
                                                  f"available: {st.reason}"))
        self.close()
        self._engine, self._backend, self._settings = engine, requested, settings
        public = settings.public()
        fields = {"backend": engine.name, "host": public["host"], "port": public["port"],
                  "user": public["user"], "tokenName": public["token_name"],
                  "auth": public["auth"], "verifySsl": public["verify_ssl"],
                  "node": engine.node, "ssh": public["ssh"]}
        where = f" {public['host']}:{public['port']}" if engine.name == "api" else ""
        return CommandResult(output=f"connected: {engine.name}{where} node {engine.node}",
                             fields=fields)

    def _cluster_arg(self, args: dict, key: str) -> str:
        """``node=`` / ``target=``: cluster placement, which only the api engine has."""
        value = args.get(key, "")
        if value and self.engine.name != "api":
            raise Refused(f"{key}= needs the api engine (a Proxmox VE cluster); "
                          f"this is the {self.engine.name} engine")
        return value

    # -- lifecycle ------------------------------------------------------------------------
    def _cmd_create(self, args, context, started) -> CommandResult:
        spec = CreateSpec(template=args["template"], vmid=args.get("vmid"),
                          hostname=args.get("hostname"), storage=args.get("storage", "local"),
                          memory=args.get("memory", 512), swap=args.get("swap", 512),
                          cores=args.get("cores", 1), net0=args.get("net0", ""),
                          tags=args.get("tags", ""), description=args.get("description", ""),
                          node=self._cluster_arg(args, "node"), type=args.get("type", "lxc"))
        _check_template_kind(spec)
        if spec.type == "qemu" and not hasattr(self.engine, "create_vm"):
            raise Refused(f"create type=vm: the {self.engine.name} engine has no VMs")
        with self._stages_shown(args, context):
            info = self.engine.create(spec)
        elapsed = _ms(started)
        return CommandResult(
            output=f"{_kind_word(info)} {info.vmid} created from {spec.template} in "
                   f"{elapsed:g} ms",
            fields={"vmid": info.vmid, "hostname": info.hostname, "status": info.status,
                    "template": spec.template, "storage": spec.storage, "createTimeMs": elapsed,
                    "type": info.type})

    def _power(self, vmid: int, action: Callable[[], None], done: str,
               status: str) -> CommandResult:
        word = self._guest_word(vmid)
        action()
        return CommandResult(output=f"{word} {vmid} {done}",
                             fields={"vmid": vmid, "status": status})

    def _guest_word(self, vmid: int) -> str:
        """``VM`` for a VM (every engine has them: local, pct, api), else ``CT``."""
        is_vm = getattr(self.engine, "is_vm", None)
        return "VM" if is_vm is not None and is_vm(vmid) else "CT"

    def _cmd_start(self, args, context, started) -> CommandResult:
        vmid = args["vmid"]
        return self._power(vmid, lambda: self.engine.start(vmid), "started", "running")

    def _cmd_stop(self, args, context, started) -> CommandResult:
        vmid = args["vmid"]
        return self._power(vmid, lambda: self.engine.stop(vmid), "stopped", "stopped")

    def _cmd_shutdown(self, args, context, started) -> CommandResult:
        vmid = args["vmid"]
        seconds = math.ceil(args.get("timeout", 60))
        return self._power(vmid, lambda: self.engine.shutdown(
            vmid, seconds, args.get("forcestop", False)), "shut down", "stopped")

    def _cmd_destroy(self, args, context, started) -> CommandResult:
        vmid = args["vmid"]
        return self._power(vmid, lambda: self.engine.destroy(
            vmid, args.get("force", False)), "destroyed", "destroyed")

    _cmd_remove = _cmd_destroy

    def _cmd_unlock(self, args, context, started) -> CommandResult:
        vmid = args["vmid"]
        unlock = getattr(self.engine, "unlock", None)
        if unlock is None:
            raise Refused(f"the {self.engine.name} engine cannot unlock")
        unlock(vmid)
        return CommandResult(output=f"{self._guest_word(vmid)} {vmid} unlocked", fields={"vmid": vmid})

    def _cmd_set(self, args, context, started) -> CommandResult:
        vmid = args.pop("vmid")
        if not args:
            raise Refused("set: nothing to change (give hostname=, memory=, cores=, ...)")
        info = self.engine.set_config(vmid, {k: str(v) for k, v in args.items()})
        return CommandResult(output=f"{_kind_word(info)} {vmid} updated", fields=_container_fields(info))

    # -- templates, bases, clones ---------------------------------------------------------
    def _cmd_template(self, args, context, started) -> CommandResult:
        info = self.engine.template(args["vmid"])
        return CommandResult(output=f"{_kind_word(info)} {info.vmid} is now a template",
                             fields={"vmid": info.vmid, "isTemplate": info.template,
                                     "template": info.template_source})

    def _container_named(self, name: str) -> int:
        """register_base without vmid=: the container whose VMID or host name is ``name``
        (the JavaScript handler took the name as the VMID)."""
        if name.isdigit():
            return v.vmid(name, "name")
        found = [i.vmid for i in self.engine.list() if i.hostname == name]
        if len(found) != 1:
            which = "no container" if not found else f"{len(found)} containers"
            raise Refused(f"register_base: {which} with host name '{name}' (give vmid=)")
        return found[0]

    def _cmd_register_base(self, args, context, started) -> CommandResult:
        name = args["name"]
        vmid = args["vmid"] if "vmid" in args else self._container_named(name)
        info = self.engine.info(vmid)
        stopped_it = False
        if info.status == "running":
            self.engine.stop(vmid)
            stopped_it = True
        info = self.engine.template(vmid, base_name=name)
        return CommandResult(
            output=f"base {name} registered: template {_kind_word(info)} {vmid}",
            fields={"name": name, "baseName": name, "base": name, "vmid": vmid,
                    "isTemplate": info.template, "template": info.template_source,
                    "storage": info.storage, "stopped": stopped_it})

    @contextmanager
    def _stages_shown(self, args: dict, context: CommandContext) -> Iterator[None]:
        """With ``progress=1``, the engine's stage lines go to the program's stderr as
        ``[proxmox] ...`` while the command runs (engines that have ``progress``)."""
        engine = self.engine
        if not args.get("progress") or not hasattr(engine, "progress"):
            yield
            return

        def show(line: str) -> None:
            context.stderr.write(f"[proxmox] {line}\n")
            context.stderr.flush()
        before, engine.progress = engine.progress, show
        try:
            yield
        finally:
            engine.progress = before

    def _clone(self, source: int, args: dict, context: CommandContext, started: float,
               base: str = "") -> CommandResult:
        target = self._cluster_arg(args, "target")
        extra = {"target": target} if target else {}
        if "storage" in args:
            extra["storage"] = args["storage"]
        with self._stages_shown(args, context):
            info = self.engine.clone(source, args.get("vmid"), args.get("hostname"),
                                     args.get("full"), **extra)
        elapsed = _ms(started)
        fields = {"vmid": info.vmid, "source": info.source, "cloneTimeMs": elapsed,
                  "method": info.method, "hostname": info.hostname}
        if base:
            fields["base"] = base
        return CommandResult(
            output=f"{self._guest_word(info.vmid)} {info.vmid} cloned from {info.source} ({info.method}) in {elapsed:g} ms",
            fields=fields)

    def _cmd_clone(self, args, context, started) -> CommandResult:
        return self._clone(args["source"], args, context, started)

    def _cmd_clone_from_base(self, args, context, started) -> CommandResult:
        name = args["base"]
        find = getattr(self.engine, "find_base", None)
        if find is not None:
            vmid = find(name)
        else:
            vmid = next((b.vmid for b in self.engine.bases() if b.name == name), None)
        if vmid is None:
            raise Refused(f"no base named '{name}' (register one with register_base)")
        return self._clone(vmid, args, context, started, base=name)

    # -- snapshots and backups (issue 15) -------------------------------------------------
    def _engine_method(self, method: str, verb: str) -> Callable[..., Any]:
        """The engine's ``method``; a refusal naming ``verb`` when this engine has none."""
        found = getattr(self.engine, method, None)
        if found is None:
            raise Refused(f"{verb}: the {self.engine.name} engine has no {verb}")
        return found

    def _cmd_snapshot(self, args, context, started) -> CommandResult:
        vmid, name = args["vmid"], args["name"]
        info = self._engine_method("snapshot", "snapshot")(vmid, name,
                                                           args.get("description", ""))
        elapsed = _ms(started)
        return CommandResult(output=f"{self._guest_word(vmid)} {vmid}: snapshot {name} taken in {elapsed:g} ms",
                             fields={"vmid": vmid, "name": name, "parent": info.parent,
                                     "snaptime": info.snaptime, "timeMs": elapsed})

    def _cmd_listsnapshot(self, args, context, started) -> CommandResult:
        vmid = args["vmid"]
        snaps = [_snapshot_fields(s) for s in self._engine_method(
            "snapshots", "listsnapshot")(vmid)]
        lines = [f"`-> {s['name']:<20} {s['snaptime'] or '':<12} {s['description']}"
                 for s in snaps]
        return CommandResult(output="\n".join(lines),
                             fields={"vmid": vmid, "snapshots": snaps, "count": len(snaps)})

    def _cmd_rollback(self, args, context, started) -> CommandResult:
        vmid, name = args["vmid"], args["name"]
        self._engine_method("rollback", "rollback")(vmid, name, args.get("start", False))
        elapsed = _ms(started)
        status = "running" if args.get("start") else "stopped"
        return CommandResult(output=f"{self._guest_word(vmid)} {vmid} rolled back to {name} in {elapsed:g} ms",
                             fields={"vmid": vmid, "name": name, "status": status,
                                     "timeMs": elapsed})

    def _cmd_delsnapshot(self, args, context, started) -> CommandResult:
        vmid, name = args["vmid"], args["name"]
        self._engine_method("delete_snapshot", "delsnapshot")(vmid, name)
        return CommandResult(output=f"{self._guest_word(vmid)} {vmid}: snapshot {name} deleted",
                             fields={"vmid": vmid, "name": name})

    def _cmd_backup(self, args, context, started) -> CommandResult:
        spec = BackupSpec(vmid=args["vmid"], storage=args.get("storage", "local"),
                          mode=args.get("mode", "snapshot"),
                          compress=args.get("compress", "zstd"), notes=args.get("notes", ""))
        backup = self._engine_method("backup", "backup")
        with self._stages_shown(args, context):
            info = backup(spec)
        elapsed = _ms(started)
        fields = {**_backup_fields(info), "mode": spec.mode, "timeMs": elapsed}
        return CommandResult(output=f"{self._guest_word(spec.vmid)} {spec.vmid} backed up to {info.volid} "
                                    f"({info.size} bytes) in {elapsed:g} ms", fields=fields)

    def _cmd_backups(self, args, context, started) -> CommandResult:
        found = [_backup_fields(b) for b in self._engine_method("backups", "backups")(
            args.get("storage", "local"), args.get("vmid"))]
        lines = [f"{b['volid']:<64} {b['size']:>12} {b['vmid']}" for b in found]
        return CommandResult(output="\n".join([f"{'Volid':<64} {'Size':>12} VMID", *lines]),
                             fields={"backups": found, "count": len(found)})

    def _cmd_restore(self, args, context, started) -> CommandResult:
        spec = RestoreSpec(archive=args["archive"], vmid=args["vmid"],
                           storage=args.get("storage", "local"),
                           hostname=args.get("hostname"), force=args.get("force", False))
        restore = self._engine_method("restore", "restore")
        with self._stages_shown(args, context):
            info = restore(spec)
        elapsed = _ms(started)
        return CommandResult(output=f"{_kind_word(info)} {info.vmid} restored from {spec.archive} in "
                                    f"{elapsed:g} ms",
                             fields={"vmid": info.vmid, "hostname": info.hostname,
                                     "status": info.status, "archive": spec.archive,
                                     "storage": info.storage, "timeMs": elapsed})

    def _cmd_delbackup(self, args, context, started) -> CommandResult:
        self._engine_method("delete_backup", "delbackup")(args["volid"])
        return CommandResult(output=f"{args['volid']} deleted", fields={"volid": args["volid"]})

    def _cmd_storages(self, args, context, started) -> CommandResult:
        found = [_storage_fields(i) for i in self._engine_method("storages", "storages")()]
        lines = [f"{s['name']:<16} {s['type']:>10} {s['total']:>14} {s['used']:>14} "
                 f"{','.join(s['features'])}" for s in found]
        head = f"{'Name':<16} {'Type':>10} {'Total':>14} {'Used':>14} Features"
        return CommandResult(output="\n".join([head, *lines]),
                             fields={"storages": found, "count": len(found)})

    def _cmd_storage_add(self, args, context, started) -> CommandResult:
        info = self._engine_method("add_storage", "storage_add")(
            args["name"], args["type"], args["path"], args.get("size", ""))
        return CommandResult(output=f"storage {info.name} added ({info.type} at {info.path})",
                             fields={**_storage_fields(info), "timeMs": _ms(started)})

    def _cmd_storage_remove(self, args, context, started) -> CommandResult:
        self._engine_method("remove_storage", "storage_remove")(args["name"])
        return CommandResult(output=f"storage {args['name']} removed",
                             fields={"name": args["name"]})

    # -- inside containers ----------------------------------------------------------------
    def _cmd_execute(self, args, context, started) -> CommandResult:
        vmid = args["vmid"]
        live = _live_output(context) if args.get("progress") else None
        done = self.engine.execute(vmid, args["command"], args.get("timeout"), live)
        result = _exec_result(vmid, done, {})
        result.output_shown = live is not None
        return result

    def _cmd_deploy_rexx(self, args, context, started) -> CommandResult:
        from pathlib import Path
        from . import rexx_bundle
        vmid = args["vmid"]
        target = args.get("target", DEFAULT_REXX_TARGET)
        binary = args.get("rexx_binary")
        if binary is None:
            probe = self.engine.execute(vmid, "command -v python3 && python3 -c 'import sys; "
                                        "print(\"%d.%d\" % sys.version_info[:2])'", 30)
            lines = probe.stdout.split()
            if probe.exit_code != 0 or len(lines) < 2:
                raise Refused(
                    f"python3 is missing in {self._guest_word(vmid)} {vmid}: rexxlite runs there as a Python zipapp. "
                    "Use a template with python3 (rexxlite-setup debian makes "
                    "debian-12-rexxlite_amd64.tar.zst), install python3 in the container, or "
                    "pass rexx_binary= to copy another interpreter")
            python = lines[-1]
            if tuple(int(x) for x in python.split(".")) < (3, 11):
                raise Refused(f"{self._guest_word(vmid)} {vmid} has Python {python}; rexxlite needs 3.11 or later")
            source = rexx_bundle.build_zipapp()
            kind = "rexxlite"
        else:
            python = ""
            source = Path(binary)
            kind = "binary"
        data = source.read_bytes()
        self.engine.push_file(vmid, data, target, 0o755)
        self.engine.record(vmid, "rexx-path", target)
        return CommandResult(
            output=f"{kind} deployed to {self._guest_word(vmid)} {vmid} at {target} ({len(data) // 1024} KiB)",
            fields={"vmid": vmid, "target": target, "interpreter": kind, "bytes": len(data),
                    "python": python, "deployTimeMs": _ms(started)})

    def _cmd_execute_rexx(self, args, context, started) -> CommandResult:
        import shlex
        import uuid
        from pathlib import Path
        from . import rexx_bundle
        vmid = args["vmid"]
        if ("script" in args) == ("script_file" in args):
            raise CommandSyntaxError("execute_rexx: give exactly one of script= or script_file=")
        if "script_file" in args:
            program = Path(args["script_file"]).read_bytes()
        else:
            program = args["script"].encode()
        target = args.get("target", DEFAULT_REXX_TARGET)
        check = self.engine.execute(vmid, f"test -x {shlex.quote(target)}", 30)
        if check.exit_code != 0:
            raise Refused(f"no Rexx interpreter at {target} in {self._guest_word(vmid)} {vmid}: run deploy_rexx first")
        remote = f"/tmp/rexxlite-{uuid.uuid4().hex[:12]}.rexx"
        self.engine.push_file(vmid, program, remote, 0o644)
        checkpoints: list[dict] = []
        progress = args.get("progress", False)
        word = self._guest_word(vmid)

        def on_line(line: str) -> None:
            point = rexx_bundle.parse_checkpoint(line)
            if point is None:
                return
            checkpoints.append(point)
            if progress:
                context.stderr.write(f"[{word} {vmid}] {line.strip()}\n")
                context.stderr.flush()

        run = (f"{shlex.quote(target)} {remote}"
               + (f" {shlex.quote(args['args'])}" if args.get("args") else "")
               + f"; rc=$?; rm -f {remote}; exit $rc")
        done = None
        try:
            done = self.engine.execute(vmid, run, args.get("timeout"), on_line)
        finally:
            if done is None or done.timed_out:     # killed (HALT, timeout): its rm did not run
                self._remove_quietly(vmid, remote)
        return _exec_result(vmid, done, {"checkpoints": checkpoints})

    def _remove_quietly(self, vmid: int, path: str) -> None:
        import shlex
        try:
            self.engine.execute(vmid, f"rm -f {shlex.quote(path)}", 30)
        except EngineError:
            pass


# -- shaping helpers --------------------------------------------------------------------------
def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 2)


def _failure(verb: str, message: str, condition: str, rc: int) -> CommandResult:
    return CommandResult(rc=rc, condition=condition, output=message,
                         fields={"success": False, "operation": verb, "error": message})


def _container_fields(info: ContainerInfo) -> dict[str, Any]:
    """One ``list`` item; ``template`` is the volid it was created from, as in the
    JavaScript handler, and ``isTemplate`` whether it is a template."""
    return {"vmid": info.vmid, "hostname": info.hostname, "status": info.status,
            "template": info.template_source, "isTemplate": info.template,
            "storage": info.storage, "created": info.created, "lock": info.lock,
            "clonedFrom": "" if info.cloned_from is None else info.cloned_from,
            "cloneMethod": info.clone_method, "rexxDeployed": bool(info.rexx_path),
            "rexxPath": info.rexx_path,
            "memory": info.memory, "cores": info.cores, "base": info.base,
            "rootfs": info.rootfs, "tags": info.tags, "type": info.type}


def _base_fields(base: BaseInfo) -> dict[str, Any]:
    """One ``list_bases`` item (``created``: when it was registered)."""
    return {"name": base.name, "vmid": base.vmid, "created": base.created,
            "template": base.template_source, "isTemplate": base.template,
            "storage": base.storage}


def _snapshot_fields(snap: SnapshotInfo) -> dict[str, Any]:
    """One ``listsnapshot`` item, as Proxmox's API lists it (``running`` only on current)."""
    fields: dict[str, Any] = {"name": snap.name, "parent": snap.parent,
                              "description": snap.description, "snaptime": snap.snaptime}
    if snap.name == "current":
        fields["running"] = int(snap.running)
    return fields


def _storage_fields(info: StorageInfo) -> dict[str, Any]:
    return {"name": info.name, "type": info.type, "path": info.path, "total": info.total,
            "used": info.used, "available": info.available, "features": list(info.features),
            "linkedClones": "linked-clones" in info.features,
            "snapshots": "snapshots" in info.features, "active": info.active,
            "content": info.content}


def _backup_fields(info: BackupInfo) -> dict[str, Any]:
    return {"volid": info.volid, "vmid": info.vmid, "size": info.size, "ctime": info.ctime,
            "format": info.format, "notes": info.notes, "path": info.path}


# -- VMs ----------------------------------------------------------------------------------------
def _kind_word(info: ContainerInfo) -> str:
    """``VM`` or ``CT``, as Proxmox names the two kinds of guest in messages."""
    return "VM" if info.type == "qemu" else "CT"


def _check_template_kind(spec: CreateSpec) -> None:
    """A VM is made from a disk image, a container from a tarball."""
    image = spec.template.endswith(validate_vm.IMAGE_SUFFIXES)
    if spec.type == "qemu" and not image:
        raise Refused(f"create type=vm: template= must be a VM image (local:iso/NAME.qcow2), "
                      f"not {spec.template}")
    if spec.type == "lxc" and image:
        raise Refused(f"create: {spec.template} is a VM image: add type=vm")


def _live_output(context: CommandContext) -> OutputSinks:
    """Sinks writing a command's stdout and stderr lines to the program's streams at once."""
    def to(stream) -> Callable[[str], None]:
        def write(line: str) -> None:
            stream.write(line + "\n")
            stream.flush()
        return write
    return OutputSinks(to(context.stdout), to(context.stderr))


def _signal_name(number: int) -> str:
    import signal
    try:
        return signal.Signals(number).name
    except ValueError:
        return "unknown signal"


def _exec_result(vmid: int, done, extra: dict) -> CommandResult:
    """RESULT of execute / execute_rexx: stdout and stderr without their final newlines."""
    fields = {"vmid": vmid, "stdout": done.stdout.rstrip("\n"),
              "stderr": done.stderr.rstrip("\n"),
              "exitCode": done.exit_code, "timedOut": done.timed_out, **extra}
    rc = done.exit_code
    if done.timed_out:
        fields["error"] = "command timed out"
    elif rc < 0:                # (a command dying of a signal inside is 128 + the signal)
        fields["error"] = (f"the host process running the command was killed by signal "
                           f"{-rc} ({_signal_name(-rc)}); the command inside, if it had started, was "
                           f"stopped")
    elif rc != 0:
        fields["error"] = f"command exited with status {rc}"
    return CommandResult(rc=rc, condition="ERROR" if rc else None,
                         output=done.stdout.rstrip("\n"), fields=fields)
