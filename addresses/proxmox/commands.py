"""The PROXMOX command table: each command's parameters, their checkers, and one-line help.

``COMMANDS`` feeds ``help`` and REPL completion (as ``CommandSpec``s) and ``check_args``
turns the raw ``key=value`` strings of a command into validated Python values: an unknown key
or a missing required one is a ``CommandSyntaxError`` (FAILURE, by the plugin API's
``check_params``); a bad value is an ``InvalidValue`` (a refused command: ERROR). A bare word
(``remove vmid=101 force``) is a true flag for a 1/0 parameter and a FAILURE for any other.
``ALIASES`` are the JavaScript handler's parameter names that mean one of ours
(``progress_callback=`` is ``progress=``).
"""

from __future__ import annotations

from dataclasses import dataclass

# (annotations only: no ``typing`` at run time)

from rexxlite.plugin_api import CommandSpec, CommandSyntaxError, Param, check_params

from . import validate as v
from . import validate_vm


@dataclass(frozen=True)
class Arg:
    name: str
    check: Callable[[str, str], Any]
    help: str
    required: bool = False
    secret: bool = False


def _int(minimum: int, maximum: int) -> Callable[[str, str], int]:
    return lambda value, name: v.positive_int(value, name, minimum, maximum)


VMID = Arg("vmid", v.vmid, "container ID (100..999999999)", True)
VMID_OPT = Arg("vmid", v.vmid, "the new container's ID (default: next free from 100)")
HOSTNAME = Arg("hostname", v.hostname, "host name (a DNS name: letters, digits, '-', '.')")
TARGET = Arg("target", v.hostname, "cluster node to put the clone on (api engine)")
TIMEOUT_HELP = "how long before it is killed: 30s, 500ms, 2m, 1h; a bare number below 1000 is "\
    "seconds, from 1000 up milliseconds (default: none)"
PROGRESS = Arg("progress", v.boolean, "show its stages on stderr as they happen: unpacking, "
               "copying, the Proxmox task log (default 0)")

FULL_STORAGE = Arg("storage", v.storage, "full clone only: the storage for its rootfs (default: "
                   "the source's; a linked clone stays on its template's storage)")

_SPECS: list[tuple[str, str, tuple[Arg, ...]]] = [
    ("status", "engine status: backend, availability, guest counts (containers and VMs; local: the VM accelerator, kvm or tcg) (always succeeds)", ()),
    ("list", "all containers and VMs: vmid, type (lxc / qemu), hostname, status, template, lock, "
             "clonedFrom, memory, cores", ()),
    ("templates", "template tarballs available as local:vztmpl/NAME (like pveam list local)", ()),
    ("create", "create a container from a template tarball (pct create), or with type=vm a "
               "KVM/QEMU VM from a disk image (qm create)", (
        Arg("template", validate_vm.template_or_image,
            "local:vztmpl/NAME.tar.{gz,xz,zst} or an absolute path; type=vm: a VM image "
            "local:iso/NAME.qcow2 (rexxlite-setup vm-image) or an absolute path", True),
        Arg("type", validate_vm.guest_type, "lxc (a container, the default) or vm (a KVM/QEMU "
                                            "VM: memory=, cores=, net0=, hostname= its name)"),
        VMID_OPT, HOSTNAME,
        Arg("storage", v.storage, "storage for the rootfs (default local)"),
        Arg("memory", _int(16, 2**26), "memory limit in MiB (default 512)"),
        Arg("swap", _int(0, 2**26), "swap in MiB (default 512)"),
        Arg("cores", _int(1, 8192), "CPU cores (default 1)"),
        Arg("net0", v.net0, "name=eth0,bridge=BRIDGE[,ip=dhcp|CIDR][,gw=IP] (default: no network)"),
        Arg("tags", v.tags, "tags, separated by ';'"),
        Arg("description", v.description, "free text (the Notes; several lines allowed)"),
        Arg("node", v.hostname, "cluster node to create on (api engine; default PROXMOX_NODE)"),
        PROGRESS)),
    ("start", "start a container or VM, not a template (pct start / qm start)", (VMID,)),
    ("stop", "stop a container or VM at once (pct stop / qm stop)", (VMID,)),
    ("shutdown", "shut a container or VM down cleanly (pct shutdown / qm shutdown: a VM through its guest agent, else ACPI)", (
        VMID, Arg("timeout", v.timeout, "how long to wait: 60, 60s, 2m... as for execute "
                                        "(default 60s)"),
        Arg("forcestop", v.boolean, "kill it when the timeout passes (default 0)"))),
    ("destroy", "destroy a container or VM and its volume (pct destroy / qm destroy --purge)", (
        VMID, Arg("force", v.boolean, "stop it first when running (default 0)"))),
    ("remove", "the same as destroy", (
        VMID, Arg("force", v.boolean, "stop it first when running (default 0)"))),
    ("template", "convert a stopped container or VM into a read-only template (pct template / "
                 "qm template)", (VMID,)),
    ("register_base", "stop a container or VM, make it a template and register it as a named "
                      "base", (
        Arg("name", v.base_name, "base name (letters, digits, '_', '.', '-')", True),
        Arg("vmid", v.vmid, "the container (default: the one whose VMID or host name is name=)"))),
    ("list_bases", "registered bases: name, vmid, created, template, storage", ()),
    ("clone", "clone a container or VM: linked (copy-on-write; a VM: a qcow2 overlay on the "
              "template's disk) from a template, else full (pct clone / qm clone)", (
        Arg("source", v.vmid, "the container or template to clone", True), VMID_OPT, HOSTNAME,
        Arg("full", v.boolean, "1: full copy; 0: linked clone (default: linked for templates)"),
        FULL_STORAGE, TARGET, PROGRESS)),
    ("clone_from_base", "linked clone of a registered base", (
        Arg("base", v.base_name, "base name given to register_base", True), VMID_OPT, HOSTNAME,
        Arg("full", v.boolean, "1: full copy instead of a linked clone"), FULL_STORAGE, TARGET,
        PROGRESS)),
    ("config", "a container's or VM's configuration (pct config / qm config)", (VMID,)),
    ("set", "change a container's or VM's configuration (pct set / qm set; applies at next "
            "start; a VM's hostname= is its name, it has no swap)", (
        VMID, HOSTNAME, Arg("memory", _int(16, 2**26), "memory limit in MiB"),
        Arg("swap", _int(0, 2**26), "swap in MiB"), Arg("cores", _int(1, 8192), "CPU cores"),
        Arg("tags", v.tags, "tags, separated by ';'"),
        Arg("description", v.description, "free text (the Notes)"))),
    ("unlock", "remove a stale lock left by an interrupted operation (pct unlock / qm unlock)",
     (VMID,)),
    ("execute", "run a shell command inside a running container (sh -c), or a VM through its "
                "guest agent (qm guest exec)", (
        VMID, Arg("command", v.text, "the command line", True),
        Arg("timeout", v.timeout, TIMEOUT_HELP),
        Arg("progress", v.boolean, "show its stdout and stderr live as they come (default 0)"))),
    ("deploy_rexx", "copy a Rexx interpreter into a running container or VM (default: "
                    "rexxlite)", (
        VMID, Arg("rexx_binary", v.executable_file,
                  "an executable host file to copy instead of rexxlite"),
        Arg("target", v.container_path, "path inside (default /usr/local/bin/rexx)"))),
    ("execute_rexx", "run a Rexx script inside with the deployed interpreter; CHECKPOINT lines "
                     "come back as RESULT.CHECKPOINTS", (
        VMID, Arg("script", v.text, "the program text"),
        Arg("script_file", v.host_file, "a host file holding the program"),
        Arg("progress", v.boolean, "echo CHECKPOINT lines live on stderr (default 0)"),
        Arg("progress_callback", v.boolean, "the JavaScript handler's name for progress="),
        Arg("timeout", v.timeout, TIMEOUT_HELP),
        Arg("target", v.container_path, "the interpreter inside (default /usr/local/bin/rexx)"),
        Arg("args", v.text, "argument string passed to the program"))),
    ("backend", "show or choose the engine: local, pct, api", (
        Arg("name", v.backend, "local | pct | api | auto"),)),
    ("connect", "choose and configure the engine for this script (see docs/proxmox.md); "
                "secrets are never shown", (
        Arg("backend", v.backend, "local | pct | api | auto"),
        Arg("host", v.text, "Proxmox VE API host (api)"),
        Arg("port", _int(1, 65535), "API port (default 8006)"),
        Arg("user", v.text, "user@realm, e.g. root@pam or the API token's owner"),
        Arg("password", v.text, "password login (or env:VARIABLE)", secret=True),
        Arg("token_name", v.text, "API token name (the part after '!')"),
        Arg("token_value", v.text, "API token secret (or env:VARIABLE)", secret=True),
        Arg("verify_ssl", v.text, "1 (default), 0, or a CA bundle file"),
        Arg("node", v.hostname, "default node for create"),
        Arg("ssh", v.ssh_destination, "[user@]host for pct over SSH; {node} is the "
                                      "container's node"),
        Arg("ssh_user", v.ssh_user, "login name on the node (instead of user@ in ssh=)"),
        Arg("ssh_port", v.port, "SSH port of the node"),
        Arg("ssh_identity", v.ssh_file, "private key file for SSH"),
        Arg("ssh_known_hosts", v.ssh_file, "known-hosts file: only its host keys are trusted"),
        Arg("ssh_jump", v.ssh_jump, "jump host [user@]host[:port]"),
        Arg("config", v.host_file, "a TOML settings file to read first"))),
    # -- snapshots, backups (issue 15) --
    ("snapshot", "take a snapshot of a container or VM, running or not (pct snapshot / qm "
                 "snapshot; a VM: a qcow2 internal snapshot, without RAM)", (
        VMID, Arg("name", v.snapshot_name, "snapshot name: a letter, then letters, digits, "
                  "'_', '-' (not current)", True),
        Arg("description", v.description, "what the snapshot is for"))),
    ("listsnapshot", "a container's or VM's snapshots: name, parent, description, snaptime; "
                     "'current' is where it is now (pct listsnapshot)", (VMID,)),
    ("rollback", "roll a container or VM back to a snapshot; a running one is stopped first "
                 "(pct rollback / qm rollback)", (
        VMID, Arg("name", v.snapshot_name, "the snapshot", True),
        Arg("start", v.boolean, "start it afterwards (default 0)"))),
    ("delsnapshot", "delete a snapshot (pct delsnapshot / qm delsnapshot)", (
        VMID, Arg("name", v.snapshot_name, "the snapshot", True))),
    ("backup", "make a vzdump archive of a container (a tar) or VM (a VMA: "
               "vzdump-qemu-VMID-DATE.vma.zst) (vzdump)", (
        VMID, Arg("storage", v.storage, "where the archive goes (default local: "
                  "/var/lib/vz/dump)"),
        Arg("mode", v.choice(v.BACKUP_MODES), "snapshot (default) | suspend | stop"),
        Arg("compress", v.choice(v.COMPRESSORS), "zstd (default) | gzip | lzo | 0"),
        Arg("notes", v.notes, "the backup's notes, one line (the .notes file)"),
        Arg("progress", v.boolean, "show bytes done / total on stderr (default 0)"))),
    ("backups", "vzdump archives on a storage: volid, vmid, size, ctime, format, notes", (
        Arg("storage", v.storage, "the storage (default local)"),
        Arg("vmid", v.vmid, "only this guest's backups"))),
    ("restore", "make a container from a vzdump archive (pct restore), or a VM from a "
                "vzdump-qemu VMA (qmrestore)", (
        Arg("archive", v.backup_archive, "STORAGE:backup/vzdump-lxc-...tar.zst (a VM's "
            "vzdump-qemu-...vma.zst) or an absolute path", True),
        Arg("vmid", v.vmid, "the new guest's ID", True),
        Arg("storage", v.storage, "storage for the rootfs (default local)"), HOSTNAME,
        Arg("force", v.boolean, "replace an existing (stopped) container vmid= (default 0)"),
        Arg("progress", v.boolean, "show bytes done / total on stderr (default 0)"))),
    ("delbackup", "delete a vzdump archive with its .notes and .log (pvesm free)", (
        Arg("volid", v.backup_volid, "STORAGE:backup/vzdump-lxc-...", True),)),
    ("storage_add", "add a storage: dir (a directory) or btrfs (a btrfs mount, or with size= "
                    "one made on a loop file under the state root)", (
        Arg("name", v.storage, "storage ID", True),
        Arg("type", v.choice(v.STORAGE_TYPES), "dir | btrfs", True),
        Arg("path", v.host_dir, "its directory (btrfs: the mount point)", True),
        Arg("size", v.size, "btrfs only: make a loop file this big (512M, 2G, ...)"))),
    ("storage_remove", "remove a storage (a loop file is unmounted, detached and deleted)", (
        Arg("name", v.storage, "storage ID", True),)),
    ("storages", "storages: name, type, path, total, used, available, features (pvesm status)",
     ()),
    # -- end of snapshots, backups --
    ("help", "list the commands, or 'help COMMAND' for one", ()),
]

ARGS: dict[str, dict[str, Arg]] = {name: {a.name: a for a in args} for name, _, args in _SPECS}

COMMANDS: tuple[CommandSpec, ...] = tuple(
    CommandSpec(name, text, tuple(Param(a.name, a.help, a.required, a.secret) for a in args))
    for name, text, args in _SPECS)
SPECS: dict[str, CommandSpec] = {spec.name: spec for spec in COMMANDS}


ALIASES: dict[str, dict[str, str]] = {"execute_rexx": {"progress_callback": "progress"}}


def check_args(verb: str, raw: dict[str, str | bool]) -> dict[str, Any]:
    """Validated arguments of ``verb`` (a known command); a bare flag arrives as True."""
    spec = ARGS[verb]
    check_params(SPECS[verb], raw)              # unknown and missing keys: the plugin API's rule
    args = {}
    for key, value in raw.items():
        if value is True:
            if spec[key].check is not v.boolean:
                raise CommandSyntaxError(f"{verb}: {key}= needs a value ({spec[key].help})")
            args[key] = True
        else:
            args[key] = spec[key].check(value, key)
    for alias, name in ALIASES.get(verb, {}).items():
        if alias in args:
            if name in args:
                raise CommandSyntaxError(f"{verb}: give {name}= or {alias}=, not both")
            args[name] = args.pop(alias)
    return args
